"""Invariants of the knowledge graph built from the bundled data."""

from __future__ import annotations

from collections import Counter

from dknet.graph import label_counts, nodes_of
from dknet.schema import ILLUSTRATIVE, LABELS_BY_NAME, RELS_BY_NAME, Label


def test_the_2024_division(graph) -> None:  # type: ignore[no-untyped-def]
    counts = label_counts(graph)
    assert counts["Municipality"] == 357
    assert counts["County"] == 15
    assert counts["StateAdministrator"] == 10


def test_every_municipality_in_exactly_one_county_matching_its_number(graph) -> None:  # type: ignore[no-untyped-def]
    for m in nodes_of(graph, Label.MUNICIPALITY):
        counties = [v for _, v, d in graph.out_edges(m, data=True) if d["type"] == "IN_COUNTY"]
        assert len(counties) == 1, m
        assert graph.nodes[counties[0]]["key"] == graph.nodes[m]["fylkesnummer"]
        assert graph.nodes[m]["key"][:2] == graph.nodes[m]["fylkesnummer"]


def test_every_county_served_by_one_office_and_every_office_serves_one_or_more(graph) -> None:  # type: ignore[no-untyped-def]
    served = Counter()
    for c in nodes_of(graph, Label.COUNTY):
        offices = [v for _, v, d in graph.out_edges(c, data=True) if d["type"] == "SERVED_BY"]
        assert len(offices) == 1, c
        served[offices[0]] += 1
    assert set(served) == set(nodes_of(graph, Label.STATE_ADMINISTRATOR))
    assert sorted(served.values()) == [1, 1, 1, 1, 1, 1, 1, 2, 2, 4]


def test_municipality_supervised_by_its_countys_office(graph) -> None:  # type: ignore[no-untyped-def]
    for m in nodes_of(graph, Label.MUNICIPALITY):
        (sf,) = [v for _, v, d in graph.out_edges(m, data=True) if d["type"] == "SUPERVISED_BY"]
        (county,) = [v for _, v, d in graph.out_edges(m, data=True) if d["type"] == "IN_COUNTY"]
        assert [v for _, v, d in graph.out_edges(county, data=True) if d["type"] == "SERVED_BY"] == [sf]


def test_adjacency_is_symmetric_and_irreflexive(graph) -> None:  # type: ignore[no-untyped-def]
    pairs = {(u, v) for u, v, d in graph.edges(data=True) if d["type"] == "BORDERS"}
    assert pairs, "no borders at all"
    assert all((v, u) in pairs for u, v in pairs)
    assert all(u != v for u, v in pairs)
    assert len(pairs) == 2 * 736


def test_holtalen_borders_its_real_neighbours(graph) -> None:  # type: ignore[no-untyped-def]
    edges = graph.out_edges("kommune:5026", data=True)
    nb = sorted(graph.nodes[v]["key"] for _, v, d in edges if d["type"] == "BORDERS")
    assert nb == ["3430", "5025", "5027", "5032", "5033"]  # Os, Røros, Midtre Gauldal, Selbu, Tydal


def test_every_municipality_has_a_location_in_norway(graph) -> None:  # type: ignore[no-untyped-def]
    for m in nodes_of(graph, Label.MUNICIPALITY):
        d = graph.nodes[m]
        assert 4 < d["lon"] < 32 and 57.5 < d["lat"] < 71.5, m


def test_labels_and_types_come_from_the_schema(graph) -> None:  # type: ignore[no-untyped-def]
    assert {d["label"] for _, d in graph.nodes(data=True)} <= set(LABELS_BY_NAME)
    assert {d["type"] for *_, d in graph.edges(data=True)} <= set(RELS_BY_NAME)


def test_every_record_says_where_it_came_from(graph) -> None:  # type: ignore[no-untyped-def]
    assert all(d.get("source") for _, d in graph.nodes(data=True))
    assert all(d.get("source") for *_, d in graph.edges(data=True))


def test_illustrative_records_are_marked_and_counted(graph) -> None:  # type: ignore[no-untyped-def]
    ill_nodes = sum(1 for _, d in graph.nodes(data=True) if d["source"] == ILLUSTRATIVE)
    assert graph.graph["illustrative"]["nodes"] == ill_nodes
    # The public layers are never illustrative.
    for label in (Label.MUNICIPALITY, Label.COUNTY, Label.STATE_ADMINISTRATOR):
        assert all(graph.nodes[n]["source"] != ILLUSTRATIVE for n in nodes_of(graph, label))


def test_holtalen_real_indicators(graph) -> None:  # type: ignore[no-untyped-def]
    d = graph.nodes["kommune:5026"]
    assert (d["name"], d["folketall_2026"], d["sentralitetsklasse"], d["sentralitetsindeks"]) == (
        "Holtålen",
        2037,
        6,
        524,
    )
    assert d["ba_region"] == "94 Røros"
    assert round(d["andel_67pluss"], 3) == 0.265


def test_building_does_not_depend_on_row_order(graph) -> None:  # type: ignore[no-untyped-def]
    from dknet.graph import build_graph
    from dknet.io.dataset import load_dataset

    data = load_dataset()
    shuffled = {name: df.sample(frac=1, random_state=1) for name, df in data.tables.items()}
    G2 = build_graph(shuffled)
    assert set(G2.nodes) == set(graph.nodes)
    assert sorted(G2.edges(keys=True)) == sorted(graph.edges(keys=True))
