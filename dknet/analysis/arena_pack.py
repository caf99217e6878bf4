"""A meeting pack for one arena (regional council, planning forum, network): what to bring to its meeting.

:func:`arena_pack` gathers, for the members of one arena, as data (values, codes and
:class:`~dknet.messages.msg.Msg`; the report, :mod:`dknet.report.arena`, puts it into words):

- **plan status** per member (one row of :func:`dknet.analysis.plans.municipality_plans` each),
  and the **questions** its unknowns raise, grouped by question: "planstrategi 2024–2027" for
  every member whose status this term is not known, the adoption year of the samfunnsdel or the
  arealdel where no record gives it, the year of the last whole arealdel where only its
  provisions were revised, and the planning FTE where no register gives them;
- the **regional plans** that cover two or more members (county-wide ones marked);
- the **cooperations** among the members: plan offices, projects and networks (by the one rule
  of :mod:`dknet.analysis.cooperation`: running, ended, not started or generated) and other
  arenas two or more members meet in;
- **shared challenges** as suggested topics, from the challenge profile
  (:data:`dknet.analysis.profiles.INDICATORS`): a flag (ferry-dependent, island, wild reindeer
  area, Sami language area) or category (KOSTRA group) two or more members share and that is
  more common among the members than in the country; a number (share aged 67+, population
  change …) on which at least two members, and at least half of them, are among the country's
  highest or lowest fifth (rank-scaled, as the profile compares them);
- **partners**: the best pairs among the members for a plan office and for a network (pairs in
  a running cooperation are marked existing), and municipalities *outside* the arena that are
  among the best five candidates of two or more members.

An arena is named by its id or its name, as municipalities are (``rr-trondelag-sor``,
``"Trøndelag Sør"``); an unknown name raises :class:`~dknet.errors.UnknownNameError` with the
closest arenas (:func:`resolve_arena`).

>>> from dknet.examples import tiny_tables
>>> from dknet.graph import build_graph
>>> import pandas as pd
>>> t = tiny_tables()
>>> t["arenaer"] = pd.DataFrame([{"arena_id": "rr-x", "navn": "Midtre råd", "type": "regionråd", "source": "x"}])
>>> t["arena_medlemmer"] = pd.DataFrame(
...     [{"arena_id": "rr-x", "kommunenummer": c, "source": "x"} for c in ("9002", "9003", "9004")])
>>> G = build_graph(t)
>>> resolve_arena(G, "midtre rad")
'rr-x'
>>> pack = arena_pack(G, "Midtre råd")
>>> pack.name, pack.members
('Midtre råd', ('9002', '9003', '9004'))
>>> [(q.ask.key, q.members) for q in pack.questions][:1]
[('arena.ask.planstrategi', ('9002', '9003', '9004'))]
>>> [(c.name, c.state, c.members) for c in pack.cooperations]
[('Dalsnes plankontor', 'running', ('9003', '9004'))]
>>> [(p.a, p.b, p.existing) for p in pack.pairs if p.purpose == "office"][:2]
[('9002', '9003', False), ('9003', '9004', True)]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis.cooperation import CONTEXT_ARENA_TYPES, is_group, running_label, state
from dknet.analysis.cooperation import period as period_of
from dknet.analysis.plan_offices import planning_fte
from dknet.analysis.plans import PLAN_COLUMNS, load_plan_config, municipality_plans
from dknet.analysis.profiles import INDICATORS, ProfileConfig, load_config
from dknet.analysis.reasons import ReasonContext
from dknet.analysis.scoring import PURPOSES, PairTable, Purpose, pair_table
from dknet.graph import Graph, nodes_of
from dknet.messages.msg import Local, Msg
from dknet.names import Entry, NameIndex
from dknet.schema import ILLUSTRATIVE, Label, Rel, node_id

__all__ = [
    "ArenaPack",
    "Cooperation",
    "Outsider",
    "PartnerPair",
    "Question",
    "SharedPlan",
    "Topic",
    "arena_index",
    "arena_pack",
    "resolve_arena",
]

#: A number is a shared challenge when members are among the country's top or bottom ``EXTREME`` (rank-scaled).
EXTREME = 0.2
#: Pairs among the members shown per purpose.
PAIRS = 5
#: Candidates per member and purpose an outsider must be among to count for that member.
OUTSIDE_TOP = 5
#: Outsiders shown per purpose.
OUTSIDERS = 5
#: The order cooperations are listed in, by state.
_RANK = {"running": 0, "unknown": 1, "ended": 2, "generated": 3, "context": 4}


@dataclass(frozen=True)
class Question:
    """One thing to ask at the meeting (``ask``: planstrategi 2023–2027) and the members (kommunenummer) to ask."""

    ask: Msg
    members: tuple[str, ...]


@dataclass(frozen=True)
class SharedPlan:
    """A regional plan covering two or more members; ``county_wide`` when it covers a whole county."""

    node: str
    name: str
    tema: str
    vedtatt_aar: int | None
    members: tuple[str, ...]
    county_wide: bool
    illustrative: bool
    source_url: str


@dataclass(frozen=True)
class Cooperation:
    """A plan office, project, network or other arena members take part in.

    ``kind`` is ``plankontor`` or the arena type; ``state`` is that of
    :func:`dknet.analysis.cooperation.state` for groups and ``context`` for standing arenas
    (regional councils, planning forums); ``about`` says it as an adviser reads it.
    """

    node: str
    name: str
    kind: str
    state: str
    members: tuple[str, ...]
    about: Msg
    source_url: str


@dataclass(frozen=True)
class Topic:
    """A challenge several members share: ``indicator`` (a profile indicator), the shared ``value`` or direction.

    ``value`` is the category (a KOSTRA group), ``"ja"`` for a flag, or ``"høy"``/``"lav"`` for
    a number among the country's highest/lowest fifth. ``national`` is the share of the country's
    municipalities (with a value) that have it.
    """

    indicator: str
    value: str
    members: tuple[str, ...]
    national: float
    label: Local


@dataclass(frozen=True)
class PartnerPair:
    """Two members (``a`` < ``b``) and how well they fit for ``purpose``; ``existing`` when already cooperating."""

    a: str
    b: str
    purpose: str
    score: float
    similarity: float
    distance_km: float
    neighbour: str
    existing: bool


@dataclass(frozen=True)
class Outsider:
    """A municipality outside the arena among the best candidates of several ``members`` for ``purpose``."""

    code: str
    name: str
    purpose: str
    members: tuple[str, ...]
    mean_score: float
    distance_km: float  # to the nearest of those members
    best: str = ""  # the member it fits best (highest score)


@dataclass
class ArenaPack:
    """Everything the meeting pack shows for one arena, as data (see the module docstring)."""

    arena_id: str
    name: str
    kind: str
    description: str
    source_url: str
    period: str
    members: tuple[str, ...]
    names: dict[str, str]
    plans: pd.DataFrame
    term: str
    questions: list[Question]
    shared_plans: list[SharedPlan]
    cooperations: list[Cooperation]
    topics: list[Topic]
    pairs: list[PartnerPair]
    outsiders: list[Outsider]
    fte: dict[str, float | None]
    year: int
    illustrative_members: tuple[str, ...] = ()
    #: The pair table and reason context the partners were ranked with (the report asks them for reasons).
    reasons: ReasonContext | None = field(default=None, repr=False, compare=False)


def arena_index(G: Graph) -> NameIndex:
    """A name index over the graph's arenas: ids, names, and names with their type (``Trøndelag Sør regionråd``)."""
    entries, aliases = [], {}
    for n in nodes_of(G, Label.ARENA):
        d = G.nodes[n]
        key, name, kind = str(d["key"]), str(d["name"]), str(d.get("type") or "")
        entries.append(Entry(key, name, kind))
        stem = key.split("-", 1)[1] if key[:3] in ("rr-", "pf-") else key
        aliases[key] = [key, stem, name, f"{name} {kind}", f"{kind} {name}"]
    return NameIndex("arena", entries, aliases, 0)


