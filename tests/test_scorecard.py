"""The recommendations scorecard: each item flips with the records behind it, and says its source."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
from click.testing import CliRunner

from dknet.analysis.plans import load_plan_config, with_as_of
from dknet.analysis.scorecard import ITEMS, MET, NOT_MET, UNKNOWN, scorecard, scorecard_wide, source_shares
from dknet.cli import cli
from dknet.examples import tiny_tables
from dknet.graph import build_graph
from dknet.messages.msg import Msg
from dknet.present.render import render_frame
from dknet.schema import ILLUSTRATIVE

CONFIG = with_as_of(load_plan_config(), dt.date(2026, 6, 1))


def _status(df: pd.DataFrame, code: str, item: str) -> tuple[str, str]:
    row = df[(df.kommunenummer == code) & (df.punkt == item)].iloc[0]
    return str(row["status"]), str(row["kilde"])


def test_items_follow_the_records() -> None:
    t = tiny_tables()
    bare = scorecard(build_graph(t), config=CONFIG)
    assert len(bare) == 6 * len(ITEMS)
    assert _status(bare, "9001", "planstrategi") == (UNKNOWN, "ingen post")
    # No guidance register at all: unknown ("ikke registrert"), not "not met".
    assert _status(bare, "9001", "veiledning_fk") == (UNKNOWN, "ingen post")
    assert _status(bare, "9003", "plansamarbeid") == (MET, "brukerregister")
    t["planer"] = pd.DataFrame(
        [
            {
                "plan_id": "p",
                "kommunenummer": "9001",
                "plantype": "planstrategi",
                "vedtatt_aar": 2024,
                "vedtatt_dato": "2024-06-20",
                "source": "curated web (see source_url)",
            }
        ],
        columns=t["planer"].columns,
    )
    t["veiledning"] = pd.DataFrame(
        [
            {
                "veiledning_id": f"v{i}",
                "fra_type": "FK",
                "fra_id": "90",
                "kommunenummer": "9001",
                "aar": y,
                "form": "møte",
                "antall": 2,
                "source": "illustrative",
            }
            for i, y in enumerate((2021, 2024, 2025))
        ],
        columns=t["veiledning"].columns,
    )
    t["arenaer"] = pd.DataFrame(
        [
            {
                "arena_id": "a",
                "navn": "Plannettverk",
                "type": "nettverk",
                "fra_aar": 2020,
                "status": "aktiv",
                "source": "user",
            },
            {"arena_id": "b", "navn": "Gammelt nettverk", "type": "nettverk", "til_aar": 2019, "source": "user"},
        ],
        columns=t["arenaer"].columns,
    )
    t["arena_medlemmer"] = pd.DataFrame(
        [
            {"arena_id": "a", "kommunenummer": "9001", "source": "user"},
            {"arena_id": "b", "kommunenummer": "9002", "source": "user"},
        ],
        columns=t["arena_medlemmer"].columns,
    )
    full = render_frame(scorecard(build_graph(t), config=CONFIG), "nb")
    assert _status(full, "9001", "planstrategi") == (MET, "kuratert")
    status, source = _status(full, "9001", "veiledning_fk")
    assert (status, source) == (MET, "illustrativ")
    detail = full[(full.kommunenummer == "9001") & (full.punkt == "veiledning_fk")].detaljer.iloc[0]
    assert detail.startswith("4 kontakter 2023–2026 i 2 av 4 år")  # 2021 is outside the window
    assert _status(full, "9001", "arena")[0] == MET
    assert _status(full, "9002", "arena")[0] == NOT_MET  # the network ended in 2019
    # The FK of county 90 keeps a register: no contact with 9002 is a finding, resting on that register.
    assert _status(full, "9002", "veiledning_fk") == (NOT_MET, "illustrativ")
    assert _status(full, "9101", "veiledning_fk") == (UNKNOWN, "ingen post")  # county 91's FK has none
    assert _status(full, "9001", "veiledning_sf") == (UNKNOWN, "ingen post")  # no SF register anywhere


def test_texts_and_details_in_three_languages() -> None:
    t = tiny_tables()
    # The SF office keeps a register (one contact with 9002): 9001's absence is then "no contact".
    t["veiledning"] = pd.DataFrame(
        [
            {
                "veiledning_id": "v",
                "fra_type": "SF",
                "fra_id": "sf-x",
                "kommunenummer": "9002",
                "aar": 2024,
                "form": "møte",
                "antall": 1,
                "source": "user",
            }
        ],
        columns=t["veiledning"].columns,
    )
    G = build_graph(t)
    cards = {lang: render_frame(scorecard(G, codes=["9001"], config=CONFIG), lang) for lang in ("nb", "nn", "en")}
    texts = {lang: dict(zip(c.punkt, c.tekst, strict=True)) for lang, c in cards.items()}
    assert texts["nb"]["veiledning_fk"] == "Veiledning fra fylkeskommunen"
    assert texts["nn"]["veiledning_fk"] == "Rettleiing frå fylkeskommunen"
    assert texts["en"]["veiledning_fk"] == "Guidance from the county council"
    details = {lang: dict(zip(c.punkt, c.detaljer, strict=True)) for lang, c in cards.items()}
    assert details["nb"]["veiledning_sf"] == "ingen kontakt fra SF registrert 2023–2026"
    assert details["nn"]["veiledning_sf"] == "ingen kontakt frå SF registrert 2023–2026"
    assert details["en"]["veiledning_sf"] == "no contact from SF recorded 2023–2026"
    assert details["nb"]["veiledning_fk"] == "ikke registrert (mangler register for veiledning fra FK)"
    assert details["nn"]["veiledning_fk"] == "ikkje registrert (manglar register for rettleiing frå FK)"
    assert details["en"]["regionale_planer"] == "not registered (no register of regional plans)"
    assert details["nn"]["planstrategi"].endswith("ukjend")
    assert details["en"]["planstrategi"].endswith("unknown")
    # the machine values do not change with the language
    for c in cards.values():
        assert c[["punkt", "status", "kilde", "anbefaling"]].equals(
            cards["nb"][["punkt", "status", "kilde", "anbefaling"]]
        )
    raw = scorecard(G, codes=["9001"], config=CONFIG)  # the library returns meaning, put into words at the edge
    assert all(isinstance(x, Msg) for x in raw["tekst"]) and render_frame(raw, "en").equals(cards["en"])


def test_the_cli_shows_the_scorecard_in_its_language() -> None:
    nb = _run("scorecard", "tydal")
    assert nb.exit_code == 0, nb.stderr
    assert "Veiledning fra fylkeskommunen" in nb.stdout and "Guidance from" not in nb.stdout
    nn = _run("scorecard", "tydal", "--lang", "nn")
    assert "Rettleiing frå fylkeskommunen" in nn.stdout
    en = _run("show", "tydal", "--lang", "en")
    assert "Guidance from the county council" in en.stdout and "contact 2023–2026 in" in en.stdout


def test_wide_form_and_shares() -> None:
    long = scorecard(build_graph(tiny_tables()), config=CONFIG)
    wide = scorecard_wide(long)
    assert list(wide.columns[2:8]) == list(ITEMS)
    assert (wide[["oppfylt", "ikke_oppfylt", "ukjent"]].sum(axis=1) == len(ITEMS)).all()
    shares = source_shares(long)
    assert abs(sum(shares.values()) - 1) < 1e-9


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_scorecard_for_nordland() -> None:
    r = _run("scorecard", "--county", "18", "--format", "json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["rows"]) == 41 and all(row["kommunenummer"].startswith("18") for row in doc["rows"])
    assert all(row["oppfylt"] + row["ikke_oppfylt"] + row["ukjent"] == len(ITEMS) for row in doc["rows"])
    one = _run("scorecard", "holtålen", "--format", "json")
    assert {row["punkt"] for row in json.loads(one.stdout)["rows"]} == set(ITEMS)


def test_show_has_the_scorecard() -> None:
    r = _run("show", "holtålen")
    assert r.exit_code == 0, r.stderr
    assert "\nAnbefalinger (docs/plans.md)\n" in r.stdout and "Planstrategi vedtatt i tide" in r.stdout
    doc = json.loads(_run("show", "5026", "--format", "json").stdout)
    assert len(doc["scorecard"]) == len(ITEMS)


def test_a_cited_cooperation_without_an_end_year_is_met_one_not_started_is_unknown() -> None:
    t = tiny_tables()  # Dalsnes and Fjellvik share pk-1
    t["plankontor"] = t["plankontor"].assign(status="ukjent", til_aar=None)  # cited, no end year: running
    t["arenaer"] = pd.DataFrame(
        [{"arena_id": "n", "navn": "Nettverket", "type": "nettverk", "fra_aar": 2030, "source": "user"}],
        columns=t["arenaer"].columns,
    )
    t["arena_medlemmer"] = pd.DataFrame(
        [{"arena_id": "n", "kommunenummer": "9003", "source": "user"}], columns=t["arena_medlemmer"].columns
    )
    sc = scorecard(build_graph(t), config=CONFIG)
    assert _status(sc, "9003", "plansamarbeid")[0] == MET
    assert _status(sc, "9003", "arena") == (UNKNOWN, "brukerregister")  # starts 2030: not running yet
    assert _status(sc, "9001", "plansamarbeid")[0] == NOT_MET


def test_a_generated_office_never_meets_the_item() -> None:
    t = tiny_tables()
    t["plankontor"] = t["plankontor"].assign(source=ILLUSTRATIVE)
    sc = scorecard(build_graph(t), config=CONFIG)
    assert _status(sc, "9003", "plansamarbeid")[0] == NOT_MET


def test_status_and_source_by_name_for_people_machine_values_in_json(tmp_path: Path) -> None:
    nb = _run("scorecard", "holtålen")  # in the demo set its planstrategi was adopted late: not met
    assert " ikke oppfylt " in nb.stdout and " offentlig kilde" in nb.stdout
    en = _run("scorecard", "holtålen", "--lang", "en")
    assert " not met " in en.stdout and " public source" in en.stdout and "Sources: " in en.stdout
    assert "oppfylt" not in en.stdout and "kuratert" not in en.stdout and "illustrativ " not in en.stdout
    nn = _run("scorecard", "holtålen", "--lang", "nn")
    assert " ikkje oppfylt " in nn.stdout
    docs = [json.loads(_run("scorecard", "holtålen", "--format", "json", "--lang", x).stdout) for x in ("nb", "en")]
    for doc in docs:
        assert {row["status"] for row in doc["rows"]} <= {MET, NOT_MET, UNKNOWN}
        assert {row["kilde"] for row in doc["rows"]} <= {"kuratert", "illustrativ", "brukerregister", "ingen post"}
    assert [r["status"] for r in docs[0]["rows"]] == [r["status"] for r in docs[1]["rows"]]
    # the wide form: ja/nei and the source in the language; the standard CSV keeps the machine cells
    wide = _run("scorecard", "--county", "50", "--lang", "en").stdout
    assert "yes (public source)" in wide and "no (no record)" in wide and "ja (" not in wide
    std = _run("scorecard", "--county", "50", "--format", "csv", "--lang", "en").stdout
    assert "ja (kuratert)" in std
    target = tmp_path / "sc.xlsx"
    assert _run("scorecard", "holtålen", "--long", "--format", "xlsx", "-o", str(target), "--lang", "nn").exit_code == 0
    sheet = openpyxl.load_workbook(target).worksheets[0]
    header = [c.value for c in sheet[1]]
    cells = {
        (str(row[header.index("status")].value), str(row[header.index("kjelde")].value))
        for row in sheet.iter_rows(min_row=2)
    }
    assert ("ikkje oppfylt", "illustrativ") in cells
    show = _run("show", "holtålen", "--lang", "en")
    assert " not met " in show.stdout and " public source" in show.stdout
