"""Municipalities side by side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import demo_page

from dknet.analysis.compare import SECTIONS, compare
from dknet.cli import cli
from dknet.errors import DknetError
from dknet.examples import tiny_graph
from dknet.messages.msg import Msg
from dknet.present.render import render_frame


def test_side_by_side_on_a_small_graph() -> None:
    df = render_frame(compare(tiny_graph(), ["9003", "9004", "9001"]), "nb")
    assert list(df.columns[:3]) == ["seksjon", "punkt", "felt"] and df.columns[-1] == "kilde"
    assert len(df.columns) == 3 + 3 + 1
    cols = {c.split(" (")[-1].rstrip(")"): c for c in df.columns[3:6]}
    row = df.set_index("felt").loc["grenser til"]
    assert row[cols["9003"]] == "Fjellvik" and row[cols["9001"]] == "–"
    pop = df.set_index("felt").loc["Folketall 2026"]
    ranks = [int(str(pop[c]).split("nr. ")[1].split(" ")[0]) for c in df.columns[3:6]]
    assert all(1 <= r <= 6 for r in ranks)
    shared = df.set_index("felt").loc["felles arenaer og kontorer"]
    assert "Dalsnes plankontor" in shared[cols["9003"]] and shared[cols["9001"]] == "–"


def test_needs_two_distinct_municipalities() -> None:
    with pytest.raises(DknetError):
        compare(tiny_graph(), ["9001"])
    with pytest.raises(DknetError):
        compare(tiny_graph(), ["9001", "9001"])


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_compare_holtaalen_tydal() -> None:
    r = _run("compare", "holtålen", "tydal", "--format", "json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["kommuner"] == ["5026", "5033"]
    rows = {row["felt"]: row for row in doc["rows"]}
    assert rows["grenser til"]["Holtålen (5026)"] == "Tydal"
    assert {"Folketall 2026", "Planstrategi 2023–2027", "Statsforvalter (SF)", "felles naboer"} <= set(rows)
    assert rows["Statsforvalter (SF)"]["Tydal (5033)"] == "Statsforvalteren i Trøndelag"
    table = _run("compare", "holtålen", "tydal")
    assert demo_page(table.stdout).splitlines()[0].split()[:3] == ["seksjon", "felt", "Holtålen"]


def test_compare_usage_and_unknown_names() -> None:
    assert _run("compare", "holtålen").exit_code == 2
    r = _run("compare", "holtålen", "tydl")
    assert r.exit_code == 1 and "Tydal" in r.stderr


def test_rows_and_cells_in_three_languages_with_the_same_machine_values() -> None:
    G = tiny_graph()
    dfs = {lang: render_frame(compare(G, ["9003", "9004"]), lang) for lang in ("nb", "nn", "en")}
    for df in dfs.values():  # seksjon, punkt and kilde are machine values
        assert df[["seksjon", "punkt", "kilde"]].equals(dfs["nb"][["seksjon", "punkt", "kilde"]])
    raw = compare(G, ["9003", "9004"])  # the library returns meaning, put into words at the edge
    assert all(isinstance(f, Msg) for f in raw["felt"]) and render_frame(raw, "en").equals(dfs["en"])
    label = {lang: dict(zip(df.punkt, df.felt, strict=True)) for lang, df in dfs.items()}
    assert (label["nb"]["grenser_til"], label["nn"]["grenser_til"], label["en"]["grenser_til"]) == (
        "grenser til",
        "grensar til",
        "borders",
    )
    assert label["nn"]["veiledning_fk"] == "Rettleiing frå fylkeskommunen"
    assert label["en"]["oppfylt"] == "Recommendations met"
    cell = {lang: df.set_index("punkt").iloc[:, 2] for lang, df in dfs.items()}  # Dalsnes (9003)
    # met among the known items, unknown beside it (the tiny graph has no guidance, arena or regional plan register)
    assert cell["nb"]["oppfylt"] == "1 av 1 kjente (100 %); 5 ukjent"
    assert cell["en"]["oppfylt"] == "1 of 1 known (100%); 5 unknown"
    assert " (nr. " in cell["nn"]["folketall_2026"] and " (no. " in cell["en"]["folketall_2026"]
    assert "med Fjellvik: " in cell["nb"]["felles_grupper"] and "with Fjellvik: " in cell["en"]["felles_grupper"]


def test_the_cli_speaks_the_command_language_and_json_keeps_machine_values(tmp_path: Path) -> None:
    nb = _run("compare", "holtålen", "tydal")
    lines = demo_page(nb.stdout).splitlines()
    assert lines[0].split()[:2] == ["seksjon", "felt"] and lines[2].split()[0] == "indikatorer"
    assert "Anbefalinger oppfylt" in nb.stdout and "offentlig kilde" in nb.stdout
    en = _run("compare", "holtålen", "tydal", "--lang", "en")
    assert demo_page(en.stdout).splitlines()[0].split()[:2] == ["section", "field"]
    assert "Recommendations met" in en.stdout and " public source" in en.stdout and "kuratert" not in en.stdout
    assert "regional plans   Covered by" in en.stdout and "no. = rank among all municipalities" in en.stdout
    nn = _run("compare", "holtålen", "tydal", "--lang", "nn")
    assert "Tilrådingar oppfylte" in nn.stdout and "rettleiing" in nn.stdout and "Rettleiing frå" in nn.stdout
    docs = {
        x: json.loads(_run("compare", "holtålen", "tydal", "--format", "json", "--lang", x).stdout)
        for x in ("nb", "en")
    }
    for doc in docs.values():
        assert {row["seksjon"] for row in doc["rows"]} == set(SECTIONS)
        assert {row["kilde"] for row in doc["rows"]} <= {"", "kuratert", "illustrativ", "brukerregister",
                                                        "illustrativ, kuratert"}  # fmt: skip
    assert [r["punkt"] for r in docs["nb"]["rows"]] == [r["punkt"] for r in docs["en"]["rows"]]
    assert next(r for r in docs["en"]["rows"] if r["punkt"] == "grenser_til")["felt"] == "borders"
    # excel-no CSV and XLSX show the names in the command's language, the standard CSV the machine values
    csv_nn = _run("compare", "holtålen", "tydal", "--format", "csv", "--lang", "nn").stdout
    assert "\nindikatorar;folketall_2026;Folketal 2026;" in csv_nn
    std = _run("compare", "holtålen", "tydal", "--format", "csv", "--lang", "en").stdout
    assert "\nindikatorer,folketall_2026,Population 2026," in std and ",kuratert\n" in std
    target = tmp_path / "compare.xlsx"
    assert _run("compare", "holtålen", "tydal", "--format", "xlsx", "-o", str(target), "--lang", "en").exit_code == 0
    sheet = openpyxl.load_workbook(target).worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert rows[0]["section"] == "indicators" and rows[0]["source"] == "public source"
