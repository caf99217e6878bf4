"""The command line: exact output, formats, exit codes, stdout and stderr apart."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import demo_page

from dknet.cli import cli

BAD = Path(__file__).parent / "bad_input"


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_show_holtalen_profile_exact() -> None:
    r = run("show", "holtaalen")
    assert r.exit_code == 0, r.stderr
    head = demo_page(r.stdout).splitlines()[:41]
    assert head == [
        "Holtålen (5026)",
        "===============",
        "felt                         verdi                  kilde",
        "---------------------------  ---------------------  ---------------",
        "Kommunenummer                5026                   offentlig kilde",
        "Navn                         Holtålen               offentlig kilde",
        "Navn (SSB)                   Holtålen               offentlig kilde",
        "Fylke                        50                     offentlig kilde",
        "Landsdel                     Trøndelag-Trööndelage  offentlig kilde",
        "BA-region                    94 Røros               offentlig kilde",
        "Folketall 2016               2 031                  offentlig kilde",
        "Folketall 2024               2 035                  offentlig kilde",
        "Folketall 2025               2 048                  offentlig kilde",
        "Folketall 2026               2 037                  offentlig kilde",
        "Endring 2016–2026 (%)        0,3                    offentlig kilde",
        "Andel 20–66 år               53,6 %                 offentlig kilde",
        "Andel 67+                    26,5 %                 offentlig kilde",
        "Andel 80+                    9,5 %                  offentlig kilde",
        "Sentralitetsindeks           524                    offentlig kilde",
        "Sentralitetsklasse           6                      offentlig kilde",
        "Areal (km²)                  1 209,4                offentlig kilde",
        "Innbyggere per km²           1,68                   offentlig kilde",
        "Lengdegrad (sentroide)       11,25                  offentlig kilde",
        "Breddegrad (sentroide)       62,85                  offentlig kilde",
        "KOSTRA-gruppe                14                     offentlig kilde",
        "Utgiftsbehov 2026 (indeks)   1,17                   offentlig kilde",
        "Kystandel av omrisset        0 %                    offentlig kilde",
        "Øykommune                    nei                    offentlig kilde",
        "Ferjesamband                 0                      offentlig kilde",
        "Ferjeavhengig                nei                    offentlig kilde",
        "Vinterstengte veger          0                      offentlig kilde",
        "Fritidsboliger 2023          1 144                  offentlig kilde",
        "Vernet areal 2024 (km²)      306                    offentlig kilde",
        "Sysselsatte 2017             591                    offentlig kilde",
        "Sysselsatte i havbruk 2017   0                      offentlig kilde",
        "Andel i primærnæring 2020    5,6 %                  offentlig kilde",
        "Andel i industri 2020        10 %                   offentlig kilde",
        "Fiskere (hovedyrke) 2018     0                      offentlig kilde",
        "Årsverk samfunnsplanlegging  0,2                    illustrativ",
        "Årsverk arealplanlegging     0,5                    illustrativ",
        "Bruker konsulenter           ja                     illustrativ",
    ]
    # Relations that rest on generated records say so, at the end of the output.
    assert r.stdout.rstrip().splitlines()[-1].startswith("Merk: rader med kilde=illustrativ")
    assert r.stderr == ""


@pytest.mark.parametrize("query", ["5026", "holtalen", "Holtålen", "HOLTAALEN"])
def test_show_accepts_what_planners_type(query: str) -> None:
    r = run("show", query, "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["kommune"] == "5026"


def test_show_json_lists_neighbours_and_projects() -> None:
    doc = json.loads(run("show", "5026", "--format", "json").stdout)
    borders = sorted(x["id"] for x in doc["relasjoner"] if x["type"] == "BORDERS")
    assert borders == ["3430", "5025", "5027", "5032", "5033"]
    arenas = {x["id"] for x in doc["relasjoner"] if x["type"] == "MEMBER_OF"}
    assert {"distriktskommune-3-0", "pilot-arealstrategi-kdd"} <= arenas


def test_show_csv_is_one_table() -> None:
    rows = list(
        csv.DictReader(io.StringIO(run("show", "Tydal", "--format", "csv", "--csv-dialect", "standard").stdout))
    )
    assert {r["seksjon"] for r in rows} == {"profil", "relasjon", "anbefaling"}
    assert any(r["navn"] == "Holtålen" and r["type"] == "BORDERS" for r in rows)


def test_ambiguous_municipality_lists_choices() -> None:
    r = run("show", "Herøy")
    assert r.exit_code == 1
    assert r.stdout == ""
    assert r.stderr == (
        "Feil: «Herøy» passer til 2 kommuner: Herøy (1515, Møre og Romsdal); Herøy (1818, Nordland). "
        "Oppgi nummeret i stedet.\n"
    )
    nn = run("show", "herøy", "--lang", "nn")
    assert nn.exit_code == 1
    assert nn.stderr.startswith("Feil: «herøy» passar til 2 kommunar: Herøy (1515, Møre og Romsdal); Herøy (1818")
    assert nn.stderr.rstrip().endswith("Gje nummeret i staden.")
    en = run("--lang", "en", "show", "Herøy")
    assert en.exit_code == 1
    assert en.stderr == (
        "Error: 'Herøy' matches 2 municipalities: Herøy (1515, Møre og Romsdal); Herøy (1818, Nordland). "
        "Give the number instead.\n"
    )


@pytest.mark.parametrize(
    ("lang", "start"),
    [
        ("nb", "Feil: Fant ingen kommune som passer til «holtaln». Mente du Holtålen (5026, Trøndelag)"),
        ("nn", "Feil: Fann ingen kommune som passar til «holtaln». Meinte du Holtålen (5026, Trøndelag)"),
        ("en", "Error: no municipality matches 'holtaln'. Did you mean Holtålen (5026, Trøndelag)"),
    ],
)
def test_unknown_municipality_suggests_closest(lang: str, start: str) -> None:
    r = run("show", "holtaln", "--lang", lang)
    assert r.exit_code == 1
    assert r.stdout == ""
    assert r.stderr.startswith(start), r.stderr
    assert "Traceback" not in r.output


@pytest.mark.parametrize(
    ("query", "lang", "phrase"),
    [
        ("1567", "nb", "1567 var nummeret til Rindal til og med 2023; fra 1. januar 2024 er det 5061 (Rindal)"),
        ("1567", "en", "1567 was the number of Rindal until 2023; since 1 January 2024 it is 5061 (Rindal)"),
        ("301", "nb", "mente du 0301 (Oslo)? Kommunenummeret mistet nullen foran"),
        ("301", "nn", "meinte du 0301 (Oslo)? Kommunenummeret mista nullen framfor"),
        ("301", "en", "did you mean 0301 (Oslo)? The leading zero was lost"),
    ],
)
def test_old_numbers_and_lost_zeros_are_explained_in_each_language(query: str, lang: str, phrase: str) -> None:
    r = run("show", query, "--lang", lang)
    assert r.exit_code == 1
    assert phrase in r.stderr, r.stderr


def test_info_counts() -> None:
    doc = json.loads(run("info", "--format", "json").stdout)
    labels = {r["label"]: r["antall"] for r in doc["sections"]["noder / nodes"]}
    assert (labels["Municipality"], labels["County"], labels["StateAdministrator"]) == (357, 15, 10)
    rels = {r["type"]: r["antall"] for r in doc["sections"]["relasjoner / relationships"]}
    assert rels["BORDERS"] == 736 and rels["IN_COUNTY"] == 357
    assert "illustrative" in doc["note"]


def test_info_table_names_sources_and_illustrative_share() -> None:
    out = run("info").stdout
    assert "real/kommuner.csv (bundled)" in out
    assert "er illustrative (kilde=illustrativ). Poster per lag etter type" in out
    assert out.rstrip().endswith("docs/data-coverage.md.")


def test_validate_reports_all_problems_and_exits_3() -> None:
    r = run("validate", str(BAD / "old_and_unknown_codes"))
    assert r.exit_code == 3
    assert r.stdout.splitlines() == [
        "feil: veiledning.csv, rad 2, kolonne kommunenummer: verdi «1567»: forventet et kommunenummer (4 sifre, "
        "inndelingen fra 2024) eller et kommunenavn. Tips: 1567 var nummeret til Rindal til og med 2023; fra "
        "1. januar 2024 er det 5061 (Rindal)",
        "feil: veiledning.csv, rad 3, kolonne kommunenummer: verdi «9999»: forventet et kommunenummer (4 sifre, "
        "inndelingen fra 2024) eller et kommunenavn. Tips: kommunenummeret 9999 finnes ikke i inndelingen fra 2024",
    ]
    assert "2 feil, 0 advarsler" in r.stderr


def test_validate_speaks_nynorsk_and_english() -> None:
    nn = run("validate", str(BAD / "old_and_unknown_codes"), "--lang", "nn")
    assert nn.exit_code == 3
    assert nn.stdout.splitlines()[1] == (
        "feil: veiledning.csv, rad 3, kolonne kommunenummer: verdi «9999»: forventa eit kommunenummer (4 siffer, "
        "inndelinga frå 2024) eller eit kommunenamn. Tips: kommunenummeret 9999 finst ikkje i inndelinga frå 2024"
    )
    en = run("--lang", "en", "validate", str(BAD / "old_and_unknown_codes"))
    assert en.exit_code == 3
    assert en.stdout.splitlines() == [
        'error: veiledning.csv, row 2, column kommunenummer: value "1567": expected a municipality number (4 digits, '
        "2024 division) or name. Hint: 1567 was the number of Rindal until 2023; since 1 January 2024 it is 5061 "
        "(Rindal)",
        'error: veiledning.csv, row 3, column kommunenummer: value "9999": expected a municipality number (4 digits, '
        "2024 division) or name. Hint: the municipality number 9999 is not in the 2024 division",
    ]
    assert "2 errors, 0 warnings" in en.stderr


def test_validate_on_a_bad_folder_prints_norwegian_by_default() -> None:
    r = run("validate", str(BAD / "leading_zero"))
    assert r.exit_code == 3
    assert "rad 2, kolonne kommunenummer: verdi «301»" in r.stdout
    assert "Kommunenummeret mistet nullen foran" in r.stdout
    assert "expected" not in r.stdout and "Hint" not in r.stdout


def test_validate_csv_and_json_formats() -> None:
    r = run("--lang", "en", "validate", str(BAD / "xlsx_numbers"), "--format", "csv", "--csv-dialect", "standard")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["file"], x["row"], x["column"], x["severity"]) for x in rows] == [
        ("registre.xlsx [regionale_planer]", "2", "fylkesnummer", "error"),
        ("registre.xlsx [regionalplan_dekning]", "1", "merknad", "warning"),
        ("registre.xlsx [regionalplan_dekning]", "2", "kommunenummer", "error"),
    ]
    # CSV for people follows --lang (bokmål by default) ...
    nb = run("validate", str(BAD / "xlsx_numbers"), "--format", "csv", "--csv-dialect", "standard")
    rows = list(csv.DictReader(io.StringIO(nb.stdout)))
    assert [x["severity"] for x in rows] == ["feil", "advarsel", "feil"]
    assert rows[1]["expected"] == "kolonnen hører ikke til dette laget og blir ignorert"
    # ... JSON, for programs, never changes: English texts and the catalogue keys.
    doc = json.loads(run("validate", str(BAD / "leading_zero"), "--format", "json").stdout)
    assert doc[0]["value"] == "301" and "0301" in doc[0]["hint"]
    assert doc[0]["severity"] == "error" and doc[0]["expected"].startswith("a municipality number")
    assert doc[0]["key"] == "expect.ref.municipality" and doc[0]["hint_key"] == "name.hint.lost_zero.municipality"
    assert json.loads(run("validate", str(BAD / "leading_zero"), "--format", "json", "--lang", "nn").stdout) == doc


def test_valid_directory_exits_0() -> None:
    r = run("validate", str(BAD / "cp1252_semicolon_valid"))
    assert r.exit_code == 0
    assert r.stdout.startswith("advarsel: plankapasitet.csv: lest som Windows-1252")


@pytest.mark.parametrize("command", [["info"], ["show", "5026"]])
def test_commands_refuse_invalid_data_with_exit_3(command: list[str]) -> None:
    r = run(*command, "--data", str(BAD / "leading_zero"), "--no-cache")
    assert r.exit_code == 3
    assert r.stdout == ""
    assert "feil: arena_medlemmer.csv, rad 2, kolonne kommunenummer: verdi «301»" in r.stderr
    assert "ingenting ble bygd eller skrevet" in r.stderr


def test_data_dir_is_used(tmp_path: Path) -> None:
    (tmp_path / "plankapasitet.csv").write_text("kommunenummer,aarsverk_samfunn\nHoltålen,0.4\n", encoding="utf-8")
    doc = json.loads(run("show", "5026", "--data", str(tmp_path), "--format", "json").stdout)
    fte = [r for r in doc["profil"] if r["felt"] == "Årsverk samfunnsplanlegging"]
    assert fte == [
        {"felt": "Årsverk samfunnsplanlegging", "field": "FTE community planning", "verdi": 0.4, "source": "user"}
    ]


def test_templates_match_the_schema(tmp_path: Path) -> None:
    from dknet.schema import LAYERS

    r = run("data", "templates", str(tmp_path))
    assert r.exit_code == 0
    for name, layer in LAYERS.items():
        header = (tmp_path / f"{name}.csv").read_text(encoding="utf-8-sig").strip().split(",")
        assert header == layer.column_names
    assert (tmp_path / "dknet-maler.xlsx").is_file()


def test_committed_templates_are_current(tmp_path: Path) -> None:
    run("data", "templates", str(tmp_path))
    committed = Path(__file__).resolve().parents[1] / "data" / "templates"
    for f in sorted(tmp_path.iterdir()):
        if f.suffix in (".csv", ".md"):
            assert f.read_bytes() == (committed / f.name).read_bytes(), f.name


def test_help_teaches() -> None:
    out = run("--help").stdout
    assert "dknet show holtålen" in out and "Returkoder" in out and "dknet glossary" in out
    for command in ("info", "show", "validate"):
        assert "Eksempler:" in run(command, "--help").stdout


def test_python_dash_m_works() -> None:
    p = subprocess.run([sys.executable, "-m", "dknet", "--version"], capture_output=True, text=True, check=True)
    assert p.stdout.startswith("dknet, version ")


def test_a_missing_extra_is_one_clear_error() -> None:
    import click
    import pytest as _pytest

    from dknet.cli.common import require_extra

    with _pytest.raises(click.ClickException) as e:
        require_extra("maps", "json", "no_such_module_dknet")
    assert e.value.message == (
        "this command needs dknet's 'maps' extra (no_such_module_dknet not installed): pip install 'dknet[maps]' "
        "(or, in a checkout, pip install '.[maps]')"
    )
