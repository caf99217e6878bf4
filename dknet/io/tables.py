"""Read one CSV or XLSX table into text cells, keeping the row numbers a user sees in Excel.

Handles what Norwegian Excel exports look like: UTF-8 with or without BOM, Windows-1252
("CSV (semikolonseparert)"), UTF-16 ("Unicode-tekst"), ``;`` or ``,`` or tab as separator.
Every cell comes back as a stripped, NFC-normalised string (``""`` when empty); typing and
checking happen in :mod:`dknet.io.validate`.

Nothing here raises for a bad file: a file that cannot be read, is too large, is not what its
name says, mixes encodings, has an unclosed quote or two columns of the same name comes back as
a table with located :class:`~dknet.io.problems.Problem` s, so every problem of every file can
be reported at once. The limits (checked *before* parsing; an XLSX is measured from its zip
directory, never unpacked to find out) are:

================================  =====================  ===================================
limit                             value                  why
================================  =====================  ===================================
file size (CSV or XLSX on disk)   :data:`MAX_FILE_BYTES`  registers are kilobytes, not gigabytes
XLSX unpacked size (all parts)    :data:`MAX_XLSX_UNPACKED`  a "zip bomb" unpacks 1 MB to 1 GB
data rows per table               :data:`MAX_ROWS`       357 municipalities; a register is small
columns per table                 :data:`MAX_COLUMNS`
characters per cell               :data:`MAX_CELL_CHARS`  Excel's own limit (32 767)
================================  =====================  ===================================

>>> t = parse_csv_bytes("a.csv", "kommunenummer;navn\\r\\n5026;Holtålen\\r\\n".encode("cp1252"))
>>> t.header, t.rows[0].number, t.rows[0].cells["navn"], t.encoding
(['kommunenummer', 'navn'], 2, 'Holtålen', 'cp1252')
>>> [p.expected_text("en") for p in parse_csv_bytes("b.csv", b'a,b\\n1,"x\\n2,y\\n').problems]
['a closing double quote (") for the cell that starts in this row']
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dknet.io.problems import Problem, Severity
from dknet.messages.msg import Msg, Text

#: How to save a file so that every Norwegian and Sami letter survives.
ENCODING_HINT = Msg("hint.encoding")

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

_SPLIT_HINT = Msg("hint.split")


@dataclass
class Row:
    """One data row: its Excel row number and its cells by (normalised) column name."""

    number: int
    cells: dict[str, str]


@dataclass
class RawTable:
    """A table as read: display name of the file, header, rows, and how it was decoded."""

    file: str
    header: list[str]
    rows: list[Row]
    encoding: str = "utf-8"
    delimiter: str = ","
    problems: list[Problem] = field(default_factory=list)


def normalise_header(name: object) -> str:
    """Header cell → column name: NFC, trimmed, lower case, spaces and hyphens as underscores.

    >>> normalise_header(" Kommune-nummer "), normalise_header("A\\u030arsverk")
    ('kommune_nummer', 'årsverk')
    """
    text = unicodedata.normalize("NFC", str(name if name is not None else "")).replace("\ufeff", "")
    text = text.strip().lower()
    return "_".join(text.replace("-", " ").split())


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value).replace("\u00a0", " ")).strip()


def _problem(file: str, expected: Text, hint: Text = "", row: int | None = None, value: str | None = None) -> Problem:
    return Problem(file, row, None, value, expected, hint)


def _short(text: str, n: int = 40) -> str:
    """A value short enough to print in a problem line."""
    text = text.replace("\n", "⏎").replace("\r", "")
    return text if len(text) <= n else text[:n] + "…"


# --- decoding ---------------------------------------------------------------------------------


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode(file: str, data: bytes) -> tuple[str | None, str, list[Problem]]:
    """Text, the encoding it was read in, and problems (text None when it cannot be read)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            return None, "utf-16", [_problem(file, Msg("expect.utf16"), ENCODING_HINT)]
    if data.startswith(b"PK\x03\x04"):
        return (
            None,
            "binary",
            [
                _problem(
                    file,
                    Msg("expect.csv_not_zip"),
                    Msg("hint.name_it_xlsx"),
                )
            ],
        )
    if b"\x00" in data:
        # UTF-16 without a byte order mark: every other byte of ASCII text is NUL.
        even, odd = data[0::2].count(0), data[1::2].count(0)
        guess = "utf-16-le" if odd > even else "utf-16-be"
        if max(even, odd) > len(data) // 4:
            try:
                return data.decode(guess), guess, []
            except UnicodeDecodeError:
                pass
        return (
            None,
            "binary",
            [
                _problem(
                    file,
                    Msg("expect.csv_not_binary"),
                    Msg("hint.save_from_excel"),
                )
            ],
        )
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", []
    except UnicodeDecodeError as e:
        bad_line = _line_of(data, e.start + (3 if bom else 0))
        utf8_letters = any(ord(c) > 127 and c != "\ufffd" for c in body.decode("utf-8", errors="replace"))
    if bom or utf8_letters:
        why = "bom" if bom else "letters"
        return (
            None,
            "mixed",
            [
                _problem(
                    file,
                    Msg(f"expect.one_encoding.{why}", line=bad_line),
                    Msg("hint.pasted_together", encoding=ENCODING_HINT),
                    row=bad_line,
                )
            ],
        )
    text = body.decode("cp1252", errors="replace")
    return (
        text,
        "cp1252",
        [Problem(file, None, None, None, Msg("warn.cp1252"), ENCODING_HINT, Severity.WARNING)],
    )


