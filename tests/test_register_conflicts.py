"""Two advisers, one register folder: identical copies combine, two values for one record are a located conflict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j_fixture import small_graph, small_tables
from openpyxl import Workbook

from dknet.cli import cli
from dknet.errors import DataValidationError
from dknet.graph import Graph, build_graph
from dknet.graphdb.snapshot import (
    REGISTER_LAYERS,
    SNAPSHOT_NAME,
    Snapshot,
    SnapshotError,
    find_conflicts,
    graph_registers,
    read_snapshot,
    record_hash,
    register_records,
    write_registers,
)
from dknet.io.dataset import load_dataset, validate_directory

PLAN = "5026-arealdel"
HEADER = ["plan_id", "kommunenummer", "plantype", "vedtatt_aar", "vedtatt_dato", "source"]


def workbook(path: Path, rows: list[list[object]], *, header: list[str] = HEADER) -> Path:
    """A county workbook with one sheet ``planer`` (as two advisers each fill their copy)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "planer"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_same_record_with_two_values_is_a_located_conflict(tmp_path: Path) -> None:
    header = [*HEADER, "sist_endret", "endret_av"]
    workbook(
        tmp_path / "anne.xlsx",
        [
            ["5026-ps", "5026", "planstrategi", 2024, "2024-10-03", "Holtålen kommune", "2026-11-02", "Anne"],
            ["5033-ps", "5033", "planstrategi", 2024, None, "Tydal kommune", "2026-11-02", "Anne"],
        ],
        header=header,
    )
    workbook(
        tmp_path / "bjørn.xlsx",
        [
            ["5033-ps", "5033", "planstrategi", 2024, None, "Tydal kommune", "2026-11-20", "Bjørn"],
            ["5026-ps", "5026", "planstrategi", 2025, "2025-02-13", "Holtålen kommune", "2026-11-20", "Bjørn"],
        ],
        header=header,
    )
    problems = validate_directory(tmp_path)
    located = [(p.file, p.row, p.column, p.value, p.is_error) for p in problems]
    assert located == [
        ("bjørn.xlsx [planer]", 3, "vedtatt_aar", "2025", True),
        ("bjørn.xlsx [planer]", 3, "vedtatt_dato", "2025-02-13", True),
    ]
    assert problems[0].describe("nb") == (
        "bjørn.xlsx [planer], rad 3, kolonne vedtatt_aar: verdi «2025»: forventet samme verdi som anne.xlsx "
        "[planer], rad 2 («2024», endret 2026-11-02 av Anne) for plan_id 5026-ps: to registre er uenige (denne "
        "raden: endret 2026-11-20 av Bjørn). Tips: bli enige om én verdi og rett eller fjern den andre posten "
        "(dknet bruker ingen av dem før det)"
    )
    with pytest.raises(DataValidationError):
        load_dataset(tmp_path)
    # the CLI: exit 3, every conflict located, and nothing written
    out = tmp_path / "planer-ut.csv"
    r = run("--lang", "en", "plans", "--data", str(tmp_path), "--county", "50", "-o", str(out), "--format", "csv")
    assert r.exit_code == 3, r.output
    assert "bjørn.xlsx [planer], row 3, column vedtatt_aar" in r.stderr
    assert "anne.xlsx [planer], row 2" in r.stderr
    assert not out.exists()
    v = run("validate", str(tmp_path))
    assert v.exit_code == 3
    assert "to registre er uenige" in v.stdout + v.stderr


def test_identical_copies_and_cells_filled_in_one_copy_combine(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["5026-ps", "5026", "planstrategi", 2024, "2024-10-03", "Holtålen kommune"],
        ["5033-ps", "5033", "planstrategi", 2024, None, None],
    ]
    workbook(tmp_path / "anne.xlsx", rows)
    # Bjørn's copy: the same records, one of them with the day and the source Anne did not know
    workbook(
        tmp_path / "bjørn.xlsx",
        [rows[0], ["5033-ps", "5033", "planstrategi", 2024, "2024-06-20", "Tydal kommune"]],
    )
    (tmp_path / "planer.csv").write_text(  # a third copy, as CSV, with one more record
        ",".join(HEADER) + "\n5026-ps,5026,planstrategi,2024,2024-10-03,Holtålen kommune\n"
        "5025-ps,5025,planstrategi,2024,,Røros kommune\n",
        encoding="utf-8",
    )
    assert [p for p in validate_directory(tmp_path) if p.is_error] == []
    planer = load_dataset(tmp_path, mode="replace").table("planer").set_index("plan_id")
    assert sorted(planer.index) == ["5025-ps", "5026-ps", "5033-ps"]
    assert planer.loc["5033-ps", "vedtatt_dato"] == "2024-06-20"
    assert planer.loc["5033-ps", "source"] == "Tydal kommune"
    assert planer.loc["5026-ps", "vedtatt_aar"] == 2024


