"""Unknown is an answer: never counted as good or bad, and never made out of an old or absent record.

Small hand-made graphs for each rule (a register present or absent, an earlier term's record),
then the real default data set (no demo layers) as an adviser would meet it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from dknet.analysis.gaps import load_gap_config, need_support
from dknet.analysis.plans import load_plan_config, plan_status, plan_summary, with_as_of
from dknet.analysis.registers import guidance_registered, registers
from dknet.analysis.scorecard import MET, NOT_MET, UNKNOWN, headline, known_counts, scorecard
from dknet.cli import cli
from dknet.examples import tiny_tables
from dknet.graph import Graph, build_graph, municipality_node
from dknet.present.render import render_frame

CONFIG = with_as_of(load_plan_config(), dt.date(2026, 6, 1))


def _contact(frm: str, fra_id: str, code: str, year: int = 2025) -> dict[str, Any]:
    return {
        "veiledning_id": f"{frm}-{fra_id}-{code}-{year}",
        "fra_type": frm,
        "fra_id": fra_id,
        "kommunenummer": code,
        "aar": year,
        "form": "møte",
        "antall": 1,
        "source": "user",
    }


def _graph(contacts: list[dict[str, Any]] | None = None, capacity: list[dict[str, Any]] | None = None) -> Graph:
    t = tiny_tables()
    t["veiledning"] = pd.DataFrame(contacts or [], columns=t["veiledning"].columns)
    t["plankapasitet"] = pd.DataFrame(capacity or [], columns=t["plankapasitet"].columns)
    return build_graph(t)


# --- registers present or absent -------------------------------------------------------------------


def test_a_register_is_per_office() -> None:
    G = _graph([_contact("FK", "90", "9002")])
    regs = registers(G)
    assert guidance_registered(G, regs, municipality_node("9001"), "FK")  # same county council
    assert not guidance_registered(G, regs, municipality_node("9101"), "FK")  # county 91's has none
    assert not guidance_registered(G, regs, municipality_node("9001"), "SF")
    assert regs.capacity == frozenset()
    G2 = _graph(capacity=[{"kommunenummer": "9001", "aarsverk_samfunn": 0.5, "aarsverk_areal": 0.5, "source": "user"}])
    assert registers(G2).capacity == {municipality_node("9001")}


def test_without_a_guidance_register_no_contact_is_not_a_finding() -> None:
    bare = render_frame(need_support(_graph()), "nb").set_index("kommunenummer")
    assert bare["contacts"].isna().all()
    assert (bare["support_unassessed"].str.split(", ").map(lambda k: "veiledning" in k)).all()
    for reasons in bare["reasons"]:
        assert "veiledning: kan ikke vurderes – mangler register for veiledning" in reasons
        assert not any(r.startswith("ingen veiledning") for r in reasons)
    # With the county council's register, 9001's absence is a real "no guidance"; SF is still unassessed.
    with_fk = render_frame(need_support(_graph([_contact("FK", "90", "9002")])), "nb").set_index("kommunenummer")
    assert with_fk.loc["9001", "contacts"] == 0
    assert with_fk.loc["9001", "support_unassessed"].split(", ")[0] == "veiledning_sf"
    assert any(r.startswith("ingen veiledning fra FK eller SF") for r in with_fk.loc["9001", "reasons"])
    assert pd.isna(with_fk.loc["9101", "contacts"])  # county 91: no register at all


def test_unknown_guidance_counts_neither_way() -> None:
    """A register that records nothing for a municipality leaves its support where no register would."""
    bare = need_support(_graph()).set_index("kommunenummer")
    other = need_support(_graph([_contact("FK", "90", "9002")])).set_index("kommunenummer")
    assert bare.loc["9001", "support"] == pytest.approx(other.loc["9001", "support"])
    assert other.loc["9002", "support"] > bare.loc["9002", "support"]


def test_a_missing_indicator_is_left_out_not_counted() -> None:
    """Need without any capacity record equals need with the capacity weight set to 0 (renormalised)."""
    G = _graph()
    config = load_gap_config()
    without = dataclasses.replace(config, need={**config.need, "low_capacity": 0.0})
    a = need_support(G, config=config).set_index("kommunenummer").sort_index()
    b = need_support(G, config=without).set_index("kommunenummer").sort_index()
    np.testing.assert_allclose(a["need"].to_numpy(), b["need"].to_numpy())
    assert not any("low_capacity" in basis.split(", ") for basis in a["need_basis"])
    # With a capacity row the indicator is used, for that municipality only.
    cap = [{"kommunenummer": "9001", "aarsverk_samfunn": 0.2, "aarsverk_areal": 0.3, "source": "user"}]
    c = need_support(_graph(capacity=cap)).set_index("kommunenummer")
    assert "low_capacity" in c.loc["9001", "need_basis"].split(", ")
    assert "low_capacity" not in c.loc["9002", "need_basis"].split(", ")


def test_the_scorecard_counts_unknown_neither_way() -> None:
    bare = scorecard(_graph(), config=CONFIG)
    assert set(bare[bare.punkt.isin(["veiledning_fk", "veiledning_sf"])].status) == {UNKNOWN}
    assert set(bare[bare.punkt == "regionale_planer"].status) == {UNKNOWN}  # no regional plan records
    c = known_counts(bare)
    assert c["kjent"] + c["ukjent"] == len(bare) and c["oppfylt"] <= c["kjent"]
    assert c["oppfylt"] == int((bare.status == MET).sum()) and c["kjent"] == int(bare.status.isin([MET, NOT_MET]).sum())
    words = headline(bare).render("en")
    assert words.startswith(f"Met in {c['oppfylt']} of {c['kjent']} known items; {c['ukjent']} unknown")
    # A register of guidance turns unknown into an answer, one way or the other, and nothing else moves.
    card = scorecard(_graph([_contact("FK", "90", "9002")]), config=CONFIG)
    fk = card[(card.punkt == "veiledning_fk") & card.kommunenummer.str.startswith("90")].set_index("kommunenummer")
    assert fk.loc["9002", "status"] == MET and fk.loc["9001", "status"] == NOT_MET
    rest = card.punkt != "veiledning_fk"
    assert card[rest].status.tolist() == bare[rest].status.tolist()


def test_old_records_never_read_as_this_terms_status() -> None:
    t = tiny_tables()
    t["planer"] = pd.DataFrame(
        [
            {"plan_id": "a", "kommunenummer": "9001", "plantype": "planstrategi", "vedtatt_aar": 2020,
             "vedtatt_dato": "2020-09-24", "source": "curated web (see source_url)"},
            {"plan_id": "b", "kommunenummer": "9002", "plantype": "planstrategi", "vedtatt_aar": 2016,
             "vedtatt_dato": None, "source": "illustrative"},
        ],
        columns=t["planer"].columns,
    )  # fmt: skip
    G = build_graph(t)
    df = plan_status(G, config=CONFIG).set_index("kommunenummer")
    assert set(df.status) == {"ukjent"}
    assert (df.loc["9001", "planstrategi_siste"], df.loc["9001", "planstrategi_siste_periode"]) == (
        "2020-09-24",
        "2019–2023",
    )
    assert df.loc["9001", "planstrategi_kilde"] == ""  # the answer "ukjent" rests on no record of the term
    card = render_frame(scorecard(G, codes=["9001"], config=CONFIG), "nb").set_index("punkt")
    assert card.loc["planstrategi", "status"] == UNKNOWN
    assert card.loc["planstrategi", "detaljer"] == "2023–2027: ukjent; siste registrerte: 2020-09-24 (forrige periode)"
    summary = plan_summary(G, config=CONFIG).set_index("fylke")
    assert summary.loc["90", "kjent"] == 0 and np.isnan(summary.loc["90", "andel_vedtatt"])


# --- the real default data set ---------------------------------------------------------------------


@pytest.fixture
def real(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> Any:
    monkeypatch.delenv("DKNET_DEMO", raising=False)
    monkeypatch.setenv("DKNET_CACHE_DIR", str(tmp_path / "cache"))

    def run(*args: str) -> Any:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return run


def test_national_plans_report_the_true_unknowns(real_graph: Graph) -> None:
    df = plan_status(real_graph, config=CONFIG)
    counts = df["status"].value_counts()
    assert len(df) == 357
    assert 200 <= counts.get("ukjent", 0) <= 357  # "a few hundred": no public register of this term's adoptions
    assert counts.get("mangler", 0) == 0  # no user register in the bundled data: absence is not a finding
    # Every municipality with an earlier term's public record shows it as the last registered, not as a status.
    old = df[df["planstrategi_siste"] != ""]
    assert len(old) >= 5 and set(old.status) == {"ukjent"} and (old.planstrategi_kilde == "").all()


def test_trondelag_municipalities_read_sensibly(real_graph: Graph) -> None:
    plans = plan_status(real_graph, config=CONFIG, county="50").set_index("kommunenummer")
    mg = plans.loc["5027"]  # Midtre Gauldal: a public page on its 2020 planstrategi
    assert (mg.status, mg.planstrategi_siste_periode) == ("ukjent", "2019–2023")
    card = render_frame(scorecard(real_graph, codes=["5026", "5033"], config=CONFIG), "nb")
    guidance = card[card.punkt.isin(["veiledning_fk", "veiledning_sf"])]
    assert set(guidance.status) == {UNKNOWN}  # no guidance register in the bundled data
    assert guidance.detaljer.str.startswith("ikke registrert").all()
    assert NOT_MET not in set(card[card.kilde == "ingen post"].status)  # no "not met" on no record
    need = render_frame(need_support(real_graph, county="50"), "nb").set_index("kommunenummer")
    for code in ("5026", "5033"):
        row = need.loc[code]
        assert "veiledning" in row.support_unassessed.split(", ") and pd.isna(row.contacts)
        assert {"small", "remote"} <= set(row.need_basis.split(", "))
        assert "low_capacity" not in row.need_basis  # no capacity register: left out of need
        assert not any(r.startswith("ingen veiledning") for r in row.reasons)


def test_real_cli_plans_status_ukjent_lists_them(real: Any) -> None:
    r = real("plans", "--county", "50", "--status", "ukjent")
    assert r.exit_code == 0, r.stderr
    assert "Status kjent for 0 av 38 kommuner; 38 ukjent" in r.stdout
    assert "2020-09-24 (forrige periode)" in r.stdout and "ikke registrert vedtatt" not in r.stdout
    sc = real("scorecard", "holtålen")
    assert "Oppfylt i " in sc.stdout and " kjente punkter; " in sc.stdout
    table = sc.stdout.split("\n\n")[0]
    assert " ukjent " in table and " ikke oppfylt " not in table  # guidance: not registered, not "not met"


def test_coverage_and_load_without_a_register_are_unknown() -> None:
    from dknet.analysis.gaps import coverage, guidance_load

    G = _graph([_contact("FK", "90", "9002")])
    cov = coverage(G).set_index("kommunenummer")
    assert cov.loc["9001", "fk_contacts"] == 0 and cov.loc["9001", "reached_by_fk"] is False  # a kept register
    assert pd.isna(cov.loc["9001", "sf_contacts"]) and cov.loc["9001", "reached_by_sf"] is None  # none kept
    assert pd.isna(cov.loc["9101", "fk_contacts"])
    load = guidance_load(G).set_index("id")
    assert load.loc["90", "registered"] and load.loc["90", "reached"] == 1
    assert "Austby" in load.loc["90", "not_reached"] and "Bergdal" not in load.loc["90", "not_reached"]
    assert not load.loc["91", "registered"] and pd.isna(load.loc["91", "reached"])
    assert load.loc["91", "not_reached"] == ""


def test_cut_off_and_broker_need_a_guidance_register() -> None:
    from dknet.analysis.gaps import structural_gaps

    bare = structural_gaps(_graph())
    assert not bare["kind"].isin(["cut_off", "single_broker"]).any()
    assert bare.attrs["unassessed_guidance"] == 6
    # With both offices keeping a register, the same graph is judged: nobody here has any contact.
    kept = structural_gaps(_graph([_contact("FK", "90", "9002"), _contact("SF", "sf-x", "9002")]))
    assert kept.attrs["unassessed_guidance"] == 2  # county 91's FK keeps none
    judged = set(kept[kept["kind"].isin(["cut_off", "single_broker"])]["kommunenummer"])
    assert judged and judged <= {"9001", "9002", "9003", "9004"}


def test_a_cited_office_is_a_fact_not_a_register() -> None:
    """A public page proves an office exists, not that there is no other: no 'not met' from it."""
    t = tiny_tables()  # Dalsnes and Fjellvik share pk-1 (the user's records)
    t["plankontor_medlemmer"] = t["plankontor_medlemmer"].assign(source="curated web (see source_url)")
    G = build_graph(t)
    assert registers(G).offices == frozenset()
    card = scorecard(G, config=CONFIG).set_index(["kommunenummer", "punkt"])
    assert card.loc[("9003", "plansamarbeid"), "status"] == MET  # the cited membership still counts
    assert card.loc[("9001", "plansamarbeid"), "status"] == UNKNOWN  # was "not met" on the user's records
    user = scorecard(build_graph(tiny_tables()), config=CONFIG).set_index(["kommunenummer", "punkt"])
    assert user.loc[("9001", "plansamarbeid"), "status"] == NOT_MET
