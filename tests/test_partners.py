"""Partner suggestions: ranking, existing partners, --within, reasons, determinism."""

from __future__ import annotations

import pytest

from dknet.analysis.partners import PARTNER_COLUMNS, suggest_partners
from dknet.analysis.validation import holdout_hits, known_cooperations, recall_table
from dknet.errors import DknetError
from dknet.examples import tiny_graph


@pytest.fixture(scope="module")
def holtalen(graph):  # type: ignore[no-untyped-def]
    return suggest_partners(graph, "5026", top=10)


def test_columns_ranks_and_order(holtalen) -> None:  # type: ignore[no-untyped-def]
    assert list(holtalen.columns) == list(PARTNER_COLUMNS)
    assert holtalen["rank"].tolist() == list(range(1, 11))
    assert holtalen["score"].is_monotonic_decreasing
    assert holtalen[["score", "similarity", "feasibility", "context"]].apply(lambda c: c.between(0, 1).all()).all()
    assert "5026" not in set(holtalen.kommunenummer)


def test_existing_partners_are_left_out_unless_asked(graph, holtalen) -> None:  # type: ignore[no-untyped-def]
    # Tydal shares the running Distriktskommune 3.0 project with Holtålen.
    assert "5033" not in set(holtalen.kommunenummer)
    everyone = suggest_partners(graph, "5026", top=400, include_existing=True)
    tydal = everyone.set_index("kommunenummer").loc["5033"]
    assert bool(tydal.existing) is True
    assert any(r.startswith("already cooperating in Distriktskommune 3.0") for r in tydal.reasons)


def test_neighbours_rank_first_and_say_so(holtalen) -> None:  # type: ignore[no-untyped-def]
    top4 = holtalen.head(4)
    assert top4.shares_border.all()
    assert all("shares a border" in r for r in top4.reasons)
    assert all(r[-1] == "no planning cooperation today" for r in holtalen.reasons)


@pytest.mark.parametrize(
    ("within", "column"),
    [("neighbours", "shares_border"), ("county", None), ("km:60", None), ("ba-region", None), ("sf", None)],
)
def test_within_restricts_candidates(graph, within: str, column: str | None) -> None:  # type: ignore[no-untyped-def]
    df = suggest_partners(graph, "5026", top=50, within=within, include_existing=True)
    assert not df.empty
    nodes = graph.nodes
    if within == "neighbours":
        assert df.shares_border.all() and len(df) == 5
    elif within == "county":
        assert {nodes[f"kommune:{k}"]["fylkesnummer"] for k in df.kommunenummer} == {"50"}
    elif within == "km:60":
        assert (df.distance_km <= 60).all()
    elif within == "ba-region":
        assert {nodes[f"kommune:{k}"]["ba_region"] for k in df.kommunenummer} == {"94 Røros"}
    else:
        assert {nodes[f"kommune:{k}"]["fylkesnummer"] for k in df.kommunenummer} == {"50"}  # SF Trøndelag: one county


def test_bad_within_is_a_clear_error(graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DknetError, match="--within 'km:abc' is not understood"):
        suggest_partners(graph, "5026", within="km:abc")


def test_deterministic(graph, holtalen) -> None:  # type: ignore[no-untyped-def]
    again = suggest_partners(graph, "5026", top=10)
    assert again.drop(columns="reasons").equals(holtalen.drop(columns="reasons"))
    assert again.reasons.tolist() == holtalen.reasons.tolist()


def test_does_not_mutate_the_graph(graph) -> None:  # type: ignore[no-untyped-def]
    before = (graph.number_of_nodes(), graph.number_of_edges())
    suggest_partners(graph, "5026", exclude_groups=frozenset({"arena:distriktskommune-3-0"}))
    assert (graph.number_of_nodes(), graph.number_of_edges()) == before


def test_norwegian_reasons(graph) -> None:  # type: ignore[no-untyped-def]
    df = suggest_partners(graph, "5026", top=1, lang="nb")
    assert "felles grense" in df.reasons[0] and "ikke noe plansamarbeid i dag" in df.reasons[0]


def test_holdout_on_the_tiny_graph() -> None:
    G = tiny_graph()
    assert [(n, m) for n, _, m in known_cooperations(G)] == [("plankontor:pk-1", ["9003", "9004"])]
    H = G.copy()
    H.nodes["plankontor:pk-1"]["source"] = "illustrative"
    assert known_cooperations(H) == []  # generated groups are never ground truth
    hits = holdout_hits(G, ks=(1, 3))
    full = hits[hits.scoring == "full"]
    assert sorted(zip(full.a, full.b, strict=True)) == [("9003", "9004"), ("9004", "9003")]
    assert full["hit@3"].all()  # neighbours with similar profiles: found once the office is held out
    table = recall_table(hits, ks=(1, 3), n_candidates=5)
    assert set(table.columns) >= {"recall@1", "recall@3", "chance@3", "pairs"}
    assert table.set_index(["scoring", "cooperation"]).loc[("full", "(all pairs)"), "pairs"] == 2


def test_known_cooperations_in_the_bundled_data(graph) -> None:  # type: ignore[no-untyped-def]
    names = {name for _, name, _ in known_cooperations(graph)}
    assert names == {
        "Nord-Troms plankontor",
        "Nord-Troms Plan og Eiendom",
        "Nissedal og Kviteseid – plansamarbeid",
        "Alvdal og Tynset – felles kontor for plan, byggesak og geodata",
        "Plankontoret (Berkåk)",
        "Innherred samkommune",
        "Distriktskommune 3.0",
        "Pilot arealstrategi (KDD)",
    }
