"""Check the analysis results a caller hands to the partners, communities and gaps views.

The contracts (one row per municipality):

- partners: ``kommunenummer, navn, score, reasons`` for one focus municipality,
- communities: ``kommunenummer, community`` (an integer),
- gaps: ``kommunenummer, gap_score, reasons``.

``reasons`` is a list of strings or one string joined with ``"; "``. An optional ``source``
column (``source == "illustrative"``) or boolean ``illustrative`` column marks rows built from
illustrative data; the map then says so. Every problem is
collected and reported at once in a :class:`MapInputError`, saying what to fix.

>>> import pandas as pd
>>> rows = clean_partners(pd.DataFrame({"kommunenummer": ["5033"], "navn": ["Tydal"], "score": [0.8],
...                                     "reasons": ["samme BA-region; felles grense"]}), {"5033", "5026"})
>>> rows[0].code, rows[0].value, rows[0].reasons
('5033', 0.8, ('samme BA-region', 'felles grense'))
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dknet.errors import DknetError
from dknet.schema import ILLUSTRATIVE

PARTNER_COLUMNS = ("kommunenummer", "navn", "score", "reasons")
COMMUNITY_COLUMNS = ("kommunenummer", "community")
GAP_COLUMNS = ("kommunenummer", "gap_score", "reasons")


class MapInputError(DknetError, ValueError):
    """The options or result tables given to a map do not fit; ``problems`` lists every one."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class ResultRow:
    """One municipality's row of an analysis result: number, value, reasons, and whether it is illustrative."""

    code: str
    value: float
    reasons: tuple[str, ...] = ()
    name: str = ""
    illustrative: bool = False


def split_reasons(value: Any) -> tuple[str, ...]:
    """Reasons as a tuple of strings, from a list or a ``"; "``-joined string (empty cells give none).

    >>> split_reasons("felles grense; samme BA-region"), split_reasons(["a", " "]), split_reasons(None)
    (('felles grense', 'samme BA-region'), ('a',), ())
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    if isinstance(value, str):
        parts: Iterable[Any] = value.split("; ")
    elif isinstance(value, Iterable):
        parts = value
    else:
        parts = [value]
    return tuple(s for s in (str(p).strip() for p in parts) if s)


def _code(value: Any) -> str | None:
    """A municipality number as 4-digit text; integers get their lost leading zero back."""
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):04d}"
    text = str(value).strip()
    return text if text.isdigit() and len(text) == 4 else None


def _number(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _clean(
    df: pd.DataFrame,
    what: str,
    columns: Sequence[str],
    value_column: str,
    known: set[str],
    *,
    integer: bool = False,
) -> list[ResultRow]:
    if not isinstance(df, pd.DataFrame):
        raise MapInputError([f"{what}: expected a pandas DataFrame with columns {', '.join(columns)}"])
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise MapInputError(
            [f"{what}: missing column(s) {', '.join(missing)}; expected {', '.join(columns)} (got {list(df.columns)})"]
        )
    problems: list[str] = []
    rows: list[ResultRow] = []
    seen: set[str] = set()
    for i, rec in enumerate(df.to_dict(orient="records"), start=1):
        raw = rec["kommunenummer"]
        code = _code(raw)
        value = _number(rec[value_column])
        if code is None:
            problems.append(f"{what} row {i}: kommunenummer {raw!r} is not a 4-digit municipality number")
        elif code not in known:
            problems.append(f"{what} row {i}: kommunenummer {code} is not a municipality in the graph")
        elif code in seen:
            problems.append(f"{what} row {i}: kommunenummer {code} appears twice; give one row per municipality")
        else:
            seen.add(code)
        if value is None or (integer and not float(value).is_integer()):
            kind = "an integer" if integer else "a number"
            problems.append(f"{what} row {i}: {value_column} {rec[value_column]!r} is not {kind}")
        if code is None or value is None or problems:
            continue
        rows.append(
            ResultRow(
                code=code,
                value=value,
                reasons=split_reasons(rec.get("reasons")),
                name=str(rec.get("navn") or ""),
                illustrative=rec.get("source") == ILLUSTRATIVE or rec.get("illustrative") in (True,),
            )
        )
    if problems:
        raise MapInputError(problems)
    return rows


def clean_partners(df: pd.DataFrame, known: set[str]) -> list[ResultRow]:
    """Check a partners table (``kommunenummer, navn, score, reasons``); rows sorted by score, best first."""
    rows = _clean(df, "partners", PARTNER_COLUMNS, "score", known)
    return sorted(rows, key=lambda r: (-r.value, r.code))


def clean_communities(df: pd.DataFrame, known: set[str]) -> list[ResultRow]:
    """Check a communities table (``kommunenummer, community``); ``value`` is the community number."""
    return sorted(_clean(df, "communities", COMMUNITY_COLUMNS, "community", known, integer=True), key=lambda r: r.code)


def clean_gaps(df: pd.DataFrame, known: set[str]) -> list[ResultRow]:
    """Check a gaps table (``kommunenummer, gap_score, reasons``); rows sorted by gap score, largest first."""
    rows = _clean(df, "gaps", GAP_COLUMNS, "gap_score", known)
    return sorted(rows, key=lambda r: (-r.value, r.code))
