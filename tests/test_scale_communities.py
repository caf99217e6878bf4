"""The community engine: Leiden with bounds, a connected partition, deterministic across processes."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from dknet.analysis.engine import (
    LOUVAIN_NOTE,
    consensus_arrays,
    leiden_available,
    modularity,
    partition_arrays,
    partition_graph,
)
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


def _bridged_triangles() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Two triangles (0-1-2, 4-5-6) and node 3 tied equally to both: it belongs to either side."""
    a = np.array([0, 1, 0, 4, 5, 4, 2, 3])
    b = np.array([1, 2, 2, 5, 6, 6, 3, 4])
    return a, b, np.ones(8)


@pytest.mark.parametrize("engine", ENGINES)
def test_consensus_counts_how_often_pairs_were_together_and_settles_the_bridge(engine: str) -> None:
    a, b, w = _bridged_triangles()
    c = consensus_arrays(7, a, b, w, runs=12, seed=5, max_size=4, engine=engine)
    t = c.together
    assert t.shape == (7, 7) and np.allclose(t, t.T) and np.allclose(np.diag(t), 1)
    assert t[0, 1] == t[4, 5] == 1 and t[0, 5] == 0  # the triangles never split and never meet
    assert t[3, 2] + t[3, 4] == pytest.approx(1)  # the bridge goes to one side each run
    m = c.result.membership
    assert m[0] == m[1] == m[2] != m[4] == m[5] == m[6] and m[3] in (m[2], m[4])
    again = consensus_arrays(7, a, b, w, runs=12, seed=5, max_size=4, engine=engine)
    assert np.array_equal(again.result.membership, m) and 1 <= c.rounds <= 5


def test_consensus_of_one_run_is_that_run_and_runs_must_be_positive() -> None:
    a, b, w = _bridged_triangles()
    one = consensus_arrays(7, a, b, w, runs=1, seed=9)
    assert np.array_equal(one.result.membership, partition_arrays(7, a, b, w, seed=9).membership) and one.rounds == 1
    with pytest.raises(ValueError, match="runs"):
        consensus_arrays(7, a, b, w, runs=0)


def test_consensus_picks_the_run_that_agrees_with_the_majority(monkeypatch: pytest.MonkeyPatch) -> None:
    # Three hand-made runs of four nodes: two put {0,1} and {2,3} apart, one joins everything.
    # The runs never agree, so all five rounds run; the kept run is the majority's, in any order.
    from dknet.analysis import engine as eng

    split, joined = np.array([0, 0, 1, 1]), np.array([0, 0, 0, 0])
    for order in ([split, split, joined], [joined, split, split]):
        results = itertools.cycle([eng.EngineResult(m, "test") for m in order])  # every round alike
        monkeypatch.setattr(eng, "partition_arrays", lambda *args, _r=results, **kw: next(_r))
        c = eng.consensus_arrays(4, np.array([0]), np.array([1]), np.ones(1), runs=3)
        assert np.array_equal(c.result.membership, split) and c.rounds == 5
        assert c.together[0, 2] == pytest.approx(1 / 3) and c.together[0, 1] == 1
