"""The report's sections, from the analyses' results to headings, figures, tables and maps, in one language.

Each ``*_section`` function takes the :class:`~dknet.report.collect.ReportData` and returns a
:class:`~dknet.report.blocks.Section`. Rows and figures that rest on illustrative records are
marked (``Row.illustrative``, ``Figure.illustrative``); :func:`illustrative_section` counts them
per section, so the reader sees which figures to check before a meeting.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pandas as pd

from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.report.blocks import Figure, Section, Table
from dknet.report.collect import ReportData, district_codes
from dknet.report.svg import area_map, bar_chart
from dknet.report.texts import number, percent, text
from dknet.schema import Label, node_id

ILL = "illustrativ"
STATUS_COLOURS = {
    "i_tide": "#1a9850",
    "dato_ukjent": "#a6d96a",
    "for_sent": "#fdae61",
    "mangler": "#d73027",
    "ikke_forfalt": "#abd9e9",
    "ukjent": "#bdbdbd",
}
SCORE_ITEMS = ("planstrategi", "arena", "plansamarbeid", "veiledning_fk", "veiledning_sf", "regionale_planer")


def _sources(value: Any, lang: str) -> str:
    """``illustrativ, kuratert`` in ``lang``."""
    kinds = [k for k in str(value or "").split(", ") if k]
    return ", ".join(text(f"src_{k}", lang) if f"src_{k}" in _SRC else k for k in kinds)


_SRC = {f"src_{k}" for k in ("kuratert", "brukerregister", "antatt", "illustrativ", "ingen post")}


def _records(df: pd.DataFrame) -> list[SimpleNamespace]:
    """The rows of ``df`` as objects with one attribute per column."""
    return [SimpleNamespace(**{str(k): v for k, v in row.items()}) for row in df.to_dict("records")]


def _name(G: Graph, code: str) -> str:
    return str(G.nodes[node_id(Label.MUNICIPALITY, code)]["name"])


def municipality_name(G: Graph, code: str) -> str:
    """A municipality's name for a title (the full name, parallel names included)."""
    return _name(G, code)


def scope_name(G: Graph, data: ReportData) -> str:
    """The county's name, the SF office's, or both (``Trøndelag - Trööndelage``)."""
    s = data.scope
    names = []
    if s.county:
        names.append(str(G.nodes[node_id(Label.COUNTY, s.county)]["name"]))
    if s.sf:
        names.append(str(G.nodes[node_id(Label.STATE_ADMINISTRATOR, s.sf)]["name"]))
    return " / ".join(names)


def scope_label(G: Graph, data: ReportData, lang: str) -> str:
    """What the report covers, in one line (``Fylke: Trøndelag - Trööndelage (50)``)."""
    s = data.scope
    if s.kind == "focus" and s.focus:
        county = str(G.nodes[node_id(Label.COUNTY, str(s.county))]["name"])
        return text("scope_focus", lang, name=_name(G, s.focus), code=s.focus, county=county)
    parts = []
    if s.county:
        parts.append(text("scope_county", lang, name=G.nodes[node_id(Label.COUNTY, s.county)]["name"], code=s.county))
    if s.sf:
        parts.append(text("scope_sf", lang, name=G.nodes[node_id(Label.STATE_ADMINISTRATOR, s.sf)]["name"]))
    return "; ".join(parts)


def _plans_illustrative(data: ReportData) -> bool:
    return bool(data.plan_shares.get(ILL))


