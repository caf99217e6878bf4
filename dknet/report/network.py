"""Report sections about working together: communities and plan offices, partners, the scorecard.

Split from :mod:`dknet.report.sections` (same conventions: one function per section, returning a
:class:`~dknet.report.blocks.Section` with illustrative rows marked).
"""

from __future__ import annotations

from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.report.blocks import Section, Table
from dknet.report.collect import ReportData
from dknet.report.sections import ILL, SCORE_ITEMS, _name, _records, _sources
from dknet.report.svg import area_map, group_colour
from dknet.report.texts import number, text


def cooperation_section(G: Graph, data: ReportData, boundaries: Boundaries, lang: str) -> Section:
    """Communities and plan-office proposals, with a map of both."""
    sec = Section("samarbeid", text("s_cooperation", lang))
    part, offices = data.communities, data.offices
    sec.text(
        text(
            "coop_lead",
            lang,
            km=number(data.office_km, lang),
            seed=data.seed,
            q=number(part.quality.get("modularity"), lang, 2),
        )
    )
    group_of = {str(r.kommunenummer): int(r.community) for r in _records(part.members)}
    codes = sorted(group_of)
    fills = {c: group_colour(int(g)) for c, g in group_of.items()}
    badges: dict[str, str] = {}
    members = offices.members
    for r in _records(members):
        if r.kommunenummer in group_of:
            badges[r.kommunenummer] = f"P{r.office}" + (f" {text('host_mark', lang)}" if r.rolle == "vert" else "")
    emphasis = set(members["kommunenummer"]) & set(codes)
    if data.scope.focus:
        emphasis = {data.scope.focus}
    legend = [(group_colour(int(g)), text("legend_group", lang, n=int(g))) for g in part.summary["community"]]
    sec.svg(
        area_map(
            G,
            boundaries,
            codes,
            fills=fills,
            title=text("coop_map", lang),
            legend=legend,
            badges=badges,
            emphasis=emphasis,
            outside_label=text("legend_outside", lang),
        )
    )
    groups = sec.table(
        Table(
            [text("c_group", lang), text("c_size", lang), text("c_members", lang), text("c_similarity", lang)],
            numeric={0, 1, 3},
        )
    )
    for r in _records(part.summary):
        groups.add([str(r.community), str(r.size), str(r.members), number(r.mean_similarity, lang, 2)])
    sec.subheading(text("k_offices", lang))
    sec.text(
        text(
            "offices_lead",
            lang,
            low=number(data.low_fte, lang),
            n=data.offices_low,
            total=G.graph.get("layers", {}).get("kommuner", {}).get("records", ""),
        )
    )
    if offices.summary.empty:
        sec.text(text("offices_none", lang))
        return sec
    table = sec.table(
        Table(
            [
                text("c_office", lang),
                text("c_members", lang),
                text("c_host", lang),
                text("c_fte", lang),
                text("c_robust", lang, n=number(data.min_fte, lang)),
                text("c_counties", lang),
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
                number(r.combined_fte, lang, 1),
                text("yes" if r.robust else "no", lang),
                str(r.counties),
            ],
            illustrative=bool(getattr(r, "illustrative", False)),
            note="; ".join(r.reasons),
        )
    return sec


def partners_section(G: Graph, data: ReportData, lang: str) -> Section:
    """Partner suggestions for both purposes, per district municipality (or for the focus)."""
    sec = Section("partnere", text("s_partners", lang))
    first = next(iter(data.partners.values()), None)
    top = len(first["office"]) if first else 0
    sec.text(text("partners_lead", lang, top=top, km=number(data.office_km, lang)))
    if not data.partners:
        sec.text(text("partners_none", lang))
    for code, lists in data.partners.items():
        sec.subheading(f"{_name(G, code)} ({code})")
        for purpose in ("office", "network"):
            df = lists[purpose]
            table = sec.table(
                Table(
                    [
                        text("c_rank", lang),
                        text("c_name", lang),
                        text("c_score", lang),
                        text("c_similarity", lang),
                        text("c_distance", lang),
                        text("c_neighbour", lang),
                    ],
                    numeric={0, 2, 3, 4},
                    caption=text(f"p_{purpose}", lang),
                )
            )
            for r in _records(df):
                table.add(
                    [
                        str(r.rank),
                        f"{r.navn} ({r.kommunenummer})",
                        number(r.score, lang, 2),
                        number(r.similarity, lang, 2),
                        text("km", lang, n=number(r.distance_km, lang)),
                        text(f"nb_{r.neighbour}", lang) if r.neighbour else "",
                    ],
                    illustrative=bool(r.illustrative),
                    note="; ".join(r.reasons),
                )
            if df.empty:
                sec.text(df.attrs.get("empty_reason") or text("p_empty", lang))
            hidden = df.attrs.get("hidden") or []
            if hidden:
                sec.text(text("p_hidden", lang))
                sec.bullets(
                    [
                        f"{h['navn']} ({h['kommunenummer']}): {h['samarbeid']}"
                        + (f", {h['periode']}" if h.get("periode") else "")
                        + f" – {h.get('source_url') or h.get('source') or '?'}"
                        for h in hidden
                    ]
                )
    return sec


def scorecard_section(G: Graph, data: ReportData, lang: str) -> Section:
    """The Distriktskommune 3.0 recommendations: one row per municipality, or per item for a focus."""
    sec = Section("anbefalinger", text("s_scorecard", lang))
    sec.text(text("sc_lead", lang, years=data.guidance_years))
    long = data.scorecard
    if data.scope.kind == "focus":
        table = sec.table(
            Table(
                [
                    text("c_item", lang),
                    text("c_rec", lang),
                    text("c_answer", lang),
                    text("c_detail", lang),
                    text("c_source", lang),
                ]
            )
        )
        for r in _records(long):
            table.add(
                [
                    text(f"sc_{r.punkt}", lang),
                    str(r.anbefaling),
                    text(f"sc_{r.status}", lang),
                    str(r.detaljer),
                    _sources(r.kilde, lang),
                ],
                illustrative=ILL in str(r.kilde),
            )
        return sec
    table = sec.table(
        Table(
            [text("c_name", lang), *(text(f"sc_{i}", lang) for i in SCORE_ITEMS), text("sc_count", lang)], numeric={7}
        )
    )
    for (code, name), grp in long.groupby(["kommunenummer", "navn"], sort=True):
        by_item = {r.punkt: r for r in _records(grp)}
        cells = []
        for item in SCORE_ITEMS:
            if item in by_item:
                r = by_item[item]
                cells.append(f"{text(f'sc_{r.status}', lang)} ({_sources(r.kilde, lang)})")
            else:
                cells.append("")
        met = int((grp["status"] == "oppfylt").sum())
        table.add(
            [f"{name} ({code})", *cells, f"{met} / {len(grp)}"], illustrative=bool(grp["kilde"].str.contains(ILL).any())
        )
    return sec
