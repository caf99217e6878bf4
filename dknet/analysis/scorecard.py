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
three and ``punkt`` are machine values; ``tekst`` and ``detaljer`` are for people: meaning
(:class:`~dknet.messages.msg.Msg`, keys ``scorecard.*`` in :mod:`dknet.messages`) that the edges
render in the reader's language (:func:`dknet.present.render.render_frame`).

>>> from dknet.examples import tiny_graph
>>> sc = scorecard(tiny_graph(), codes=["9003"])
>>> sc[["punkt", "status"]].values.tolist()[:3]  # the tiny graph has no arena records at all
[['planstrategi', 'ukjent'], ['arena', 'ukjent'], ['plansamarbeid', 'oppfylt']]
>>> sc.loc[1, "detaljer"].render("en")
'not registered (no register of planning arenas and networks)'
>>> sc.loc[1, "detaljer"].render("nn")
'ikkje registrert (manglar register for planarenaer og nettverk)'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypeAlias

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
from dknet.messages import MESSAGES
from dknet.messages.msg import Msg, Text, joined
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


def _not_registered(layer: str) -> Msg:
    return Msg("unknown.not_registered", layer=Msg(f"unknown.layer.{layer}"))


def _sorted_texts(items: Iterable[Text], empty: Text) -> Text:
    """Texts joined with ``; `` in the order of their English words (as before: sorted names)."""
    return joined(sorted(items, key=str), empty=empty)


Item: TypeAlias = tuple[str, str, Text, str]


def _items(G: Graph, code: str, config: PlanConfig, regs: Registers | None = None) -> list[Item]:
    """(item, status, detail, source) for one municipality, the detail as meaning.

    An item whose layer has no register where the municipality is (:mod:`dknet.analysis.registers`)
    is ``ukjent``, never ``ikke oppfylt``.
    """
    regs = regs or registers(G)
    m = node_id(Label.MUNICIPALITY, code)
    county = county_of(G, m)
    member = [(G.nodes[v], d) for _, v, d in G.out_edges(m, data=True) if d["type"] == Rel.MEMBER_OF.type]
    return [
        _planstrategi(G, code, config),
        _arena(member, county, regs, config.day().year),
        _cooperation(G, m, member, county, regs, config.day().year),
        *(_guidance(G, m, item, config, regs) for item in ("veiledning_fk", "veiledning_sf")),
        _regional(G, m, county, regs),
    ]


def _planstrategi(G: Graph, code: str, config: PlanConfig) -> Item:
    plans = municipality_plans(G, code, config=config)
    st = plans["status"]
    status = {"i_tide": MET, "for_sent": NOT_MET, "mangler": NOT_MET}.get(st, UNKNOWN)
    key = f"scorecard.plan.{st}"
    parts: list[Text] = [Msg(key) if key in MESSAGES else f"{plans['planstrategi']}"]
    if plans["planstrategi_vedtatt"]:
        parts.append(f" ({plans['planstrategi_vedtatt']})")
    last = last_recorded(plans, config)
    if last is not None:
        parts += ["; ", last]
    detail = joined([f"{config.term_name}: ", *parts], sep="")
    return ("planstrategi", status, detail, plans["planstrategi_kilde"] or NO_RECORD)


def _arena(member: list[tuple[Any, Any]], county: Any, regs: Registers, year: int) -> Item:
    kinds = [(g, e) for g, e in member if g["label"] == Label.ARENA.label and g.get("type") in _ARENA_TYPES]
    arenas = [(g, e) for g, e in kinds if is_running(g, year)]
    unsure_arenas = [(g, e) for g, e in kinds if state(g, year) == "unknown"]
    names: list[Text]
    if arenas:
        status, names, shown = MET, [str(g["name"]) for g, _ in arenas], arenas
    elif unsure_arenas:
        names = [Msg("scorecard.status_unknown", name=g["name"]) for g, _ in unsure_arenas]
        status, shown = UNKNOWN, unsure_arenas
    elif county in regs.arenas:
        status, names, shown = NOT_MET, [], []
    else:
        status, names, shown = UNKNOWN, [_not_registered("arena")], []
    detail = _sorted_texts(names, Msg("scorecard.no_arena"))
    return ("arena", status, detail, _sources(e.get("source") for _, e in shown))


def _cooperation(G: Graph, m: str, member: list[tuple[Any, Any]], county: Any, regs: Registers, year: int) -> Item:
    offices_all = [(g, e) for g, e in member if g["label"] == Label.PLAN_OFFICE.label]
    offices = [(g, e) for g, e in offices_all if is_running(g, year)]
    # An office whose record does not say whether it still runs is unknown, not met (cooperation.state).
    unsure = [(g, e) for g, e in offices_all if state(g, year) == "unknown"]
    joint = [
        G.nodes[v]
        for _, v, d in G.out_edges(m, data=True)
        if d["type"] == Rel.HAS_PLAN.type and G.nodes[v].get("plantype") == "interkommunal_plan"
    ]
    names: list[Text] = [f"{g['name']} ({g.get('form', 'plankontor')})" for g, _ in offices]
    names += [str(p["name"]) for p in joint]
    if names:
        status, shown = MET, offices
    elif unsure:
        status, shown = UNKNOWN, unsure
        names = [Msg("scorecard.office_unknown", name=g["name"], form=g.get("form", "plankontor")) for g, _ in unsure]
    elif county in regs.offices:
        status, shown = NOT_MET, []
    else:
        status, shown, names = UNKNOWN, [], [_not_registered("plankontor")]
    detail = _sorted_texts(names, Msg("scorecard.no_office"))
    return (
        "plansamarbeid",
        status,
        detail,
        _sources([*(e.get("source") for _, e in shown), *(p.get("source") for p in joint)]),
    )


