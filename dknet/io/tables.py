"""Read one CSV or XLSX table into text cells, keeping the row numbers a user sees in Excel.

The front door of the file readers; the rooms behind it:

- :mod:`dknet.io.limits`: the input limits (size, unpacked size, rows, columns, characters),
  checked *before* parsing;
- :mod:`dknet.io.rawtable`: :class:`~dknet.io.rawtable.RawTable` and the header and row rules
  both formats share;
- :mod:`dknet.io.csvfile`: decoding (UTF-8, Windows-1252, UTF-16), the separator, strict quoting;
- :mod:`dknet.io.workbook`: the XLSX container, visible sheets, formulas without saved values.

Every cell comes back as a stripped, NFC-normalised string (``""`` when empty); typing and
checking happen in :mod:`dknet.io.validate`. Nothing here raises for a bad file: a file that
cannot be read, is too large, is not what its name says, mixes encodings, has an unclosed quote
or two columns of the same name comes back as a table with located
:class:`~dknet.io.problems.Problem` s, so every problem of every file can be reported at once.

>>> from pathlib import Path
>>> [p.expected_text("en") for p in read_file(Path("/nowhere/planer.csv")).problems]
['a readable file']
"""

from __future__ import annotations

import stat
from pathlib import Path

from dknet.io import limits
from dknet.io.csvfile import parse_csv_bytes
from dknet.io.files import Inputs
from dknet.io.rawtable import RawTable, file_problem, unreadable_hint
from dknet.io.workbook import read_xlsx
from dknet.messages.msg import Msg


def not_a_file(path: Path) -> Msg | None:
    """Why ``path`` cannot be read as a data file (a dangling link, a FIFO, a folder, …), or None.

    Checked before a file is opened: reading a FIFO would wait for ever (issue 23, L4).

    >>> str(not_a_file(Path("/nowhere/planer.csv")))
    'it is a link to a file that does not exist, or it was removed'
    >>> str(not_a_file(Path("/")))
    'this is a folder, not a file'
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return Msg("hint.dangling")
    except OSError as e:
        return unreadable_hint(e)
    if stat.S_ISDIR(mode):
        return Msg("hint.is_folder")
    if not stat.S_ISREG(mode):
        return Msg("hint.special_file")
    return None


def read_file(
    path: Path, sheet: str | None = None, display: str | None = None, *, inputs: Inputs | None = None
) -> RawTable:
    """Read a CSV or XLSX file into a table; every failure is a located problem, never an exception.

    ``inputs`` reads each file once for a whole load and records the digest of the bytes parsed
    (:class:`~dknet.io.files.Inputs`).
    """
    name = display or path.name
    try:
        if (why := not_a_file(path)) is not None:
            return RawTable(name, [], [], problems=[file_problem(name, Msg("expect.readable_file"), why)])
        if too_large := limits.file_too_large(name, path.stat().st_size):
            return RawTable(name, [], [], problems=[too_large])
        data = inputs.read(path) if inputs is not None else path.read_bytes()
    except OSError as e:
        return RawTable(name, [], [], problems=[file_problem(name, Msg("expect.readable_file"), unreadable_hint(e))])
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path, sheet, name, data)
    if too_large := limits.file_too_large(name, len(data)):  # it grew after the size was checked
        return RawTable(name, [], [], problems=[too_large])
    return parse_csv_bytes(name, data)
