"""Text for people without pandas: cells, and the aligned plain-text table of every command.

:func:`table_rows` is the one table renderer: :func:`dknet.present.format.table` gives it a
DataFrame's rows, and the warm ``dknet partners`` (:mod:`dknet.lookup`) gives it rows read from
the cache, so both print the same bytes without the second one importing pandas.

>>> print(table_rows(["kommune", "folketall"], [("Holtålen", 2037), ("Tydal", 774)]))
kommune   folketall
--------  ---------
Holtålen      2 037
Tydal           774
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from dknet.messages import DEFAULT_LANG, column_name, t
from dknet.present.numbers import Kind, column_kind, number

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


def is_missing(value: Any) -> bool:
    """None, NaN or pandas' NA (recognised without importing pandas).

    >>> is_missing(None), is_missing(float("nan")), is_missing(0)
    (True, True, False)
    """
    return value is None or type(value).__name__ == "NAType" or (isinstance(value, float) and math.isnan(value))


def is_number(value: Any) -> bool:
    """A number shown right-aligned: int or float (numpy's too), not a boolean."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return False
    return isinstance(value, int | float) or (hasattr(value, "dtype") and getattr(value.dtype, "kind", "") in "iuf")


def cell_text(value: Any, lang: str = DEFAULT_LANG, kind: Kind = "number") -> str:
    """One table cell as text in ``lang``: numbers the language's way, ja/nei, controls stripped."""
    if is_missing(value):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return t("yes" if value else "no", lang)
    if isinstance(value, int | float) or hasattr(value, "dtype"):
        try:
            return number(float(value), lang, kind=kind)
        except (TypeError, ValueError):
            pass
    return strip_controls(str(value))


def table_rows(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    lang: str = DEFAULT_LANG,
    *,
    numeric: Sequence[bool] | None = None,
) -> str:
    """Aligned plain-text table with display names; numbers right-aligned (in ``lang``), text left.

    ``numeric`` says which columns are numbers; by default a column is when every value in it
    that is not missing is a number (as pandas' dtypes would say).
    """
    data = [list(r) for r in rows]
    if not data:
        return t("no_rows", lang)
    cols = [strip_controls(column_name(str(c), lang)) for c in columns]
    kinds = [column_kind(str(c)) for c in columns]
    if numeric is None:
        numeric = [
            any(not is_missing(r[i]) for r in data) and all(is_missing(r[i]) or is_number(r[i]) for r in data)
            for i in range(len(cols))
        ]
    cells = [[cell_text(v, lang, k) for v, k in zip(row, kinds, strict=True)] for row in data]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    head = "  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([head, rule, *(line(r) for r in cells)])
