"""The input limits, checked *before* a table is parsed, and the problems that report them.

An XLSX is measured from its zip directory, never unpacked to find out.

================================  =====================  ===================================
limit                             value                  why
================================  =====================  ===================================
file size (CSV or XLSX on disk)   :data:`MAX_FILE_BYTES`  registers are kilobytes, not gigabytes
XLSX unpacked size (all parts)    :data:`MAX_XLSX_UNPACKED`  a "zip bomb" unpacks 1 MB to 1 GB
data rows per table               :data:`MAX_ROWS`       357 municipalities; a register is small
columns per table                 :data:`MAX_COLUMNS`
characters per cell               :data:`MAX_CELL_CHARS`  Excel's own limit (32 767)
================================  =====================  ===================================

The readers look them up here at call time (``limits.MAX_ROWS``, not ``from … import``), so
lowering one in this module, as the hardening tests do, lowers it everywhere.

>>> file_too_large("a.csv", 10) is None
True
>>> file_too_large("a.csv", 60 * 2**20).expected_text("en")
'a file of at most 50 MB (this one is 60 MB)'
"""

from __future__ import annotations

from dknet.io.problems import Problem
from dknet.messages.msg import Msg

#: Largest data file read (bytes on disk).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Largest XLSX read, counted as the sum of its unpacked parts (from the zip directory).
MAX_XLSX_UNPACKED = 200 * 1024 * 1024
#: Most data rows in one table (after the header row).
MAX_ROWS = 100_000
#: Most columns in one table.
MAX_COLUMNS = 500
#: Longest cell, in characters (Excel's own limit).
MAX_CELL_CHARS = 32_767

#: What to do about a file over a limit.
SPLIT_HINT = Msg("hint.split")


def file_too_large(file: str, size: int) -> Problem | None:
    """The problem of a file of ``size`` bytes on disk, or None when it is within :data:`MAX_FILE_BYTES`."""
    if size <= MAX_FILE_BYTES:
        return None
    expected = Msg("expect.max_file_mb", max=MAX_FILE_BYTES // 2**20, size=f"{size / 2**20:.0f}")
    return Problem(file, None, None, None, expected, SPLIT_HINT)


def too_many_rows(file: str, row: int) -> Problem:
    """The problem of a table that goes on past :data:`MAX_ROWS` data rows (at Excel row ``row``)."""
    return Problem(file, row, None, None, Msg("expect.max_rows", max=MAX_ROWS), SPLIT_HINT)
