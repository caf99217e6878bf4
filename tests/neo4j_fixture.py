"""One real Neo4j for the whole test session, a fixture that wipes it, and a small hand-made graph.

Import the fixtures into a test module (``from neo4j_fixture import neo4j_db, neo4j_target  # noqa: F401``).

Where the server comes from:

- ``DKNET_TEST_NEO4J_URI`` (+ ``DKNET_TEST_NEO4J_PASSWORD``, optional ``DKNET_TEST_NEO4J_USER``
  and ``DKNET_TEST_NEO4J_DATABASE``): an existing server, e.g. ``docker run -p 7687:7687 -e
  NEO4J_AUTH=neo4j/secret neo4j:5``. The tests WIPE that database: use a throwaway one.
- otherwise Neo4j Community 5.26 started from ``tools/neo4j/server.py`` (jars fetched with Maven
  into ``~/.cache/dknet/neo4j-5.26`` on first use), on 127.0.0.1 and a free port, stopped at the
  end of the session.

Neither available (no Java, or no Maven and no cached jars): the tests FAIL with a message that
says what to install or which variables to set. They never skip: CI always has Java.

The server is a process-wide singleton: fixtures imported into several modules are separate
pytest fixture definitions, but they share one server.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dknet.graph import Graph, build_graph
from dknet.graphdb.compare import same_value
from dknet.graphdb.connection import ConnectionSettings, Neo4jRunner
from dknet.graphdb.rows import endpoints
from dknet.graphdb.runner import Call, Counters, QueryResult
from dknet.schema import LAYERS, Label, Rel

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.neo4j.server import Neo4jServerError, Neo4jTestServer  # noqa: E402

PASSWORD = "dknet-test-æøå"  # a non-ASCII password, to prove it travels intact

HOW_TO = (
    "The Neo4j integration tests need a server. Either install Java 17 and Maven "
    "(apt-get install openjdk-17-jre-headless maven), so tools/neo4j/server.py can fetch and start "
    "Neo4j 5.26, or point them at an existing throwaway server: DKNET_TEST_NEO4J_URI=bolt://host:7687 "
    "DKNET_TEST_NEO4J_PASSWORD=… (optional DKNET_TEST_NEO4J_USER, DKNET_TEST_NEO4J_DATABASE). See docs/neo4j.md."
)


@dataclass
class Neo4jTarget:
    """The server the tests use: where it is, how to log in, and the local server object if any."""

    user: str
    password: str
    database: str | None
    server: Neo4jTestServer | None
    external_uri: str | None = None

    @property
    def uri(self) -> str:
        """The Bolt URI (read from the server each time: a restart may change the port)."""
        if self.server is not None:
            return self.server.uri
        assert self.external_uri is not None
        return self.external_uri

    def settings(self) -> ConnectionSettings:
        """Connection settings for the library."""
        return ConnectionSettings(self.uri, self.user, self.password, self.database)

    def env(self) -> dict[str, str]:
        """NEO4J_* variables for a CLI run against this server."""
        env = {"NEO4J_URI": self.uri, "NEO4J_USER": self.user, "NEO4J_PASSWORD": self.password}
        if self.database:
            env["NEO4J_DATABASE"] = self.database
        return env

    def runner(self, **kwargs: Any) -> Neo4jRunner:
        """A new runner (use it with ``with``, so the driver is closed)."""
        return Neo4jRunner(self.settings(), **kwargs)


_SESSION: dict[str, Neo4jTarget] = {}


def java_missing() -> str | None:
    """Why a local server cannot start (no Java; no Maven while the jars are not cached), else None."""
    java = os.environ.get("DKNET_NEO4J_JAVA", "java")
    if shutil.which(java) is None:
        return f"no Java ({java!r} is not on PATH)"
    cache = Path(os.environ.get("DKNET_NEO4J_HOME") or Path.home() / ".cache" / "dknet" / "neo4j-5.26")
    if shutil.which("mvn") is None and not list((cache / "lib").glob(".fetched-*")):
        return f"no Maven (mvn) and no Neo4j jars cached in {cache / 'lib'}"
    return None


def start_local_server(home: Path) -> Neo4jTestServer:
    """Start a fresh local Neo4j in ``home``, or fail the test with what to do."""
    if why := java_missing():
        pytest.fail(f"{why}. {HOW_TO}", pytrace=False)
    server = Neo4jTestServer(home, password=PASSWORD)
    try:
        server.start(timeout=180)
    except (Neo4jServerError, OSError) as e:
        pytest.fail(f"the local Neo4j test server did not start: {e}\n{HOW_TO}", pytrace=False)
    return server


def wipe(runner: Neo4jRunner) -> None:
    """Delete every node and relationship, then every constraint and index (not the built-in lookups)."""
    for query in (
        "MATCH (n) DETACH DELETE n",
        "SHOW CONSTRAINTS YIELD name",
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    ):
        rows = runner.run(query).rows
        for row in rows:
            drop = "DROP CONSTRAINT" if query.startswith("SHOW CONSTRAINTS") else "DROP INDEX"
            runner.run(f"{drop} `{row['name']}` IF EXISTS")


@pytest.fixture(scope="session")
def neo4j_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jTarget]:
    """The session's Neo4j (an existing one from DKNET_TEST_NEO4J_URI, else a local 5.26)."""
    if "target" not in _SESSION:
        uri = os.environ.get("DKNET_TEST_NEO4J_URI")
        if uri:
            password = os.environ.get("DKNET_TEST_NEO4J_PASSWORD")
            if password is None:
                pytest.fail("DKNET_TEST_NEO4J_URI is set but DKNET_TEST_NEO4J_PASSWORD is not. " + HOW_TO)
            _SESSION["target"] = Neo4jTarget(
                os.environ.get("DKNET_TEST_NEO4J_USER", "neo4j"),
                password,
                os.environ.get("DKNET_TEST_NEO4J_DATABASE") or None,
                None,
                uri,
            )
        else:
            home = tmp_path_factory.mktemp("neo4j-session") / "home"
            _SESSION["target"] = Neo4jTarget("neo4j", PASSWORD, None, start_local_server(home))
    target = _SESSION["target"]
    yield target
    if target.server is not None and target.server.is_running:
        target.server.stop()


