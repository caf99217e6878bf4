"""Real by default (issue 20, item 1): the default data set is real public data, curated records and
the user's own registers; the generated layers are read only with ``--demo`` (or ``DKNET_DEMO=1``).

With the default data no output of ``partners`` (all 357, both purposes), ``plans``, ``scorecard``,
``gaps``, ``plan-offices``, ``compare``, ``show``, ``info``, ``report`` or ``map`` contains a
generated record, a marker of one, or the demo banner. With ``--demo`` the same commands carry the
banner at their edges: the first line of text, the JSON document, stderr for CSV, a sheet and the
printed header of an XLSX workbook, the report's header and every page's footer, the map's top.

The session sets ``DKNET_DEMO=1`` (tests/conftest.py); these tests run the CLI with it unset.
"""

from __future__ import annotations

import csv
import io
import json
import re
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import ROOT

from dknet.cli import cli
from dknet.messages import LANGS, t

#: The environment of a run on the default data set: ``DKNET_DEMO`` unset for the invocation.
REAL: dict[str, str | None] = {"DKNET_DEMO": None}
DATA = ROOT / "data"
#: The key columns of the generated layers (data/illustrative/*.csv).
ID_COLUMNS = ("arena_id", "plankontor_id", "regionalplan_id", "veiledning_id", "plan_id")
BANNERS = tuple(t("demo.banner", lang) for lang in LANGS)


@cache
def generated_tokens() -> frozenset[str]:
    """Ids and names of records that exist only in data/illustrative (not in data/real or data/curated)."""
    known = "\n".join(
        p.read_text(encoding="utf-8") for part in ("real", "curated") for p in (DATA / part).glob("*.csv")
    )
    tokens: set[str] = set()
    for path in sorted((DATA / "illustrative").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for column in (*ID_COLUMNS, "navn"):
                    value = (row.get(column) or "").strip()
                    if value and value not in known:
                        tokens.add(value)
    return frozenset(tokens)


def assert_real(text: str, where: str) -> None:
    """No generated record, marker of one, or demo banner in ``text``."""
    folded = text.casefold()
    assert "illustrativ" not in folded, f"{where}: mentions illustrative records"
    assert "‡" not in text, f"{where}: carries the ‡ mark of illustrative figures"
    assert not any(b in text for b in BANNERS) and "DEMO" not in text, f"{where}: carries the demo banner"
    found = sorted(tok for tok in generated_tokens() if tok in text)
    assert not found, f"{where}: names generated records {found[:5]}"


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=REAL if env is None else env, catch_exceptions=False)


def test_the_generated_layers_name_records_the_tests_can_look_for() -> None:
    tokens = generated_tokens()
    assert len(tokens) > 100
    assert any(tok.startswith("ill-pk-") for tok in tokens) and any(tok.startswith("ill-rr-") for tok in tokens)


def test_the_default_graph_has_no_generated_record() -> None:
    from dknet.cache import load_graph
    from dknet.graph import has_illustrative

    G = load_graph(demo=False)
    assert G.graph["demo"] is False and not has_illustrative(G)
    assert not [n for n, d in G.nodes(data=True) if "illustrative" in (d.get("source"), d.get("kapasitet_source"))]
    assert not [e for *e, d in G.edges(data=True) if d.get("source") == "illustrative"]
    keys = {str(d.get("key")) for _, d in G.nodes(data=True)} | {str(d.get("name")) for _, d in G.nodes(data=True)}
    assert not keys & generated_tokens()
    demo = load_graph(demo=True)
    assert demo.graph["demo"] is True and has_illustrative(demo)


def test_the_library_loads_the_real_set_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import dknet as dk

    monkeypatch.delenv("DKNET_DEMO")
    assert dk.load().graph["demo"] is False
    assert dk.load(demo=True).graph["demo"] is True
    monkeypatch.setenv("DKNET_DEMO", "1")
    assert dk.load().graph["demo"] is True and dk.load(demo=False).graph["demo"] is False


@pytest.mark.parametrize("purpose", ["office", "network"])
def test_partners_for_all_357_in_both_purposes_are_real(purpose: str) -> None:
    table = run("partners", "--all", "--purpose", purpose)
    assert table.exit_code == 0, table.stderr
    assert_real(table.stdout + table.stderr, f"partners --all --purpose {purpose}")
    doc = run("partners", "--all", "--purpose", purpose, "--format", "json")
    assert doc.exit_code == 0, doc.stderr
    assert_real(doc.stdout + doc.stderr, f"partners --all --purpose {purpose} --format json")
    rows = json.loads(doc.stdout)["rows"]
    assert len({r["kommune"] for r in rows}) == 357
    assert all("illustrative" not in r for r in rows)


