"""Candidate (virtual) plan offices: low-capacity municipalities grouped, each with a host that can carry it.

Method
------
0. **Running offices are kept whole.** A plan office that runs by the one cooperation rule
   (:mod:`dknet.analysis.cooperation`: cited, not ended) is never split and none of its members is
   moved into another group or hosts a new one. Where a running office's host (or, when the
   record names none, one of its members) is an ``office`` candidate of every member of a
   proposed group, the proposal is to **extend** that office ("utvid Plankontoret (Berkåk) med
   …") instead of founding a new one.
1. **Low capacity** (configurable, ``low_fte``): less than ``low_fte`` planning FTE in all
   (community + land-use planning). The default 1.0 means *not one full-time planner*; on the
   demo (illustrative) capacity layer it selects 142 of 357 municipalities (40 %), between
   NIVI 2014:1's 32 % (≤ 0.5 FTE land-use planning) and 61 % (≤ 0.5 FTE community planning).
   **Without FTE data** for a municipality (the real default has none) its population is the
   signal: under ``small_population`` (:data:`SMALL_POPULATION`, 2 500 — the size class of the
   Distriktskommune 3.0 survey, where 9 of 10 found the planning requirements hard to meet).
   The output says which signal it used and how many it selected. Members of running offices
   are not low-capacity candidates: they already have a planning environment.
2. **Groups.** The remaining low-capacity municipalities of the whole country are partitioned into
   communities (:func:`dknet.analysis.communities.detect_communities`, sizes 2..``max_size``) on
   the ``office`` feasibility graph: land or sea neighbours or centroids within ``max_km``.
   A county run keeps the national groups that have a member in the county, so the county
   and the national answer agree on every municipality (a group may cross the county line:
   the ``counties`` column says so).
3. **Host (vertskommune).** Among the members and every municipality outside running offices
   that is an ``office`` candidate of *all* members (a land or sea neighbour or within
   ``max_km`` of each), the host is the one with the most planning FTE counted up to ``min_fte``
   (without FTE data: the population counted up to ``small_population``: capacity beyond what
   a robust office needs does not make a better host), then the shortest total distance to the
   members, then the SSB centrality index. A capable regional centre next door therefore hosts
   and joins the office as ``vert``; a municipality with no low-capacity partner gets an office
   of its own with such a host, when there is one.
4. **Robustness.** The combined planning FTE of members and host is compared with
   ``min_fte`` (:data:`ROBUST_MIN_FTE`, 3 FTE). No public source states a minimum for a planning
   environment; 3 FTE is dknet's stated assumption (an office that keeps working through one
   vacancy), set against the documented offices: Nord-Troms plankontor had 6.5 positions for
   five municipalities, Nord-Troms Plan og Eiendom about 5 FTE for four (``docs/partners.md``
   cites both). ``robust`` says whether an office reaches it, and is None (unknown) when a
   member's FTE is unknown.
5. **Most central** is the member with the highest SSB centrality index (sentralitetsindeks).

Reasons and notes are meaning (:class:`~dknet.messages.msg.Msg`), rendered at the edge
(:func:`dknet.present.render.render_partition`); planning FTE are illustrative in the demo data,
and every output says so.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis.communities import Partition, _municipalities, detect_communities
from dknet.analysis.cooperation import running_label, running_offices
from dknet.analysis.profiles import ProfileConfig, load_config
from dknet.analysis.scoring import PairTable, pair_table
from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.messages.msg import Msg, Num, Text
from dknet.schema import ILLUSTRATIVE, Label, Rel, node_id

#: Combined planning FTE below which a municipality counts as low-capacity (not one full-time planner).
LOW_FTE = 1.0
#: Combined planning FTE a shared office should reach to be a robust planning environment (see docs/partners.md).
ROBUST_MIN_FTE = 3.0
#: Columns of a proposal (``summary``).
SUMMARY_COLUMNS = (
    "office",
    "kind",
    "proposal",
    "size",
    "members",
    "host",
    "host_is_member",
    "counties",
    "combined_fte",
    "robust",
    "most_central",
    "illustrative",
    "reasons",
)
#: Without FTE data: population below which a municipality counts as low-capacity (Distriktskommune 3.0's size class).
SMALL_POPULATION = 2500


def planning_fte(G: Graph, code: str) -> float | None:
    """Community + land-use planning FTE of municipality ``code``; None when unknown."""
    d = G.nodes[node_id(Label.MUNICIPALITY, code)]
    parts = [d.get("aarsverk_samfunn"), d.get("aarsverk_areal")]
    if all(p is None for p in parts):
        return None
    return float(sum(p for p in parts if p is not None))


def low_capacity(G: Graph, *, county: str | None = None, low_fte: float = LOW_FTE) -> list[str]:
    """Municipalities (kommunenummer) with less than ``low_fte`` planning FTE in all; unknown FTE is not low."""
    out = []
    for c in _municipalities(G, county):
        fte = planning_fte(G, c)
        if fte is not None and fte < low_fte:
            out.append(c)
    return out


def low_capacity_by(G: Graph, *, low_fte: float = LOW_FTE, small_population: int = SMALL_POPULATION) -> dict[str, str]:
    """Low-capacity municipalities (kommunenummer → ``fte`` or ``population``: the signal that selected it).

    Planning FTE where known (less than ``low_fte``); otherwise the population (under
    ``small_population``). A municipality with neither is not selected.
    """
    out: dict[str, str] = {}
    for c in _municipalities(G, None):
        fte = planning_fte(G, c)
        if fte is not None:
            if fte < low_fte:
                out[c] = "fte"
            continue
        pop = G.nodes[node_id(Label.MUNICIPALITY, c)].get("folketall_2026")
        if pop is not None and pop < small_population:
            out[c] = "population"
    return out


def propose_plan_offices(
    G: Graph,
    *,
    county: str | None = None,
    low_fte: float = LOW_FTE,
    min_fte: float = ROBUST_MIN_FTE,
    small_population: int = SMALL_POPULATION,
    seed: int = 2024,
    max_size: int = 5,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
) -> Partition:
    """Candidate plan offices for low-capacity municipalities, each with a host (see the module docstring).

    ``reasons``, ``proposal`` and the notes are meaning (:class:`~dknet.messages.msg.Msg`), put into
    words at the edge (:func:`dknet.present.render.render_partition`).

    ``summary`` columns: office, kind (``new`` or ``extend``), proposal, size, members (the new
    ones), host, host_is_member, counties, combined_fte (None when a member's FTE is unknown),
    robust (None: unknown), most_central, illustrative, reasons. ``members``: kommunenummer,
    navn, fylkesnummer, office, rolle (``vert``, ``deltaker`` or ``medlem`` — already a member of
    the running office a proposal extends), fte.

    >>> from dknet.examples import tiny_graph
    >>> part = propose_plan_offices(tiny_graph(), small_population=5000, max_km=200.0)
    >>> isinstance(part.summary["reasons"][0][0], Msg)
    True
    >>> part.summary["proposal"][0].render("en")  # doctest: +NORMALIZE_WHITESPACE
    'extend Dalsnes plankontor (running since 2020, last confirmed unknown; source example)
      with Bergdal, Nordøy'
    """
    config = config or load_config()
    cap = config.purposes["office"].max_km if max_km is None else max_km
    if cap is None:
        raise DknetError("error.plan_offices.cap")
    running = running_offices(G, config.year)
    in_running = {c for members in running.values() for c in members}
    signal = low_capacity_by(G, low_fte=low_fte, small_population=small_population)
    low = sorted(c for c in signal if c not in in_running)
    by_pop = any(v == "population" for v in signal.values())
    if len(low) < 2:
        if by_pop:
            raise DknetError("error.plan_offices.few_small", pop=f"{small_population:g}")
        raise DknetError("error.plan_offices.few", low_fte=f"{low_fte:g}")
    part = detect_communities(G, codes=low, seed=seed, min_size=2, max_size=max_size, max_km=cap, config=config)
    table = pair_table(G, config=config)
    run = _Run(G, table, table.candidates("office", max_km=cap), running, signal, low_fte, min_fte, small_population)
    groups = [sorted(grp.kommunenummer) for _, grp in part.members.groupby("community", sort=True)]
    placed_by_groups = {c for g in groups for c in g}
    groups += [[c] for c in low if c not in placed_by_groups]  # alone: an office of their own, or an extension
    plan = _merge_extensions(_hosts(run, groups), run.anchors, run.ok, run.pos, max_size=max_size)
    in_county = set(_municipalities(G, county)) if county is not None else None
    rows, member_rows = [], []
    for office, (office_node, host, codes) in enumerate(plan, start=1):  # numbered nationally: county and nation agree
        existing = [] if office_node is None else running[office_node]
        if in_county is not None and not in_county & set(codes) and not (existing and in_county & set(existing)):
            continue
        row, rows_m = _office(run, office, office_node, host, codes, cap)
        rows.append(row)
        member_rows += rows_m
    summary = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    members = pd.DataFrame(member_rows, columns=["kommunenummer", "navn", "fylkesnummer", "office", "rolle", "fte"])
    placed = {r["kommunenummer"] for r in member_rows}
    alone = [c for c in low if c not in placed and (in_county is None or c in in_county)]
    # the partition's notes on lonely municipalities are replaced by the offices' own
    kept: list[Text] = [n for n in part.notes if _about(str(n), set())]
    head, tail = _notes(run, summary, low, alone, in_county, cap, max_size)
    notes = head + kept + tail
    quality = {
        # the grouping's stability speaks of communities, not of the offices built from them
        **{k: v for k, v in part.quality.items() if k != "share_together"},
        "offices": float(len(summary)),
        # None when no office's robustness can be judged (no FTE data): unknown, not "0 robust"
        "robust": float((summary["robust"] == True).sum())  # noqa: E712
        if rows and summary["robust"].notna().any()
        else (0.0 if not rows else None),
    }
    return Partition(members, summary, quality, notes)  # type: ignore[arg-type]


class _Run:
    """What every step of one proposal run reads: the graph, the pair table, running offices, the thresholds."""

    def __init__(
        self,
        G: Graph,
        table: PairTable,
        ok: np.ndarray,
        running: dict[str, list[str]],
        signal: dict[str, str],
        low_fte: float,
        min_fte: float,
        small_population: int,
    ) -> None:
        self.G, self.table, self.ok, self.running, self.signal = G, table, ok, running, signal
        self.low_fte, self.min_fte, self.small_population = low_fte, min_fte, small_population
        self.pos = {c: i for i, c in enumerate(table.codes)}
        self.in_running = {c for members in running.values() for c in members}
        self.anchors = {o: _anchors(G, o, members) for o, members in running.items()}

    def capacity(self, c: str) -> float:
        """What makes a host capable: FTE up to min_fte, else population up to the cap."""
        fte = planning_fte(self.G, c)
        if fte is not None:
            return min(fte, self.min_fte) / self.min_fte if self.min_fte else 1.0
        pop = self.G.nodes[node_id(Label.MUNICIPALITY, c)].get("folketall_2026") or 0
        return min(float(pop), self.small_population) / self.small_population


def _hosts(run: _Run, groups: list[list[str]]) -> list[tuple[str | None, str, list[str]]]:
    """(running office or None, host, new members) for each group: an extension, or a new office with a host."""
    table, pos = run.table, run.pos
    plan: list[tuple[str | None, str, list[str]]] = []
    free = np.array([c not in run.in_running for c in table.codes])
    for codes in groups:
        idx = [pos[c] for c in codes]
        reach = run.ok[idx].copy()  # reach[m, j]: j is an office candidate of member m
        reach[np.arange(len(idx)), idx] = True  # a member reaches itself
        extend = _extension(codes, run.anchors, reach, table, pos)
        if extend is not None:
            plan.append((extend[0], extend[1], codes))
            continue
        candidates = sorted(table.codes[j] for j in np.flatnonzero(reach.all(axis=0) & free))
        if not candidates:  # nobody reaches every member: the member reaching most of them
            counts = reach[:, idx].sum(axis=0)
            candidates = [c for c, n in zip(codes, counts, strict=True) if n == counts.max()]
        travel = {c: float(table.distance_km[pos[c], idx].sum()) for c in candidates}
        host = max(candidates, key=lambda c: (run.capacity(c), -travel[c], _attr(run.G, c, "sentralitetsindeks"), c))
        if len(codes) == 1 and host in codes:
            continue  # alone, and no capable neighbour to host: reported in the notes
        plan.append((None, host, codes))
    return plan


def _office(
    run: _Run, office: int, office_node: str | None, host: str, codes: list[str], cap: float
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One proposal's summary row and its member rows."""
    G, pos = run.G, run.pos
    existing = [] if office_node is None else run.running[office_node]
    everyone = list(dict.fromkeys(existing + codes + ([host] if host not in codes + existing else [])))
    ftes = {c: planning_fte(G, c) for c in everyone}
    combined = None if any(v is None for v in ftes.values()) else float(sum(v or 0.0 for v in ftes.values()))
    central = max(codes, key=lambda c: (_attr(G, c, "sentralitetsindeks"), c))
    counties = sorted({str(G.nodes[node_id(Label.MUNICIPALITY, c)]["fylkesnummer"]) for c in everyone})
    span = float(run.table.distance_km[np.ix_([pos[c] for c in everyone], [pos[c] for c in everyone])].max())
    robust = None if combined is None else combined >= run.min_fte
    names = ", ".join(_name(G, c) for c in codes)
    if office_node is None:
        proposal = Msg("offices.new", names=names)
    else:
        proposal = Msg("offices.extend", office=running_label(G.nodes[office_node]), names=names)
    reasons = _office_reasons(run, office_node, host, codes, everyone, ftes, combined, span, counties, cap)
    row = {
        "office": office,
        "kind": "new" if office_node is None else "extend",
        "proposal": proposal,
        "size": len(everyone),
        "members": names,
        "host": f"{_name(G, host)} ({host})",
        "host_is_member": host in codes or host in existing,
        "counties": ", ".join(counties),
        "combined_fte": None if combined is None else round(combined, 1),
        "robust": robust,
        "most_central": f"{_name(G, central)} ({central})",
        "illustrative": any(_fte_illustrative(G, c) for c in everyone),
        "reasons": reasons,
    }
    member_rows = [
        {
            "kommunenummer": c,
            "navn": _name(G, c),
            "fylkesnummer": G.nodes[node_id(Label.MUNICIPALITY, c)]["fylkesnummer"],
            "office": office,
            "rolle": "vert" if c == host else ("medlem" if c in existing else "deltaker"),
            "fte": None if (fte_c := ftes[c]) is None else round(fte_c, 1),
        }
        for c in everyone
    ]
    return row, member_rows


def _office_reasons(
    run: _Run,
    office_node: str | None,
    host: str,
    codes: list[str],
    everyone: list[str],
    ftes: dict[str, float | None],
    combined: float | None,
    span: float,
    counties: list[str],
    cap: float,
) -> list[Msg]:
    """Why this office: the members' capacity, the host, the reach, robustness, span and counties."""
    G = run.G
    reasons: list[Msg] = _capacity_reasons(G, codes, run.signal, run.low_fte, run.small_population)
    index = Num(_attr(G, host, "sentralitetsindeks"), decimals=0)
    fte_host = ftes[host]
    if fte_host is not None:
        reasons.append(Msg("offices.host", name=_name(G, host), fte=Num(fte_host, decimals=1), index=index))
    else:
        pop = G.nodes[node_id(Label.MUNICIPALITY, host)].get("folketall_2026")
        reasons.append(Msg("offices.host_pop", name=_name(G, host), pop=Num(pop, decimals=0), index=index))
    if office_node is not None:
        reasons.append(Msg("offices.extend_reach", host=_name(G, host), km=Num(cap, decimals=0)))
    elif host not in codes:
        reasons.append(Msg("offices.capable_host"))  # a capable neighbour of every member
    if combined is not None:
        key = "offices.robust" if combined >= run.min_fte else "offices.weak"
        reasons.append(Msg(key, fte=Num(combined, decimals=1), min=Num(run.min_fte)))
    else:
        pops = [G.nodes[node_id(Label.MUNICIPALITY, c)].get("folketall_2026") or 0 for c in everyone]
        reasons.append(Msg("offices.pop_total", pop=Num(sum(pops), decimals=0)))
    reasons.append(Msg("offices.span", km=Num(span, decimals=0)))
    if len(counties) > 1:
        reasons.append(Msg("offices.counties", counties=", ".join(counties)))
    return reasons


def _notes(
    run: _Run,
    summary: pd.DataFrame,
    low: list[str],
    alone: list[str],
    in_county: set[str] | None,
    cap: float,
    max_size: int,
) -> tuple[list[Text], list[Text]]:
    """The notes above and below the proposals: the signal used and the running offices; who is left alone,
    the county cut and the offices below the minimum."""
    G, signal = run.G, run.signal
    n_all = len(_municipalities(G, None))
    head: list[Text] = []
    if any(v == "fte" for v in signal.values()):
        n_fte = sum(1 for v in signal.values() if v == "fte")  # running offices' members included, as documented
        share = Num(n_fte / n_all, share=True, decimals=0)
        low_fte, min_fte = Num(run.low_fte), Num(run.min_fte)
        head.append(Msg("offices.note", low=low_fte, n=n_fte, total=n_all, share=share, min=min_fte))
    if any(v == "population" for v in signal.values()):
        n_pop = sum(1 for c in low if signal[c] == "population")
        share = Num(n_pop / n_all, share=True, decimals=0)
        head.append(Msg("offices.note_pop", pop=Num(run.small_population), n=n_pop, total=n_all, share=share))
    shown = {o: m for o, m in run.running.items() if in_county is None or in_county & set(m)}
    if shown:
        labels = "; ".join(f"{G.nodes[o]['name']} ({len(m)})" for o, m in shown.items())
        head.append(Msg("offices.running_note", offices=labels))
    tail: list[Text] = []
    capped = [c for c in alone if any(run.ok[run.pos[c], run.pos[o]] for o in low if o != c)]
    if capped:  # a low-capacity partner in reach, but every group near it was full
        tail.append(Msg("communities.capped", names=", ".join(f"{_name(G, c)} ({c})" for c in capped), n=max_size))
    isolated = [c for c in alone if c not in capped]
    if isolated:
        key = "offices.alone_pop" if all(signal[c] == "population" for c in isolated) else "offices.alone"
        tail.append(Msg(key, names=", ".join(f"{_name(G, c)} ({c})" for c in isolated), km=Num(cap)))
    if in_county is not None:
        tail.append(Msg("offices.county"))
    if not summary.empty and (summary["robust"] == False).any():  # noqa: E712 (None is unknown, not below)
        below = int((summary["robust"] == False).sum())  # noqa: E712
        tail.append(Msg("offices.below", n=below, total=len(summary), min=Num(run.min_fte)))
    return head, tail


def _capacity_reasons(G: Graph, codes: list[str], signal: dict[str, str], low_fte: float, pop: int) -> list[Msg]:
    """Why these members are low-capacity: FTE below ``low_fte``, or (without FTE data) population under ``pop``."""
    out = []
    n_fte = sum(1 for c in codes if signal.get(c) == "fte")
    n_pop = sum(1 for c in codes if signal.get(c) == "population")
    if n_fte:
        out.append(Msg("offices.low1" if n_fte == 1 else "offices.low", n=n_fte, low=Num(low_fte)))
    if n_pop:
        out.append(Msg("offices.small1" if n_pop == 1 else "offices.small", n=n_pop, pop=Num(pop)))
    return out


def _anchors(G: Graph, office: str, members: list[str]) -> list[str]:
    """Where a running office sits: its host(s) when the record names one, else every cited member."""
    hosts = sorted(
        str(G.nodes[u]["key"])
        for u, _, d in G.in_edges(office, data=True)
        if d["type"] == Rel.HOSTS.type and str(G.nodes[u]["key"]) in members
    )
    return hosts or list(members)


def _merge_extensions(
    plan: list[tuple[str | None, str, list[str]]],
    anchors: dict[str, list[str]],
    ok: np.ndarray,
    pos: dict[str, int],
    *,
    max_size: int,
) -> list[tuple[str | None, str, list[str]]]:
    """One proposal per running office where it fits: extensions merged while one anchor reaches every new
    member and no more than ``max_size`` join at once."""
    out: list[tuple[str | None, str, list[str]]] = []
    for office, host, codes in plan:
        merged = False
        if office is not None:
            for k, (o2, _, c2) in enumerate(out):
                if o2 != office:
                    continue
                both = sorted(set(c2) | set(codes))
                if len(both) > max_size:
                    continue
                reach = [a for a in anchors[office] if all(a == c or ok[pos[c], pos[a]] for c in both)]
                if reach:
                    out[k] = (office, reach[0] if host not in reach else host, both)
                    merged = True
                    break
        if not merged:
            out.append((office, host, codes))
    return out


def _extension(
    codes: list[str],
    anchors: dict[str, list[str]],
    reach: np.ndarray,
    table: PairTable,
    pos: dict[str, int],
) -> tuple[str, str] | None:
    """The running office (node, anchor) one of whose anchors reaches every member of ``codes``, nearest first."""
    idx = [pos[c] for c in codes]
    best: tuple[float, str, str] | None = None
    for office, where in anchors.items():
        for a in where:
            j = pos.get(a)
            if j is None or not reach[:, j].all():
                continue
            travel = float(table.distance_km[j, idx].sum())
            if best is None or (travel, office, a) < best:
                best = (travel, office, a)
    return None if best is None else (best[1], best[2])


def _attr(G: Graph, code: str, key: str) -> float:
    v = G.nodes[node_id(Label.MUNICIPALITY, code)].get(key)
    return float(v) if v is not None else 0.0


def _about(note: str, codes: set[str]) -> bool:
    """Whether a note names a municipality of ``codes`` as ``Name (1234)``, or names none at all.

    >>> _about("Hurdal (3242): no neighbour", {"5026"}), _about("Holtålen (5026): alone", {"5026"}), _about("x", set())
    (False, True, True)
    """
    named = re.findall(r"\((\d{4})\)", note)
    return not named or any(c in codes for c in named)


def _name(G: Graph, code: str) -> str:
    return str(G.nodes[node_id(Label.MUNICIPALITY, code)]["name"])


def _fte_illustrative(G: Graph, code: str) -> bool:
    return bool(G.nodes[node_id(Label.MUNICIPALITY, code)].get("kapasitet_source") == ILLUSTRATIVE)
