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

from dknet.analysis.gaps.structural import kind_name
from dknet.analysis.plans import PROVISIONS_ONLY, SOURCE_KINDS
from dknet.analysis.scorecard import NO_RECORD
from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.messages import column_name, t
from dknet.report.blocks import Figure, Section, Table, num, pct
from dknet.report.collect import ReportData, district_codes
from dknet.report.svg import area_map, bar_chart
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
    return ", ".join(t(_SRC[k], lang) if k in _SRC else k for k in kinds)


#: The kinds of source a fact rests on, or ``ingen post`` (no record) → text key.
_SRC = {k: f"source.{k.replace(' ', '_')}" for k in (*SOURCE_KINDS, NO_RECORD)}  # the catalogue's source names
#: A kommuneplan part's revision state → text key (``nei``: not due, simply "no").
_REVISION = {"forfalt": "report.rev_forfalt", "nei": "no", "ukjent": "report.rev_ukjent"}


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
        return t("report.scope_focus", lang, name=_name(G, s.focus), code=s.focus, county=county)
    parts = []
    if s.county:
        parts.append(
            t("report.scope_county", lang, name=G.nodes[node_id(Label.COUNTY, s.county)]["name"], code=s.county)
        )
    if s.sf:
        parts.append(t("report.scope_sf", lang, name=G.nodes[node_id(Label.STATE_ADMINISTRATOR, s.sf)]["name"]))
    return "; ".join(parts)


def _plans_illustrative(data: ReportData) -> bool:
    return bool(data.plan_shares.get(ILL))