def _sniff_delimiter(text: str) -> str:
    first = next(iter(text.splitlines()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# --- rows ---------------------------------------------------------------------------------------


def _rows(file: str, header: list[str], records: Iterable[tuple[int, list[Any]]], problems: list[Problem]) -> list[Row]:
    """Rows with cells by column; cells over :data:`MAX_CELL_CHARS` are reported and cut."""
    rows = []
    for number, record in records:
        cells = [_cell(v) for v in record]
        if not any(cells):
            continue
        for i, c in enumerate(cells):
            if len(c) > MAX_CELL_CHARS:
                column = header[i] if i < len(header) else None
                problems.append(
                    Problem(
                        file,
                        number,
                        column,
                        _short(c),
                        Msg("expect.cell_chars_has", max=MAX_CELL_CHARS, n=len(c)),
                        Msg("hint.shorten_text"),
                    )
                )
                cells[i] = c[:MAX_CELL_CHARS]
        padded = cells + [""] * (len(header) - len(cells))
        rows.append(Row(number, {h: v for h, v in zip(header, padded, strict=False) if h}))
        if len(rows) > MAX_ROWS:
            problems.append(_problem(file, Msg("expect.max_rows", max=MAX_ROWS), _SPLIT_HINT, row=number))
            rows.pop()
            break
    return rows


def _overflow(file: str, header: list[str], records: list[list[str]]) -> list[Problem]:
    """Rows with values to the right of the last header: usually an unquoted comma in a cell."""
    out = []
    for i, record in enumerate(records[1:]):
        extra = [v for v in record[len(header) :] if v.strip()]
        if extra:
            out.append(
                Problem(
                    file,
                    i + 2,
                    None,
                    _short(extra[0]),
                    Msg("expect.max_cells", n=len(header)),
                    Msg("hint.separator_in_cell"),
                )
            )
    return out


def _header(file: str, raw: list[Any], problems: list[Problem]) -> list[str]:
    """Normalised header; a name that appears twice (ignoring case, spaces, hyphens) is an error."""
    header = [normalise_header(h) for h in raw]
    if len(header) > MAX_COLUMNS:
        problems.append(_problem(file, Msg("expect.max_columns", max=MAX_COLUMNS, n=len(header)), _SPLIT_HINT, row=1))
        header = header[:MAX_COLUMNS]
    seen: dict[str, int] = {}
    for i, h in enumerate(header):
        if not h:
            continue
        if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in h):
            problems.append(
                Problem(
                    file,
                    1,
                    None,
                    h.encode("unicode_escape").decode("ascii"),
                    Msg("expect.clean_column_name"),
                    Msg("hint.retype_column_name"),
                )
            )
            header[i] = ""
            continue
        if h in seen:
            problems.append(
                Problem(
                    file,
                    1,
                    h,
                    str(raw[i]).strip(),
                    Msg("expect.column_once"),
                    Msg("hint.duplicate_column", a=seen[h] + 1, b=i + 1, name=h),
                )
            )
            header[i] = ""  # the first one is used; the second would silently win otherwise
        else:
            seen[h] = i
    return header


def _csv_records(file: str, text: str, delimiter: str, problems: list[Problem]) -> list[list[str]]:
    """Records read strictly: an unclosed or stray quote and an oversized cell are located problems.

    Reading stops at the first such problem: what follows an unclosed quote is not trustworthy.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    while True:
        start_line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            row = len(records) + 1
            rest = text.splitlines()[start_line - 1 : start_line]
            value = _short(rest[0]) if rest else None
            if "field larger than field limit" in str(e):
                problems.append(
                    Problem(
                        file,
                        row,
                        None,
                        value,
                        Msg("expect.cell_chars", max=MAX_CELL_CHARS),
                        Msg("hint.shorten_or_close"),
                    )
                )
            elif "unexpected end of data" in str(e) or "newline inside string" in str(e):
                problems.append(
                    Problem(
                        file,
                        row,
                        None,
                        value,
                        Msg("expect.closing_quote"),
                        Msg("hint.open_quote", line=start_line),
                    )
                )
            else:
                problems.append(
                    Problem(
                        file,
                        row,
                        None,
                        value,
                        Msg("expect.quoting", error=str(e)),
                        Msg("hint.quote_rules"),
                    )
                )
            break
        if len(records) > MAX_ROWS:  # the header and MAX_ROWS data rows are in: this one is one too many
            problems.append(_problem(file, Msg("expect.max_rows", max=MAX_ROWS), _SPLIT_HINT, row=len(records) + 1))
            break
        records.append(record)
    return records


def parse_csv_bytes(file: str, data: bytes) -> RawTable:
    """Parse CSV bytes; ``file`` is the name used in problem reports. Never raises for bad bytes."""
    text, encoding, problems = _decode(file, data)
    if text is None:
        return RawTable(file, [], [], encoding, ",", problems)
    delimiter = _sniff_delimiter(text)
    records = _csv_records(file, text, delimiter, problems)
    if not records:
        return RawTable(file, [], [], encoding, delimiter, problems)
    header = _header(file, records[0], problems)
    # Excel shows one row per record even when a quoted cell holds a line break.
    rows = _rows(file, header, ((i + 2, r) for i, r in enumerate(records[1:])), problems)
    problems.extend(_overflow(file, header, records))
    return RawTable(file, header, rows, encoding, delimiter, problems)


# --- workbooks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class XlsxCheck:
    """What :func:`check_xlsx` learnt from the zip directory: problems, and whether formulas occur."""

    problems: list[Problem]
    has_formulas: bool = False


def check_xlsx(path: Path, display: str | None = None) -> XlsxCheck:
    """Check a workbook's container before openpyxl parses it: a zip, an OOXML package, within limits.

    Reads only the zip directory (sizes as declared) and, when it is small enough, scans the
    worksheet parts for formulas (``<f>``), so a workbook bomb is refused unopened.
    """
    name = display or path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return XlsxCheck(
                [
                    _problem(
                        name,
                        Msg("expect.max_file_mb", max=MAX_FILE_BYTES // 2**20, size=f"{size / 2**20:.0f}"),
                        _SPLIT_HINT,
                    )
                ]
            )
        if size == 0:
            return XlsxCheck([_problem(name, Msg("expect.xlsx_empty"), Msg("hint.save_workbook_again"))])
        with path.open("rb") as fh:
            magic = fh.read(4)
        if magic != b"PK\x03\x04":
            hint = (
                Msg("hint.looks_like_csv") if magic[:1].isascii() and magic.strip() else Msg("hint.save_as_xlsx_again")
            )
            if magic.startswith(b"\xd0\xcf\x11\xe0"):
                hint = Msg("hint.old_xls")
            return XlsxCheck([_problem(name, Msg("expect.xlsx_not"), hint)])
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                return XlsxCheck(
                    [
                        _problem(
                            name,
                            Msg("expect.xlsx_zip_not"),
                            Msg("hint.save_workbook_again_xlsx"),
                        )
                    ]
                )
            unpacked = sum(i.file_size for i in infos)
            if unpacked > MAX_XLSX_UNPACKED:
                return XlsxCheck(
                    [
                        _problem(
                            name,
                            Msg("expect.xlsx_unpacked", max=MAX_XLSX_UNPACKED // 2**20, size=f"{unpacked / 2**20:.0f}"),
                            _SPLIT_HINT,
                        )
                    ]
                )
            formulas = False
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    chunk = zf.read(info)
                    if b"<f>" in chunk or b"<f " in chunk or b":f>" in chunk or b":f " in chunk:
                        formulas = True
                        break
            return XlsxCheck([], formulas)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, ValueError, EOFError) as e:
        return XlsxCheck([_problem(name, Msg("expect.xlsx_readable"), _os_hint(e))])


def _os_hint(e: BaseException) -> Msg:
    if isinstance(e, PermissionError):
        return Msg("hint.permission")
    if isinstance(e, IsADirectoryError):
        return Msg("hint.is_folder")
    if isinstance(e, zipfile.BadZipFile):
        return Msg("hint.zip_damaged")
    return Msg("hint.save_again_detail", detail=f"{type(e).__name__}: {e}")


def _open_workbook(path: Path, *, data_only: bool) -> Any:
    from openpyxl import load_workbook

    return load_workbook(path, read_only=True, data_only=data_only)


def visible_sheets(path: Path) -> tuple[list[str], list[str], list[Problem]]:
    """Visible and hidden sheet names of a workbook, and problems when it cannot be opened."""
    check = check_xlsx(path)
    if check.problems:
        return [], [], check.problems
    try:
        wb = _open_workbook(path, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for broken XML; all mean "unreadable"
        return [], [], [_problem(path.name, Msg("expect.xlsx_readable"), _os_hint(e))]
    try:
        shown = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
        hidden = [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]
        return shown, hidden, []
    finally:
        wb.close()


def xlsx_sheet_names(path: Path) -> list[str]:
    """Visible sheet names of a workbook, to map sheets to layers ([] when it cannot be read)."""
    return visible_sheets(path)[0]


def _sheet_rows(ws: Any) -> Iterator[tuple[int, list[Any]]]:
    """(Excel row number, values) for every row, whatever ``<dimension>`` the file claims."""
    ws.reset_dimensions()  # a stale <dimension ref="A1"/> would otherwise hide every row
    for i, row in enumerate(ws.iter_rows(), start=1):
        number = next((c.row for c in row if getattr(c, "row", None)), i)
        yield number, [c.value for c in row]


def read_xlsx(path: Path, sheet: str | None = None, display: str | None = None) -> RawTable:
    """Read one sheet of a workbook (the first *visible* one when ``sheet`` is None).

    Never raises for a bad workbook: problems (not a workbook, too large, damaged, a formula
    without a saved value) are in the table's ``problems``.
    """
    check = check_xlsx(path, display)
    name = display or path.name
    if check.problems:
        return RawTable(name, [], [], "xlsx", "", check.problems)
    problems: list[Problem] = []
    try:
        wb = _open_workbook(path, data_only=True)
        try:
            shown = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
            ws = wb[sheet] if sheet else (shown or wb.worksheets)[0]
            name = display or (f"{path.name} [{ws.title}]" if sheet else path.name)
            rows_it = _sheet_rows(ws)
            first = next(rows_it, None)
            if first is None:
                return RawTable(name, [], [], "xlsx", "", problems)
            header = _header(name, first[1], problems)
            records = list(_limited(rows_it, name, problems))
        finally:
            wb.close()
        if check.has_formulas:
            problems.extend(_formulas_without_values(path, ws.title, name, header, records))
        rows = _rows(name, header, records, problems)
    except Exception as e:  # openpyxl/lxml raise many kinds for broken parts; all are "unreadable"
        return RawTable(name, [], [], "xlsx", "", [*problems, _problem(name, Msg("expect.xlsx_readable"), _os_hint(e))])
    return RawTable(name, header, rows, "xlsx", "", problems)


def _limited(
    rows: Iterator[tuple[int, list[Any]]], name: str, problems: list[Problem]
) -> Iterator[tuple[int, list[Any]]]:
    for count, (number, values) in enumerate(rows, start=1):
        if count > MAX_ROWS + 10_000:  # empty rows do not count; stop reading well past the limit
            problems.append(_problem(name, Msg("expect.max_rows", max=MAX_ROWS), _SPLIT_HINT, row=number))
            return
        yield number, values


def _formulas_without_values(
    path: Path, sheet: str, name: str, header: list[str], records: list[tuple[int, list[Any]]]
) -> list[Problem]:
    """Cells holding a formula whose value was never saved (files written by tools, not Excel)."""
    values = {number: vals for number, vals in records}
    out: list[Problem] = []
    wb = _open_workbook(path, data_only=False)
    try:
        for number, cells in _sheet_rows(wb[sheet]):
            saved = values.get(number)
            if saved is None:
                continue
            for i, formula in enumerate(cells):
                if isinstance(formula, str) and formula.startswith("=") and i < len(saved) and saved[i] is None:
                    out.append(
                        Problem(
                            name,
                            number,
                            header[i] if i < len(header) else None,
                            _short(formula),
                            Msg("expect.formula_value"),
                            Msg("hint.paste_values"),
                        )
                    )
    finally:
        wb.close()
    return out


def read_file(path: Path, sheet: str | None = None, display: str | None = None) -> RawTable:
    """Read a CSV or XLSX file into a table; every failure is a located problem, never an exception."""
    name = display or path.name
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path, sheet, name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return RawTable(
                name,
                [],
                [],
                problems=[
                    _problem(
                        name,
                        Msg("expect.max_file_mb", max=MAX_FILE_BYTES // 2**20, size=f"{size / 2**20:.0f}"),
                        _SPLIT_HINT,
                    )
                ],
            )
        data = path.read_bytes()
    except OSError as e:
        return RawTable(name, [], [], problems=[_problem(name, Msg("expect.readable_file"), _os_hint(e))])
    return parse_csv_bytes(name, data)
