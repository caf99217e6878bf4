"""Structural holes in the cooperation network (:func:`structural_gaps`).

Each row's ``kind`` is a machine value (:data:`KINDS`, as ``--format json`` keeps it); its
``detail`` is meaning: a :class:`~dknet.messages.msg.Msg` (keys ``gaps.structural.*`` in
:mod:`dknet.messages`) with its numbers as :class:`~dknet.messages.msg.Num`, put into words in the
reader's language at the edge. :func:`kind_name` is what a kind is called for people.

>>> kind_name("single_broker").render("nb"), kind_name("single_broker").render("en")
('nås bare gjennom ett mellomledd', 'reached through one broker only')
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any, TypeAlias

import networkx as nx
import numpy as np
import pandas as pd

from dknet.analysis import asof
from dknet.analysis.asof import at_year
from dknet.analysis.context import distance_matrix_km, targets
from dknet.analysis.gaps.common import group_kind, groups_of, is_running, select_codes
from dknet.analysis.gaps.config import GapConfig, load_gap_config
from dknet.analysis.profiles import challenge_profiles, load_config, rank_scale, similarity_matrix
from dknet.analysis.registers import guidance_registered, registers
from dknet.graph import Graph, municipality_node, nodes_of
from dknet.messages import MESSAGES
from dknet.messages.msg import Msg, Num, Text, joined
from dknet.schema import Label, Rel

#: The kinds of structural hole, in the order rows are listed (most serious first).
KINDS = (
    "cut_off",
    "single_broker",
    "isolated",
    "left_out_of_regional_plan",
    "similar_across_boundary",
    "constrained",
)


def kind_name(kind: str) -> Text:
    """What the structural hole ``kind`` is called for people (an unknown kind as it is)."""
    return Msg(f"gaps.structural.kind.{kind}") if kind in KINDS else kind


# --- structural gaps -------------------------------------------------------------------------------


def burt(H: nx.Graph[str], nodes: Iterable[str]) -> tuple[dict[str, float], dict[str, float]]:
    """Burt's constraint and effective size of ``nodes`` in the unweighted graph ``H``, vectorised.

    The same values as :func:`networkx.constraint` and :func:`networkx.effective_size` (a test
    checks it) in one matrix product instead of one ego graph per node: with ``p_ij = 1/deg(i)``
    for each neighbour ``j``, constraint ``c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²`` over the
    neighbours; effective size ``n_i − 2 t_i / n_i`` (Borgatti 1997) with ``t_i`` the ties among
    the ``n_i`` neighbours. Isolated nodes get NaN, as in networkx.

    >>> G = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    >>> c, e = burt(G, ["c"])
    >>> round(c["c"], 4), round(e["c"], 4)
    (0.6111, 2.3333)
    """
    order = list(H.nodes)
    pos = {n: i for i, n in enumerate(order)}
    adj = np.zeros((len(order), len(order)))
    for u, v in H.edges():
        if u != v:
            adj[pos[u], pos[v]] = adj[pos[v], pos[u]] = 1.0
    deg = adj.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(deg[:, None] > 0, adj / deg[:, None], 0.0)
    indirect = share @ share
    np.fill_diagonal(indirect, 0.0)
    local = (share + indirect) ** 2 * adj
    triangles = np.einsum("ij,jk,ki->i", adj, adj, adj) / 2  # ties among each node's neighbours
    constraint: dict[str, float] = {}
    effective: dict[str, float] = {}
    for n in nodes:
        i = pos[n]
        if deg[i] == 0:
            constraint[n], effective[n] = math.nan, math.nan
            continue
        constraint[n] = float(local[i].sum())
        effective[n] = float(deg[i] - 2 * triangles[i] / deg[i])
    return constraint, effective


def isolated_municipalities(G: Graph, *, year: int) -> list[str]:
    """kommunenummer of municipalities in no running plan office, planning network or planning forum."""
    out = []
    for m in nodes_of(G, Label.MUNICIPALITY):
        kinds = {group_kind(g, year) for g in groups_of(G, m)} - {None}
        if not kinds & {"plan_office", "network", "planforum"}:
            out.append(str(G.nodes[m]["key"]))
    return out


def cooperation_graph(G: Graph, *, year: int, window: int) -> nx.Graph[str]:
    """Undirected graph of municipalities, FK, SF, running offices and arenas; guidance within the window."""
    H: nx.Graph[str] = nx.Graph()
    for n, d in G.nodes(data=True):
        if d["label"] in (Label.MUNICIPALITY.label, Label.COUNTY.label, Label.STATE_ADMINISTRATOR.label):
            H.add_node(n)
    for u, v, d in G.edges(data=True):
        t = d["type"]
        running_group = t in (Rel.MEMBER_OF.type, Rel.ORGANISES.type) and is_running(G.nodes[v], year)
        recent_guidance = t == Rel.GUIDES.type and int(d["aar"]) > year - window
        if running_group or recent_guidance:
            H.add_edge(u, v)
    return H


def _helpers(G: Graph) -> set[str]:
    return {n for n, d in G.nodes(data=True) if d["label"] in (Label.COUNTY.label, Label.STATE_ADMINISTRATOR.label)}


def structural_gaps(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Structural holes, one row each: kind, kommunenummer, navn, detail, score (see the module docstrings).

    ``kind`` is one of :data:`KINDS`; ``detail`` is meaning (:class:`~dknet.messages.msg.Msg`),
    put into words at the edge. ``cut_off`` and ``single_broker`` are judged only where both FK
    and SF keep a guidance register (:mod:`dknet.analysis.registers`); how many of the chosen
    municipalities were left unjudged is ``df.attrs["unassessed_guidance"]``. ``as_of``: the status
    day (:func:`dknet.analysis.asof.as_of`).
    """
    config = at_year(config or load_gap_config(), as_of)
    G = asof.as_of(G, as_of)
    chosen = set(select_codes(G, county, sf))
    H = cooperation_graph(G, year=config.year, window=config.window)
    helpers = _helpers(G) & set(H)
    rows: list[dict[str, Any]] = []
    # "Cut off from" or "reaches FK and SF only through" rests on the guidance layer: where FK's or
    # SF's contacts are not registered, the absence of a guidance edge is not a finding.
    regs = registers(G)
    unassessed = {
        c for c in chosen if not all(guidance_registered(G, regs, municipality_node(c), who) for who in ("FK", "SF"))
    }
    needs_guidance = {"cut_off", "single_broker"}
    found = [
        *_isolated(G, config),
        *_cut_off(G, H, helpers, config),
        *_single_broker(G, H, helpers),
        *_constrained(G, H),
    ]
    for kind, codes_, detail, score in found:
        codes = sorted(codes_)
        if kind in needs_guidance and set(codes) & unassessed:
            continue
        if any(c in chosen for c in codes):
            names = " – ".join(str(G.nodes[municipality_node(c)]["name"]) for c in codes)
            rows.append(
                {"kind": kind, "kommunenummer": " – ".join(codes), "navn": names, "detail": detail, "score": score}
            )
    rows += _across_boundaries(G, chosen, config)
    rows += _regional_plan_gaps(G, chosen, config)
    df = pd.DataFrame(rows, columns=["kind", "kommunenummer", "navn", "detail", "score"])
    df["_o"] = df["kind"].map({k: i for i, k in enumerate(KINDS)})
    out = (
        df.sort_values(["_o", "score", "kommunenummer"], ascending=[True, False, True], kind="stable")
        .drop(columns="_o")
        .reset_index(drop=True)
    )
    out.attrs["unassessed_guidance"] = len(unassessed)  # municipalities whose cut-off/broker kinds were not judged
    return out


