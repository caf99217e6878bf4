"""The graph as it was known on a day: records dated after it are left out (``--as-of DATE``).

One rule for every analysis (plans, scorecard, gaps, the report and ``dknet changes``):

================================ ========================================================
record                           known on ``day`` when
================================ ========================================================
plan (``planer``)                ``vedtatt_dato`` ≤ day; with only ``vedtatt_aar``: that
                                 year ≤ day's year; with neither: always (a registered,
                                 not yet adopted plan)
guidance (``veiledning``)        ``kontakt_dato`` ≤ day; else ``aar`` ≤ day's year
plan office or arena             always (one not started yet is kept: the analyses read
                                 a ``fra_aar`` after the day as "not running yet"); an end
                                 after the day (``til_aar`` > day's year) has not happened
                                 yet: ``status=avsluttet`` reads ``aktiv`` (the planned end
                                 year is kept)
membership                       its own ``fra_aar`` ≤ day's year (or none); a membership
                                 whose ``til_aar`` is before day's year has ended: both
                                 left out (the analyses read memberships as current)
``sist_bekreftet``               a confirmation after the day is dropped
================================ ========================================================

A record with only a year counts from the start of that year, as the term rule does
(:func:`dknet.analysis.plan_term.term_status`). The rule never changes ``G``: when nothing in
``G`` is dated after ``day`` it returns ``G`` itself (so today's answer and the default answer
are the same object), otherwise a changed copy with ``graph["as_of"]`` set to the day.

>>> import datetime as dt
>>> from dknet.examples import tiny_graph
>>> G = tiny_graph()
>>> as_of(G, dt.date.today()) is G
True
>>> old = as_of(G, dt.date(2015, 1, 1))  # the tiny graph's plan office started in 2020, its members with it
>>> G.nodes["plankontor:pk-1"]["fra_aar"], old is G
(2020, True)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from dknet.graph import Graph
from dknet.schema import Label, Rel

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = ["as_of", "at_year", "known_on", "record_day", "started_after"]

C = TypeVar("C", bound="DataclassInstance")

#: Group labels whose records have a start and an end (fra_aar, til_aar, status).
_GROUPS = (Label.PLAN_OFFICE.label, Label.ARENA.label)


def _year(d: Mapping[str, Any], key: str) -> int | None:
    v = d.get(key)
    if v is None or v == "":
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def record_day(d: Mapping[str, Any], date_key: str, year_key: str) -> tuple[dt.date | None, int | None]:
    """(day, year) of a record: the day from ``date_key`` (ISO text), the year from it or ``year_key``.

    >>> record_day({"vedtatt_dato": "2024-10-03", "vedtatt_aar": 2024}, "vedtatt_dato", "vedtatt_aar")
    (datetime.date(2024, 10, 3), 2024)
    >>> record_day({"aar": 2025}, "kontakt_dato", "aar")
    (None, 2025)
    """
    raw = d.get(date_key)
    day = None
    if raw:
        try:
            day = dt.date.fromisoformat(str(raw)[:10])
        except ValueError:
            day = None
    year = day.year if day else _year(d, year_key)
    return day, year


def known_on(rec: tuple[dt.date | None, int | None], day: dt.date) -> bool:
    """Whether a (day, year) record is known on ``day`` (undated records always are).

    >>> known_on((dt.date(2024, 10, 3), 2024), dt.date(2024, 10, 2)), known_on((None, 2024), dt.date(2024, 1, 1))
    (False, True)
    """
    d, y = rec
    if d is not None:
        return d <= day
    return y is None or y <= day.year


def started_after(d: Mapping[str, Any], day: dt.date) -> bool:
    """Whether a group or membership record starts after ``day`` (its ``fra_aar`` is a later year)."""
    start = _year(d, "fra_aar")
    return start is not None and start > day.year


def _ended_before(d: Mapping[str, Any], day: dt.date) -> bool:
    end = _year(d, "til_aar")
    return end is not None and end < day.year


def _unknown_end(d: Mapping[str, Any], day: dt.date) -> dict[str, Any] | None:
    """The changed attributes of a group whose recorded end or confirmation lies after ``day`` (else None)."""
    end = _year(d, "til_aar")
    confirmed = _year(d, "sist_bekreftet")
    change: dict[str, Any] = {}
    if end is not None and end > day.year and d.get("status") == "avsluttet":
        change["status"] = "aktiv"
    if confirmed is not None and confirmed > day.year:
        change["sist_bekreftet"] = None
    return change or None


def as_of(G: Graph, day: dt.date | None) -> Graph:
    """``G`` as known on ``day`` (None: today): the rule of the module docstring; ``G`` itself when nothing is later.

    Never changes ``G``; a changed graph is a copy.
    """
    day = day or dt.date.today()
    drop_nodes: set[str] = set()
    drop_edges: list[tuple[str, str, Any]] = []
    node_changes: dict[str, dict[str, Any]] = {}
    edge_changes: list[tuple[str, str, Any, dict[str, Any]]] = []
    for n, d in G.nodes(data=True):
        label = d.get("label")
        if label == Label.PLAN.label:
            if not known_on(record_day(d, "vedtatt_dato", "vedtatt_aar"), day):
                drop_nodes.add(n)
        elif label in _GROUPS and (change := _unknown_end(d, day)) is not None:
            node_changes[n] = change
    for u, v, k, d in G.edges(keys=True, data=True):
        if u in drop_nodes or v in drop_nodes:
            continue
        kind = d.get("type")
        if kind == Rel.GUIDES.type:
            if not known_on(record_day(d, "kontakt_dato", "aar"), day):
                drop_edges.append((u, v, k))
        elif kind in (Rel.MEMBER_OF.type, Rel.HOSTS.type) and G.nodes[v].get("label") in _GROUPS:
            membership = d if kind == Rel.MEMBER_OF.type else _membership(G, u, v) or d
            if started_after(membership, day) or _ended_before(membership, day):
                drop_edges.append((u, v, k))
            elif kind == Rel.MEMBER_OF.type and (change := _unknown_end(d, day)) is not None:
                edge_changes.append((u, v, k, change))
    if not (drop_nodes or drop_edges or node_changes or edge_changes):
        return G
    H: Graph = G.copy()
    H.remove_edges_from(drop_edges)
    H.remove_nodes_from(drop_nodes)
    for n, change in node_changes.items():
        _apply(H.nodes[n], change)
    for u, v, k, change in edge_changes:
        _apply(H.edges[u, v, k], change)
    H.graph["as_of"] = day.isoformat()
    return H


def at_year(config: C, day: dt.date | None) -> C:
    """A configuration with a ``year`` field (e.g. the gap configuration) set to ``day``'s year; None keeps it."""
    return config if day is None else dataclasses.replace(config, year=day.year)


def _membership(G: Graph, u: str, v: str) -> dict[str, Any] | None:
    for _, w, d in G.out_edges(u, data=True):
        if w == v and d.get("type") == Rel.MEMBER_OF.type:
            return dict(d)
    return None


def _apply(attrs: dict[str, Any], change: Mapping[str, Any]) -> None:
    for key, value in change.items():
        if value is None:
            attrs.pop(key, None)
        else:
            attrs[key] = value
