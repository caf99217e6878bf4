"""Reasons for a partner suggestion that tell *this* pair apart from a typical pair.

A statement is offered only when it is rarer than ``BASE_RATE`` (20 %) among all pairs of
municipalities — the base rate is measured on the data, not assumed:

- an indicator is a reason when the pair is closer on it (rank-scaled) than at least 80 % of
  all pairs: "planstrategi 2 vs 2 years old" is not, when 70 % of pairs are that close;
- "both under 2 500 inhabitants" and "centrality class 6 (both)" when that combination is rare
  enough; a population is named only when the two are alike — a size *difference* is never
  offered as a similarity;
- feasibility facts (border, sea crossing, distance, commuting region, county) and ties
  (shared regional plans that are not county-wide, common neighbours, regional councils, ended
  cooperations) are facts about the pair, given as they are; a planning forum (every
  municipality of the county is in it) is not a reason of its own.

Every reason that rests on an illustrative value or record says so: "(illustrativt)" /
"(illustrative)".
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis.cooperation import CONTEXT_ARENA_TYPES, describe, is_group, state
from dknet.analysis.profiles import INDICATORS, ProfileConfig, column_terms, kind_of
from dknet.analysis.scoring import PairTable, Purpose
from dknet.graph import Graph, nodes_of
from dknet.messages.links import link_names_local
from dknet.messages.msg import Field, Msg, Num, Text, joined, render
from dknet.schema import ILLUSTRATIVE, Label, Rel, node_id

SMALL = 2500
#: A statement is a reason only when at most this share of all pairs share it.
BASE_RATE = 0.2


def say(key: str, **kw: Field) -> Msg:
    """One reason phrase as meaning (keys ``reason.*`` in :mod:`dknet.messages`), rendered at the edge."""
    return Msg(f"reason.{key}", **kw)


def marked(text: Text, illustrative: bool) -> Text:
    """``text`` with "(illustrativt)" after it when it rests on an illustrative value or record (as meaning).

    >>> marked(Msg("gaps.no_office"), True).render("nb"), marked("felles grense", False)
    ('ikke i noe plankontor (illustrativt)', 'felles grense')
    >>> marked("arealdel 17 år gammel", True).render("nb")
    'arealdel 17 år gammel (illustrativt)'
    """
    if not illustrative or "illustrativ" in render(text, "nb").casefold():
        return text
    return joined([text, " (", Msg("reason.illustrative"), ")"], sep="")


def _km(v: float) -> Text | Num:
    """A short distance as people say it: "under 1" below a kilometre, whole kilometres above.

    >>> _km(0.3), _km(12.6).render("en"), _km(1234.5).render("nb")
    ('under 1', '13', '1 234')
    """
    return "under 1" if v < 1 else Num(v, decimals=0)


def _fmt_value(name: str, v: float) -> Num:
    """An indicator's value in a reason: shares in whole per cent, changes signed, small values with a decimal.

    >>> _fmt_value("andel_80pluss", 0.094).render("nb"), _fmt_value("folketall", 12034.0).render("en")
    ('9', '12,034')
    """
    unit = INDICATORS[name].unit
    if unit == "share":
        return Num(v, per_cent=True, decimals=0)
    if unit == "%":
        return Num(v, decimals=1, signed=True)
    if unit == "years":
        return Num(v, decimals=0)
    if unit == "index":
        return Num(v, decimals=2)
    return Num(v, decimals=1 if unit == "FTE" or abs(v) < 10 else 0)


def _newest_plan_source(G: Graph, node: str, plantype: str) -> str | None:
    best: tuple[int, str | None] | None = None
    for _, v, d in G.out_edges(node, data=True):
        p = G.nodes[v]
        if d["type"] == Rel.HAS_PLAN.type and p.get("plantype") == plantype and p.get("vedtatt_aar") is not None:
            cand = (int(p["vedtatt_aar"]), p.get("source"))
            best = cand if best is None or cand[0] > best[0] else best
    return None if best is None else best[1]


def value_is_illustrative(G: Graph, node: str, indicator: str, year: int) -> bool:
    """Whether municipality ``node``'s value of ``indicator`` comes from an illustrative record."""
    ind = INDICATORS[indicator]
    if indicator == "aarsverk_plan":
        return bool(G.nodes[node].get("kapasitet_source") == ILLUSTRATIVE)
    if ind.layer == "plan":
        return _newest_plan_source(G, node, indicator.removeprefix("alder_")) == ILLUSTRATIVE
    if indicator == "veiledning":
        return any(
            d.get("source") == ILLUSTRATIVE and int(d["aar"]) > year - 3
            for _, _, d in G.in_edges(node, data=True)
            if d["type"] == Rel.GUIDES.type
        )
    if indicator == "medlemskap":
        return any(
            d.get("source") == ILLUSTRATIVE
            for _, _, d in G.out_edges(node, data=True)
            if d["type"] == Rel.MEMBER_OF.type
        )
    return False


