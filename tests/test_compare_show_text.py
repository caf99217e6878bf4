"""What ``dknet compare`` and ``dknet show`` say, and the dates of the curated records they show
(issue 20), on the real default data set and on the demonstration set."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dknet.analysis.compare import compare
from dknet.analysis.plans import municipality_plans
from dknet.analysis.profiles import INDICATORS
from dknet.cli import cli
from dknet.graph import municipality_node
from dknet.present.render import render_frame

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(params=["real", "demo"])
def any_graph(request: Any) -> Any:
    return request.getfixturevalue("real_graph" if request.param == "real" else "graph")


def _row(df: Any, punkt: str) -> Any:
    return df.set_index("punkt").loc[punkt]


def test_compare_keeps_the_sami_language_area_out_of_the_regional_councils(any_graph: Any) -> None:
    df = render_frame(compare(any_graph, ["5026", "5025"]), "nb")
    roros = "Rosse - Røros (5025)"
    assert "samiske" not in _row(df, "regionraad")[roros]
    assert _row(df, "regionraad")[roros] == "Trøndelag Sør"
    assert _row(df, "andre")[roros] == "Forvaltningsområdet for samiske språk"
    assert _row(df, "andre")["felt"] == "Andre ordninger"


def test_compare_ranks_the_most_central_class_first(any_graph: Any) -> None:
    df = render_frame(compare(any_graph, ["0301", "5026", "5025"]), "nb")
    row = _row(df, "sentralitetsklasse")
    assert row["felt"] == "Sentralitetsklasse (1 = mest sentral, 6 = minst)"
    rank = {c: int(re.search(r"nr\. (\d+) av", str(row[c])).group(1)) for c in df.columns[3:6]}  # type: ignore[union-attr]
    oslo, holtalen, roros = (rank[c] for c in df.columns[3:6])
    assert str(row[df.columns[3]]).startswith("1 ") and oslo == 1  # Oslo: class 1, the most central
    assert roros < holtalen  # class 5 before class 6 (Holtålen was "nr. 1 av 357")
    assert holtalen > 1


def test_holtalen_arealdel_2021_revised_only_the_provisions(any_graph: Any) -> None:
    plans = municipality_plans(any_graph, "5026")
    assert plans["arealdel_vedtatt"] == 2021
    assert plans["arealdel_omfang"] == "bestemmelser"
    # the map was not revised and its age is not recorded: unknown, not "5 years, not due"
    assert plans["arealdel_alder"] is None and plans["arealdel_revisjon"] == "ukjent"
    assert INDICATORS["alder_arealdel"].read(any_graph, municipality_node("5026"), 2026) is None
    cell = _row(render_frame(compare(any_graph, ["5026", "5033"]), "nb"), "arealdel")["Holtålen (5026)"]
    assert cell == "2021: bare bestemmelsene; plankartet er ikke revidert (alder ukjent)"


def _citations() -> dict[tuple[str, str], dict[str, str]]:
    with (DATA / "curated/citations.csv").open(encoding="utf-8") as fh:
        return {(r["layer"], r["record_key"]): r for r in csv.DictReader(fh)}


def test_curated_dates_are_the_ones_their_citations_state() -> None:
    cites = _citations()
    with (DATA / "real/arenaer.csv").open(encoding="utf-8") as fh:
        projects = [r for r in csv.DictReader(fh) if r["type"] == "prosjekt"]
    assert projects
    for p in projects:
        cite = cites[("arenaer", p["arena_id"])]
        assert cite["source_url"] == p["source_url"]
        quote = cite["quote"].split("[")[0]  # the page's words, not the curator's note
        years = re.findall(r"\b(20\d\d)\b", quote)
        assert p["fra_aar"] in years and p["til_aar"] in years, (p["arena_id"], quote)
    assert next(p for p in projects if p["arena_id"] == "distriktskommune-3-0")["fra_aar"] == "2020"
    with (DATA / "curated/planer.csv").open(encoding="utf-8") as fh:
        plan = next(r for r in csv.DictReader(fh) if r["plan_id"] == "5026-arealdel")
    cite = cites[("planer", "5026-arealdel")]
    assert plan["vedtatt_dato"] == cite["source_date"] == "2021-05-05"
    assert "05.05.2021" in cite["quote"] and "plankart er ikke revidert" in cite["quote"]
    assert plan["omfang"] == "bestemmelser"


@pytest.mark.parametrize("demo", ["", "1"])
def test_show_names_sources_in_norwegian_and_writes_decimal_commas(demo: str) -> None:
    r = CliRunner().invoke(cli, ["show", "holtålen"], env={"DKNET_DEMO": demo or None}, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert "offentlig kilde" in out and "kuratert fra nettside" in out
    assert "curated web" not in out and "see source_url" not in out and "(computed)" not in out
    assert "felles grense 18,17 km" in out and "18.17" not in out
    assert "arealdel, vedtatt 2021 (bare bestemmelsene revidert, plankartet ikke)" in out
    assert "prosjekt, deltakerkommune, 2020–2023" in out
    if demo:
        assert re.search(r"\billustrativ\s*$", out, re.M) and not re.search(r"\billustrative\s*$", out, re.M)
    else:
        assert "illustrativ" not in out
