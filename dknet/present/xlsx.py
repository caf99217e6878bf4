"""Rows as an Excel workbook (``--format xlsx -o FIL.xlsx``), ready to open in Norwegian Excel.

One sheet per table (display names in the header row, frozen; columns as wide as their text,
up to 60 characters), typed cells (numbers stay numbers with a number format: shares as
percentages, years without a thousands separator; booleans stay booleans), and the notes — e.g.
which figures rest on illustrative records — on their own sheet "Merknader".

Text that a spreadsheet would run as a formula (begins with ``=``, ``+``, ``-``, ``@``, tab or CR)
is stored as text with a leading apostrophe, the same neutralisation as in CSV (OWASP).

>>> import io, openpyxl, pandas as pd
>>> df = pd.DataFrame({"navn": ["Holtålen", "=1+2"], "folketall": [2037, 774], "share_reached": [0.5, 0.25]})
>>> wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes({"Kommuner": df}, ["Merk: illustrativ."], lang="nb")))
>>> wb.sheetnames
['Kommuner', 'Merknader']
>>> ws = wb["Kommuner"]
>>> [c.value for c in ws[1]], ws["A3"].value, ws["A3"].data_type, ws["B2"].value, ws["C2"].number_format
(['navn', 'folketall', 'andel nådd'], "'=1+2", 's', 2037, '0.0%')
>>> ws.freeze_panes, wb["Merknader"]["A2"].value
('A2', 'Merk: illustrativ.')
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from dknet.messages import DEFAULT_LANG, column_name, t
from dknet.present.numbers import column_kind
from dknet.present.text import neutralise_formula, strip_controls

#: Excel's limits: sheet names of at most 31 characters without []:*?/\.
_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")
#: Characters XML 1.0 (and so XLSX) cannot hold.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_WIDTH = 60


def sheet_name(name: str, taken: Sequence[str] = ()) -> str:
    """A valid, unique Excel sheet name for ``name``.

    >>> sheet_name("noder / nodes"), sheet_name("x" * 40)[-3:], sheet_name("Rader", ["Rader"])
    ('noder - nodes', 'xxx', 'Rader 2')
    """
    base = _BAD_SHEET.sub("-", strip_controls(name)).strip("' ") or "Ark"
    base = base[:31]
    out, n = base, 2
    while out in taken:
        suffix = f" {n}"
        out, n = base[: 31 - len(suffix)] + suffix, n + 1
    return out


def _cell_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, bool | int | float | dt.date | dt.datetime):
        return value
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    return neutralise_formula(_ILLEGAL_XML.sub("", strip_controls(str(value))))


def _number_format(col: str, series: pd.Series) -> str | None:
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return None
    kind = column_kind(col)
    if kind == "percent":
        return "0.0%"
    if kind == "year":
        return "0"
    if pd.api.types.is_integer_dtype(series):
        return "#,##0"
    return "#,##0.###"


def workbook_bytes(
    sheets: Mapping[str, pd.DataFrame],
    notes: Sequence[str] = (),
    *,
    lang: str = DEFAULT_LANG,
    banner: str | None = None,
) -> bytes:
    """An XLSX workbook with one sheet per DataFrame and the notes on a last sheet (openpyxl).

    Always at least one sheet; an empty table keeps its header row. A ``banner`` (the
    demonstration banner) goes where a person sees it without moving any table: a last sheet
    "DEMO" that is the one the workbook opens on, the workbook's title, and every sheet's printed
    header and footer; the data sheets keep their header row first, for programs.

    >>> import openpyxl, pandas as pd
    >>> df = pd.DataFrame({"navn": ["Holtålen"]})
    >>> wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes({"Kommuner": df}, banner="DEMO – x")))
    >>> wb.sheetnames, wb.active.title, wb["DEMO"]["A1"].value, wb["Kommuner"]["A1"].value
    (['Kommuner', 'DEMO'], 'DEMO', 'DEMO – x', 'navn')
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    taken: list[str] = []
    for title, df in sheets.items():
        ws = wb.create_sheet(sheet_name(title, taken))
        taken.append(ws.title)
        headers = [neutralise_formula(column_name(str(c), lang)) for c in df.columns]
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.data_type = "s"
        widths = [len(h) for h in headers]
        formats = [_number_format(str(c), df[c]) for c in df.columns]
        for r, row in enumerate(df.itertuples(index=False), start=2):
            for i, raw in enumerate(row):
                value = _cell_value(raw)
                cell = ws.cell(row=r, column=i + 1, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever it begins with
                    widths[i] = max(widths[i], min(len(value), MAX_WIDTH))
                elif value is not None:
                    widths[i] = max(widths[i], len(str(value)))
                if formats[i] and isinstance(value, int | float) and not isinstance(value, bool):
                    cell.number_format = formats[i]
        for i, w in enumerate(widths):
            ws.column_dimensions[_column_letter(i + 1)].width = min(MAX_WIDTH, w + 2)
        ws.freeze_panes = "A2"
    if not taken:
        ws = wb.create_sheet(t("rows_sheet", lang))
        ws.append([t("no_rows", lang)])
    if notes:
        ws = wb.create_sheet(sheet_name(t("notes_sheet", lang), taken))
        ws.append([t("notes_sheet", lang)])
        ws["A1"].font = Font(bold=True)
        for n in notes:
            ws.append([_cell_value(n)])
            ws.cell(row=ws.max_row, column=1).data_type = "s"
            ws.cell(row=ws.max_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions["A"].width = 120
    if banner:
        _add_banner(wb, banner)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _add_banner(wb: Any, banner: str) -> None:
    """The demonstration banner on its own sheet (opened first), as the title and in every printed header and footer."""
    from openpyxl.styles import Font, PatternFill

    text = _cell_value(banner)
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = False
        for part in (ws.oddHeader, ws.oddFooter):
            part.center.text = text.replace("&", "&&")
    ws = wb.create_sheet(sheet_name("DEMO", wb.sheetnames))
    ws["A1"] = text
    ws["A1"].data_type = "s"
    ws["A1"].font = Font(bold=True, size=16, color="9C0006")
    ws["A1"].fill = PatternFill("solid", fgColor="FFC7CE")
    ws.column_dimensions["A"].width = max(60, len(text) + 4)
    ws.sheet_properties.tabColor = "C00000"
    ws.sheet_view.tabSelected = True
    wb.active = wb.worksheets.index(ws)
    wb.properties.title = text


def _column_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(i))