def resolve_arena(G: Graph, query: str) -> str:
    """The arena_id for an arena's id or name; an unknown one raises :class:`~dknet.errors.UnknownNameError`."""
    return arena_index(G).resolve(query)


def arena_pack(
    G: Graph,
    arena: str,
    *,
    config: ProfileConfig | None = None,
    table: PairTable | None = None,
) -> ArenaPack:
    """The meeting pack for ``arena`` (id or name) as data; see the module docstring for what it holds.

    ``config`` is the challenge profile (default: the bundled one); ``table`` reuses a
    :func:`~dknet.analysis.scoring.pair_table` built for the same graph and profile.
    """
    key = resolve_arena(G, arena)
    a = node_id(Label.ARENA, key)
    d = G.nodes[a]
    config = config or load_config()
    plan_config = load_plan_config()
    edges = {str(G.nodes[u]["key"]): e for u, _, e in G.in_edges(a, data=True) if e["type"] == Rel.MEMBER_OF.type}
    members = tuple(sorted(edges))
    names = {c: str(G.nodes[node_id(Label.MUNICIPALITY, c)]["name"]) for c in members}
    rows = [municipality_plans(G, c, config=plan_config) for c in members]
    plans = pd.DataFrame(rows, columns=list(PLAN_COLUMNS))
    for part in ("samfunnsdel", "arealdel"):
        for col in (f"{part}_vedtatt", f"{part}_alder"):
            plans[col] = plans[col].astype("Int64")
    fte = {c: planning_fte(G, c) for c in members}
    table = table or pair_table(G, config=config)
    ctx = ReasonContext.build(G, table, config)
    start, end = d.get("fra_aar"), d.get("til_aar")
    period = f"{int(start)}–{int(end) if end is not None else ''}" if start is not None else ""
    return ArenaPack(
        arena_id=key,
        name=str(d["name"]),
        kind=str(d.get("type") or ""),
        description=str(d.get("beskrivelse") or ""),
        source_url=str(d.get("source_url") or ""),
        period=period,
        members=members,
        names=names,
        plans=plans,
        term=plan_config.term_name,
        questions=questions(plans, fte, term=plan_config.term_name),
        shared_plans=_shared_plans(G, members),
        cooperations=_cooperations(G, a, members, year=config.year),
        topics=_topics(ctx, members, config),
        pairs=_pairs(table, members, config),
        outsiders=_outsiders(table, members, config),
        fte=fte,
        year=config.year,
        illustrative_members=tuple(c for c in members if edges[c].get("source") == ILLUSTRATIVE),
        reasons=ctx,
    )