#: Commands with the places they are asked about, each run as a table and as JSON.
COMMANDS = [
    ("plans",),
    ("plans", "--county", "18"),
    ("scorecard", "holtålen"),
    ("scorecard", "--county", "50"),
    ("scorecard", "--county", "18"),
    ("gaps",),
    ("gaps", "--kind", "structural", "--county", "50"),
    ("gaps", "--kind", "coverage"),
    ("gaps", "--kind", "load"),
    ("compare", "holtålen", "tydal", "røyrvik"),
    ("communities", "--county", "50"),
    ("show", "holtålen"),
    ("show", "grane"),
    ("partners", "holtålen", "--explain"),
    ("partners", "dønna", "--purpose", "network", "--explain"),
    ("info",),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_every_command_is_real_by_default(args: tuple[str, ...], fmt: str) -> None:
    r = run(*args, "--format", fmt)
    assert r.exit_code == 0, r.stderr
    assert_real(r.stdout + r.stderr, f"{' '.join(args)} --format {fmt}")
    if fmt == "json":
        doc = json.loads(r.stdout)
        assert "demo" not in doc and "banner" not in doc


def test_plan_offices_is_real_by_default() -> None:
    # Without capacity records (the real set has none) there may be nothing to group: exit 0 or 1,
    # but never a generated record in what it says.
    for fmt in ("table", "json"):
        r = run("plan-offices", "--format", fmt)
        assert r.exit_code in (0, 1), r.stderr
        assert_real(r.stdout + r.stderr, f"plan-offices --format {fmt}")


def test_info_says_which_data_set() -> None:
    real = run("info")
    assert real.stdout.splitlines()[0].startswith("Datasett: virkelige data")
    assert json.loads(run("info", "--format", "json").stdout)["data_set"] == "real"
    demo = run("info", "--demo")
    assert demo.stdout.splitlines()[:2] == [BANNERS[0], t("demo.mode.demo", "nb")]
    assert "illustrativ" in demo.stdout  # the demonstration set counts its generated records
    assert json.loads(run("--demo", "info", "--format", "json").stdout)["data_set"] == "demo"


def test_the_report_is_real_by_default(tmp_path: Path) -> None:
    for scope in (("--county", "50"), ("--focus", "holtålen")):
        out = tmp_path / "r.html"
        r = run("report", *scope, "-o", str(out))
        assert r.exit_code == 0, r.stderr
        html = out.read_text(encoding="utf-8")
        assert_real(html, f"report {' '.join(scope)}")
        assert_real(r.stderr, "report stderr")
        assert 'id="illustrativt"' not in html and 'class="demo-banner"' not in html


def test_the_maps_are_real_by_default(tmp_path: Path) -> None:
    for args in (("--view", "partners", "--focus", "holtålen"), ("--county", "50"), ("--view", "gaps")):
        out = tmp_path / "m.html"
        r = run("map", *args, "-o", str(out))
        assert r.exit_code == 0, r.stderr
        assert_real(out.read_text(encoding="utf-8"), f"map {' '.join(args)}")
        assert_real(r.stderr, "map stderr")


# --- the demonstration set: the banner at every edge ------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("--demo", "partners", "holtålen"),
        ("partners", "holtålen", "--demo"),
        ("partners", "--demo", "holtålen", "--explain"),
    ],
)
def test_demo_anywhere_on_the_line_puts_the_banner_first(args: tuple[str, ...]) -> None:
    r = run(*args)
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == BANNERS[0]
    assert lines[1].startswith("Partnerforslag for Holtålen (5026)")
    assert "illustrativ" in lines[2]  # today's behaviour on the demonstration set: the column is back


def test_dknet_demo_in_the_environment_is_the_same_as_the_option() -> None:
    by_env = run("partners", "holtålen", env={"DKNET_DEMO": "1"})
    by_option = run("partners", "holtålen", "--demo")
    assert by_env.stdout == by_option.stdout and by_env.stdout.startswith(BANNERS[0] + "\n")
    assert run("partners", "holtålen", env={"DKNET_DEMO": "0"}).stdout == run("partners", "holtålen").stdout


def test_the_cached_answers_of_the_two_data_sets_never_mix() -> None:
    # partners and show answer from lookup tables in the cache on the second run: keyed by data set.
    for args in (("partners", "tydal"), ("show", "tydal")):
        first_real, first_demo = run(*args), run(*args, "--demo")
        again_real, again_demo = run(*args), run(*args, "--demo")
        assert first_real.stdout == again_real.stdout and first_demo.stdout == again_demo.stdout
        assert_real(again_real.stdout, " ".join(args))
        assert again_demo.stdout.startswith(BANNERS[0] + "\n")


