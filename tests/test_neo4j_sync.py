"""Against a real Neo4j: pull the registers into a folder, a colleague edits Neo4j, the push reports the conflict.

The server comes from neo4j_fixture (a local Neo4j 5.26, or DKNET_TEST_NEO4J_URI).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from neo4j_fixture import Neo4jTarget, neo4j_db, neo4j_target, small_graph, small_tables  # noqa: F401

from dknet.cli.graphdb import neo4j as neo4j_group
from dknet.graph import Graph, build_graph
from dknet.graphdb.pull import pull, pull_registers
from dknet.graphdb.push import push, remote_conflicts
from dknet.graphdb.snapshot import (
    REGISTER_LAYERS,
    SNAPSHOT_NAME,
    after_push,
    graph_registers,
    read_snapshot,
    record_hash,
    register_records,
)
from dknet.io.dataset import load_dataset
from dknet.messages.msg import render

pytestmark = pytest.mark.neo4j

PLAN = "5026-arealdel"


def cli(target: Neo4jTarget, *args: str) -> Any:
    return CliRunner().invoke(neo4j_group, list(args), env=target.env(), catch_exceptions=False)


def local_graph(**planer_changes: Any) -> Graph:
    """The small graph as an adviser has it after editing the plan 5026-arealdel locally."""
    tables = small_tables()
    planer = tables["planer"].set_index("plan_id")
    for column, value in planer_changes.items():
        planer.loc[PLAN, column] = value
    tables["planer"] = planer.reset_index()[tables["planer"].columns]
    return build_graph(tables)


def plan_year(target: Neo4jTarget) -> Any:
    with target.runner() as runner:
        return runner.run("MATCH (p:Plan {key: $key}) RETURN p.vedtatt_aar AS year", {"key": PLAN}).rows[0]["year"]


def test_pull_writes_every_register_record_and_a_snapshot(neo4j_db: Neo4jTarget, tmp_path: Path) -> None:  # noqa: F811
    G = small_graph()
    folder = tmp_path / "registre"
    with neo4j_db.runner() as runner:
        push(G, runner)
        pulled, written = pull_registers(runner, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{n}.csv" for n in REGISTER_LAYERS] + [SNAPSHOT_NAME])
    assert written.records == {name: len(df) for name, df in graph_registers(G).items()}
    assert written.records["veiledning"] == 4 and written.records["plankontor_medlemmer"] == 3
    planer = pd.read_csv(folder / "planer.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert planer.set_index("plan_id").loc[PLAN, ["kommunenummer", "plantype", "vedtatt_aar"]].tolist() == [
        "5026",
        "arealdel",
        "2020",
    ]
    veiledning = pd.read_csv(folder / "veiledning.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    v4 = veiledning.set_index("veiledning_id").loc["v4"]
    assert (v4["fra_type"], v4["fra_id"], v4["tema"]) == ("SF", "nordland", "samisk reindrift – Åarjel-saemien")
    # the snapshot holds one hash per register record, equal to the records' hashes in the pushed graph
    snapshot = read_snapshot(folder)
    assert snapshot is not None and snapshot.location == runner.location
    expected = {
        layer: {key: record_hash(layer, rec) for key, rec in rows.items()}
        for layer, rows in register_records(graph_registers(G)).items()
    }
    assert snapshot.hashes == expected
    # the folder goes back in through --data: every pulled record loads with the same values
    tables = load_dataset(folder, mode="replace").tables
    again = register_records({name: tables[name] for name in REGISTER_LAYERS})
    assert again == register_records(graph_registers(pulled))


def test_a_record_changed_in_neo4j_since_the_pull_is_a_conflict(neo4j_db: Neo4jTarget, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "registre"
    with neo4j_db.runner() as runner:
        push(small_graph(), runner)
        pull_registers(runner, folder)
        snapshot = read_snapshot(folder)
        assert snapshot is not None
        mine = local_graph(vedtatt_aar=2024)
        # nobody else touched Neo4j: the local edit is no conflict
        assert remote_conflicts(mine, runner, snapshot)[0] == []
        # a colleague changes the same plan and deletes a guidance record, straight in Neo4j
        runner.run("MATCH (p:Plan {key: $key}) SET p.vedtatt_aar = 2021", {"key": PLAN})
        runner.run("MATCH ()-[g:GUIDES {veiledning_id: 'v2'}]->() DELETE g")
        conflicts, _ = remote_conflicts(mine, runner, snapshot)
        assert [(c.layer, c.key, c.kind, c.columns) for c in conflicts] == [
            ("planer", json.dumps([PLAN]), "changed", ("vedtatt_aar",)),
            ("veiledning", '["v2"]', "removed", ()),
        ]
        assert render(conflicts[0].message("2026-12-07T05:00:00Z"), "nb") == (
            "planer plan_id 5026-arealdel: endret i Neo4j etter siste pull (2026-12-07T05:00:00Z), og den lokale "
            "posten er en annen – kolonner som er ulike: vedtatt_aar"
        )
        # with --prune, a record a colleague changed that the local graph lacks would be deleted
        tables = small_tables()
        tables["planer"] = tables["planer"][tables["planer"]["plan_id"] != PLAN]
        pruned, _ = remote_conflicts(build_graph(tables), runner, snapshot, prune=True)
        assert ("planer", json.dumps([PLAN]), "pruned") in [(c.layer, c.key, c.kind) for c in pruned]
        # the adviser takes the colleague's changes over: no conflict left, the push goes through
        agreed = local_graph(vedtatt_aar=2021)
        agreed.remove_edges_from([(u, v, k) for u, v, k in agreed.edges(keys=True) if k == "v2"])
        conflicts, remote = remote_conflicts(agreed, runner, snapshot)
        assert conflicts == []
        push(agreed, runner)
        assert after_push(agreed, remote, snapshot).hashes == {
            layer: {key: record_hash(layer, rec) for key, rec in rows.items()}
            for layer, rows in register_records(graph_registers(pull(runner))).items()
        }


def test_cli_push_from_a_pulled_folder_stops_on_a_remote_change(neo4j_db: Neo4jTarget, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "registre"
    with neo4j_db.runner() as runner:
        push(small_graph(), runner)
    r = cli(neo4j_db, "pull", "--to", str(folder), "--demo", "--lang", "en")
    assert r.exit_code == 0, r.stderr
    assert f"Wrote {len(REGISTER_LAYERS)} registers (" in r.stderr and SNAPSHOT_NAME in r.stderr
    # a second pull into the same folder never overwrites the adviser's files without --force
    before = (folder / "planer.csv").read_bytes()
    r = cli(neo4j_db, "pull", "--to", str(folder), "--demo", "--lang", "en")
    assert r.exit_code == 1 and "already exists; use --force" in r.stderr
    assert (folder / "planer.csv").read_bytes() == before
    # the adviser edits the plan locally, a colleague edits it in Neo4j
    planer = pd.read_csv(folder / "planer.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    planer.loc[planer["plan_id"] == PLAN, "vedtatt_aar"] = "2024"
    planer.to_csv(folder / "planer.csv", index=False)
    with neo4j_db.runner() as runner:
        runner.run("MATCH (p:Plan {key: $key}) SET p.vedtatt_aar = 2021", {"key": PLAN})
    snapshot_before = (folder / SNAPSHOT_NAME).read_bytes()
    r = cli(neo4j_db, "push", "--data", str(folder), "--demo", "--lang", "en")
    assert r.exit_code == 3, r.stderr
    assert "  planer plan_id 5026-arealdel: changed in Neo4j since the last pull (" in r.stderr
    assert "columns that differ: vedtatt_aar" in r.stderr
    assert "Error: Nothing was written: one record changed in Neo4j since the last pull" in r.stderr
    assert plan_year(neo4j_db) == 2021  # nothing written
    assert (folder / SNAPSHOT_NAME).read_bytes() == snapshot_before
    # --force: the local value wins, and the snapshot moves on, so the next push has no conflict
    r = cli(neo4j_db, "push", "--data", str(folder), "--demo", "--force", "--lang", "en")
    assert r.exit_code == 0, r.stderr
    assert "--force: overwriting changes made in Neo4j since the last pull (records: 1)." in r.stderr
    assert plan_year(neo4j_db) == 2024
    assert (folder / SNAPSHOT_NAME).read_bytes() != snapshot_before
    r = cli(neo4j_db, "push", "--data", str(folder), "--demo", "--lang", "en")
    assert r.exit_code == 0, r.stderr
    assert "changed in Neo4j" not in r.stderr
