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
from dknet.analysis.plans import ADOPTED, KNOWN, PROVISIONS_ONLY, SOURCE_KINDS, last_recorded, load_plan_config
from dknet.analysis.scorecard import NO_RECORD
from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.messages import column_name, t
from dknet.messages.msg import render
from dknet.report.blocks import Figure, Section, Table, num, pct
from dknet.report.collect import ReportData, district_codes
from dknet.report.svg import area_map, bar_chart
from dknet.schema import Label, node_id

ILL = "illustrativ"
#: Planstrategi status → fill. Only a known answer is green (on time) or warm (late, not in the user's
#: register); "adopted, date unknown" and "not yet due" are neutral, unknown is neutral grey.
STATUS_COLOURS = {
    "i_tide": "#1a9850",
    "dato_ukjent": "#c9d3e0",
    "for_sent": "#fdae61",
    "mangler": "#d73027",
    "ikke_forfalt": "#e6e6e6",
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


def known_share(n: int, known: int, unknown: int, lang: str) -> str:
    """A headline share with what it rests on: ``9 av 14 kjente (64 %); 24 ukjent``.

    >>> known_share(9, 14, 24, "nb"), known_share(0, 0, 38, "en")
    ('9 av 14 kjente (64\xa0%); 24 ukjent', 'none known; 38 unknown')
    """
    if not known:
        return t("share.none_known", lang, unknown=unknown)
    return t("share.known", lang, n=n, known=known, share=pct(n / known, lang, 0), unknown=unknown)


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
    sc_status = data.scorecard["status"]
    sc_unknown = int((sc_status == "ukjent").sum())
    met = known_share(int((sc_status == "oppfylt").sum()), len(sc_status) - sc_unknown, sc_unknown, lang)
    figures: list[Figure] = []
    if data.scope.kind == "focus" and data.scope.focus:
        figures += _focus_figures(data, met, plans_ill=plans_ill, sc_ill=bool(sc_ill), lang=lang)
    else:
        prof = data.profiles
        plans = data.plans
        adopted = int(plans["status"].isin(ADOPTED).sum())
        known = int(plans["status"].isin(KNOWN).sum())
        due = int((plans["arealdel_revisjon"] == "forfalt").sum())
        age_known = int((plans["arealdel_revisjon"] != "ukjent").sum())
        fte_known = int(prof["fte"].notna().sum())
        low = int(prof["fte"].lt(data.low_fte).sum())
        top = data.need.iloc[0] if len(data.need) else None
        figures += [
            Figure(t("report.k_municipalities", lang), num(len(prof), lang)),
            Figure(t("report.k_population", lang), num(prof["folketall"].sum(), lang)),
            Figure(t("report.k_district", lang), num(len(district_codes(G, data.scope.codes)), lang)),
            Figure(t("report.k_adopted", lang), known_share(adopted, known, len(plans) - known, lang), plans_ill),
            Figure(
                t("report.k_due", lang, n=data.max_age["arealdel"]),
                known_share(due, age_known, len(plans) - age_known, lang),
                plans_ill,
            ),
            Figure(
                t("report.k_low", lang),
                known_share(low, fte_known, len(prof) - fte_known, lang),
                bool(prof["fte_illustrative"].any()),
            ),
            Figure(t("report.k_communities", lang), num(len(data.communities.summary), lang)),
            Figure(
                t("report.k_offices", lang),
                num(len(data.offices.summary), lang),
                bool(data.offices.summary.get("illustrative", pd.Series(dtype=bool)).any()),
            ),
            Figure(t("report.k_met", lang), met, bool(sc_ill)),
        ]
        if top is not None:
            name = str(top["navn"])
            missing = str(top.get("support_unassessed") or "")
            if missing:  # the gap rests on support without these registers: say so beside the name
                layers = ", ".join(t(f"unknown.layer.{k}", lang) for k in missing.split(", "))
                name = t("share.top_unassessed", lang, name=name, layers=layers)
            figures.append(Figure(t("report.k_gap_top", lang), name, bool(top["illustrative"])))
    sec.figures(figures)
    return sec


def _focus_figures(data: ReportData, met: str, *, plans_ill: bool, sc_ill: bool, lang: str) -> list[Figure]:
    """The key figures of a municipality report (its own numbers, its rank in the county)."""
    p = next(r for r in _records(data.profiles) if r.kommunenummer == data.scope.focus)
    status = data.plans["status"].iloc[0] if len(data.plans) else "ukjent"
    n_county = len(data.profiles)
    return [
        Figure(t("report.k_population", lang), num(p.folketall, lang)),
        Figure(t("report.k_change", lang), pct(None if pd.isna(p.endring_pst) else p.endring_pst / 100, lang)),
        Figure(t("report.k_old", lang), pct(None if pd.isna(p.andel_67pluss) else p.andel_67pluss, lang)),
        Figure(t("report.k_centrality", lang), num(p.sentralitetsklasse, lang)),
        Figure(
            t("report.k_fte", lang),
            t("scorecard.status.ukjent", lang) if pd.isna(p.fte) else num(p.fte, lang, 1),
            bool(p.fte_illustrative),
        ),
        Figure(t("report.c_status", lang), t(f"scorecard.plan.{status}", lang), plans_ill),
        Figure(
            t("report.k_rank", lang),
            f"{data.need_rank_of_focus} / {n_county}" if data.need_rank_of_focus else "–",
            bool(data.need["illustrative"].any()),
        ),
        Figure(t("report.k_met", lang), met, sc_ill),
    ]


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
    plan_config = load_plan_config()  # the report's term rules (dknet.report.collect reads the same)
    for r in _records(plans):
        kinds = sorted({k for k in (r.planstrategi_kilde, r.samfunnsdel_kilde, r.arealdel_kilde) if k})
        last = last_recorded(r, plan_config)  # an earlier term's record, never this term's status
        table.add(
            [
                r.kommunenummer,
                r.navn,
                t(f"scorecard.plan.{r.status}", lang) + (f"; {last.render(lang)}" if last else ""),
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
            kind, detail = render(kind_name(r.kind), lang), str(r.detail)
        st.add([kind, str(r.navn), detail], illustrative=network_ill)
    return sec


def guidance_registered(data: ReportData) -> bool:
    """Whether the data hold any guidance contact at all (else "no guidance" means "none registered")."""
    return bool(data.layers.get("veiledning", {}).get("records", 0))
