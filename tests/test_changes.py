"""``dknet changes``: a hand-made register with known events lists exactly them, and none outside the window."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from dknet.analysis.changes import CHANGE_COLUMNS, KINDS, changes, term_configs
from dknet.analysis.plans import load_plan_config
from dknet.cli import cli
from dknet.errors import DknetError
from dknet.examples import tiny_tables
from dknet.graph import Graph, build_graph

REG = "Planregister Vest"  # the county's own register: absence there is a finding
SINCE, TO = dt.date(2023, 12, 31), dt.date(2025, 6, 30)


def _add(t: dict[str, pd.DataFrame], layer: str, rows: list[dict[str, object]]) -> None:
    t[layer] = pd.concat([t[layer], pd.DataFrame(rows)], ignore_index=True)


def register() -> dict[str, pd.DataFrame]:
    """The tiny tables with dated records on both sides of the window and on its edges."""
    t = tiny_tables()
    _add(
        t,
        "planer",
        [
            {"plan_id": "ps-9002", "kommunenummer": "9002", "plantype": "planstrategi", "vedtatt_aar": 2024,
             "vedtatt_dato": "2024-09-01", "source": REG},
            {"plan_id": "ps-9003-old", "kommunenummer": "9003", "plantype": "planstrategi", "vedtatt_aar": 2020,
             "vedtatt_dato": "2020-10-01", "source": REG},
            {"plan_id": "ps-9004", "kommunenummer": "9004", "plantype": "planstrategi", "vedtatt_aar": 2023,
             "vedtatt_dato": "2023-11-01", "source": REG},
            {"plan_id": "sd-9001", "kommunenummer": "9001", "plantype": "samfunnsdel", "vedtatt_aar": 2016,
             "source": REG},
            {"plan_id": "ad-9002", "kommunenummer": "9002", "plantype": "arealdel", "vedtatt_aar": 2025,
             "vedtatt_dato": "2025-02-01", "omfang": "bestemmelser", "source": REG},
            {"plan_id": "ad-9004", "kommunenummer": "9004", "plantype": "arealdel", "vedtatt_aar": 2025,
             "vedtatt_dato": "2025-08-01", "source": REG},
        ],
    )  # fmt: skip
    guidance = {"form": "møte", "antall": 1, "source": REG}
    _add(
        t,
        "veiledning",
        [
            {"veiledning_id": "v1", "fra_type": "FK", "fra_id": "90", "kommunenummer": "9001", "aar": 2024,
             "kontakt_dato": "2024-03-05", "tema": "arealdel", **guidance},
            {"veiledning_id": "v2", "fra_type": "SF", "fra_id": "sf-x", "kommunenummer": "9002", "aar": 2025,
             **guidance},
            {"veiledning_id": "v3", "fra_type": "FK", "fra_id": "90", "kommunenummer": "9003", "aar": 2025,
             "kontakt_dato": "2025-07-01", **guidance},
            {"veiledning_id": "v4", "fra_type": "FK", "fra_id": "90", "kommunenummer": "9003", "aar": 2023,
             "kontakt_dato": "2023-12-31", **guidance},
        ],
    )  # fmt: skip
    _add(
        t,
        "plankontor",
        [
            {"plankontor_id": "pk-2", "navn": "Nytt plansamarbeid", "form": "virtuelt", "status": "aktiv",
             "fra_aar": 2025, "source": REG},
            {"plankontor_id": "pk-3", "navn": "Gammelt plankontor", "form": "vertskommune", "status": "avsluttet",
             "fra_aar": 2015, "til_aar": 2024, "source": REG},
        ],
    )  # fmt: skip
    _add(
        t,
        "plankontor_medlemmer",
        [
            {"plankontor_id": "pk-2", "kommunenummer": "9001", "rolle": "vert", "source": REG},
            {"plankontor_id": "pk-2", "kommunenummer": "9002", "rolle": "deltaker", "source": REG},
            {"plankontor_id": "pk-3", "kommunenummer": "9101", "rolle": "vert", "source": REG},
            {"plankontor_id": "pk-1", "kommunenummer": "9001", "rolle": "deltaker", "fra_aar": 2025, "source": REG},
        ],
    )
    members = t["plankontor_medlemmer"]
    members.loc[(members["plankontor_id"] == "pk-1") & (members["kommunenummer"] == "9004"), "til_aar"] = 2024
    network = {"arena_id": "nv", "navn": "Nettverk Vest", "type": "nettverk", "fra_aar": 2026, "source": REG}
    _add(t, "arenaer", [network])
    _add(t, "arena_medlemmer", [{"arena_id": "nv", "kommunenummer": "9002", "source": REG}])
    return t


def graph() -> Graph:
    return build_graph(register())


EXPECTED = [
    ("2024", "samarbeid_avsluttet", "9101", "pk-3"),
    ("2024", "medlemskap_avsluttet", "9004", "pk-1"),
    ("2024-03-05", "veiledning_gitt", "9001", "v1"),
    ("2024-09-01", "planstrategi_vedtatt", "9002", "ps-9002"),
    ("2024-10-15", "planstrategi_frist_passert", "9003", ""),
    ("2025", "veiledning_gitt", "9002", "v2"),
    ("2025", "samarbeid_startet", "9001", "pk-2"),
    ("2025", "samarbeid_startet", "9002", "pk-2"),
    ("2025", "medlemskap_startet", "9001", "pk-1"),
    ("2025", "plan_forfalt", "9001", ""),
    ("2025-02-01", "kommuneplan_revidert", "9002", "ad-9002"),
]


def _events(df: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    return [(r.dato, r.hendelse, r.kommunenummer, str(r.post_id)) for r in df.itertuples(index=False)]


def test_the_window_lists_exactly_the_known_events() -> None:
    df = changes(graph(), since=SINCE, to=TO)
    assert list(df.columns) == list(CHANGE_COLUMNS)
    assert _events(df) == EXPECTED
    assert set(df["hendelse"]) <= set(KINDS)


def test_events_carry_their_record() -> None:
    df = changes(graph(), since=SINCE, to=TO).set_index("post_id")
    assert df.loc["ad-9002", "omfang"] == "bestemmelser" and df.loc["ad-9002", "type"] == "arealdel"
    assert df.loc["v1", "fra"] == "FK 90" and df.loc["v1", "antall"] == 1 and df.loc["v1", "post_navn"] == "arealdel"
    assert df.loc["v1", "kildetype"] == "brukerregister" and df.loc["v1", "source"] == REG
    due = changes(graph(), since=SINCE, to=TO)
    forfalt = due[due["hendelse"] == "plan_forfalt"].iloc[0]
    assert (forfalt["type"], forfalt["post_navn"]) == ("samfunnsdel", "2016")  # 2016 + 8 years: due from 2025


def test_the_window_is_after_since_up_to_and_including_to() -> None:
    G = graph()
    on_since = changes(G, since=dt.date(2024, 3, 5), to=dt.date(2024, 9, 1))
    assert _events(on_since) == [("2024-09-01", "planstrategi_vedtatt", "9002", "ps-9002")]
    assert changes(G, since=TO, to=TO).empty
    later = _events(changes(G, since=TO, to=dt.date(2025, 12, 31)))
    assert ("2025-07-01", "veiledning_gitt", "9003", "v3") in later
    assert ("2025-08-01", "kommuneplan_revidert", "9004", "ad-9004") in later
    assert not any(e[3] in {"v1", "v2", "ps-9002", "ad-9002"} for e in later)  # nothing from before the window


def test_a_window_the_other_way_round_is_an_error_and_the_graph_is_untouched() -> None:
    G = graph()
    before = {n: dict(d) for n, d in G.nodes(data=True)}
    with pytest.raises(DknetError, match="before"):
        changes(G, since=TO, to=SINCE)
    changes(G, since=SINCE, to=TO)
    assert {n: dict(d) for n, d in G.nodes(data=True)} == before


def test_unknown_is_not_falling_behind() -> None:
    df = changes(graph(), since=SINCE, to=TO)
    behind = df[df["hendelse"] == "planstrategi_frist_passert"]
    assert list(behind["kommunenummer"]) == ["9003"]  # 9001, 9101, 9102 have no record at all: unknown


def test_term_configs_walk_the_terms() -> None:
    c = load_plan_config()
    assert [x.deadline.isoformat() for x in term_configs(c, SINCE, TO)] == ["2024-10-15"]
    assert list(term_configs(c, dt.date(2024, 10, 15), dt.date(2025, 1, 1))) == []


def _csv_register(folder: Path) -> None:
    folder.mkdir()
    t = register()
    for layer in ("planer", "veiledning"):
        rows = t[layer]
        rows = rows[rows["source"] == REG].assign(kommunenummer=lambda d: d["kommunenummer"].map(_real))
        if layer == "veiledning":
            rows = rows.assign(fra_id=rows["fra_type"].map({"FK": "50", "SF": "trondelag"}))
        rows.to_csv(folder / f"{layer}.csv", index=False)


def _real(code: str) -> str:
    return {"9001": "5026", "9002": "5033", "9003": "5032", "9004": "5027"}[code]  # Holtålen, Tydal, Selbu, M. Gauldal


def test_the_cli_lists_the_register_events_in_json_and_rejects_a_reversed_window(tmp_path: Path) -> None:
    _csv_register(tmp_path / "reg")
    args = ["changes", "--from", "2023-12-31", "--to", "2025-06-30", "--county", "50", "--data", str(tmp_path / "reg")]
    r = CliRunner().invoke(cli, [*args, "--no-cache", "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert (doc["fra"], doc["til"]) == ("2023-12-31", "2025-06-30")
    ours = [(e["dato"], e["hendelse"], e["kommunenummer"]) for e in doc["rows"] if e["source"] == REG]
    assert ours == [
        ("2024-03-05", "veiledning_gitt", "5026"),
        ("2024-09-01", "planstrategi_vedtatt", "5033"),
        ("2025", "veiledning_gitt", "5033"),
        ("2025-02-01", "kommuneplan_revidert", "5033"),
    ]
    # a day after --from; a year-only record's year after --from's; an end year ("ended during it") from --from's
    for e in doc["rows"]:
        ended = e["hendelse"].endswith("avsluttet")
        assert e["dato"] > "2023-12-31" if len(e["dato"]) > 4 else int(e["dato"]) >= 2024 - ended, e
    table = CliRunner().invoke(cli, [*args, "--no-cache"], catch_exceptions=False)
    assert "planstrategi vedtatt" in table.stdout and "Endringer etter 2023-12-31 til og med 2025-06-30" in table.stdout
    bad = CliRunner().invoke(cli, ["changes", "--from", "2025-01-01", "--to", "2024-01-01"])
    assert bad.exit_code == 2 and "før --from" in bad.stderr and "Traceback" not in bad.output


def test_compare_terms_sets_the_term_in_force_beside_the_previous_one() -> None:
    from dknet.analysis.changes import TERM_COLUMNS, compare_terms

    now = compare_terms(graph(), as_of=dt.date(2026, 12, 7)).set_index("kommunenummer")
    assert list(now.reset_index().columns) == list(TERM_COLUMNS)
    assert (now.at["9003", "forrige_periode"], now.at["9003", "periode"]) == ("2019–2023", "2023–2027")
    assert (now.at["9003", "forrige_status"], now.at["9003", "status"], now.at["9003", "endring"]) == (
        "i_tide",
        "mangler",
        "mistet",
    )  # adopted 2020-10-01 in the last term; none this term in the register
    assert now.at["9002", "endring"] == "ukjent"  # adopted now; the register says nothing of the last term
    assert now.at["9001", "endring"] == "ukjent"  # no record at all
    ended = compare_terms(graph(), as_of=dt.date(2028, 12, 1)).set_index("kommunenummer")
    assert ended.at["9002", "periode"] == "2027–2031" and ended.at["9002", "forrige_status"] == "i_tide"
    assert ended.at["9002", "endring"] == "mistet" and ended.at["9003", "endring"] == "ingen"
    early = compare_terms(graph(), as_of=dt.date(2028, 1, 1)).set_index("kommunenummer")
    assert early.at["9002", "endring"] == "ikke_forfalt"  # the 2027–2031 deadline is 2028-10-15


def test_plans_compare_terms_in_the_cli() -> None:
    r = CliRunner().invoke(cli, ["plans", "--compare-terms", "--county", "50", "--as-of", "2028-12-01"])
    assert r.exit_code == 0, r.output
    assert "Periode 2027–2031 mot forrige periode 2023–2027" in r.stdout