def summary_section(G: Graph, data: ReportData, lang: str) -> Section:
    """Key figures for the area (county) or the municipality (focus)."""
    sec = Section("sammendrag", text("s_summary", lang))
    sec.text(
        text(
            "summary_lead",
            lang,
            scope=_name(G, data.scope.focus) if data.scope.focus else scope_name(G, data),
            day=data.day.isoformat(),
            term=data.term,
            deadline=data.deadline.isoformat(),
        )
    )
    plans_ill = _plans_illustrative(data)
    sc_ill = data.scorecard["kilde"].str.contains(ILL).any()
    met = (data.scorecard["status"] == "oppfylt").mean() if len(data.scorecard) else float("nan")
    figures: list[Figure] = []
    if data.scope.kind == "focus" and data.scope.focus:
        p = next(r for r in _records(data.profiles) if r.kommunenummer == data.scope.focus)
        status = data.plans["status"].iloc[0] if len(data.plans) else "ukjent"
        n_county = len(data.profiles)
        figures += [
            Figure(text("k_population", lang), number(p.folketall, lang)),
            Figure(text("k_change", lang), percent(None if pd.isna(p.endring_pst) else p.endring_pst / 100, lang)),
            Figure(text("k_old", lang), percent(None if pd.isna(p.andel_67pluss) else p.andel_67pluss, lang)),
            Figure(text("k_centrality", lang), number(p.sentralitetsklasse, lang)),
            Figure(text("k_fte", lang), number(p.fte, lang, 1), bool(p.fte_illustrative)),
            Figure(text("c_status", lang), text(f"st_{status}", lang), plans_ill),
            Figure(
                text("k_rank", lang),
                f"{data.need_rank_of_focus} / {n_county}" if data.need_rank_of_focus else "–",
                bool(data.need["illustrative"].any()),
            ),
            Figure(
                text("k_met", lang),
                f"{int((data.scorecard['status'] == 'oppfylt').sum())} / {len(data.scorecard)}",
                bool(sc_ill),
            ),
        ]
    else:
        prof = data.profiles
        plans = data.plans
        adopted = plans["status"].isin(["i_tide", "for_sent", "dato_ukjent"]).sum()
        due = int((plans["arealdel_revisjon"] == "forfalt").sum())
        low = prof["fte"].lt(data.low_fte).sum()
        top = data.need.iloc[0] if len(data.need) else None
        figures += [
            Figure(text("k_municipalities", lang), number(len(prof), lang)),
            Figure(text("k_population", lang), number(prof["folketall"].sum(), lang)),
            Figure(text("k_district", lang), number(len(district_codes(G, data.scope.codes)), lang)),
            Figure(
                text("k_adopted", lang),
                f"{adopted} / {len(plans)} ({percent(adopted / len(plans), lang, 0)})",
                plans_ill,
            ),
            Figure(text("k_due", lang, n=data.max_age["arealdel"]), number(due, lang), plans_ill),
            Figure(text("k_low", lang), number(low, lang), bool(prof["fte_illustrative"].any())),
            Figure(text("k_communities", lang), number(len(data.communities.summary), lang)),
            Figure(
                text("k_offices", lang),
                number(len(data.offices.summary), lang),
                bool(data.offices.summary.get("illustrative", pd.Series(dtype=bool)).any()),
            ),
            Figure(text("k_met", lang), percent(met, lang, 0), bool(sc_ill)),
        ]
        if top is not None:
            figures.append(Figure(text("k_gap_top", lang), str(top["navn"]), bool(top["illustrative"])))
    sec.figures(figures)
    return sec


