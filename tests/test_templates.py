"""Templates people fill in: drop-down lists, a hidden list sheet, Norwegian instructions, and a
workbook filled in and saved by another program (xlsxwriter, as Excel or LibreOffice would) that
``dknet validate`` accepts first time."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from dknet.cli import cli
from dknet.io.templates import LIST_SHEET, choice_lists
from dknet.schema import LAYERS


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("maler")
    assert run("data", "templates", str(out)).exit_code == 0
    return out / "dknet-maler.xlsx"


def _validations(ws: object) -> dict[str, tuple[str, str]]:
    """Header of the validated column → (formula, error style)."""
    out = {}
    for dv in ws.data_validations.dataValidation:  # type: ignore[attr-defined]
        first = str(dv.sqref).split(":")[0]
        column = first.rstrip("0123456789")
        out[ws[f"{column}1"].value] = (dv.formula1, dv.errorStyle)  # type: ignore[index]
    return out


def test_workbook_has_instructions_first_and_a_hidden_list_sheet(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames[0] == "Slik fyller du ut"
    text = "\n".join(str(c.value) for c in wb["Slik fyller du ut"]["A"] if c.value)
    assert "dknet validate MAPPE" in text and "nedtrekksliste" in text and "0301, ikke 301" in text
    assert wb[LIST_SHEET].sheet_state == "hidden"
    assert all(wb[name].sheet_state == "visible" for name in LAYERS)
    header = [c.value for c in wb[LIST_SHEET][1]]
    lists = choice_lists()
    assert header == list(lists)
    # The list sheet holds exactly the lists, municipalities as the loader knows them.
    kommuner = [c.value for c in wb[LIST_SHEET]["A"][1:]]
    assert kommuner == lists["kommune"] and len(kommuner) == 357
    assert "Våler (Østfold)" in kommuner and "Våler (Innlandet)" in kommuner and "Våler" not in kommuner


def test_drop_downs_on_municipality_county_plan_type_status_and_form(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    lists = choice_lists()
    planer = _validations(wb["planer"])
    assert planer["kommunenummer"] == ("lister!$A$2:$A$358", "warning")  # a typed number is allowed too
    col = list(lists).index("plantype")
    letter = openpyxl.utils.get_column_letter(col + 1)
    assert planer["plantype"] == (f"lister!${letter}$2:${letter}${len(lists['plantype']) + 1}", "stop")
    veiledning = _validations(wb["veiledning"])
    assert set(veiledning) == {"fra_type", "fra_id", "kommunenummer", "form"}
    plankontor = _validations(wb["plankontor"])
    assert set(plankontor) == {"form", "status"}
    assert _validations(wb["regionale_planer"])["fylkesnummer"][1] == "stop"
    assert _validations(wb["plankapasitet"])["bruker_konsulenter"][0].startswith("lister!")
    members = _validations(wb["plankontor_medlemmer"])
    assert members["plankontor_id"][0] == "'plankontor'!$A$2:$A$1001"  # ids of the sheet in this workbook
    # Every list's values are on the list sheet in the column the formula names.
    for name in ("plantype", "form", "status"):
        column = [c.value for c in wb[LIST_SHEET][openpyxl.utils.get_column_letter(list(lists).index(name) + 1)]]
        assert column[1 : len(lists[name]) + 1] == lists[name]


def test_every_listed_municipality_name_is_accepted_by_validate(tmp_path: Path) -> None:
    rows = "\n".join(f'"{name}",0.5' for name in choice_lists()["kommune"])
    (tmp_path / "plankapasitet.csv").write_text(f"kommunenummer,aarsverk_samfunn\n{rows}\n", encoding="utf-8")
    r = run("validate", str(tmp_path))
    assert r.exit_code == 0, r.stdout
    assert r.stdout == "" and "0 feil, 0 advarsler" in r.stderr


def _filled_with_xlsxwriter(path: Path) -> None:
    """A filled workbook as another program saves it: shared strings, real dates, numbers as numbers."""
    xlsxwriter = pytest.importorskip("xlsxwriter")
    lists = choice_lists()
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Slik fyller du ut").write(0, 0, "dknet-maler (fylt ut)")
    text = wb.add_format({"num_format": "@"})
    day = wb.add_format({"num_format": "dd.mm.yyyy"})

    def sheet(name: str, rows: list[list[object]]) -> None:
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, LAYERS[name].column_names)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), day)
                elif isinstance(value, str):
                    ws.write_string(r, c, value, text)
                elif value is not None:
                    ws.write_number(r, c, value)
        ws.data_validation(1, 1, 1000, 1, {"validate": "list", "source": f"={LIST_SHEET}!$A$2:$A$358"})

    heroy = next(n for n in lists["kommune"] if n.startswith("Herøy (Nordland"))
    sheet(
        "planer",
        [
            ["p-holtalen-ps", "Holtålen", "planstrategi", "Planstrategi 2024–2027", 2024, dt.date(2024, 6, 20)],
            ["p-heroy-ad", heroy, "arealdel", "Arealdel", 2022, None],
            ["p-tydal-sd", 5033, "samfunnsdel", None, 2021, None],  # a number typed in, not picked
        ],
    )
    sheet("plankapasitet", [["Holtålen", 0.8, 1.2, "ja", 2025], ["0301", 40.0, 60.0, "nei", 2025]])
    sheet("veiledning", [["v1", "FK", "50", "Holtålen", 2025, "veiledningsteam", 2, "Arealdel"]])
    sheet("plankontor", [["pk-gauldal", "Gauldal plankontor", "virtuelt", "aktiv", 2025]])
    sheet("plankontor_medlemmer", [["pk-gauldal", "Holtålen", "vert"], ["pk-gauldal", "Tydal", "deltaker"]])
    lister = wb.add_worksheet(LIST_SHEET)
    for c, (name, values) in enumerate(lists.items()):
        lister.write_string(0, c, name)
        for r, value in enumerate(values, start=1):
            lister.write_string(r, c, value)
    lister.hide()
    wb.close()


def test_a_workbook_filled_by_another_program_validates_and_loads_first_time(tmp_path: Path) -> None:
    folder = tmp_path / "registre"
    folder.mkdir()
    _filled_with_xlsxwriter(folder / "dknet-maler.xlsx")
    r = run("validate", str(folder))
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "0 feil" in r.stderr
    doc = json.loads(run("show", "5026", "--data", str(folder), "--no-cache", "--format", "json").stdout)
    profile = {row["felt"]: row["verdi"] for row in doc["profil"]}
    assert profile["Årsverk samfunnsplanlegging"] == 0.8
    names = {row["navn"] for row in doc["relasjoner"]}
    assert "Planstrategi 2024–2027" in names and "Gauldal plankontor" in names
