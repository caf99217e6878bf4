"""Partner suggestions with reasons a planning adviser can defend in a meeting.

Two purposes, one scorer (:mod:`dknet.analysis.scoring`):

- ``office`` (default): partners for a shared plan office or a working cooperation — land and
  sea neighbours and municipalities within ``max_km`` (75 km between centroids), scored
  0.45·similarity + 0.45·feasibility + 0.10·context. The regional centre next door is a
  legitimate partner and host.
- ``network``: peers with similar challenges anywhere in Norway, scored 0.85·similarity +
  0.15·context; the distance is shown, never limiting.

*Existing partners* — municipalities in a cooperation that is **running** by the one rule
(:mod:`dknet.analysis.cooperation`: cited and not ended, e.g. "løpende siden 1977, sist
bekreftet …") — are marked ``existing``, left out unless ``include_existing``, and listed in
``df.attrs["hidden"]`` with the cooperation, its period, when it was last confirmed and its
source, so the output can say what was hidden. A generated (illustrative) cooperation is never
existing and never hides a candidate: the row stays, marked ``illustrative``.

Reasons (:mod:`dknet.analysis.reasons`) name only what tells this pair apart from a typical
pair, and say so when they rest on illustrative values.

The result is a DataFrame with :data:`PARTNER_COLUMNS` and ``attrs``: ``purpose``, ``hidden``
(a list of dicts) and ``empty_reason`` (one sentence when there are no rows).

>>> from dknet.examples import tiny_graph
>>> df = suggest_partners(tiny_graph(), "9002", top=3)
>>> df[["rank", "navn", "neighbour", "existing"]].values.tolist()
[[1, 'Dalsnes', 'land', False], [2, 'Austby', 'land', False], [3, 'Fjellvik', '', False]]
>>> df.attrs["purpose"]
'office'
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis.cooperation import confirmed, is_group, period, source_name, state
from dknet.analysis.profiles import ProfileConfig, illustrative_indicators, load_config
from dknet.analysis.reasons import LIST_POOL, ReasonContext, list_reasons, pair_reasons
from dknet.analysis.scoring import PURPOSES, PairTable, Purpose, pair_table
from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.messages.msg import Field, Msg, Num, Text, joined
from dknet.schema import Label, Rel, node_id

PARTNER_COLUMNS = (
    "rank",
    "kommunenummer",
    "navn",
    "score",
    "similarity",
    "feasibility",
    "context",
    "distance_km",
    "neighbour",
    "gap_km",
    "existing",
    "illustrative",
    "reasons",
)
#: Columns of ``attrs["hidden"]`` rows.
HIDDEN_COLUMNS = ("kommunenummer", "navn", "samarbeid", "periode", "sist_bekreftet", "source", "source_url")


def neighbour_kind(table: PairTable, i: int, j: int) -> str:
    """How the pair are neighbours, the best way first: ``land`` (a land border), ``fast`` (a bridge or
    subsea tunnel), ``ferje`` (a car ferry), ``båt`` (a passenger boat), ``sjø`` (across water without
    any of these) or ``""`` (none of these)."""
    for kind, linked in (
        ("land", table.border),
        ("fast", table.fixed),
        ("ferje", table.ferry),
        ("båt", table.boat),
        ("sjø", table.sea),
    ):
        if linked[i, j]:
            return kind
    return ""


def _within_mask(table: PairTable, i: int, within: str | None) -> np.ndarray:
    n = len(table.codes)
    if within is None:
        return np.ones(n, dtype=bool)
    if within == "neighbours":
        return table.neighbours(i)
    if within == "land-neighbours":
        return np.asarray(table.border[i])
    if within == "ba-region":
        return np.asarray(table.same_ba[i])
    if within == "county":
        return np.asarray(table.same_county[i])
    if within == "sf":
        return np.asarray(table.same_sf[i])
    if within.startswith("km:"):
        try:
            km = float(within[3:])
        except ValueError:
            km = -1
        if km > 0:
            return np.asarray(table.distance_km[i] <= km)
    raise DknetError("error.within", within=within)


def running_cooperations(G: Graph, a: str, b: str, *, year: int) -> list[dict[str, Any]]:
    """Plan offices, projects and networks ``a`` and ``b`` (kommunenummer) are both in and that run in ``year``.

    Running by :func:`dknet.analysis.cooperation.state` for the group and both memberships (cited,
    not ended; a generated record or membership never counts). Each item: ``node``, ``navn``,
    ``periode``, ``sist_bekreftet`` (year or None), ``source``, ``source_url`` and ``kilde`` (short).
    """
    na, nb = node_id(Label.MUNICIPALITY, a), node_id(Label.MUNICIPALITY, b)

    def groups(m: str) -> dict[str, dict[str, Any]]:
        return {
            g: d for _, g, d in G.out_edges(m, data=True) if d["type"] == Rel.MEMBER_OF.type and is_group(G.nodes[g])
        }

    ga, gb = groups(na), groups(nb)
    out = []
    for g in sorted(set(ga) & set(gb)):
        d = G.nodes[g]
        if state(d, year, membership=ga[g]) != "running" or state(d, year, membership=gb[g]) != "running":
            continue
        out.append(
            {
                "node": g,
                "navn": str(d["name"]),
                "periode": period(d),
                "sist_bekreftet": confirmed(d),
                "source": d.get("source"),
                "source_url": d.get("source_url"),
                "kilde": source_name(d),
            }
        )
    return out


def suggest_partners(
    G: Graph,
    code: str,
    *,
    purpose: Purpose = "office",
    top: int = 10,
    within: str | None = None,
    include_existing: bool = False,
    config: ProfileConfig | None = None,
    exclude_groups: frozenset[str] = frozenset(),
    table: PairTable | None = None,
    reason_context: ReasonContext | None = None,
) -> pd.DataFrame:
    """Ranked partner suggestions for municipality ``code`` (kommunenummer) for ``purpose``, with reasons.

    ``within`` restricts candidates further (``neighbours`` = any kind, ``land-neighbours``,
    ``ba-region``, ``county``, ``sf``, ``km:N``). ``exclude_groups`` (node ids) are ignored as
    if absent — used by the hold-out validation. ``table`` reuses a :func:`pair_table` built
    for the same graph and configuration, ``reason_context`` a :class:`ReasonContext` built
    from it (``partners --all``).
    """
    if purpose not in PURPOSES:
        raise DknetError("error.purpose", purpose=purpose)
    config = config or load_config()
    if exclude_groups:
        G = G.subgraph([n for n in G.nodes if n not in exclude_groups])  # a view: the graph is not changed
        table, reason_context = None, None
    table = table or pair_table(G, config=config)
    rows, hidden, empty, shared = _partner_rows(
        G, table, code, purpose, top, within, include_existing, config, reason_context
    )
    df = pd.DataFrame(rows, columns=list(PARTNER_COLUMNS))
    df.attrs["purpose"] = purpose
    df.attrs["hidden"] = [{k: h.get(k) for k in HIDDEN_COLUMNS} for h in hidden]
    df.attrs["empty_reason"] = empty
    df.attrs["shared"] = shared
    return df


def _partner_rows(
    G: Graph,
    table: PairTable,
    code: str,
    purpose: Purpose,
    top: int,
    within: str | None,
    include_existing: bool,
    config: ProfileConfig,
    reason_context: ReasonContext | None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Msg | None, Msg | None]:
    """The rows, the hidden existing partners, (when there are no rows) the sentence saying why, and
    the sentence saying what the best candidates all share (:func:`shared_note`)."""
    i = table.index(code)
    w = config.purposes[purpose]
    mask = table.candidates(purpose, max_km=w.max_km, row=i) & _within_mask(table, i, within)
    score = table.score(purpose, config, row=i)
    hidden: list[dict[str, Any]] = []
    if not include_existing:
        for j in np.flatnonzero(mask & table.current[i]):
            b = table.codes[j]
            real = running_cooperations(G, code, b, year=config.year)
            if real:
                mask[j] = False
                hidden += [{**c, "kommunenummer": b, "navn": table.names[j], "samarbeid": c["navn"]} for c in real]
    order = table.order(purpose, i, score, mask)
    ranked = order[:top]
    ctx = reason_context or ReasonContext.build(G, table, config)
    pool = [table.codes[j] for j in order[:LIST_POOL]]  # what the reasons tell apart, whatever --top is
    ctx.prepare(code, list(dict.fromkeys([*pool, *(table.codes[j] for j in ranked)])))
    profile, shared = list_reasons(ctx, code, [table.codes[j] for j in ranked], pool=pool)
    ill_profile = ctx.illustrative_profile
    rows = []
    for rank, k in enumerate(ranked, start=1):
        j = np.intp(k)
        b = table.codes[j]
        existing = bool(table.current[i, j])  # cited and running; a generated group never counts
        rests_on_illustrative = bool(
            ill_profile.get(code, False)
            or ill_profile.get(b, False)
            or table.tie_illustrative[i, j]
            or table.current_illustrative[i, j]
            or ctx.shared_plans_illustrative(code, b)
        )
        rows.append(
            {
                "rank": rank,
                "kommunenummer": b,
                "navn": table.names[j],
                "score": float(score[j]),
                "similarity": float(table.similarity[i, j]),
                "feasibility": float(table.feasibility[i, j]),
                "context": float(table.context[i, j]),
                "distance_km": float(table.distance_km[i, j]),
                "neighbour": neighbour_kind(table, i, int(j)),
                "gap_km": float(table.sea_km[i, j]),  # shore to shore in a straight line, sea neighbours only
                "existing": existing,
                "illustrative": rests_on_illustrative,
                "reasons": pair_reasons(ctx, i, int(j), purpose=purpose, profile=profile[b]),
            }
        )
    empty = _empty_reason(table, i, purpose, within, w.max_km, bool(hidden)) if not rows else None
    return rows, hidden, empty, shared_note(shared, len(pool)) if rows else None


def shared_note(shared: list[Msg], n: int) -> Msg | None:
    """The sentence saying once what the ``n`` best candidates all share (None when nothing is).

    >>> shared_note([Msg("reason.both_small"), Msg("reason.both_kostra", value="15")], 5).render("en").split(": ")[1]
    'both under 2 500 inhabitants; both in KOSTRA group 15.'
    """
    if not shared:
        return None
    return Msg("challenge.shared_all", n=n, items=joined(list(shared), sep="; "))


def _empty_reason(
    table: PairTable, i: int, purpose: Purpose, within: str | None, max_km: float | None, hid: bool
) -> Msg:
    """Why there are no rows, as meaning (texts ``partners.empty.*`` in :mod:`dknet.messages`; no CLI flags)."""
    name = table.names[i]
    if hid:
        return Msg("partners.empty.all_existing", name=name)
    if within in ("neighbours", "land-neighbours") and not table.neighbours(i).any():
        return Msg("partners.empty.no_neighbours", name=name)
    if within is not None:
        return Msg("partners.empty.within", name=name, within=within)
    km = Num(max_km or 0)
    return Msg("partners.empty.none", name=name, km=km, purpose=Msg(f"partners.purpose.{purpose}"))


def analysis_notes(G: Graph, config: ProfileConfig | None = None) -> list[Text]:
    """The notes every analysis output carries: indicators with missing values, and illustrative inputs."""
    from dknet.analysis.profiles import challenge_profiles, missing_note

    config = config or load_config()
    notes = [missing_note(challenge_profiles(G, config=config)), partners_note(G, config)]
    return [n for n in notes if n]


def partners_note(G: Graph, config: ProfileConfig) -> Text | None:
    """The note an output must carry when illustrative records fed the suggestions (text: :mod:`dknet.messages`)."""
    from dknet.analysis.profiles import INDICATORS

    ill = illustrative_indicators(G, config)
    if not ill:
        return None

    def plain(name: str) -> Text:  # the plain name for the reader, the key for --weight NAME=0
        ind = INDICATORS[name]
        label = ind.label()
        shown: Field = Msg("partners.indicator_age", name=label) if ind.unit == "years" else label
        return joined([shown, f" ({name})"], sep="")

    return Msg("partners.illustrative", names=joined([plain(n) for n in ill], sep=", "))


def partner_index(
    G: Graph,
    *,
    purpose: Purpose = "office",
    top: int = 10,
    config: ProfileConfig | None = None,
    include_existing: bool = False,
) -> dict[str, dict[str, Any]]:
    """What :func:`suggest_partners` answers with its defaults, for every municipality at once, as plain values.

    One pair table and one reason context serve all 357 answers, which is what makes this fast
    (docs/benchmarks.md). Each value: ``rows`` (dicts with :data:`PARTNER_COLUMNS`, Python
    numbers and lists), ``hidden`` (dicts with :data:`HIDDEN_COLUMNS`) and ``empty_reason``.
    :mod:`dknet.lookup` keeps this in the cache for the warm ``dknet partners``.

    >>> from dknet.examples import tiny_graph
    >>> index = partner_index(tiny_graph(), top=2)
    >>> [r["navn"] for r in index["9002"]["rows"]], index["9002"]["empty_reason"]
    (['Dalsnes', 'Austby'], None)
    """
    config = config or load_config()
    table = pair_table(G, config=config)
    ctx = ReasonContext.build(G, table, config)
    index: dict[str, dict[str, Any]] = {}
    for code in table.codes:
        rows, hidden, empty, shared = _partner_rows(G, table, code, purpose, top, None, include_existing, config, ctx)
        index[code] = {
            "rows": rows,
            "hidden": [{k: h.get(k) for k in HIDDEN_COLUMNS} for h in hidden],
            "empty_reason": empty,
            "shared": shared,
        }
    return index


def all_partners(
    G: Graph,
    *,
    purpose: Purpose = "office",
    top: int = 10,
    config: ProfileConfig | None = None,
    include_existing: bool = False,
) -> pd.DataFrame:
    """Top ``top`` partners for every municipality in one table (column ``kommune`` first), one pair table.

    Existing partners (a running cited cooperation) are left out unless ``include_existing``.
    """
    index = partner_index(G, purpose=purpose, top=top, config=config, include_existing=include_existing)
    rows = [{"kommune": code, **r} for code, answer in index.items() for r in answer["rows"]]
    out = pd.DataFrame(rows, columns=["kommune", *PARTNER_COLUMNS])
    out.attrs["purpose"] = purpose
    return out
