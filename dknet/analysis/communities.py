"""Communities of municipalities that are similar *and* can work together; candidate plan offices.

Method
------
1. **Feasibility graph.** Municipalities are linked when they share a land border or their
   centroids are at most ``max_km`` apart (so island municipalities without land borders get
   their ferry neighbours); optionally only within one county.
2. **Weights.** Each link is weighted by the challenge-profile similarity of its two ends
   (:mod:`dknet.analysis.profiles`), raised to ``sharpness`` so that similar pairs dominate.
3. **Louvain** (networkx, ``seed``, ``resolution``) partitions the graph.
4. **Repair.** Louvain can return badly connected or even disconnected communities (Traag,
   Waltman & van Eck 2019), so every community is split into its connected components in the
   feasibility graph. Communities above ``max_size`` are split again by Louvain on their own
   subgraph with a rising resolution (then repaired again); communities below ``min_size`` are
   merged into the neighbouring community they have the strongest links to. A municipality with
   no feasible link at all stays alone and is reported.
5. **Quality.** Modularity of the final partition on the weighted feasibility graph, and its
   agreement with real groupings (BA regions, counties) as normalised mutual information (NMI)
   and adjusted Rand index (ARI).

The result is deterministic for a seed, a partition of the municipalities considered, and every
community is connected in the feasibility graph (tests check all three).

>>> adjusted_rand([0, 0, 1, 1], [1, 1, 0, 0]), round(nmi([0, 0, 1, 1], [0, 1, 0, 1]), 3)
(1.0, 0.0)
>>> from dknet.examples import tiny_graph
>>> part = detect_communities(tiny_graph(), seed=1, max_km=0)
>>> part.summary[["community", "members"]].values.tolist()
[[1, 'Austby, Bergdal, Dalsnes'], [2, 'Fjellvik, Nordøy, Åsen']]
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

import networkx as nx
import numpy as np
import pandas as pd

from dknet.analysis.context import distance_matrix_km
from dknet.analysis.profiles import ProfileConfig, challenge_profiles, load_config, rank_scale, similarity_matrix
from dknet.errors import DknetError
from dknet.graph import Graph, nodes_of
from dknet.schema import Label, Rel

#: The feasibility graph: kommunenummer nodes, edges weighted by similarity.
SimpleGraph: TypeAlias = "nx.Graph[str]"


@dataclass
class Partition:
    """A partition of municipalities into communities, with quality figures and notes."""

    members: pd.DataFrame  # kommunenummer, navn, fylkesnummer, community
    summary: pd.DataFrame  # one row per community
    quality: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# --- agreement measures ---------------------------------------------------------------------------


def _contingency(a: Sequence[Hashable], b: Sequence[Hashable]) -> np.ndarray:
    ia = {v: i for i, v in enumerate(sorted(set(a), key=str))}
    ib = {v: i for i, v in enumerate(sorted(set(b), key=str))}
    m = np.zeros((len(ia), len(ib)))
    for x, y in zip(a, b, strict=True):
        m[ia[x], ib[y]] += 1
    return m


def adjusted_rand(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Adjusted Rand index of two labelings (1 = identical partitions, ≈0 = chance)."""
    m = _contingency(a, b)
    n = m.sum()

    def comb2(x: np.ndarray | float) -> float:
        return float(np.sum(np.asarray(x) * (np.asarray(x) - 1) / 2))

    index, rows, cols = comb2(m), comb2(m.sum(axis=1)), comb2(m.sum(axis=0))
    expected = rows * cols / comb2(n) if n > 1 else 0.0
    maximum = (rows + cols) / 2
    return 1.0 if maximum == expected else float((index - expected) / (maximum - expected))


