"""Partner suggestions: purpose, sea neighbours, running cooperations, hidden partners, reasons, determinism.

Mechanics on small hand-made graphs (dknet.examples.tiny_tables, changed per test); the national
guarantees (no office suggestion beyond the cap, every island gets its sea neighbours) on the
bundled data.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pandas as pd
import pytest

from dknet.analysis.cooperation import state
from dknet.analysis.partners import PARTNER_COLUMNS, all_partners, suggest_partners
from dknet.analysis.profiles import load_config
from dknet.analysis.validation import holdout_hits, known_cooperations, recall_table
from dknet.errors import DknetError
from dknet.examples import tiny_tables
from dknet.graph import Graph, build_graph
from dknet.present.render import render_frame
from dknet.schema import ILLUSTRATIVE


def _graph(**changes: Any) -> Graph:
    t = tiny_tables()
    for name, df in changes.items():
        t[name] = df
    return build_graph(t)


def _office(status: str, *, source: str = "example", til: int | None = None) -> dict[str, pd.DataFrame]:
    office = {"plankontor_id": "pk-1", "navn": "Dalsnes plankontor", "form": "vertskommune", "status": status}
    office |= {"fra_aar": 2020, "til_aar": til, "source": source}
    members = [
        {"plankontor_id": "pk-1", "kommunenummer": k, "rolle": r, "source": source}
        for k, r in (("9003", "vert"), ("9004", "deltaker"))
    ]
    return {"plankontor": pd.DataFrame([office]), "plankontor_medlemmer": pd.DataFrame(members)}


# --- purpose and geography -----------------------------------------------------------------------


def _far_tables() -> dict[str, pd.DataFrame]:
    """The tiny graph plus a seventh municipality, far away, with Bergdal's profile."""
    t = tiny_tables()
    far = t["kommuner"].iloc[[1]].assign(kommunenummer="9201", navn="Fjernvik", fylkesnummer="91", lat=69.5, lon=25.0)
    t["kommuner"] = pd.concat([t["kommuner"], far], ignore_index=True)
    return t


def test_office_purpose_keeps_to_neighbours_and_the_cap_network_does_not() -> None:
    G = build_graph(_far_tables())
    office = render_frame(suggest_partners(G, "9002", purpose="office", top=10), "en")
    network = render_frame(suggest_partners(G, "9002", purpose="network", top=10), "en")
    assert "9201" not in set(office.kommunenummer)  # ~700 km away, no border
    assert network.iloc[0].kommunenummer == "9201"  # the same profile: the best peer anywhere
    assert network.iloc[0].distance_km > 600
    assert (office.distance_km <= 75).all() or (office.neighbour != "").all()
    assert office.attrs["purpose"] == "office" and network.attrs["purpose"] == "network"


def test_sea_neighbours_are_candidates_and_said() -> None:
    sea = pd.DataFrame([{"kommune_a": "9001", "kommune_b": "9102", "avstand_km": 12.5, "source": "example"}])
    G = _graph(sjonaboer=sea)
    df = render_frame(suggest_partners(G, "9001", top=10, within="neighbours", include_existing=True), "en")
    row = df.set_index("kommunenummer").loc["9102"]
    assert row.neighbour == "sjø" and row.gap_km == 12.5
    assert any(
        "across open water, no ferry, bridge, tunnel or boat in the data (12 km in a straight line)" in r
        for r in row.reasons
    )
    land_only = render_frame(suggest_partners(G, "9001", top=10, within="land-neighbours"), "en")
    assert "9102" not in set(land_only.kommunenummer)


def test_no_candidate_is_explained_in_one_sentence() -> None:
    t = tiny_tables()
    t["grenser"] = t["grenser"].iloc[0:0]
    G = build_graph(t)
    df = render_frame(suggest_partners(G, "9001", within="neighbours"), "en")
    assert df.empty
    assert df.attrs["empty_reason"] == "Austby has no land or sea neighbour in the data; try a distance in km instead."


