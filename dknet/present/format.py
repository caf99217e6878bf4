"""Render DataFrames as an aligned text table, JSON or CSV (``--format``; XLSX: :mod:`dknet.present.xlsx`).

Tables are for people: column display names and numbers in the chosen language
(:mod:`dknet.messages`, :mod:`dknet.present.numbers`). CSV comes in two dialects
(:data:`CSV_DIALECTS`): ``excel-no`` for Norwegian Excel (``;`` between cells, decimal comma, UTF-8
with a byte-order mark, display names, ja/nei) and ``standard`` for programs (``,``, decimal point,
no BOM, the machine keys that ``--format json`` uses).

Output never surprises the program that reads it: in CSV, a text cell that a spreadsheet would
run as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a
leading apostrophe (OWASP's advice; numbers are left alone); in the table, terminal control
sequences and direction (bidi) marks are removed; ``-0`` is printed as ``0``.

>>> import pandas as pd
>>> df = pd.DataFrame({"kommune": ["Holtålen", "Tydal"], "folketall": [2037, 774]})
>>> print(render(df.assign(andel=[0.265, 0.1]), "table"))
kommune   folketall  andel
--------  ---------  ------
Holtålen      2 037  26,5 %
Tydal           774    10 %
>>> print(render(df, "csv"), end="")
kommune,folketall
Holtålen,2037
Tydal,774
>>> print(render(df.assign(likhet=[0.5, 0.25]), "csv", dialect="excel-no").lstrip("\ufeff"), end="")
kommune;folketall;likhet
Holtålen;2037;0,5
Tydal;774;0,25
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Mapping
from typing import Any, Literal

import pandas as pd

from dknet.messages import DEFAULT_LANG, column_name, t
from dknet.present.text import neutralise_formula, strip_controls, table_rows

Format = Literal["table", "json", "csv", "xlsx"]
CsvDialect = Literal["excel-no", "standard"]
#: The CSV dialects: name → (delimiter, decimal mark, byte-order mark, display names).
CSV_DIALECTS: dict[str, tuple[str, str, bool, bool]] = {
    "excel-no": (";", ",", True, True),
    "standard": (",", ".", False, False),
}
BOM = "\ufeff"


def default_dialect(lang: str) -> CsvDialect:
    """``excel-no`` for Norwegian, ``standard`` for English (documented in README, "CSV and Excel").

    >>> default_dialect("nn"), default_dialect("en")
    ('excel-no', 'standard')
    """
    return "standard" if lang == "en" else "excel-no"


def table(df: pd.DataFrame, lang: str = DEFAULT_LANG) -> str:
    """Aligned plain-text table of ``df`` (:func:`dknet.present.text.table_rows`, numeric columns from the dtypes)."""
    if df.empty:
        return t("no_rows", lang)
    numeric = [pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c]) for c in df.columns]
    return table_rows([str(c) for c in df.columns], df.itertuples(index=False), lang, numeric=numeric)


def jsonable(value: Any) -> Any:
    """Plain JSON values: NaN/NA → null, numpy scalars → Python, DataFrames → list of records."""
    if isinstance(value, pd.DataFrame):
        return [jsonable(r) for r in value.to_dict(orient="records")]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value == 0:
        return 0.0  # not -0.0
    return value


def _csv_cell(value: Any, decimal: str) -> Any:
    """One cell of a text column: text stripped of controls and neutralised; floats with ``decimal``."""
    if isinstance(value, str):
        return neutralise_formula(strip_controls(value))
    if isinstance(value, float) and not isinstance(value, bool) and decimal != "." and math.isfinite(value):
        return repr(round(value, 6) + 0.0).replace(".", decimal)
    return value


def csv_text(df: pd.DataFrame, *, lang: str = DEFAULT_LANG, dialect: CsvDialect = "standard") -> str:
    """Rows as CSV in ``dialect`` (see :data:`CSV_DIALECTS`); formulas neutralised in every text cell.

    ``excel-no`` rounds floats to 6 decimals (no 15-digit noise) and writes booleans as ja/nei.
    """
    sep, decimal, bom, display = CSV_DIALECTS[dialect]
    buf = io.StringIO()
    safe = df.copy()
    for col in safe.columns:
        s = safe[col]
        if pd.api.types.is_bool_dtype(s) and display:
            safe[col] = s.map(lambda v: t("yes" if v else "no", lang))
        elif s.dtype == object or pd.api.types.is_string_dtype(s):
            safe[col] = s.map(lambda v: _csv_cell(v, decimal))
        elif pd.api.types.is_float_dtype(s):
            s = s.where(s != 0, 0.0)  # -0.0 → 0.0
            safe[col] = s.round(6) if display else s
    names = [column_name(str(c), lang) if display else str(c) for c in safe.columns]
    safe.columns = [neutralise_formula(strip_controls(c)) for c in names]
    safe.to_csv(buf, index=False, lineterminator="\n", sep=sep, decimal=decimal)
    return (BOM if bom else "") + buf.getvalue()


def render(
    df: pd.DataFrame,
    fmt: Format,
    *,
    meta: Mapping[str, Any] | None = None,
    lang: str = DEFAULT_LANG,
    dialect: CsvDialect = "standard",
) -> str:
    """Render rows in ``fmt``. ``meta`` (e.g. a note on illustrative data) goes into JSON as keys.

    ``lang`` sets the table's display names and numbers and the ``excel-no`` CSV's headers; JSON
    never changes with it.
    """
    if fmt == "xlsx":
        raise ValueError("XLSX is binary: use dknet.present.xlsx.workbook_bytes")
    if fmt == "csv":
        return csv_text(df, lang=lang, dialect=dialect)
    if fmt == "json":
        if meta:
            return json.dumps({**jsonable(meta), "rows": jsonable(df)}, ensure_ascii=False, indent=2)
        return json.dumps(jsonable(df), ensure_ascii=False, indent=2)
    return table(df, lang)
