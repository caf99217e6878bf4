"""The analysis commands: partners, communities, plan-offices."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from click.testing import CliRunner
from conftest import demo_page

from dknet.cli import cli


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_partners_explain_table() -> None:
    r = run("partners", "holtålen", "--explain", "--top", "3")
    assert r.exit_code == 0, r.stderr
    lines = demo_page(r.stdout).splitlines()
    assert lines[0] == (
        "Partnerforslag for Holtålen (5026) — formål: plankontor / daglig samarbeid "
        "(naboer over land, bru, tunnel, ferje, båt eller sjø, og andre kommuner innen 75 km i luftlinje)"
    )
    assert re.split(r"\s{2,}", lines[1]) == [
        "nr.",
        "kommune",
        "navn",
        "poeng",
        "likhet",
        "gjennomførbarhet",
        "sammenheng",
        "km i luftlinje",
        "nabo (land, bru/tunnel, ferje, båt, sjø)",
        "over vann km (luftlinje)",
        "eksisterende",
        "illustrativ",
    ]
    assert lines[3].split()[:3] == ["1", "5025", "Rosse"]  # in Holtålen's commuting region
    assert lines[3].split()[5:9] == ["0,795", "0,704", "0,864", "0,9"]  # decimal comma
    assert "felles grense" in lines[4] and "vs" not in lines[4]
    assert lines[7].split()[:3] == ["3", "3430", "Os"]  # across the county line, in the same KOSTRA group
    assert "begge i KOSTRA-gruppe 14" in lines[8] and "ulike fylker" in lines[8]
    assert lines[-1].startswith("Merk: indikatorene alder på planstrategi (alder_planstrategi), alder på samfunnsdel")


def test_partners_in_english_and_nynorsk() -> None:
    en = demo_page(run("partners", "holtålen", "--explain", "--top", "3", "--lang", "en").stdout).splitlines()
    assert en[0].startswith("Partner suggestions for Holtålen (5026) — purpose: plan office / daily cooperation")
    assert en[1].split()[:5] == ["rank", "municipality", "name", "score", "similarity"]
    assert en[3].split()[5:8] == ["0.795", "0.704", "0.864"] and "shares a border" in en[4]
    nn = demo_page(run("partners", "holtålen", "--explain", "--top", "3", "--lang", "nn").stdout).splitlines()
    assert nn[0].startswith("Partnarforslag for Holtålen (5026) — føremål: plankontor / dagleg samarbeid")
    assert "likskap" in nn[1] and "samme" not in nn[8] and "ulike fylke" in nn[8] and "naboar" in nn[8]  # Os
    assert nn[-1].startswith("Merk: indikatorane alder på planstrategi (alder_planstrategi)")


def test_partners_network_purpose_is_labelled() -> None:
    r = run("partners", "træna", "--purpose", "network", "--top", "3")
    assert r.exit_code == 0, r.stderr
    assert "formål: nettverk av kommuner med like utfordringer" in demo_page(r.stdout).splitlines()[0]


def test_partners_json_and_csv() -> None:
    doc = json.loads(run("partners", "5026", "--format", "json", "--top", "4").stdout)
    assert doc["kommune"] == "5026" and len(doc["suggestions"]) == 4 and doc["purpose"] == "office"
    assert all(s["illustrative"] in (True, False) for s in doc["suggestions"])
    # Holtålen's fellow members of Plankontoret (Berkåk) within reach are existing partners, hidden and listed
    hidden = {h["kommunenummer"]: h for h in doc["hidden_existing"]}
    assert set(hidden) == {"5022", "5027", "5033", "5034"} and "illustrative" in doc["note"]
    assert hidden["5033"]["samarbeid"] == "Plankontoret (Berkåk)" and hidden["5033"]["periode"] == "1977–"
    rows = list(
        csv.DictReader(io.StringIO(run("partners", "5026", "--format", "csv", "--csv-dialect", "standard").stdout))
    )
    assert len(rows) == 9 and "; " in rows[0]["reasons"]  # nine candidates left within 75 km
    assert {r["purpose"] for r in rows} == {"office"} and {r["illustrative"] for r in rows} <= {"True", "False"}


def test_partners_include_existing_and_within() -> None:
    doc = json.loads(
        run("partners", "holtaalen", "--include-existing", "--within", "neighbours", "--format", "json").stdout
    )
    got = {s["kommunenummer"]: s["neighbour"] for s in doc["suggestions"]}
    assert got == {"3430": "land", "5025": "land", "5027": "land", "5032": "land", "5033": "land"}


def test_partners_all_is_one_table() -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(run("partners", "--all", "--top", "2", "--format", "csv", "--csv-dialect", "standard").stdout)
        )
    )
    assert len({r["kommune"] for r in rows}) == 357 and len(rows) <= 714
    r = run("partners")
    assert r.exit_code == 2 and "oppgi en KOMMUNE, eller --all" in r.stderr


def test_public_only_weights_remove_the_illustrative_note() -> None:
    args = ["partners", "5026", "--format", "json"]
    for name in (
        "alder_planstrategi",
        "alder_samfunnsdel",
        "alder_arealdel",
        "aarsverk_plan",
        "veiledning",
        "medlemskap",
    ):
        args += ["--weight", f"{name}=0"]
    note = json.loads(run(*args).stdout)["note"]
    assert note is None or "illustrativ" not in note  # at most the note on values missing in public data


def test_unknown_municipality_and_bad_config(tmp_path: Path) -> None:
    r = run("partners", "Holtåln")
    assert r.exit_code == 1 and "Mente du Holtålen (5026" in r.stderr
    bad = tmp_path / "p.toml"
    bad.write_text("[indicators]\nalder_areal = 1\n", encoding="utf-8")
    r = run("partners", "5026", "--config", str(bad))
    assert r.exit_code == 1
    assert r.stderr.startswith(
        f"Feil: ugyldig profilkonfigurasjon ({bad}): ukjent indikator «alder_areal» (mente du alder_arealdel?); "
        "gyldige indikatorer: folketall,"
    )
    r = run("--lang", "en", "partners", "5026", "--config", str(bad))
    assert r.exit_code == 1
    assert r.stderr.startswith(
        f"Error: invalid profile configuration ({bad}): unknown indicator 'alder_areal' (did you mean alder_arealdel?)"
    )
    r = run("partners", "5026", "--weight", "folketall")
    assert r.exit_code == 2 and "«folketall»: skriv NAVN=TALL, f.eks. alder_arealdel=0" in r.stderr


def test_communities_for_a_county_by_name() -> None:
    r = run("communities", "--county", "Trøndelag")
    assert r.exit_code == 0, r.stderr
    assert demo_page(r.stdout).splitlines()[0].split()[:3] == ["gruppe", "antall", "medlemmer"]
    assert re.search(r"\nKvalitet: \d+ grupper, modularitet 0,\d+, samsvar med BA-regioner \(NMI\) 0,", r.stdout)
    doc = json.loads(run("communities", "--county", "50", "--format", "json").stdout)
    assert sum(c["size"] for c in doc["rows"]) == 38 == len(doc["members"])
    assert set(doc["quality"]) >= {"modularity", "nmi_ba_region", "ari_ba_region"}


def test_communities_members_csv_is_a_partition() -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(run("communities", "--members", "--format", "csv", "--csv-dialect", "standard").stdout)
        )
    )
    assert len(rows) == 357 and len({r["kommunenummer"] for r in rows}) == 357


def test_communities_unknown_county() -> None:
    r = run("communities", "--county", "Vikenn")
    assert r.exit_code == 1 and "Fant ikke noe fylke som passer til «Vikenn»" in r.stderr


def test_plan_offices() -> None:
    r = run("plan-offices", "--county", "50")
    assert r.exit_code == 0, r.stderr
    assert [h.strip() for h in demo_page(r.stdout).splitlines()[0].split("  ") if h.strip()] == [
        "kontor",
        "type",
        "forslag",
        "antall",
        "medlemmer",
        "vertskommune",
        "vert er medlem",
        "fylker",
        "årsverk samlet",
        "robust",
        "mest sentral",
        "illustrativ",
        "begrunnelse",
    ]
    assert "Lav kapasitet (< 1 årsverk til planlegging i alt) gir " in r.stdout
    assert re.search(r"\n\d+ av \d+ foreslåtte kontorer blir under 3 årsverk\.", r.stdout)
    en = run("plan-offices", "--county", "50", "--lang", "en").stdout
    assert "Low capacity (< 1 planning FTE in all) selects" in en and "FTE, centrality index" in en
    doc = json.loads(run("plan-offices", "--format", "json").stdout)
    assert all(2 <= row["size"] <= 6 for row in doc["rows"] if row["kind"] == "new")
    assert all(
        sum(m["rolle"] == "vert" for m in doc["members"] if m["office"] == row["office"]) == 1 for row in doc["rows"]
    )


def test_own_capacity_register_replaces_the_illustrative_one(tmp_path: Path) -> None:
    # A Norwegian Excel export: semicolons, decimal commas, a name for the municipality.
    (tmp_path / "plankapasitet.csv").write_text(
        "kommunenummer;aarsverk_samfunn;aarsverk_areal\nHoltålen;0,5;0,5\n", encoding="utf-8"
    )
    r = run("partners", "5026", "--data", str(tmp_path), "--data-mode", "replace", "--format", "json")
    assert r.exit_code == 0, r.stderr
    note = json.loads(r.stdout)["note"]
    assert "planårsverk for 356 kommuner" in note  # the others have no capacity value: missing, not 0
    assert "alder_arealdel" in note and "aarsverk_plan," not in note.split("Merk:")[1]


def test_empty_register_in_replace_mode_empties_the_layer(tmp_path: Path) -> None:
    (tmp_path / "plankapasitet.csv").write_text("kommunenummer,aarsverk_samfunn\n", encoding="utf-8")
    doc = json.loads(
        run("partners", "5026", "--data", str(tmp_path), "--data-mode", "replace", "--format", "json").stdout
    )
    assert "Ingen kommune har data for planårsverk" in doc["note"]  # absent for all: said once, not 0
