"""The graph as load rows: one per node and relationship as Neo4j stores it, every problem reported at once."""

from __future__ import annotations

import copy
import math

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from neo4j_fixture import small_graph

from dknet.graph import relationship_counts
from dknet.graphdb.rows import (
    GraphExportError,
    export_rows,
    local_identities,
    neo4j_value,
    node_rows,
    relationship_rows,
)
from dknet.schema import Label, Rel


def test_every_node_and_relationship_has_one_row() -> None:
    G = small_graph()
    export = export_rows(G)
    assert export.nodes == G.number_of_nodes()
    assert export.relationships == sum(relationship_counts(G).values())


def test_export_does_not_change_the_graph() -> None:
    G = small_graph()
    before = copy.deepcopy(G)
    export_rows(G)
    assert nx.utils.graphs_equal(G, before)
    assert dict(G.nodes(data=True)) == dict(before.nodes(data=True))


def test_node_rows_keep_every_attribute_but_label() -> None:
    rows = node_rows(small_graph(), Label.MUNICIPALITY)
    holtalen = next(r for r in rows if r["key"] == "5026")
    assert holtalen["props"]["key"] == "5026"
    assert holtalen["props"]["name"] == "Holtålen"
    assert holtalen["props"]["source"] == "test"
    assert holtalen["props"]["bruker_konsulenter"] is True
    assert type(holtalen["props"]["aarsverk_areal"]) is float
    assert "label" not in holtalen["props"]
    assert [r["key"] for r in rows] == sorted(r["key"] for r in rows)


def test_borders_once_per_pair_from_the_smaller_key() -> None:
    rows = relationship_rows(small_graph(), Rel.BORDERS)
    assert [(r["from"], r["to"]) for r in rows] == [("5025", "5026"), ("5025", "5033"), ("5026", "5033")]
    assert rows[2]["props"] == {"grenselengde_km": 12.0, "source": "Kartverket (computed)"}


def test_guides_keyed_by_veiledning_id_with_the_sender_label() -> None:
    rows = relationship_rows(small_graph(), Rel.GUIDES)
    assert [(r["from_label"], r["from"], r["to"], r["key"]) for r in rows] == [
        ("County", "50", "5026", "v1"),
        ("County", "50", "5026", "v2"),
        ("StateAdministrator", "nordland", "1826", "v4"),
        ("StateAdministrator", "trondelag", "5026", "v3"),
    ]
    assert all(r["props"]["veiledning_id"] == r["key"] for r in rows)
    assert "antall" not in rows[1]["props"]  # missing stays missing


def test_member_of_says_which_group_label() -> None:
    rows = relationship_rows(small_graph(), Rel.MEMBER_OF)
    holtalen = sorted((r["to_label"], r["to"]) for r in rows if r["from"] == "5026")
    assert holtalen == [("Arena", "fjellregionen"), ("PlanOffice", "fjellregionen")]
    assert all("from_label" not in r for r in rows)


def test_source_travels_on_every_row() -> None:
    export = export_rows(small_graph())
    assert all("source" in row["props"] for rows in export.rows.values() for row in rows)


def test_identities_cover_every_row() -> None:
    export = export_rows(small_graph())
    rels, nodes = local_identities(export)
    assert len(nodes) == export.nodes
    assert len(rels) == export.relationships
    assert ("BORDERS", "Municipality", "5025", "Municipality", "5026", None) in rels
    assert ("GUIDES", "County", "50", "Municipality", "5026", "v2") in rels


def test_none_and_nan_are_left_out() -> None:
    G = small_graph()
    G.nodes["kommune:5026"]["landsdel"] = None
    G.nodes["kommune:5026"]["areal_km2"] = math.nan
    props = next(r for r in node_rows(G, Label.MUNICIPALITY) if r["key"] == "5026")["props"]
    assert "landsdel" not in props and "areal_km2" not in props


def test_every_problem_is_reported_at_once_and_nothing_is_exported() -> None:
    G = small_graph()
    G.nodes["kommune:5026"]["polygon"] = {"type": "Polygon"}
    G.nodes["kommune:5025"]["big"] = 2**70
    G.nodes["kommune:5033"]["mixed"] = [1, "a"]
    G.add_edge("kommune:5026", "kommune:5025", key="HOSTS", type="HOSTS", source="x")  # HOSTS must end at a PlanOffice
    G.add_edge("kommune:5026", "fylke:50", key="LIKES", type="LIKES")
    with pytest.raises(GraphExportError) as info:
        export_rows(G)
    problems = info.value.problems
    assert len(problems) == 5, problems
    text = "\n".join(problems)
    assert "node kommune:5026, property polygon: a dict cannot be stored" in text
    assert "node kommune:5025, property big: 1180591620717411303424 does not fit in 64 bits" in text
    assert "node kommune:5033, property mixed: a list must hold values of one type" in text
    assert "HOSTS edge kommune:5026 → kommune:5025: goes Municipality → Municipality, expected" in text
    assert "relationship type 'LIKES', which dknet.schema does not define" in text


def test_two_in_county_edges_between_the_same_nodes_are_a_problem() -> None:
    G = small_graph()
    G.add_edge("kommune:5026", "fylke:50", key="again", type="IN_COUNTY", source="x")
    with pytest.raises(GraphExportError, match="more than one IN_COUNTY edge between the same two nodes"):
        export_rows(G)


scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(),
)


@given(scalars)
def test_storable_scalars_pass_unchanged_with_their_type(value: object) -> None:
    stored = neo4j_value(value)
    assert stored == value and type(stored) is type(value)


@given(st.lists(st.integers(min_value=0, max_value=10**6)) | st.lists(st.text()))
def test_homogeneous_lists_become_lists(value: list[object]) -> None:
    assert neo4j_value(tuple(value)) == value