def plans_section(G: Graph, data: ReportData, boundaries: Boundaries, lang: str) -> Section:
    """The planstrategi status and the kommuneplan's age, with a chart and a map (county)."""
    sec = Section("planer", text("s_plans", lang))
    sec.text(text("plans_lead", lang, sd=data.max_age["samfunnsdel"], ad=data.max_age["arealdel"]))
    plans = data.plans
    if data.scope.kind == "county" and len(plans):
        counts = plans["status"].value_counts()
        bars = [(text(f"st_{s}", lang), int(counts[s]), c) for s, c in STATUS_COLOURS.items() if s in counts]
        sec.svg(bar_chart(bars, title=text("plans_chart", lang, term=data.term)))
        fills = {r.kommunenummer: STATUS_COLOURS[r.status] for r in _records(plans)}
        legend = [(c, text(f"st_{s}", lang)) for s, c in STATUS_COLOURS.items() if s in counts]
        sec.svg(
            area_map(G, boundaries, list(data.scope.codes), fills=fills, title=text("plans_map", lang), legend=legend)
        )
    rev = text("c_revision", lang)
    table = sec.table(
        Table(
            [
                text("c_code", lang),
                text("c_name", lang),
                text("c_status", lang),
                text("c_adopted", lang),
                text("c_sd", lang),
                f"{text('c_sd', lang)}: {rev}",
                text("c_ad", lang),
                f"{text('c_ad', lang)}: {rev}",
                text("c_source", lang),
            ],
            numeric={4, 6},
        )
    )
    for r in _records(plans):
        kinds = sorted({k for k in (r.planstrategi_kilde, r.samfunnsdel_kilde, r.arealdel_kilde) if k})
        table.add(
            [
                r.kommunenummer,
                r.navn,
                text(f"st_{r.status}", lang),
                r.planstrategi_vedtatt,
                "" if pd.isna(r.samfunnsdel_vedtatt) else str(r.samfunnsdel_vedtatt),
                text(f"rev_{r.samfunnsdel_revisjon}", lang),
                "" if pd.isna(r.arealdel_vedtatt) else str(r.arealdel_vedtatt),
                text(f"rev_{r.arealdel_revisjon}", lang),
                _sources(", ".join(kinds), lang),
            ],
            illustrative=ILL in kinds,
        )
    shares = ", ".join(
        f"{percent(v, lang, 0)} {_sources(k, lang)}" for k, v in sorted(data.plan_shares.items(), key=lambda kv: -kv[1])
    )
    if shares:
        sec.text(text("plans_sources", lang, shares=shares))
    return sec


def gaps_section(G: Graph, data: ReportData, lang: str) -> Section:
    """Need against support with reasons, then the structural holes."""
    sec = Section("veiledning", text("s_gaps", lang))
    if data.scope.focus:
        n = int(data.profiles["kommunenummer"].size)
        rank = data.need_rank_of_focus or "–"
        sec.text(text("gaps_focus", lang, name=_name(G, data.scope.focus), rank=rank, n=n))
    else:
        sec.text(text("gaps_lead", lang, n=len(data.need)))
    table = sec.table(
        Table(
            [
                text("c_rank", lang),
                text("c_name", lang),
                text("c_need", lang),
                text("c_support", lang),
                text("c_gap", lang),
            ],
            numeric={0, 2, 3, 4},
        )
    )
    for r in _records(data.need):
        table.add(
            [
                str(r.rank),
                f"{r.navn} ({r.kommunenummer})",
                number(r.need, lang, 2),
                number(r.support, lang, 2),
                number(r.gap, lang, 2),
            ],
            illustrative=bool(r.illustrative),
            note="; ".join(r.reasons),
        )
    sec.subheading(text("gaps_structural", lang))
    if data.structural.empty:
        sec.text(text("gaps_none", lang))
        return sec
    layers = data.layers
    network_ill = any(
        layers.get(n, {}).get("illustrative", 0) for n in ("veiledning", "arena_medlemmer", "plankontor_medlemmer")
    )
    st = sec.table(Table([text("c_kind", lang), text("c_name", lang), text("c_detail", lang)]))
    for r in _records(data.structural):
        key = f"gk_{r.kind}"
        st.add(
            [text(key, lang) if key in _GAP_KINDS else str(r.kind), str(r.navn), str(r.detail)],
            illustrative=network_ill,
        )
    return sec


_GAP_KINDS = {
    f"gk_{k}"
    for k in (
        "isolated",
        "single_broker",
        "cut_off",
        "constrained",
        "similar_across_boundary",
        "left_out_of_regional_plan",
    )
}