#: One structural hole before the county filter: kind, municipality codes, detail, score.
Found: TypeAlias = tuple[str, list[str], Text, float]


def _isolated(G: Graph, config: GapConfig) -> list[Found]:
    out: list[Found] = []
    for code in isolated_municipalities(G, year=config.year):
        groups = groups_of(G, municipality_node(code))
        member_of = ", ".join(sorted(str(g["name"]) for g in groups if group_kind(g, config.year)))
        key = "gaps.structural.isolated" if member_of else "gaps.structural.isolated_alone"
        out.append(("isolated", [code], Msg(key, groups=member_of), 1.0))
    return out


def _cut_off(G: Graph, H: nx.Graph[str], helpers: set[str], config: GapConfig) -> list[Found]:
    out: list[Found] = []
    for comp in nx.connected_components(H):
        if not comp & helpers:
            for m in sorted(c for c in comp if G.nodes[c]["label"] == Label.MUNICIPALITY.label):
                out.append(("cut_off", [G.nodes[m]["key"]], Msg("gaps.structural.cut_off", years=config.window), 1.0))
    return out


def _single_broker(G: Graph, H: nx.Graph[str], helpers: set[str]) -> list[Found]:
    reachable: set[str] = set()
    for comp in nx.connected_components(H):
        if comp & helpers:
            reachable |= comp
    brokers: dict[str, list[str]] = {}
    for b in sorted(nx.articulation_points(H)):
        if b in helpers:
            continue
        rest = H.subgraph(n for n in H if n != b)
        for comp in nx.connected_components(rest):
            if comp & helpers or not (comp & set(H[b])):
                continue
            for m in comp:
                if m in reachable and G.nodes[m]["label"] == Label.MUNICIPALITY.label:
                    brokers.setdefault(m, []).append(b)
    out: list[Found] = []
    for m in sorted(brokers):
        chain = sorted(brokers[m], key=lambda b: (nx.shortest_path_length(H, m, b), b))
        names = joined(
            [joined([str(G.nodes[b]["name"]), " (", _node_kind(G, b), ")"], sep="") for b in chain],
            sep=Msg("gaps.structural.then"),
        )
        out.append(("single_broker", [G.nodes[m]["key"]], Msg("gaps.structural.single_broker", chain=names), 0.9))
    return out