@pytest.mark.parametrize("lang", LANGS)
def test_the_banner_speaks_the_language(lang: str) -> None:
    r = run("--demo", "scorecard", "holtålen", "--lang", lang)
    assert r.stdout.splitlines()[0] == t("demo.banner", lang)
    assert t("demo.banner", "nb") == "DEMO – oppdiktede data, ikke bruk i saksbehandling"


def test_demo_json_csv_and_xlsx_stay_machine_readable_and_say_so(tmp_path: Path) -> None:
    import openpyxl

    doc = run("--demo", "partners", "holtålen", "--format", "json")
    parsed = json.loads(doc.stdout)
    assert list(parsed)[:2] == ["demo", "banner"] and parsed["demo"] is True and parsed["banner"] == BANNERS[0]
    assert parsed["kommune"] == "5026" and doc.stderr.startswith(BANNERS[0])

    rows = run("--demo", "gaps", "--format", "csv", "--csv-dialect", "standard")
    table = list(csv.DictReader(io.StringIO(rows.stdout)))
    assert table and "kommunenummer" in table[0]  # the header stays the first line of the CSV
    assert rows.stderr.splitlines()[0] == BANNERS[0]

    book = tmp_path / "p.xlsx"
    x = run("--demo", "scorecard", "--county", "50", "--format", "xlsx", "-o", str(book))
    assert x.exit_code == 0, x.stderr
    wb = openpyxl.load_workbook(book)
    assert wb.worksheets[0]["A1"].value == "kommunenummer"  # programs read the first sheet as before
    assert wb.sheetnames[-1] == "DEMO" and wb.active.title == "DEMO" and wb["DEMO"]["A1"].value == BANNERS[0]
    assert wb.worksheets[0].oddHeader.center.text == BANNERS[0] and wb.properties.title == BANNERS[0]


def test_the_demo_report_carries_the_banner_in_its_header_and_every_page_footer(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = run("report", "--county", "50", "-o", str(out), "--demo")
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    body = html[html.index("<body>") :]
    assert body.index(BANNERS[0]) < body.index("<h1>")  # above the title
    assert f'<p class="demo-banner" role="note">{BANNERS[0]}</p>' in html
    # the foot of every printed page: an @page margin box (Chromium draws it on each of the PDF's pages)
    assert f'@page {{ @bottom-center {{ content: "{BANNERS[0]}"; color: #c00000;' in html
    assert f'<footer><strong class="demo">{BANNERS[0]}</strong>' in html
    assert f"<title>{BANNERS[0]} · " in html
    assert 'id="illustrativt"' in html and BANNERS[0] in r.stderr


def test_the_demo_map_carries_the_banner_at_its_top(tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    r = run("--demo", "map", "--view", "partners", "--focus", "holtålen", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert f'<p class="dk-demo" id="dk-demo" role="note">{BANNERS[0]}</p>' in html
    assert html.index('id="dk-demo"') < html.index('id="dk-title"')
    assert BANNERS[0] in r.stderr


def test_neo4j_push_refuses_the_demonstration_set_from_the_environment_alone() -> None:
    pytest.importorskip("neo4j")
    r = run("neo4j", "push", env={"DKNET_DEMO": "1", "NEO4J_PASSWORD": "x", "NEO4J_URI": "bolt://127.0.0.1:9"})
    assert r.exit_code == 1
    assert "dknet neo4j push --demo" in r.stderr and "DKNET_DEMO=1" in r.stderr


def test_demo_is_in_the_help_of_the_group_and_the_commands() -> None:
    for lang in LANGS:
        for args in ((), ("partners",), ("report",), ("map",)):
            text = run("--lang", lang, *args, "--help").stdout
            assert "--demo" in text and t("help.opt.demo", lang)[:30] in " ".join(text.split())


# --- unknown stays unknown without a register (issue 20, items 2 and 3) ---------------------------


def test_without_a_guidance_register_the_scorecard_says_unknown() -> None:
    rows = json.loads(run("scorecard", "holtålen", "--format", "json").stdout)["rows"]
    guidance = [r for r in rows if r["punkt"].startswith("veiledning")]
    assert guidance and all(r["status"] == "ukjent" for r in guidance)


def test_without_a_guidance_register_the_contacts_are_unknown() -> None:
    rows = json.loads(run("gaps", "--kind", "coverage", "--county", "50", "--format", "json").stdout)["rows"]
    assert rows and all(r["fk_contacts"] is None and r["sf_contacts"] is None for r in rows)


def test_without_capacity_records_the_report_does_not_count_zero_low_capacity(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert run("report", "--county", "50", "-o", str(out)).exit_code == 0
    html = out.read_text(encoding="utf-8")
    low = t("report.k_low", "nb")
    found = re.search(r'<span class="v">([^<]*)</span><span class="l">' + re.escape(low), html)
    assert found is None or found.group(1) != "0"  # left out or "ukjent", never a count of no records
