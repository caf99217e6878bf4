"""Report sections about working together: communities and plan offices, partners, the scorecard.

Split from :mod:`dknet.report.sections` (same conventions: one function per section, returning a
:class:`~dknet.report.blocks.Section` with illustrative rows marked).
"""

from __future__ import annotations

from dknet.analysis.cooperation import running_since, source_name
from dknet.analysis.engine import LOUVAIN_NOTE
from dknet.analysis.profiles import INDICATORS
from dknet.analysis.scorecard import MET, NOT_MET
from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.messages import column_name, t
from dknet.present.numbers import NBSP
from dknet.report.blocks import Section, Table, num, pct
from dknet.report.collect import ReportData
from dknet.report.sections import ILL, SCORE_ITEMS, _name, _records, _sources
from dknet.report.svg import area_map, group_colour
from dknet.schema import PURPOSES


def cooperation_section(G: Graph, data: ReportData, boundaries: Boundaries, lang: str) -> Section:
    """Communities and plan-office proposals, with a map of both."""
    sec = Section("samarbeid", t("report.s_cooperation", lang))
    part, offices = data.communities, data.offices
    sec.text(
        t(
            "report.coop_lead",
            lang,
            km=num(data.office_km, lang),
            appendix=t("report.s_method", lang),
        )
    )
    group_of = {str(r.kommunenummer): int(r.community) for r in _records(part.members)}
    codes = sorted(group_of)
    fills = {c: group_colour(int(g)) for c, g in group_of.items()}
    badges: dict[str, str] = {}
    members = offices.members
    for r in _records(members):
        if r.kommunenummer in group_of:
            badges[r.kommunenummer] = f"P{r.office}" + (f" {t('report.host_mark', lang)}" if r.rolle == "vert" else "")
    emphasis = set(members["kommunenummer"]) & set(codes)
    if data.scope.focus:
        emphasis = {data.scope.focus}
    legend = [(group_colour(int(g)), t("report.legend_group", lang, n=int(g))) for g in part.summary["community"]]
    sec.svg(
        area_map(
            G,
            boundaries,
            codes,
            fills=fills,
            title=t("report.coop_map", lang),
            legend=legend,
            badges=badges,
            emphasis=emphasis,
            outside_label=t("report.legend_outside", lang),
        )
    )
    groups = sec.table(
        Table(
            [
                column_name("community", lang),
                column_name("size", lang),
                column_name("members", lang),
                column_name("mean_similarity", lang),
                column_name("share_together", lang),
            ],
            numeric={0, 1, 3, 4},
        )
    )
    for r in _records(part.summary):
        groups.add(
            [
                str(r.community),
                str(r.size),
                str(r.members),
                num(r.mean_similarity, lang, 2),
                pct(r.share_together, lang, 0),
            ]
        )
    for note in part.notes:  # who lies between two groups, who is alone and why: already in words
        if str(note) != LOUVAIN_NOTE:  # which engine ran belongs to the method appendix, not the body
            sec.text(str(note))
    _offices_part(sec, G, data, lang)
    return sec


def _offices_part(sec: Section, G: Graph, data: ReportData, lang: str) -> None:
    """The plan-office half of the cooperation section: the lead and one row per proposed office."""
    offices = data.offices
    sec.subheading(t("report.k_offices", lang))
    if not data.layers.get("plankapasitet", {}).get("records", 0):
        sec.text(t("report.offices_no_capacity", lang))  # "0 of 357 have low capacity" would mislead
        return
    sec.text(
        t(
            "report.offices_lead",
            lang,
            low=num(data.low_fte, lang),
            n=data.offices_low,
            total=G.graph.get("layers", {}).get("kommuner", {}).get("records", ""),
        )
    )
    if offices.summary.empty:
        sec.text(t("report.offices_none", lang))
        return
    table = sec.table(
        Table(
            [
                column_name("office", lang),
                column_name("members", lang),
                column_name("host", lang),
                column_name("combined_fte", lang),
                t("report.c_robust", lang, n=num(data.min_fte, lang)),
                column_name("counties", lang),
            ],
            numeric={3},
        )
    )
    for r in _records(offices.summary):
        table.add(
            [
                f"P{r.office}",
                str(r.members),
                str(r.host),
                num(r.combined_fte, lang, 1),
                t("yes" if r.robust else "no", lang) if r.robust is not None else "–",  # None: FTE unknown
                str(r.counties),
            ],
            illustrative=bool(getattr(r, "illustrative", False)),
            note="; ".join(r.reasons),
        )


