"""The scale path: same answers as the pairwise loop, deterministic, communities a connected partition."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from dknet.scale import communities_at_scale, naive_topk, topk_agreement, topk_partners
from dknet.synthetic import synthetic_neighbours, synthetic_territory


@pytest.fixture(scope="module")
def territory():  # type: ignore[no-untyped-def]
    t = synthetic_territory(600, seed=11)
    return t, synthetic_neighbours(t)


def test_fast_equals_the_pairwise_loop(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    fast = topk_partners(t, k=10, neighbours=nb)
    slow = naive_topk(t, k=10, neighbours=nb)
    assert topk_agreement(fast, slow) == 1.0
    assert fast[["kode", "rank", "partner"]].equals(slow[["kode", "rank", "partner"]])
    assert np.allclose(fast.score, slow.score) and np.allclose(fast.distance_km, slow.distance_km)


def test_lists_are_bounded_ranked_and_exclude_self(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    fast = topk_partners(t, k=5, neighbours=nb, radius_km=30)
    assert fast.groupby("kode").size().max() <= 5
    assert (fast.kode != fast.partner).all()
    assert (
        (fast.distance_km <= 30)
        | fast.set_index(["kode", "partner"]).index.isin(
            [(t.index[a], t.index[b]) for a, b in nb] + [(t.index[b], t.index[a]) for a, b in nb]
        )
    ).all()
    for _, grp in fast.groupby("kode"):
        assert grp.score.is_monotonic_decreasing


def test_deterministic_for_a_seed() -> None:
    a, b = synthetic_territory(300, seed=5), synthetic_territory(300, seed=5)
    assert a.equals(b)
    assert not a.equals(synthetic_territory(300, seed=6))
    assert np.array_equal(synthetic_neighbours(a), synthetic_neighbours(b))


def test_neighbours_are_symmetric_pairs(territory) -> None:  # type: ignore[no-untyped-def]
    _, nb = territory
    assert (nb[:, 0] < nb[:, 1]).all()
    assert len({tuple(p) for p in nb.tolist()}) == len(nb)


def test_communities_at_scale_are_a_connected_partition(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    labels = communities_at_scale(t, nb, max_size=12)
    assert labels.index.equals(t.index)
    H = nx.Graph()
    H.add_edges_from((t.index[a], t.index[b]) for a, b in nb)
    H.add_nodes_from(t.index)
    for _, members in labels.groupby(labels):
        assert len(members) <= 12
        assert nx.is_connected(H.subgraph(members.index))
    assert labels.equals(communities_at_scale(t, nb, max_size=12))
