"""The analysis commands: partners, communities, plan-offices."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from dknet.cli import cli


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_partners_explain_table() -> None:
    r = run("partners", "holtålen", "--explain", "--top", "3")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "Partner suggestions for Holtålen (5026)"
    assert lines[1].split() == [
        "rank",
        "kommune",
        "navn",
        "score",
        "similarity",
        "feasibility",
        "context",
        "distance_km",
        "shares_border",
        "existing",
    ]
    assert lines[3].split()[:3] == ["1", "5025", "Rosse"]
    assert lines[4].startswith("      2 037 vs 5 638 inhabitants; centrality class 6 vs 5;")
    assert lines[4].endswith("no planning cooperation today")
    assert lines[-1].startswith("Merk / note: the indicators alder_planstrategi")


def test_partners_json_and_csv() -> None:
    doc = json.loads(run("partners", "5026", "--format", "json", "--top", "4").stdout)
    assert doc["kommune"] == "5026" and len(doc["suggestions"]) == 4
    assert doc["suggestions"][0]["reasons"][-1] == "no planning cooperation today"
    assert "illustrative" in doc["note"]
    rows = list(csv.DictReader(io.StringIO(run("partners", "5026", "--format", "csv").stdout)))
    assert len(rows) == 10 and "; " in rows[0]["reasons"]


def test_partners_include_existing_and_within() -> None:
    doc = json.loads(
        run("partners", "holtaalen", "--include-existing", "--within", "neighbours", "--format", "json").stdout
    )
    got = {s["kommunenummer"]: s["existing"] for s in doc["suggestions"]}
    assert got == {"3430": False, "5025": False, "5027": False, "5032": False, "5033": True}


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
    assert json.loads(run(*args).stdout)["note"] is None


def test_unknown_municipality_and_bad_config(tmp_path: Path) -> None:
    r = run("partners", "Holtåln")
    assert r.exit_code == 1 and "Did you mean Holtålen (5026" in r.stderr
    bad = tmp_path / "p.toml"
    bad.write_text("[indicators]\nalder_areal = 1\n", encoding="utf-8")
    r = run("partners", "5026", "--config", str(bad))
    assert r.exit_code == 1
    assert r.stderr.startswith(
        f"Error: invalid profile configuration ({bad}): unknown indicator 'alder_areal' (did you mean alder_arealdel?)"
    )
    r = run("partners", "5026", "--weight", "folketall")
    assert r.exit_code == 2 and "expected NAME=NUMBER" in r.stderr


def test_communities_for_a_county_by_name() -> None:
    r = run("communities", "--county", "Trøndelag")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.splitlines()[0].split()[:3] == ["community", "size", "members"]
    assert "Quality: 6 communities, modularity" in r.stdout
    doc = json.loads(run("communities", "--county", "50", "--format", "json").stdout)
    assert sum(c["size"] for c in doc["rows"]) == 38 == len(doc["members"])
    assert set(doc["quality"]) >= {"modularity", "nmi_ba_region", "ari_ba_region"}


def test_communities_members_csv_is_a_partition() -> None:
    rows = list(csv.DictReader(io.StringIO(run("communities", "--members", "--format", "csv").stdout)))
    assert len(rows) == 357 and len({r["kommunenummer"] for r in rows}) == 357


def test_communities_unknown_county() -> None:
    r = run("communities", "--county", "Vikenn")
    assert r.exit_code == 1 and "no county matches 'Vikenn'" in r.stderr


def test_plan_offices() -> None:
    r = run("plan-offices", "--county", "50")
    assert r.exit_code == 0, r.stderr
    header = r.stdout.splitlines()[0].split()
    assert header == ["office", "size", "members", "host_candidate", "most_central", "combined_fte", "reasons"]
    doc = json.loads(run("plan-offices", "--format", "json").stdout)
    assert all(2 <= row["size"] <= 5 or "could not reach" in " ".join(doc["notes"]) for row in doc["rows"])


def test_own_capacity_register_replaces_the_illustrative_one(tmp_path: Path) -> None:
    # A Norwegian Excel export: semicolons, decimal commas, a name for the municipality.
    (tmp_path / "plankapasitet.csv").write_text(
        "kommunenummer;aarsverk_samfunn;aarsverk_areal\nHoltålen;0,5;0,5\n", encoding="utf-8"
    )
    r = run("partners", "5026", "--data", str(tmp_path), "--data-mode", "replace", "--format", "json")
    assert r.exit_code == 0, r.stderr
    note = json.loads(r.stdout)["note"]
    assert "aarsverk_plan for 356 municipalities" in note  # the others have no capacity value: missing, not 0
    assert "alder_arealdel" in note and "aarsverk_plan," not in note.split("Merk / note:")[1]


def test_empty_register_in_replace_mode_empties_the_layer(tmp_path: Path) -> None:
    (tmp_path / "plankapasitet.csv").write_text("kommunenummer,aarsverk_samfunn\n", encoding="utf-8")
    doc = json.loads(
        run("partners", "5026", "--data", str(tmp_path), "--data-mode", "replace", "--format", "json").stdout
    )
    assert "aarsverk_plan for 357 municipalities" in doc["note"]
