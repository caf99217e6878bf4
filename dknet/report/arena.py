"""The meeting pack for one arena: ``dknet report --arena ID`` as one printable, offline HTML file.

:func:`build_arena_report` asks :func:`dknet.analysis.arena_pack.arena_pack` for the data and
draws it with the county report's template, stylesheet, A4 page boxes and DEMO banner
(``templates/report.html.j2``): the page loads nothing, runs no script and prints on A4. Sections:

1. **Medlemmer og planstatus** — key figures, a map of the members' planstrategi status and a
   row per member (population, centrality, planstrategi, samfunnsdel, arealdel, planning FTE);
2. **Spørsmål til møtet** — the unknowns as questions, grouped by question and naming the members
   ("Spør om planstrategi 2023–2027 for Tydal og Holtålen.");
3. **Regionale planer de deler**;
4. **Samarbeid blant medlemmene** — plan offices, projects, networks and other arenas;
5. **Felles utfordringer – forslag til tema** — from the challenge profile;
6. **Partnere i og utenfor arenaen** — the best pairs among the members and strong partners
   outside the arena, for a plan office and for a network, with the reasons of ``dknet partners``;
7. **Kilder og metode**.

>>> from dknet.examples import tiny_tables
>>> from dknet.graph import build_graph
>>> import pandas as pd
>>> t = tiny_tables()
>>> t["arenaer"] = pd.DataFrame([{"arena_id": "rr-x", "navn": "Midtre råd", "type": "regionråd", "source": "x"}])
>>> t["arena_medlemmer"] = pd.DataFrame(
...     [{"arena_id": "rr-x", "kommunenummer": c, "source": "x"} for c in ("9002", "9003")])
>>> html = build_arena_report(build_graph(t), "rr-x")
>>> html.startswith("<!DOCTYPE html>"), "Møtepakke: Midtre råd" in html, 'id="sporsmal"' in html
(True, True, True)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd
from markupsafe import Markup

from dknet.analysis.arena_pack import ArenaPack, Topic, arena_pack
from dknet.analysis.plans import KNOWN, PlanConfig, last_recorded, load_plan_config
from dknet.analysis.reasons import pair_reasons
from dknet.analysis.scoring import PURPOSES
from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.messages import check_lang, column_name, t
from dknet.present.render import render_notes
from dknet.report.blocks import Figure, Section, Table, num, pct
from dknet.report.sections import ILL, STATUS_COLOURS, _adopted, _sources
from dknet.report.svg import area_map
from dknet.schema import Label, node_id

__all__ = ["ARENA_SECTION_IDS", "build_arena_report", "render_arena"]

#: The pack's sections' anchors, in order (stable across languages; the browser test looks for each).
ARENA_SECTION_IDS = ("medlemmer", "sporsmal", "regionale-planer", "samarbeid", "tema", "partnere", "kilder")


def build_arena_report(
    G: Graph,
    arena: str,
    *,
    lang: str = "nb",
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> str:
    """The meeting pack for ``arena`` (id or name) as one HTML document (a string).

    An unknown arena raises :class:`~dknet.errors.UnknownNameError` naming the closest;
    ``today`` is the date printed on the pack (default: today); ``progress`` is told each step.
    """
    from dknet.report import check_lang

    lang = check_lang(lang)
    if progress:
        progress("arena")
    pack = arena_pack(G, arena)
    if progress:
        progress("HTML")
    return render_arena(G, pack, lang=lang, today=today)


def _names(pack: ArenaPack, codes: Sequence[str], lang: str) -> str:
    """``Oppdal, Rennebu og Holtålen``: members' names, joined as the language joins a list."""
    names = [pack.names.get(c, c) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + t("report.arena.and", lang) + names[-1]


def _name(G: Graph, code: str) -> str:
    return str(G.nodes[node_id(Label.MUNICIPALITY, code)]["name"])


def members_section(G: Graph, pack: ArenaPack, boundaries: Boundaries, lang: str) -> Section:
    """Key figures, a map of the planstrategi status, and one row per member."""
    sec = Section("medlemmer", t("report.arena.s_members", lang))
    if not pack.members:
        sec.text(t("report.arena.no_members", lang))
        return sec
    config = load_plan_config()
    sec.text(
        t(
            "report.arena.members_lead",
            lang,
            n=len(pack.members),
            names=_names(pack, pack.members, lang),
            term=pack.term,
            sd=config.max_age["samfunnsdel"],
            ad=config.max_age["arealdel"],
        )
    )
    plans = pack.plans
    known = int(plans["status"].isin(KNOWN).sum())
    sec.figures(
        [
            Figure(t("report.arena.f_members", lang), num(len(pack.members), lang)),
            Figure(t("report.arena.f_known", lang, term=pack.term), f"{known} / {len(pack.members)}"),
            Figure(t("report.arena.f_questions", lang), num(len(pack.questions), lang)),
            Figure(t("report.arena.f_topics", lang), num(len(pack.topics), lang)),
        ]
    )
    sec.svg(_status_map(G, pack, boundaries, lang))
    table = sec.table(
        Table(
            [
                t("report.c_code", lang),
                column_name("kommune", lang),
                t("report.arena.c_pop", lang),
                t("report.arena.c_class", lang),
                t("report.c_status", lang),
                t("report.c_sd", lang),
                t("report.c_ad", lang),
                t("report.arena.c_fte", lang),
                column_name("kilde", lang),
            ],
            numeric={2, 3, 7},
        )
    )
    for r in plans.to_dict("records"):
        cells, illustrative = _member_row(G, pack, r, config, lang)
        table.add(cells, illustrative=illustrative)
    return sec


def _status_map(G: Graph, pack: ArenaPack, boundaries: Boundaries, lang: str) -> Markup:
    """The members on a map (SVG), coloured by planstrategi status, with a legend of the statuses present."""
    plans = pack.plans
    counts = plans["status"].value_counts()
    fills = {str(r["kommunenummer"]): STATUS_COLOURS[str(r["status"])] for r in plans.to_dict("records")}
    legend = [(c, t(f"scorecard.plan.{s}", lang)) for s, c in STATUS_COLOURS.items() if s in counts]
    return area_map(
        G,
        boundaries,
        list(pack.members),
        fills=fills,
        title=t("report.arena.map", lang, term=pack.term),
        legend=legend,
    )


def _member_row(
    G: Graph, pack: ArenaPack, r: Mapping[Any, Any], config: PlanConfig, lang: str
) -> tuple[list[str], bool]:
    """One member's row of the members table (``r``: its row of ``pack.plans``), and whether it is illustrative.

    The status cell adds the last recorded planstrategi and its date; the row is illustrative when
    any of its plan records is, or the member's data are.
    """
    code = str(r["kommunenummer"])
    d = G.nodes[node_id(Label.MUNICIPALITY, code)]
    kinds = sorted({str(r[k]) for k in ("planstrategi_kilde", "samfunnsdel_kilde", "arealdel_kilde") if r[k]})
    last = last_recorded(r, config)
    status = t(f"scorecard.plan.{r['status']}", lang) + (f"; {last.render(lang)}" if last else "")
    if r["planstrategi_vedtatt"]:
        status += f" ({r['planstrategi_vedtatt']})"
    fte = pack.fte.get(code)
    cells = [
        code,
        str(r["navn"]),
        num(d.get("folketall_2026"), lang),
        num(d.get("sentralitetsklasse"), lang),
        status,
        part_cell(r, "samfunnsdel", lang),
        part_cell(r, "arealdel", lang),
        t("scorecard.plan.ukjent", lang) if fte is None else num(fte, lang, 1),
        _sources(", ".join(kinds), lang),
    ]
    return cells, ILL in kinds or code in pack.illustrative_members


def part_cell(row: Mapping[Any, Any], part: str, lang: str) -> str:
    """A kommuneplan part in one cell: its year, "(revisjon forfalt)" when due, "ukjent" without a record.

    >>> part_cell({"arealdel_vedtatt": 2011, "arealdel_omfang": "", "arealdel_revisjon": "forfalt"}, "arealdel", "nb")
    '2011 (revisjon forfalt)'
    >>> part_cell({"arealdel_vedtatt": None, "arealdel_omfang": "", "arealdel_revisjon": "ukjent"}, "arealdel", "en")
    'unknown'
    """
    year = row[f"{part}_vedtatt"]
    if year is None or pd.isna(year):
        return t("report.rev_ukjent", lang)
    cell = _adopted(year, row[f"{part}_omfang"], lang)
    if row[f"{part}_revisjon"] == "forfalt":
        cell += f" ({t('report.c_revision', lang)} {t('report.rev_forfalt', lang)})"
    return cell


def questions_section(pack: ArenaPack, lang: str) -> Section:
    """The unknowns as questions, one line per question naming the members."""
    sec = Section("sporsmal", t("report.arena.s_questions", lang))
    if not pack.questions:
        sec.text(t("report.arena.no_questions", lang))
        return sec
    sec.text(t("report.arena.questions_lead", lang))
    sec.bullets(
        [
            t("report.arena.ask", lang, what=q.ask.render(lang), names=_names(pack, q.members, lang))
            for q in pack.questions
        ]
    )
    return sec


def plans_section(pack: ArenaPack, lang: str) -> Section:
    """Regional plans covering two or more members."""
    sec = Section("regionale-planer", t("report.arena.s_plans", lang))
    if not pack.shared_plans:
        sec.text(t("report.arena.no_plans", lang))
        return sec
    sec.text(t("report.arena.plans_lead", lang))
    table = sec.table(
        Table(
            [t("report.arena.c_plan", lang), t("report.arena.c_adopted", lang), t("report.arena.c_covers", lang)],
            numeric={1},
        )
    )
    everyone = set(pack.members)
    for p in pack.shared_plans:
        who = t("report.arena.all_members", lang) if set(p.members) == everyone else _names(pack, p.members, lang)
        if p.county_wide:
            who = f"{who} ({t('report.arena.county_wide', lang)})"
        table.add([p.name, str(p.vedtatt_aar or ""), who], illustrative=p.illustrative)
    return sec


def cooperation_section(pack: ArenaPack, lang: str) -> Section:
    """Plan offices, projects, networks and other arenas among the members."""
    sec = Section("samarbeid", t("report.arena.s_coop", lang))
    if not pack.cooperations:
        sec.text(t("report.arena.no_coop", lang))
        return sec
    sec.text(t("report.arena.coop_lead", lang))
    table = sec.table(Table([t("report.arena.c_coop", lang), t("report.arena.c_members", lang)]))
    everyone = set(pack.members)
    for c in pack.cooperations:
        who = t("report.arena.all_members", lang) if set(c.members) == everyone else _names(pack, c.members, lang)
        table.add([c.about.render(lang), who], illustrative=c.state == "generated")
    return sec


def topic_text(pack: ArenaPack, topic: Topic, lang: str) -> str:
    """One suggested topic in words: what the members share, who, and how common it is in the country."""
    fields = {
        "label": topic.label.render(lang),
        "names": _names(pack, topic.members, lang),
        "n": len(topic.members),
        "m": len(pack.members),
        "national": pct(topic.national, lang, 0),
    }
    if topic.value in ("høy", "lav"):
        return t("report.arena.topic_high" if topic.value == "høy" else "report.arena.topic_low", lang, **fields)
    if topic.value == "ja":
        return t("report.arena.topic_flag", lang, **fields)
    return t("report.arena.topic_category", lang, value=topic.value, **fields)


def topics_section(pack: ArenaPack, lang: str) -> Section:
    """Shared challenges as suggested topics."""
    sec = Section("tema", t("report.arena.s_topics", lang))
    if not pack.topics:
        sec.text(t("report.arena.no_topics", lang))
        return sec
    sec.text(t("report.arena.topics_lead", lang))
    sec.bullets([topic_text(pack, x, lang) for x in pack.topics])
    return sec


def partners_section(pack: ArenaPack, lang: str) -> Section:
    """The best pairs among the members and strong partners outside, per purpose, with reasons."""
    from dknet.analysis.arena_pack import OUTSIDE_TOP

    sec = Section("partnere", t("report.arena.s_partners", lang))
    sec.text(t("report.arena.partners_lead", lang))
    ctx = pack.reasons
    same_arena = t("reason.arena", lang, name=pack.name)  # every pair here shares it: not a reason
    for purpose in PURPOSES:
        what = t(f"partners.purpose.{purpose}", lang)
        sec.subheading(t("report.arena.within", lang, purpose=what))
        pairs = [p for p in pack.pairs if p.purpose == purpose]
        if not pairs:
            sec.text(t("report.arena.no_pairs", lang))
        else:
            table = sec.table(
                Table(
                    [t("report.arena.c_pair", lang), column_name("score", lang), column_name("distance_km", lang)],
                    numeric={1, 2},
                )
            )
            for p in pairs:
                label = f"{pack.names[p.a]} – {pack.names[p.b]}"
                if p.existing:
                    label += f" ({t('report.arena.existing', lang)})"
                note = ""
                if ctx is not None:
                    i, j = ctx.table.index(p.a), ctx.table.index(p.b)
                    reasons = render_notes(pair_reasons(ctx, i, j, purpose=purpose), check_lang(lang))
                    note = "; ".join(r for r in reasons if r != same_arena)
                table.add([label, num(p.score, lang, 2), num(p.distance_km, lang)], note=note)
        sec.subheading(t("report.arena.beyond", lang, purpose=what))
        outsiders = [o for o in pack.outsiders if o.purpose == purpose]
        if not outsiders:
            sec.text(t("report.arena.no_beyond", lang))
            continue
        sec.text(t("report.arena.beyond_lead", lang, top=OUTSIDE_TOP))
        table = sec.table(
            Table(
                [
                    column_name("kommune", lang),
                    t("report.arena.c_for", lang),
                    column_name("score", lang),
                    column_name("distance_km", lang),
                ],
                numeric={2, 3},
            )
        )
        for o in outsiders:
            note = ""
            if ctx is not None and o.best:
                i, j = ctx.table.index(o.best), ctx.table.index(o.code)
                why = "; ".join(render_notes(pair_reasons(ctx, i, j, purpose=purpose), check_lang(lang)))
                note = t("report.arena.best_with", lang, name=pack.names[o.best], reasons=why)
            table.add(
                [
                    f"{o.name} ({o.code})",
                    _names(pack, o.members, lang),
                    num(o.mean_score, lang, 2),
                    num(o.distance_km, lang),
                ],
                note=note,
            )
    return sec


def sources_section(G: Graph, pack: ArenaPack, lang: str, *, made: str) -> Section:
    """Where the membership and the data come from, and how the pack is made."""
    from dknet.io.boundaries import ATTRIBUTION

    sec = Section("kilder", t("report.arena.s_sources", lang))
    source = pack.source_url or str(G.nodes[node_id(Label.ARENA, pack.arena_id)].get("source") or "?")
    sec.text(t("report.arena.source_arena", lang, name=pack.name, source=source))
    where = (
        t("report.src_user", lang, dir=G.graph["user_dir"])
        if G.graph.get("user_dir")
        else t("report.src_bundled", lang)
    )
    sec.text(t("report.src_made", lang, date=made, data=where, day=load_plan_config().day().isoformat()))
    sec.text(t("report.arena.method", lang))
    sec.text(ATTRIBUTION + ". Statistisk sentralbyrå (SSB), CC BY 4.0.")
    return sec


def render_arena(G: Graph, pack: ArenaPack, *, lang: str = "nb", today: dt.date | None = None) -> str:
    """Draw an :class:`~dknet.analysis.arena_pack.ArenaPack` as the HTML pack (see :func:`build_arena_report`)."""
    from dknet._version import __version__
    from dknet.io.boundaries import ATTRIBUTION, load_boundaries
    from dknet.messages.demo import BANNER_KEY
    from dknet.report import check_lang, css_string, page_template

    lang = check_lang(lang)
    made = (today or dt.date.today()).isoformat()
    sections = [
        members_section(G, pack, load_boundaries(), lang),
        questions_section(pack, lang),
        plans_section(pack, lang),
        cooperation_section(pack, lang),
        topics_section(pack, lang),
        partners_section(pack, lang),
        sources_section(G, pack, lang, made=made),
    ]
    any_ill = any(table.illustrative_rows for sec in sections for table in sec.tables)
    period = f", {pack.period}" if pack.period else ""
    return page_template().render(
        html_lang=lang,
        version=__version__,
        title=t("report.arena.title", lang, name=pack.name),
        subtitle=t("report.arena.subtitle", lang),
        scope=t("report.arena.scope", lang, name=pack.name, kind=pack.kind, id=pack.arena_id, period=period),
        made=t("report.made", lang, date=made, version=__version__),
        banner=t("report.arena.ill_banner", lang) if any_ill else "",
        demo_banner=t(BANNER_KEY, lang) if G.graph.get("demo") else "",
        demo_banner_css=css_string(t(BANNER_KEY, lang)),
        ill_title=t("source.illustrativ", lang),
        contents=t("report.contents", lang),
        sections=sections,
        attribution=ATTRIBUTION,
    )
