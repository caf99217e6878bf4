"""Benchmark: push all of Norway into Neo4j, push again (no changes), pull it back. Prints the times.

    python benchmarks/neo4j_push.py                  # starts a fresh local Neo4j 5.26 (tools/neo4j)
    python benchmarks/neo4j_push.py --rounds 3       # also the warm figures (same server, wiped)
    NEO4J_URI=bolt://host:7687 NEO4J_PASSWORD=… python benchmarks/neo4j_push.py --use-env --wipe

Not a test: nothing here asserts a time. Round 1 runs on a freshly started server, so it includes
the JVM warming up (what a user sees right after starting Neo4j); later rounds wipe the database
and push again on the warmed server. ``--use-env`` measures your own server instead; it must be
empty, or pass ``--wipe`` to have it emptied first (everything in it is deleted). The last lines
printed are the headline figures (benchmarks/run.py shows them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dknet.cache import build  # noqa: E402
from dknet.graphdb.compare import graph_differences  # noqa: E402
from dknet.graphdb.connection import ConnectionSettings, Neo4jRunner, connect  # noqa: E402
from dknet.graphdb.pull import neo4j_counts, pull  # noqa: E402
from dknet.graphdb.push import push  # noqa: E402


def timed(f: Callable[[], Any]) -> tuple[float, Any]:
    """Wall seconds of ``f()`` and its result."""
    t0 = time.perf_counter()
    result = f()
    return time.perf_counter() - t0, result


def wipe(runner: Neo4jRunner) -> None:
    """Empty the database: data, constraints and indexes (not the built-in lookup indexes)."""
    runner.run("MATCH (n) DETACH DELETE n")
    for row in runner.run("SHOW CONSTRAINTS YIELD name").rows:
        runner.run(f"DROP CONSTRAINT `{row['name']}` IF EXISTS")
    for row in runner.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").rows:
        runner.run(f"DROP INDEX `{row['name']}` IF EXISTS")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=1, help="wipe and push this many times (round 1 is cold)")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--use-env", action="store_true", help="use NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE")
    ap.add_argument("--wipe", action="store_true", help="with --use-env: delete everything in that database first")
    args = ap.parse_args()

    build_s, G = timed(build)
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} networkx edges, built in {build_s:.2f} s")
    server = None
    if args.use_env:
        settings = ConnectionSettings(
            os.environ.get("NEO4J_URI", "bolt://localhost:7687"),
            os.environ.get("NEO4J_USER", "neo4j"),
            os.environ["NEO4J_PASSWORD"],
            os.environ.get("NEO4J_DATABASE") or None,
        )
    else:
        from tools.neo4j.server import Neo4jTestServer

        server = Neo4jTestServer(Path(tempfile.mkdtemp(prefix="dknet-bench-neo4j-")) / "home", password="bench")
        start_s, _ = timed(lambda: server.start(timeout=180))
        print(f"server: Neo4j 5.26 test server started in {start_s:.1f} s on {server.uri}")
        settings = ConnectionSettings(server.uri, "neo4j", "bench")
    rows: list[dict[str, Any]] = []
    try:
        with connect(settings) as runner:
            occupied = sum(neo4j_counts(runner)[0].values()) > 0
            if occupied and not args.wipe:
                raise SystemExit("the database already holds dknet nodes: pass --wipe to empty it (deletes everything)")
            for round_no in range(1, args.rounds + 1):
                if round_no > 1 or occupied:
                    wipe(runner)
                first_s, first = timed(lambda: push(G, runner, batch_size=args.batch_size))
                second_s, second = timed(lambda: push(G, runner, batch_size=args.batch_size))
                pull_s, pulled = timed(lambda: pull(runner))
                same = graph_differences(G, pulled) == []
                rows.append(
                    {
                        "round": round_no,
                        "first": first_s,
                        "second": second_s,
                        "pull": pull_s,
                        "changes_first": first.counters.changes,
                        "changes_second": second.counters.changes,
                        "same": same,
                    }
                )
                print(
                    f"round {round_no}: first push {first_s:.2f} s ({first.counters.changes} changes), "
                    f"second push {second_s:.2f} s ({second.counters.changes} changes), pull {pull_s:.2f} s, "
                    f"pulled graph {'equals' if same else 'DIFFERS FROM'} the local one"
                )
            relationships = first.relationships
    finally:
        if server is not None:
            server.stop()
    warm = rows[1:] or rows
    print(
        f"push all of Norway ({G.number_of_nodes()} nodes, {relationships} relationships, batches of "
        f"{args.batch_size}): first push {rows[0]['first']:.1f} s on a fresh server"
        + (f", {statistics.median(r['first'] for r in warm):.1f} s warm" if len(rows) > 1 else "")
    )
    print(
        f"second push (no changes, every counter 0: {all(r['changes_second'] == 0 for r in rows)}): "
        f"{statistics.median(r['second'] for r in warm):.1f} s; "
        f"pull: {statistics.median(r['pull'] for r in warm):.1f} s"
    )


if __name__ == "__main__":
    main()