@dataclass
class ReasonContext:
    """What reasons need for every pair of one graph: scaled values, base rates, provenance."""

    G: Graph
    table: PairTable
    config: ProfileConfig
    scaled: pd.DataFrame
    sorted_diffs: dict[str, np.ndarray]
    class_rate: dict[Any, float]
    small_rate: float
    illustrative_values: dict[tuple[str, str], bool]
    illustrative_profile: dict[str, bool]
    plans_of: dict[str, set[str]] = field(default_factory=dict)
    narrow_plans: dict[str, int] = field(default_factory=dict)  # plan → municipalities covered, not county-wide
    groups_of: dict[str, dict[str, bool]] = field(default_factory=dict)  # code → group node → illustrative
    raw: dict[tuple[str, str], float | None] = field(default_factory=dict)  # (code, indicator) → value
    _values: np.ndarray = field(default_factory=lambda: np.empty((0, 0)))
    _pos: dict[str, int] = field(default_factory=dict)
    _col: dict[str, int] = field(default_factory=dict)
    _missing: dict[str, frozenset[str]] = field(default_factory=dict)  # code → indicators without a value
    _rates: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)  # pair → base rate per indicator
    #: Indicators a caller says once for the whole list (see :meth:`missing_for_most`), not on every pair.
    quiet_missing: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._values = self.scaled.to_numpy(float)
        self._pos = {str(c): i for i, c in enumerate(self.scaled.index)}
        self._col = {str(c): j for j, c in enumerate(self.scaled.columns)}
        columns = [str(c) for c in self.scaled.columns]
        self._missing = {
            code: frozenset(c for c, v in zip(columns, self._values[i], strict=True) if np.isnan(v))
            for code, i in self._pos.items()
        }

    def has(self, indicator: str) -> bool:
        """Whether ``indicator`` is part of the profile (a column of the scaled values)."""
        return indicator in self._col

    def missing(self, code: str) -> frozenset[str]:
        """The indicators ``code`` has no value for, among those some municipality has a value for.

        An indicator with no value anywhere (no register for it in the data) is not part of any
        pair's comparison; the partner notes name it once instead of every reason.
        """
        return self._missing.get(code, frozenset()) - self.absent

    @functools.cached_property
    def absent(self) -> frozenset[str]:
        """Indicators of the profile without a value for any municipality (worked out once: the values stay)."""
        return frozenset(c for c, j in self._col.items() if bool(np.isnan(self._values[:, j]).all()))

    def missing_for_most(self, share: float = 0.5) -> list[str]:
        """The profile's indicators without a value for more than ``share`` of the municipalities, in profile order.

        They are said once (the notes under a partner table, a report's lead), and
        :attr:`quiet_missing` is set to them when the context is built, so that no reason repeats
        them on every pair.
        """
        n = len(self._missing) or 1
        counts = {c: sum(c in m for m in self._missing.values()) for c in self._col}
        return [c for c in self.config.weights if c in counts and counts[c] / n > share]

    def prepare(self, a: str, others: Sequence[str]) -> None:
        """Measure the base rates of every indicator between ``a`` and each of ``others`` in one go.

        :meth:`base_rate` measures a pair it has not seen by itself; measuring a row's chosen
        partners together is what makes reasons for all 357 municipalities fast.
        """
        need = [b for b in others if (a, b) not in self._rates]
        if not need:
            return
        i = self._pos[a]
        idx = np.asarray([self._pos[b] for b in need])
        out = np.ones((self._values.shape[1], len(need)))
        for c, col in enumerate(self.scaled.columns):
            d = self.sorted_diffs[str(col)]
            if d.size:
                diff, ok = column_terms(self._values[idx, c], np.full(len(idx), self._values[i, c]), kind_of(col))
                missing = ~ok
                rate = np.searchsorted(d, np.where(missing, 0.0, diff) + 1e-12, side="right") / d.size
                out[c] = np.where(missing, 1.0, rate)
        for n, b in enumerate(need):
            self._rates[(a, b)] = out[:, n]

    @classmethod
    def build(cls, G: Graph, table: PairTable, config: ProfileConfig) -> ReasonContext:
        """Measure base rates over all municipalities of ``G`` and record each value's provenance."""
        scaled = table.scaled  # computed once, with the pair table
        diffs = {}
        for col in scaled.columns:
            x = scaled[col].to_numpy(float)
            x = x[~np.isnan(x)]
            iu = np.triu_indices(len(x), k=1)
            diff, ok = column_terms(x[:, None], x[None, :], kind_of(col))
            if kind_of(col) == "flag":  # share of all pairs where both have it
                diff = np.where(ok, diff, 1.0)
            diffs[str(col)] = np.sort(diff[iu])
        munis = nodes_of(G, Label.MUNICIPALITY)
        n = len(munis)
        classes = pd.Series([G.nodes[m].get("sentralitetsklasse") for m in munis]).value_counts()
        pairs = n * (n - 1) / 2 or 1.0
        class_rate = {k: (c * (c - 1) / 2) / pairs for k, c in classes.items()}
        small = sum(1 for m in munis if (G.nodes[m].get("folketall_2026") or SMALL) < SMALL)
        prov = {
            (str(G.nodes[m]["key"]), name): value_is_illustrative(G, m, name, config.year)
            for m in munis
            for name in config.weights
        }
        profile = {
            str(G.nodes[m]["key"]): any(prov[(str(G.nodes[m]["key"]), k)] for k in config.weights) for m in munis
        }
        plans: dict[str, set[str]] = {}
        for u, v, d in G.edges(data=True):
            if d["type"] == Rel.COVERS.type:
                plans.setdefault(str(G.nodes[v]["key"]), set()).add(u)
        all_plans = {p for ps in plans.values() for p in ps}
        narrow = {p: _covered(G, p) for p in sorted(all_plans) if not _county_wide(G, p)}
        small_rate = (small * (small - 1) / 2) / pairs
        groups: dict[str, dict[str, bool]] = {}
        for u, v, d in G.edges(data=True):
            if d["type"] == Rel.MEMBER_OF.type:
                ill = d.get("source") == ILLUSTRATIVE or G.nodes[v].get("source") == ILLUSTRATIVE
                groups.setdefault(str(G.nodes[u]["key"]), {})[v] = ill
        raw = {
            (str(G.nodes[m]["key"]), name): INDICATORS[name].read(G, m, config.year)
            for m in munis
            for name in config.weights
        }
        ctx = cls(G, table, config, scaled, diffs, class_rate, small_rate, prov, profile, plans, narrow, groups, raw)
        # What most municipalities lack (plan ages without a plan register) is said once, in the
        # notes under the table, not on every pair.
        ctx.quiet_missing = frozenset(ctx.missing_for_most())
        return ctx

    def value(self, code: str, indicator: str) -> float:
        """The rank-scaled value of ``indicator`` for ``code`` (NaN when missing)."""
        return float(self._values[self._pos[code], self._col[indicator]])

    def base_rate(self, indicator: str, a: str, b: str) -> float:
        """Share of all pairs at least as close as ``a`` and ``b`` on ``indicator`` (1.0 when unknown)."""
        if (a, b) not in self._rates:
            self.prepare(a, [b])
        return float(self._rates[(a, b)][self._col[indicator]])

    def shared_plans(self, a: str, b: str) -> list[str]:
        """Regional plans covering both, narrowest first, county-wide ones left out."""
        both = self.plans_of.get(a, set()) & self.plans_of.get(b, set())
        return sorted((p for p in both if p in self.narrow_plans), key=lambda p: (self.narrow_plans[p], p))

    def shared_plans_illustrative(self, a: str, b: str) -> bool:
        """Whether any regional plan both are covered by is illustrative."""
        both = self.plans_of.get(a, set()) & self.plans_of.get(b, set())
        return any(self.G.nodes[p].get("source") == ILLUSTRATIVE for p in both)


