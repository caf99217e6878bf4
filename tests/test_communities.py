"""Communities and plan offices: partition, connectivity, determinism, sizes, quality figures."""

from __future__ import annotations

import networkx as nx
import pytest

from dknet.analysis.communities import (
    adjusted_rand,
    detect_communities,
    feasibility_graph,
    low_capacity,
    nmi,
    propose_plan_offices,
)
from dknet.errors import DknetError


@pytest.fixture(scope="module")
def norway(graph):  # type: ignore[no-untyped-def]
    return detect_communities(graph)


def test_partition_of_all_municipalities(graph, norway) -> None:  # type: ignore[no-untyped-def]
    members = norway.members
    assert len(members) == 357 and members.kommunenummer.is_unique
    assert sorted(members.community.unique()) == list(range(1, members.community.max() + 1))
    assert norway.summary["size"].sum() == 357


def test_every_community_is_connected_in_the_feasibility_graph(graph, norway) -> None:  # type: ignore[no-untyped-def]
    H = feasibility_graph(graph)
    for _, grp in norway.members.groupby("community"):
        assert nx.is_connected(H.subgraph(grp.kommunenummer)), grp.navn.tolist()


def test_sizes_respect_the_bounds_or_are_reported(norway) -> None:  # type: ignore[no-untyped-def]
    sizes = norway.summary["size"]
    assert sizes.max() <= 12
    small = norway.summary[sizes < 2]
    for members in small["members"]:
        assert any(members in note for note in norway.notes)


def test_deterministic_for_a_seed(graph, norway) -> None:  # type: ignore[no-untyped-def]
    again = detect_communities(graph)
    assert again.members.equals(norway.members)
    assert again.quality == norway.quality


def test_quality_figures(norway) -> None:  # type: ignore[no-untyped-def]
    q = norway.quality
    assert 0 < q["modularity"] < 1
    assert 0 <= q["nmi_ba_region"] <= 1 and -1 <= q["ari_ba_region"] <= 1
    assert "nmi_county" in q


def test_one_county(graph) -> None:  # type: ignore[no-untyped-def]
    part = detect_communities(graph, county="50")
    assert set(part.members.fylkesnummer) == {"50"} and len(part.members) == 38
    assert "nmi_county" not in part.quality
    with pytest.raises(DknetError, match="no municipalities in county '99'"):
        detect_communities(graph, county="99")


def test_invalid_sizes_are_refused(graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DknetError, match="--max-size"):
        detect_communities(graph, min_size=5, max_size=3)


def test_agreement_measures_on_known_values() -> None:
    assert adjusted_rand([1, 1, 2, 2], [1, 1, 2, 2]) == 1.0
    assert nmi([1, 1, 2, 2], ["a", "a", "b", "b"]) == pytest.approx(1.0)
    assert adjusted_rand([1, 1, 1, 2, 2, 2], [1, 1, 2, 2, 3, 3]) == pytest.approx(0.2424, abs=1e-4)
    assert nmi([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(0.0)


def test_plan_offices(graph) -> None:  # type: ignore[no-untyped-def]
    part = propose_plan_offices(graph, county="50")
    low = set(low_capacity(graph, county="50"))
    assert set(part.members.kommunenummer) == low
    for row in part.summary.itertuples():
        members = part.members[part.members.office == row.office]
        assert 1 <= len(members) <= 5
        host_code = row.host_candidate.rsplit("(", 1)[1].rstrip(")")
        assert host_code in set(members.kommunenummer)
        assert row.reasons
    all_norway = propose_plan_offices(graph)
    assert len(all_norway.members) == len(low_capacity(graph))
