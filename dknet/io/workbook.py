"""XLSX workbooks → a :class:`~dknet.io.rawtable.RawTable`: the container checked before openpyxl
parses it, visible sheets only, a stale ``<dimension>`` ignored, formulas without saved values.

:func:`check_xlsx` reads only the zip directory (sizes as declared), so a workbook "bomb" is
refused unopened; a file that is not a workbook, is damaged or too large comes back as located
problems. openpyxl is imported only when a workbook is opened.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dknet.io import limits
from dknet.io.problems import Problem
from dknet.io.rawtable import RawTable, file_problem, short_value, table_header, table_rows, unreadable_hint
from dknet.messages.msg import Msg


@dataclass(frozen=True)
class XlsxCheck:
    """What :func:`check_xlsx` learnt from the zip directory: problems, and whether formulas occur."""

    problems: list[Problem]
    has_formulas: bool = False


#: The first bytes of kinds of files that are saved with the wrong name, and what to call them.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"{\\rtf", "RTF"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf", "7-Zip"),
)


def file_kind(head: bytes) -> str | None:
    """The kind of file its first bytes say it is (``PDF``, ``PNG``, ``HTML``, …), or None when unknown.

    >>> file_kind(b"%PDF-1.7"), file_kind(b"<!DOCTYPE html>"), file_kind(b"plan_id,navn")
    ('PDF', 'HTML', None)
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")):
        return "HTML"
    if text.startswith(b"<?xml"):
        return "XML"
    return None


def _looks_like_csv(head: bytes) -> bool:
    """Text whose first line has a separator: what a CSV saved as .xlsx looks like."""
    if not head.strip():
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    return all(ch.isprintable() or ch == "\t" for ch in first) and any(d in first for d in ",;\t")