def _covered(G: Graph, plan: str) -> int:
    return sum(1 for *_, d in G.out_edges(plan, data=True) if d["type"] == Rel.COVERS.type)


def _county_wide(G: Graph, plan: str) -> bool:
    owner = next((u for u, _, d in G.in_edges(plan, data=True) if d["type"] == Rel.OWNS.type), None)
    size = sum(1 for _, _, d in G.in_edges(owner, data=True) if d["type"] == Rel.IN_COUNTY.type) if owner else 0
    return size > 0 and _covered(G, plan) >= size


#: How many of the best candidates a list's reasons are measured against: what all of them share is
#: said once for the list, and a number is a reason only where the pair is closer than most of them.
LIST_POOL = 5
#: Indicators about people and settlement density: a list that names only these names no challenge.
DEMOGRAPHIC = frozenset(
    {"folketall", "endring_10aar", "andel_67pluss", "andel_80pluss", "befolkningstetthet", "sentralitetsindeks"}
)
#: What says no more than a municipality's size: the demographic indicators and SSB's KOSTRA group
#: (derived from population and the economy's room). A row gets a challenge beyond these when it has one.
SIZE_LIKE = DEMOGRAPHIC | {"kostragruppe"}
#: Profile reasons per pair, at most.
MAX_PROFILE_REASONS = 4


