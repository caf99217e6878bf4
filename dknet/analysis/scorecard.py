"""The Distriktskommune 3.0 recommendations as a scorecard: met, not met or unknown, with the source.

Each item checks one recommendation of the project's final report (listed with the mapping in
docs/plans.md):

================== ============================================================== =====
item               met when                                                        rec.
================== ============================================================== =====
planstrategi       the current term's planstrategi was adopted by the deadline     A1
arena              member of a running planning network, project or planforum      A2, A6
plansamarbeid      member of a running (virtual) plan office, or in an
                   interkommunal plan (pbl ch. 9)                                 A3
veiledning_fk      guidance from the county council (FK) in the last N years      A5
veiledning_sf      guidance from the state administrator (SF) in the last N years A5
regionale_planer   covered by at least one regional plan                          A3
================== ============================================================== =====

``status`` is ``oppfylt``, ``ikke oppfylt`` or ``ukjent``. An item is ``ikke oppfylt`` only
where its layer is registered (:mod:`dknet.analysis.registers`): with no guidance register for
the county, guidance is ``ukjent`` ("ikke registrert"), not "not met"; an earlier term's
planstrategi is ``ukjent`` with the last one shown. ``kilde`` is the kind of record the answer
rests on (:func:`dknet.analysis.plans.fact_source`; for "no contact in the window", the
register's), or ``ingen post`` when no record speaks to the item. Unknown counts as neither met
nor not met (:func:`headline`). These
three and ``punkt`` are machine values; ``tekst`` and ``detaljer`` are for people, in ``lang``
(``scorecard.*`` in :mod:`dknet.messages`; English by default, as in the other analyses).

>>> from dknet.examples import tiny_graph
>>> sc = scorecard(tiny_graph(), codes=["9003"])
>>> sc[["punkt", "status"]].values.tolist()[:3]  # the tiny graph has no arena records at all
[['planstrategi', 'ukjent'], ['arena', 'ukjent'], ['plansamarbeid', 'oppfylt']]
>>> sc.loc[1, "detaljer"]
'not registered (no register of planning arenas and networks)'
>>> scorecard(tiny_graph(), codes=["9003"], lang="nn").loc[1, "detaljer"]
'ikkje registrert (manglar register for planarenaer og nettverk)'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import pandas as pd

from dknet.analysis import asof
from dknet.analysis.context import targets
from dknet.analysis.cooperation import state
from dknet.analysis.gaps.common import is_running
from dknet.analysis.plans import (
    PlanConfig,
    fact_source,
    last_recorded,
    load_plan_config,
    municipality_codes,
    municipality_plans,
    source_names,
    with_as_of,
)
from dknet.analysis.registers import Registers, county_of, guidance_registered, registers
from dknet.graph import Graph
from dknet.messages import MESSAGES, Lang, t
from dknet.schema import Label, Rel, node_id

MET, NOT_MET, UNKNOWN = "oppfylt", "ikke oppfylt", "ukjent"
NO_RECORD = "ingen post"

#: item → (Norwegian text, recommendation ids in docs/plans.md); the text in other languages: ``scorecard.item.<item>``
ITEMS: dict[str, tuple[str, str]] = {
    "planstrategi": ("Planstrategi vedtatt i tide", "A1"),
    "arena": ("Deltar i planarena eller nettverk", "A2, A6"),
    "plansamarbeid": ("I (virtuelt) plankontor eller plansamarbeid", "A3"),
    "veiledning_fk": ("Veiledning fra fylkeskommunen", "A5"),
    "veiledning_sf": ("Veiledning fra statsforvalteren", "A5"),
    "regionale_planer": ("Dekket av regional plan", "A3"),
}
SCORECARD_COLUMNS = ("kommunenummer", "navn", "punkt", "tekst", "anbefaling", "status", "detaljer", "kilde")
_ARENA_TYPES = {"nettverk", "prosjekt", "planforum"}


def _sources(values: Iterable[Any]) -> str:
    kinds = sorted({fact_source(v) for v in values} - {""})
    return ", ".join(kinds) if kinds else NO_RECORD


def _not_registered(layer: str, lang: Lang) -> str:
    return t("unknown.not_registered", lang, layer=t(f"unknown.layer.{layer}", lang))


def _items(
    G: Graph, code: str, config: PlanConfig, lang: Lang = "en", regs: Registers | None = None
) -> list[tuple[str, str, str, str]]:
    """(item, status, detail, source) for one municipality, the detail in ``lang``.

    An item whose layer has no register where the municipality is (:mod:`dknet.analysis.registers`)
    is ``ukjent``, never ``ikke oppfylt``.
    """
    regs = regs or registers(G)
    m = node_id(Label.MUNICIPALITY, code)
    county = county_of(G, m)
    day = config.day()
    out: list[tuple[str, str, str, str]] = []
    plans = municipality_plans(G, code, config=config)
    st = plans["status"]
    status = {"i_tide": MET, "for_sent": NOT_MET, "mangler": NOT_MET}.get(st, UNKNOWN)
    key = f"scorecard.plan.{st}"
    detail = (t(key, lang) if key in MESSAGES else f"{plans['planstrategi']}") + (
        f" ({plans['planstrategi_vedtatt']})" if plans["planstrategi_vedtatt"] else ""
    )
    last = last_recorded(plans, config)
    if last is not None:
        detail += f"; {last.render(lang)}"
    out.append(("planstrategi", status, f"{config.term_name}: {detail}", plans["planstrategi_kilde"] or NO_RECORD))

    member = [(G.nodes[v], d) for _, v, d in G.out_edges(m, data=True) if d["type"] == Rel.MEMBER_OF.type]
    arenas = [
        (g, e)
        for g, e in member
        if g["label"] == Label.ARENA.label and g.get("type") in _ARENA_TYPES and is_running(g, day.year)
    ]
    unsure_arenas = [
        (g, e)
        for g, e in member
        if g["label"] == Label.ARENA.label and g.get("type") in _ARENA_TYPES and state(g, day.year) == "unknown"
    ]
    if arenas:
        arena_status, arena_names, shown_arenas = MET, [str(g["name"]) for g, _ in arenas], arenas
    elif unsure_arenas:
        arena_names = [t("scorecard.status_unknown", lang, name=g["name"]) for g, _ in unsure_arenas]
        arena_status, shown_arenas = UNKNOWN, unsure_arenas
    elif county in regs.arenas:
        arena_status, arena_names, shown_arenas = NOT_MET, [], []
    else:
        arena_status, arena_names, shown_arenas = UNKNOWN, [_not_registered("arena", lang)], []
    out.append(
        (
            "arena",
            arena_status,
            "; ".join(sorted(arena_names)) or t("scorecard.no_arena", lang),
            _sources(e.get("source") for _, e in shown_arenas),
        )
    )
    offices = [(g, e) for g, e in member if g["label"] == Label.PLAN_OFFICE.label and is_running(g, day.year)]
    # An office whose record does not say whether it still runs is unknown, not met (cooperation.state).
    unsure = [(g, e) for g, e in member if g["label"] == Label.PLAN_OFFICE.label and state(g, day.year) == "unknown"]
    joint = [
        G.nodes[v]
        for _, v, d in G.out_edges(m, data=True)
        if d["type"] == Rel.HAS_PLAN.type and G.nodes[v].get("plantype") == "interkommunal_plan"
    ]
    names = [f"{g['name']} ({g.get('form', 'plankontor')})" for g, _ in offices] + [str(p["name"]) for p in joint]
    if names:
        status, shown = MET, offices
    elif unsure:
        status, shown = UNKNOWN, unsure
        names = [
            t("scorecard.office_unknown", lang, name=g["name"], form=g.get("form", "plankontor")) for g, _ in unsure
        ]
    elif county in regs.offices:
        status, shown = NOT_MET, []
    else:
        status, shown, names = UNKNOWN, [], [_not_registered("plankontor", lang)]
    out.append(
        (
            "plansamarbeid",
            status,
            "; ".join(sorted(names)) or t("scorecard.no_office", lang),
            _sources([*(e.get("source") for _, e in shown), *(p.get("source") for p in joint)]),
        )
    )
    since = day.year - config.guidance_years + 1
    for item, label, who in (("veiledning_fk", Label.COUNTY, "FK"), ("veiledning_sf", Label.STATE_ADMINISTRATOR, "SF")):
        contacts = [
            d
            for u, _, d in G.in_edges(m, data=True)
            if d["type"] == Rel.GUIDES.type
            and G.nodes[u]["label"] == label.label
            and since <= int(d["aar"]) <= day.year
        ]
        n = sum(int(d.get("antall", 1)) for d in contacts)
        if not contacts and not guidance_registered(G, regs, m, who):  # type: ignore[arg-type]
            out.append((item, UNKNOWN, _not_registered(item, lang), NO_RECORD))
            continue
        if contacts:
            years = sorted({int(d["aar"]) for d in contacts})
            key = "scorecard.contact" if n == 1 else "scorecard.contacts"
            window = config.guidance_years
            detail = t(key, lang, n=n, since=since, year=day.year, active=len(years), window=window, last=years[-1])
        else:
            detail = t("scorecard.no_contact", lang, who=who, since=since, year=day.year)
        # No contact in the window is a finding of the register: it rests on that register's records.
        register: list[dict[str, Any]] = contacts
        if not contacts:
            helpers = targets(G, m, Rel.IN_COUNTY if who == "FK" else Rel.SUPERVISED_BY)
            register = [e for o in helpers for _, _, e in G.out_edges(o, data=True) if e["type"] == Rel.GUIDES.type]
        out.append((item, MET if contacts else NOT_MET, detail, _sources(d.get("source") for d in register)))
    covering = [(G.nodes[u], d) for u, _, d in G.in_edges(m, data=True) if d["type"] == Rel.COVERS.type]
    if not covering and county not in regs.regional_plans:
        out.append(("regionale_planer", UNKNOWN, _not_registered("regionale_planer", lang), NO_RECORD))
        return out
    out.append(
        (
            "regionale_planer",
            MET if covering else NOT_MET,
            "; ".join(sorted(str(p["name"]) for p, _ in covering)) or t("scorecard.no_regional", lang),
            _sources(d.get("source") for _, d in covering),
        )
    )
    return out


def scorecard(
    G: Graph,
    *,
    codes: Iterable[str] | None = None,
    county: str | None = None,
    sf: str | None = None,
    config: PlanConfig | None = None,
    lang: Lang = "en",
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """One row per municipality and item (long form): :data:`SCORECARD_COLUMNS`.

    ``codes`` picks municipalities by kommunenummer; otherwise ``county``/``sf`` (all when
    both are None). ``tekst`` and ``detaljer`` are in ``lang``. ``as_of``: the status day
    (default: the configuration's, else today); records dated after it are not known yet
    (:func:`dknet.analysis.asof.as_of`).
    """
    config = with_as_of(config or load_plan_config(), as_of)
    G = asof.as_of(G, config.day())
    chosen = list(codes) if codes is not None else municipality_codes(G, county=county, sf=sf)
    regs = registers(G)
    rows = []
    for code in chosen:
        name = G.nodes[node_id(Label.MUNICIPALITY, code)]["name"]
        for item, status, detail, source in _items(G, code, config, lang, regs):
            text, rec = t(f"scorecard.item.{item}", lang), ITEMS[item][1]
            rows.append(
                {
                    "kommunenummer": code,
                    "navn": name,
                    "punkt": item,
                    "tekst": text,
                    "anbefaling": rec,
                    "status": status,
                    "detaljer": detail,
                    "kilde": source,
                }
            )
    return pd.DataFrame(rows, columns=list(SCORECARD_COLUMNS))


def scorecard_wide(long: pd.DataFrame) -> pd.DataFrame:
    """One row per municipality, one column per item (``ja``/``nei``/``?`` with the source), and counts.

    >>> from dknet.examples import tiny_graph
    >>> scorecard_wide(scorecard(tiny_graph(), codes=["9003"])).loc[0, "plansamarbeid"]
    'ja (brukerregister)'
    """
    mark = {MET: "ja", NOT_MET: "nei", UNKNOWN: "?"}
    cell = long["status"].map(mark) + " (" + long["kilde"] + ")"
    wide = long.assign(_cell=cell).pivot(index=["kommunenummer", "navn"], columns="punkt", values="_cell")
    wide = wide[[i for i in ITEMS if i in wide.columns]]
    counts = long.pivot_table(index=["kommunenummer", "navn"], columns="status", values="punkt", aggfunc="count")
    counts = counts.reindex(columns=[MET, NOT_MET, UNKNOWN], fill_value=0).fillna(0).astype(int)
    counts.columns = ["oppfylt", "ikke_oppfylt", "ukjent"]
    return wide.join(counts).reset_index().rename_axis(columns=None)


def status_name(status: str, lang: str = "en") -> str:
    """What a ``status`` value is called for people in ``lang`` (JSON keeps the machine word).

    >>> status_name(NOT_MET, "nn"), status_name(MET, "en"), status_name("x", "en")
    ('ikkje oppfylt', 'met', 'x')
    """
    key = f"scorecard.status.{status.replace(' ', '_')}"
    return t(key, lang) if key in MESSAGES else status


def answer_name(cell: str, lang: str = "en") -> str:
    """A cell of :func:`scorecard_wide` (``ja (kuratert)``) as people read it in ``lang``.

    >>> answer_name("ja (illustrativ, kuratert)", "en"), answer_name("? (ingen post)", "nn")
    ('yes (illustrative, public source)', '? (ingen post)')
    """
    mark, sep, rest = str(cell).partition(" (")
    word = {"ja": t("yes", lang), "nei": t("no", lang)}.get(mark, mark)
    return f"{word} ({source_names(rest.removesuffix(')'), lang)})" if sep else word


def known_counts(long: pd.DataFrame) -> dict[str, int]:
    """How many answers are met, known (met or not met) and unknown: the figures beside every share.

    >>> known_counts(pd.DataFrame({"status": [MET, NOT_MET, UNKNOWN, MET]}))
    {'oppfylt': 2, 'kjent': 3, 'ukjent': 1}
    """
    status = long["status"]
    met, unknown = int((status == MET).sum()), int((status == UNKNOWN).sum())
    return {"oppfylt": met, "kjent": len(status) - unknown, "ukjent": unknown}


def headline(long: pd.DataFrame, lang: Lang = "en") -> str:
    """``Met in 2 of 3 known items; 1 unknown …`` in ``lang``: the share with what it rests on.

    >>> headline(pd.DataFrame({"status": [MET, NOT_MET, UNKNOWN]}), "nb")[:44]
    'Oppfylt i 1 av 2 kjente punkter; 1 ukjent (u'
    """
    c = known_counts(long)
    return t("scorecard.headline", lang, n=c["oppfylt"], known=c["kjent"], unknown=c["ukjent"])


def source_shares(long: pd.DataFrame) -> dict[str, float]:
    """Share of scorecard answers per kind of source (an answer from several kinds counts under each)."""
    kinds = long["kilde"].str.split(", ").explode()
    return {str(k): float(v) for k, v in kinds.value_counts(normalize=True).items()}