def questions(plans: pd.DataFrame, fte: dict[str, float | None], *, term: str) -> list[Question]:
    """The questions the unknowns of ``plans`` (rows of :func:`~dknet.analysis.plans.plan_status`) raise.

    >>> rows = pd.DataFrame([
    ...     {"kommunenummer": "5026", "status": "ukjent", "samfunnsdel_vedtatt": None, "arealdel_vedtatt": 2021,
    ...      "arealdel_revisjon": "ukjent"},
    ...     {"kommunenummer": "5033", "status": "i_tide", "samfunnsdel_vedtatt": 2020, "arealdel_vedtatt": 2019,
    ...      "arealdel_revisjon": "nei"}])
    >>> [(q.ask.render("nb"), q.members) for q in questions(rows, {"5026": 1.0, "5033": None}, term="2024–2027")]
    [('planstrategi 2024–2027', ('5026',)), ('vedtaksår for kommuneplanens samfunnsdel', ('5026',)), \
('år for siste hele arealdel (kartet), når bare bestemmelsene er revidert', ('5026',)), ('planårsverk', ('5033',))]
    """
    asks: dict[str, list[str]] = defaultdict(list)
    for r in plans.to_dict("records"):
        c = str(r["kommunenummer"])
        if r["status"] in ("ukjent", "mangler"):
            asks["planstrategi"].append(c)
        for part in ("samfunnsdel", "arealdel"):
            year = r.get(f"{part}_vedtatt")
            if year is None or pd.isna(year):
                asks[part].append(c)
            elif r.get(f"{part}_revisjon") == "ukjent":
                asks[f"{part}_map"].append(c)  # only the provisions revised, no whole plan on record
    for c, v in fte.items():
        if v is None:
            asks["fte"].append(c)
    order = ("planstrategi", "samfunnsdel", "arealdel", "samfunnsdel_map", "arealdel_map", "fte")
    return [
        Question(Msg(f"arena.ask.{k}", term=term) if k == "planstrategi" else Msg(f"arena.ask.{k}"), tuple(asks[k]))
        for k in order
        if asks.get(k)
    ]


