"""The meeting pack for one arena (``dknet report --arena``): its data, its words, the CLI.

The content tests read the real default data set (no generated records), as an adviser going to
the meeting of Trøndelag Sør regionråd would; what the pack must contain is read from the data
files and the graph, not written into the test. The real browser opens the pack in
``tests/test_report_arena_browser.py``.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dknet.analysis.arena_pack import ArenaPack, arena_pack, questions, resolve_arena
from dknet.analysis.profiles import INDICATORS
from dknet.cli import cli
from dknet.errors import UnknownNameError
from dknet.examples import tiny_tables
from dknet.graph import Graph, build_graph
from dknet.messages import LANGS, t
from dknet.report.arena import ARENA_SECTION_IDS, build_arena_report
from dknet.schema import Label, Rel, node_id

ROOT = Path(__file__).resolve().parents[1]
ARENA = "rr-trondelag-sor"
HOSTILE = "<script>alert(1)</script> & 'Ås'"


def _members_in_files() -> set[str]:
    """Trøndelag Sør's members as the real and curated membership files list them."""
    out: set[str] = set()
    for part in ("real", "curated"):
        with (ROOT / "data" / part / "arena_medlemmer.csv").open(encoding="utf-8") as f:
            out |= {r["kommunenummer"] for r in csv.DictReader(f) if r["arena_id"] == ARENA}
    return out


@pytest.fixture(scope="module")
def pack(real_graph: Graph) -> ArenaPack:
    return arena_pack(real_graph, "Trøndelag Sør regionråd")


@pytest.fixture(scope="module")
def html(real_graph: Graph) -> str:
    return build_arena_report(real_graph, ARENA)


def _text(html: str) -> str:
    """The page's words (no tags, no styles, no maps), entities decoded."""
    import html as h

    s = re.sub(r"<(style|svg)\b.*?</\1>", " ", html, flags=re.S)
    return h.unescape(re.sub(r"<[^>]+>", " ", s)).replace("\xa0", " ")


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["rr-trondelag-sor", "Trøndelag Sør", "trondelag sor", "Trøndelag Sør regionråd"])
def test_an_arena_resolves_by_id_or_name(real_graph: Graph, query: str) -> None:
    assert resolve_arena(real_graph, query) == ARENA


def test_an_unknown_arena_names_the_closest(real_graph: Graph) -> None:
    with pytest.raises(UnknownNameError) as e:
        resolve_arena(real_graph, "Trøndelag Syd")
    assert any(s.startswith("Trøndelag Sør (rr-trondelag-sor") for s in e.value.suggestions)
    assert "Mente du Trøndelag Sør" in e.value.message("nb")


# --- the data --------------------------------------------------------------------------------------


def test_the_members_are_those_of_the_membership_file(pack: ArenaPack) -> None:
    assert not pack.illustrative_members  # the real default has no generated memberships
    assert set(pack.members) == _members_in_files() and len(pack.members) >= 2
    assert list(pack.plans["kommunenummer"]) == list(pack.members)


def test_every_unknown_is_a_question_and_every_question_an_unknown(pack: ArenaPack) -> None:
    asked = {q.ask.key.removeprefix("arena.ask."): set(q.members) for q in pack.questions}
    plans = pack.plans.set_index("kommunenummer")
    unknown_ps = set(plans.index[plans["status"].isin(["ukjent", "mangler"])])
    assert asked.get("planstrategi", set()) == unknown_ps
    for part in ("samfunnsdel", "arealdel"):
        assert asked.get(part, set()) == set(plans.index[plans[f"{part}_vedtatt"].isna()])
    assert asked.get("fte", set()) == {c for c, v in pack.fte.items() if v is None}
    for q in pack.questions:
        assert q.members and set(q.members) <= set(pack.members)
    ps = next(q for q in pack.questions if q.ask.key == "arena.ask.planstrategi") if unknown_ps else None
    if ps is not None:
        assert ps.ask.render("nb") == f"planstrategi {pack.term}"


def test_the_questions_leave_known_facts_alone() -> None:
    rows = pd.DataFrame(
        [
            {"kommunenummer": "1", "status": "i_tide", "samfunnsdel_vedtatt": 2020, "arealdel_vedtatt": 2019},
            {"kommunenummer": "2", "status": "mangler", "samfunnsdel_vedtatt": 2021, "arealdel_vedtatt": 2018},
            {"kommunenummer": "3", "status": "ikke_forfalt", "samfunnsdel_vedtatt": None, "arealdel_vedtatt": 2018},
        ]
    )
    got = {q.ask.key: q.members for q in questions(rows, {"1": 2.0, "2": 0.5, "3": 1.0}, term="2023–2027")}
    assert got == {"arena.ask.planstrategi": ("2",), "arena.ask.samfunnsdel": ("3",)}


def test_shared_plans_cover_two_or_more_members(real_graph: Graph, pack: ArenaPack) -> None:
    assert pack.shared_plans
    for p in pack.shared_plans:
        covered = {
            str(real_graph.nodes[v]["key"])
            for _, v, d in real_graph.out_edges(p.node, data=True)
            if d["type"] == Rel.COVERS.type
        }
        assert len(p.members) >= 2 and set(p.members) == covered & set(pack.members)
    assert [p.county_wide for p in pack.shared_plans] == sorted(p.county_wide for p in pack.shared_plans)


def test_cooperations_are_the_members_groups(real_graph: Graph, pack: ArenaPack) -> None:
    assert pack.cooperations
    for c in pack.cooperations:
        assert c.node != node_id(Label.ARENA, ARENA) and set(c.members) <= set(pack.members)
        for m in c.members:
            assert real_graph.has_edge(node_id(Label.MUNICIPALITY, m), c.node)
        if c.state == "context":
            assert len(c.members) >= 2
    assert "generated" not in {c.state for c in pack.cooperations}