# --- running means running: one rule (dknet.analysis.cooperation) -------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"status": "aktiv", "fra_aar": 2020}, "running"),
        ({"status": "aktiv", "fra_aar": 2020, "til_aar": 2025}, "ended"),
        ({"status": "avsluttet"}, "ended"),
        ({"status": "ukjent", "fra_aar": 1977}, "running"),  # cited, no end year: running (Plankontoret, Berkåk)
        ({"fra_aar": 2019}, "running"),  # cited, end unknown: running, last confirmed as the source says
        ({"fra_aar": 2019, "til_aar": 2026}, "running"),  # end year still to come
        ({"fra_aar": 2027, "status": "aktiv"}, "unknown"),  # not started yet
        ({"status": "aktiv", "fra_aar": 2020, "source": ILLUSTRATIVE}, "generated"),  # never existing
        ({"status": "avsluttet", "source": ILLUSTRATIVE}, "generated"),
    ],
)
def test_cooperation_state(record: dict[str, Any], expected: str) -> None:
    assert state(record, 2026) == expected


def test_an_illustrative_membership_of_a_cited_office_is_generated() -> None:
    office = {"status": "ukjent", "fra_aar": 1977, "source": "curated web"}
    assert state(office, 2026, membership={"source": ILLUSTRATIVE}) == "generated"
    assert state(office, 2026, membership={"source": "user"}) == "running"


def test_a_running_cited_cooperation_hides_the_partner_and_says_so() -> None:
    G = _graph(**_office("ukjent"))  # status unknown, no end year: running by the rule
    df = render_frame(suggest_partners(G, "9003", top=10), "en")
    assert "9004" not in set(df.kommunenummer)
    assert df.attrs["hidden"] == [
        {
            "kommunenummer": "9004",
            "navn": "Fjellvik",
            "samarbeid": "Dalsnes plankontor",
            "periode": "2020–",
            "sist_bekreftet": None,
            "source": "example",
            "source_url": None,
        }
    ]
    shown = render_frame(suggest_partners(G, "9003", top=10, include_existing=True), "en").set_index("kommunenummer")
    assert bool(shown.loc["9004", "existing"])
    said = shown.loc["9004", "reasons"]
    assert "both in Dalsnes plankontor (running since 2020, last confirmed unknown; source example)" in said


def test_the_reason_names_the_year_the_source_last_confirmed_it() -> None:
    t = _office("aktiv")
    t["plankontor"] = t["plankontor"].assign(sist_bekreftet=2024, source_url="https://www.plankontoret.net/om-oss/")
    G = _graph(**t)
    df = render_frame(suggest_partners(G, "9003", top=10, include_existing=True), "nb").set_index("kommunenummer")
    assert df.attrs["hidden"] == []
    expected = "begge i Dalsnes plankontor (løpende siden 2020, sist bekreftet 2024; kilde plankontoret.net)"
    assert expected in df.loc["9004", "reasons"]


@pytest.mark.parametrize("status", ["aktiv", "ukjent"])
def test_a_generated_cooperation_is_never_existing(status: str) -> None:
    G = _graph(**_office(status, source=ILLUSTRATIVE))
    df = render_frame(suggest_partners(G, "9003", top=10), "en").set_index("kommunenummer")
    assert "9004" in df.index and df.attrs["hidden"] == []
    assert not bool(df.loc["9004", "existing"]) and bool(df.loc["9004", "illustrative"])
    assert "both in Dalsnes plankontor (generated, does not count as cooperation)" in df.loc["9004", "reasons"]


@pytest.mark.parametrize(("status", "til"), [("avsluttet", 2016), ("aktiv", 2022), ("ukjent", 2023)])
def test_ended_cooperations_do_not_hide(status: str, til: int | None) -> None:
    G = _graph(**_office(status, til=til))
    df = render_frame(suggest_partners(G, "9003", top=10), "en").set_index("kommunenummer")
    assert "9004" in df.index and df.attrs["hidden"] == []
    assert not bool(df.loc["9004", "existing"])
    said = "; ".join(df.loc["9004", "reasons"])
    assert "both in Dalsnes plankontor (running" not in said
    assert f"cooperated before in Dalsnes plankontor (2020–{til})" in said


# --- reasons -------------------------------------------------------------------------------------


def test_a_size_difference_is_never_offered_as_a_reason() -> None:
    G = build_graph(tiny_tables())
    df = render_frame(suggest_partners(G, "9002", top=10, purpose="network"), "en").set_index("kommunenummer")
    austby = df.loc["9001", "reasons"]  # 25 000 vs 2 100 inhabitants
    assert not any("inhabitants" in r for r in austby)


