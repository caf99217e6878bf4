"""The hand-written agreement measures (NMI, ARI) against scikit-learn's, on random and real partitions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dknet.analysis.communities import adjusted_rand, detect_communities, nmi
from dknet.schema import Label, node_id

sklearn_metrics = pytest.importorskip("sklearn.metrics")

labelings = st.integers(min_value=2, max_value=60).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(0, 7), min_size=n, max_size=n), st.lists(st.sampled_from("abcde"), min_size=n, max_size=n)
    )
)


@settings(max_examples=200, deadline=None)
@given(labelings)
def test_nmi_and_ari_match_scikit_learn(pair: tuple[list[int], list[str]]) -> None:
    a, b = pair
    assert nmi(a, b) == pytest.approx(sklearn_metrics.normalized_mutual_info_score(a, b), abs=1e-9)
    assert adjusted_rand(a, b) == pytest.approx(sklearn_metrics.adjusted_rand_score(a, b), abs=1e-9)


def test_the_reported_agreement_with_ba_regions_is_scikit_learns(graph) -> None:  # type: ignore[no-untyped-def]
    part = detect_communities(graph, county="50")
    codes = list(part.members["kommunenummer"])
    ba = [graph.nodes[node_id(Label.MUNICIPALITY, c)]["ba_region"] for c in codes]
    found = list(part.members["community"])
    assert part.quality["nmi_ba_region"] == pytest.approx(sklearn_metrics.normalized_mutual_info_score(ba, found))
    assert part.quality["ari_ba_region"] == pytest.approx(sklearn_metrics.adjusted_rand_score(ba, found))