def test_one_file_with_a_changed_cell_still_conflicts_with_the_other_on_that_cell_only(tmp_path: Path) -> None:
    base: list[object] = ["5026-ps", "5026", "planstrategi", 2024, "2024-10-03", "Holtålen kommune"]
    workbook(tmp_path / "a.xlsx", [base])
    workbook(tmp_path / "b.xlsx", [[*base[:5], "Kommunestyresak 45/24"]])
    problems = [p for p in validate_directory(tmp_path) if p.is_error]
    assert [(p.file, p.row, p.column) for p in problems] == [("b.xlsx [planer]", 2, "source")]
    assert "a.xlsx [planer], row 2" in problems[0].describe("en")


# ---------------------------------------------------------------------------- the Neo4j snapshot, without a server


def _plan_graph(year: int | None) -> Graph:
    """The small test graph with the plan 5026-arealdel adopted in ``year`` (None: no such plan)."""
    tables = small_tables()
    planer = tables["planer"]
    if year is None:
        tables["planer"] = planer[planer["plan_id"] != PLAN]
    else:
        planer.loc[planer["plan_id"] == PLAN, "vedtatt_aar"] = year
    return build_graph(tables)


def _snapshot(G: Graph) -> Snapshot:
    records = register_records(graph_registers(G))
    hashes = {layer: {k: record_hash(layer, r) for k, r in rows.items()} for layer, rows in records.items()}
    return Snapshot("bolt://test", "2026-12-07T05:00:00Z", hashes)


@pytest.mark.parametrize(
    ("pulled", "neo4j", "pushed", "prune", "expected"),
    [
        (2020, 2020, 2024, False, []),  # only I changed it
        (2020, 2021, 2021, False, []),  # I already have the colleague's value
        (2020, 2021, 2024, False, [("changed", ("vedtatt_aar",))]),
        (2020, 2021, 2020, False, [("changed", ("vedtatt_aar",))]),  # my stale copy would undo their change
        (2020, None, 2020, False, [("removed", ())]),
        (2020, 2021, None, True, [("pruned", ())]),
        (None, 2021, None, True, [("pruned", ())]),  # added by a colleague after my pull
        (2020, 2021, None, False, []),  # a push without --prune never deletes
    ],
)
def test_the_three_versions_of_a_record_decide_the_conflict(
    pulled: int | None, neo4j: int | None, pushed: int | None, prune: bool, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    conflicts = find_conflicts(_plan_graph(pushed), _plan_graph(neo4j), _snapshot(_plan_graph(pulled)), prune=prune)
    assert [(c.kind, c.columns) for c in conflicts if c.layer == "planer"] == expected
    assert all(c.layer == "planer" and json.loads(c.key) == [PLAN] for c in conflicts)


def test_pulled_registers_load_back_unchanged(tmp_path: Path) -> None:
    G = small_graph()
    written = write_registers(G, tmp_path / "registre", location="bolt://test")
    assert sum(written.records.values()) == 4 + 2 + 1 + 3 + 2 + 4 + 1 + 2 + 2
    tables = load_dataset(tmp_path / "registre", mode="replace").tables
    assert register_records({name: tables[name] for name in REGISTER_LAYERS}) == register_records(graph_registers(G))
    with pytest.raises(FileExistsError):
        write_registers(G, tmp_path / "registre", location="bolt://test")
    write_registers(G, tmp_path / "registre", location="bolt://test", force=True)
    (tmp_path / "registre" / SNAPSHOT_NAME).write_text("{", encoding="utf-8")
    with pytest.raises(SnapshotError, match="cannot be read"):
        read_snapshot(tmp_path / "registre")
