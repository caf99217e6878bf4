"""Municipalities side by side."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from dknet.analysis.compare import compare
from dknet.cli import cli
from dknet.errors import DknetError
from dknet.examples import tiny_graph


def test_side_by_side_on_a_small_graph() -> None:
    df = compare(tiny_graph(), ["9003", "9004", "9001"])
    assert list(df.columns[:2]) == ["seksjon", "felt"] and df.columns[-1] == "kilde"
    assert len(df.columns) == 2 + 3 + 1
    cols = {c.split(" (")[-1].rstrip(")"): c for c in df.columns[2:5]}
    row = df.set_index("felt").loc["grenser til"]
    assert row[cols["9003"]] == "Fjellvik" and row[cols["9001"]] == "–"
    pop = df.set_index("felt").loc["Folketall 2026"]
    ranks = [int(str(pop[c]).split("nr. ")[1].split(" ")[0]) for c in df.columns[2:5]]
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
    assert table.stdout.splitlines()[0].split()[:3] == ["seksjon", "felt", "Holtålen"]


def test_compare_usage_and_unknown_names() -> None:
    assert _run("compare", "holtålen").exit_code == 2
    r = _run("compare", "holtålen", "tydl")
    assert r.exit_code == 1 and "Tydal" in r.stderr
