"""What goes into a report: the area it covers and the results of every analysis, computed once.

:func:`resolve_scope` turns what an adviser typed (``Trøndelag``, ``"Statsforvalteren i
Nordland"``, ``holtålen``) into a :class:`Scope`; :func:`collect` runs the analyses for it and
returns a :class:`ReportData` of DataFrames. Nothing here formats or translates: that is
:mod:`dknet.report.sections`. The graph is never changed.

A **county** report covers the county's municipalities (those the SF office serves, too, when
both are given; the SF office's alone with ``sf`` only). A **focus** report covers one
municipality and shows it against its county: its group, its plan office, its partners.
Partner lists are made for the *district municipalities* in scope (SSB centrality class 5–6),
or for the focus municipality whatever its class.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pandas as pd

from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.messages import Lang, check_lang
from dknet.present.render import render_frame, render_partition
from dknet.schema import PURPOSES, Label, node_id

#: SSB centrality classes counted as "distrikt" (DOMAIN: classes 5–6).
DISTRICT_CLASSES = (5, 6)
#: Rows of the need-versus-support table in a county report.
GAP_ROWS = 15
T = TypeVar("T")


@dataclass(frozen=True)
class Scope:
    """The area a report covers: ``kind`` is ``county`` or ``focus``; ``codes`` its municipalities."""

    kind: str
    codes: tuple[str, ...]
    county: str | None = None
    sf: str | None = None
    focus: str | None = None


def resolve_scope(G: Graph, *, county: str | None = None, sf: str | None = None, focus: str | None = None) -> Scope:
    """The report's area from what a user typed; unknown names raise with the closest match.

    >>> from dknet.examples import tiny_graph
    >>> s = resolve_scope(tiny_graph(), focus="9002")
    >>> s.kind, s.codes, s.county
    ('focus', ('9002',), '90')
    """
    from dknet.analysis.plans import municipality_codes
    from dknet.overview import resolve_county, resolve_municipality, resolve_sf

    if focus is not None:
        if county is not None or sf is not None:
            raise DknetError("error.report.both")
        code = resolve_municipality(G, focus)
        fylke = str(G.nodes[node_id(Label.MUNICIPALITY, code)]["fylkesnummer"])
        return Scope("focus", (code,), county=fylke, focus=code)
    if county is None and sf is None:
        raise DknetError("error.report.scope")
    county_code = resolve_county(G, county) if county is not None else None
    office = resolve_sf(G, sf) if sf is not None else None
    codes = tuple(sorted(municipality_codes(G, county=county_code, sf=office)))
    return Scope("county", codes, county=county_code, sf=office)


@dataclass
class ReportData:
    """Every result a report shows, as the analyses return them (DataFrames; nothing formatted)."""

    scope: Scope
    day: dt.date
    term: str
    deadline: dt.date
    max_age: dict[str, int]
    guidance_years: int
    profiles: pd.DataFrame
    plans: pd.DataFrame
    plan_shares: dict[str, float]
    need: pd.DataFrame
    need_rank_of_focus: int | None
    structural: pd.DataFrame
    communities: Any
    offices: Any
    offices_low: int
    partners: dict[str, dict[str, pd.DataFrame]]
    scorecard: pd.DataFrame
    layers: dict[str, dict[str, Any]]
    illustrative_indicators: list[str]
    office_km: float
    seed: int
    low_fte: float
    min_fte: float
    user_dir: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    #: Partners asked for per purpose (a list may be shorter when fewer candidates qualify).
    partners_top: int = 3
    #: Profile indicators without a value for most municipalities: said once, not on every partner.
    partners_missing: list[str] = field(default_factory=list)
    #: Municipalities in scope whose support is at least their need (left out of the gap table).
    need_covered: int = 0
    #: The profile's indicators (names in the data), for the appendix.
    profile_indicators: list[str] = field(default_factory=list)


def _timed(timings: dict[str, float], name: str, progress: Callable[[str], None] | None, f: Callable[[], T]) -> T:
    import time

    if progress:
        progress(name)
    t = time.perf_counter()
    out = f()
    timings[name] = time.perf_counter() - t
    return out


def district_codes(G: Graph, codes: tuple[str, ...]) -> list[str]:
    """The municipalities among ``codes`` in SSB centrality class 5 or 6, in number order."""
    out = []
    for c in codes:
        cls = G.nodes[node_id(Label.MUNICIPALITY, c)].get("sentralitetsklasse")
        if cls is not None and int(cls) in DISTRICT_CLASSES:
            out.append(c)
    return sorted(out)


def profile_table(G: Graph, codes: tuple[str, ...]) -> pd.DataFrame:
    """Population, centrality, planning FTE and whether the FTE are illustrative, per municipality."""
    from dknet.analysis.plan_offices import planning_fte
    from dknet.schema import ILLUSTRATIVE

    rows = []
    for c in codes:
        d = G.nodes[node_id(Label.MUNICIPALITY, c)]
        rows.append(
            {
                "kommunenummer": c,
                "navn": d["name"],
                "fylkesnummer": d["fylkesnummer"],
                "folketall": d.get("folketall_2026"),
                "endring_pst": d.get("endring_2016_2026_pst"),
                "andel_67pluss": d.get("andel_67pluss"),
                "sentralitetsklasse": d.get("sentralitetsklasse"),
                "fte": planning_fte(G, c),
                "fte_illustrative": d.get("kapasitet_source") == ILLUSTRATIVE,
            }
        )
    return pd.DataFrame(rows)


def _offices(G: Graph, *, seed: int, config: Any, lang: Lang) -> Any:
    """The national plan-office proposals; none (an empty partition) when too few municipalities have low capacity."""
    from dknet.analysis.communities import Partition
    from dknet.analysis.plan_offices import propose_plan_offices
    from dknet.present.render import render_partition

    try:
        return render_partition(propose_plan_offices(G, seed=seed, config=config), lang)
    except DknetError as e:
        members = pd.DataFrame(columns=["kommunenummer", "navn", "fylkesnummer", "office", "rolle", "fte"])
        summary = pd.DataFrame(columns=["office", "size", "members", "host", "combined_fte", "robust", "counties"])
        return Partition(members, summary, {}, [str(e)])


def _compared_codes(G: Graph, scope: Scope) -> tuple[str, ...]:
    """The municipalities the profiles and communities cover: the scope, or a focus's whole county."""
    if scope.focus is None:
        return tuple(scope.codes)
    from dknet.analysis.plans import municipality_codes

    return tuple(sorted(municipality_codes(G, county=scope.county)))


