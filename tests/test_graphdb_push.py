"""Push, prune, pull and status through a recording runner: order, batches, parameters, round trip.

``FakeNeo4j`` (in neo4j_fixture) answers the calls the way the Cypher files behave, so the Python
side of push → pull is tested without a server; test_neo4j_*.py do the same against a real Neo4j.
"""

from __future__ import annotations

import copy

import pytest
from neo4j_fixture import FakeNeo4j, small_graph

from dknet.graphdb.compare import graph_differences
from dknet.graphdb.errors import DatabaseUnreachableError, PushInterruptedError
from dknet.graphdb.pull import pull, status
from dknet.graphdb.push import push
from dknet.graphdb.rows import GraphExportError
from dknet.graphdb.runner import Call, Counters, QueryResult, RecordingRunner
from dknet.graphdb.statements import statements
from dknet.schema import LABELS_BY_NAME, Label, Rel


def test_push_runs_schema_then_nodes_then_relationships_with_parameters_only() -> None:
    runner = RecordingRunner(FakeNeo4j())
    push(small_graph(), runner)
    ids = runner.statement_ids
    assert None not in ids, "every query is the text of a cypher/ file"
    schema = [s for s in ids if s and s.startswith("schema/")]
    assert ids[: len(schema)] == sorted(s.id for s in statements().values() if s.folder == "schema")
    loads = [s for s in ids if s and s.startswith("load/")]
    expected = [f"load/node_{lab.name.lower()}" for lab in Label] + [f"load/rel_{r.name.lower()}" for r in Rel]
    assert loads == expected
    assert all(not c.read_only for c in runner.calls)


def test_batches_hold_at_most_batch_size_rows_and_progress_counts_them() -> None:
    runner = RecordingRunner(FakeNeo4j())
    lines: list[str] = []
    report = push(small_graph(), runner, batch_size=2, progress=lines.append)
    sizes = [len(c.params["rows"]) for c in runner.calls if "rows" in c.params]
    assert max(sizes) == 2
    assert sum(sizes) == report.nodes + report.relationships
    total = len(runner.calls)
    assert lines[0].startswith(f"Pushing {report.nodes} nodes and {report.relationships} relationships to ")
    assert lines[-1].startswith(f"[{total}/{total}] rel_guides: 4/4")
    assert report.table()["batches"].iloc[-1] == total


def test_second_push_changes_nothing_and_pull_gives_the_graph_back() -> None:
    G = small_graph()
    before = copy.deepcopy(G)
    db = FakeNeo4j()
    first = push(G, RecordingRunner(db))
    assert first.counters.nodes_created == G.number_of_nodes()
    second = push(G, RecordingRunner(db))
    assert second.counters == Counters()
    assert graph_differences(G, pull(RecordingRunner(db))) == []
    assert graph_differences(G, before) == [], "push must not change its input"


def test_status_counts_borders_once_per_pair() -> None:
    db = FakeNeo4j()
    G = small_graph()
    push(G, RecordingRunner(db))
    df = status(G, RecordingRunner(db)).set_index("name")
    assert df.loc["BORDERS", "local"] == df.loc["BORDERS", "neo4j"] == 3
    assert (df["difference"] == 0).all()


def test_prune_deletes_only_what_the_local_graph_no_longer_has() -> None:
    db = FakeNeo4j()
    push(small_graph(), RecordingRunner(db))
    smaller = small_graph()
    smaller.remove_node("plan:1826-planstrategi")
    smaller.remove_edge("fylke:50", "kommune:5026", key="v2")
    smaller.remove_edge("kommune:5026", "kommune:5033", key="BORDERS")
    smaller.remove_edge("kommune:5033", "kommune:5026", key="BORDERS")
    kept = push(smaller, RecordingRunner(db))
    assert kept.counters.nodes_deleted == 0
    assert status(smaller, RecordingRunner(db)).query("difference != 0")["name"].tolist() == [
        "Plan",
        "BORDERS",
        "HAS_PLAN",
        "GUIDES",
    ]
    runner = RecordingRunner(db)
    push(smaller, runner, prune=True)
    deleted = {c.statement_id: c.params["ids"] for c in runner.calls if "ids" in c.params}
    assert len(deleted["sync/delete_nodes"]) == 1
    assert len(deleted["sync/delete_relationships"]) == 3  # GUIDES v2, BORDERS 5026–5033, HAS_PLAN of the plan
    assert graph_differences(smaller, pull(RecordingRunner(db))) == []


def test_prune_removes_duplicates_and_keeps_a_border_stored_the_other_way() -> None:
    db = FakeNeo4j()
    G = small_graph()
    push(G, RecordingRunner(db))
    guides = next(i for i, r in db.rels.items() if r["props"].get("veiledning_id") == "v1")
    db.rels["dup"] = copy.deepcopy(db.rels[guides])
    border = next(i for i, r in db.rels.items() if r["type"] == "BORDERS")
    db.rels[border]["a"], db.rels[border]["b"] = db.rels[border]["b"], db.rels[border]["a"]
    runner = RecordingRunner(db)
    push(G, runner, prune=True)
    deleted = next(c.params["ids"] for c in runner.calls if c.statement_id == "sync/delete_relationships")
    assert deleted == ["dup"]
    assert graph_differences(G, pull(RecordingRunner(db))) == []


def test_prune_never_reads_or_deletes_other_labels() -> None:
    runner = RecordingRunner(FakeNeo4j())
    push(small_graph(), runner, prune=True)
    reads = [c for c in runner.calls if c.statement_id in ("sync/node_keys", "sync/relationship_keys")]
    assert all(c.read_only for c in reads)
    assert reads[0].params["labels"] == [lab.label for lab in Label] == list(LABELS_BY_NAME)
    assert reads[0].params["types"] == [r.type for r in Rel]


def test_a_lost_connection_says_how_far_the_push_got() -> None:
    db = FakeNeo4j()
    calls = 0

    def flaky(call: Call) -> QueryResult:
        nonlocal calls
        calls += 1
        if calls == 12:
            raise DatabaseUnreachableError("Lost the connection to Neo4j at bolt://x:1 (gone).", uri="bolt://x:1")
        return db(call)

    with pytest.raises(PushInterruptedError) as info:
        push(small_graph(), RecordingRunner(flaky), batch_size=3)
    e = info.value
    assert (e.batches_done, e.uri) == (11, "bolt://x:1")
    assert str(e).startswith(f"Push stopped after 11 of {e.batches_total} batches (")
    assert "Lost the connection to Neo4j at bolt://x:1 (gone)." in str(e)
    assert "run the push again" in str(e)
    # the rerun completes and nothing is doubled
    push(small_graph(), RecordingRunner(db), batch_size=3)
    assert graph_differences(small_graph(), pull(RecordingRunner(db))) == []


def test_a_bad_graph_writes_nothing() -> None:
    G = small_graph()
    G.nodes["kommune:5026"]["shape"] = object()
    runner = RecordingRunner(FakeNeo4j())
    with pytest.raises(GraphExportError):
        push(G, runner)
    assert runner.calls == []


def test_pull_adds_borders_both_ways_and_keys_guides_by_id() -> None:
    db = FakeNeo4j()
    push(small_graph(), RecordingRunner(db))
    H = pull(RecordingRunner(db))
    assert H.has_edge("kommune:5026", "kommune:5025", key="BORDERS")
    assert H.has_edge("kommune:5025", "kommune:5026", key="BORDERS")
    assert sorted(k for _, _, k in H.edges("fylke:50", keys=True) if k.startswith("v")) == ["v1", "v2"]
    assert H.graph["neo4j"] == "recording runner"