def nmi(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Normalised mutual information (arithmetic mean of entropies; 1 = identical, 0 = independent)."""
    m = _contingency(a, b)
    n = m.sum()
    p = m / n
    pa, pb = p.sum(axis=1), p.sum(axis=0)
    nz = p > 0
    mi = float(np.sum(p[nz] * np.log(p[nz] / np.outer(pa, pb)[nz])))
    ha = -float(np.sum(pa[pa > 0] * np.log(pa[pa > 0])))
    hb = -float(np.sum(pb[pb > 0] * np.log(pb[pb > 0])))
    if ha + hb == 0:
        return 1.0
    return max(0.0, 2 * mi / (ha + hb))


# --- the feasibility graph ------------------------------------------------------------------------


def _municipalities(G: Graph, county: str | None) -> list[str]:
    codes = [G.nodes[n]["key"] for n in nodes_of(G, Label.MUNICIPALITY)]
    if county is not None:
        codes = [c for c in codes if G.nodes[f"kommune:{c}"]["fylkesnummer"] == county]
    if not codes:
        raise DknetError(f"no municipalities in county {county!r}")
    return sorted(codes)


def feasibility_graph(
    G: Graph,
    *,
    codes: Sequence[str] | None = None,
    max_km: float = 40.0,
    config: ProfileConfig | None = None,
    sharpness: float = 2.0,
) -> SimpleGraph:
    """Municipalities (by kommunenummer) linked by a land border or ``max_km`` between centroids.

    Edge attributes: ``similarity`` (profile similarity), ``weight`` (similarity ** sharpness),
    ``border`` and ``distance_km``.
    """
    config = config or load_config()
    codes = sorted(codes) if codes is not None else _municipalities(G, None)
    sim = similarity_matrix(rank_scale(challenge_profiles(G, config=config)), config.weights).loc[codes, codes]
    lon = np.array([G.nodes[f"kommune:{c}"]["lon"] for c in codes], dtype=float)
    lat = np.array([G.nodes[f"kommune:{c}"]["lat"] for c in codes], dtype=float)
    dist = distance_matrix_km(lon, lat)
    chosen = set(codes)
    H: SimpleGraph = nx.Graph()
    for c in codes:
        d = G.nodes[f"kommune:{c}"]
        H.add_node(c, navn=d["name"], fylkesnummer=d["fylkesnummer"])
    pos = {c: i for i, c in enumerate(codes)}
    borders = {
        (G.nodes[u]["key"], G.nodes[v]["key"])
        for u, v, e in G.edges(data=True)
        if e["type"] == Rel.BORDERS.type and G.nodes[u]["key"] in chosen and G.nodes[v]["key"] in chosen
    }
    for i, a in enumerate(codes):
        for j in range(i + 1, len(codes)):
            b = codes[j]
            border = (a, b) in borders
            if border or dist[i, j] <= max_km:
                s = float(sim.to_numpy()[pos[a], pos[b]])
                s = 0.0 if math.isnan(s) else s
                H.add_edge(
                    a, b, similarity=s, weight=max(s, 1e-6) ** sharpness, border=border, distance_km=float(dist[i, j])
                )
    return H


# --- detection and repair -------------------------------------------------------------------------


def _louvain(H: SimpleGraph, *, resolution: float, seed: int) -> list[set[str]]:
    parts = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    return [set(p) for p in parts]


def _connected(H: SimpleGraph, parts: list[set[str]]) -> list[set[str]]:
    out: list[set[str]] = []
    for p in parts:
        out.extend(set(c) for c in nx.connected_components(H.subgraph(p)))
    return out


def _split_large(H: SimpleGraph, parts: list[set[str]], max_size: int, seed: int, resolution: float) -> list[set[str]]:
    out: list[set[str]] = []
    queue = list(parts)
    while queue:
        p = queue.pop()
        if len(p) <= max_size:
            out.append(p)
            continue
        sub = H.subgraph(p)
        r = resolution
        pieces = [p]
        for _ in range(30):
            r *= 1.5
            pieces = _connected(sub, _louvain(sub, resolution=r, seed=seed))
            if len(pieces) > 1:
                break
        if len(pieces) == 1:  # cannot split by modularity: cut into chunks along a BFS order
            order = list(nx.bfs_tree(sub, min(p)))
            pieces = [set(order[i : i + max_size]) for i in range(0, len(order), max_size)]
            pieces = _connected(sub, pieces)
        queue.extend(pieces)
    return out


def _merge_small(H: SimpleGraph, parts: list[set[str]], min_size: int, max_size: int | None) -> list[set[str]]:
    """Merge each community below ``min_size`` into the neighbour it is most strongly linked to."""
    groups = {i: set(p) for i, p in enumerate(parts)}
    label = {n: i for i, p in groups.items() for n in p}
    changed = True
    while changed:
        changed = False
        small = sorted(
            (i for i, p in groups.items() if len(p) < min_size), key=lambda i: (len(groups[i]), min(groups[i]))
        )
        for i in small:
            if i not in groups or len(groups[i]) >= min_size:
                continue
            links: Counter[int] = Counter()
            for u in groups[i]:
                for v, e in H[u].items():
                    j = label[v]
                    if j != i and (max_size is None or len(groups[j]) + len(groups[i]) <= max_size):
                        links[j] += e["weight"]
            if links:
                j = max(sorted(links), key=lambda k: links[k])
                for u in groups[i]:
                    label[u] = j
                groups[j] |= groups.pop(i)
                changed = True
    return list(groups.values())


def partition(
    H: SimpleGraph, *, resolution: float = 1.0, seed: int = 2024, min_size: int = 2, max_size: int | None = 12
) -> list[set[str]]:
    """Louvain on a weighted graph, then repaired: connected, split above ``max_size``, merged below ``min_size``.

    Sorted largest first (ties: smallest member). Used for Norway and, unchanged, at scale.
    """
    parts = _connected(H, _louvain(H, resolution=resolution, seed=seed))
    if max_size is not None:
        parts = _split_large(H, parts, max_size, seed, resolution)
    parts = _merge_small(H, parts, min_size, max_size)
    parts = _connected(H, parts)
    parts.sort(key=lambda p: (-len(p), min(p)))
    return parts


def detect_communities(
    G: Graph,
    *,
    county: str | None = None,
    resolution: float = 1.0,
    seed: int = 2024,
    min_size: int = 2,
    max_size: int | None = 12,
    max_km: float = 40.0,
    config: ProfileConfig | None = None,
    codes: Sequence[str] | None = None,
) -> Partition:
    """Communities of similar, geographically feasible municipalities (see the module docstring)."""
    if min_size < 1 or (max_size is not None and max_size < max(min_size, 1)):
        raise DknetError("--min-size must be ≥ 1 and --max-size ≥ --min-size")
    if resolution <= 0:
        raise DknetError("--resolution must be > 0")
    config = config or load_config()
    chosen = sorted(codes) if codes is not None else _municipalities(G, county)
    H = feasibility_graph(G, codes=chosen, max_km=max_km, config=config)
    parts = partition(H, resolution=resolution, seed=seed, min_size=min_size, max_size=max_size)
    notes = []
    lonely = sorted(c for p in parts if len(p) < min_size for c in p)
    if lonely:
        names = ", ".join(f"{H.nodes[c]['navn']} ({c})" for c in lonely)
        notes.append(
            f"{len(lonely)} municipalities could not reach --min-size {min_size} with feasible partners: {names}"
        )
    parts.sort(key=lambda p: (-len(p), min(p)))
    label = {c: i + 1 for i, p in enumerate(parts) for c in p}
    members = pd.DataFrame(
        [
            {
                "kommunenummer": c,
                "navn": H.nodes[c]["navn"],
                "fylkesnummer": H.nodes[c]["fylkesnummer"],
                "community": label[c],
            }
            for c in chosen
        ]
    )
    quality = _quality(G, H, parts, chosen, label)
    return Partition(members, _summary(G, H, parts), quality, notes)


def _quality(
    G: Graph, H: SimpleGraph, parts: list[set[str]], codes: list[str], label: dict[str, int]
) -> dict[str, float]:
    ours = [label[c] for c in codes]
    ba = [G.nodes[f"kommune:{c}"].get("ba_region", "") for c in codes]
    county = [G.nodes[f"kommune:{c}"]["fylkesnummer"] for c in codes]
    q: dict[str, float] = {
        "communities": float(len(parts)),
        "modularity": float(nx.community.modularity(H, parts, weight="weight")) if H.number_of_edges() else 0.0,
        "nmi_ba_region": nmi(ours, ba),
        "ari_ba_region": adjusted_rand(ours, ba),
    }
    if len(set(county)) > 1:
        q["nmi_county"] = nmi(ours, county)
        q["ari_county"] = adjusted_rand(ours, county)
    return q


def _summary(G: Graph, H: SimpleGraph, parts: list[set[str]]) -> pd.DataFrame:
    rows = []
    for i, p in enumerate(parts, start=1):
        ds = [G.nodes[f"kommune:{c}"] for c in sorted(p)]
        sims = [H.edges[u, v]["similarity"] for u, v in H.subgraph(p).edges]
        classes = Counter(int(d["sentralitetsklasse"]) for d in ds if d.get("sentralitetsklasse") is not None)
        rows.append(
            {
                "community": i,
                "size": len(p),
                "members": ", ".join(str(d["name"]) for d in ds),
                "counties": ", ".join(sorted({str(d["fylkesnummer"]) for d in ds})),
                "median_population": float(np.median([d.get("folketall_2026", np.nan) for d in ds])),
                "centrality_classes": ", ".join(f"{k}×{v}" if v > 1 else str(k) for k, v in sorted(classes.items())),
                "mean_similarity": float(np.mean(sims)) if sims else math.nan,
            }
        )
    return pd.DataFrame(rows)


# --- plan offices ---------------------------------------------------------------------------------


def low_capacity(G: Graph, *, county: str | None = None, max_fte: float = 0.5) -> list[str]:
    """Municipalities with at most ``max_fte`` land-use or community-planning FTE (kommunenummer)."""
    out = []
    for c in _municipalities(G, county):
        d = G.nodes[f"kommune:{c}"]
        fte = [d.get("aarsverk_areal"), d.get("aarsverk_samfunn")]
        if any(f is not None and f <= max_fte for f in fte):
            out.append(c)
    return out


def propose_plan_offices(
    G: Graph,
    *,
    county: str | None = None,
    max_fte: float = 0.5,
    seed: int = 2024,
    max_size: int = 5,
    max_km: float = 60.0,
    config: ProfileConfig | None = None,
) -> Partition:
    """Candidate (virtual) plan-office groups of low-capacity municipalities, with host candidates.

    Groups are communities (as :func:`detect_communities`, sizes 2..``max_size``) of the
    municipalities with ≤ ``max_fte`` FTE for land-use or community planning. The host candidate
    is the member with the most planning FTE (ties: most central), the usual vertskommune
    choice; ``summary`` also gives the most central member by distance and the combined FTE.
    """
    codes = low_capacity(G, county=county, max_fte=max_fte)
    if len(codes) < 2:
        raise DknetError("fewer than two low-capacity municipalities: nothing to group (try a larger --max-fte)")
    part = detect_communities(G, codes=codes, seed=seed, min_size=2, max_size=max_size, max_km=max_km, config=config)
    rows = []
    for grp, members in part.members.groupby("community"):
        ds = [G.nodes[f"kommune:{c}"] for c in members.kommunenummer]
        fte = [float(d.get("aarsverk_areal") or 0) + float(d.get("aarsverk_samfunn") or 0) for d in ds]
        host = max(range(len(ds)), key=lambda i: (fte[i], ds[i].get("sentralitetsindeks", 0), -int(ds[i]["key"])))
        lon = np.array([d["lon"] for d in ds])
        lat = np.array([d["lat"] for d in ds])
        central = int(np.argmin(distance_matrix_km(lon, lat).sum(axis=1)))
        span = float(distance_matrix_km(lon, lat).max())
        reasons = [
            f"{len(ds)} municipalities with ≤ {max_fte:g} FTE for land-use or community planning",
            f"combined planning FTE {sum(fte):.1f}",
            f"host candidate {ds[host]['name']}: most planning capacity ({fte[host]:.1f} FTE)",
            f"most central: {ds[central]['name']}",
            f"at most {span:.0f} km apart",
        ]
        if len(ds) == 1:
            reasons = [f"no low-capacity partner within {max_km:g} km or across a border"]
        rows.append(
            {
                "office": int(str(grp)),
                "size": len(ds),
                "members": ", ".join(str(d["name"]) for d in ds),
                "host_candidate": f"{ds[host]['name']} ({ds[host]['key']})",
                "most_central": f"{ds[central]['name']} ({ds[central]['key']})",
                "combined_fte": round(sum(fte), 1),
                "reasons": reasons,
            }
        )
    summary = pd.DataFrame(rows)
    members = part.members.rename(columns={"community": "office"})
    return Partition(members, summary, part.quality, part.notes)
