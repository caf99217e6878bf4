"""The community engine: Leiden with size bounds and a connectivity repair, Louvain as the fallback.

Both ``dknet communities`` (Norway) and :func:`dknet.analysis.scale.communities_at_scale` partition a
weighted graph through :func:`partition_arrays` (nodes 0..n-1, undirected edges ``a``–``b``):

1. **Leiden** (Traag, Waltman & van Eck 2019; ``leidenalg`` on ``python-igraph``, the ``leiden``
   extra): modularity with a resolution (``RBConfigurationVertexPartition``), the size bound
   ``max_size`` enforced by the optimiser (``max_comm_size`` with constraint enforcement on —
   at a low enforcement leidenalg 0.12 ignores the bound), seeded, two iterations (leidenalg's
   default; iterating to convergence took 2–5× longer for < 0.1 % modularity).
   Without the extra, networkx **Louvain** runs instead and the result says so (``note``);
   communities above ``max_size`` are then split by Louvain on their own subgraph with a rising
   resolution, or cut along a breadth-first order.
2. **Connectivity repair.** Each community is split into its connected components (Leiden's
   refinement makes this rare, not impossible once sizes are constrained; Louvain needs it).
3. **Small communities** (below ``min_size``) join the neighbouring community they are most
   strongly linked to, if the union stays within ``max_size``; a node without links stays alone.

Deterministic across processes: nodes and edges are given as sorted integer arrays, igraph is
built from them in that order, and nothing iterates over a hashed set of names. Communities are
numbered largest first (ties: smallest member).

>>> a, b = np.array([0, 1, 0, 3, 4, 3, 2]), np.array([1, 2, 2, 4, 5, 5, 3])
>>> r = partition_arrays(6, a, b, np.array([1, 1, 1, 1, 1, 1, 0.1]), seed=1)
>>> r.membership.tolist()
[0, 0, 0, 1, 1, 1]
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Literal

import networkx as nx
import numpy as np

Engine = Literal["auto", "leiden", "louvain"]

#: Said wherever the fallback ran (user-facing, Norwegian).
LOUVAIN_NOTE = (
    "leidenalg er ikke installert (pip install 'dknet[leiden]'): fellesskapene er funnet med "
    "Louvain (networkx), som kan gi svakere og mindre sammenhengende inndelinger."
)


@dataclass(frozen=True)
class EngineResult:
    """Community of every node (0..c-1, largest first), the engine that ran, and what to tell the user."""

    membership: np.ndarray
    engine: str
    note: str | None = None
    #: Communities the engine returned disconnected and the repair split.
    split_for_connectivity: int = 0


def leiden_available() -> bool:
    """True when the ``leiden`` extra (leidenalg and python-igraph) is installed."""
    return importlib.util.find_spec("leidenalg") is not None and importlib.util.find_spec("igraph") is not None


def partition_arrays(
    n: int,
    a: np.ndarray,
    b: np.ndarray,
    weight: np.ndarray,
    *,
    resolution: float = 1.0,
    seed: int = 2024,
    min_size: int = 1,
    max_size: int | None = None,
    engine: Engine | str = "auto",
) -> EngineResult:
    """Partition the weighted undirected graph on nodes 0..n-1 (see the module docstring)."""
    if engine not in ("auto", "leiden", "louvain"):
        raise ValueError(f"unknown community engine {engine!r}: use auto, leiden or louvain")
    if engine == "leiden" and not leiden_available():
        raise ValueError("the Leiden engine needs the leiden extra: pip install 'dknet[leiden]'")
    a, b, w = _canonical_edges(n, a, b, weight)
    use_leiden = engine == "leiden" or (engine == "auto" and leiden_available())
    if use_leiden:
        label = _leiden(n, a, b, w, resolution=resolution, seed=seed, max_size=max_size)
        name, note = "leiden", None
    else:
        label = _louvain(n, a, b, w, resolution=resolution, seed=seed)
        name, note = "louvain", LOUVAIN_NOTE
    before = len(np.unique(label))
    label = connected_parts(n, a, b, label)
    split = len(np.unique(label)) - before
    if max_size is not None and np.bincount(label).max() > max_size:
        label = _split_large(n, a, b, w, label, max_size=max_size, resolution=resolution, seed=seed)
    if min_size > 1:
        label = _merge_small(n, a, b, w, label, min_size=min_size, max_size=max_size)
    return EngineResult(_renumber(label), name, note, split)


def partition_graph(
    H: nx.Graph,  # type: ignore[type-arg]
    *,
    resolution: float = 1.0,
    seed: int = 2024,
    min_size: int = 1,
    max_size: int | None = None,
    weight: str = "weight",
    engine: Engine | str = "auto",
) -> tuple[list[set[str]], EngineResult]:
    """:func:`partition_arrays` on a networkx graph with string nodes: communities as sets of nodes.

    Nodes are numbered in sorted order, so the answer does not depend on insertion order or on
    string hashing.
    """
    nodes, a, b, w = _arrays(H, weight)
    result = partition_arrays(
        len(nodes), a, b, w, resolution=resolution, seed=seed, min_size=min_size, max_size=max_size, engine=engine
    )
    return _parts(nodes, result), result


def _arrays(H: nx.Graph, weight: str) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    """Sorted nodes and the edges as integer arrays (positions in that order) with their weights."""
    nodes = sorted(H.nodes, key=str)
    pos = {v: i for i, v in enumerate(nodes)}
    edges = [(pos[u], pos[v], float(d.get(weight, 1.0))) for u, v, d in H.edges(data=True)]
    arr = np.array(edges, dtype=float).reshape(-1, 3)
    return nodes, arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]


def _parts(nodes: list[str], result: EngineResult) -> list[set[str]]:
    parts: list[set[str]] = [set() for _ in range(int(result.membership.max()) + 1 if len(nodes) else 0)]
    for v, c in zip(nodes, result.membership.tolist(), strict=True):
        parts[c].add(v)
    return parts


@dataclass(frozen=True)
class Consensus:
    """A partition agreed over several seeded runs, and how often each pair shared a community.

    ``together[i, j]`` is the share of the first round's runs (the engine on the graph itself) in
    which nodes ``nodes[i]`` and ``nodes[j]`` were in one community (1 on the diagonal);
    ``result`` is the agreed partition and ``rounds`` how many rounds it took (see
    :func:`consensus_arrays`).
    """

    result: EngineResult
    together: np.ndarray
    nodes: list[str]
    runs: int
    rounds: int


#: Rounds of consensus clustering before the most representative run of the last round is taken.
CONSENSUS_ROUNDS = 5


def consensus_arrays(
    n: int,
    a: np.ndarray,
    b: np.ndarray,
    weight: np.ndarray,
    *,
    runs: int = 25,
    seed: int = 2024,
    resolution: float = 1.0,
    min_size: int = 1,
    max_size: int | None = None,
    engine: Engine | str = "auto",
) -> Consensus:
    """One partition that ``runs`` seeded runs of :func:`partition_arrays` agree on (consensus clustering).

    One seeded run of Leiden or Louvain is one of many near-optimal partitions, and a municipality
    between two regions lands on either side from one seed to the next. Consensus clustering
    (Lancichinetti & Fortunato 2012) settles it: run the engine ``runs`` times (seeds ``seed``,
    ``seed + 1``, …), weight each edge of the graph by the share of runs that put its two ends
    together, drop the edges below one half (a node that would lose all its edges keeps its
    strongest), and run again on that graph, until every run gives the same partition or after
    :data:`CONSENSUS_ROUNDS` rounds. The partition kept is the run of the last round whose pairs
    (together or apart) agree with the majority of that round's runs most often, so it is a real
    run: every size bound and the connectivity repair hold. ``together`` comes from the first
    round, so it says how settled each pair is on the data itself. Deterministic for a seed.

    >>> a, b = np.array([0, 1, 0, 3, 4, 3, 2]), np.array([1, 2, 2, 4, 5, 5, 3])
    >>> c = consensus_arrays(6, a, b, np.array([1, 1, 1, 1, 1, 1, 0.1]), runs=5, seed=1)
    >>> c.result.membership.tolist(), float(c.together[0, 1]), float(c.together[0, 5]), c.rounds
    ([0, 0, 0, 1, 1, 1], 1.0, 0.0, 1)
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    w, rounds, first = np.asarray(weight, dtype=float), 0, np.zeros((0, 0))
    while True:
        rounds += 1
        results = [
            partition_arrays(
                n,
                a,
                b,
                w,
                resolution=resolution,
                seed=(seed + r) % 2**32,
                min_size=min_size,
                max_size=max_size,
                engine=engine,
            )
            for r in range(runs)
        ]
        same = [m.membership[:, None] == m.membership[None, :] for m in results]
        together = np.mean(same, axis=0) if n else np.zeros((0, 0))
        first = together if rounds == 1 else first
        agreed = all(np.array_equal(results[0].membership, m.membership) for m in results[1:])
        if agreed or rounds == CONSENSUS_ROUNDS:
            break
        w = _consensus_weights(n, a, b, together)
    vote = np.triu(2 * together - 1, k=1)
    best = int(np.argmax([float(np.sum(vote[s])) for s in same]))
    return Consensus(results[best], first, [str(i) for i in range(n)], runs, rounds)


