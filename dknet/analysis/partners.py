"""Partner suggestions with reasons a planning adviser can defend in a meeting.

The score of a candidate b for municipality a combines three parts in [0, 1], weighted by the
``[partners]`` section of the profile configuration (defaults 0.55 / 0.35 / 0.10, normalised):

- **similarity**: challenge-profile similarity (:mod:`dknet.analysis.profiles`);
- **feasibility**: ``0.45·border + 0.25·exp(−d / scale) + 0.15·same BA region + 0.10·same county
  + 0.05·same SF office``, with d the distance between centroids (scale 50 km by default);
- **context**: ``0.4·min(shared regional plans, 2)/2 + 0.3·min(common neighbours, 3)/3 +
  0.3·[an earlier, ended cooperation or a shared regional council / planning forum]``.

*Existing partners* — municipalities that already share a plan office that has not ended, or a
planning network or project that is still running — are left out unless ``include_existing``.
Ended cooperations (Nord-Troms plankontor 2012–2016, say) count as context instead.

>>> from dknet.examples import tiny_graph
>>> df = suggest_partners(tiny_graph(), "9002", top=3)
>>> df[["rank", "navn", "shares_border", "existing"]].values.tolist()
[[1, 'Dalsnes', True, False], [2, 'Austby', True, False], [3, 'Fjellvik', False, False]]
>>> df.loc[0, "reasons"][:3]
['both under 2,500 inhabitants', 'centrality class 6 (both)', 'population change 2016–2026 -4.0 % vs -6.0 %']
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from dknet.analysis.context import feasibility_table, memberships, regional_plans
from dknet.analysis.profiles import (
    INDICATORS,
    ProfileConfig,
    challenge_profiles,
    illustrative_indicators,
    load_config,
    pair_similarity,
    rank_scale,
    similarity_to,
)
from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.schema import Label, node_id

Lang = Literal["en", "nb"]
SMALL = 2500
PARTNER_COLUMNS = (
    "rank",
    "kommunenummer",
    "navn",
    "score",
    "similarity",
    "feasibility",
    "context",
    "distance_km",
    "shares_border",
    "existing",
    "reasons",
)
CONTEXT_ARENA_TYPES = ("regionråd", "planforum")
COOPERATION_ARENA_TYPES = ("nettverk", "prosjekt")


def feasibility_score(
    border: bool, distance_km: float, same_ba: bool, same_county: bool, same_sf: bool, *, scale_km: float = 50.0
) -> float:
    """Feasibility in [0, 1] from geography and administrative ties (see the module docstring)."""
    return (
        0.45 * border + 0.25 * math.exp(-distance_km / scale_km) + 0.15 * same_ba + 0.10 * same_county + 0.05 * same_sf
    )


@dataclass(frozen=True)
class Ties:
    """What already ties two municipalities: running cooperation, ended cooperation, shared arenas."""

    current: list[str]
    ended: list[str]
    arenas: list[str]


def ties(G: Graph, a: str, b: str, *, year: int) -> Ties:
    """Shared plan offices and arenas of municipalities ``a`` and ``b`` (kommunenummer), by kind."""
    na, nb = node_id(Label.MUNICIPALITY, a), node_id(Label.MUNICIPALITY, b)
    current: list[str] = []
    ended: list[str] = []
    arenas: list[str] = []
    for office in sorted(memberships(G, na, Label.PLAN_OFFICE) & memberships(G, nb, Label.PLAN_OFFICE)):
        d = G.nodes[office]
        (ended if d.get("status") == "avsluttet" else current).append(_group_name(d))
    for arena in sorted(memberships(G, na, Label.ARENA) & memberships(G, nb, Label.ARENA)):
        d = G.nodes[arena]
        if d.get("type") in COOPERATION_ARENA_TYPES:
            running = d.get("til_aar") is None or int(d["til_aar"]) >= year
            (current if running else ended).append(_group_name(d))
        elif d.get("type") in CONTEXT_ARENA_TYPES:
            arenas.append(str(d["name"]))
    return Ties(current, ended, arenas)


def _group_name(d: dict[str, Any]) -> str:
    years = "–".join(str(d[k]) for k in ("fra_aar", "til_aar") if d.get(k) is not None)
    return f"{d['name']} ({years})" if years else str(d["name"])


def _within_mask(feas: pd.DataFrame, within: str | None) -> pd.Series:
    if within is None:
        return pd.Series(True, index=feas.index)
    if within == "neighbours":
        return feas["shares_border"]
    if within == "ba-region":
        return feas["same_ba_region"]
    if within == "county":
        return feas["same_county"]
    if within == "sf":
        return feas["same_sf"]
    if within.startswith("km:"):
        try:
            km = float(within[3:])
        except ValueError:
            km = -1
        if km > 0:
            return feas["distance_km"] <= km
    raise DknetError(
        f"--within {within!r} is not understood: use neighbours, ba-region, county, sf or km:N (e.g. km:80)"
    )


def suggest_partners(
    G: Graph,
    code: str,
    *,
    top: int = 10,
    within: str | None = None,
    include_existing: bool = False,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
    exclude_groups: frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """Ranked partner suggestions for municipality ``code`` with plain-language reasons.

    ``within`` restricts candidates (``neighbours``, ``ba-region``, ``county``, ``sf``, ``km:N``).
    Returns a DataFrame with :data:`PARTNER_COLUMNS`; ``reasons`` is a list of strings.
    ``exclude_groups`` (node ids) are ignored as if absent — used by the hold-out validation.
    """
    config = config or load_config()
    if exclude_groups:
        G = G.subgraph([n for n in G.nodes if n not in exclude_groups])  # a view: the graph is not changed
    profiles = challenge_profiles(G, config=config)
    scaled = rank_scale(profiles)
    sim = similarity_to(scaled, config.weights, code)
    feas = feasibility_table(G, code).set_index("kommunenummer")
    feas = feas[_within_mask(feas, within)]
    me = G.nodes[node_id(Label.MUNICIPALITY, code)]
    my_plans = regional_plans(G, node_id(Label.MUNICIPALITY, code))
    wsum = config.w_similarity + config.w_feasibility + config.w_context
    rows = []
    for b, f in feas.iterrows():
        b = str(b)
        t = ties(G, code, b, year=config.year)
        if t.current and not include_existing:
            continue
        s = float(sim.get(b, np.nan))
        feasibility = feasibility_score(
            bool(f.shares_border),
            float(f.distance_km),
            bool(f.same_ba_region),
            bool(f.same_county),
            bool(f.same_sf),
            scale_km=config.distance_scale_km,
        )
        context = (
            0.4 * min(int(f.shared_regional_plans), 2) / 2
            + 0.3 * min(int(f.common_neighbours), 3) / 3
            + 0.3 * bool(t.ended or t.arenas)
        )
        score = (
            config.w_similarity * (0.0 if math.isnan(s) else s)
            + config.w_feasibility * feasibility
            + config.w_context * context
        ) / wsum
        rows.append(
            {
                "kommunenummer": b,
                "navn": f.navn,
                "score": score,
                "similarity": s,
                "feasibility": feasibility,
                "context": context,
                "distance_km": float(f.distance_km),
                "shares_border": bool(f.shares_border),
                "existing": bool(t.current),
                "_f": f,
                "_t": t,
            }
        )
    if not rows:
        return pd.DataFrame(columns=list(PARTNER_COLUMNS))
    df = pd.DataFrame(rows).sort_values(["score", "kommunenummer"], ascending=[False, True], kind="stable")
    df = df.head(top).reset_index(drop=True)
    df.insert(0, "rank", range(1, len(df) + 1))
    other_plans = {b: regional_plans(G, node_id(Label.MUNICIPALITY, b)) for b in df.kommunenummer}
    df["reasons"] = [
        _reasons(G, me, code, r, scaled, config, my_plans & other_plans[r["kommunenummer"]], lang)
        for r in df.to_dict(orient="records")
    ]
    return df[list(PARTNER_COLUMNS)]


# --- reasons ---------------------------------------------------------------------------------

_PHRASES: dict[str, tuple[str, str]] = {
    "both_small": ("begge under 2 500 innbyggere", "both under 2,500 inhabitants"),
    "pop": ("{a} vs {b} innbyggere", "{a} vs {b} inhabitants"),
    "class_same": ("sentralitetsklasse {a} (begge)", "centrality class {a} (both)"),
    "class_diff": ("sentralitetsklasse {a} vs {b}", "centrality class {a} vs {b}"),
    "share": ("{name} {a} % vs {b} %", "{name} {a} % vs {b} %"),
    "change": ("{name} {a} % vs {b} %", "{name} {a} % vs {b} %"),
    "age": ("{name} {a} vs {b} år gammel", "{name} {a} vs {b} years old"),
    "value": ("{name} {a} vs {b}", "{name} {a} vs {b}"),
    "border": ("felles grense", "shares a border"),
    "distance": ("{km} km mellom sentrene", "{km} km apart"),
    "ba": ("samme BA-region ({name})", "same commuting region ({name})"),
    "county": ("samme fylke", "same county"),
    "other_county": ("ulike fylker, samme statsforvalter", "different counties, same state administrator"),
    "other_sf": ("ulike fylker og statsforvaltere", "different counties and state administrators"),
    "rplan": ("begge dekket av {name}", "both covered by {name}"),
    "common_nb": ("{n} felles naboer", "{n} common neighbours"),
    "common_nb1": ("1 felles nabo", "1 common neighbour"),
    "arena": ("begge i {name}", "both in {name}"),
    "ended": ("samarbeidet før i {name}", "cooperated before in {name}"),
    "current": ("samarbeider allerede i {name}", "already cooperating in {name}"),
    "none_today": ("ikke noe plansamarbeid i dag", "no planning cooperation today"),
    "missing": ("mangler data for {names}", "no data for {names}"),
}


def _say(key: str, lang: Lang, **kw: object) -> str:
    return _PHRASES[key][0 if lang == "nb" else 1].format(**kw)


def _fmt_value(name: str, v: float) -> str:
    unit = INDICATORS[name].unit
    if unit == "share":
        return f"{100 * v:.0f}"
    if unit == "%":
        return f"{v:+.1f}" if abs(v) < 10 else f"{v:+.0f}"
    if unit == "years":
        return f"{v:.0f}"
    if unit == "FTE" or abs(v) < 10:
        return f"{v:.1f}"
    return f"{v:.0f}"


def _reasons(
    G: Graph,
    me: dict[str, Any],
    code: str,
    r: dict[Any, Any],
    scaled: pd.DataFrame,
    config: ProfileConfig,
    shared_plans: set[str],
    lang: Lang,
) -> list[str]:
    b = str(r["kommunenummer"])
    other = G.nodes[node_id(Label.MUNICIPALITY, b)]
    out: list[str] = []
    pa, pb = me.get("folketall_2026"), other.get("folketall_2026")
    if pa is not None and pb is not None:
        if pa < SMALL and pb < SMALL:
            out.append(_say("both_small", lang))
        else:
            out.append(_say("pop", lang, a=f"{pa:,}".replace(",", " "), b=f"{pb:,}".replace(",", " ")))
    ca, cb = me.get("sentralitetsklasse"), other.get("sentralitetsklasse")
    if ca is not None and cb is not None:
        out.append(_say("class_same", lang, a=ca) if ca == cb else _say("class_diff", lang, a=ca, b=cb))
    _, parts = pair_similarity(scaled, config.weights, code, b)
    # Population and class are said above; network indicators describe ties, not challenges.
    skip = {"folketall", "sentralitetsindeks"} | {n for n, i in INDICATORS.items() if i.layer == "network"}
    best = sorted((p / config.weights[n], n) for n, p in parts.items() if n not in skip)
    for _, name in sorted(best, reverse=True)[:2]:
        ind = INDICATORS[name]
        va = ind.read(G, node_id(Label.MUNICIPALITY, code), config.year)
        vb = ind.read(G, node_id(Label.MUNICIPALITY, b), config.year)
        if va is None or vb is None:
            continue
        label = ind.nb if lang == "nb" else ind.en
        key = {"share": "share", "%": "change", "years": "age"}.get(ind.unit, "value")
        out.append(_say(key, lang, name=label, a=_fmt_value(name, va), b=_fmt_value(name, vb)))
    missing = [n for n in config.weights if n not in parts]
    if missing:
        out.append(_say("missing", lang, names=", ".join(missing)))
    f, t = r["_f"], r["_t"]
    out.append(_say("border", lang) if f.shares_border else _say("distance", lang, km=f"{f.distance_km:.0f}"))
    if f.same_ba_region:
        out.append(_say("ba", lang, name=me.get("ba_region", "")))
    if f.same_county:
        out.append(_say("county", lang))
    else:
        out.append(_say("other_county", lang) if f.same_sf else _say("other_sf", lang))
    for p in sorted(shared_plans, key=lambda p: _covered(G, p))[:2]:
        if _covered(G, p) < _county_size(G, p):  # a county-wide plan tells nothing about this pair
            out.append(_say("rplan", lang, name=G.nodes[p]["name"]))
    if f.common_neighbours:
        n = int(f.common_neighbours)
        out.append(_say("common_nb1", lang) if n == 1 else _say("common_nb", lang, n=n))
    for name in t.arenas[:2]:
        out.append(_say("arena", lang, name=name))
    for name in t.ended:
        out.append(_say("ended", lang, name=name))
    for name in t.current:
        out.append(_say("current", lang, name=name))
    if not t.current:
        out.append(_say("none_today", lang))
    return out


def _covered(G: Graph, plan: str) -> int:
    return sum(1 for *_, d in G.out_edges(plan, data=True) if d["type"] == "COVERS")


def _county_size(G: Graph, plan: str) -> int:
    owner = next((u for u, _, d in G.in_edges(plan, data=True) if d["type"] == "OWNS"), None)
    return sum(1 for _, _, d in G.in_edges(owner, data=True) if d["type"] == "IN_COUNTY") if owner else 0


def partners_note(G: Graph, config: ProfileConfig) -> str | None:
    """The note an output must carry when illustrative records fed the suggestions."""
    ill = illustrative_indicators(G, config)
    if not ill:
        return None
    return (
        "Merk / note: the indicators " + ", ".join(ill) + " and the network context rest on illustrative "
        "records (source=illustrative); use --data DIR with your own registers, or --weight NAME=0 to leave "
        "them out."
    )