def _shared_plans(G: Graph, members: Sequence[str]) -> list[SharedPlan]:
    """Regional plans covering two or more members, most members first, then by name."""
    covered: dict[str, list[str]] = defaultdict(list)
    for c in members:
        for u, _, e in G.in_edges(node_id(Label.MUNICIPALITY, c), data=True):
            if e["type"] == Rel.COVERS.type:
                covered[u].append(c)
    out = []
    for p, who in covered.items():
        if len(who) < 2:
            continue
        d = G.nodes[p]
        owner = next((u for u, _, e in G.in_edges(p, data=True) if e["type"] == Rel.OWNS.type), None)
        in_county = (
            sum(1 for _, _, e in G.in_edges(owner, data=True) if e["type"] == Rel.IN_COUNTY.type) if owner else 0
        )
        n_covered = sum(1 for _, _, e in G.out_edges(p, data=True) if e["type"] == Rel.COVERS.type)
        year = d.get("vedtatt_aar")
        out.append(
            SharedPlan(
                node=p,
                name=str(d["name"]),
                tema=str(d.get("tema") or ""),
                vedtatt_aar=int(year) if year is not None and not pd.isna(year) else None,
                members=tuple(sorted(who)),
                county_wide=in_county > 0 and n_covered >= in_county,
                illustrative=d.get("source") == ILLUSTRATIVE,
                source_url=str(d.get("source_url") or ""),
            )
        )
    return sorted(out, key=lambda s: (s.county_wide, -len(s.members), s.name))


def _cooperations(G: Graph, arena: str, members: Sequence[str], *, year: int) -> list[Cooperation]:
    """Plan offices, projects and networks with a member in them; other arenas with two or more members.

    Running cooperations first, then not started, ended and generated; standing arenas last.
    """
    inside = set(members)
    groups: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for c in members:
        for _, g, e in G.out_edges(node_id(Label.MUNICIPALITY, c), data=True):
            if e["type"] == Rel.MEMBER_OF.type and g != arena:
                groups[g][c] = e
    out = []
    for g, who in groups.items():
        d = G.nodes[g]
        if is_group(d):
            states = {state(d, year, membership=e) for e in who.values()}
            st: str = min(states, key=_RANK.__getitem__)  # a cooperation one member still runs is running
            about = _about(d, st, year)
            kind = "plankontor" if d["label"] == Label.PLAN_OFFICE.label else str(d.get("type") or "")
        else:
            if len(who) < 2:
                continue
            st, kind = "context", str(d.get("type") or "")
            about = Msg("arena.coop.arena", name=str(d["name"]), kind=kind)
        out.append(
            Cooperation(
                node=g,
                name=str(d["name"]),
                kind=kind,
                state=st,
                members=tuple(sorted(c for c in who if c in inside)),
                about=about,
                source_url=str(d.get("source_url") or ""),
            )
        )
    planforum_last = {k: i for i, k in enumerate(CONTEXT_ARENA_TYPES)}
    return sorted(out, key=lambda c: (_RANK[c.state], planforum_last.get(c.kind, -1), -len(c.members), c.name))


def _about(d: dict[str, Any], st: str, year: int) -> Msg:
    """A group as the pack says it for several members (no "both"): its name, its state and its record."""
    name = str(d.get("name") or d.get("navn") or "?")
    if st == "running":
        return running_label(d)
    if st == "ended":
        return Msg("arena.coop.ended", name=name, period=period_of(d) or "?")
    if st == "unknown":
        return Msg("arena.coop.not_started", name=name, start=period_of(d).split("–")[0] or "?")
    return Msg("arena.coop.generated", name=name)


def _label(name: str) -> Local:
    ind = INDICATORS[name]
    return Local(ind.nb, ind.nn or ind.nb, ind.en)


