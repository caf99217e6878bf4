"""Faults against a real Neo4j: wrong password, nothing listening, unknown database, server killed mid-push.

Each ends in one clear sentence that names the URI and the NEO4J_* variables, and exit code 4;
after a kill, restarting the server and pushing again completes with no duplicates and the same
counts as a clean push.
"""

from __future__ import annotations

import re
import socket
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from neo4j_fixture import PASSWORD, Neo4jTarget, java_missing, neo4j_target, start_local_server, wipe  # noqa: F401

import dknet.cli.graphdb as cli_neo4j
from dknet.cli.graphdb import neo4j as neo4j_group
from dknet.graph import Graph, relationship_counts
from dknet.graphdb.compare import graph_differences
from dknet.graphdb.connection import ConnectionSettings, Neo4jRunner
from dknet.graphdb.pull import neo4j_counts, pull, status
from dknet.graphdb.statements import statement
from dknet.schema import Label, Rel

pytestmark = pytest.mark.neo4j

VARIABLES = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


def invoke(env: dict[str, str], *args: str) -> Any:
    # The sentences are checked in English (DKNET_LANG; the default is bokmål).
    return CliRunner().invoke(neo4j_group, list(args), env={"DKNET_LANG": "en", **env}, catch_exceptions=False)


def assert_one_sentence_naming(stderr: str, uri: str) -> None:
    assert stderr.startswith("Error: ") and stderr.endswith(".\n")
    assert stderr.count("\n") == 1
    assert uri in stderr
    assert all(v in stderr for v in VARIABLES), stderr


def test_wrong_password_is_exit_4_with_one_sentence(neo4j_target: Neo4jTarget) -> None:  # noqa: F811
    env = {**neo4j_target.env(), "NEO4J_PASSWORD": "not-the-password"}
    r = invoke(env, "status")
    assert r.exit_code == 4
    assert r.stdout == ""
    assert r.stderr == (
        f"Error: Neo4j at {neo4j_target.uri} refused the login for user 'neo4j'; give the right password in "
        "NEO4J_PASSWORD (or at the prompt) and the user with --user or NEO4J_USER (server: --uri or NEO4J_URI; "
        "database: --database or NEO4J_DATABASE).\n"
    )
    assert_one_sentence_naming(r.stderr, neo4j_target.uri)
    assert "not-the-password" not in r.stderr


def test_nothing_listening_is_exit_4_with_one_sentence() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    uri = f"bolt://127.0.0.1:{port}"
    r = invoke({"NEO4J_URI": uri, "NEO4J_PASSWORD": "x"}, "push", "--demo")  # --demo: the session's data set
    assert r.exit_code == 4
    assert r.stderr == (
        f"Error: Cannot reach Neo4j at {uri} (connection refused); start the server or point dknet at it with "
        "--uri or NEO4J_URI (credentials: --user or NEO4J_USER, and NEO4J_PASSWORD; database: --database or "
        "NEO4J_DATABASE).\n"
    )
    assert_one_sentence_naming(r.stderr, uri)


def test_unknown_database_is_exit_4(neo4j_target: Neo4jTarget) -> None:  # noqa: F811
    r = invoke({**neo4j_target.env(), "NEO4J_DATABASE": "finnesikke"}, "status")
    assert r.exit_code == 4
    assert f"Error: Neo4j at {neo4j_target.uri} has no database 'finnesikke'; " in r.stderr
    assert_one_sentence_naming(r.stderr, neo4j_target.uri)


def test_server_killed_mid_push_then_a_rerun_completes_without_duplicates(
    neo4j_target: Neo4jTarget,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    graph: Graph,
) -> None:
    """Kill the server (SIGKILL, from another thread) after 40 committed batches, restart it, push again.

    Uses the session's local server (restarted on the same home afterwards, so later tests find it
    running); with an external server (DKNET_TEST_NEO4J_URI) a private local one, if Java is there.
    """
    own = neo4j_target.server is None
    if own and java_missing():
        pytest.skip("killing a server needs a local one (Java); the other tests ran against DKNET_TEST_NEO4J_URI")
    server = start_local_server(tmp_path / "home") if own else neo4j_target.server
    assert server is not None
    if not own:
        with neo4j_target.runner() as runner:
            wipe(runner)
    try:
        monkeypatch.setattr(cli_neo4j, "_load", lambda *a: graph)
        committed = threading.Event()

        def say(message: str) -> None:
            click.echo(message, err=True)
            m = re.match(r"\[(\d+)/", message)
            if m and int(m.group(1)) >= 40:
                committed.set()

        monkeypatch.setattr(cli_neo4j, "_say", say)

        def kill_after_the_first_batches() -> None:
            committed.wait(timeout=300)
            server.kill()

        killer = threading.Thread(target=kill_after_the_first_batches)
        killer.start()
        env = {"NEO4J_URI": server.uri, "NEO4J_PASSWORD": PASSWORD}
        first = invoke(env, "push", "--demo", "--batch-size", "20", "--retry-seconds", "1")
        killer.join()
        assert not server.is_running
        assert first.exit_code == 4, first.stderr
        last = first.stderr.splitlines()[-1]
        m = re.match(r"Error: Push stopped after (\d+) of (\d+) batches \((\S+) failed\): Lost the connection", last)
        assert m, last
        assert 40 <= int(m.group(1)) < int(m.group(2))
        assert server.uri in last and "run the push again" in last
        assert all(v in last for v in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"))

        server.start(timeout=180)  # same home: the committed batches are still there, nothing else
        env["NEO4J_URI"] = server.uri
        with Neo4jRunner(ConnectionSettings(server.uri, "neo4j", PASSWORD)) as runner:
            partial = sum(neo4j_counts(runner)[0].values())
        assert 0 < partial < graph.number_of_nodes()
        second = invoke(env, "push", "--demo")
        assert second.exit_code == 0, second.stderr
        with Neo4jRunner(ConnectionSettings(server.uri, "neo4j", PASSWORD)) as runner:
            counts = status(graph, runner)
            assert (counts["difference"] == 0).all(), counts
            labels, types = [lab.label for lab in Label], [r.type for r in Rel]
            rows = runner.run(statement("sync/relationship_keys").text, {"labels": labels, "types": types}).rows
            keys = Counter(tuple(r[k] for k in ("type", "from_key", "to_key", "veiledning_id")) for r in rows)
            assert max(keys.values()) == 1, "no duplicate relationships"
            nodes = runner.run(statement("sync/node_keys").text, {"labels": labels}).rows
            assert max(Counter((r["label"], r["key"]) for r in nodes).values()) == 1
            assert len(nodes) == graph.number_of_nodes() and len(rows) == sum(relationship_counts(graph).values())
            assert graph_differences(graph, pull(runner)) == []
    finally:
        if own:
            server.stop()
        elif not server.is_running:
            server.start(timeout=180)
