"""Render DataFrames as an aligned text table, JSON or CSV, the three ``--format`` choices.

Output never surprises the program that reads it: in CSV, a text cell that a spreadsheet would
run as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a
leading apostrophe (OWASP's advice; numbers are left alone); in the table, terminal control
sequences and direction (bidi) marks are removed; ``-0`` is printed as ``0``.

>>> import pandas as pd
>>> df = pd.DataFrame({"kommune": ["Holtålen", "Tydal"], "folketall": [2037, 774]})
>>> print(render(df, "table"))
kommune   folketall
--------  ---------
Holtålen       2037
Tydal           774
>>> print(render(df, "csv"), end="")
kommune,folketall
Holtålen,2037
Tydal,774
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Mapping
from typing import Any, Literal

import pandas as pd

Format = Literal["table", "json", "csv"]


_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d ]*([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?%?$")
_NEGATIVE_ZERO = re.compile(r"^-0([.,]0*)?$")


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


def _text(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float):
        text = f"{value:.4g}" if abs(value) < 1 else f"{value:.2f}".rstrip("0").rstrip(".")
        return "0" if _NEGATIVE_ZERO.match(text) else text
    return strip_controls(str(value))


def table(df: pd.DataFrame) -> str:
    """Aligned plain-text table; numbers right-aligned, text left-aligned."""
    if df.empty:
        return "(no rows)"
    cols = [strip_controls(str(c)) for c in df.columns]
    cells = [[_text(v) for v in row] for row in df.itertuples(index=False)]
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


def render(df: pd.DataFrame, fmt: Format, *, meta: Mapping[str, Any] | None = None) -> str:
    """Render rows in ``fmt``. ``meta`` (e.g. a note on illustrative data) goes into JSON as keys."""
    if fmt == "csv":
        buf = io.StringIO()
        safe = df.copy()
        for col in safe.columns:
            if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
                safe[col] = safe[col].map(neutralise_formula)
            elif pd.api.types.is_float_dtype(safe[col]):
                safe[col] = safe[col].where(safe[col] != 0, 0.0)  # -0.0 → 0.0
        safe.columns = [neutralise_formula(str(c)) for c in safe.columns]
        safe.to_csv(buf, index=False, lineterminator="\n")
        return buf.getvalue()
    if fmt == "json":
        if meta:
            return json.dumps({**jsonable(meta), "rows": jsonable(df)}, ensure_ascii=False, indent=2)
        return json.dumps(jsonable(df), ensure_ascii=False, indent=2)
    return table(df)