def partners_section(G: Graph, data: ReportData, lang: str) -> Section:
    """Partner suggestions for both purposes, per district municipality (or for the focus)."""
    sec = Section("partnere", t("report.s_partners", lang))
    km = num(data.office_km, lang)
    if data.scope.focus:
        name = _name(G, data.scope.focus)
        sec.text(t("report.partners_lead_focus", lang, name=name, top=data.partners_top, km=km))
    else:
        sec.text(t("report.partners_lead", lang, top=data.partners_top, km=km))
    if not data.partners:
        sec.text(t("report.partners_none", lang))
        return sec
    hidden_any = any(df.attrs.get("hidden") for lists in data.partners.values() for df in lists.values())
    sec.text(t("report.partners_hidden_some" if hidden_any else "report.partners_hidden_none", lang))
    if data.partners_missing:
        labels = [INDICATORS[n].label().render(lang) for n in data.partners_missing]
        names = t("report.word_and", lang).join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)
        sec.text(t("report.partners_missing", lang, names=names))
    for code, lists in data.partners.items():
        sec.subheading(f"{_name(G, code)} ({code})")
        for purpose in PURPOSES:
            df = lists[purpose]
            table = sec.table(
                Table(
                    [
                        column_name("rank", lang),
                        column_name("kommune", lang),
                        column_name("score", lang),
                        column_name("similarity", lang),
                        t("report.c_distance", lang),
                        column_name("neighbour", lang),
                    ],
                    numeric={0, 2, 3, 4},
                    caption=t(f"report.p_{purpose}", lang),
                )
            )
            for r in _records(df):
                table.add(
                    [
                        str(r.rank),
                        f"{r.navn} ({r.kommunenummer})",
                        num(r.score, lang, 2),
                        num(r.similarity, lang, 2),
                        f"{num(r.distance_km, lang)}{NBSP}km",
                        t(_NEIGHBOUR[r.neighbour], lang) if r.neighbour else "",
                    ],
                    illustrative=bool(r.illustrative),
                    note="; ".join(r.reasons),
                )
            if df.empty:
                sec.text(df.attrs.get("empty_reason") or t("partners.none", lang))
            if df.attrs.get("shared"):  # what the best candidates all share, said once (reasons.list_reasons)
                sec.text(df.attrs["shared"])
            hidden = df.attrs.get("hidden") or []
            if hidden:
                sec.text(t("report.p_hidden", lang))
                sec.bullets(  # the one cooperation rule's words; the source by its site (the page links nowhere)
                    [
                        f"{h['navn']} ({h['kommunenummer']}): {h['samarbeid']}, "
                        + running_since(h.get("periode"), h.get("sist_bekreftet")).render(lang)
                        + f" – {source_name(h)}"
                        for h in hidden
                    ]
                )
    return sec


def scorecard_section(G: Graph, data: ReportData, lang: str) -> Section:
    """The Distriktskommune 3.0 recommendations: one row per municipality, or per item for a focus."""
    sec = Section("anbefalinger", t("report.s_scorecard", lang))
    sec.text(t("report.sc_lead", lang, years=data.guidance_years))
    long = data.scorecard
    if data.scope.kind == "focus":
        table = sec.table(
            Table(
                [
                    column_name("punkt", lang),
                    column_name("anbefaling", lang),
                    t("report.c_answer", lang),
                    column_name("detaljer", lang),
                    column_name("kilde", lang),
                ]
            )
        )
        for r in _records(long):
            table.add(
                [
                    t(f"report.sc_{r.punkt}", lang),
                    str(r.anbefaling),
                    _answer(r.status, lang),
                    str(r.detaljer),
                    _sources(r.kilde, lang),
                ],
                illustrative=ILL in str(r.kilde),
            )
        return sec
    table = sec.table(
        Table(
            [
                column_name("kommune", lang),
                *(t(f"report.sc_{i}", lang) for i in SCORE_ITEMS),
                t("report.sc_count", lang),
            ],
            numeric={7},
        )
    )
    for (code, name), grp in long.groupby(["kommunenummer", "navn"], sort=True):
        by_item = {r.punkt: r for r in _records(grp)}
        cells = []
        for item in SCORE_ITEMS:
            if item in by_item:
                r = by_item[item]
                cells.append(f"{_answer(r.status, lang)} ({_sources(r.kilde, lang)})")
            else:
                cells.append("")
        met = int((grp["status"] == "oppfylt").sum())
        table.add(
            [f"{name} ({code})", *cells, f"{met} / {len(grp)}"], illustrative=bool(grp["kilde"].str.contains(ILL).any())
        )
    return sec


#: A partner's kind of neighbour (``neighbour`` of :func:`~dknet.analysis.partners.suggest_partners`) → text key.
_NEIGHBOUR = {
    "land": "report.nb_land",
    "fast": "partners.neighbour.fast",
    "ferje": "partners.neighbour.ferje",
    "båt": "partners.neighbour.båt",
    "sjø": "report.nb_sea",
}


#: A scorecard answer → text key (unknown is shown as ``?``).
_ANSWER = {MET: "yes", NOT_MET: "no"}


def _answer(status: str, lang: str) -> str:
    """A scorecard answer in a cell: ja, nei, or ? when unknown."""
    return t(_ANSWER[status], lang) if status in _ANSWER else "?"