def _consensus_weights(n: int, a: np.ndarray, b: np.ndarray, together: np.ndarray) -> np.ndarray:
    """Each edge's share of runs together; below one half 0, unless it is a node's strongest edge."""
    t = together[a, b] if len(a) else np.zeros(0)
    keep = t >= 0.5
    strongest = np.full(n, -1.0)
    np.maximum.at(strongest, a, t)
    np.maximum.at(strongest, b, t)
    lonely = np.ones(n, dtype=bool)
    lonely[a[keep]] = False
    lonely[b[keep]] = False
    keep |= (lonely[a] & (t == strongest[a]) & (t > 0)) | (lonely[b] & (t == strongest[b]) & (t > 0))
    return np.where(keep, t, 0.0)


def consensus_graph(
    H: nx.Graph,  # type: ignore[type-arg]
    *,
    runs: int = 25,
    seed: int = 2024,
    resolution: float = 1.0,
    min_size: int = 1,
    max_size: int | None = None,
    weight: str = "weight",
) -> tuple[list[set[str]], Consensus]:
    """:func:`consensus_arrays` on a networkx graph with string nodes (sorted), like :func:`partition_graph`."""
    nodes, a, b, w = _arrays(H, weight)
    c = consensus_arrays(
        len(nodes), a, b, w, runs=runs, seed=seed, resolution=resolution, min_size=min_size, max_size=max_size
    )
    return _parts(nodes, c.result), Consensus(c.result, c.together, nodes, c.runs, c.rounds)


