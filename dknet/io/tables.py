"""Read one CSV or XLSX table into text cells, keeping the row numbers a user sees in Excel.

Handles what Norwegian Excel exports look like: UTF-8 with or without BOM, Windows-1252
("CSV (semikolonseparert)"), ``;`` or ``,`` or tab as separator. Every cell comes back as a
stripped string (``""`` when empty); typing and checking happen in :mod:`dknet.io.validate`.

>>> t = parse_csv_bytes("a.csv", "kommunenummer;navn\\r\\n5026;Holtålen\\r\\n".encode("cp1252"))
>>> t.header, t.rows[0].number, t.rows[0].cells["navn"], t.encoding
(['kommunenummer', 'navn'], 2, 'Holtålen', 'cp1252')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dknet.io.problems import Problem, Severity

ENCODING_HINT = (
    "save the file as 'CSV UTF-8 (kommadelt)' in Excel, or as .xlsx; Windows-1252 cannot hold the Sami "
    "letters ŋ, č, đ, ŧ, š, ž"
)


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
    """Header cell → column name: trimmed, lower case, spaces and hyphens as underscores.

    >>> normalise_header(" Kommune-nummer ")
    'kommune_nummer'
    """
    text = str(name if name is not None else "").replace("\ufeff", "").strip().lower()
    return "_".join(text.replace("-", " ").split())


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\u00a0", " ").strip()


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _sniff_delimiter(text: str) -> str:
    first = next(iter(text.splitlines()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(file: str, header: list[str], records: Iterator[tuple[int, list[str]]]) -> list[Row]:
    rows = []
    for number, record in records:
        cells = [_cell(v) for v in record]
        if not any(cells):
            continue
        padded = cells + [""] * (len(header) - len(cells))
        rows.append(Row(number, {h: v for h, v in zip(header, padded, strict=False) if h}))
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
                    extra[0],
                    f"at most {len(header)} cells, as many as the header row has",
                    "a cell holds the separator; put the cell in double quotes or save from Excel again",
                )
            )
    return out


def parse_csv_bytes(file: str, data: bytes) -> RawTable:
    """Parse CSV bytes; ``file`` is the name used in problem reports."""
    text, encoding = _decode(data)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = list(reader)
    problems: list[Problem] = []
    if encoding == "cp1252":
        problems.append(
            Problem(file, None, None, None, "read as Windows-1252 (not UTF-8)", ENCODING_HINT, Severity.WARNING)
        )
    if not records:
        return RawTable(file, [], [], encoding, delimiter, problems)
    header = [normalise_header(h) for h in records[0]]
    # Excel shows one row per record even when a quoted cell holds a line break.
    rows = _rows(file, header, ((i + 2, r) for i, r in enumerate(records[1:])))
    problems.extend(_overflow(file, header, records))
    return RawTable(file, header, rows, encoding, delimiter, problems)


def read_xlsx(path: Path, sheet: str | None = None, display: str | None = None) -> RawTable:
    """Read one sheet of a workbook (the first one when ``sheet`` is None)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        name = display or (f"{path.name} [{ws.title}]" if sheet else path.name)
        it = ws.iter_rows(values_only=True)
        header_row = next(it, None)
        if header_row is None:
            return RawTable(name, [], [], "xlsx", "")
        header = [normalise_header(h) for h in header_row]
        rows = _rows(name, header, ((i + 2, list(r)) for i, r in enumerate(it)))
        return RawTable(name, header, rows, "xlsx", "")
    finally:
        wb.close()


def xlsx_sheet_names(path: Path) -> list[str]:
    """Sheet names of a workbook, to map sheets to layers."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()
