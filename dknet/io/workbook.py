"""XLSX workbooks → a :class:`~dknet.io.rawtable.RawTable`: the container checked before openpyxl
parses it, visible sheets only, a stale ``<dimension>`` ignored, formulas without saved values.

:func:`check_xlsx` reads only the zip directory (sizes as declared), so a workbook "bomb" is
refused unopened; a file that is not a workbook, is damaged or too large comes back as located
problems. openpyxl is imported only when a workbook is opened.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
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


def check_xlsx(path: Path, display: str | None = None) -> XlsxCheck:
    """Check a workbook's container before openpyxl parses it: a zip, an OOXML package, within limits.

    Reads only the zip directory (sizes as declared) and, when it is small enough, scans the
    worksheet parts for formulas (``<f>``), so a workbook bomb is refused unopened.
    """
    name = display or path.name
    try:
        size = path.stat().st_size
        if too_large := limits.file_too_large(name, size):
            return XlsxCheck([too_large])
        if size == 0:
            return XlsxCheck([file_problem(name, Msg("expect.xlsx_empty"), Msg("hint.save_workbook_again"))])
        with path.open("rb") as fh:
            magic = fh.read(4)
        if magic != b"PK\x03\x04":
            hint = (
                Msg("hint.looks_like_csv") if magic[:1].isascii() and magic.strip() else Msg("hint.save_as_xlsx_again")
            )
            if magic.startswith(b"\xd0\xcf\x11\xe0"):
                hint = Msg("hint.old_xls")
            return XlsxCheck([file_problem(name, Msg("expect.xlsx_not"), hint)])
        with zipfile.ZipFile(path) as zf:
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
        return [], [], [file_problem(path.name, Msg("expect.xlsx_readable"), unreadable_hint(e))]
    try:
        shown = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
        hidden = [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]
        return shown, hidden, []
    finally:
        wb.close()


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
            header = table_header(name, first[1], problems)
            records = list(_limited(rows_it, name, problems))
        finally:
            wb.close()
        if check.has_formulas:
            problems.extend(_formulas_without_values(path, ws.title, name, header, records))
        rows = table_rows(name, header, records, problems)
    except Exception as e:  # openpyxl/lxml raise many kinds for broken parts; all are "unreadable"
        unreadable = file_problem(name, Msg("expect.xlsx_readable"), unreadable_hint(e))
        return RawTable(name, [], [], "xlsx", "", [*problems, unreadable])
    return RawTable(name, header, rows, "xlsx", "", problems)


def _limited(
    rows: Iterator[tuple[int, list[Any]]], name: str, problems: list[Problem]
) -> Iterator[tuple[int, list[Any]]]:
    for count, (number, values) in enumerate(rows, start=1):
        if count > limits.MAX_ROWS + 10_000:  # empty rows do not count; stop reading well past the limit
            problems.append(limits.too_many_rows(name, number))
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
                            short_value(formula),
                            Msg("expect.formula_value"),
                            Msg("hint.paste_values"),
                        )
                    )
    finally:
        wb.close()
    return out