def test_topics_are_shared_and_rarer_in_the_country(real_graph: Graph, pack: ArenaPack) -> None:
    for topic in pack.topics:
        assert len(topic.members) >= 2 and set(topic.members) <= set(pack.members)
        ind = INDICATORS[topic.indicator]
        values = [ind.read(real_graph, node_id(Label.MUNICIPALITY, c), pack.year) for c in topic.members]
        if topic.value == "ja":
            assert values == [1.0] * len(values)
        elif topic.value not in ("høy", "lav"):
            assert {f"{v:g}" for v in values if v is not None} == {topic.value}
        if topic.value not in ("høy", "lav"):
            assert len(topic.members) / len(pack.members) > topic.national


def test_a_flag_that_is_the_arenas_own_membership_is_no_topic(real_graph: Graph) -> None:
    sami = arena_pack(real_graph, "samisk-forvaltningsomraade")
    assert len(sami.members) >= 2 and "samisk" not in {x.indicator for x in sami.topics}


def test_partners_within_and_beyond(pack: ArenaPack) -> None:
    inside = set(pack.members)
    for purpose in ("office", "network"):
        pairs = [p for p in pack.pairs if p.purpose == purpose]
        assert pairs and all(p.a in inside and p.b in inside and p.a < p.b for p in pairs)
        assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    for o in pack.outsiders:
        assert o.code not in inside and len(o.members) >= 2 and set(o.members) <= inside and o.best in o.members


# --- the page --------------------------------------------------------------------------------------


def test_the_pack_lists_members_questions_and_no_demo_data(real_graph: Graph, pack: ArenaPack, html: str) -> None:
    assert re.findall(r'<section class="s[^"]*" id="([^"]+)"', html) == list(ARENA_SECTION_IDS)
    text = _text(html)
    for c in pack.members:
        assert str(real_graph.nodes[node_id(Label.MUNICIPALITY, c)]["name"]) in text
    ps = [q for q in pack.questions if q.ask.key == "arena.ask.planstrategi"]
    assert ps, "the real data knows no planstrategi 2023–2027 for these members: the pack must ask"
    names = [pack.names[c] for c in ps[0].members]
    listed = ", ".join(names[:-1]) + " og " + names[-1] if len(names) > 1 else names[0]
    assert f"Spør om planstrategi {pack.term} for {listed}." in text
    banners = [t("demo.banner", lang) for lang in LANGS]
    assert 'class="demo-banner"' not in html and not any(b in html for b in banners) and "DEMO" not in text
    assert "illustrativ" not in text.casefold() and "‡" not in text
    for p in pack.shared_plans:
        assert p.name in text


@pytest.mark.parametrize(("lang", "title"), [("nn", "Møtepakke: Trøndelag Sør"), ("en", "Meeting pack: Trøndelag Sør")])
def test_the_pack_speaks_nynorsk_and_english(real_graph: Graph, lang: str, title: str) -> None:
    page = build_arena_report(real_graph, ARENA, lang=lang)
    assert f"<h1>{title}</h1>" in page and f'<html lang="{lang}">' in page


def test_data_is_escaped() -> None:
    tables = tiny_tables()
    tables["arenaer"] = pd.DataFrame([{"arena_id": "rr-x", "navn": HOSTILE, "type": "regionråd", "source": "x"}])
    members = [{"arena_id": "rr-x", "kommunenummer": c, "source": "x"} for c in ("9002", "9003")]
    tables["arena_medlemmer"] = pd.DataFrame(members)
    page = build_arena_report(build_graph(tables), "rr-x")
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_demo_set_carries_the_banner(runner: Any, tmp_path: Path) -> None:
    out = tmp_path / "pakke.html"
    r = runner.invoke(cli, ["report", "--arena", ARENA, "--demo", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    page, banner = out.read_text(encoding="utf-8"), t("demo.banner", "nb")
    assert f'<p class="demo-banner" role="note">{banner}</p>' in page and banner in r.stderr
    assert f'@page {{ @bottom-center {{ content: "{banner}";' in page  # the foot of every printed page


# --- the CLI ---------------------------------------------------------------------------------------


def test_cli_writes_the_pack(runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DKNET_DEMO", raising=False)
    out = tmp_path / "pakke.html"
    r = runner.invoke(cli, ["report", "--arena", "Trøndelag Sør", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == "" and f"skrev {out}" in r.stderr
    page = out.read_text(encoding="utf-8")
    assert "<h1>Møtepakke: Trøndelag Sør</h1>" in page and "DEMO" not in page


@pytest.mark.parametrize("query", ["Trøndelag Syd", "rr-trondelag-sr"])
def test_cli_bad_arena_exits_1_with_suggestions(runner: Any, tmp_path: Path, query: str) -> None:
    out = tmp_path / "pakke.html"
    r = runner.invoke(cli, ["report", "--arena", query, "-o", str(out)])
    assert r.exit_code == 1, r.output
    assert r.stderr.startswith(f"Feil: Fant ingen arena som passer til «{query}». Mente du Trøndelag Sør")
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("other", [["--county", "50"], ["--focus", "holtålen"], ["--sf", "trondelag"]])
def test_cli_arena_alone(runner: Any, tmp_path: Path, other: list[str]) -> None:
    r = runner.invoke(cli, ["report", "--arena", ARENA, *other, "-o", str(tmp_path / "p.html")])
    assert r.exit_code == 2 and "--arena" in r.stderr
