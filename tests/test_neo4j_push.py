"""Against a real Neo4j: push all of Norway twice (zero changes the second time), pull it back equal, prune.

The server comes from neo4j_fixture (a local Neo4j 5.26, or DKNET_TEST_NEO4J_URI).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j_fixture import Neo4jTarget, neo4j_db, neo4j_target, small_graph, wipe  # noqa: F401

from dknet.cli.graphdb import neo4j as neo4j_group
from dknet.graph import Graph, relationship_counts
from dknet.graphdb.compare import graph_differences
from dknet.graphdb.pull import pull, status
from dknet.graphdb.push import push
from dknet.graphdb.runner import Counters
from dknet.graphdb.statements import statement
from dknet.present.numbers import number
from dknet.schema import Label, Rel

pytestmark = pytest.mark.neo4j


def cli(target: Neo4jTarget, *args: str) -> Any:
    return CliRunner().invoke(neo4j_group, list(args), env=target.env(), catch_exceptions=False)


def assert_same_graph(local: Graph, pulled: Graph) -> None:
    """Nodes with attributes, edges with keys and attributes: equal, and every value of the same type."""
    assert dict(pulled.nodes(data=True)) == dict(local.nodes(data=True))
    local_edges = {(u, v, k): d for u, v, k, d in local.edges(keys=True, data=True)}
    pulled_edges = {(u, v, k): d for u, v, k, d in pulled.edges(keys=True, data=True)}
    assert pulled_edges == local_edges
    assert pulled.number_of_edges() == local.number_of_edges()
    wrong_types = [
        (n, name, type(value).__name__, type(pulled.nodes[n][name]).__name__)
        for n, d in local.nodes(data=True)
        for name, value in d.items()
        if type(pulled.nodes[n][name]) is not type(value)
    ] + [
        (e, name, type(value).__name__, type(pulled_edges[e][name]).__name__)
        for e, d in local_edges.items()
        for name, value in d.items()
        if type(pulled_edges[e][name]) is not type(value)
    ]
    assert wrong_types == []
    assert graph_differences(local, pulled) == []


@pytest.fixture(scope="module")
def pushes(neo4j_target: Neo4jTarget) -> tuple[Any, Any]:  # noqa: F811
    """An empty database, then two pushes of the bundled graph through the CLI, as a user runs it."""
    with neo4j_target.runner() as runner:
        wipe(runner)
    # the session reads the demonstration set (DKNET_DEMO=1): pushing it takes an explicit --demo
    return cli(neo4j_target, "push", "--demo", "--format", "json"), cli(
        neo4j_target, "push", "--demo", "--format", "json"
    )


class TestAllOfNorway:
    """The bundled graph (about 1 580 nodes and 8 430 relationships in Neo4j) pushed twice, then the checks."""

    def test_first_push_creates_every_node_and_relationship(self, pushes: tuple[Any, Any], graph: Graph) -> None:
        first, _ = pushes
        assert first.exit_code == 0, first.stderr
        total = json.loads(first.stdout)[-1]
        assert total["step"] == "total"
        assert total["nodes_created"] == graph.number_of_nodes() > 1500
        assert total["labels_added"] == graph.number_of_nodes()
        assert total["relationships_created"] == sum(relationship_counts(graph).values()) > 8000
        assert total["constraints_added"] == len(Label)
        assert total["indexes_added"] == 1
        n, r = graph.number_of_nodes(), sum(relationship_counts(graph).values())
        nodes, rels = number(n, "nb"), number(r, "nb")  # bokmål by default: 1 580, 8 430
        assert first.stderr.splitlines()[0].startswith(f"Laster opp {nodes} noder og {rels} relasjoner til bolt://")

    def test_second_push_changes_nothing(self, pushes: tuple[Any, Any]) -> None:
        _, second = pushes
        assert second.exit_code == 0, second.stderr
        total = json.loads(second.stdout)[-1]
        assert {k: v for k, v in total.items() if k not in ("step", "rows", "batches")} == Counters().as_dict()
        assert second.stderr.splitlines()[-1].endswith("ingen endringer, Neo4j var allerede lik grafen.")

    def test_status_counts_equal_the_local_graph(self, pushes: tuple[Any, Any], neo4j_target: Neo4jTarget) -> None:  # noqa: F811
        r = cli(neo4j_target, "status", "--format", "json")
        assert r.exit_code == 0
        rows = json.loads(r.stdout)
        assert [row["name"] for row in rows] == [lab.label for lab in Label] + [rel.type for rel in Rel]
        assert [row for row in rows if row["difference"] != 0] == []
        assert next(row for row in rows if row["name"] == "BORDERS")["neo4j"] == 736
        assert r.stderr.endswith(": samme antall som i den lokale grafen.\n")
        r = cli(neo4j_target, "status", "--format", "json", "--lang", "en")
        assert json.loads(r.stdout) == rows and r.stderr.endswith(": the same counts as the local graph.\n")

    def test_pull_gives_back_the_local_graph(
        self,
        pushes: tuple[Any, Any],
        neo4j_target: Neo4jTarget,  # noqa: F811
        graph: Graph,
    ) -> None:
        with neo4j_target.runner() as runner:
            pulled = pull(runner)
        assert_same_graph(graph, pulled)
        assert pulled.graph["illustrative"] == graph.graph["illustrative"]

    def test_pull_command_says_identical(self, pushes: tuple[Any, Any], neo4j_target: Neo4jTarget) -> None:  # noqa: F811
        r = cli(neo4j_target, "pull")
        assert r.exit_code == 0
        assert r.stderr.splitlines()[-1].endswith(" s: lik den lokale grafen (noder, egenskaper, koblinger, nøkler).")
        r = cli(neo4j_target, "pull", "--lang", "nn")
        assert r.stderr.splitlines()[-1].endswith(" s: lik den lokale grafen (nodar, eigenskapar, koplingar, nøklar).")
        r = cli(neo4j_target, "pull", "--lang", "en")
        assert r.stderr.splitlines()[-1].endswith(" s: identical to the local graph (nodes, attributes, edges, keys).")

    def test_borders_are_one_relationship_per_pair_and_no_duplicates(
        self,
        pushes: tuple[Any, Any],
        neo4j_target: Neo4jTarget,  # noqa: F811
        graph: Graph,
    ) -> None:
        labels, types = [lab.label for lab in Label], [r.type for r in Rel]
        with neo4j_target.runner() as runner:
            rows = runner.run(statement("sync/relationship_keys").text, {"labels": labels, "types": types}).rows
        borders = [r for r in rows if r["type"] in ("BORDERS", "SEA_NEIGHBOUR", "FERRY")]
        assert all(r["from_key"] < r["to_key"] for r in borders)
        identities = Counter(
            (r["type"], r["from_label"], r["from_key"], r["to_label"], r["to_key"], r["veiledning_id"]) for r in rows
        )
        assert max(identities.values()) == 1
        assert len(rows) == sum(relationship_counts(graph).values())


def test_small_graph_round_trip_keeps_types(neo4j_db: Neo4jTarget) -> None:  # noqa: F811
    G = small_graph()
    with neo4j_db.runner() as runner:
        first = push(G, runner)
        second = push(G, runner, batch_size=2)
        pulled = pull(runner)
    assert first.counters.nodes_created == 15 and first.counters.relationships_created == 37
    assert second.counters == Counters()
    assert_same_graph(G, pulled)
    assert type(pulled.edges["kommune:5026", "kommune:5033", "BORDERS"]["grenselengde_km"]) is float  # 12.0
    assert pulled.edges["kommune:5538", "kommune:1826", "FERRY"]["vegnummer"] == "Fv882"  # stored once, both ways
    assert pulled.nodes["kommune:5026"]["bruker_konsulenter"] is True
    assert pulled.nodes["kommune:5026"]["aarsverk_areal"] == 0.0


def test_changed_values_and_types_are_updated(neo4j_db: Neo4jTarget) -> None:  # noqa: F811
    with neo4j_db.runner() as runner:
        push(small_graph(), runner)
        changed = small_graph()
        changed.nodes["kommune:5026"]["folketall_2026"] = 2037.0  # same value, other type
        del changed.nodes["kommune:5025"]["andel_67pluss"]  # a property removed locally
        changed.edges["fylke:50", "kommune:5026", "v1"]["antall"] = 5
        report = push(changed, runner)
        pulled = pull(runner)
        assert push(changed, runner).counters == Counters()
    assert report.counters.properties_set > 0
    assert report.counters.nodes_created == report.counters.relationships_created == 0
    assert_same_graph(changed, pulled)


def test_prune_deletes_only_dknet_records_the_graph_no_longer_has(neo4j_db: Neo4jTarget) -> None:  # noqa: F811
    G = small_graph()
    with neo4j_db.runner() as runner:
        push(G, runner)
        # things dknet does not own, and a duplicate it should clean up
        note = "MATCH (m:Municipality {key: $k}) CREATE (n:Note {key: $k, text: $t})-[:ABOUT]->(m), (n)-[:COVERS]->(m)"
        runner.run(note, {"k": "5026", "t": "x"})
        duplicate = "MATCH (f:County {key: $f})-[:GUIDES {veiledning_id: $v}]->(m) CREATE (f)-[:GUIDES]->(m)"
        runner.run(duplicate, {"f": "50", "v": "v1"})
        runner.run("MATCH (:County)-[r:GUIDES]->() WHERE r.veiledning_id IS NULL SET r.veiledning_id = $v", {"v": "v1"})
        smaller = small_graph()
        smaller.remove_node("plan:1826-planstrategi")
        smaller.remove_edge("fylke:50", "kommune:5026", key="v2")
        smaller.remove_edge("kommune:5033", "plankontor:fjellregionen", key="MEMBER_OF")
        attrs = smaller.edges["statsforvalter:trondelag", "kommune:5026", "v3"]
        smaller.remove_edge("statsforvalter:trondelag", "kommune:5026", key="v3")
        smaller.add_edge("statsforvalter:trondelag", "kommune:5025", key="v3", **attrs)  # the record moved

        kept = push(smaller, runner)
        assert kept.counters.relationships_created == 1 and kept.counters.nodes_deleted == 0
        before = status(smaller, runner).query("difference != 0")[["name", "difference"]].values.tolist()
        assert before == [["Plan", 1], ["HAS_PLAN", 1], ["MEMBER_OF", 1], ["GUIDES", 3]]

        pruned = push(smaller, runner, prune=True)
        assert pruned.counters.nodes_deleted == 1
        assert pruned.counters.relationships_deleted == 5  # HAS_PLAN, MEMBER_OF, GUIDES v2, old v3, duplicate v1
        assert_same_graph(smaller, pull(runner))
        assert (status(smaller, runner)["difference"] == 0).all()
        assert runner.run("MATCH (:Note)-[r:ABOUT|COVERS]->(:Municipality) RETURN count(r) AS n").rows == [{"n": 2}]
        assert push(smaller, runner, prune=True).counters == Counters()