@dataclass(frozen=True)
class Statement:
    """One thing a pair shares on the challenge profile, and how much it tells them apart.

    ``shared`` statements (a category or flag: "begge øykommuner") read the same for every
    candidate that shares them; a number ("utgiftsbehov 1,32 og 1,30") is the pair's own.
    ``rate`` is the base rate (share of all pairs at least as alike), ``closeness`` the share of
    the list's other candidates that are closer to the municipality on the same indicator.
    """

    msg: Msg
    indicator: str  # size and centrality class: folketall and sentralitetsindeks
    shared: bool
    demographic: bool
    rate: float
    closeness: float = 0.0


def _marked(msg: Msg, illustrative: bool) -> Msg:
    """``msg`` followed by "(illustrativt)" when it rests on an illustrative value."""
    return Msg("challenge.marked", text=msg, mark=Msg("reason.illustrative")) if illustrative else msg


def profile_statements(ctx: ReasonContext, a: str, b: str) -> list[Statement]:
    """Everything ``a`` and ``b`` share on the profile that fewer than ``BASE_RATE`` of all pairs share.

    Size and centrality class from the municipality nodes, then every category, flag and number
    of the profile (network indicators left out: they are given as groups). A shared absence
    (neither has any coast) is no shared challenge.
    """
    G, config = ctx.G, ctx.config
    me, other = G.nodes[node_id(Label.MUNICIPALITY, a)], G.nodes[node_id(Label.MUNICIPALITY, b)]
    out: list[Statement] = []
    pa, pb = me.get("folketall_2026"), other.get("folketall_2026")
    if pa is not None and pb is not None:
        if pa < SMALL and pb < SMALL and ctx.small_rate <= BASE_RATE:
            out.append(Statement(Msg("reason.both_small"), "folketall", True, True, ctx.small_rate))
        elif ctx.has("folketall") and (rate := ctx.base_rate("folketall", a, b)) <= BASE_RATE / 2:
            pop = Msg("reason.pop", a=Num(pa, decimals=0), b=Num(pb, decimals=0))
            out.append(Statement(pop, "folketall", False, True, rate))
    ca, cb = me.get("sentralitetsklasse"), other.get("sentralitetsklasse")
    if ca is not None and ca == cb and (rate := ctx.class_rate.get(ca, 1.0)) <= BASE_RATE:
        out.append(Statement(Msg("reason.class_same", a=ca), "sentralitetsindeks", True, True, rate))
    skip = {"folketall", "sentralitetsindeks"} | {n for n, i in INDICATORS.items() if i.layer == "network"}
    for name in config.weights:
        if name in skip or not ctx.has(name):
            continue
        rate = ctx.base_rate(name, a, b)
        ind = INDICATORS[name]
        va, vb = ctx.raw.get((a, name)), ctx.raw.get((b, name))
        if rate > BASE_RATE or va is None or vb is None:
            continue
        demographic = name in DEMOGRAPHIC
        if ind.kind != "number":  # a shared category or flag: "both in KOSTRA group 16", "both islands"
            if ind.both and va == vb and (ind.kind == "category" or va == 1.0):
                out.append(Statement(Msg(ind.both, value=f"{va:g}"), name, True, demographic, rate))
            continue
        if va == 0 and vb == 0:  # neither has any (no coast): a shared absence is no shared challenge
            continue
        if ind.high_only and min(ctx.value(a, name), ctx.value(b, name)) < ind.high_rank:  # little of it: no challenge
            continue
        key = {"share": "share", "%": "change", "years": "age"}.get(ind.unit, "value")
        x, y = float(va), float(vb)
        msg = Msg(
            f"reason.{key}",
            name=ind.label(),
            a=_fmt_value(name, x),
            b=_fmt_value(name, y),
        )
        ill = ctx.illustrative_values.get((a, name), False) or ctx.illustrative_values.get((b, name), False)
        out.append(Statement(_marked(msg, ill), name, False, demographic, rate))
    if {s.indicator for s in out if s.shared} >= {"oykommune", "ferjeavhengig"}:  # the island is said once
        out = [s for s in out if s.indicator != "oykommune"]
    return out