def _keep_touching(offices: Any, codes: Any) -> None:
    """Keep the proposed offices with a member among ``codes`` (the summary and the members, in place)."""
    touching = set(offices.members.loc[offices.members["kommunenummer"].isin(codes), "office"])
    offices.summary = offices.summary[offices.summary["office"].isin(touching)].reset_index(drop=True)
    offices.members = offices.members[offices.members["office"].isin(touching)].reset_index(drop=True)


def _gap_tables(
    G: Graph,
    scope: Scope,
    plan_config: Any,
    timings: dict[str, float],
    progress: Callable[[str], None] | None,
    lang: Lang,
    as_of: dt.date | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, int | None, pd.DataFrame]:
    """Need vs support (all rows, the rows shown, the focus's rank) and the structural gaps of ``scope``."""
    from dknet.analysis import gaps as g

    focus = scope.focus
    need_all = _timed(
        timings,
        "gaps",
        progress,
        lambda: render_frame(
            g.need_support(G, county=scope.county, sf=scope.sf, plan_config=plan_config, as_of=as_of), lang
        ),
    )
    rank = None
    if focus is not None:
        need = need_all[need_all["kommunenummer"] == focus]
        rank = int(need["rank"].iloc[0]) if len(need) else None
    else:
        need = need_all[need_all["gap"] > 0].head(GAP_ROWS)  # a negative "gap" is no gap
    structural = _timed(
        timings,
        "structural",
        progress,
        lambda: render_frame(g.structural_gaps(G, county=scope.county, sf=scope.sf, as_of=as_of), lang),
    )
    if focus is not None:
        structural = structural[structural["kommunenummer"].str.split(" – ").map(lambda cs: focus in cs)]
    return need_all, need, rank, structural


def _partner_lists(
    G: Graph, who: list[str], *, config: Any, top: int, lang: Lang, missing: list[str]
) -> dict[str, dict[str, pd.DataFrame]]:
    """Partner suggestions of each municipality in ``who``, for both purposes, from one pair table.

    What most municipalities lack is added to ``missing`` and said once in the section's lead.
    """
    from dknet.analysis.partners import suggest_partners
    from dknet.analysis.reasons import ReasonContext
    from dknet.analysis.scoring import pair_table

    table = pair_table(G, config=config)
    ctx = ReasonContext.build(G, table, config)
    missing.extend(ctx.missing_for_most())
    ctx.quiet_missing = frozenset(missing)
    return {
        c: {
            purpose: render_frame(
                suggest_partners(G, c, purpose=purpose, top=top, config=config, table=table, reason_context=ctx), lang
            )
            for purpose in PURPOSES
        }
        for c in who
    }


