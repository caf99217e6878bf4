"""The maps in a real browser: Debian's headless Chromium, driven by Playwright, with the network blocked.

Every page is opened from a file; every http/https/ws request is recorded and aborted (none is
expected). Screenshots go to ``test-artifacts/maps/``. Without Chromium these tests FAIL (they
never skip): install it with ``bash tools/browser/install.sh``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_maps import HOSTILE_COMMENT, HOSTILE_IMG, HOSTILE_SCRIPT, PARTNERS, expected_lines, tiny_graph

from dknet import maps
from dknet.maps.browser import PageLog, open_map
from dknet.names import skeleton
from dknet.overview import resolve_municipality

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "maps"


@pytest.fixture(scope="module")
def pages(graph, tmp_path_factory) -> dict[str, tuple[Path, maps.MapDocument]]:  # type: ignore[no-untyped-def]
    """The three example maps, a force-layout map, a partners map and a map with hostile names, as files."""
    out = tmp_path_factory.mktemp("maps")
    hostile = tiny_graph({"5026": HOSTILE_IMG, "5033": HOSTILE_SCRIPT, "arena": HOSTILE_COMMENT})
    docs = {
        "norge": maps.make_map(graph),
        "trondelag": maps.make_map(graph, county="50"),
        "holtalen": maps.make_map(graph, focus="5026"),
        "trondelag-force": maps.make_map(graph, county="50", layout="force"),
        "partners": maps.make_map(graph, view="partners", focus="5026", partners=PARTNERS),
        "hostile": maps.make_map(hostile, county="50"),
    }
    return {name: (maps.write_map(out / f"{name}.html", doc.html), doc) for name, doc in docs.items()}


def assert_clean(log: PageLog) -> None:
    assert log.requests == [], "the page tried to reach the network"
    assert log.console_errors == []
    assert log.page_errors == []
    assert log.dialogs == []


def drawn_pixels(page: Any) -> int:
    """How many pixels of vis-network's canvas are painted (the canvas is transparent where nothing is drawn)."""
    return int(
        page.evaluate(
            """() => {
              const c = document.querySelector('#dk-map canvas');
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let n = 0;
              for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
              return n;
            }"""
        )
    )


@pytest.mark.parametrize("name", ["norge", "trondelag", "holtalen", "trondelag-force", "partners"])
def test_maps_draw_offline(browser, pages, graph, name: str) -> None:  # type: ignore[no-untyped-def]
    path, doc = pages[name]
    with open_map(browser, path) as (page, log):
        counts = page.evaluate("() => [dknetMap.nodeCount, dknetMap.edgeCount]")
        assert counts == [doc.node_count, doc.edge_count]
        if name == "norge":
            assert counts == [graph.number_of_nodes(), expected_lines(graph)]
        visible = page.evaluate("() => dknetMap.visibleCounts()")
        assert 0 < visible["nodes"] <= doc.node_count and visible["edges"] <= doc.edge_count
        pixels = drawn_pixels(page)
        assert pixels > 50_000  # the base map and the network, not a blank canvas
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
        # every node type and layer on: vis-network holds and draws the whole map
        for box in page.locator('input[name="dk-type"], input[name="dk-layer"]').all():
            box.check()
        assert page.evaluate("() => dknetMap.visibleCounts()") == {"nodes": counts[0], "edges": counts[1]}
        assert drawn_pixels(page) > pixels / 2
        assert (
            page.locator(".dk-attribution")
            .inner_text()
            .startswith("Basert på Kartverkets data" if "force" not in name else "Kilde: Statistisk sentralbyrå")
        )
        assert page.locator("#dk-illustrative").is_visible()
        assert_clean(log)


def test_search_by_name_and_number_changes_the_view(browser, pages, graph) -> None:  # type: ignore[no-untyped-def]
    path, _ = pages["norge"]
    with open_map(browser, path) as (page, log):
        before = page.evaluate("() => dknetMap.nodesInView()")
        page.fill("#dk-search", "holtaalen")
        assert page.locator("#dk-results button").first.inner_text() == "Holtålen (5026, Trøndelag - Trööndelage)"
        page.press("#dk-search", "Enter")
        after = page.evaluate("() => dknetMap.nodesInView()")
        assert 0 < after < before / 3  # zoomed in on Holtålen
        state = page.evaluate("() => dknetMap.state()")
        assert state["hits"] == ["kommune:5026"]
        assert page.evaluate("() => dknetMap.network.getSelectedNodes()") == ["kommune:5026"]
        assert "Holtålen (5026)" in page.locator("#dk-info").inner_text()
        page.screenshot(path=str(ARTIFACTS / "search-holtalen.png"))
        assert page.evaluate("() => dknetMap.findMatches('301')")[0] == "kommune:0301"
        for query in ("Guovdageaidnu", "Kautokeino", "herøy nordland", "Porsáŋgu", "HOLTALEN", "Raarvihke", "5026"):
            first = page.evaluate("(q) => dknetMap.findMatches(q)[0]", query)
            assert first == "kommune:" + resolve_municipality(graph, query), query  # as the CLI resolves it
        page.fill("#dk-search", "zzzz")
        assert page.locator("#dk-results").inner_text() == "Ingen treff"
        assert_clean(log)