def _guidance(G: Graph, m: str, item: str, config: PlanConfig, regs: Registers) -> Item:
    label, who = (Label.COUNTY, "FK") if item == "veiledning_fk" else (Label.STATE_ADMINISTRATOR, "SF")
    year = config.day().year
    since = year - config.guidance_years + 1
    contacts = [
        d
        for u, _, d in G.in_edges(m, data=True)
        if d["type"] == Rel.GUIDES.type and G.nodes[u]["label"] == label.label and since <= int(d["aar"]) <= year
    ]
    n = sum(int(d.get("antall", 1)) for d in contacts)
    if not contacts and not guidance_registered(G, regs, m, who):  # type: ignore[arg-type]
        return (item, UNKNOWN, _not_registered(item), NO_RECORD)
    detail: Text
    if contacts:
        years = sorted({int(d["aar"]) for d in contacts})
        key = "scorecard.contact" if n == 1 else "scorecard.contacts"
        window = config.guidance_years
        detail = Msg(key, n=n, since=since, year=year, active=len(years), window=window, last=years[-1])
    else:
        detail = Msg("scorecard.no_contact", who=who, since=since, year=year)
    # No contact in the window is a finding of the register: it rests on that register's records.
    register: list[dict[str, Any]] = contacts
    if not contacts:
        helpers = targets(G, m, Rel.IN_COUNTY if who == "FK" else Rel.SUPERVISED_BY)
        register = [e for o in helpers for _, _, e in G.out_edges(o, data=True) if e["type"] == Rel.GUIDES.type]
    return (item, MET if contacts else NOT_MET, detail, _sources(d.get("source") for d in register))


def _regional(G: Graph, m: str, county: Any, regs: Registers) -> Item:
    covering = [(G.nodes[u], d) for u, _, d in G.in_edges(m, data=True) if d["type"] == Rel.COVERS.type]
    if not covering and county not in regs.regional_plans:
        return ("regionale_planer", UNKNOWN, _not_registered("regionale_planer"), NO_RECORD)
    names = "; ".join(sorted(str(p["name"]) for p, _ in covering))
    detail: Text = names or Msg("scorecard.no_regional")
    return ("regionale_planer", MET if covering else NOT_MET, detail, _sources(d.get("source") for _, d in covering))


def scorecard(
    G: Graph,
    *,
    codes: Iterable[str] | None = None,
    county: str | None = None,
    sf: str | None = None,
    config: PlanConfig | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """One row per municipality and item (long form): :data:`SCORECARD_COLUMNS`.

    ``codes`` picks municipalities by kommunenummer; otherwise ``county``/``sf`` (all when
    both are None). ``tekst`` and ``detaljer`` are meaning (:class:`~dknet.messages.msg.Msg`). ``as_of``: the
    status day (default: the configuration's, else today); records dated after it are not known yet
    (:func:`dknet.analysis.asof.as_of`).
    """
    config = with_as_of(config or load_plan_config(), as_of)
    G = asof.as_of(G, config.day())
    chosen = list(codes) if codes is not None else municipality_codes(G, county=county, sf=sf)
    regs = registers(G)
    rows = []
    for code in chosen:
        name = G.nodes[node_id(Label.MUNICIPALITY, code)]["name"]
        for item, status, detail, source in _items(G, code, config, regs):
            text, rec = Msg(f"scorecard.item.{item}"), ITEMS[item][1]
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


def status_name(status: str) -> Text:
    """What a ``status`` value is called for people (JSON keeps the machine word).

    >>> status_name(NOT_MET).render("nn"), status_name(MET).render("en"), status_name("x")
    ('ikkje oppfylt', 'met', 'x')
    """
    key = f"scorecard.status.{status.replace(' ', '_')}"
    return Msg(key) if key in MESSAGES else status


def answer_name(cell: str) -> Text:
    """A cell of :func:`scorecard_wide` (``ja (kuratert)``) as people read it.

    >>> answer_name("ja (illustrativ, kuratert)").render("en"), answer_name("? (ingen post)").render("nn")
    ('yes (illustrative, public source)', '? (ingen post)')
    """
    mark, sep, rest = str(cell).partition(" (")
    word: Text = {"ja": Msg("yes"), "nei": Msg("no")}.get(mark, mark)
    if not sep:
        return word
    return joined([word, " (", source_names(rest.removesuffix(")")), ")"], sep="")


def known_counts(long: pd.DataFrame) -> dict[str, int]:
    """How many answers are met, known (met or not met) and unknown: the figures beside every share.

    >>> known_counts(pd.DataFrame({"status": [MET, NOT_MET, UNKNOWN, MET]}))
    {'oppfylt': 2, 'kjent': 3, 'ukjent': 1}
    """
    status = long["status"]
    met, unknown = int((status == MET).sum()), int((status == UNKNOWN).sum())
    return {"oppfylt": met, "kjent": len(status) - unknown, "ukjent": unknown}


def headline(long: pd.DataFrame) -> Msg:
    """``Met in 2 of 3 known items; 1 unknown …``: the share with what it rests on.

    >>> headline(pd.DataFrame({"status": [MET, NOT_MET, UNKNOWN]})).render("nb")[:44]
    'Oppfylt i 1 av 2 kjente punkter; 1 ukjent (u'
    """
    c = known_counts(long)
    return Msg("scorecard.headline", n=c["oppfylt"], known=c["kjent"], unknown=c["ukjent"])


def source_shares(long: pd.DataFrame) -> dict[str, float]:
    """Share of scorecard answers per kind of source (an answer from several kinds counts under each)."""
    kinds = long["kilde"].str.split(", ").explode()
    return {str(k): float(v) for k, v in kinds.value_counts(normalize=True).items()}
