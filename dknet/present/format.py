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
import re
from collections.abc import Mapping
from typing import Any, Literal

import pandas as pd

from dknet.messages import DEFAULT_LANG, column_name, t
from dknet.present.numbers import Kind, column_kind, number

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


_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d ]*([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?%?$")


def strip_controls(text: str) -> str:
    """Text safe to print on a terminal: escape sequences, control and bidi characters removed.

    Line breaks and tabs stay.

    >>> strip_controls("Holtålen\\x1b[2J\\x1b]0;title\\x07 \\u202eok")
    'Holtålen ok'
    """
    return _CONTROL.sub("", _ANSI.sub("", text))


def neutralise_formula(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ tab CR gets a leading '.

    >>> neutralise_formula("=1+2"), neutralise_formula("@SUM(A1)"), neutralise_formula("-0,5"), neutralise_formula(-3)
    ("'=1+2", "'@SUM(A1)", '-0,5', -3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def _text(value: Any, lang: str = DEFAULT_LANG, kind: Kind = "number") -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return t("yes" if value else "no", lang)
    if isinstance(value, int | float) or hasattr(value, "dtype"):
        try:
            return number(float(value), lang, kind=kind)
        except (TypeError, ValueError):
            pass
    return strip_controls(str(value))


def table(df: pd.DataFrame, lang: str = DEFAULT_LANG) -> str:
    """Aligned plain-text table with display names; numbers right-aligned (in ``lang``), text left."""
    if df.empty:
        return t("no_rows", lang)
    cols = [strip_controls(column_name(str(c), lang)) for c in df.columns]
    kinds = [column_kind(str(c)) for c in df.columns]
    cells = [[_text(v, lang, k) for v, k in zip(row, kinds, strict=True)] for row in df.itertuples(index=False)]
    numeric = [pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c]) for c in df.columns]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    head = "  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([head, rule, *(line(r) for r in cells)])


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
