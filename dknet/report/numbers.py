"""Numbers as each language writes them: Norwegian puts a (non-breaking) space between thousands,
a decimal comma and a space before the per cent sign; English uses a comma and a point.

Non-breaking spaces keep ``2 037`` and ``26,5 %`` on one line in a narrow table cell.

>>> number(2037, "nb"), number(0.2651, "nb", 3), percent(0.265, "nb"), percent(0.265, "en")
('2\\xa0037', '0,265', '26,5\\xa0%', '26.5%')
"""

from __future__ import annotations

import math
from typing import Any

NBSP = "\u00a0"


def number(value: Any, lang: str, decimals: int = 0) -> str:
    """``value`` with the thousands separator and decimal mark of ``lang``; empty for a missing value.

    >>> number(12345.678, "nb", 1), number(12345.678, "en", 1), number(None, "nb")
    ('12\\xa0345,7', '12,345.7', '')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(v):
        return ""
    s = f"{v:,.{decimals}f}"
    if lang == "en":
        return s
    return s.replace(",", NBSP).replace(".", ",")


def percent(share: float | None, lang: str, decimals: int = 1) -> str:
    """A share 0–1 as a percentage: ``26,5 %`` in Norwegian, ``26.5%`` in English."""
    if share is None or math.isnan(share):
        return ""
    body = number(100 * share, lang, decimals)
    return body + "%" if lang == "en" else body + NBSP + "%"