def _closeness(ctx: ReasonContext, a: str, b: str, indicator: str, pool: Sequence[str]) -> float:
    """Share of the other candidates in ``pool`` closer to ``a`` on ``indicator`` than ``b`` is (0 = closest)."""
    if not indicator or not ctx.has(indicator):
        return 0.0
    va = ctx.value(a, indicator)
    mine = abs(va - ctx.value(b, indicator))
    others = [abs(va - ctx.value(c, indicator)) for c in pool if c != b]
    others = [d for d in others if not np.isnan(d)]
    return sum(d < mine - 1e-12 for d in others) / len(others) if others else 0.0


def list_reasons(
    ctx: ReasonContext, a: str, candidates: Sequence[str], *, pool: Sequence[str] | None = None
) -> tuple[dict[str, list[Msg]], list[Msg]]:
    """The profile reasons of each candidate for ``a``, and what every candidate of the list shares.

    ``pool`` (default: the first :data:`LIST_POOL` candidates) is what the reasons are measured
    against. A category or flag every candidate of the pool shares ("begge under 2 500
    innbyggere", "begge i KOSTRA-gruppe 15") tells none of them apart: it is returned once, as
    the list's shared statements, and no row of the pool repeats it. Each row then gives, at most
    :data:`MAX_PROFILE_REASONS`: the categories and flags it shares, lowest base rate first; then
    the numbers where it is closer to ``a`` than most of the pool ("utgiftsbehov 1,32 og 1,30"),
    closest first. When none of these is a non-demographic challenge but the pair shares one,
    the best of those takes the last place. Indicators without a value are named last; those
    ``a`` itself lacks are missing for every row, so a list of two or more says them once, with
    the shared statements.

    >>> from dknet.examples import tiny_graph
    >>> from dknet.analysis.profiles import load_config
    >>> from dknet.analysis.scoring import pair_table
    >>> G = tiny_graph(); config = load_config(); table = pair_table(G, config=config)
    >>> ctx = ReasonContext.build(G, table, config)
    >>> rows, shared = list_reasons(ctx, "9002", ["9001", "9003"])
    >>> sorted(rows) == ["9001", "9003"], all(isinstance(m, Msg) for ms in rows.values() for m in ms)
    (True, True)
    """
    pool = list(candidates[:LIST_POOL] if pool is None else pool)
    stmts = {b: profile_statements(ctx, a, b) for b in dict.fromkeys([*candidates, *pool])}
    for b, ss in stmts.items():
        stmts[b] = [
            s
            if s.shared
            else Statement(
                s.msg, s.indicator, s.shared, s.demographic, s.rate, _closeness(ctx, a, b, s.indicator, pool)
            )
            for s in ss
        ]
    shared_all: list[Msg] = []
    if len(pool) >= 2:
        first = stmts[pool[0]]
        shared_all = [s.msg for s in first if s.shared and all(any(x.msg == s.msg for x in stmts[b]) for b in pool[1:])]
    gone_all = set(shared_all)
    # What ``a`` itself lacks is missing for every pair of the list: said once with the shared.
    own_gap = [n for n in ctx.config.weights if n in ctx.missing(a) and n not in ctx.quiet_missing]
    said_gap = set(own_gap) if len(candidates) >= 2 else set()
    if said_gap:
        node = ctx.G.nodes[node_id(Label.MUNICIPALITY, a)]
        about = joined([INDICATORS[n].about() for n in own_gap], sep=", ")
        shared_all.append(Msg("reason.missing_own", name=str(node["name"]), names=about))
    out: dict[str, list[Msg]] = {}
    for b in candidates:
        own = [s for s in stmts[b] if not (b in pool and s.msg in gone_all)]
        cats = sorted((s for s in own if s.shared), key=lambda s: (s.rate, s.demographic))
        nums = sorted((s for s in own if not s.shared and s.closeness < 0.5), key=lambda s: (s.closeness, s.rate))
        chosen = (cats + nums)[:MAX_PROFILE_REASONS]
        said_once = b in pool and any(s.indicator not in SIZE_LIKE for s in stmts[b] if s.msg in gone_all)
        if not said_once and all(s.indicator in SIZE_LIKE for s in chosen):
            challenge = sorted((s for s in own if s.indicator not in SIZE_LIKE), key=lambda s: (not s.shared, s.rate))
            if challenge:
                chosen = [*chosen[: MAX_PROFILE_REASONS - 1], challenge[0]]
        msgs = [s.msg for s in chosen]
        gone = (ctx.missing(a) | ctx.missing(b)) - said_gap
        names = [n for n in ctx.config.weights if n in gone and n not in ctx.quiet_missing]
        if names:
            msgs.append(_missing_msg(names))
        out[b] = msgs
    return out, shared_all


