"""Read a county's register workbook (``dknet register``) back: its pre-filled blank rows are not records.

The workbook :mod:`dknet.present.register_workbook` writes has a row for every municipality on
every sheet. Where nothing is known, the row holds only what says which municipality (and plan
type and term) it is for: its *scaffold* cells, pre-filled so that the adviser need not type
them. Such a row is not a record: read back unfilled, it must add nothing. The workbook names
its scaffold columns per layer on a hidden sheet :data:`REGISTER_SHEET` (two columns: ``lag``,
``forhåndsutfylt``, the columns comma-separated); a row whose filled cells all lie in those
columns is left out before the row is checked. A row with one more filled cell (a date, a
source, a year) is a record and is checked like any other, with its sheet, row and column.

Any other workbook (without that sheet) is read as before: every row with a value is a record.

>>> from dknet.io.rawtable import RawTable, Row
>>> table = RawTable("r.xlsx [planer]", ["plan_id", "kommunenummer", "plantype", "vedtatt_aar"], [
...     Row(2, {"plan_id": "5026-planstrategi-2024-2027", "kommunenummer": "Holtålen", "plantype": "planstrategi"}),
...     Row(3, {"plan_id": "5026-arealdel-2024-2027", "kommunenummer": "Holtålen", "plantype": "arealdel",
...             "vedtatt_aar": "2025"}),
... ])
>>> [r.number for r in without_scaffold_rows(table, frozenset({"plan_id", "kommunenummer", "plantype"})).rows]
[3]
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from dknet.io.rawtable import RawTable, cell_text

#: The hidden sheet of a register workbook that names each layer's pre-filled (scaffold) columns.
REGISTER_SHEET = "dknet_register"
#: Its header.
REGISTER_HEADER = ("lag", "forhåndsutfylt")


def scaffold_columns(data: bytes) -> dict[str, frozenset[str]]:
    """Layer → its scaffold columns, from a workbook's :data:`REGISTER_SHEET` (empty when it has none).

    Never raises: a workbook that cannot be opened has no scaffold here (its reader reports it).
    """
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for broken files; read_xlsx locates them
        return {}
    try:
        if REGISTER_SHEET not in wb.sheetnames:
            return {}
        out: dict[str, frozenset[str]] = {}
        for row in wb[REGISTER_SHEET].iter_rows(min_row=2, values_only=True):
            cells: list[Any] = list(row[:2]) + [None] * (2 - len(row[:2]))
            layer, columns = cell_text(cells[0]), cell_text(cells[1])
            if layer:
                out[layer] = frozenset(c.strip() for c in columns.split(",") if c.strip())
        return out
    except Exception:
        return {}
    finally:
        wb.close()


def without_scaffold_rows(table: RawTable, scaffold: frozenset[str]) -> RawTable:
    """``table`` without the rows whose filled cells all lie in the ``scaffold`` columns."""
    if not scaffold:
        return table
    kept = [row for row in table.rows if any(v and k not in scaffold for k, v in row.cells.items())]
    return replace(table, rows=kept)
