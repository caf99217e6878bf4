"""The one cooperation rule (dknet.analysis.cooperation) and the plan offices that respect it.

Small hand-made graphs for the rule (running, ended, generated, end unknown), for "a running
office is never split" and for "extend" proposals; then the real default data set
(``DKNET_DEMO`` unset): every cited member of every running office is in a plan office in the
scorecard and the gaps, and no proposal in any county moves one of them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from dknet.analysis.cooperation import describe, running_offices, state
from dknet.analysis.plan_offices import propose_plan_offices
from dknet.errors import DknetError
from dknet.examples import tiny_tables
from dknet.graph import Graph, build_graph
from dknet.messages.msg import Msg
from dknet.present.render import render_frame, render_partition
from dknet.schema import ILLUSTRATIVE, LAYERS

YEAR = 2026


# --- the rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected", "nb"),
    [
        (
            {"status": "ukjent", "fra_aar": 1977, "source_url": "https://plankontoret.net/om-oss/"},
            "running",
            "begge i K (løpende siden 1977, sist bekreftet ukjent; kilde plankontoret.net)",
        ),
        (
            {"sist_bekreftet": 2013, "source": "curated web"},
            "running",
            "begge i K (løpende, sist bekreftet 2013; kilde curated web)",
        ),
        ({"fra_aar": 2012, "til_aar": 2016, "status": "avsluttet"}, "ended", "samarbeidet før i K (2012–2016)"),
        ({"fra_aar": 2020, "til_aar": 2030, "source": "user"}, "running", None),  # the end year is still to come
        ({"status": "aktiv", "source": ILLUSTRATIVE}, "generated", "begge i K (generert, teller ikke som samarbeid)"),
        ({"fra_aar": 2031, "source": "assumed"}, "unknown", "begge i K, starter 2031"),
    ],
)
def test_the_rule_and_how_it_reads(record: dict[str, Any], expected: str, nb: str | None) -> None:
    assert state(record, YEAR) == expected
    said = describe({"name": "K", **record}, YEAR)
    assert isinstance(said, Msg)  # data; words only at the edge
    if nb is not None:
        assert said.render("nb") == nb


# --- hand-made graphs for plan offices -----------------------------------------------------------


def _tables(office: dict[str, Any] | None, members: list[tuple[str, str]], **layers: pd.DataFrame) -> dict[str, Any]:
    """The tiny graph without planning FTE (population is the signal), with one office of ``members``."""
    t = tiny_tables()
    t["plankapasitet"] = t["plankapasitet"].iloc[0:0]
    t["plankontor"] = pd.DataFrame([office] if office else [], columns=LAYERS["plankontor"].column_names)
    rows = [{"plankontor_id": "pk", "kommunenummer": k, "rolle": r, "source": "user"} for k, r in members]
    t["plankontor_medlemmer"] = pd.DataFrame(rows, columns=LAYERS["plankontor_medlemmer"].column_names)
    t.update(layers)
    return t


def _population(t: dict[str, Any], pops: dict[str, int]) -> dict[str, Any]:
    k = t["kommuner"].copy()
    k["folketall_2026"] = k["kommunenummer"].map(pops).fillna(k["folketall_2026"])
    t["kommuner"] = k
    return t


def _office(**kw: Any) -> dict[str, Any]:
    return {"plankontor_id": "pk", "navn": "Fjellkontoret", "form": "vertskommune", "status": "ukjent"} | {
        "source": "user",
        **kw,
    }


def _proposals(G: Graph, **kw: Any) -> Any:
    return propose_plan_offices(G, max_km=200.0, **kw)


SMALL = {"9001": 1200, "9002": 900, "9003": 800, "9004": 700, "9101": 30000, "9102": 1500}


def test_a_running_office_is_never_split_and_is_extended_instead() -> None:
    t = _population(_tables(_office(fra_aar=1990), [("9003", "vert"), ("9004", "deltaker")]), SMALL)
    G = build_graph(t)
    assert running_offices(G, YEAR) == {"plankontor:pk": ["9003", "9004"]}
    part = _proposals(G)
    members = part.members
    for row in part.summary.itertuples():
        rows = members[members.office == row.office]
        if row.kind == "new":  # nobody of the running office is grouped elsewhere or hosts a new office
            assert not set(rows.kommunenummer) & {"9003", "9004"}
        else:
            assert set(rows.kommunenummer) >= {"9003", "9004"}
            assert dict(zip(rows.kommunenummer, rows.rolle, strict=True))["9003"] == "vert"
    extend = part.summary[part.summary.kind == "extend"]
    assert len(extend) == 1
    text = render_partition(part, "nb").summary.set_index("kind").loc["extend", "proposal"]
    assert text.startswith("utvid Fjellkontoret (løpende siden 1990, sist bekreftet ukjent; kilde user) med ")
    assert any("Medlemmer av løpende kontorer flyttes aldri" in n for n in render_partition(part, "nb").notes)


def test_an_ended_or_generated_office_binds_nobody() -> None:
    for office, source in (
        (_office(status="avsluttet", fra_aar=2010, til_aar=2016), "user"),
        (_office(), ILLUSTRATIVE),
    ):
        office["source"] = source
        t = _population(_tables(office, [("9003", "vert"), ("9004", "deltaker")]), SMALL)
        if source == ILLUSTRATIVE:
            t["plankontor_medlemmer"] = t["plankontor_medlemmer"].assign(source=ILLUSTRATIVE)
        G = build_graph(t)
        assert running_offices(G, YEAR) == {}
        part = _proposals(G)
        assert set(part.summary.kind) == {"new"}
        assert {"9003", "9004"} <= set(part.members.kommunenummer)  # free to be grouped


def test_without_fte_data_population_is_the_signal_and_the_output_says_so() -> None:
    t = _population(_tables(None, []), SMALL)
    part = render_partition(_proposals(build_graph(t)), "en")
    assert any(n.startswith("No planning FTE in the data: capacity is estimated from population.") for n in part.notes)
    assert part.summary["combined_fte"].isna().all() and part.summary["robust"].isna().all()
    reasons = "; ".join(r for rs in part.summary["reasons"] for r in rs)
    assert "under 2,500 inhabitants" in reasons and "planning FTE unknown, so robustness is not assessed" in reasons
    assert "less than 1 planning FTE" not in reasons  # low capacity is not claimed from nothing


def test_too_few_small_municipalities_outside_running_offices_is_a_clear_error() -> None:
    pops = dict.fromkeys(SMALL, 50000) | {"9003": 800, "9004": 700}
    t = _population(_tables(_office(), [("9003", "vert"), ("9004", "deltaker")]), pops)
    with pytest.raises(DknetError) as e:
        _proposals(build_graph(t))
    assert "outside running plan offices" in str(e.value)


# --- the real default data set -------------------------------------------------------------------


def test_the_cited_offices_run_in_the_real_data(real_graph: Graph) -> None:
    offices = running_offices(real_graph, YEAR)
    berkak = offices["plankontor:plankontoret-oppdal-rennebu"]
    assert {"5026", "5033", "5022", "5021", "5061", "5027", "5034", "1576"} == set(berkak)  # Holtålen, Tydal, Rennebu …
    assert "plankontor:nord-troms-plankontor" not in offices  # 2012–2016: ended
    assert "plankontor:innherred-samkommune" not in offices


def test_every_member_of_a_running_office_is_in_a_plan_office_in_scorecard_and_gaps(real_graph: Graph) -> None:
    from dknet.analysis.gaps import need_support
    from dknet.analysis.scorecard import MET, scorecard

    members = sorted({c for ms in running_offices(real_graph, YEAR).values() for c in ms})
    assert len(members) >= 15
    sc = render_frame(scorecard(real_graph, codes=members), "nb")
    office = sc[sc.punkt == "plansamarbeid"].set_index("kommunenummer")
    assert (office.status == MET).all(), office[office.status != MET][["navn", "detaljer"]]
    assert office.loc["5026", "detaljer"].startswith("Plankontoret (Berkåk)")
    gaps = render_frame(need_support(real_graph), "nb").set_index("kommunenummer")
    assert gaps.loc[members, "in_office"].all()
    said = "; ".join("; ".join(r) for r in gaps.loc[members, "reasons"])
    assert "ikke i noe plankontor" not in said


def test_no_proposal_in_any_county_splits_a_running_office(real_graph: Graph) -> None:
    running = running_offices(real_graph, YEAR)
    member_of = {c: o for o, ms in running.items() for c in ms}
    counties = sorted({str(d["fylkesnummer"]) for _, d in real_graph.nodes(data=True) if d["label"] == "Municipality"})
    national = propose_plan_offices(real_graph)
    for county in [None, *counties]:
        part = national if county is None else propose_plan_offices(real_graph, county=county)
        kind = dict(zip(part.summary.office, part.summary.kind, strict=True))
        for row in part.members.itertuples():
            if row.kommunenummer not in member_of:
                continue
            assert kind[row.office] == "extend", (county, row)  # never in a new office, never a new office's host
            office_members = part.members[part.members.office == row.office].kommunenummer
            assert set(running[member_of[row.kommunenummer]]) <= set(office_members)  # the whole office, kept
    extend = national.summary[national.summary.kind == "extend"]
    assert not extend.empty
    assert all(str(p).startswith("extend ") for p in render_partition(national, "en").summary.proposal[extend.index])
