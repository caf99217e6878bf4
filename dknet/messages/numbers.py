"""Numbers as people read them: Norwegian (``2 037``, ``0,265``, ``26,5 %``) or English (``2,037``).

Only for text meant for people (tables, notes, reasons, the report). ``--format json`` and the
``standard`` CSV keep plain machine numbers; XLSX keeps typed numbers and sets a number format
instead.

What a column holds decides its look (:func:`column_kind`): a share (0–1) is shown as a
percentage, a year without a thousands separator, a count as a whole number.

>>> number(2037, "nb"), number(2037, "en"), number(0.26512, "nb"), percent(0.265, "nb")
('2 037', '2,037', '0,2651', '26,5 %')
>>> number(2023, "nb", kind="year")
'2023'

In HTML (the county report) ``space=NBSP`` keeps a number and its per cent sign on one line in
a narrow cell, and ``decimals`` fixes the decimals so that a column lines up:

>>> number(2037, "nb", space=NBSP), percent(0.26, "nn", decimals=1, space=NBSP)
('2\\xa0037', '26,0\\xa0%')

A change is shown with its sign (``signed=True``): ``+3,4``, ``−2,1`` (the minus sign, as wide
as the plus), and no sign when it rounds to zero.
"""

from __future__ import annotations

import math
import re
from typing import Literal

Kind = Literal["number", "percent", "year", "integer"]

#: Thousands separator in tables for nb/nn: a plain space keeps columns aligned in every terminal.
THOUSANDS_NO = " "
#: The no-break space: between thousands and before ``%`` in HTML, so that ``2 037`` never breaks.
NBSP = "\u00a0"
#: The narrow no-break space: between thousands in the maps' tooltips (``2\u202f037``).
NARROW_NBSP = "\u202f"
#: The minus sign of a signed change (``signed=True``); plain negative numbers keep ``-``.
MINUS = "\u2212"

_YEAR = re.compile(r"(^|_)(aar|år|year|since|last_contact|vedtatt|frist|fra|til|forfaller)($|_)")
_PERCENT = re.compile(r"(^|_)(share|andel)($|_)|_share$|^andel")


def column_kind(name: str) -> Kind:
    """How the numbers of column ``name`` are shown.

    >>> column_kind("share_reached"), column_kind("andel_vedtatt"), column_kind("last_contact"), column_kind("gap")
    ('percent', 'percent', 'year', 'number')
    """
    key = str(name).casefold()
    if _PERCENT.search(key):
        return "percent"
    if _YEAR.search(key):
        return "year"
    return "number"


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return sep.join(reversed(out))


def number(
    value: float | int | None,
    lang: str,
    *,
    kind: Kind = "number",
    decimals: int | None = None,
    space: str = THOUSANDS_NO,
    signed: bool = False,
) -> str:
    """``value`` as text in ``lang``: decimal comma and space-grouped thousands for nb/nn.

    Whole numbers get no decimals; others 4 significant digits below 1 and up to 2 above, unless
    ``decimals`` fixes them. Negative numbers keep a minus sign; ``-0`` is ``0``; a missing value
    (None, NaN) is empty. ``space`` separates the thousands in nb/nn (and the per cent sign).
    ``signed`` shows a change: ``+`` before a positive number, :data:`MINUS` before a negative one.

    >>> number(16394.5, "nb"), number(-0.0004, "nb"), number(1234567, "nn"), number(0.5, "en", decimals=2)
    ('16 394,5', '-0,0004', '1 234 567', '0.50')
    >>> number(1234567.891, "nb", decimals=2, space=NBSP), number(None, "nb"), number(float("nan"), "en")
    ('1\\xa0234\\xa0567,89', '', '')
    >>> [number(v, "nb", decimals=1, signed=True) for v in (3.44, -2.1, -0.04, 0)]
    ['+3,4', '\u22122,1', '0,0', '0,0']
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if kind == "percent":
        return percent(float(value), lang, space=space)
    if kind == "year" and float(value).is_integer():
        return str(int(value))
    v = float(value)
    if decimals is not None:
        text = f"{v:.{decimals}f}"
    elif v.is_integer():
        text = f"{int(v)}"
    elif abs(v) < 1:
        text = f"{v:.4g}"
        if "e" in text:
            text = f"{v:.6f}".rstrip("0")
    else:
        text = f"{v:.2f}".rstrip("0").rstrip(".")
    if re.fullmatch(r"-0([.]0*)?", text):
        text = text[1:]
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    if signed and body.strip("0."):
        sign = MINUS if sign else "+"
    whole, dot, frac = body.partition(".")
    if lang == "en":
        return f"{sign}{_group(whole, ',')}{dot}{frac}"
    return f"{sign}{_group(whole, space)}{',' if dot else ''}{frac}"


def percent(share: float | None, lang: str, *, decimals: int | None = None, space: str = THOUSANDS_NO) -> str:
    """A share (0–1) as a percentage: ``26,5 %`` (nb/nn, with a space as Språkrådet writes it), ``26.5%`` (en).

    By default one decimal at most (``26 %``, not ``26,0 %``); ``decimals`` fixes them. A
    missing share is empty.

    >>> percent(0.2651, "nb"), percent(0.2651, "en"), percent(1.0, "nn"), percent(0.26, "nb", decimals=1)
    ('26,5 %', '26.5%', '100 %', '26,0 %')
    >>> percent(-0.0001, "nb", decimals=0), percent(None, "en"), percent(12.3456, "nb")
    ('0 %', '', '1 234,6 %')
    """
    if share is None or math.isnan(share):
        return ""
    pct = 100 * share
    body = number(round(pct, 1) if decimals is None else pct, lang, decimals=decimals, space=space)
    if lang == "en":
        return f"{body}%"
    return f"{body}{space}%"
