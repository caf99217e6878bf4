"""The Cypher files agree with the schema, declare what they use, and are listed in cypher/README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dknet.cli.graphdb import QUERY_NAMES
from dknet.graphdb.rows import endpoints, node_statement, relationship_statement
from dknet.graphdb.statements import FOLDERS, Statement, cypher_dir, named_queries, parse_statement, statements
from dknet.schema import LABELS_BY_NAME, RELS_BY_NAME, Label, Rel

ALL = list(statements().values())
# `:Name` or `:Name|Other` right after `(`, `[`, `-` or a variable, with no space after the colon
# (map literals always have one: `{key: row.key}`).
_TOKEN = re.compile(r"(?<=[\w(\[])\s*:([A-Za-z_]+(?:\|[A-Za-z_]+)*)")


def tokens(s: Statement) -> tuple[set[str], set[str]]:
    """Labels (CamelCase) and relationship types (UPPER_CASE) written in a statement's body."""
    found = {name for m in _TOKEN.finditer(s.body) for name in m.group(1).split("|")}
    return {t for t in found if not t.isupper()}, {t for t in found if t.isupper()}


def node_labels_in(s: Statement, variable: str) -> set[str]:
    """The labels given to ``(variable:…)`` in a statement."""
    return {name for m in re.finditer(rf"\({variable}:([A-Za-z|]+)", s.body) for name in m.group(1).split("|")}


def top_level_items(text: str) -> list[str]:
    """Split a RETURN clause at the commas that are not inside brackets."""
    items, depth, current = [], 0, ""
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    return [*items, current]


def test_every_file_parses_and_the_folders_are_known() -> None:
    root = cypher_dir()
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.cypher"))
    assert files == sorted(f"{s.id}.cypher" for s in ALL)
    assert {s.folder for s in ALL} == set(FOLDERS)


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_labels_and_types_in_cypher_exist_in_the_schema(s: Statement) -> None:
    labels, types = tokens(s)
    assert labels <= set(LABELS_BY_NAME), f"{s.id}: unknown labels {labels - set(LABELS_BY_NAME)}"
    assert types <= set(RELS_BY_NAME), f"{s.id}: unknown types {types - set(RELS_BY_NAME)}"


def test_the_token_scanner_sees_labels_and_types() -> None:
    s = statements()["read/partner_candidates"]
    labels, types = tokens(s)
    assert {"Municipality", "PlanOffice", "Arena", "RegionalPlan", "StateAdministrator"} <= labels
    assert {"BORDERS", "MEMBER_OF", "COVERS", "SUPERVISED_BY"} <= types
    typo = Statement("read/x", "", "", (), (), "MATCH (n:Municipalty)-[:BORDER|GUIDES]-(:Arena {key: $k})", Path("x"))
    assert tokens(typo) == ({"Municipalty", "Arena"}, {"BORDER", "GUIDES"})


@pytest.mark.parametrize("label", list(Label), ids=[lab.label for lab in Label])
def test_every_label_is_loaded_by_its_own_file(label: Label) -> None:
    s = statements()[node_statement(label)]
    assert f"MERGE (n:{label.label} {{key: row.key}})" in s.body
    assert tokens(s) == ({label.label}, set())


@pytest.mark.parametrize("rel", list(Rel), ids=[r.type for r in Rel])
def test_every_relationship_type_is_loaded_by_its_own_file(rel: Rel) -> None:
    s = statements()[relationship_statement(rel)]
    assert tokens(s)[1] == {rel.type}
    start, end = endpoints(rel)
    assert node_labels_in(s, "a") == {lab.label for lab in start}
    assert node_labels_in(s, "b") == {lab.label for lab in end}
    assert re.search(rf"MERGE \(a\)-\[r:{rel.type}( {{veiledning_id: row\.key}})?\]-", s.body)


def test_load_folder_holds_exactly_one_file_per_label_and_type() -> None:
    loads = {s.id for s in ALL if s.folder == "load"}
    assert loads == {node_statement(lab) for lab in Label} | {relationship_statement(r) for r in Rel}


@pytest.mark.parametrize("label", list(Label), ids=[lab.label for lab in Label])
def test_every_label_has_a_key_constraint(label: Label) -> None:
    s = statements()[f"schema/constraint_{label.name.lower()}_key"]
    assert "IF NOT EXISTS" in s.body
    assert f"FOR (n:{label.label}) REQUIRE n.key IS UNIQUE" in s.body


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_declared_params_are_exactly_the_ones_used(s: Statement) -> None:
    used = set(re.findall(r"\$(\w+)", s.body))
    assert used == {p.name for p in s.params}


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_values_only_as_parameters_and_one_statement_per_file(s: Statement) -> None:
    assert "'" not in s.body and '"' not in s.body, "no string literals: values travel as $parameters"
    assert ";" not in s.body


@pytest.mark.parametrize("s", [s for s in ALL if s.folder == "load"], ids=lambda s: s.id)
def test_loads_are_batched_merges(s: Statement) -> None:
    assert s.body.startswith("UNWIND $rows AS row\n")
    assert "MERGE (" in s.body
    assert s.columns == ()


@pytest.mark.parametrize("s", [s for s in ALL if s.folder in ("read", "sync")], ids=lambda s: s.id)
def test_reads_declare_their_columns_in_return_order(s: Statement) -> None:
    if s.id.startswith("sync/delete_"):
        assert s.columns == ()
        return
    returned = s.body.rsplit("RETURN", 1)[1].split("ORDER BY")[0]
    aliases = [part.split(" AS ")[-1].strip() for part in top_level_items(returned)]
    assert aliases == [c.name for c in s.columns]


def test_the_readme_lists_every_file_with_its_params_and_columns() -> None:
    readme = (cypher_dir() / "README.md").read_text(encoding="utf-8")
    assert [s.id for s in ALL if f"`{s.id}.cypher`" not in readme] == []
    for s in named_queries().values():
        section = readme.split(f"### `{s.name}`", 1)[1].split("\n### ", 1)[0]
        assert [p.name for p in s.params if f"`{p.name}`" not in section] == []
        assert [c.name for c in s.columns if f"`{c.name}`" not in section] == []


def test_the_cli_lists_the_named_queries() -> None:
    assert sorted(named_queries()) == sorted(QUERY_NAMES)


def test_the_named_queries_required_by_the_issue_exist() -> None:
    queries = named_queries()
    assert {"partner_candidates", "guidance_gaps", "neighbourhood", "members"} <= set(queries)
    assert queries["partner_candidates"].param("kommunenummer").required
    assert queries["guidance_gaps"].param("fylkesnummer").nullable


def test_a_header_without_params_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "read").mkdir()
    bad = tmp_path / "read" / "oops.cypher"
    bad.write_text("// oops: something\n// columns: none\nRETURN 1 AS x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"read/oops.cypher: the header must have a 'params:' section"):
        parse_statement(bad, tmp_path)
    bad.write_text("// wrong: name\n// params: none\n// columns: none\nRETURN 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="first line must be '// oops: "):
        parse_statement(bad, tmp_path)
    bad.write_text("// oops: x\n// params:\n//   n: integer — no such type\n// columns: none\nRETURN $n\n")
    with pytest.raises(ValueError, match="unknown type 'integer'"):
        parse_statement(bad, tmp_path)
