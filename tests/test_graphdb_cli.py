"""``dknet neo4j`` without a server: options, password handling, exit codes, exact messages.

The connection is replaced by a RecordingRunner over FakeNeo4j; the same commands run against a
real server in test_neo4j_*.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from neo4j_fixture import FakeNeo4j, small_graph

import dknet.cli.graphdb as cli_neo4j
from dknet.cli.data import info
from dknet.cli.graphdb import neo4j
from dknet.graphdb.connection import ConnectionSettings
from dknet.graphdb.errors import CypherError
from dknet.graphdb.runner import Call, QueryResult, RecordingRunner

ENV = {"NEO4J_URI": "bolt://db.example:7687", "NEO4J_PASSWORD": "s3cret-pw", "NEO4J_USER": "planner"}


def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
    return CliRunner().invoke(neo4j, list(args), env=env, input=input, catch_exceptions=False)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeNeo4j:
    """Commands talk to a FakeNeo4j and work on the small graph."""
    db = FakeNeo4j()
    monkeypatch.setattr(cli_neo4j, "_connect", lambda *a, **k: RecordingRunner(db))
    monkeypatch.setattr(cli_neo4j, "_load", lambda *a: small_graph())
    return db


def _options(cmd: click.Command, names: set[str]) -> list[tuple[Any, ...]]:
    return sorted(
        (p.name, tuple(p.opts), p.default, p.help, p.type.to_info_dict())
        for p in cmd.params
        if isinstance(p, click.Option) and p.name in names
    )


def test_data_options_are_the_same_as_in_the_main_cli() -> None:
    names = {"data_dir", "data_mode", "no_cache"}
    for cmd in (cli_neo4j.push, cli_neo4j.status, cli_neo4j.pull):
        assert _options(cmd, names) == _options(info, names)


def test_importing_the_cli_loads_neither_the_driver_nor_pandas() -> None:
    mods = "('neo4j', 'pandas', 'networkx')"
    code = f"import sys, dknet.cli.graphdb; print(sorted(m for m in {mods} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_no_password_and_no_terminal_is_exit_2_naming_the_uri_and_variables() -> None:
    # A missing setting, not an unreachable server (issue 14): exit 2, not 4.
    r = invoke("status", env={"NEO4J_URI": "bolt://db.example:7687", "NEO4J_PASSWORD": None})  # type: ignore[dict-item]
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr == (
        "Feil: Mangler passord for Neo4j på bolt://db.example:7687: sett NEO4J_PASSWORD, eller kjør i en terminal "
        "for å bli spurt (server: --uri eller NEO4J_URI; bruker: --user eller NEO4J_USER; database: --database "
        "eller NEO4J_DATABASE).\n"
    )


def test_the_password_prompt_is_hidden_and_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ConnectionSettings] = []

    def connect(settings: ConnectionSettings, **kw: Any) -> RecordingRunner:
        seen.append(settings)
        return RecordingRunner(FakeNeo4j())

    monkeypatch.setattr("dknet.graphdb.connection.connect", connect)
    monkeypatch.setattr(cli_neo4j, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr(cli_neo4j, "_load", lambda *a: small_graph())
    r = invoke("status", "--uri", "bolt://h:1", env={"NEO4J_PASSWORD": None}, input="typed-secret\n")  # type: ignore[dict-item]
    assert r.exit_code == 0, r.stderr
    assert seen[0].password == "typed-secret"
    assert "typed-secret" not in r.stdout + r.stderr
    assert "typed-secret" not in repr(seen[0])
    assert r.stderr.startswith("Neo4j-passord for neo4j på bolt://h:1: \n")


def test_options_and_environment_choose_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ConnectionSettings] = []

    def connect(settings: ConnectionSettings, **kw: Any) -> RecordingRunner:
        seen.append(settings)
        return RecordingRunner(FakeNeo4j())

    monkeypatch.setattr("dknet.graphdb.connection.connect", connect)
    monkeypatch.setattr(cli_neo4j, "_load", lambda *a: small_graph())
    assert invoke("status", env={**ENV, "NEO4J_DATABASE": "plan"}).exit_code == 0
    assert invoke("status", "--uri", "neo4j+s://x.databases.neo4j.io", "--user", "u", env=ENV).exit_code == 0
    assert [(s.uri, s.user, s.password, s.database) for s in seen] == [
        ("bolt://db.example:7687", "planner", "s3cret-pw", "plan"),
        ("neo4j+s://x.databases.neo4j.io", "u", "s3cret-pw", None),
    ]


def test_a_uri_that_is_not_neo4j_is_a_usage_error() -> None:
    r = invoke("status", "--uri", "http://localhost:7474", env=ENV)
    assert r.exit_code == 2
    assert "Feil: Ugyldig verdi for --uri / NEO4J_URI: «http://localhost:7474» er ikke en Neo4j-adresse" in r.stderr
    r = invoke("status", "--uri", "http://localhost:7474", "--lang", "en", env=ENV)
    assert "Error: Invalid value for --uri / NEO4J_URI: 'http://localhost:7474' is not a Neo4j URI" in r.stderr


def test_push_prints_counters_then_a_second_push_changes_nothing(fake: FakeNeo4j) -> None:
    first = invoke("push", "--format", "json", env=ENV)
    assert first.exit_code == 0, first.stderr
    steps = {row["step"]: row for row in json.loads(first.stdout)}
    assert steps["load/node_municipality"]["nodes_created"] == 5
    assert steps["total"]["relationships_created"] == 37  # BORDERS, SEA_NEIGHBOUR, FERRY and SEA_LINK once per pair
    assert steps["total"]["nodes_created"] == 15
    lines = first.stderr.splitlines()
    assert lines[0] == "Laster opp 15 noder og 37 relasjoner til recording runner i 29 bunter på opptil 1 000 rader"
    assert lines[1] == "[8/29] skjema: 8 regler og indekser"
    assert lines[2] == "[9/29] node_municipality: 5/5"
    # 304: the one SEA_LINK carries its link as four aligned lists (lenke_navn, _slag, _vegnummer, _aar)
    assert re.fullmatch(
        r"Lastet opp 15 noder og 37 relasjoner til recording runner på \d+,\d s: 304 endringer \(se tellerne\)\.",
        lines[-1],
    )
    second = invoke("push", env=ENV)
    assert second.exit_code == 0
    assert second.stderr.splitlines()[-1].startswith("Lastet opp 15 noder og 37 relasjoner til recording runner på ")
    assert second.stderr.splitlines()[-1].endswith(" s: ingen endringer, Neo4j var allerede lik grafen.")
    en = invoke("push", "--lang", "en", env=ENV).stderr.splitlines()
    assert en[0] == "Pushing 15 nodes and 37 relationships to recording runner in 29 batches of up to 1,000 rows"
    assert en[1] == "[8/29] schema: 8 constraints and indexes"
    assert re.fullmatch(
        r"Pushed 15 nodes and 37 relationships to recording runner in \d+\.\d s: "
        r"no changes, Neo4j already matched the graph\.",
        en[-1],
    )
    nn = invoke("push", "--lang", "nn", env=ENV).stderr.splitlines()
    assert nn[0] == "Lastar opp 15 nodar og 37 relasjonar til recording runner i 29 buntar på opptil 1 000 rader"
    assert nn[1] == "[8/29] skjema: 8 reglar og indeksar"
    assert nn[-1].startswith("Lasta opp 15 nodar og 37 relasjonar til recording runner på ")
    assert nn[-1].endswith(" s: ingen endringar, Neo4j var alt lik grafen.")
    # rows, batches, then (in a table) nodes_created, relationships_created, properties_set
    assert second.stdout.splitlines()[-1].split() == ["total", "52", "29", "0", "0", "0"]


def test_push_says_when_neo4j_has_records_the_graph_has_lost(fake: FakeNeo4j, monkeypatch: pytest.MonkeyPatch) -> None:
    assert invoke("push", env=ENV).exit_code == 0
    smaller = small_graph()
    smaller.remove_node("plan:1826-planstrategi")
    monkeypatch.setattr(cli_neo4j, "_load", lambda *a: smaller)
    r = invoke("push", env=ENV)
    assert r.stderr.splitlines()[-1] == (
        "Neo4j har poster som den lokale grafen ikke har (Plan +1, HAS_PLAN +1); push --prune sletter dem."
    )
    r = invoke("push", "--lang", "en", env=ENV)
    assert r.stderr.splitlines()[-1] == (
        "Neo4j has records the local graph does not (Plan +1, HAS_PLAN +1); push --prune deletes them."
    )
    r = invoke("push", "--lang", "nn", env=ENV)
    assert r.stderr.splitlines()[-1] == (
        "Neo4j har postar som den lokale grafen ikkje har (Plan +1, HAS_PLAN +1); push --prune slettar dei."
    )
    r = invoke("push", "--prune", env=ENV)
    assert "--prune: 1 relasjoner og 1 noder finnes ikke i den lokale grafen" in r.stderr
    assert "sletter noder: 1/1" in r.stderr
    assert invoke("status", env=ENV).stderr == "recording runner: samme antall som i den lokale grafen.\n"
    assert invoke("status", "--lang", "en", env=ENV).stderr == "recording runner: the same counts as the local graph.\n"
    assert invoke("status", "--lang", "nn", env=ENV).stderr == "recording runner: same tal som i den lokale grafen.\n"


def test_status_and_pull(fake: FakeNeo4j, tmp_path: Path) -> None:
    r = invoke("status", "--format", "csv", "--csv-dialect", "standard", env=ENV)
    assert r.stdout.splitlines()[:2] == ["kind,name,local,neo4j,difference", "label,Municipality,5,0,-5"]
    assert r.stderr == "recording runner: 21 av antallene avviker fra den lokale grafen.\n"
    assert (
        invoke("status", "--lang", "en", env=ENV).stderr == "recording runner: 21 counts differ from the local graph.\n"
    )
    assert (
        invoke("status", "--lang", "nn", env=ENV).stderr
        == "recording runner: 21 av tala avvik frå den lokale grafen.\n"
    )
    # --format json keeps the machine keys and values, whatever the language
    docs = [json.loads(invoke("status", "--format", "json", "--lang", x, env=ENV).stdout) for x in ("nb", "en")]
    assert docs[0] == docs[1] and docs[0][0] == {
        "kind": "label",
        "name": "Municipality",
        "local": 5,
        "neo4j": 0,
        "difference": -5,
    }
    invoke("push", env=ENV)
    out = tmp_path / "pulled.json"
    r = invoke("pull", "--out", str(out), env=ENV)
    assert r.exit_code == 0
    assert re.fullmatch(
        r"Hentet 15 noder og 43 koblinger fra recording runner på \d+,\d s: lik den lokale grafen "
        r"\(noder, egenskaper, koblinger, nøkler\)\.",
        r.stderr.splitlines()[-1],
    )
    en = invoke("pull", "--lang", "en", env=ENV).stderr.splitlines()[-1]
    assert en.startswith("Pulled 15 nodes and 43 edges from recording runner in ")
    assert en.endswith(" s: identical to the local graph (nodes, attributes, edges, keys).")
    nn = invoke("pull", "--lang", "nn", env=ENV).stderr.splitlines()[-1]
    assert nn.startswith("Henta 15 nodar og 43 koplingar frå recording runner på ")
    assert nn.endswith(" s: lik den lokale grafen (nodar, eigenskapar, koplingar, nøklar).")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 15 and len(data["edges"]) == 43  # the neighbour relationships both ways again


def test_pull_lists_the_differences(fake: FakeNeo4j, monkeypatch: pytest.MonkeyPatch) -> None:
    invoke("push", env=ENV)
    changed = small_graph()
    changed.nodes["kommune:5026"]["folketall_2026"] = 2037.0
    monkeypatch.setattr(cli_neo4j, "_load", lambda *a: changed)
    r = invoke("pull", env=ENV)
    assert r.stderr.splitlines()[-2].endswith(" s: 1 forskjell fra den lokale grafen:")
    assert (
        r.stderr.splitlines()[-1] == "  node kommune:5026: folketall_2026 er 2037.0 (float) lokalt, 2037 (int) i Neo4j"
    )
    r = invoke("pull", "--lang", "en", env=ENV)
    assert r.stderr.splitlines()[-2].endswith(" s: 1 difference from the local graph:")
    assert r.stderr.splitlines()[-1] == "  node kommune:5026: folketall_2026 is 2037.0 (float) here, 2037 (int) there"
    r = invoke("pull", "--lang", "nn", env=ENV)
    assert r.stderr.splitlines()[-2].endswith(" s: 1 skilnad frå den lokale grafen:")
    assert (
        r.stderr.splitlines()[-1] == "  node kommune:5026: folketall_2026 er 2037.0 (float) lokalt, 2037 (int) i Neo4j"
    )


def test_pull_counts_many_differences_and_cuts_the_list(fake: FakeNeo4j, monkeypatch: pytest.MonkeyPatch) -> None:
    invoke("push", env=ENV)
    changed = small_graph()
    for n in list(changed.nodes):  # 15 nodes, two attributes each that Neo4j does not have: 30 differences
        changed.nodes[n].update(merknad="lokal", sjekket=True)
    monkeypatch.setattr(cli_neo4j, "_load", lambda *a: changed)
    lines = invoke("pull", env=ENV).stderr.splitlines()
    assert lines[-22].endswith(" s: 30 forskjeller fra den lokale grafen:")
    assert lines[-21].startswith("  node ") and lines[-21].endswith(": merknad = 'lokal' lokalt, mangler i Neo4j")
    assert lines[-1] == "  … og 10 til"
    en = invoke("pull", "--lang", "en", env=ENV).stderr.splitlines()
    assert en[-22].endswith(" s: 30 differences from the local graph:")
    assert en[-21].endswith(": merknad = 'lokal' here, missing there") and en[-1] == "  … and 10 more"
    nn = invoke("pull", "--lang", "nn", env=ENV).stderr.splitlines()
    assert nn[-22].endswith(" s: 30 skilnader frå den lokale grafen:")
    assert nn[-21].endswith(": merknad = 'lokal' lokalt, manglar i Neo4j") and nn[-1] == "  … og 10 til"


def test_query_without_a_name_lists_the_named_queries() -> None:
    r = invoke("query", "--format", "csv", "--csv-dialect", "standard")
    assert r.exit_code == 0
    assert [line.split(",")[0] for line in r.stdout.splitlines()] == [
        "query",
        "guidance_gaps",
        "members",
        "neighbourhood",
        "partner_candidates",
    ]


def test_query_mistakes_are_usage_errors_listing_every_problem() -> None:
    r = invoke("query", "partner_candidate", env=ENV)
    assert r.exit_code == 2
    assert "Fant ingen navngitt spørring som heter «partner_candidate». Mente du partner_candidates?" in r.stderr
    r = invoke("query", "members", "--param", "label=Kommune", "--param", "lable=Arena", env=ENV)
    assert r.exit_code == 2
    assert "members har ingen parameter «lable» (mente du label?)" in r.stderr
    assert "members trenger --param id=…" in r.stderr
    assert "parameteren label=«Kommune»: forventet en av PlanOffice, Arena" in r.stderr
    r = invoke("query", "members", "--param", "label=Kommune", "--param", "lable=Arena", "--lang", "en", env=ENV)
    assert r.exit_code == 2
    assert "members has no parameter 'lable' (did you mean label?)" in r.stderr
    assert "members needs --param id=…" in r.stderr
    assert "parameter label='Kommune': expected one of PlanOffice, Arena" in r.stderr
    r = invoke("query", "guidance_gaps", "--param", "since", env=ENV)
    assert r.exit_code == 2
    assert "«since»: skriv NAVN=VERDI" in r.stderr


def test_query_resolves_a_municipality_name_against_neo4j(fake: FakeNeo4j, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Call] = []

    def respond(call: Call) -> QueryResult:
        calls.append(call)
        if call.statement_id == "sync/municipality_names":
            return QueryResult(
                [
                    {"kommunenummer": "5026", "navn": "Holtålen", "navn_ssb": None, "fylkesnummer": "50",
                     "fylkesnavn": "Trøndelag - Trööndelage"},
                ]
            )  # fmt: skip
        row = {"type": "GUIDES", "outgoing": False, "label": "County", "id": "50", "navn": "T"}
        row["source"] = "illustrative"
        return QueryResult([row])

    monkeypatch.setattr(cli_neo4j, "_connect", lambda *a, **k: RecordingRunner(respond))
    r = invoke(
        "query",
        "neighbourhood",
        "--param",
        "kommunenummer=holtaalen",
        "--format",
        "csv",
        "--csv-dialect",
        "standard",
        env=ENV,
    )
    assert r.exit_code == 0, r.stderr
    assert calls[-1].params == {"kommunenummer": "5026"}
    assert r.stdout == "type,outgoing,label,id,navn,source\nGUIDES,False,County,50,T,illustrative\n"
    assert r.stderr.splitlines()[0] == "kommunenummer: holtaalen → 5026"
    assert r.stderr.splitlines()[1].startswith("Merk: rader med kilde=illustrativ")
    r = invoke("query", "neighbourhood", "--param", "kommunenummer=oslo", env=ENV)
    assert r.exit_code == 1
    assert r.stderr.startswith("Feil: Fant ingen kommune som passer til «oslo»")


def test_errors_from_neo4j_become_exit_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(call: Call) -> QueryResult:
        raise CypherError("Neo4j at bolt://h:1 rejected read/members: Unknown function 'valueType'")

    monkeypatch.setattr(cli_neo4j, "_connect", lambda *a, **k: RecordingRunner(broken))
    r = invoke("query", "members", "--param", "id=x", env=ENV)
    assert r.exit_code == 1
    assert r.stderr == "Feil: Neo4j at bolt://h:1 rejected read/members: Unknown function 'valueType'\n"


def test_every_command_has_help_with_an_example() -> None:
    for name in ("push", "status", "pull", "query"):
        r = invoke(name, "--help")
        assert r.exit_code == 0
        assert "Eksempler:" in r.stdout and "Returkoder:" in r.stdout
        if name != "query":
            assert "NEO4J_URI" in r.stdout and "NEO4J_DATABASE" in r.stdout


def test_invalid_data_is_exit_3_before_any_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_connection(*a: Any, **k: Any) -> RecordingRunner:
        raise AssertionError("must not connect when the data is invalid")

    monkeypatch.setattr(cli_neo4j, "_connect", no_connection)
    bad = Path(__file__).parent / "bad_input" / "old_and_unknown_codes"
    r = invoke("push", "--data", str(bad), "--no-cache", env=ENV)
    assert r.exit_code == 3
    assert "ingenting ble bygd eller skrevet" in r.stderr


def test_the_neo4j_docs_cover_commands_queries_and_variables() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "neo4j.md").read_text(encoding="utf-8")
    commands = [f"dknet neo4j {name}" for name in neo4j.commands]
    assert [c for c in commands if c not in doc] == []
    assert [q for q in cli_neo4j.QUERY_NAMES if f"`{q}`" not in doc] == []
    for word in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "--prune", "neo4j+s://", "neo4j:5"):
        assert word in doc
    assert "DKNET_TEST_NEO4J_URI" in doc and "DKNET_TEST_NEO4J_PASSWORD" in doc