def _missing_msg(names: Sequence[str]) -> Msg:
    return Msg("reason.missing", names=joined([INDICATORS[n].about() for n in names], sep=", "))


def _profile_reasons(ctx: ReasonContext, a: str, b: str) -> list[Text]:
    """The profile reasons of ``a`` and ``b`` alone (no list to compare with)."""
    rows, _ = list_reasons(ctx, a, [b])
    return list(rows[b])


def _group_reasons(ctx: ReasonContext, a: str, b: str) -> list[Text]:
    """Shared regional councils and other arenas, then ended, then running and generated cooperations.

    A cooperation is said by :func:`dknet.analysis.cooperation.describe` (one rule, rendered here):
    "begge i Plankontoret (Berkåk) (løpende siden 1977, sist bekreftet …; kilde …)".
    """
    G, year = ctx.G, ctx.config.year
    ga, gb = ctx.groups_of.get(a, {}), ctx.groups_of.get(b, {})
    arenas: list[Text] = []
    ended: list[Text] = []
    current: list[Text] = []
    for g in sorted(set(ga) & set(gb)):
        d = G.nodes[g]
        ill = ga[g] or gb[g]
        if not is_group(d):
            if d.get("type") in CONTEXT_ARENA_TYPES and d.get("type") != "regionråd":
                continue  # a planning forum: every municipality of the county is in it
            # a regional council or standing area: no status
            arenas.append(say("arena", name=marked(str(d["name"]), ill)))
            continue
        membership = {"source": ILLUSTRATIVE} if ill else None
        text = describe(d, year, membership=membership)
        (ended if state(d, year, membership=membership) == "ended" else current).append(text)
    return arenas[:2] + ended + current


