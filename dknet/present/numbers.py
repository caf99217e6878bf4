"""Numbers as people read them: Norwegian (``2 037``, ``0,265``, ``26,5 %``) or English (``2,037``).

Only for text meant for people (tables, notes). ``--format json`` and the ``standard`` CSV keep
plain machine numbers; XLSX keeps typed numbers and sets a number format instead.

What a column holds decides its look (:func:`column_kind`): a share (0–1) is shown as a
percentage, a year without a thousands separator, a count as a whole number.

>>> number(2037, "nb"), number(2037, "en"), number(0.26512, "nb"), percent(0.265, "nb")
('2 037', '2,037', '0,2651', '26,5 %')
>>> number(2023, "nb", kind="year")
'2023'
"""

from __future__ import annotations

import math
import re
from typing import Literal

Kind = Literal["number", "percent", "year", "integer"]

#: Thousands separator in tables for nb/nn: a plain space keeps columns aligned in every terminal.
THOUSANDS_NO = " "

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


def number(value: float | int, lang: str, *, kind: Kind = "number", decimals: int | None = None) -> str:
    """``value`` as text in ``lang``: decimal comma and space-grouped thousands for nb/nn.

    Whole numbers get no decimals; others 4 significant digits below 1 and up to 2 above (as
    before), unless ``decimals`` says otherwise. Negative numbers keep a minus sign; ``-0`` is ``0``.

    >>> number(16394.5, "nb"), number(-0.0004, "nb"), number(1234567, "nn"), number(0.5, "en", decimals=2)
    ('16 394,5', '-0,0004', '1 234 567', '0.50')
    """
    if isinstance(value, float) and math.isnan(value):
        return ""
    if kind == "percent":
        return percent(float(value), lang)
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
    whole, dot, frac = body.partition(".")
    if lang == "en":
        return f"{sign}{_group(whole, ',')}{dot}{frac}"
    return f"{sign}{_group(whole, THOUSANDS_NO)}{',' if dot else ''}{frac}"


def percent(share: float, lang: str, *, decimals: int = 1) -> str:
    """A share (0–1) as a percentage: ``26,5 %`` (nb/nn, with a space as Språkrådet writes it), ``26.5%`` (en).

    >>> percent(0.2651, "nb"), percent(0.2651, "en"), percent(1.0, "nn")
    ('26,5 %', '26.5%', '100 %')
    """
    if math.isnan(share):
        return ""
    text = f"{100 * share:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        return f"{text}%"
    return f"{text.replace('.', ',')} %"
