"""The community engine: Leiden with bounds, a connected partition, deterministic across processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from dknet.analysis.engine import LOUVAIN_NOTE, leiden_available, modularity, partition_arrays, partition_graph
from dknet.analysis.scale import communities_at_scale
from dknet.synthetic import synthetic_neighbours, synthetic_territory

ENGINES = ["louvain", *(["leiden"] if leiden_available() else [])]


@pytest.fixture(scope="module")
def territory() -> tuple[pd.DataFrame, np.ndarray]:
    t = synthetic_territory(600, seed=11)
    return t, synthetic_neighbours(t)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_connected_bounded_partition(territory, engine: str) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    labels = communities_at_scale(t, nb, max_size=12, engine=engine)
    assert labels.index.equals(t.index)
    H = nx.Graph()
    H.add_nodes_from(t.index)
    H.add_edges_from((t.index[a], t.index[b]) for a, b in nb)
    sizes = labels.value_counts()
    assert sizes.max() <= 12
    for _, members in labels.groupby(labels):
        assert nx.is_connected(H.subgraph(members.index))
    # Numbered 1.. largest first.
    assert sorted(labels.unique()) == list(range(1, labels.max() + 1))
    assert sizes.sort_index().is_monotonic_decreasing
    assert labels.equals(communities_at_scale(t, nb, max_size=12, engine=engine))


@pytest.mark.skipif(not leiden_available(), reason="the leiden extra is not installed")
def test_leiden_beats_louvain_on_modularity(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    from dknet.analysis.profiles import gower_pairs, load_config
    from dknet.analysis.scale import _prepare, profile_weights

    X, w, kinds = _prepare(t, profile_weights(t, load_config()))
    weight = np.maximum(np.nan_to_num(gower_pairs(X, w, nb[:, 0], nb[:, 1], kinds=kinds)), 1e-6) ** 2
    q = {
        e: modularity(len(t), nb[:, 0], nb[:, 1], weight, communities_at_scale(t, nb, engine=e).to_numpy() - 1)
        for e in ENGINES
    }
    assert q["leiden"] >= q["louvain"]


def test_louvain_fallback_says_so() -> None:
    a, b = np.array([0, 1, 2]), np.array([1, 2, 3])
    r = partition_arrays(4, a, b, np.ones(3), engine="louvain")
    assert r.engine == "louvain" and r.note == LOUVAIN_NOTE and "Louvain" in LOUVAIN_NOTE
    with pytest.raises(ValueError, match="unknown community engine"):
        partition_arrays(4, a, b, np.ones(3), engine="magic")


@pytest.mark.parametrize("engine", ENGINES)
def test_small_communities_merge_within_bounds_and_isolated_nodes_stay_alone(engine: str) -> None:
    # Two triangles joined by a weak edge, a pendant node 6 on the first, node 7 isolated.
    a = np.array([0, 1, 0, 3, 4, 3, 2, 0])
    b = np.array([1, 2, 2, 4, 5, 5, 3, 6])
    w = np.array([1, 1, 1, 1, 1, 1, 0.01, 0.2])
    r = partition_arrays(8, a, b, w, min_size=2, max_size=4, engine=engine)
    m = r.membership
    assert np.bincount(m).max() <= 4
    assert m[6] == m[0]  # the pendant joined its only neighbour's community
    assert (m == m[7]).sum() == 1  # no link: alone


def test_graph_api_ignores_insertion_order() -> None:
    rng = np.random.default_rng(2)
    pairs = {(min(u, v), max(u, v)) for u, v in rng.integers(0, 60, (150, 2)).tolist() if u != v}
    edges = [(f"k{u:03d}", f"k{v:03d}", 0.1 + (u * v) % 7 / 7) for u, v in sorted(pairs)]
    G: nx.Graph[str] = nx.Graph()
    G2: nx.Graph[str] = nx.Graph()
    G.add_weighted_edges_from(edges)
    G2.add_weighted_edges_from((v, u, x) for u, v, x in reversed(edges))
    p1, _ = partition_graph(G, seed=3, max_size=8)
    p2, _ = partition_graph(G2, seed=3, max_size=8)
    assert p1 == p2


CHILD = """
import json, sys
from dknet.synthetic import synthetic_territory, synthetic_neighbours
from dknet.analysis.scale import communities_at_scale, topk_partners
t = synthetic_territory(400, seed=8); nb = synthetic_neighbours(t)
out = {e: communities_at_scale(t, nb, engine=e).tolist() for e in sys.argv[1:]}
out["topk"] = topk_partners(t, k=5, neighbours=nb).partner.tolist()
print(json.dumps(out))
"""


def test_deterministic_across_processes_and_hash_seeds() -> None:
    runs = []
    for hash_seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, *ENGINES], capture_output=True, text=True, env=env, check=True
        )
        runs.append(json.loads(proc.stdout))
    assert runs[0] == runs[1] == runs[2]
