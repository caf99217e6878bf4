"""``dknet register``: the county's pre-filled register workbook, and its round trip through validate and --data.

Generated from the real default data set (no demo records), for Trøndelag (50): a row for every
municipality on every sheet, known records with their source, drop-downs; an unfilled workbook
loads to exactly the graph it was made from; every cell filled in comes back, in the tables and
in the graph; an existing file is not overwritten without --force; a bad county is exit 3.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from dknet.cli import cli
from dknet.graph import build_graph
from dknet.io.dataset import load_dataset
from dknet.io.register import REGISTER_SHEET
from dknet.io.templates import choice_lists
from dknet.messages import t
from dknet.present.register_workbook import WORKBOOK_SHEETS, county_scope, register_workbook
from dknet.schema import LAYERS, ColumnType, Label, Rel, node_id


@pytest.fixture
def real(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The real default data set (conftest turns the demonstration set on for the session)."""
    monkeypatch.delenv("DKNET_DEMO", raising=False)
    yield


@pytest.fixture(scope="module")
def start() -> Any:
    """The real default data set, loaded once."""
    return load_dataset(demo=False)


@pytest.fixture(scope="module")
def workbook(start: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Trøndelag workbook, written once by the library (the CLI writes the same bytes)."""
    path = tmp_path_factory.mktemp("register") / "trondelag.xlsx"
    path.write_bytes(register_workbook(start.tables, county_scope(start.tables, "50"), file_name=path.name))
    return path


def _rows(ws: Any) -> list[dict[str, Any]]:
    header = [c.value for c in ws[1]]
    out = []
    for n, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        if any(v is not None for v in row):
            out.append({"_row": n, **dict(zip(header, row, strict=False))})
    return out


def _records(data: Any, layer: str) -> list[tuple[Any, ...]]:
    """A layer's records, order-free, missing values as None."""
    df = data.table(layer).astype(object)
    out = []
    for rec in df.itertuples(index=False):
        out.append(tuple(None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v for v in rec))
    return sorted(out, key=repr)


def test_register_writes_trondelag_from_the_real_default(real: None, tmp_path: Path) -> None:
    out = tmp_path / "trondelag.xlsx"
    result = CliRunner().invoke(cli, ["register", "--county", "50", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Slik fyller du ut"
    assert wb.sheetnames[1:8] == list(WORKBOOK_SHEETS)
    assert "DEMO" not in wb.sheetnames
    instructions = "\n".join(str(c.value) for c in wb["Slik fyller du ut"]["A"] if c.value)
    assert "Fylkets register: Trøndelag" in instructions and f"dknet validate {out.name}" in instructions
    kommuner = load_dataset(demo=False).table("kommuner")
    names = dict(zip(choice_lists()["kommune"], choice_lists()["kommunenummer"], strict=True))
    county = set(kommuner.loc[kommuner["fylkesnummer"] == "50", "kommunenummer"])
    assert len(county) == 38
    for layer in ("planer", "veiledning", "plankontor_medlemmer", "arena_medlemmer", "plankapasitet"):
        rows = _rows(wb[layer])
        assert [c.value for c in wb[layer][1]] == LAYERS[layer].column_names
        assert {names[r["kommunenummer"]] for r in rows} == county, layer  # every municipality, no other
        assert all(r["source"] != "illustrative" for r in rows)  # never demo data without --demo
    plans = {r["plan_id"]: r for r in _rows(wb["planer"])}
    for ptype in ("planstrategi", "samfunnsdel", "arealdel"):  # this term and the last, for each part
        for code in county:
            ids = [i for i, r in plans.items() if names[r["kommunenummer"]] == code and r["plantype"] == ptype]
            assert len(ids) >= 2, (code, ptype)
    # A known record is there with its source; an unknown one is a row of blank cells.
    holtalen = plans["5026-arealdel"]
    assert holtalen["vedtatt_dato"] == dt.datetime(2021, 5, 5) and holtalen["omfang"] == "bestemmelser"
    assert holtalen["source_url"].startswith("https://holtalen.kommune.no/")
    blank = plans["5026-planstrategi-2024-2027"]
    assert blank["vedtatt_aar"] is None and blank["vedtatt_dato"] is None and blank["source"] is None
    curated = load_dataset(demo=False).table("planer")
    assert set(curated.loc[curated["kommunenummer"].isin(county), "plan_id"]) <= set(plans)
    assert "skrev" in result.stderr and "38 kommuner" in result.stderr


def test_register_has_drop_downs_frozen_headers_and_hidden_lists(workbook: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    assert wb["lister"].sheet_state == "hidden" and wb[REGISTER_SHEET].sheet_state == "hidden"

    def lists(sheet: str) -> dict[str, str]:
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        out = {}
        for dv in ws.data_validations.dataValidation:
            if dv.type != "list":
                continue
            col = str(dv.sqref).split(":")[0].rstrip("0123456789")
            out[header[openpyxl.utils.column_index_from_string(col) - 1]] = dv.formula1
        return out

    for sheet in WORKBOOK_SHEETS:
        ws = wb[sheet]
        assert ws.freeze_panes == "A2"
        assert all(ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width >= 12 for i in range(1, 4))
    assert {"kommunenummer", "plantype", "omfang"} <= set(lists("planer"))
    assert {"fra_type", "fra_id", "kommunenummer", "form"} <= set(lists("veiledning"))
    assert {"form", "status"} <= set(lists("plankontor"))
    assert lists("plankontor_medlemmer")["plankontor_id"].startswith("'plankontor'!$A$2:")  # ids of that sheet
    assert {"rolle", "kommunenummer"} <= set(lists("plankontor_medlemmer"))
    assert "bruker_konsulenter" in lists("plankapasitet")
    checks = {dv.type for dv in wb["planer"].data_validations.dataValidation}
    assert {"date", "whole"} <= checks  # vedtatt_dato, vedtatt_aar: Excel warns about what cannot be one
    values = {c.value for c in wb["lister"][1]}
    assert {"plantype", "fra_type", "ja_nei", "kommune"} <= values
    ws = wb["lister"]
    column = {c.value: c.column_letter for c in ws[1]}
    assert [c.value for c in ws[column["fra_type"]][1:] if c.value] == ["FK", "SF"]


def test_unfilled_workbook_loads_to_the_graph_it_came_from(start: Any, workbook: Path) -> None:
    again = load_dataset(workbook, demo=False)
    assert not again.warnings
    for layer in LAYERS:  # no invented record: the blank rows are not records
        assert _records(again, layer) == _records(start, layer), layer
    a, b = build_graph(start.tables), build_graph(again.tables)
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)


#: One cell filled in: (sheet, record key, municipality of a member or capacity row, column, value as typed).
Filled = tuple[str, str, str | None, str, Any]


def _fill(path: Path, out: Path) -> list[Filled]:
    """Fill cells as an adviser would (blank rows, a known record, a new row); return each cell filled."""
    wb = openpyxl.load_workbook(path)
    shown = dict(zip(choice_lists()["kommunenummer"], choice_lists()["kommune"], strict=True))
    filled: list[Filled] = []

    def put(sheet: str, match: dict[str, Any], values: dict[str, Any], member: str | None = None) -> None:
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        key = LAYERS[sheet].key[0]
        match = {**match, **({"kommunenummer": shown[member]} if member else {})}
        for r in _rows(ws):
            if all(r.get(k) == v for k, v in match.items()):
                for col, value in values.items():
                    ws.cell(row=r["_row"], column=header.index(col) + 1, value=value)
                    if col != key or sheet == "planer":
                        filled.append((sheet, str({**r, **values}[key]), member, col, value))
                return
        raise AssertionError(f"no row {match} on {sheet}")

    put(
        "planer",
        {"plan_id": "5026-planstrategi-2024-2027", "vedtatt_aar": None},
        {"vedtatt_dato": "12.09.2024", "navn": "Planstrategi 2024–2027", "source": "Trøndelag fk, sak 24/881"},
    )
    put("planer", {"plan_id": "5033-samfunnsdel-2020-2023", "vedtatt_aar": None}, {"vedtatt_aar": 2021})
    put(
        "veiledning",
        {"veiledning_id": "50-5026-1", "aar": None},
        {"aar": 2025, "form": "møte", "tema": "arealdel, Gauldal", "saksnummer": "25/1234", "antall": 2},
    )
    put(
        "plankapasitet",
        {"aar": None},
        {
            "aarsverk_samfunn": 0.5,
            "aarsverk_areal": 1.2,
            "bruker_konsulenter": "ja",
            "aar": 2025,
            "source_url": "https://holtalen.kommune.no/",
        },
        member="5026",
    )
    ws = wb["plankontor"]  # a new cooperation, on the first empty row
    header = [c.value for c in ws[1]]
    office = {
        "plankontor_id": "gauldal-plan",
        "navn": "Plansamarbeid Gauldal",
        "form": "virtuelt",
        "status": "aktiv",
        "fra_aar": 2025,
        "sist_bekreftet": 2026,
        "source": "FK Trøndelag",
    }
    n = max(r["_row"] for r in _rows(ws)) + 1
    for col, value in office.items():
        ws.cell(row=n, column=header.index(col) + 1, value=value)
        filled.append(("plankontor", "gauldal-plan", None, col, value))
    # Two municipalities without a known cooperation (their grey rows) join it.
    put("plankontor_medlemmer", {"plankontor_id": None}, {"plankontor_id": "gauldal-plan", "rolle": "vert"}, "5025")
    put(
        "plankontor_medlemmer",
        {"plankontor_id": None},
        {"plankontor_id": "gauldal-plan", "rolle": "deltaker", "merknad": "fra høsten"},
        "5032",
    )
    put("plankontor", {"plankontor_id": "plankontoret-oppdal-rennebu"}, {"sist_bekreftet": 2025})  # a known one
    put("arena_medlemmer", {"arena_id": "pf-50"}, {"rolle": "deltaker (2025)"}, "5033")
    wb.save(out)
    return filled


def _typed(layer: str, column: str, value: Any) -> Any:
    kind = LAYERS[layer].column(column).type
    if kind is ColumnType.DATE:
        return dt.datetime.strptime(value, "%d.%m.%Y").date().isoformat()
    if kind is ColumnType.BOOL:
        return value == "ja"
    return value


def _in_graph(G: Any, layer: str, key: str, column: str, member: str | None) -> Any:
    """A register cell as the graph holds it."""
    if layer == "planer":
        return G.nodes[node_id(Label.PLAN, key)][column]
    if layer == "plankontor":
        return G.nodes[node_id(Label.PLAN_OFFICE, key)][column]
    if layer == "plankapasitet":
        m = G.nodes[node_id(Label.MUNICIPALITY, member or "")]
        return m[{"source": "kapasitet_source", "source_url": "kapasitet_source_url"}.get(column, column)]
    if layer == "veiledning":
        edges = [d for _, _, k, d in G.edges(keys=True, data=True) if d["type"] == Rel.GUIDES.type and k == key]
        return edges[0][column]
    group = Label.PLAN_OFFICE if layer == "plankontor_medlemmer" else Label.ARENA
    return G.edges[node_id(Label.MUNICIPALITY, member or ""), node_id(group, key), Rel.MEMBER_OF.type][column]


def test_filled_workbook_round_trips_through_validate_and_data(real: None, workbook: Path, tmp_path: Path) -> None:
    filled_path = tmp_path / "trondelag-utfylt.xlsx"
    filled = _fill(workbook, filled_path)
    runner = CliRunner()
    checked = runner.invoke(cli, ["validate", str(filled_path)], catch_exceptions=False)
    assert checked.exit_code == 0, checked.output
    assert "0 feil, 0 advarsler" in checked.stderr
    data = load_dataset(filled_path, demo=False)
    G = build_graph(data.tables)
    for layer, key, member, column, value in filled:
        table = data.table(layer)
        rows = table[table[LAYERS[layer].key[0]] == (member if layer == "plankapasitet" else key)]
        if member is not None:
            rows = rows[rows["kommunenummer"] == member]
        assert len(rows) == 1, (layer, key, column)
        got = rows.iloc[0][column]
        expected = _typed(layer, column, value)
        assert (got.item() if hasattr(got, "item") else got) == expected, (layer, key, column)
        assert _in_graph(G, layer, key, column, member) == expected, (layer, key, column)
    assert len(filled) >= 20
    # The records nobody touched are as they were; only what was filled is new or changed.
    start = load_dataset(demo=False)
    assert len(data.table("planer")) == len(start.table("planer")) + 2
    assert len(data.table("veiledning")) == 1 and len(data.table("plankapasitet")) == 1
    assert len(data.table("plankontor")) == len(start.table("plankontor")) + 1
    # The same workbook as --data for a command.
    shown = runner.invoke(cli, ["plans", "--county", "50", "--data", str(filled_path), "--format", "csv"])
    assert shown.exit_code == 0, shown.output
    holtalen = [line for line in shown.stdout.splitlines() if "5026" in line]
    assert holtalen and "2024-09-12" in holtalen[0]


def test_a_bad_cell_is_located_at_sheet_row_and_column(real: None, workbook: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    ws = wb["planer"]
    header = [c.value for c in ws[1]]
    row = next(r["_row"] for r in _rows(ws) if r["plan_id"] == "5026-planstrategi-2024-2027")
    ws.cell(row=row, column=header.index("vedtatt_aar") + 1, value="tjuefire")
    bad = tmp_path / "feil.xlsx"
    wb.save(bad)
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", str(bad)], catch_exceptions=False)
    assert result.exit_code == 3
    assert f"feil.xlsx [planer], row {row}, column vedtatt_aar" in result.stdout
    used = CliRunner().invoke(cli, ["plans", "--county", "50", "--data", str(bad)], catch_exceptions=False)
    assert used.exit_code == 3 and "Traceback" not in used.output


def test_register_never_overwrites_without_force(real: None, tmp_path: Path) -> None:
    out = tmp_path / "trondelag.xlsx"
    out.write_bytes(b"filled in last year")
    runner = CliRunner()
    refused = runner.invoke(cli, ["register", "--county", "50", "-o", str(out)], catch_exceptions=False)
    assert refused.exit_code == 1
    same = t("templates.exist", "nb", dir=str(tmp_path), files="trondelag.xlsx")  # the words of data templates
    assert refused.stderr == f"Feil: {same}\n"
    assert out.read_bytes() == b"filled in last year"
    forced = runner.invoke(cli, ["register", "--county", "50", "-o", str(out), "--force"], catch_exceptions=False)
    assert forced.exit_code == 0
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--county", "99"], "--county 99: Fant ikke noe fylke"),
        (["--county", "Trøndelagg"], "Mente du Trøndelag"),
        (["--sf", "ingensteds"], "--sf ingensteds:"),
    ],
)
def test_a_bad_county_is_one_clear_error_and_exit_3(real: None, tmp_path: Path, args: list[str], words: str) -> None:
    out = tmp_path / "x.xlsx"
    result = CliRunner().invoke(cli, ["register", *args, "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 3
    assert result.stderr.startswith("Feil: ") and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_demo_workbook_is_bannered(tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    result = CliRunner().invoke(cli, ["register", "--county", "50", "-o", str(out), "--demo"], catch_exceptions=False)
    assert result.exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert "DEMO" in wb.sheetnames and wb.active.title == "DEMO"
    assert wb.properties.title.startswith("DEMO")
    sources = {r["source"] for r in _rows(wb["plankapasitet"])}
    assert "illustrative" in sources  # generated capacity figures, only in demo mode


def test_a_workbook_as_data_is_cached_by_its_content(
    real: None, cache_home: Path, workbook: Path, tmp_path: Path
) -> None:
    book = tmp_path / "trondelag.xlsx"
    book.write_bytes(workbook.read_bytes())
    args = ["plans", "--county", "50", "--data", str(book), "--format", "csv"]
    first = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert first.exit_code == 0 and list(cache_home.glob("graph-*"))  # built once, kept
    again = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert again.stdout == first.stdout
    wb = openpyxl.load_workbook(book)
    ws = wb["planer"]
    row = next(r["_row"] for r in _rows(ws) if r["plan_id"] == "5027-planstrategi-2024-2027")
    ws.cell(row=row, column=LAYERS["planer"].column_names.index("vedtatt_aar") + 1, value=2024)
    wb.save(book)
    edited = CliRunner().invoke(cli, args, catch_exceptions=False)
    line = next(x for x in edited.stdout.splitlines() if x.startswith("5027"))
    assert "dato_ukjent" in line or "dato ukjent" in line  # the edit is seen: the key is the workbook's content
    assert line != next(x for x in first.stdout.splitlines() if x.startswith("5027"))