def _crossing_reason(legs: Sequence[tuple[Any, ...]]) -> list[Text]:
    """The ferries and boats on the way to a municipality that is not a neighbour, as one reason.

    >>> _crossing_reason([("ferry", "Mekjarvik - Kvitsøy", "Fv521")])[0].render("en")
    'at least one crossing on the way, e.g. car ferry Mekjarvik - Kvitsøy (Fv521)'
    >>> _crossing_reason([])
    []
    """
    parts: list[Field] = []
    for leg in legs:
        if leg[0] == "ferry":
            parts.append(say("ferry", name=leg[1], road=leg[2]) if leg[2] else say("ferry_noroad", name=leg[1]))
        else:
            parts.append(say("boat", names=link_names_local(leg[1])))
    if not parts:
        return []
    names = joined(parts, sep=", ")
    return [say("on_the_way_1", legs=names) if len(parts) == 1 else say("on_the_way", n=len(parts), legs=names)]


def pair_reasons(
    ctx: ReasonContext, i: int, j: int, *, purpose: Purpose, profile: Sequence[Msg] | None = None
) -> list[Text]:
    """The reasons for suggesting ``table.codes[j]`` to ``table.codes[i]`` (see the module docstring).

    ``profile``: the pair's profile reasons as :func:`list_reasons` chose them for a list; without
    it, the pair's own (:func:`_profile_reasons`).
    """
    t = ctx.table
    a, b = t.codes[i], t.codes[j]
    G = ctx.G
    out: list[Text] = list(profile) if profile is not None else _profile_reasons(ctx, a, b)
    if t.border[i, j]:
        out.append(say("border"))
        if (i, j) in t.winter:
            out.append(say("winter", roads=t.winter[i, j]))
    elif t.fixed[i, j]:
        out.append(say("fixed_link", names=link_names_local(t.link_names[i, j][0])))
    elif t.ferry[i, j]:
        name, road = t.ferry_names.get((i, j), ("", ""))
        out.append(say("ferry", name=name, road=road) if road else say("ferry_noroad", name=name))
    elif t.boat[i, j]:
        out.append(say("boat", names=link_names_local(t.link_names[i, j][1])))
    elif t.sea[i, j]:
        gap = float(t.sea_km[i, j])
        if np.isnan(gap) or gap < 1:
            out.append(say("sea_touch"))
        elif (i, j) in t.route_mates:
            route = t.route_mates[i, j]
            out.append(say("sea_route", km=_km(gap), name=route) if route else say("sea_route_unnamed", km=_km(gap)))
        else:
            out.append(say("sea_open", km=_km(gap)))
            if purpose == "office" and t.crossings is not None and not t.open_sea(i)[j]:
                out += _crossing_reason(t.crossings.on_the_way(a, b))  # reached by road after a ferry
    else:
        km = Num(float(t.distance_km[i, j]), decimals=0)
        far = purpose == "network" and t.distance_km[i, j] > 150
        apart = len(t.road_network) == len(t.codes) and t.road_network[i] != t.road_network[j]
        out.append(say("far" if far else "no_road" if apart else "distance", km=km))
        if purpose == "office" and t.crossings is not None:
            out += _crossing_reason(t.crossings.on_the_way(a, b))
    if t.same_ba[i, j]:
        out.append(say("ba", name=G.nodes[node_id(Label.MUNICIPALITY, a)].get("ba_region", "")))
    if t.same_county[i, j]:
        out.append(say("county"))
    elif purpose == "office":
        out.append(say("other_county") if t.same_sf[i, j] else say("other_sf"))
    for p in ctx.shared_plans(a, b)[:2]:
        d = G.nodes[p]
        out.append(marked(say("rplan", name=d["name"]), d.get("source") == ILLUSTRATIVE))
    n = int(t.common_neighbours[i, j])
    if n:
        out.append(say("common_nb1") if n == 1 else say("common_nb", n=n))
    out += _group_reasons(ctx, a, b)
    return out
