"""The one renderer at the edges: an analysis's meaning (:class:`~dknet.messages.msg.Msg` and friends) in words.

The analyses in :mod:`dknet.analysis` return values, codes and messages (a catalogue key and its
fields, numbers as :class:`~dknet.messages.msg.Num`); the CLI, the report, the maps and the api
put them into the reader's language here, with one call, just before they show them.

>>> import pandas as pd
>>> from dknet.messages.msg import Msg, Num
>>> df = pd.DataFrame({"felt": [Msg("compare.row.areal_km2")], "x": [Num(2037)], "n": ["c"]})
>>> render_frame(df, "nb").iloc[0].tolist()
['Areal (km²)', '2 037', 'c']
>>> render_frame(df, "en").iloc[0].tolist()
['Area (km²)', '2,037', 'c']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from dknet.messages.msg import Either, Local, Msg, Num, Text, render

if TYPE_CHECKING:
    from dknet.analysis.communities import Partition

__all__ = ["is_meaning", "render", "render_frame", "render_notes", "render_partition", "render_value"]

_MEANING = (Msg, Either, Local, Num)


def is_meaning(value: Any) -> bool:
    """True when ``value`` is still meaning (a message, alternatives, local words or a number to show),
    or a list of them (the reasons of a row)."""
    if isinstance(value, list | tuple):
        return any(isinstance(v, _MEANING) for v in value)
    return isinstance(value, _MEANING)


def render_value(value: Any, lang: str) -> Any:
    """``value`` in ``lang`` if it is meaning (a list item by item); any other value as it is.

    >>> render_value([Msg("gaps.no_office"), "x"], "en"), render_value(3, "en")
    (['in no plan office', 'x'], 3)
    """
    if isinstance(value, list | tuple):
        return type(value)(render_value(v, lang) for v in value)
    return value.render(lang) if isinstance(value, _MEANING) else value


def render_frame(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A copy of ``df`` with every message cell rendered in ``lang`` (other cells and columns untouched)."""
    out = df.copy()
    out.attrs = {k: render_value(v, lang) for k, v in df.attrs.items()}
    for col in out.columns:
        series = out[col]
        if series.dtype == object and series.map(is_meaning).any():
            out[col] = series.map(lambda v: render_value(v, lang))
    return out


def render_notes(notes: Iterable[Any], lang: str) -> list[str]:
    """Notes (messages or text already in words) as text in ``lang``.

    >>> render_notes([Msg("offices.county"), "x"], "en")[1]
    'x'
    """
    return [render(n, lang) for n in notes]


def render_partition(part: Partition, lang: str) -> Partition:
    """A copy of ``part`` (communities or plan offices) with its tables and notes rendered in ``lang``."""
    return dataclasses.replace(
        part,
        members=render_frame(part.members, lang),
        summary=render_frame(part.summary, lang),
        quality=dict(part.quality),
        notes=list[Text](render_notes(part.notes, lang)),
    )
