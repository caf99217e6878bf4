"""The plan situation: term rules on their boundaries, revision rule, sources, summaries, the CLI,
a user register that changes the answer, and the planstrategi's weight in the gap ranking."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from dknet.analysis.gaps import need_support
from dknet.analysis.plans import (
    fact_source,
    last_recorded,
    load_plan_config,
    next_term,
    parse_status,
    plan_status,
    plan_summary,
    real_share,
    term_status,
    with_as_of,
)
from dknet.cli import cli
from dknet.errors import ConfigError, DknetError
from dknet.examples import tiny_tables
from dknet.graph import Graph, build_graph
from dknet.present.render import render_frame

D = dt.date
AFTER = D(2026, 6, 1)


@pytest.fixture(scope="module")
def config() -> Any:
    return with_as_of(load_plan_config(), AFTER)


# --- the term rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("records", "expected", "with_register"),
    [
        ([(D(2024, 10, 15), 2024)], "i_tide", "i_tide"),  # adopted on the deadline day
        ([(D(2024, 10, 16), 2024)], "for_sent", "for_sent"),  # the day after
        ([(D(2023, 10, 15), 2023)], "i_tide", "i_tide"),  # on the day the council was constituted
        # The day before is the previous council's: not this term's status. Only the user's own
        # register makes the absence of a this-term record a finding ("ikke registrert vedtatt").
        ([(D(2023, 10, 14), 2023)], "ukjent", "mangler"),
        ([], "ukjent", "ukjent"),  # no record
        ([(None, 2020)], "ukjent", "mangler"),  # a record from the previous term
        ([(D(2020, 10, 1), 2020)], "ukjent", "mangler"),
        ([(None, None)], "ukjent", "mangler"),  # registered, not adopted
        ([(None, 2024)], "dato_ukjent", "dato_ukjent"),  # only the year, and it is the deadline year
        ([(None, 2023)], "ukjent", "mangler"),  # the year of constitution: either term's
        ([(None, 2025)], "for_sent", "for_sent"),
        ([(None, 2020), (D(2024, 3, 1), 2024)], "i_tide", "i_tide"),  # the newest term's record decides
        ([(D(2025, 2, 1), 2025), (D(2024, 9, 1), 2024)], "i_tide", "i_tide"),  # the first adoption in the term
        ([(D(2026, 9, 1), 2026)], "ukjent", "ukjent"),  # after the status day: not known yet
    ],
)
def test_term_status_boundaries(config: Any, records: list[tuple[Any, Any]], expected: str, with_register: str) -> None:
    assert term_status(records, config)[0] == expected
    assert term_status(records, config, register=True)[0] == with_register


def test_not_due_before_the_deadline(config: Any) -> None:
    assert term_status([(None, 2020)], config, as_of=D(2024, 10, 15))[0] == "ikke_forfalt"
    assert term_status([(None, 2020)], config, as_of=D(2024, 10, 16))[0] == "ukjent"
    assert term_status([(None, 2020)], config, as_of=D(2024, 10, 16), register=True)[0] == "mangler"
    assert term_status([], config, as_of=D(2024, 1, 1))[0] == "ikke_forfalt"


def test_deciding_record_index(config: Any) -> None:
    records = [(None, 2016), (D(2020, 6, 1), 2020)]
    status, i = term_status(records, config)
    assert (status, i) == ("ukjent", 1)  # the latest earlier record is shown as the last registered


def test_configurable_constitution_date(tmp_path: Path) -> None:
    f = tmp_path / "plans.toml"
    f.write_text("[term]\nconstituted = 2023-11-01\n", encoding="utf-8")
    c = with_as_of(load_plan_config(f), AFTER)
    assert c.deadline == D(2024, 11, 1)
    assert c.next_deadline == D(2028, 11, 1)
    assert term_status([(D(2024, 10, 20), 2024)], c)[0] == "i_tide"  # late under the default, on time here
    assert c.max_age == load_plan_config().max_age  # other sections keep the defaults


def test_invalid_config_reports_every_problem(tmp_path: Path) -> None:
    f = tmp_path / "plans.toml"
    f.write_text('[term]\nconstituted = "høst 2023"\nlength_years = 0\n[revision]\nfoo = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_plan_config(f)
    text = str(e.value)
    assert "constituted" in text and "length_years" in text and "'foo'" in text


def test_status_aliases() -> None:
    assert parse_status("late") == parse_status("for-sent") == "for_sent"
    assert parse_status("Missing") == "mangler"
    with pytest.raises(DknetError, match="did you mean"):
        parse_status("lat")


def test_fact_source_kinds() -> None:
    assert fact_source("curated web (see source_url)") == "kuratert"
    assert fact_source("illustrative") == "illustrativ"
    assert fact_source("assumed") == "antatt"
    assert fact_source("user") == fact_source("Planregister Tydal") == "brukerregister"
    assert fact_source(None) == ""


# --- on a small graph -----------------------------------------------------------------------------


def _with_plans(rows: list[tuple[str, str, int | None, str | None, str]]) -> Graph:
    t = tiny_tables()
    t["planer"] = pd.DataFrame(
        [
            {
                "plan_id": f"{k}-{typ}-{i}",
                "kommunenummer": k,
                "plantype": typ,
                "vedtatt_aar": year,
                "vedtatt_dato": day,
                "source": src,
            }
            for i, (k, typ, year, day, src) in enumerate(rows)
        ],
        columns=t["planer"].columns,
    )
    return build_graph(t)


def test_plan_status_and_revision_rule(config: Any) -> None:
    G = _with_plans(
        [
            ("9001", "planstrategi", 2024, "2024-10-15", "curated web (see source_url)"),
            ("9001", "samfunnsdel", 2018, None, "illustrative"),  # 8 years old in 2026: not yet due
            ("9001", "arealdel", 2013, None, "user"),  # 13 years: due (> 12)
            ("9002", "planstrategi", 2019, None, "illustrative"),
            ("9002", "samfunnsdel", 2017, None, "illustrative"),  # 9 years: due (> 8)
            ("9002", "samfunnsdel", 2010, None, "illustrative"),  # older one ignored
            ("9004", "planstrategi", 2020, "2020-10-23", "curated web (see source_url)"),  # a public page from 2020
            ("9101", "planstrategi", 2016, "2016-09-29", "Planregister Nordøy"),  # the user's own register
        ]
    )
    df = plan_status(G, config=config).set_index("kommunenummer")
    assert df.loc["9001", "status"] == "i_tide"
    assert df.loc["9001", "planstrategi_kilde"] == "kuratert"
    assert (df.loc["9001", "samfunnsdel_alder"], df.loc["9001", "samfunnsdel_revisjon"]) == (8, "nei")
    assert (df.loc["9001", "arealdel_revisjon"], df.loc["9001", "arealdel_kilde"]) == ("forfalt", "brukerregister")
    # An earlier term's record never reads as this term's status: unknown, with the last one shown.
    assert df.loc["9002", "status"] == "ukjent"
    assert (df.loc["9002", "planstrategi_vedtatt"], df.loc["9002", "planstrategi_kilde"]) == ("", "")
    assert (df.loc["9002", "planstrategi_siste"], df.loc["9002", "planstrategi_siste_periode"]) == ("2019", "")
    assert (df.loc["9004", "status"], df.loc["9004", "planstrategi_siste_periode"]) == ("ukjent", "2019–2023")
    assert str(last_recorded(df.loc["9004"].to_dict(), config)) == "last recorded: 2020-10-23 (previous term)"
    assert (df.loc["9002", "samfunnsdel_vedtatt"], df.loc["9002", "samfunnsdel_revisjon"]) == (2017, "forfalt")
    assert df.loc["9003", "status"] == "ukjent" and df.loc["9003", "arealdel_revisjon"] == "ukjent"
    assert last_recorded(df.loc["9003"].to_dict(), config) is None
    # Only the user's register makes absence a finding; its answer rests on that register.
    assert (df.loc["9101", "status"], df.loc["9101", "planstrategi_kilde"]) == ("mangler", "brukerregister")
    assert df.loc["9101", "planstrategi_siste_periode"] == "2015–2019"
    late = plan_status(G, config=config, status=["missing"])
    assert list(late.kommunenummer) == ["9101"]
    unknown = plan_status(G, config=config, status=["ukjent"])
    assert "9002" in set(unknown.kommunenummer) and "9101" not in set(unknown.kommunenummer)
    shares = real_share(df)
    assert abs(sum(shares.values()) - 1) < 1e-9 and shares["ingen post"] > 0.5


def test_summary_counts_add_up(config: Any) -> None:
    G = _with_plans([("9001", "planstrategi", 2024, "2024-11-01", "x"), ("9101", "planstrategi", 2016, None, "x")])
    s = plan_summary(G, config=config).set_index("fylke")
    statuses = ["i_tide", "for_sent", "dato_ukjent", "mangler", "ikke_forfalt", "ukjent"]
    assert (s[statuses].sum(axis=1) == s["kommuner"]).all()
    assert s.loc["90", "for_sent"] == 1 and s.loc["91", "mangler"] == 1  # "x" is a user's register
    # The adopted share rests on the known statuses only; unknown counts neither way.
    assert s.loc["90", "kjent"] == 1 and s.loc["90", "andel_vedtatt"] == 1.0
    assert s.loc["91", "kjent"] == 1 and s.loc["91", "andel_vedtatt"] == 0.0
    by_sf = plan_summary(G, by="statsforvalter", config=config)
    assert by_sf["kommuner"].sum() == 6


def test_next_term_lists_what_falls_due(config: Any) -> None:
    G = _with_plans([("9001", "samfunnsdel", 2021, None, "x"), ("9001", "arealdel", 2020, None, "x")])
    row = next_term(G, config=config).set_index("kommunenummer").loc["9001"]
    # samfunnsdel 2021 is older than 8 years from 2030: after the next deadline (2028), so not listed.
    assert row["samfunnsdel_forfaller"] == "2030" and "samfunnsdel" not in row["forfaller"]
    assert row["arealdel_forfaller"] == "2033"
    assert row["forfaller"].startswith("planstrategi 2027–2031 (frist 2028-10-15)")
    G2 = _with_plans([("9001", "samfunnsdel", 2019, None, "x")])
    row2 = next_term(G2, config=config).set_index("kommunenummer").loc["9001"]
    assert "samfunnsdel fra 2019" in row2["forfaller"] and "allerede" not in row2["forfaller"]


# --- bundled data, user registers, CLI --------------------------------------------------------------


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_plans_for_trondelag() -> None:
    r = _run("plans", "--county", "Trøndelag", "--as-of", "2026-06-01", "--format", "json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["rows"]) == 38 and {row["fylkesnummer"] for row in doc["rows"]} == {"50"}
    assert doc["frist"] == "2024-10-15"
    assert abs(sum(doc["kildefordeling"].values()) - 1) < 1e-9
    table = _run("plans", "--county", "Trøndelag")
    assert "Holtålen" in table.stdout and "Kilder for plansvarene:" in table.stdout


def test_plans_for_an_sf_office_by_status() -> None:
    r = _run("plans", "--sf", "Statsforvalteren i Nordland", "--status", "late", "--format", "json")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert rows and {row["status"] for row in rows} == {"for_sent"}
    assert {row["fylkesnummer"] for row in rows} == {"18"}


def test_unknown_county_and_office_get_the_closest_match() -> None:
    r = _run("plans", "--county", "Trønlag")
    assert r.exit_code == 1 and "Trøndelag" in r.stderr
    r = _run("plans", "--sf", "nordlan")
    assert r.exit_code == 1 and "Statsforvalteren i Nordland" in r.stderr


def test_summary_views() -> None:
    r = _run("plans", "--view", "sf", "--format", "json")
    rows = json.loads(r.stdout)["rows"]
    assert len(rows) == 10 and sum(row["kommuner"] for row in rows) == 357
    r = _run("plans", "--view", "neste-periode", "--county", "18", "--format", "csv", "--csv-dialect", "standard")
    assert r.exit_code == 0 and r.stdout.splitlines()[0].startswith("kommunenummer,navn,fylkesnummer")


def test_a_user_register_changes_the_status(tmp_path: Path) -> None:
    before = json.loads(_run("plans", "--county", "50", "--as-of", "2026-06-01", "--format", "json").stdout)
    b = {row["kommunenummer"]: row for row in before["rows"]}
    (tmp_path / "planer.csv").write_text(
        "plan_id,kommunenummer,plantype,navn,vedtatt_aar,vedtatt_dato,source\n"
        "5026-planstrategi,5026,planstrategi,Planstrategi 2024–2027,2024,15.10.2024,Planregister Holtålen\n"
        "5033-planstrategi,5033,planstrategi,Planstrategi 2024–2027,2024,2024-10-16,Planregister Tydal\n"
        "5033-arealdel-2025,5033,arealdel,Kommuneplanens arealdel 2025–2037,2025,2025-06-19,Planregister Tydal\n",
        encoding="utf-8",
    )
    r = _run("plans", "--county", "50", "--as-of", "2026-06-01", "--format", "json", "--data", str(tmp_path))
    assert r.exit_code == 0, r.stderr
    a = {row["kommunenummer"]: row for row in json.loads(r.stdout)["rows"]}
    assert (a["5026"]["status"], a["5026"]["planstrategi_kilde"]) == ("i_tide", "brukerregister")
    assert (a["5033"]["status"], a["5033"]["planstrategi_vedtatt"]) == ("for_sent", "2024-10-16")
    assert (a["5033"]["arealdel_vedtatt"], a["5033"]["arealdel_revisjon"]) == (2025, "nei")
    assert b["5026"]["planstrategi_kilde"] != "brukerregister"
    assert "brukerregister" in json.loads(r.stdout)["kildefordeling"]


def _mark_missing(G: Graph, code: str, source: str = "user") -> Graph:
    """A copy of G in which the municipality's planstrategi records are from the previous term,
    in the user's own register (``user``) or, with ``source``, another kind of record."""
    H = G.copy()
    for _, v, d in H.out_edges(f"kommune:{code}", data=True):
        if d["type"] == "HAS_PLAN" and H.nodes[v].get("plantype") == "planstrategi":
            H.nodes[v]["vedtatt_aar"] = 2019
            H.nodes[v].pop("vedtatt_dato", None)
            H.nodes[v]["source"] = source
    return H