def summary_section(G: Graph, data: ReportData, lang: str) -> Section:
    """Key figures for the area (county) or the municipality (focus)."""
    sec = Section("sammendrag", t("report.s_summary", lang))
    sec.text(
        t(
            "report.summary_lead",
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
            Figure(t("report.k_population", lang), num(p.folketall, lang)),
            Figure(t("report.k_change", lang), pct(None if pd.isna(p.endring_pst) else p.endring_pst / 100, lang)),
            Figure(t("report.k_old", lang), pct(None if pd.isna(p.andel_67pluss) else p.andel_67pluss, lang)),
            Figure(t("report.k_centrality", lang), num(p.sentralitetsklasse, lang)),
            Figure(t("report.k_fte", lang), num(p.fte, lang, 1), bool(p.fte_illustrative)),
            Figure(t("report.c_status", lang), t(f"scorecard.plan.{status}", lang), plans_ill),
            Figure(
                t("report.k_rank", lang),
                f"{data.need_rank_of_focus} / {n_county}" if data.need_rank_of_focus else "–",
                bool(data.need["illustrative"].any()),
            ),
            Figure(
                t("report.k_met", lang),
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
            Figure(t("report.k_municipalities", lang), num(len(prof), lang)),
            Figure(t("report.k_population", lang), num(prof["folketall"].sum(), lang)),
            Figure(t("report.k_district", lang), num(len(district_codes(G, data.scope.codes)), lang)),
            Figure(
                t("report.k_adopted", lang),
                f"{adopted} / {len(plans)} ({pct(adopted / len(plans), lang, 0)})",
                plans_ill,
            ),
            Figure(t("report.k_due", lang, n=data.max_age["arealdel"]), num(due, lang), plans_ill),
            Figure(t("report.k_low", lang), num(low, lang), bool(prof["fte_illustrative"].any())),
            Figure(t("report.k_communities", lang), num(len(data.communities.summary), lang)),
            Figure(
                t("report.k_offices", lang),
                num(len(data.offices.summary), lang),
                bool(data.offices.summary.get("illustrative", pd.Series(dtype=bool)).any()),
            ),
            Figure(t("report.k_met", lang), pct(met, lang, 0), bool(sc_ill)),
        ]
        if top is not None:
            figures.append(Figure(t("report.k_gap_top", lang), str(top["navn"]), bool(top["illustrative"])))
    sec.figures(figures)
    return sec


def plans_section(G: Graph, data: ReportData, boundaries: Boundaries, lang: str) -> Section:
    """The planstrategi status and the kommuneplan's age, with a chart and a map (county)."""
    sec = Section("planer", t("report.s_plans", lang))
    sec.text(t("report.plans_lead", lang, sd=data.max_age["samfunnsdel"], ad=data.max_age["arealdel"]))
    plans = data.plans
    if data.scope.kind == "county" and len(plans):
        counts = plans["status"].value_counts()
        bars = [(t(f"scorecard.plan.{s}", lang), int(counts[s]), c) for s, c in STATUS_COLOURS.items() if s in counts]
        sec.svg(bar_chart(bars, title=t("report.plans_chart", lang, term=data.term)))
        fills = {r.kommunenummer: STATUS_COLOURS[r.status] for r in _records(plans)}
        legend = [(c, t(f"scorecard.plan.{s}", lang)) for s, c in STATUS_COLOURS.items() if s in counts]
        sec.svg(
            area_map(
                G, boundaries, list(data.scope.codes), fills=fills, title=t("report.plans_map", lang), legend=legend
            )
        )
    rev = t("report.c_revision", lang)
    table = sec.table(
        Table(
            [
                t("report.c_code", lang),
                column_name("kommune", lang),
                t("report.c_status", lang),
                t("report.c_adopted", lang),
                t("report.c_sd", lang),
                f"{t('report.c_sd', lang)}: {rev}",
                t("report.c_ad", lang),
                f"{t('report.c_ad', lang)}: {rev}",
                column_name("kilde", lang),
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
                t(f"scorecard.plan.{r.status}", lang),
                r.planstrategi_vedtatt,
                _adopted(r.samfunnsdel_vedtatt, r.samfunnsdel_omfang, lang),
                t(_REVISION[r.samfunnsdel_revisjon], lang),
                _adopted(r.arealdel_vedtatt, r.arealdel_omfang, lang),
                t(_REVISION[r.arealdel_revisjon], lang),
                _sources(", ".join(kinds), lang),
            ],
            illustrative=ILL in kinds,
        )
    shares = ", ".join(
        f"{pct(v, lang, 0)} {_sources(k, lang)}" for k, v in sorted(data.plan_shares.items(), key=lambda kv: -kv[1])
    )
    if shares:
        sec.text(t("plans.sources", lang, shares=shares))
    return sec


def _adopted(year: Any, scope: Any, lang: str) -> str:
    """A kommuneplan part's year in a cell, with "(bare bestemmelser)" when only its provisions were revised."""
    if pd.isna(year):
        return ""
    return f"{year} ({t('report.provisions_only', lang)})" if scope == PROVISIONS_ONLY else str(year)


def gaps_section(G: Graph, data: ReportData, lang: str) -> Section:
    """Need against support with reasons, then the structural holes."""
    sec = Section("veiledning", t("report.s_gaps", lang))
    if data.scope.focus:
        n = int(data.profiles["kommunenummer"].size)
        rank = data.need_rank_of_focus or "–"
        sec.text(t("report.gaps_focus", lang, name=_name(G, data.scope.focus), rank=rank, n=n))
    elif data.need.empty:
        sec.text(t("report.gaps_all_covered", lang))
    else:
        sec.text(t("report.gaps_lead", lang, n=len(data.need)))
    if not guidance_registered(data):
        sec.text(t("report.gaps_no_guidance", lang))
    table = sec.table(
        Table(
            [
                column_name("rank", lang),
                column_name("kommune", lang),
                column_name("need", lang),
                column_name("support", lang),
                t("report.c_gap", lang),
            ],
            numeric={0, 2, 3, 4},
        )
    )
    for r in _records(data.need):
        table.add(
            [
                str(r.rank),
                f"{r.navn} ({r.kommunenummer})",
                num(r.need, lang, 2),
                num(r.support, lang, 2),
                num(r.gap, lang, 2),
            ],
            illustrative=bool(r.illustrative),
            note="; ".join(r.reasons),
        )
    if not data.scope.focus and data.need_covered and not data.need.empty:
        key = "report.gaps_covered1" if data.need_covered == 1 else "report.gaps_covered"
        sec.text(t(key, lang, n=data.need_covered))
    sec.subheading(t("report.gaps_structural", lang))
    if not guidance_registered(data) and (data.structural["kind"] == "single_broker").any():
        sec.text(t("report.structural_no_guidance", lang))
    if data.structural.empty:
        sec.text(t("report.gaps_none", lang))
        return sec
    layers = data.layers
    network_ill = any(
        layers.get(n, {}).get("illustrative", 0) for n in ("veiledning", "arena_medlemmer", "plankontor_medlemmer")
    )
    st = sec.table(Table([column_name("kind", lang), column_name("kommune", lang), column_name("detail", lang)]))
    for r in _records(data.structural):
        if r.kind == "constrained":  # Burt's constraint, said plainly; the measure is in the appendix
            kind = t("report.kind_constrained", lang)
            detail = t("report.detail_constrained", lang, appendix=t("report.s_method", lang))
        else:
            kind, detail = kind_name(r.kind, lang), str(r.detail)
        st.add([kind, str(r.navn), detail], illustrative=network_ill)
    return sec


def guidance_registered(data: ReportData) -> bool:
    """Whether the data hold any guidance contact at all (else "no guidance" means "none registered")."""
    return bool(data.layers.get("veiledning", {}).get("records", 0))