def _partitions(
    G: Graph,
    scope: Scope,
    county_codes: tuple[str, ...],
    seed: int,
    config: Any,
    timings: dict[str, float],
    progress: Callable[[str], None] | None,
    lang: Lang,
) -> tuple[Any, Any]:
    """The communities of the compared municipalities and the plan offices that touch ``scope``, in words."""
    from dknet.analysis.communities import detect_communities

    communities = _timed(
        timings,
        "communities",
        progress,
        lambda: render_partition(detect_communities(G, codes=county_codes, seed=seed, config=config), lang),
    )
    offices = _timed(timings, "plan offices", progress, lambda: _offices(G, seed=seed, config=config, lang=lang))
    _keep_touching(offices, scope.codes)
    return communities, offices


def collect(
    G: Graph,
    scope: Scope,
    *,
    lang: str = "nb",
    top: int | None = None,
    seed: int = 2024,
    progress: Callable[[str], None] | None = None,
    as_of: dt.date | None = None,
) -> ReportData:
    """Run every analysis the report shows for ``scope``; ``progress`` is told the name of each step.

    Reasons, details and notes the analyses write are in ``lang`` (the report's headings follow
    the ``lang`` of :func:`~dknet.report.render`).
    """
    lang = check_lang(lang)
    from dknet.analysis.plan_offices import LOW_FTE, ROBUST_MIN_FTE, low_capacity
    from dknet.analysis.plans import load_plan_config, plan_status, real_share, with_as_of
    from dknet.analysis.profiles import ProfileConfig, illustrative_indicators, load_config
    from dknet.analysis.scorecard import scorecard

    timings: dict[str, float] = {}
    plan_config = with_as_of(load_plan_config(), as_of)  # the status day: as_of, else today
    config: ProfileConfig = load_config()
    focus = scope.focus
    county_codes = _compared_codes(G, scope)
    plans = _timed(
        timings, "plans", progress, lambda: plan_status(G, config=plan_config, county=scope.county, sf=scope.sf)
    )
    need_all, need, rank, structural = _gap_tables(G, scope, plan_config, timings, progress, lang, as_of)
    if focus is not None:
        plans = plans[plans["kommunenummer"] == focus].reset_index(drop=True)
    communities, offices = _partitions(G, scope, county_codes, seed, config, timings, progress, lang)

    n = top or (10 if focus is not None else 3)
    missing: list[str] = []
    who = [focus] if focus is not None else district_codes(G, scope.codes)
    partner_lists = _timed(
        timings, "partners", progress, lambda: _partner_lists(G, who, config=config, top=n, lang=lang, missing=missing)
    )
    sc = _timed(
        timings,
        "scorecard",
        progress,
        lambda: render_frame(scorecard(G, codes=list(scope.codes), config=plan_config), lang),
    )
    cap = config.purposes["office"].max_km
    return ReportData(
        scope=scope,
        day=plan_config.day(),
        term=plan_config.term_name,
        deadline=plan_config.deadline,
        max_age=dict(plan_config.max_age),
        guidance_years=plan_config.guidance_years,
        profiles=profile_table(G, county_codes),
        plans=plans,
        plan_shares=real_share(plans) if len(plans) else {},
        need=need.reset_index(drop=True),
        need_rank_of_focus=rank,
        structural=structural.reset_index(drop=True),
        communities=communities,
        offices=offices,
        offices_low=len(low_capacity(G, low_fte=LOW_FTE)),
        partners=partner_lists,
        scorecard=sc,
        layers=dict(G.graph.get("layers", {})),
        illustrative_indicators=list(illustrative_indicators(G, config)),
        office_km=float(cap) if cap is not None else float("nan"),
        seed=seed,
        low_fte=LOW_FTE,
        min_fte=ROBUST_MIN_FTE,
        user_dir=str(G.graph["user_dir"]) if G.graph.get("user_dir") else None,
        timings=timings,
        partners_top=n,
        partners_missing=missing,
        need_covered=int((need_all["gap"] <= 0).sum()),
        profile_indicators=list(config.weights),
    )