def test_filters_change_what_is_visible(browser, pages) -> None:  # type: ignore[no-untyped-def]
    path, _ = pages["norge"]
    with open_map(browser, path) as (page, log):
        everything = page.evaluate("() => dknetMap.visibleCounts()")
        page.select_option("#dk-county", "50")
        county = page.evaluate("() => dknetMap.visibleCounts()")
        assert county["nodes"] < everything["nodes"]
        ids = page.evaluate("() => dknetMap.visibleIds()")
        munis = [i for i in ids if i.startswith("kommune:")]
        assert len(munis) == 38 and all(i[8:10] == "50" for i in munis)
        page.screenshot(path=str(ARTIFACTS / "filter-county-50.png"))
        page.check('input[name="dk-layer"][value="naboskap"]')
        with_borders = page.evaluate("() => dknetMap.visibleCounts()")
        assert with_borders["edges"] > county["edges"]
        page.uncheck('input[name="dk-class"][value="6"]')
        no_class_6 = page.evaluate("() => dknetMap.visibleCounts()")
        assert no_class_6["nodes"] < with_borders["nodes"]
        page.check('input[name="dk-type"][value="plan"]')
        assert page.evaluate("() => dknetMap.visibleCounts()")["nodes"] > no_class_6["nodes"]
        page.click("#dk-reset")
        assert page.evaluate("() => dknetMap.visibleCounts()") == everything
        assert_clean(log)


def test_hover_shows_a_text_tooltip(browser, pages) -> None:  # type: ignore[no-untyped-def]
    path, _ = pages["trondelag"]
    with open_map(browser, path) as (page, log):
        x, y = page.evaluate(
            """() => {
              const n = dknetMap.network;
              const p = n.canvasToDOM(n.getPositions(['kommune:5026'])['kommune:5026']);
              const box = document.getElementById('dk-map').getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            }"""
        )
        page.mouse.move(x, y)
        tip = page.locator("#dk-tooltip")
        tip.wait_for(state="visible", timeout=5000)
        text = tip.inner_text()
        assert "Holtålen (5026)" in text and "Folketall 2026" in text and "illustrativ" in text
        page.screenshot(path=str(ARTIFACTS / "tooltip-holtalen.png"))
        assert_clean(log)


def test_hostile_names_neither_run_nor_break_the_page(browser, pages) -> None:  # type: ignore[no-untyped-def]
    path, doc = pages["hostile"]
    with open_map(browser, path) as (page, log):
        assert page.evaluate("() => window.__xss") is None
        assert page.evaluate("() => document.querySelectorAll('img').length") == 0
        assert page.evaluate("() => document.scripts.length") == 6
        assert page.evaluate("() => [dknetMap.nodeCount, dknetMap.edgeCount]") == [doc.node_count, doc.edge_count]
        assert drawn_pixels(page) > 10_000
        page.fill("#dk-search", "img src")
        hits = page.locator("#dk-results button")
        assert hits.count() == 1 and hits.first.inner_text().startswith(HOSTILE_IMG)
        hits.first.click()
        info = page.locator("#dk-info").inner_text()
        assert HOSTILE_IMG in info
        page.evaluate("(id) => dknetMap.choose(id)", "kommune:5033")
        assert HOSTILE_SCRIPT in page.locator("#dk-info").inner_text()
        assert page.evaluate("() => document.querySelectorAll('img, iframe, object').length") == 0
        assert page.evaluate("() => window.__xss") is None
        assert page.title().startswith("Samarbeidskart")
        page.screenshot(path=str(ARTIFACTS / "hostile-names.png"))
        assert_clean(log)


def test_search_folding_matches_python(browser, pages, graph) -> None:  # type: ignore[no-untyped-def]
    path, _ = pages["trondelag"]
    words = sorted({str(d["name"]) for _, d in graph.nodes(data=True)})
    words += ["HOLTAALEN", "Holtalen kommune", "Porsá?gu", "Ærøy-Øst Å", "Straße", "Ŧŋđčšž", "İstanbul", "ﬁord"]
    with open_map(browser, path) as (page, log):
        got = page.evaluate("(ws) => ws.map((w) => dknetMap.skeleton(w))", words)
        assert got == [skeleton(w) for w in words]
        assert_clean(log)