def _not_a_workbook_hint(head: bytes) -> Msg:
    """What to say about a file named .xlsx that is not a zip: the real kind when it is known."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return Msg("hint.old_xls")
    kind = file_kind(head)
    if kind is not None:
        return Msg("hint.file_kind", kind=kind)
    if _looks_like_csv(head):
        return Msg("hint.looks_like_csv")
    return Msg("hint.save_as_xlsx_again")


def check_xlsx(path: Path, display: str | None = None, data: bytes | None = None) -> XlsxCheck:
    """Check a workbook's container before openpyxl parses it: a zip, an OOXML package, within limits.

    Reads only the zip directory (sizes as declared) and, when it is small enough, scans the
    worksheet parts for formulas (``<f>``), so a workbook bomb is refused unopened. ``data`` is
    the file's bytes when they have been read already.
    """
    name = display or path.name
    try:
        if data is None:
            if too_large := limits.file_too_large(name, path.stat().st_size):
                return XlsxCheck([too_large])
            data = path.read_bytes()
        if too_large := limits.file_too_large(name, len(data)):
            return XlsxCheck([too_large])
        if not data:
            return XlsxCheck([file_problem(name, Msg("expect.xlsx_empty"), Msg("hint.save_workbook_again"))])
        if data[:4] != b"PK\x03\x04":
            return XlsxCheck([file_problem(name, Msg("expect.xlsx_not"), _not_a_workbook_hint(data[:512]))])
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                return XlsxCheck([file_problem(name, Msg("expect.xlsx_zip_not"), Msg("hint.save_workbook_again_xlsx"))])
            unpacked = sum(i.file_size for i in infos)
            if unpacked > limits.MAX_XLSX_UNPACKED:
                expected = Msg(
                    "expect.xlsx_unpacked", max=limits.MAX_XLSX_UNPACKED // 2**20, size=f"{unpacked / 2**20:.0f}"
                )
                return XlsxCheck([file_problem(name, expected, limits.SPLIT_HINT)])
            return XlsxCheck([], _has_formulas(zf, infos))
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, ValueError, EOFError) as e:
        return XlsxCheck([file_problem(name, Msg("expect.xlsx_readable"), unreadable_hint(e))])


def _has_formulas(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> bool:
    """Whether any worksheet part holds a formula element (``<f>``, with or without a namespace)."""
    for info in infos:
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            chunk = zf.read(info)
            if b"<f>" in chunk or b"<f " in chunk or b":f>" in chunk or b":f " in chunk:
                return True
    return False


def _open_workbook(data: bytes, *, data_only: bool) -> Any:
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)


def visible_sheets(path: Path, data: bytes | None = None) -> tuple[list[str], list[str], list[Problem]]:
    """Visible and hidden sheet names of a workbook, and problems when it cannot be opened.

    ``data`` is the file's bytes when they have been read already (the loader reads each file once).
    """
    check = check_xlsx(path, data=data)
    if check.problems:
        return [], [], check.problems
    try:
        wb = _open_workbook(data if data is not None else path.read_bytes(), data_only=True)
    except Exception as e:  # openpyxl raises many kinds for broken XML; all mean "unreadable"
        return [], [], [file_problem(path.name, Msg("expect.xlsx_readable"), unreadable_hint(e))]
    try:
        shown = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
        hidden = [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]
        return shown, hidden, []
    finally:
        wb.close()


def _sheet_rows(
    ws: Any, name: str, problems: list[Problem], width: int | None = None, skip: int | None = None
) -> Generator[tuple[int, list[Any]], None, None]:
    """(Excel row number, values) for every row that holds a value, streamed from the sheet's XML.

    Only the cells a row holds are read, whatever ``<dimension>`` the file claims (a stale
    ``<dimension ref="A1"/>`` would otherwise hide every row) and however far to the right a
    cell sits. A value beyond :data:`~dknet.io.limits.MAX_COLUMNS` is a problem located at its
    row; ``width`` (the header's) cuts the values returned. Rows with no value (formatted-only
    cells) and row ``skip`` (the header, already read) are left out.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = ws.parent
    with wb._archive.open(ws._worksheet_path) as src:
        parser = WorkSheetParser(
            src,
            ws._shared_strings,
            data_only=wb.data_only,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number == skip:
                continue
            present = [(c["column"], c["value"]) for c in cells if c["value"] is not None and str(c["value"]).strip()]
            if not present:
                continue
            beyond = [(col, v) for col, v in present if col > limits.MAX_COLUMNS]
            if beyond:
                col, v = beyond[0]
                expected = Msg("expect.max_columns_row", max=limits.MAX_COLUMNS, column=_column_letters(col))
                problems.append(Problem(name, number, None, short_value(str(v)), expected, limits.SPLIT_HINT))
            cut = min(width or limits.MAX_COLUMNS, limits.MAX_COLUMNS)
            values: list[Any] = [None] * min(cut, max(col for col, _ in present))
            for col, v in present:
                if col <= len(values):
                    values[col - 1] = v
            yield number, values


def _column_letters(column: int) -> str:
    """Excel's name of a column number: 1 → A, 16384 → XFD.

    >>> _column_letters(1), _column_letters(28), _column_letters(16384)
    ('A', 'AB', 'XFD')
    """
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_xlsx(path: Path, sheet: str | None = None, display: str | None = None, data: bytes | None = None) -> RawTable:
    """Read one sheet of a workbook (the first *visible* one when ``sheet`` is None).

    Never raises for a bad workbook: problems (not a workbook, too large, damaged, a formula
    without a saved value, a value beyond the column limit) are in the table's ``problems``.
    ``data`` is the file's bytes when they have been read already.
    """
    name = display or path.name
    try:
        if data is None:
            if too_large := limits.file_too_large(name, path.stat().st_size):
                return RawTable(name, [], [], "xlsx", "", [too_large])
            data = path.read_bytes()
    except OSError as e:
        return RawTable(name, [], [], "xlsx", "", [file_problem(name, Msg("expect.readable_file"), unreadable_hint(e))])
    check = check_xlsx(path, display, data)
    if check.problems:
        return RawTable(name, [], [], "xlsx", "", check.problems)
    problems: list[Problem] = []
    try:
        wb = _open_workbook(data, data_only=True)
        try:
            shown = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
            ws = wb[sheet] if sheet else (shown or wb.worksheets)[0]
            name = display or (f"{path.name} [{ws.title}]" if sheet else path.name)
            first_rows = _sheet_rows(ws, name, problems)
            first = next(first_rows, None)
            first_rows.close()
            if first is None:
                return RawTable(name, [], [], "xlsx", "", problems)
            header_number, header_values = first
            header = table_header(name, header_values, problems)
            records = list(_limited(_sheet_rows(ws, name, problems, len(header), header_number), name, problems))
        finally:
            wb.close()
        if check.has_formulas:
            problems.extend(_formulas_without_values(data, ws.title, name, header, records))
        rows = table_rows(name, header, records, problems)
    except Exception as e:  # openpyxl/lxml raise many kinds for broken parts; all are "unreadable"
        unreadable = file_problem(name, Msg("expect.xlsx_readable"), unreadable_hint(e))
        return RawTable(name, [], [], "xlsx", "", [*problems, unreadable])
    return RawTable(name, header, rows, "xlsx", "", problems)


def _limited(
    rows: Iterator[tuple[int, list[Any]]], name: str, problems: list[Problem]
) -> Iterator[tuple[int, list[Any]]]:
    """The rows up to :data:`~dknet.io.limits.MAX_ROWS` (rows without a value are not counted, L5)."""
    for count, (number, values) in enumerate(rows, start=1):
        if count > limits.MAX_ROWS:
            problems.append(limits.too_many_rows(name, number))
            return
        yield number, values


def _formulas_without_values(
    data: bytes, sheet: str, name: str, header: list[str], records: list[tuple[int, list[Any]]]
) -> list[Problem]:
    """Cells holding a formula whose value was never saved (files written by tools, not Excel)."""
    values = {number: vals for number, vals in records}
    out: list[Problem] = []
    wb = _open_workbook(data, data_only=False)
    try:
        for number, cells in _sheet_rows(wb[sheet], name, [], len(header)):
            saved = values.get(number)
            if saved is None:
                continue
            for i, formula in enumerate(cells):
                if isinstance(formula, str) and formula.startswith("=") and (i >= len(saved) or saved[i] is None):
                    out.append(
                        Problem(
                            name,
                            number,
                            header[i] if i < len(header) else None,
                            short_value(formula),
                            Msg("expect.formula_value"),
                            Msg("hint.paste_values"),
                        )
                    )
    finally:
        wb.close()
    return out