@pytest.fixture
def neo4j_db(neo4j_target: Neo4jTarget) -> Iterator[Neo4jTarget]:
    """The session's Neo4j with an empty database (no data, constraints or indexes)."""
    with neo4j_target.runner() as runner:
        wipe(runner)
    yield neo4j_target


def fresh_home() -> Path:
    """A temporary directory for a second, private server (the kill test)."""
    return Path(tempfile.mkdtemp(prefix="dknet-neo4j-kill-"))


# ---------------------------------------------------------------------------- a fake database for unit tests


def _differs(old: dict[str, Any], new: dict[str, Any]) -> bool:
    return set(old) != set(new) or any(not same_value(old[k], new[k]) for k in new)


class FakeNeo4j:
    """An in-memory stand-in for the database, driven by statement ids (not by parsing Cypher)."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}  # element id → {"label", "props"}
        self.rels: dict[str, dict[str, Any]] = {}  # element id → {"type", "a", "b", "props"}
        self.schema: set[str] = set()
        self.next_id = 0

    def _new_id(self) -> str:
        self.next_id += 1
        return f"e{self.next_id}"

    def _find_node(self, label: str, key: str) -> str | None:
        return next((i for i, n in self.nodes.items() if n["label"] == label and n["props"]["key"] == key), None)

    def __call__(self, call: Call) -> QueryResult:
        sid = call.statement_id or ""
        if sid.startswith("schema/"):
            new = sid not in self.schema
            self.schema.add(sid)
            return QueryResult([], Counters(constraints_added=int(new and "constraint" in sid)))
        if sid.startswith("load/node_"):
            label = Label[sid.removeprefix("load/node_").upper()].label
            created = props = 0
            for row in call.params["rows"]:
                i = self._find_node(label, row["key"])
                if i is None:
                    i = self._new_id()
                    self.nodes[i] = {"label": label, "props": {"key": row["key"]}}
                    created += 1
                    props += 1
                if _differs(self.nodes[i]["props"], row["props"]):
                    self.nodes[i]["props"] = dict(row["props"])
                    props += len(row["props"])
            return QueryResult([], Counters(nodes_created=created, labels_added=created, properties_set=props))
        if sid.startswith("load/rel_"):
            rel = Rel[sid.removeprefix("load/rel_").upper()]
            start, end = endpoints(rel)
            created = props = 0
            for row in call.params["rows"]:
                a = self._find_node(row.get("from_label") or next(iter(start)).label, row["from"])
                b = self._find_node(row.get("to_label") or next(iter(end)).label, row["to"])
                if a is None or b is None:
                    continue
                found = next(
                    (
                        i
                        for i, r in self.rels.items()
                        if r["type"] == rel.type
                        and ({r["a"], r["b"]} == {a, b} if rel is Rel.BORDERS else (r["a"], r["b"]) == (a, b))
                        and (rel is not Rel.GUIDES or r["props"].get("veiledning_id") == row["key"])
                    ),
                    None,
                )
                if found is None:
                    found = self._new_id()
                    self.rels[found] = {"type": rel.type, "a": a, "b": b, "props": {}}
                    created += 1
                if _differs(self.rels[found]["props"], row["props"]):
                    self.rels[found]["props"] = dict(row["props"])
                    props += len(row["props"])
            return QueryResult([], Counters(relationships_created=created, properties_set=props))
        return QueryResult(self._read(sid, call.params))

    def _read(self, sid: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        def end(i: str) -> dict[str, Any]:
            return self.nodes[i]

        if sid == "sync/pull_nodes":
            return [{"label": n["label"], "properties": dict(n["props"])} for n in self.nodes.values()]
        if sid == "sync/pull_relationships":
            return [
                {
                    "type": r["type"],
                    "from_label": end(r["a"])["label"],
                    "from_key": end(r["a"])["props"]["key"],
                    "to_label": end(r["b"])["label"],
                    "to_key": end(r["b"])["props"]["key"],
                    "properties": dict(r["props"]),
                }
                for r in self.rels.values()
            ]
        if sid == "sync/node_keys":
            return [{"label": n["label"], "key": n["props"]["key"], "element_id": i} for i, n in self.nodes.items()]
        if sid == "sync/relationship_keys":
            return [
                {
                    "type": r["type"],
                    "from_label": end(r["a"])["label"],
                    "from_key": end(r["a"])["props"]["key"],
                    "to_label": end(r["b"])["label"],
                    "to_key": end(r["b"])["props"]["key"],
                    "veiledning_id": r["props"].get("veiledning_id"),
                    "element_id": i,
                }
                for i, r in self.rels.items()
            ]
        if sid == "sync/delete_relationships":
            for i in params["ids"]:
                self.rels.pop(i, None)
            return []
        if sid == "sync/delete_nodes":
            for i in params["ids"]:
                self.nodes.pop(i, None)
                self.rels = {k: r for k, r in self.rels.items() if i not in (r["a"], r["b"])}
            return []
        if sid == "sync/count_nodes":
            counts: dict[str, int] = {}
            for n in self.nodes.values():
                counts[n["label"]] = counts.get(n["label"], 0) + 1
            return [{"label": k, "count": v} for k, v in sorted(counts.items())]
        if sid == "sync/count_relationships":
            counts = {}
            for r in self.rels.values():
                counts[r["type"]] = counts.get(r["type"], 0) + 1
            return [{"type": k, "count": v} for k, v in sorted(counts.items())]
        raise AssertionError(f"unexpected statement {sid}")


# ---------------------------------------------------------------------------- a small hand-made graph


def _table(layer: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A layer table with exactly the given Python values (object columns: no int → float surprises)."""
    return pd.DataFrame(rows, columns=LAYERS[layer].column_names, dtype=object)


