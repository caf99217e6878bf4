"""Parity against a real Neo4j: each named query returns the same table as dknet's local analysis.

Run on the bundled graph (all of Norway) and on the small hand-made graph. Tables are compared
with pandas' assert_frame_equal (same columns, order, dtypes, values); ``distance_km`` within
1e-6 relative; ``neighbourhood`` on the projection (type, direction, other end, name, source).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

import pandas as pd
import pytest
from click.testing import CliRunner
from neo4j_fixture import Neo4jTarget, neo4j_target, small_graph, wipe  # noqa: F401
from neo4j_reference import COVERAGE_COLUMNS, FEASIBILITY_COLUMNS, feasibility_table, guidance_coverage, office_members

from dknet import overview
from dknet.cli.graphdb import neo4j as neo4j_group
from dknet.graph import Graph, nodes_of
from dknet.graphdb.connection import Neo4jRunner
from dknet.graphdb.push import push
from dknet.graphdb.queries import run_named_query
from dknet.schema import LABELS_BY_NAME, RELS_BY_NAME, Label

pytestmark = pytest.mark.neo4j


def check_partner_candidates(G: Graph, runner: Neo4jRunner, code: str, purpose: str = "office") -> None:
    local = feasibility_table(G, code, purpose=purpose)
    params = {"kommunenummer": code, "anywhere": purpose == "network"}
    remote = run_named_query(runner, "partner_candidates", params)
    assert list(remote.columns) == list(FEASIBILITY_COLUMNS)
    assert len(remote) == len(nodes_of(G, Label.MUNICIPALITY)) - 1
    pd.testing.assert_frame_equal(remote.drop(columns="distance_km"), local.drop(columns="distance_km"))
    pd.testing.assert_series_equal(remote["distance_km"], local["distance_km"], check_exact=False, rtol=1e-6, atol=0)
    if purpose == "network":
        assert remote["candidate"].all()


def check_guidance_gaps(G: Graph, runner: Neo4jRunner, county: str | None, since: int) -> None:
    local = guidance_coverage(G, county=county, since=since)
    remote = run_named_query(runner, "guidance_gaps", {"fylkesnummer": county, "since": since})
    assert list(remote.columns) == list(COVERAGE_COLUMNS)
    if local.empty:  # the local function leaves an empty table untyped; Neo4j's side is typed anyway
        assert remote.empty
        return
    pd.testing.assert_frame_equal(remote, local)


def relation_projection(G: Graph, code: str) -> Counter[tuple[object, ...]]:
    """(type, outgoing, label, id, navn, source) of every row of overview.municipality_relations."""
    local = overview.municipality_relations(G, code)
    display = {lab.display_nb: lab.label for lab in LABELS_BY_NAME.values()}
    expected = Counter(
        (r.type, r.relasjon == RELS_BY_NAME[r.type].display_nb, display[r.label], r.id, r.navn, r.source)
        for r in local.itertuples()
    )
    return expected


def check_neighbourhood(G: Graph, runner: Neo4jRunner, code: str) -> None:
    expected = relation_projection(G, code)
    remote = run_named_query(runner, "neighbourhood", {"kommunenummer": code})
    got = Counter(
        tuple(r) for r in remote[["type", "outgoing", "label", "id", "navn", "source"]].itertuples(index=False)
    )
    assert got == expected
    assert len(remote) == len(overview.municipality_relations(G, code))


def check_members(G: Graph, runner: Neo4jRunner, label: Label, group: str) -> None:
    local = office_members(G, group, label=label)
    remote = run_named_query(runner, "members", {"label": label.label, "id": group})
    pd.testing.assert_frame_equal(remote, local)


def groups(G: Graph) -> list[tuple[Label, str]]:
    return [(lab, G.nodes[n]["key"]) for lab in (Label.PLAN_OFFICE, Label.ARENA) for n in nodes_of(G, lab)]


@pytest.fixture(scope="module")
def norway(neo4j_target: Neo4jTarget, graph: Graph) -> Iterator[Neo4jRunner]:  # noqa: F811
    """The bundled graph pushed into an empty database; a runner on it."""
    with neo4j_target.runner() as runner:
        wipe(runner)
        push(graph, runner)
        yield runner


def sample(G: Graph) -> list[str]:
    """Municipalities worth checking: Holtålen, Oslo, a Sami one, and the ones with most ties of each kind."""
    codes = {"5026", "0301", "5544", "5538"}
    ms = nodes_of(G, Label.MUNICIPALITY)
    for rel in ("MEMBER_OF", "BORDERS", "GUIDES", "COVERS"):
        degree = {m: sum(1 for *_, d in G.in_edges(m, data=True) if d["type"] == rel) for m in ms}
        degree = {m: v + sum(1 for *_, d in G.out_edges(m, data=True) if d["type"] == rel) for m, v in degree.items()}
        codes.add(G.nodes[max(ms, key=lambda m: (degree[m], m))]["key"])
    return sorted(codes)


class TestAllOfNorway:
    def test_partner_candidates(self, norway: Neo4jRunner, graph: Graph) -> None:
        for code in sample(graph):
            check_partner_candidates(graph, norway, code)
        for code in ("1835", "5026"):  # Træna (sea neighbours only) and Holtålen
            check_partner_candidates(graph, norway, code, purpose="network")

    @pytest.mark.parametrize("since", [2023, 2000, 2026])
    def test_guidance_gaps_for_all_and_each_county(self, norway: Neo4jRunner, graph: Graph, since: int) -> None:
        counties = [None, *(graph.nodes[c]["key"] for c in nodes_of(graph, Label.COUNTY))]
        for county in counties if since == 2023 else [None, "50"]:
            check_guidance_gaps(graph, norway, county, since)

    def test_neighbourhood(self, norway: Neo4jRunner, graph: Graph) -> None:
        for code in sample(graph):
            check_neighbourhood(graph, norway, code)

    def test_members_of_every_office_and_arena(self, norway: Neo4jRunner, graph: Graph) -> None:
        found = groups(graph)
        offices = [n for n, d in graph.nodes(data=True) if d["label"] in (Label.PLAN_OFFICE.label, Label.ARENA.label)]
        assert len(found) == len(offices) > 80
        for label, group in found:
            check_members(graph, norway, label, group)

    def test_query_command(self, norway: Neo4jRunner, neo4j_target: Neo4jTarget, graph: Graph) -> None:  # noqa: F811
        args = ["query", "partner_candidates", "--param", "kommunenummer=holtaalen", "--format", "csv"]
        args += ["--csv-dialect", "standard"]
        r = CliRunner().invoke(neo4j_group, args, env=neo4j_target.env(), catch_exceptions=False)
        assert r.exit_code == 0, r.stderr
        lines = r.stdout.splitlines()
        assert lines[0] == ",".join(FEASIBILITY_COLUMNS)
        assert len(lines) == 1 + 356
        assert r.stderr == "kommunenummer: holtaalen → 5026\n"
        assert next(line for line in lines if line.startswith("5025,")).startswith("5025,Rosse - Røros,True,")

    def test_query_resolves_county_names_and_says_when_nothing_came_back(
        self,
        norway: Neo4jRunner,
        neo4j_target: Neo4jTarget,  # noqa: F811
    ) -> None:
        args = ["query", "guidance_gaps", "--param", "fylkesnummer=Trøndelag", "--format", "json"]
        r = CliRunner().invoke(neo4j_group, args, env=neo4j_target.env(), catch_exceptions=False)
        assert r.exit_code == 0, r.stderr
        assert "fylkesnummer: Trøndelag → 50" in r.stderr
        assert len(json.loads(r.stdout)) == 38  # one row per municipality of Trøndelag
        args = ["query", "members", "--param", "id=no-such-office", "--format", "json"]
        r = CliRunner().invoke(neo4j_group, args, env=neo4j_target.env(), catch_exceptions=False)
        assert r.exit_code == 0 and "members ga ingen rader (host_role=vert, id=no-such-office" in r.stderr
        assert "Er grafen lastet opp (dknet neo4j status)" in r.stderr
        r = CliRunner().invoke(neo4j_group, [*args, "--lang", "en"], env=neo4j_target.env(), catch_exceptions=False)
        assert (
            "members returned no rows (host_role=vert, id=no-such-office" in r.stderr
            and "dknet neo4j status" in r.stderr
        )
        r = CliRunner().invoke(
            neo4j_group, ["query", "guidance_gaps", "--param", "fylkesnummer=Trøndelg"], env=neo4j_target.env()
        )
        assert r.exit_code == 1 and "Trøndelag" in r.stderr


@pytest.fixture(scope="module")
def small(neo4j_target: Neo4jTarget) -> Iterator[Neo4jRunner]:  # noqa: F811
    with neo4j_target.runner() as runner:
        wipe(runner)
        push(small_graph(), runner)
        yield runner


class TestSmallGraph:
    def test_partner_candidates_for_every_municipality(self, small: Neo4jRunner) -> None:
        G = small_graph()
        for m in nodes_of(G, Label.MUNICIPALITY):
            check_partner_candidates(G, small, G.nodes[m]["key"])
        holtalen = run_named_query(small, "partner_candidates", {"kommunenummer": "5026"}).set_index("kommunenummer")
        assert holtalen.loc["5025"].to_dict() | {"distance_km": 0} == {
            "navn": "Røros",
            "shares_border": True,
            "sea_neighbour": False,
            "ferry": False,
            "sea_link": False,
            "distance_km": 0,
            "same_ba_region": True,
            "same_county": True,
            "same_sf": True,
            "common_neighbours": 1,
            "shared_regional_plans": 1,
            "shared_offices": 1,
            "shared_arenas": 1,
            "candidate": True,
        }
        assert holtalen.loc["5033", "same_ba_region"] == False  # noqa: E712 (Tydal has no BA region)

    @pytest.mark.parametrize("county", [None, "50", "18", "03"])
    @pytest.mark.parametrize("since", [2021, 2023, 2025, 2030])
    def test_guidance_gaps(self, small: Neo4jRunner, county: str | None, since: int) -> None:
        check_guidance_gaps(small_graph(), small, county, since)

    def test_guidance_gaps_values(self, small: Neo4jRunner) -> None:
        df = run_named_query(small, "guidance_gaps", {"fylkesnummer": "50"})
        assert df.to_dict(orient="records")[-1] == {
            "kommunenummer": "5026",
            "navn": "Holtålen",
            "fylkesnummer": "50",
            "fk_contacts": 2,
            "sf_contacts": 1,
            "contacts": 3,
            "last_year": 2024,
        }
        assert df["last_year"].isna().sum() == 2

    def test_neighbourhood_for_every_municipality(self, small: Neo4jRunner) -> None:
        G = small_graph()
        for m in nodes_of(G, Label.MUNICIPALITY):
            check_neighbourhood(G, small, G.nodes[m]["key"])

    def test_members(self, small: Neo4jRunner) -> None:
        G = small_graph()
        for label, group in groups(G):
            check_members(G, small, label, group)
        office = run_named_query(small, "members", {"id": "fjellregionen"})
        assert office.values.tolist() == [
            ["5025", "Røros", "vert"],
            ["5026", "Holtålen", "deltaker"],
            ["5033", "Tydal", "deltaker"],
        ]
        arena = run_named_query(small, "members", {"id": "fjellregionen", "label": "Arena"})
        assert arena[["kommunenummer", "navn"]].values.tolist() == [["5025", "Røros"], ["5026", "Holtålen"]]
        assert arena["rolle"].iloc[0] == "leder" and pd.isna(arena["rolle"].iloc[1])