def test_a_statement_most_pairs_share_is_not_a_reason(graph) -> None:  # type: ignore[no-untyped-def]
    # Centrality class 6 is shared by many pairs nationally; a reason only when rarer than 20 % of pairs.
    from dknet.analysis.reasons import BASE_RATE, ReasonContext
    from dknet.analysis.scoring import pair_table

    config = load_config()
    ctx = ReasonContext.build(graph, pair_table(graph, config=config), config)
    assert all(0 <= r <= 1 for r in ctx.class_rate.values())
    df = render_frame(suggest_partners(graph, "5026", top=10), "nb")
    said = [r for reasons in df.reasons for r in reasons]
    if ctx.class_rate.get(6, 1.0) > BASE_RATE:
        assert not any(r.startswith("sentralitetsklasse 6") for r in said)
    assert not any(r == "ikke noe plansamarbeid i dag" for r in said)  # true of almost every pair


def test_reasons_that_rest_on_illustrative_values_say_so(graph) -> None:  # type: ignore[no-untyped-def]
    # only the plan theme, so that plan ages and FTE are among the reasons given
    only_plan = {theme: 0.0 for theme in ("demografi", "bosetting", "okonomi", "natur", "samisk", "nettverk")}
    df = render_frame(suggest_partners(graph, "5026", top=10, config=load_config().with_weights(only_plan)), "nb")
    plan_reasons = [r for rs in df.reasons for r in rs if r.startswith(("planårsverk", "samfunnsdel", "arealdel"))]
    assert plan_reasons, "expected at least one plan or FTE reason among Holtålen's suggestions"
    for r in plan_reasons:  # capacity is illustrative everywhere; plan ages are where no curated record exists
        if r.startswith("planårsverk"):
            assert r.endswith("(illustrativt)")
    assert df["illustrative"].all()  # planning FTE is illustrative for every municipality


# --- national guarantees (bundled data) ------------------------------------------------------------


@pytest.fixture(scope="module")
def everyone(graph):  # type: ignore[no-untyped-def]
    return render_frame(all_partners(graph, purpose="office", top=10), "en")


@pytest.fixture(scope="module")
def shared(graph):  # type: ignore[no-untyped-def]
    """One pair table and reason context for many suggest_partners calls on the bundled graph."""
    from dknet.analysis.reasons import ReasonContext
    from dknet.analysis.scoring import pair_table

    config = load_config()
    table = pair_table(graph, config=config)
    return {"table": table, "reason_context": ReasonContext.build(graph, table, config)}


def test_office_suggestions_never_lie_beyond_the_cap(everyone) -> None:  # type: ignore[no-untyped-def]
    cap = load_config().purposes["office"].max_km
    assert everyone.kommune.nunique() == 357
    beyond = everyone[(everyone.neighbour == "") & (everyone.distance_km > cap)]
    assert beyond.empty, beyond[["kommune", "navn", "distance_km"]].head()


def test_every_island_gets_its_sea_neighbours(graph, everyone, shared) -> None:  # type: ignore[no-untyped-def]
    land = {d["key"] for u, _, e in graph.edges(data=True) if e["type"] == "BORDERS" for d in [graph.nodes[u]]}
    islands = sorted(graph.nodes[n]["key"] for n, d in graph.nodes(data=True) if d["label"] == "Municipality")
    islands = [c for c in islands if c not in land]
    assert len(islands) == 26
    for code in islands:
        sea = render_frame(
            suggest_partners(graph, code, top=20, within="neighbours", include_existing=True, **shared), "en"
        )
        assert not sea.empty and sea.neighbour.isin(["sjø", "ferje", "fast", "båt"]).all(), code
        top = everyone[everyone.kommune == code]
        assert top.neighbour.isin(["sjø", "ferje", "fast", "båt"]).any(), code