def small_tables() -> dict[str, pd.DataFrame]:
    """Two counties, two SF offices, five municipalities (Norwegian and Sami names) and every relationship type.

    Traps for a round trip: an integral float (12.0), a float 0.0, a bool, ints, a missing
    ``antall``, two GUIDES between the same pair, MEMBER_OF and HOSTS between the same pair, an
    arena member without rolle, æøå and Sami letters (ŋ, á) in names and values.
    """
    src = "test"
    t = {name: _table(name, []) for name in LAYERS}
    t["statsforvaltere"] = _table(
        "statsforvaltere",
        [
            {"statsforvalter_id": "trondelag", "navn": "Statsforvalteren i Trøndelag", "source": src},
            {"statsforvalter_id": "nordland", "navn": "Statsforvalteren i Nordland", "source": src},
        ],
    )
    t["fylker"] = _table(
        "fylker",
        [
            {"fylkesnummer": "50", "navn": "Trøndelag - Trööndelage", "statsforvalter_id": "trondelag", "source": src},
            {"fylkesnummer": "18", "navn": "Nordland - Nordlánnda", "statsforvalter_id": "nordland", "source": src},
        ],
    )

    def kommune(code: str, navn: str, fylke: str, lon: float, lat: float, ba: str | None, pop: int) -> dict[str, Any]:
        return {
            "kommunenummer": code,
            "navn": navn,
            "fylkesnummer": fylke,
            "ba_region": ba,
            "folketall_2026": pop,
            "andel_67pluss": 0.25,
            "endring_2016_2026_pst": 0.0,
            "sentralitetsklasse": 6,
            "lon": lon,
            "lat": lat,
            "source": src,
        }

    t["kommuner"] = _table(
        "kommuner",
        [
            kommune("5026", "Holtålen", "50", 11.2979, 62.8228, "94 Røros", 2037),
            kommune("5025", "Røros", "50", 11.3878, 62.5744, "94 Røros", 5506),
            kommune("5033", "Tydal", "50", 11.6619, 62.9933, None, 774),
            kommune("1826", "Aarborte - Hattfjelldal", "18", 14.2856, 65.5971, "Hattfjelldal", 1226),
            kommune("5538", "Storfjord - Omasvuotna - Omasvuono", "18", 19.9, 69.2, "Storfjord", 1825),
        ],
    )
    t["grenser"] = _table(
        "grenser",
        [
            {"kommune_a": "5025", "kommune_b": "5026", "grenselengde_km": 35.79, "source": "Kartverket (computed)"},
            {"kommune_a": "5026", "kommune_b": "5033", "grenselengde_km": 12.0, "source": "Kartverket (computed)"},
            {"kommune_a": "5025", "kommune_b": "5033", "grenselengde_km": 20.5, "source": "Kartverket (computed)"},
        ],
    )
    # Not a real pair: the fixture needs one sea-neighbour relationship to push, pull and query.
    t["sjonaboer"] = _table(
        "sjonaboer",
        [{"kommune_a": "1826", "kommune_b": "5538", "avstand_km": 9.5, "source": "test fixture"}],
    )
    # Not a real route either: one FERRY relationship (with æøå in its name) to push, pull and query.
    t["ferjesamband"] = _table(
        "ferjesamband",
        [{"samband_id": "1", "kommune_a": "1826", "kommune_b": "5538", "navn": "Øksfjord - Hasvik",
          "vegnummer": "Fv882", "source": "test fixture"}],
    )  # fmt: skip
    # Nor this bridge: one SEA_LINK relationship to push, pull and query.
    t["sjosamband"] = _table(
        "sjosamband",
        [{"samband_id": "testbrua", "kommune_a": "1826", "kommune_b": "5538", "navn": "Brua over Ærøysundet",
          "slag": "bru", "vegnummer": "Fv1", "aapnet": 1999, "source": "test fixture"}],
    )  # fmt: skip
    t["plankapasitet"] = _table(
        "plankapasitet",
        [
            {"kommunenummer": "5026", "aarsverk_samfunn": 0.2, "aarsverk_areal": 0.0, "bruker_konsulenter": True,
             "aar": 2024, "source": "illustrative"},
            {"kommunenummer": "1826", "aarsverk_samfunn": 1.0, "bruker_konsulenter": False, "source": src},
        ],
    )  # fmt: skip
    t["plankontor"] = _table(
        "plankontor",
        [{"plankontor_id": "fjellregionen", "navn": "Plankontoret i Fjellregionen", "form": "vertskommune",
          "status": "aktiv", "fra_aar": 2020, "source": "illustrative"}],
    )  # fmt: skip
    t["plankontor_medlemmer"] = _table(
        "plankontor_medlemmer",
        [
            {"plankontor_id": "fjellregionen", "kommunenummer": "5025", "rolle": "vert", "source": "illustrative"},
            {"plankontor_id": "fjellregionen", "kommunenummer": "5026", "rolle": "deltaker",
             "merknad": "kjøper arealplanlegging", "source": "illustrative"},
            {"plankontor_id": "fjellregionen", "kommunenummer": "5033", "rolle": "deltaker", "source": "illustrative"},
        ],
    )  # fmt: skip
    t["arenaer"] = _table(
        "arenaer",
        [
            {"arena_id": "fjellregionen", "navn": "Fjellregionen regionråd", "type": "regionråd", "arrangor": "50",
             "source": src},
            {"arena_id": "planforum-nordland", "navn": "Planforum Nordland", "type": "planforum",
             "arrangor": "nordland", "fra_aar": 2015, "source": src},
        ],
    )  # fmt: skip
    t["arena_medlemmer"] = _table(
        "arena_medlemmer",
        [
            {"arena_id": "fjellregionen", "kommunenummer": "5026", "source": src},
            {"arena_id": "fjellregionen", "kommunenummer": "5025", "rolle": "leder", "source": src},
            {"arena_id": "planforum-nordland", "kommunenummer": "1826", "source": src},
            {"arena_id": "planforum-nordland", "kommunenummer": "5538", "source": src},
        ],
    )
    t["planer"] = _table(
        "planer",
        [
            {"plan_id": "5026-arealdel", "kommunenummer": "5026", "plantype": "arealdel",
             "navn": "Kommuneplanens arealdel – Holtålen", "vedtatt_aar": 2020, "source": "illustrative"},
            {"plan_id": "1826-planstrategi", "kommunenummer": "1826", "plantype": "planstrategi",
             "source": "illustrative"},
        ],
    )  # fmt: skip
    t["regionale_planer"] = _table(
        "regionale_planer",
        [{"regionalplan_id": "rp-50-fjell", "navn": "Regional plan for Fjellregionen", "fylkesnummer": "50",
          "tema": "arealbruk", "vedtatt_aar": 2022, "source": src}],
    )  # fmt: skip
    t["regionalplan_dekning"] = _table(
        "regionalplan_dekning",
        [
            {"regionalplan_id": "rp-50-fjell", "kommunenummer": "5026", "source": src},
            {"regionalplan_id": "rp-50-fjell", "kommunenummer": "5025", "source": src},
        ],
    )
    t["veiledning"] = _table(
        "veiledning",
        [
            {"veiledning_id": "v1", "fra_type": "FK", "fra_id": "50", "kommunenummer": "5026", "aar": 2024,
             "form": "kurs", "antall": 2, "tema": "arealdel", "source": "illustrative"},
            {"veiledning_id": "v2", "fra_type": "FK", "fra_id": "50", "kommunenummer": "5026", "aar": 2021,
             "form": "møte", "source": "illustrative"},
            {"veiledning_id": "v3", "fra_type": "SF", "fra_id": "trondelag", "kommunenummer": "5026", "aar": 2023,
             "form": "planforum", "antall": 1, "source": "illustrative"},
            {"veiledning_id": "v4", "fra_type": "SF", "fra_id": "nordland", "kommunenummer": "1826", "aar": 2025,
             "form": "veiledningsteam", "antall": 3, "tema": "samisk reindrift – Åarjel-saemien", "source": src},
        ],
    )  # fmt: skip
    return t


def small_graph() -> Graph:
    """The hand-made graph of :func:`small_tables`, built by dknet's own builder."""
    return build_graph(small_tables())
