"""The county and municipality report: sections, languages, escaping, illustrative marks, the CLI.

Most tests build the report from ``small_graph`` (Trøndelag only, a few seconds); the CLI tests
use the bundled data as a user would. The real browser opens the report in
``tests/test_report_browser.py``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dknet.cli import cli
from dknet.errors import DknetError, UnknownNameError
from dknet.examples import tiny_graph, tiny_tables
from dknet.graph import build_graph
from dknet.messages.report import REPORT
from dknet.present.numbers import NBSP
from dknet.report import SECTION_IDS, build_report, render
from dknet.report.blocks import num, pct
from dknet.report.collect import collect, resolve_scope
from dknet.report.sections import plans_section

HOSTILE = "<script>alert(\"x\")</script><img src=x onerror=alert(1)> & 'Ås'"


@pytest.fixture(scope="module")
def county_html(small_graph: Any) -> str:
    return build_report(small_graph, county="Trøndelag")


@pytest.fixture(scope="module")
def focus_data(small_graph: Any) -> Any:
    return collect(small_graph, resolve_scope(small_graph, focus="holtålen"))


def section_ids(html: str) -> list[str]:
    return re.findall(r'<section class="s[^"]*" id="([^"]+)"', html)


# --- structure ----------------------------------------------------------------------------------


def test_county_report_has_every_section_in_order(county_html: str) -> None:
    assert section_ids(county_html) == list(SECTION_IDS)
    for heading in ("Sammendrag", "Planstrategi og planstatus", "Hull i veiledningen", "Samarbeidspartnere"):
        assert f"<h2>{heading}</h2>" in county_html
    # two maps (plan status, cooperation) and the status chart, all inline SVG
    assert county_html.count('<figure class="map">') == 2
    assert county_html.count('<figure class="chart">') == 1


def test_county_report_lists_partners_for_every_district_municipality(small_graph: Any, county_html: str) -> None:
    from dknet.report.collect import district_codes

    scope = resolve_scope(small_graph, county="50")
    districts = district_codes(small_graph, scope.codes)
    assert len(districts) > 10  # Trøndelag has 27 in class 5–6
    partners = county_html.split('id="partnere"')[1].split("</section>")[0]
    for code in districts:
        assert f"({code})</h3>" in partners
    # both purposes per municipality
    assert partners.count("<caption>Plankontor og daglig samarbeid</caption>") == len(districts)
    assert partners.count("<caption>Nettverk med like utfordringer</caption>") == len(districts)


def test_focus_report_is_about_the_municipality(small_graph: Any) -> None:
    html = build_report(small_graph, focus="5026")
    assert section_ids(html) == list(SECTION_IDS)
    assert "<h1>Planrapport for Holtålen kommune</h1>" in html
    partners = html.split('id="partnere"')[1].split("</section>")[0]
    assert partners.count("<h3>") == 1 and "Holtålen (5026)</h3>" in partners
    # the scorecard is the municipality's six items, not a county table
    card = html.split('id="anbefalinger"')[1].split("</section>")[0]
    assert card.count("<tr class=") == 6


def test_report_is_self_contained(county_html: str) -> None:
    without_svg_ns = county_html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", without_svg_ns, re.I)
    assert "<script" not in county_html and "<link" not in county_html and "@import" not in county_html
    assert "default-src 'none'" in county_html  # the page may not load anything


def test_print_stylesheet(county_html: str) -> None:
    css = county_html.split("<style>")[1].split("</style>")[0]
    assert "size: A4" in css
    assert re.search(r"tr \{[^}]*break-inside: avoid", css)
    assert re.search(r"thead \{[^}]*table-header-group", css)
    assert re.search(r"section\.s \{[^}]*break-before: page", css)


# --- language and numbers -----------------------------------------------------------------------


def test_report_texts_are_in_the_catalogue_complete_and_used() -> None:
    """Every ``report.*`` text has all three languages, and the report's code looks each one up
    (by name, or by a prefix such as ``report.st_{status}``); no text lies unused."""
    package = Path(__file__).parents[1] / "dknet" / "report"
    code = "".join(f.read_text(encoding="utf-8") for f in package.glob("*.py"))
    assert not (package / "texts.py").exists() and not (package / "numbers.py").exists()
    for key, texts in REPORT.items():
        assert key.startswith("report.") and all(x.strip() for x in texts), key
        prefix = key[: key.index("_", len("report.")) + 1] if "_" in key else key
        assert re.search(rf"""["']{re.escape(key)}["']|f["']{re.escape(prefix)}\{{""", code), f"{key} is not used"


@pytest.mark.parametrize(
    ("lang", "summary", "partners"),
    [
        ("nb", "Sammendrag", "Samarbeidspartnere"),
        ("nn", "Samandrag", "Samarbeidspartnarar"),
        ("en", "Summary", "Partners"),
    ],
)
def test_languages(small_graph: Any, focus_data: Any, lang: str, summary: str, partners: str) -> None:
    html = render(small_graph, focus_data, lang=lang)
    assert f'<html lang="{lang}">' in html
    assert f"<h2>{summary}</h2>" in html and f"<h2>{partners}</h2>" in html
    population = "2,037" if lang == "en" else f"2{NBSP}037"
    assert f'<span class="v">{population}</span>' in html


@pytest.mark.parametrize(
    ("lang", "kind", "detail", "reason"),
    [
        ("nb", "avskåret fra FK og SF", "ingen forbindelse til FK eller SF", "liten: 2 100 innbyggere"),
        ("nn", "avskoren frå FK og SF", "inga kopling til FK eller SF", "liten: 2 100 innbyggjarar"),
        ("en", "cut off from FK and SF", "no path to FK or SF", "small: 2,100 inhabitants"),
    ],
)
def test_gap_reasons_and_structural_details_follow_the_language(lang: str, kind: str, detail: str, reason: str) -> None:
    # "Cut off from FK and SF" is judged only where both keep a guidance register: give each one contact.
    tables = tiny_tables()
    tables["veiledning"] = pd.DataFrame(
        [
            {"veiledning_id": f"v{who}", "fra_type": who, "fra_id": fra, "kommunenummer": "9004", "aar": 2025,
             "form": "møte", "antall": 1, "source": "user"}
            for who, fra in (("FK", "90"), ("SF", "sf-x"))
        ],
        columns=tables["veiledning"].columns,
    )  # fmt: skip
    gaps = build_report(build_graph(tables), county="90", lang=lang).split('id="veiledning"')[1].split("</section>")[0]
    assert f"<td>{kind}" in gaps and detail in gaps and reason.replace("2 100", f"2{NBSP}100") in gaps
    assert "cut_off" not in gaps


def test_number_formats() -> None:
    # dknet.present.numbers with the report's options: fixed decimals, no-break spaces
    assert num(1234567.891, "nb", 2) == f"1{NBSP}234{NBSP}567,89"
    assert num(1234567.891, "en", 2) == "1,234,567.89"
    assert pct(0.2651, "nn") == f"26,5{NBSP}%" and pct(0.26, "nb") == f"26,0{NBSP}%"
    assert num(float("nan"), "nb") == "" and pct(None, "nb") == "" and num(None, "en") == ""


def test_unknown_language_is_refused(small_graph: Any) -> None:
    with pytest.raises(DknetError, match="nb, nn or en") as e:
        build_report(small_graph, focus="5026", lang="se")
    assert e.value.message("nb") == "ukjent språk «se»; velg nb, nn eller en"


# --- escaping -----------------------------------------------------------------------------------


def test_hostile_name_is_escaped(small_graph: Any) -> None:
    G = small_graph.copy()
    G.nodes["kommune:5033"]["name"] = HOSTILE  # Tydal: a neighbour, a partner and a group member of Holtålen
    html = build_report(G, focus="5026")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert html.count("&lt;img src=x onerror=alert(1)&gt;") >= 3  # partner tables, groups, offices
    assert small_graph.nodes["kommune:5033"]["name"] == "Tydal"  # the caller's graph is untouched


# --- illustrative records -----------------------------------------------------------------------


def test_rows_from_illustrative_records_are_marked(small_graph: Any) -> None:
    data = collect(small_graph, resolve_scope(small_graph, county="50"))
    from dknet.io.boundaries import load_boundaries

    sec = plans_section(small_graph, data, load_boundaries(), "nb")
    table = sec.tables[0]
    assert len(table.rows) == len(data.plans) == 38
    for row, (_, plan) in zip(table.rows, data.plans.iterrows(), strict=True):
        kinds = {plan.planstrategi_kilde, plan.samfunnsdel_kilde, plan.arealdel_kilde}
        assert row.illustrative == ("illustrativ" in kinds)
    assert 0 < table.illustrative_rows < len(table.rows)  # some curated records in Trøndelag


def test_illustrative_section_counts_marked_rows(county_html: str) -> None:
    plans = county_html.split('id="planer"')[1].split("</section>")[0]
    marked = plans.count('<tr class="ill')
    assert marked > 0
    ill = county_html.split('id="illustrativt"')[1].split("</section>")[0]
    assert f"Planstrategi og planstatus: {marked} av 38 rader" in ill
    assert "Tall merket ‡ bygger på illustrative poster" in county_html  # the banner


def test_no_illustrative_marks_without_illustrative_records() -> None:
    html = build_report(tiny_graph(), county="90")
    assert '<tr class="ill' not in html and 'class="banner"' not in html
    # a graph without generated records (the real data set) has no section or glossary entry about them
    assert 'id="illustrativt"' not in html and "illustrativ" not in html.casefold()


# --- scope resolution ---------------------------------------------------------------------------


def test_scope_resolution(small_graph: Any) -> None:
    assert resolve_scope(small_graph, county="trondelag").codes == resolve_scope(small_graph, county="50").codes
    sf = resolve_scope(small_graph, county="50", sf="Statsforvalteren i Trøndelag")
    assert sf.sf == "trondelag" and len(sf.codes) == 38
    with pytest.raises(UnknownNameError, match="Did you mean Trøndelag"):
        resolve_scope(small_graph, county="Trøndelg")
    with pytest.raises(DknetError, match="not both"):
        resolve_scope(small_graph, county="50", focus="5026")
    with pytest.raises(DknetError, match="needs a county"):
        resolve_scope(small_graph)


# --- the CLI ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "closest"),
    [
        (["--county", "Trøndelg"], "Trøndelag"),
        (["--focus", "holtaalenn"], "Holtålen (5026"),
        (["--county", "50", "--sf", "Trondelagg"], "trondelag"),
    ],
)
def test_cli_unknown_names_exit_1_with_the_closest(runner: Any, tmp_path: Path, args: list[str], closest: str) -> None:
    out = tmp_path / "r.html"
    r = runner.invoke(cli, ["report", *args, "-o", str(out)])
    assert r.exit_code == 1, r.output
    assert r.stderr.startswith("Feil: Fant i") and closest in r.stderr and "Mente du" in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("args", [["--focus", "5026", "--county", "50"], [], ["--lang", "se", "--county", "50"]])
def test_cli_usage_errors_exit_2(runner: Any, tmp_path: Path, args: list[str]) -> None:
    r = runner.invoke(cli, ["report", *args, "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 2, r.output


def test_cli_writes_the_report(runner: Any, tmp_path: Path) -> None:
    out = tmp_path / "holtalen.html"
    r = runner.invoke(cli, ["report", "--focus", "holtålen", "--lang", "nn", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""  # the report went to the file; messages to stderr
    html = out.read_text(encoding="utf-8")
    assert section_ids(html) == list(SECTION_IDS) and "<h2>Samandrag</h2>" in html
    assert "… partners" in r.stderr and f"skreiv {out}" in r.stderr and " kB, " in r.stderr