def _constrained(G: Graph, H: nx.Graph[str]) -> list[Found]:
    municipalities = [m for m in nodes_of(G, Label.MUNICIPALITY) if H.degree(m) > 0]
    constraint, effective = burt(H, municipalities)
    out: list[Found] = []
    if constraint:
        cutoff = float(np.nanquantile(list(constraint.values()), 0.9))
        for m, c in sorted(constraint.items(), key=lambda kv: (-kv[1], kv[0])):
            if c >= cutoff and not math.isnan(c):
                size = Num(effective[m], decimals=1)
                detail = Msg("gaps.structural.constrained", constraint=Num(c, decimals=2), size=size)
                out.append(("constrained", [G.nodes[m]["key"]], detail, float(c)))
    return out


def _node_kind(G: Graph, node: str) -> Text:
    """``kommune``, ``plankontor`` or ``arena``: what a broker is."""
    label = str(G.nodes[node]["label"])
    key = f"gaps.structural.node.{label}"
    return Msg(key) if key in MESSAGES else label


def _similarity(G: Graph) -> pd.DataFrame:
    pconf = load_config()
    return similarity_matrix(rank_scale(challenge_profiles(G, config=pconf)), pconf.weights)


def _shared_groups(G: Graph, a: str, b: str) -> set[str]:
    return targets(G, municipality_node(a), Rel.MEMBER_OF) & targets(G, municipality_node(b), Rel.MEMBER_OF)


def _across_boundaries(G: Graph, chosen: set[str], config: GapConfig) -> list[dict[str, Any]]:
    sim = _similarity(G)
    codes = list(sim.index)
    lon = np.array([G.nodes[municipality_node(c)]["lon"] for c in codes])
    lat = np.array([G.nodes[municipality_node(c)]["lat"] for c in codes])
    dist = distance_matrix_km(lon, lat)
    s = config.structural
    borders = {
        (G.nodes[u]["key"], G.nodes[v]["key"]) for u, v, d in G.edges(data=True) if d["type"] == Rel.BORDERS.type
    }
    rows = []
    values = sim.to_numpy()
    for i, a in enumerate(codes):
        for j in range(i + 1, len(codes)):
            b = codes[j]
            if a not in chosen and b not in chosen:
                continue
            if values[i, j] < s["similar_pair_min_similarity"]:
                continue
            border = (a, b) in borders
            if not border and dist[i, j] > s["similar_pair_max_km"]:
                continue
            da, db = G.nodes[municipality_node(a)], G.nodes[municipality_node(b)]
            sf_a, sf_b = (
                targets(G, municipality_node(a), Rel.SUPERVISED_BY),
                targets(G, municipality_node(b), Rel.SUPERVISED_BY),
            )
            other_county, other_sf = da["fylkesnummer"] != db["fylkesnummer"], sf_a != sf_b
            if not (other_county or other_sf):
                continue
            if _shared_groups(G, a, b):
                continue
            km = Num(dist[i, j], decimals=0)
            where = Msg("gaps.structural.neighbours") if border else Msg("gaps.structural.apart", km=km)
            boundary = "both" if other_county and other_sf else ("county" if other_county else "sf")
            rows.append(
                {
                    "kind": "similar_across_boundary",
                    "kommunenummer": f"{a} – {b}",
                    "navn": f"{da['name']} – {db['name']}",
                    "score": float(values[i, j]),
                    "detail": Msg(
                        "gaps.structural.similar",
                        similarity=Num(values[i, j], decimals=2),
                        where=where,
                        boundary=Msg(f"gaps.structural.boundary.{boundary}"),
                    ),
                }
            )
    return rows


def _regional_plan_gaps(G: Graph, chosen: set[str], config: GapConfig) -> list[dict[str, Any]]:
    sim = _similarity(G)
    rows = []
    threshold = config.structural["regional_plan_min_similarity"]
    for p in nodes_of(G, Label.REGIONAL_PLAN):
        covered = {str(G.nodes[v]["key"]) for _, v, d in G.out_edges(p, data=True) if d["type"] == Rel.COVERS.type}
        owner = next((u for u, _, d in G.in_edges(p, data=True) if d["type"] == Rel.OWNS.type), None)
        if not covered or owner is None:
            continue
        county = G.nodes[owner]["key"]
        neighbours = {
            str(G.nodes[v]["key"])
            for c in covered
            for _, v, d in G.out_edges(municipality_node(c), data=True)
            if d["type"] == Rel.BORDERS.type and G.nodes[v]["fylkesnummer"] == county
        } - covered
        for c in sorted(neighbours & chosen):
            median = float(np.nanmedian(sim.loc[c, sorted(covered)].to_numpy()))
            if median >= threshold:
                rows.append(
                    {
                        "kind": "left_out_of_regional_plan",
                        "kommunenummer": c,
                        "navn": G.nodes[municipality_node(c)]["name"],
                        "score": median,
                        "detail": Msg(
                            "gaps.structural.left_out",
                            plan=G.nodes[p]["name"],
                            n=len(covered),
                            median=Num(median, decimals=2),
                        ),
                    }
                )
    return rows
