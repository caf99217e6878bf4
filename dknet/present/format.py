"""Render DataFrames as an aligned text table, JSON or CSV, the three ``--format`` choices.

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
from collections.abc import Mapping
from typing import Any, Literal

import pandas as pd

Format = Literal["table", "json", "csv"]
FORMATS: tuple[str, ...] = ("table", "json", "csv")


def _text(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1 else f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def table(df: pd.DataFrame) -> str:
    """Aligned plain-text table; numbers right-aligned, text left-aligned."""
    if df.empty:
        return "(no rows)"
    cols = [str(c) for c in df.columns]
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
        return value.item()
    return value


def render(df: pd.DataFrame, fmt: Format, *, meta: Mapping[str, Any] | None = None) -> str:
    """Render rows in ``fmt``. ``meta`` (e.g. a note on illustrative data) goes into JSON as keys."""
    if fmt == "csv":
        buf = io.StringIO()
        df.to_csv(buf, index=False, lineterminator="\n")
        return buf.getvalue()
    if fmt == "json":
        if meta:
            return json.dumps({**jsonable(meta), "rows": jsonable(df)}, ensure_ascii=False, indent=2)
        return json.dumps(jsonable(df), ensure_ascii=False, indent=2)
    return table(df)