def _topics(ctx: ReasonContext, members: Sequence[str], config: ProfileConfig) -> list[Topic]:
    """Shared challenges (see the module docstring), most members first, then rarest in the country."""
    out: list[Topic] = []
    everyone = sorted({c for c, _ in ctx.raw})
    for name in config.weights:
        ind = INDICATORS[name]
        if ind.layer in ("plan", "network") or not ctx.has(name):
            continue  # plan ages are questions; memberships and guidance are the network's own sections
        raw = {c: ctx.raw.get((c, name)) for c in everyone}
        known = {c: v for c, v in raw.items() if v is not None and not (isinstance(v, float) and math.isnan(v))}
        if not known:
            continue
        if ind.kind == "flag" and {c for c, v in known.items() if v == 1.0} == set(members):
            continue  # the flag is this arena's membership (the Sami language area): nothing new to say
        if ind.kind in ("flag", "category"):
            values = {v for c, v in known.items() if c in members and (ind.kind == "category" or v == 1.0)}
            for v in sorted(values):
                who = tuple(c for c in members if known.get(c) == v)
                national = sum(1 for x in known.values() if x == v) / len(known)
                if len(who) >= 2 and len(who) / len(members) > national:
                    shown = "ja" if ind.kind == "flag" else f"{v:g}"
                    out.append(Topic(name, shown, who, national, _label(name)))
            continue
        for direction in ("høy", "lav"):
            who = tuple(
                c
                for c in members
                if c in known
                and (ctx.value(c, name) >= 1 - EXTREME if direction == "høy" else ctx.value(c, name) <= EXTREME)
                and not (direction == "lav" and known[c] == 0)  # no coast at all is no shared challenge
            )
            if len(who) >= 2 and 2 * len(who) >= len(members):
                out.append(Topic(name, direction, who, EXTREME, _label(name)))
    return sorted(out, key=lambda t: (-len(t.members), t.national, t.indicator))


def _pairs(table: PairTable, members: Sequence[str], config: ProfileConfig) -> list[PartnerPair]:
    """The best pairs among the members per purpose (``PAIRS`` each), pairs already cooperating marked."""
    idx = [table.index(c) for c in members]
    out: list[PartnerPair] = []
    for purpose in PURPOSES:
        w = config.purposes[purpose]
        cands = []
        for n, i in enumerate(idx):
            allowed = table.candidates(purpose, max_km=w.max_km, row=i)
            score = table.score(purpose, config, row=i)
            for j in idx[n + 1 :]:
                if allowed[j]:
                    cands.append((float(score[j]), i, j))
        cands.sort(key=lambda s: (-s[0], table.codes[s[1]], table.codes[s[2]]))
        for s, i, j in cands[:PAIRS]:
            out.append(_pair(table, purpose, i, j, s))
    return out


def _pair(table: PairTable, purpose: Purpose, i: int, j: int, score: float) -> PartnerPair:
    from dknet.analysis.partners import neighbour_kind

    return PartnerPair(
        a=table.codes[i],
        b=table.codes[j],
        purpose=purpose,
        score=score,
        similarity=float(table.similarity[i, j]),
        distance_km=float(table.distance_km[i, j]),
        neighbour=neighbour_kind(table, i, j),
        existing=bool(table.current[i, j]),
    )


def _outsiders(table: PairTable, members: Sequence[str], config: ProfileConfig) -> list[Outsider]:
    """Municipalities outside the arena among the best ``OUTSIDE_TOP`` candidates of two or more members."""
    inside = np.zeros(len(table.codes), dtype=bool)
    for c in members:
        inside[table.index(c)] = True
    out: list[Outsider] = []
    for purpose in PURPOSES:
        w = config.purposes[purpose]
        hits: dict[int, list[tuple[str, float, float]]] = defaultdict(list)
        for c in members:
            i = table.index(c)
            score = table.score(purpose, config, row=i)
            allowed = table.candidates(purpose, max_km=w.max_km, row=i) & ~inside & ~table.current[i]
            for j in table.order(purpose, i, score, allowed)[:OUTSIDE_TOP]:
                hits[j].append((c, float(score[j]), float(table.distance_km[i, j])))
        found = [
            Outsider(
                code=table.codes[j],
                name=table.names[j],
                purpose=purpose,
                members=tuple(sorted(c for c, _, _ in who)),
                mean_score=sum(s for _, s, _ in who) / len(who),
                distance_km=min(km for _, _, km in who),
                best=max(who, key=lambda w: (w[1], w[0]))[0],
            )
            for j, who in hits.items()
            if len(who) >= 2
        ]
        found.sort(key=lambda o: (-len(o.members), -o.mean_score, o.code))
        out += found[:OUTSIDERS]
    return out