def modularity(
    n: int, a: np.ndarray, b: np.ndarray, weight: np.ndarray, membership: np.ndarray, *, resolution: float = 1.0
) -> float:
    """Weighted modularity Q = Σ_c [W_c / W − γ · (D_c / 2W)²] (W total weight, D_c degree sum of c).

    >>> round(modularity(4, np.array([0, 2, 1]), np.array([1, 3, 2]), np.ones(3), np.array([0, 0, 1, 1])), 4)
    0.1667
    """
    a, b, w = _canonical_edges(n, a, b, weight)
    total = float(w.sum())
    if total == 0:
        return 0.0
    c = np.asarray(membership)
    inside = float(w[c[a] == c[b]].sum())
    deg = np.bincount(c[a], weights=w, minlength=int(c.max()) + 1) + np.bincount(
        c[b], weights=w, minlength=int(c.max()) + 1
    )
    return inside / total - resolution * float(((deg / (2 * total)) ** 2).sum())


# --- building blocks ------------------------------------------------------------------------------


def _canonical_edges(n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Edges with a < b, sorted by (a, b), no self-loops (the order every engine sees)."""
    a, b, w = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64), np.asarray(w, dtype=float)
    if a.size and (min(a.min(), b.min()) < 0 or max(a.max(), b.max()) >= n):
        raise ValueError(f"edge ends must lie in 0..{n - 1}")
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    keep = lo != hi
    lo, hi, w = lo[keep], hi[keep], w[keep]
    order = np.argsort(lo * max(n, 1) + hi, kind="stable")
    return lo[order], hi[order], w[order]


def connected_parts(n: int, a: np.ndarray, b: np.ndarray, label: np.ndarray) -> np.ndarray:
    """Split every community into its connected components (using only edges inside it)."""
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components

    inside = label[a] == label[b]
    g = sp.coo_array((np.ones(int(inside.sum())), (a[inside], b[inside])), shape=(n, n))
    _, comp = connected_components(g, directed=False)
    return np.asarray(comp, dtype=np.int64)


def _renumber(label: np.ndarray) -> np.ndarray:
    """Communities numbered 0.. by size (largest first), ties by smallest member."""
    n = len(label)
    if n == 0:
        return label.astype(np.int64)
    size = np.bincount(label)
    first = np.full(len(size), n, dtype=np.int64)
    np.minimum.at(first, label, np.arange(n))
    used = np.flatnonzero(size)
    order = used[np.lexsort((first[used], -size[used]))]
    new = np.empty(len(size), dtype=np.int64)
    new[order] = np.arange(len(order))
    return np.asarray(new[label])


def _leiden(
    n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray, *, resolution: float, seed: int, max_size: int | None
) -> np.ndarray:
    import igraph as ig
    import leidenalg

    g = ig.Graph(n=n, edges=np.column_stack([a, b]).tolist())
    part = leidenalg.RBConfigurationVertexPartition(g, weights=w.tolist(), resolution_parameter=resolution)
    opt = leidenalg.Optimiser()
    opt.set_rng_seed(seed)
    if max_size is not None:
        opt.max_comm_size = max_size
        # leidenalg 0.12 treats the bound as a penalty of this strength: 0 or 1 leave communities
        # of 300+ at a bound of 12 (measured); 10 and above hold it exactly. 1000 is well clear.
        opt.community_constraint_enforcement = 1000
    opt.optimise_partition(part, n_iterations=2)
    return np.asarray(part.membership, dtype=np.int64)


def _nx_graph(nodes: np.ndarray, a: np.ndarray, b: np.ndarray, w: np.ndarray) -> nx.Graph:  # type: ignore[type-arg]
    """A networkx graph with nodes and edges inserted in sorted order (Louvain's shuffle is then seeded only)."""
    H: nx.Graph = nx.Graph()  # type: ignore[type-arg]
    H.add_nodes_from(nodes.tolist())
    H.add_weighted_edges_from(zip(a.tolist(), b.tolist(), w.tolist(), strict=True))
    return H


def _louvain(n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray, *, resolution: float, seed: int) -> np.ndarray:
    parts = nx.community.louvain_communities(
        _nx_graph(np.arange(n), a, b, w), weight="weight", resolution=resolution, seed=seed
    )
    label = np.empty(n, dtype=np.int64)
    for c, p in enumerate(sorted((sorted(p) for p in parts), key=lambda p: p[0])):
        label[p] = c
    return label


def _split_large(
    n: int,
    a: np.ndarray,
    b: np.ndarray,
    w: np.ndarray,
    label: np.ndarray,
    *,
    max_size: int,
    resolution: float,
    seed: int,
) -> np.ndarray:
    """Split communities above ``max_size``: Louvain on the subgraph at rising resolution, else BFS chunks."""
    label = label.copy()
    while True:  # rounds: split every oversized community, then one connectivity repair
        size = np.bincount(label)
        large = np.flatnonzero(size > max_size)
        if large.size == 0:
            return label
        nxt = len(size)
        by_node = np.argsort(label, kind="stable")
        node_start = np.concatenate([[0], np.cumsum(size)])
        inside = np.flatnonzero((label[a] == label[b]) & (size[label[a]] > max_size))
        inside = inside[np.argsort(label[a[inside]], kind="stable")]
        edge_label = label[a[inside]]
        for c in large.tolist():
            nodes = by_node[node_start[c] : node_start[c + 1]]
            lo, hi = np.searchsorted(edge_label, [c, c + 1])
            e = inside[lo:hi]
            sub = _nx_graph(nodes, a[e], b[e], w[e])
            pieces: list[list[int]] = []
            r = resolution
            for _ in range(30):
                r *= 1.5
                found = nx.community.louvain_communities(sub, weight="weight", resolution=r, seed=seed)
                pieces = [sorted(p) for p in found]
                if len(pieces) > 1:
                    break
            if len(pieces) <= 1:  # cannot split by modularity: cut into chunks along a BFS order
                order = list(nx.bfs_tree(sub, int(nodes[0])))
                pieces = [order[i : i + max_size] for i in range(0, len(order), max_size)]
            for piece in sorted(pieces, key=lambda q: q[0])[1:]:
                label[piece] = nxt
                nxt += 1
        # Pieces may be disconnected: repair, then look at the sizes again.
        label = connected_parts(n, a, b, label)


def _merge_small(
    n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray, label: np.ndarray, *, min_size: int, max_size: int | None
) -> np.ndarray:
    """Merge each community below ``min_size`` into the neighbour it is most strongly linked to.

    Smallest first (ties: smallest member); the target is the strongest link (ties: the lower
    community number) among neighbours that keep the union within ``max_size``.
    """
    import scipy.sparse as sp

    label = _renumber(label)
    cross = label[a] != label[b]
    ca, cb, cw = label[a][cross], label[b][cross], w[cross]
    k = int(label.max()) + 1
    links = sp.coo_array((np.concatenate([cw, cw]), (np.concatenate([ca, cb]), np.concatenate([cb, ca]))), shape=(k, k))
    links = links.tocsr()
    links.sum_duplicates()
    size = np.bincount(label, minlength=k).astype(np.int64)
    parent = np.arange(k)

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = int(parent[x])
        return x

    first = np.full(k, n, dtype=np.int64)
    np.minimum.at(first, label, np.arange(n))
    groups: dict[int, list[int]] = {c: [c] for c in range(k)}
    changed = True
    while changed:
        changed = False
        small = [c for c in range(k) if root(c) == c and size[c] < min_size]
        small.sort(key=lambda c: (size[c], first[c]))
        for c in small:
            if root(c) != c or size[c] >= min_size:
                continue
            members = groups[c]
            strength: dict[int, float] = {}
            for x in members:
                row = slice(links.indptr[x], links.indptr[x + 1])
                for t, v in zip(links.indices[row].tolist(), links.data[row].tolist(), strict=True):
                    rt = root(t)
                    if rt != c:
                        strength[rt] = strength.get(rt, 0.0) + v
            fits = [t for t in sorted(strength) if max_size is None or size[t] + size[c] <= max_size]
            if not fits:
                continue
            best = max(fits, key=lambda t: (strength[t], -t))
            parent[c] = best
            groups[best].extend(groups.pop(c))
            size[best] += size[c]
            first[best] = min(first[best], first[c])
            changed = True
    roots = np.array([root(c) for c in range(k)])
    return np.asarray(roots[label], dtype=np.int64)
