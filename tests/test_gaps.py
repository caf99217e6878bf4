"""Guidance gaps on small hand-checkable graphs, and on the bundled data through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import demo_page

from dknet.analysis.gaps import (
    coverage,
    guidance_load,
    load_gap_config,
    need_support,
    structural_gaps,
    what_if,
)
from dknet.analysis.gaps.structural import KINDS
from dknet.cli import cli
from dknet.errors import ConfigError, DknetError
from dknet.examples import tiny_tables
from dknet.graph import Graph, build_graph
from dknet.present.render import render_frame


def _graph(arenas: list[dict], members: list[tuple[str, str]], guidance: list[tuple[str, str, str, int]]) -> Graph:
    """The tiny graph with the given arenas, memberships and guidance contacts (from_type, from_id, kommune, year)."""
    t = tiny_tables()
    t["plankontor"] = t["plankontor"].iloc[0:0]
    t["plankontor_medlemmer"] = t["plankontor_medlemmer"].iloc[0:0]
    # The test networks run: their records say so (an arena without status or end year is unknown, not running).
    t["arenaer"] = pd.DataFrame(
        [{"source": "test", "status": "aktiv", **a} for a in arenas], columns=t["arenaer"].columns
    )
    t["arena_medlemmer"] = pd.DataFrame(
        [{"arena_id": a, "kommunenummer": k, "source": "test"} for a, k in members],
        columns=t["arena_medlemmer"].columns,
    )
    t["veiledning"] = pd.DataFrame(
        [
            {
                "veiledning_id": f"v{i}",
                "fra_type": ft,
                "fra_id": fi,
                "kommunenummer": k,
                "aar": y,
                "form": "møte",
                "antall": 1,
                "source": "test",
            }
            for i, (ft, fi, k, y) in enumerate(guidance)
        ],
        columns=t["veiledning"].columns,
    )
    return build_graph(t)


def _kinds(df: pd.DataFrame, kind: str) -> list[str]:
    return sorted(df[df.kind == kind].kommunenummer)


def _star() -> Graph:
    """FK guides only Austby (the hub); Bergdal and Dalsnes reach FK only through the network they share with it."""
    return _graph(
        [{"arena_id": "star", "navn": "Stjernenettverket", "type": "nettverk"}],
        [("star", "9001"), ("star", "9002"), ("star", "9003")],
        [
            ("FK", "90", "9001", 2026),
            ("FK", "91", "9101", 2026),
            ("FK", "91", "9102", 2026),
            ("SF", "sf-x", "9004", 2026),
        ],
    )


def test_star_with_one_broker() -> None:
    s = render_frame(structural_gaps(_star()), "en")
    assert _kinds(s, "single_broker") == ["9002", "9003"]
    assert all("only through Stjernenettverket" in d for d in s[s.kind == "single_broker"].detail)
    assert _kinds(s, "cut_off") == []


def test_disconnected_arena_is_cut_off_from_fk_and_sf() -> None:
    # Dalsnes and Fjellvik meet only in a network nobody organises, and get no guidance.
    G = _graph(
        [{"arena_id": "island", "navn": "Øynettverket", "type": "nettverk"}],
        [("island", "9003"), ("island", "9004")],
        [
            ("FK", "90", "9001", 2025),
            ("FK", "90", "9002", 2025),
            ("SF", "sf-x", "9101", 2025),
            ("SF", "sf-x", "9102", 2025),
        ],
    )
    s = render_frame(structural_gaps(G), "en")
    assert _kinds(s, "cut_off") == ["9003", "9004"]
    # The others are in no office, network or forum at all.
    assert _kinds(s, "isolated") == ["9001", "9002", "9101", "9102"]


def test_high_need_and_no_contacts_ranks_first_with_reasons() -> None:
    # Nordøy: 1 200 inhabitants, class 6, the oldest profile, and no contact at all.
    G = _graph(
        [], [], [("FK", "90", c, 2026) for c in ("9001", "9002", "9003", "9004")] + [("SF", "sf-x", "9102", 2025)]
    )
    df = render_frame(need_support(G), "en")
    top = df.iloc[0]
    assert (top.kommunenummer, top["rank"]) == ("9101", 1)
    assert "no guidance from FK or SF since 2023 (none recorded)" in top.reasons
    assert "small: 1,200 inhabitants" in top.reasons and "remote: centrality class 6" in top.reasons
    nb = render_frame(need_support(G), "nb").iloc[0]
    assert "liten: 1 200 innbyggere" in nb.reasons  # the one number formatter: a space in nb, a comma in en
    assert df.gap.is_monotonic_decreasing
    assert df[["need", "support"]].apply(lambda c: c.between(0, 1).all()).all()


def test_coverage_and_load_by_hand() -> None:
    G = _graph(
        [],
        [],
        [
            ("FK", "90", "9001", 2026),
            ("FK", "90", "9001", 2025),
            ("FK", "90", "9002", 2024),
            ("FK", "90", "9003", 2019),
            ("SF", "sf-x", "9101", 2026),
        ],
    )
    cov = coverage(G).set_index("kommunenummer")
    assert cov.loc["9001", "fk_contacts"] == 2 and cov.loc["9003", "fk_contacts"] == 0  # 2019 is outside 2023–2026
    assert cov.loc["9003", "last_contact"] == 2019
    load = guidance_load(G).set_index("id")
    fk = load.loc["90"]
    assert (fk.municipalities, fk.reached, fk.contacts) == (4, 2, 3)
    assert fk.hhi == pytest.approx((2 / 3) ** 2 + (1 / 3) ** 2)
    assert fk.not_reached == "Dalsnes, Fjellvik"
    sf = load.loc["sf-x"]
    assert (sf.municipalities, sf.reached) == (6, 1)


def test_what_if_a_plan_office_closes_the_gap_for_its_members() -> None:
    before = _graph([], [], [("FK", "90", "9001", 2026)])
    t = tiny_tables()
    after_tables = dict(t)
    after_tables["plankontor_medlemmer"] = pd.DataFrame(
        [
            {"plankontor_id": "pk-1", "kommunenummer": k, "rolle": r, "source": "assumed"}
            for k, r in (("9003", "vert"), ("9004", "deltaker"), ("9101", "deltaker"))
        ]
    )
    after_tables["veiledning"] = pd.DataFrame(
        [
            {
                "veiledning_id": "v0",
                "fra_type": "FK",
                "fra_id": "90",
                "kommunenummer": "9001",
                "aar": 2026,
                "form": "møte",
                "antall": 1,
                "source": "test",
            }
        ]
    )
    after = build_graph(after_tables)
    df, summary = what_if(before, after, top=6)
    changed = df.set_index("kommunenummer")["change"]
    assert (changed[["9003", "9004", "9101"]] < 0).all()
    assert summary["mean_gap_after"] < summary["mean_gap_before"]
    assert summary["isolated_after"] == summary["isolated_before"] - 3


def test_does_not_mutate_the_graph(graph) -> None:  # type: ignore[no-untyped-def]
    before = (graph.number_of_nodes(), graph.number_of_edges())
    need_support(graph, county="50")
    structural_gaps(graph, county="50")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == before


def test_unknown_county_in_library() -> None:
    with pytest.raises(DknetError, match="no municipalities match county '99'"):
        need_support(_graph([], [], []), county="99")


def test_invalid_gap_config(tmp_path: Path) -> None:
    p = tmp_path / "g.toml"
    p.write_text("[need]\nsmal = 1\n[support]\nplan_office = -1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_gap_config(p)
    assert "unknown need indicator 'smal'" in str(e.value) and "plan_office must be a number ≥ 0" in str(e.value)


# --- CLI on the bundled data ---------------------------------------------------------------------


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_gaps_for_trondelag_by_name() -> None:
    r = run("gaps", "--county", "Trøndelag", "--top", "5")
    assert r.exit_code == 0, r.stderr
    lines = demo_page(r.stdout).splitlines()
    assert lines[0].split()[:6] == ["nr.", "kommunenummer", "navn", "fylkesnr.", "behov", "støtte"]
    assert len([ln for ln in lines[2:] if ln[:4].strip().isdigit()]) == 5
    assert re.match(r"\s*1\s+50\d\d\s+\S.*\s0,\d+\s+0,\d+\s+0,\d+\s", lines[2])  # need, support, gap: decimal comma
    assert lines[-1].startswith("Merk: veiledningskontakter, planer") and "illustrative poster" in lines[-1]
    en = demo_page(run("gaps", "--county", "Trøndelag", "--top", "5", "--lang", "en").stdout).splitlines()
    assert en[0].split()[:6] == ["rank", "municipality", "no.", "name", "county", "no."]


@pytest.mark.parametrize("kind", ["structural", "coverage", "load"])
def test_every_kind_as_json(kind: str) -> None:
    doc = json.loads(run("gaps", "--county", "50", "--kind", kind, "--format", "json").stdout)
    assert doc["kind"] == kind and doc["rows"]


def test_gaps_per_sf_office_by_county_name() -> None:
    doc = json.loads(run("gaps", "--sf", "Finnmark", "--kind", "load", "--format", "json").stdout)
    assert {r["id"] for r in doc["rows"]} == {"55", "56", "troms-og-finnmark"}


def test_unknown_county_and_office_are_clear_errors() -> None:
    r = run("gaps", "--county", "Vikenn")
    assert r.exit_code == 1 and r.stderr.startswith("Feil: Fant ikke noe fylke som passer til «Vikenn»")
    r = run("gaps", "--sf", "Statsforvalteren i Narnia")
    assert r.exit_code == 1 and r.stderr.startswith("Feil: Fant ikke noe statsforvalterembete som passer til")


def test_what_if_with_an_assumed_plan_office(tmp_path: Path) -> None:
    (tmp_path / "plankontor.csv").write_text(
        "plankontor_id,navn,form,status,fra_aar\nnytt,Plankontor Leka–Tydal–Lierne,virtuelt,aktiv,2026\n",
        encoding="utf-8",
    )
    (tmp_path / "plankontor_medlemmer.csv").write_text(
        "plankontor_id,kommunenummer,rolle\nnytt,Leka,vert\nnytt,Tydal,deltaker\nnytt,Lierne,deltaker\n",
        encoding="utf-8",
    )
    # Without arenas (an empty register in replace mode) Leka, Tydal and Lierne are isolated; the office joins them.
    no_arenas = tmp_path / "no-arenas"
    no_arenas.mkdir()
    (no_arenas / "arena_medlemmer.csv").write_text("arena_id,kommunenummer\n", encoding="utf-8")
    args = ["gaps", "--county", "50", "--assume", str(tmp_path), "--format", "json"]
    doc = json.loads(run(*args, "--data", str(no_arenas), "--data-mode", "replace").stdout)
    rows = {r["kommunenummer"]: r for r in doc["rows"]}
    for code in ("5052", "5033", "5042"):  # Leka, Tydal, Lierne
        assert rows[code]["gap_after"] < rows[code]["gap_before"]
    assert doc["what_if"]["isolated_after"] < doc["what_if"]["isolated_before"]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "plankontor_medlemmer.csv").write_text(
        "plankontor_id,kommunenummer,rolle\nnope,Leka,vert\n", encoding="utf-8"
    )
    r = run("gaps", "--county", "50", "--assume", str(bad))
    assert r.exit_code == 3 and "verdi «nope»" in r.stderr


def _loose(**structural: float) -> object:
    import dataclasses

    c = load_gap_config()
    return dataclasses.replace(c, structural={**c.structural, **structural})


def test_similar_pair_across_a_county_boundary_until_they_share_an_arena() -> None:
    # Fjellvik (county 90) and Nordøy (county 91) share a border; their similarity is 0.43, so with a
    # threshold of 0.4 they are a pair.
    G = _graph([], [], [("FK", "90", "9001", 2026)])
    s = render_frame(structural_gaps(G, config=_loose(similar_pair_min_similarity=0.4)), "en")  # type: ignore[arg-type]
    pairs = s[s.kind == "similar_across_boundary"]
    assert "9004 – 9101" in set(pairs.kommunenummer)
    assert "across a county boundary" in pairs.set_index("kommunenummer").loc["9004 – 9101", "detail"]
    # Same SF office for both counties in the tiny graph: a county boundary, not an SF boundary.
    H = _graph(
        [{"arena_id": "x", "navn": "Grensenettverket", "type": "nettverk"}],
        [("x", "9004"), ("x", "9101")],
        [("FK", "90", "9001", 2026)],
    )
    s2 = render_frame(structural_gaps(H, config=_loose(similar_pair_min_similarity=0.4)), "en")  # type: ignore[arg-type]
    assert "9004 – 9101" not in set(s2[s2.kind == "similar_across_boundary"].kommunenummer)


def test_left_out_of_a_regional_plan() -> None:
    t = tiny_tables()
    t["regionale_planer"] = pd.DataFrame(
        [{"regionalplan_id": "rp", "navn": "Regional plan for Dalen", "fylkesnummer": "90", "source": "test"}]
    )
    t["regionalplan_dekning"] = pd.DataFrame(
        [{"regionalplan_id": "rp", "kommunenummer": k, "source": "test"} for k in ("9002", "9003")]
    )
    G = build_graph(t)
    s = render_frame(structural_gaps(G, config=_loose(regional_plan_min_similarity=0.0)), "en")  # type: ignore[arg-type]
    left = s[s.kind == "left_out_of_regional_plan"]
    # Austby and Fjellvik border covered municipalities in county 90; Nordøy is in another county.
    assert sorted(left.kommunenummer) == ["9001", "9004"]
    assert all("not covered by Regional plan for Dalen" in d for d in left.detail)
    strict = render_frame(structural_gaps(G, config=_loose(regional_plan_min_similarity=1.0)), "en")  # type: ignore[arg-type]
    assert (strict.kind == "left_out_of_regional_plan").sum() == 0


def test_a_single_tie_is_the_most_constrained() -> None:
    G = _graph(
        [{"arena_id": "star", "navn": "Stjernenettverket", "type": "nettverk"}],
        [("star", "9001"), ("star", "9002"), ("star", "9003")],
        [
            ("FK", "90", "9001", 2026),
            ("FK", "90", "9004", 2026),
            ("SF", "sf-x", "9004", 2026),
            ("FK", "91", "9101", 2026),
            ("SF", "sf-x", "9101", 2026),
            ("FK", "91", "9102", 2026),
            ("SF", "sf-x", "9102", 2026),
        ],
    )
    s = render_frame(structural_gaps(G), "en")
    constrained = s[s.kind == "constrained"].set_index("kommunenummer")
    assert {"9002", "9003"} <= set(constrained.index)
    assert constrained.loc["9002", "score"] == pytest.approx(1.0)
    assert "effective size 1.0" in constrained.loc["9002", "detail"]


def test_vectorised_burt_measures_equal_networkx() -> None:
    import math

    import networkx as nx

    from dknet.analysis.gaps.structural import burt

    G = nx.relabel_nodes(nx.gnm_random_graph(60, 150, seed=4), lambda i: f"n{i}")
    G.add_node("alone")
    c, e = burt(G, list(G))
    for n, value in nx.constraint(G).items():
        assert (math.isnan(value) and math.isnan(c[n])) or c[n] == pytest.approx(value, abs=1e-12), n
    for n, value in nx.effective_size(G).items():
        assert (math.isnan(value) and math.isnan(e[n])) or e[n] == pytest.approx(value, abs=1e-12), n


# --- structural details in the reader's language ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "broker", "isolated", "constrained"),
    [
        (
            "nb",
            "når FK og SF bare gjennom Stjernenettverket (arena), deretter Austby (kommune)",
            "ikke med i noe plankontor, plannettverk, planforum eller regionråd",
            "begrensning (Burt) 1,00, blant de 10 % høyeste; det tilsvarer 1,0 uavhengige kontakter",
        ),
        (
            "nn",
            "når FK og SF berre gjennom Stjernenettverket (arena), deretter Austby (kommune)",
            "ikkje med i noko plankontor, plannettverk, planforum eller regionråd",
            "avgrensing (Burt) 1,00, blant dei 10 % høgaste; det svarar til 1,0 uavhengige kontaktar",
        ),
        (
            "en",
            "reaches FK and SF only through Stjernenettverket (arena), then Austby (municipality)",
            "in no plan office, planning network, forum or regional council",
            "Burt's constraint 1.00 (top decile), effective size 1.0",
        ),
    ],
)
def test_structural_details_in_three_languages(lang: str, broker: str, isolated: str, constrained: str) -> None:
    s = render_frame(structural_gaps(_star()), lang)  # type: ignore[arg-type]
    detail = s.groupby("kind")["detail"].first()
    assert detail["single_broker"] == broker
    assert detail["isolated"] == isolated
    assert constrained in s.set_index("kommunenummer").query("kind == 'constrained'").loc["9002", "detail"]
    assert set(s.kind) <= set(KINDS)  # the kinds stay machine values in every language


@pytest.mark.parametrize(
    ("lang", "similar", "left_out"),
    [
        (
            "nb",
            "likhet 0,40, nabokommuner på hver sin side av fylkesgrensen, uten felles arena eller plankontor",
            "ikke dekket av Regional plan for Dalen, men grenser til planområdet; "
            "median likhet med de 2 kommunene planen dekker: 0,",
        ),
        (
            "nn",
            "likskap 0,40, nabokommunar på kvar si side av fylkesgrensa, utan felles arena eller plankontor",
            "ikkje dekt av Regional plan for Dalen, men grensar til planområdet; "
            "median likskap med dei 2 kommunane planen dekkjer: 0,",
        ),
        (
            "en",
            "similarity 0.40, neighbours across a county boundary; no shared arena or office",
            "not covered by Regional plan for Dalen, though it borders the plan area; "
            "median similarity to the 2 covered municipalities: 0.",
        ),
    ],
)
def test_pairs_and_regional_plans_in_three_languages(lang: str, similar: str, left_out: str) -> None:
    t = tiny_tables()
    t["regionale_planer"] = pd.DataFrame(
        [{"regionalplan_id": "rp", "navn": "Regional plan for Dalen", "fylkesnummer": "90", "source": "test"}]
    )
    t["regionalplan_dekning"] = pd.DataFrame(
        [{"regionalplan_id": "rp", "kommunenummer": k, "source": "test"} for k in ("9002", "9003")]
    )
    loose = _loose(similar_pair_min_similarity=0.4, regional_plan_min_similarity=0.0)
    s = render_frame(structural_gaps(build_graph(t), config=loose), lang)  # type: ignore[arg-type]
    rows = s.set_index("kommunenummer")
    assert rows.loc["9004 – 9101", "detail"] == similar
    assert rows.query("kind == 'left_out_of_regional_plan'").loc["9001", "detail"].startswith(left_out)


def test_structural_gaps_for_people_and_for_programs() -> None:
    """The table and the Excel CSV name the kinds in the language; JSON and the standard CSV keep machine values."""
    table = run("gaps", "--county", "Finnmark", "--kind", "structural").stdout
    assert "mest begrenset (Burt)" in table and "constrained" not in table
    nn = run("gaps", "--county", "Finnmark", "--kind", "structural", "--lang", "nn", "--format", "csv").stdout
    assert "mest avgrensa (Burt)" in nn and "2,0 uavhengige kontaktar (effektiv storleik)" in nn
    # Similar neighbours across a county border: Buskerud's (Drammen, Lier and Asker in Akershus)
    assert "på hver sin side av fylkesgrensen" in run("gaps", "--county", "Buskerud", "--kind", "structural").stdout
    doc = json.loads(run("gaps", "--county", "Buskerud", "--kind", "structural", "--format", "json").stdout)
    assert doc["kind"] == "structural" and set(doc["rows"][0]) == {"kind", "kommunenummer", "navn", "detail", "score"}
    assert {r["kind"] for r in doc["rows"]} <= set(KINDS) and all(isinstance(r["score"], float) for r in doc["rows"])
    across = [r for r in doc["rows"] if r["kind"] == "similar_across_boundary"]
    assert across and "likhet 0,9" in across[0]["detail"]  # the detail is a sentence for people, in --lang
    standard = run(
        "gaps", "--county", "Buskerud", "--kind", "structural", "--csv-dialect", "standard", "--format", "csv"
    )
    assert standard.stdout.startswith("kind,kommunenummer,navn,detail,score\nsingle_broker,")
    assert "\nsimilar_across_boundary," in standard.stdout