def test_missing_planstrategi_moves_the_gap_ranking(graph: Graph) -> None:
    plan_config = with_as_of(load_plan_config(), AFTER)
    before = render_frame(need_support(graph, county="50", plan_config=plan_config), "en").set_index("kommunenummer")
    adopted = plan_status(graph, config=plan_config, county="50", status=["i_tide", "dato_ukjent"])
    code = str(adopted.kommunenummer.iloc[0])
    after = need_support(_mark_missing(graph, code), county="50", plan_config=plan_config)
    after = render_frame(after, "en").set_index("kommunenummer")
    assert after.loc[code, "need"] > before.loc[code, "need"] + 0.02
    assert after.loc[code, "rank"] < before.loc[code, "rank"]
    assert any("planstrategi for 2023–2027 not recorded as adopted" in r for r in after.loc[code, "reasons"])
    assert not any("planstrategi" in r for r in before.loc[code, "reasons"])
    others = [c for c in before.index if c != code]
    assert (after.loc[others, "need"] - before.loc[others, "need"]).abs().max() < 1e-12  # nobody else changes
    # The same old record from a public page is unknown: left out of need, neither bad nor good.
    old = need_support(_mark_missing(graph, code, "curated web (see source_url)"), county="50", plan_config=plan_config)
    old = render_frame(old, "en")
    row = old.set_index("kommunenummer").loc[code]
    assert "planstrategi" not in row["need_basis"].split(", ")
    assert "planstrategi" in before.loc[code, "need_basis"].split(", ")
    assert not any("planstrategi" in r for r in row["reasons"])