def test_columns_ranks_and_order(graph) -> None:  # type: ignore[no-untyped-def]
    # Holtålen's four fellow members of Plankontoret (Berkåk) are hidden: nine candidates remain within 75 km
    df = render_frame(suggest_partners(graph, "5026", top=10), "en")
    assert list(df.columns) == list(PARTNER_COLUMNS)
    assert df["rank"].tolist() == list(range(1, 10))
    assert len(df.attrs["hidden"]) == 4
    assert df["score"].is_monotonic_decreasing
    assert df[["score", "similarity", "feasibility", "context"]].apply(lambda c: c.between(0, 1).all()).all()


@pytest.mark.parametrize("within", ["county", "km:60", "ba-region", "sf"])
def test_within_restricts_candidates(graph, within: str) -> None:  # type: ignore[no-untyped-def]
    df = render_frame(suggest_partners(graph, "5026", top=50, within=within, include_existing=True), "en")
    assert not df.empty
    nodes = graph.nodes
    if within == "km:60":
        assert (df.distance_km <= 60).all()
    elif within == "ba-region":
        assert {nodes[f"kommune:{k}"]["ba_region"] for k in df.kommunenummer} == {"94 Røros"}
    else:
        assert {nodes[f"kommune:{k}"]["fylkesnummer"] for k in df.kommunenummer} == {"50"}


def test_bad_within_and_purpose_are_clear_errors(graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DknetError, match="within='km:abc' is not understood"):
        suggest_partners(graph, "5026", within="km:abc")
    with pytest.raises(DknetError, match="purpose='ferry' is not understood"):
        suggest_partners(graph, "5026", purpose="ferry")  # type: ignore[arg-type]


def test_does_not_mutate_the_graph(graph) -> None:  # type: ignore[no-untyped-def]
    before = (graph.number_of_nodes(), graph.number_of_edges())
    render_frame(suggest_partners(graph, "5026", exclude_groups=frozenset({"arena:distriktskommune-3-0"})), "en")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == before


_SCRIPT = (
    "import json; from dknet.cache import build; from dknet.analysis.partners import suggest_partners;"
    "from dknet.present.render import render_frame;"
    "G = build(); df = render_frame(suggest_partners(G, '1835', purpose='network', top=8), 'en');"
    "print(json.dumps([df.kommunenummer.tolist(), df.reasons.tolist(), df.score.round(12).tolist()]))"
)


def test_same_answer_in_separate_processes_whatever_the_hash_seed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    outs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DKNET_CACHE_DIR": str(tmp_path / seed)}
        run = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, check=True)
        outs.append(json.loads(run.stdout))
    assert outs[0] == outs[1]


def test_holdout_on_the_tiny_graph() -> None:
    G = build_graph(tiny_tables())
    assert [(n, m) for n, _, m in known_cooperations(G)] == [("plankontor:pk-1", ["9003", "9004"])]
    hits = holdout_hits(G, ks=(1, 3))
    full = hits[hits.scoring == "full"]
    assert sorted(zip(full.a, full.b, strict=True)) == [("9003", "9004"), ("9004", "9003")]
    assert full["hit@3"].all()  # neighbours with similar profiles: found once the office is held out
    table = recall_table(hits, ks=(1, 3), n_candidates=5)
    assert set(table.columns) >= {"recall@1", "recall@3", "chance@3", "pairs"}


def test_a_standing_area_is_named_without_a_status_and_a_narrow_strait_reads_under_1_km() -> None:
    area = pd.DataFrame(
        [{"arena_id": "sami", "navn": "Forvaltningsområdet for samiske språk", "type": "annet", "fra_aar": 1992}]
    ).assign(source="example")
    members = pd.DataFrame([{"arena_id": "sami", "kommunenummer": k, "source": "example"} for k in ("9001", "9102")])
    sea = pd.DataFrame([{"kommune_a": "9001", "kommune_b": "9102", "avstand_km": 0.3, "source": "example"}])
    G = _graph(arenaer=area, arena_medlemmer=members, sjonaboer=sea)
    df = render_frame(suggest_partners(G, "9001", top=10, within="neighbours"), "en").set_index("kommunenummer")
    reasons = df.loc["9102", "reasons"]
    assert "both in Forvaltningsområdet for samiske språk" in reasons
    assert not any("status unknown" in r for r in reasons)
    assert "neighbours across a narrow sound (under 1 km of water)" in reasons
    assert df.loc["9102", "gap_km"] == 0.3 and pd.isna(df.loc["9002", "gap_km"])  # land neighbour: no gap
