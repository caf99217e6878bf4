"""Maps without a browser: projection, boundaries, scope, layout, views, escaping, determinism, the CLI.

The browser side (drawing, search, filters, XSS in a real page) is in test_maps_browser.py.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from dknet import maps
from dknet.errors import AmbiguousNameError, DataValidationError, UnknownNameError
from dknet.geo import TransverseMercator, utm33
from dknet.graph import build_graph
from dknet.io.boundaries import load_boundaries
from dknet.maps import style
from dknet.maps.inputs import MapInputError, split_reasons
from dknet.maps.layout import EXTENT, force_positions, geo_positions
from dknet.maps.render import json_script
from dknet.maps.scene import build_scene
from dknet.names import skeleton
from dknet.schema import LAYERS

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_IMG = "<img src=x onerror=window.__xss=1>"
HOSTILE_SCRIPT = "</script><script>window.__xss=2</script>"
HOSTILE_COMMENT = "<!--<script>"


# --------------------------------------------------------------------------- helpers


def blocks(html: str) -> dict[str, Any]:
    """The JSON data blocks of a page, parsed as the browser's JSON.parse would."""
    out = {}
    for name in ("nodes", "edges", "options", "data"):
        m = re.search(rf'<script type="application/json" id="dk-{name}">(.*?)</script>', html, re.S)
        assert m is not None, name
        out[name] = json.loads(m.group(1))
    return out


def expected_lines(G: nx.MultiDiGraph[str]) -> int:
    """Lines the full map draws, counted independently: neighbours once per pair, GUIDES too."""
    pairs: set[tuple[str, ...]] = set()
    others = 0
    for u, v, d in G.edges(data=True):
        if d["type"] == "BORDERS" and d.get("grense_merknad"):
            continue  # a border the simplified outlines invent is not drawn
        if d["type"] in ("BORDERS", "SEA_NEIGHBOUR", "FERRY", "SEA_LINK"):
            pairs.add((d["type"], *sorted((u, v))))
        elif d["type"] == "GUIDES":
            pairs.add(("GUIDES", u, v))
        else:
            others += 1
    return len(pairs) + others


def snapshot(G: nx.MultiDiGraph[str]) -> Any:
    return (
        copy.deepcopy(dict(G.graph)),
        copy.deepcopy(sorted(G.nodes(data=True), key=lambda t: t[0])),
        copy.deepcopy(sorted(G.edges(keys=True, data=True), key=lambda t: (t[0], t[1], str(t[2])))),
    )


def tiny_graph(names: dict[str, str] | None = None) -> nx.MultiDiGraph[str]:
    """Three municipalities in Trøndelag (real centroids), one arena, one plan office; names can be replaced."""
    names = names or {}
    t = {name: pd.DataFrame(columns=layer.column_names) for name, layer in LAYERS.items()}
    t["statsforvaltere"] = pd.DataFrame([{"statsforvalter_id": "trondelag", "navn": "SF i Trøndelag", "source": "x"}])
    t["fylker"] = pd.DataFrame(
        [{"fylkesnummer": "50", "navn": "Trøndelag - Trööndelage", "statsforvalter_id": "trondelag", "source": "x"}]
    )
    rows = [
        ("5026", "Holtålen", 11.24641, 62.85137, 6, 2037),
        ("5033", "Tydal", 11.75, 63.03, 6, 760),
        ("5025", "Rosse - Røros", 11.52, 62.62, 5, 5600),
    ]
    t["kommuner"] = pd.DataFrame(
        [
            {
                "kommunenummer": k,
                "navn": names.get(k, n),
                "fylkesnummer": "50",
                "lon": lon,
                "lat": lat,
                "sentralitetsklasse": c,
                "folketall_2026": p,
                "source": "SSB",
            }
            for k, n, lon, lat, c, p in rows
        ]
    )
    t["grenser"] = pd.DataFrame(
        [
            {"kommune_a": "5026", "kommune_b": "5033", "grenselengde_km": 40.6, "source": "Kartverket"},
            {"kommune_a": "5026", "kommune_b": "5025", "grenselengde_km": 31.0, "source": "Kartverket"},
        ]
    )
    t["arenaer"] = pd.DataFrame(
        [
            {
                "arena_id": "nv",
                "navn": names.get("arena", "Nettverk"),
                "type": "nettverk",
                "arrangor": "50",
                "source": "x",
            }
        ]
    )
    t["arena_medlemmer"] = pd.DataFrame(
        [{"arena_id": "nv", "kommunenummer": k, "rolle": "medlem", "source": "x"} for k in ("5026", "5033")]
    )
    t["veiledning"] = pd.DataFrame(
        [
            {
                "veiledning_id": f"v{i}",
                "fra_type": "FK",
                "fra_id": "50",
                "kommunenummer": "5026",
                "aar": 2020 + i,
                "form": "kurs",
                "antall": 2,
                "source": "illustrative",
            }
            for i in range(3)
        ]
    )
    return build_graph(t)


@pytest.fixture(scope="module")
def boundaries():  # type: ignore[no-untyped-def]
    return load_boundaries()


@pytest.fixture(scope="module")
def national(graph, boundaries) -> str:  # type: ignore[no-untyped-def]
    return maps.build_map(graph, boundaries=boundaries)


# --------------------------------------------------------------------------- projection


def test_transverse_mercator_matches_the_epsg_worked_example() -> None:
    """EPSG Guidance Note 7-2, transverse Mercator example (OSGB 1936 / British National Grid)."""
    bng = TransverseMercator(
        a=6377563.396, rf=299.3249646, lon0=-2.0, lat0=49.0, k0=0.9996012717,
        false_easting=400000.0, false_northing=-100000.0,
    )  # fmt: skip
    e, n = bng.project([0.5], [50.5])
    assert abs(e[0] - 577274.99) < 0.02 and abs(n[0] - 69740.50) < 0.02


def test_utm33_orients_norway_and_keeps_distances() -> None:
    lon = np.array([10.75, 18.96, 30.05, 5.32])  # Oslo, Tromsø, Kirkenes, Bergen
    lat = np.array([59.91, 69.65, 69.73, 60.39])
    e, n = utm33(lon, lat)
    assert n[1] > n[0] and e[2] > e[3]  # north is north, east is east
    assert utm33([15.0], [65.0])[0][0] == pytest.approx(500000.0)
    # Oslo–Trondheim: the UTM distance is the great-circle one within the zone's scale error (< 0.4 % here)
    from dknet.geo import haversine_km

    e2, n2 = utm33([10.75, 10.40], [59.91, 63.43])
    km = haversine_km(10.75, 59.91, 10.40, 63.43)
    assert np.hypot(e2[1] - e2[0], n2[1] - n2[0]) / 1000 == pytest.approx(km, rel=4e-3)


# --------------------------------------------------------------------------- boundaries


def test_boundaries_cover_every_municipality(graph, boundaries) -> None:  # type: ignore[no-untyped-def]
    codes = {d["key"] for _, d in graph.nodes(data=True) if d["label"] == "Municipality"}
    assert set(boundaries.municipalities) == codes
    assert set(boundaries.counties) == {d["key"] for _, d in graph.nodes(data=True) if d["label"] == "County"}
    assert "CC BY 4.0" in boundaries.attribution


def test_bad_boundary_files_report_every_problem(tmp_path: Path) -> None:
    bad = {
        "type": "FeatureCollection",
        "features": [
            {"properties": {"kommunenummer": "301"}, "geometry": {"type": "Polygon", "coordinates": [[[1, 2]] * 3]}},
            {"properties": {"kommunenummer": "5026"}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
            {"properties": {"kommunenummer": "5033"}, "geometry": {"type": "Polygon", "coordinates": [[[1, 2]]]}},
        ],
    }
    (tmp_path / "kommuner-s.geojson").write_text(json.dumps(bad), encoding="utf-8")
    (tmp_path / "fylker-s.geojson").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataValidationError) as e:
        load_boundaries(tmp_path)
    text = [p.describe("en") for p in e.value.problems]
    assert len(text) == 4
    assert any('value "301"' in t for t in text) and any("Point" in t for t in text)
    assert any("fylker-s.geojson" in t for t in text)


# --------------------------------------------------------------------------- the cooperation view


def test_the_national_map_holds_the_whole_graph(graph, national) -> None:  # type: ignore[no-untyped-def]
    b = blocks(national)
    assert len(b["nodes"]) == graph.number_of_nodes() == b["data"]["counts"]["nodes"]
    assert len(b["edges"]) == expected_lines(graph) == b["data"]["counts"]["edges"]
    assert {n["id"] for n in b["nodes"]} == set(graph.nodes)
    ids = {n["id"] for n in b["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in b["edges"])
    assert len({e["id"] for e in b["edges"]}) == len(b["edges"])
    assert set(b["data"]["nodes"]) == ids and set(b["data"]["edges"]) == {e["id"] for e in b["edges"]}


def test_national_defaults_are_not_a_hairball(national) -> None:  # type: ignore[no-untyped-def]
    b = blocks(national)
    assert b["data"]["defaults"]["types"] == ["kommune", "fylke", "statsforvalter", "plankontor"]
    assert set(b["data"]["defaults"]["layers"]) == {"embete", "plankontor"}
    on = [e for e in b["edges"] if b["data"]["edges"][e["id"]]["l"] in b["data"]["defaults"]["layers"]]
    assert len(on) < 100  # of 4 691 lines, the map opens with the few that read on a national map
    assert b["options"]["physics"] == {"enabled": False}


def test_building_a_map_never_changes_the_graph(graph, boundaries) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(graph)
    maps.build_map(graph, county="50", boundaries=boundaries)
    maps.build_map(graph, focus="5026", layout="force")
    assert snapshot(graph) == before


def test_same_inputs_give_the_same_bytes(graph, boundaries, national) -> None:  # type: ignore[no-untyped-def]
    assert maps.build_map(graph, boundaries=boundaries) == national
    a = maps.build_map(graph, county="50", layout="force", seed=7)
    assert maps.build_map(graph, county="50", layout="force", seed=7) == a
    assert maps.build_map(graph, county="50", layout="force", seed=8) != a


def test_county_scope(graph, boundaries) -> None:  # type: ignore[no-untyped-def]
    b = blocks(maps.build_map(graph, county="Trøndelag", boundaries=boundaries))
    info = b["data"]["nodes"]
    munis = [i for i, e in info.items() if e["t"] == "kommune"]
    assert len(munis) == 38 and all(info[m]["f"] == ["50"] for m in munis)
    assert "fylke:50" in info and "statsforvalter:trondelag" in info and "fylke:18" not in info
    assert all(e["t"] != "plan" or e["f"] == ["50"] for e in info.values())
    in_scope = {m["k"] for m in b["data"]["basemap"]["m"] if m["s"]}
    assert in_scope == {m.split(":")[1] for m in munis}  # neighbours around are drawn as context only
    assert len(b["data"]["basemap"]["m"]) > len(in_scope)


def test_focus_scope_is_the_ego_network(graph) -> None:  # type: ignore[no-untyped-def]
    scene = build_scene(graph, focus="5026", boundaries=None)
    ids = {n["id"] for n in scene.nodes}
    me = "kommune:5026"
    assert ids >= {me} | set(graph.successors(me)) | set(graph.predecessors(me))
    dk3 = {u for u, _, d in graph.in_edges("arena:distriktskommune-3-0", data=True) if d["type"] == "MEMBER_OF"}
    assert dk3 <= ids  # the other Distriktskommune 3.0 members (Tydal, Røyrvik, Grane, Dønna, Moskenes)
    for e in scene.edges:
        layer = scene.edge_info[e["id"]]["l"]
        touches = me in (e["from"], e["to"])
        assert touches or layer in ("naboskap", "arenaer", "plankontor"), e
    assert scene.fit and me in scene.fit and scene.scope == "focus"
    assert scene.nodes[[n["id"] for n in scene.nodes].index(me)]["shape"] == "star"


def test_geographic_positions(graph) -> None:  # type: ignore[no-untyped-def]
    munis = [n for n, d in graph.nodes(data=True) if d["label"] == "Municipality"]
    pos, _frame = geo_positions(graph, munis)
    oslo, tromso, kirkenes, bergen = (pos[f"kommune:{k}"] for k in ("0301", "5501", "5605", "4601"))
    assert tromso[1] < oslo[1] and kirkenes[0] > bergen[0]  # north up, east right
    xs, ys = zip(*pos.values(), strict=True)
    assert max(max(xs) - min(xs), max(ys) - min(ys)) == pytest.approx(EXTENT, abs=0.2)
    hubs, _ = geo_positions(graph, list(graph.nodes))
    hub_pts = [p for n, p in hubs.items() if graph.nodes[n]["label"] not in ("Municipality", "Plan")]
    assert len(set(hub_pts)) == len(hub_pts)  # no two hubs on the same spot


def test_force_layout_is_seeded(graph) -> None:  # type: ignore[no-untyped-def]
    nodes = [n for n, d in graph.nodes(data=True) if d.get("fylkesnummer") == "50" or d["label"] == "County"]
    edges = [(u, v) for u, v in graph.edges() if u in nodes and v in nodes]
    a = force_positions(graph, nodes, edges, seed=1)
    assert a == force_positions(graph, nodes, edges, seed=1) and a != force_positions(graph, nodes, edges, seed=2)
    assert set(a) == set(nodes)


def test_tooltips_profile_and_illustrative_marks(graph, national) -> None:  # type: ignore[no-untyped-def]
    b = blocks(national)
    holtalen = b["data"]["nodes"]["kommune:5026"]
    rows = {r[0]: r for r in holtalen["rows"]}
    assert rows["Folketall 2026"][1] == "2\u202f037" and rows["Andel 67+"][1] == "26,5 %"
    assert rows["Sentralitetsklasse"][1] == "6 (indeks 524)"
    assert rows["Årsverk samfunnsplanlegging"][2] == 1  # capacity is illustrative: marked
    assert len(rows["Kommunenummer"]) == 2  # real data: not marked
    assert 'id="dk-illustrative"' in national and "source = illustrative" in national
    guides = [i for i, e in b["data"]["edges"].items() if e["r"] == "veileder"]
    assert guides and all("kontakter" in b["data"]["edges"][i]["d"] for i in guides)


def test_no_illustrative_note_without_illustrative_data() -> None:
    G = tiny_graph()
    html = maps.build_map(G, county="50")  # the tiny graph's guidance is illustrative
    assert 'id="dk-illustrative"' in html
    G2 = nx.MultiDiGraph(G)
    G2.remove_edges_from([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d["type"] == "GUIDES"])
    assert 'id="dk-illustrative"' not in maps.build_map(G2, county="50")


def test_search_keys_follow_the_cli_folding(graph, national) -> None:  # type: ignore[no-untyped-def]
    info = blocks(national)["data"]["nodes"]
    assert skeleton("holtaalen") in info["kommune:5026"]["q"]
    assert skeleton("Guovdageaidnu") in info["kommune:5601"]["q"] or skeleton("Guovdageaidnu") in str(info)
    for n, e in info.items():
        if e["t"] == "kommune":
            assert skeleton(graph.nodes[n]["name"]) in e["q"] and e["c"] in e["q"]
    fold = blocks(national)["data"]["fold"]
    assert fold["letters"]["ø"] == "oe" and ["aa", "a"] in fold["collapse"]


# --------------------------------------------------------------------------- analysis views (hand-made tables)


PARTNERS = pd.DataFrame(
    {
        "kommunenummer": ["5033", "5025", "5027", "1826"],
        "navn": ["Tydal", "Røros", "Midtre Gauldal", "Hattfjelldal"],
        "score": [0.91, 0.84, 0.62, 0.40],
        "reasons": [["felles grense", "samme BA-region"], "felles grense; like utfordringer", [], "like utfordringer"],
    }
)


def test_partners_view(graph, boundaries) -> None:  # type: ignore[no-untyped-def]
    b = blocks(maps.build_map(graph, view="partners", focus="holtaalen", partners=PARTNERS, boundaries=boundaries))
    info = b["data"]["nodes"]
    assert set(info) == {"kommune:5026", "kommune:5033", "kommune:5025", "kommune:5027", "kommune:1826"}
    partner_lines = [e for e in b["edges"] if b["data"]["edges"][e["id"]]["l"] == "partner"]
    assert len(partner_lines) == 4 and all(e["from"] == "kommune:5026" for e in partner_lines)
    why = {e["to"]: b["data"]["edges"][e["id"]]["why"] for e in partner_lines}
    assert why["kommune:5025"] == ["felles grense", "like utfordringer"] and why["kommune:5027"] == []
    assert info["kommune:5033"]["why"] == ["felles grense", "samme BA-region"]
    groups = b["options"]["groups"]
    colour = {n["id"]: groups[n["group"]]["color"]["background"] for n in b["nodes"]}
    assert colour["kommune:5033"] == style.PARTNER_RAMP[-1] and colour["kommune:1826"] == style.PARTNER_RAMP[0]
    widths = {e["to"]: e["width"] for e in partner_lines}
    assert widths["kommune:5033"] > widths["kommune:1826"]


def test_partners_view_in_one_county(graph) -> None:  # type: ignore[no-untyped-def]
    scene = build_scene(graph, view="partners", focus="5026", county="50", partners=PARTNERS, layout="force")
    assert "kommune:1826" not in {n["id"] for n in scene.nodes}


def test_communities_view(graph, boundaries) -> None:  # type: ignore[no-untyped-def]
    codes = sorted(d["key"] for _, d in graph.nodes(data=True) if d.get("fylkesnummer") == "50" and "lon" in d)
    comm = pd.DataFrame({"kommunenummer": codes, "community": [int(c) % 4 for c in codes]})
    b = blocks(maps.build_map(graph, view="communities", county="50", communities=comm, boundaries=boundaries))
    info = b["data"]["nodes"]
    fills: dict[int, set[str]] = {}
    for code, c in zip(codes, comm["community"], strict=True):
        fills.setdefault(c, set()).add(info[f"kommune:{code}"]["fill"])
        assert ["Fellesskap", str(c)] in info[f"kommune:{code}"]["rows"]
    assert all(len(f) == 1 for f in fills.values())  # one colour per community
    # neighbouring communities never share a colour
    colour = {c: next(iter(f)) for c, f in fills.items()}
    for u, v, d in graph.edges(data=True):
        if d["type"] == "BORDERS" and u in info and v in info:
            cu, cv = int(u[-4:]) % 4, int(v[-4:]) % 4
            assert cu == cv or colour[cu] != colour[cv]
    assert b["data"]["defaults"]["layers"] == ["naboskap"]


def test_the_communities_map_says_how_settled_each_place_is(graph, boundaries) -> None:  # type: ignore[no-untyped-def]
    from dknet.present.numbers import percent

    table = maps.view_table(graph, "communities", county="50")
    assert table is not None
    b = blocks(maps.build_map(graph, view="communities", county="50", communities=table, boundaries=boundaries))
    info = b["data"]["nodes"]
    for code, share in zip(table.kommunenummer, table.share_together, strict=True):
        why = info[f"kommune:{code}"]["why"]
        if pd.isna(share):
            assert why == []  # alone: nothing to be together with
        else:
            p = percent(share, "nb", decimals=0)
            assert why == [f"stabilitet {p}: i samme gruppe som de andre medlemmene i {p} av 25 kjøringer"]


def test_gaps_view(graph, boundaries) -> None:  # type: ignore[no-untyped-def]
    gaps = pd.DataFrame(
        {
            "kommunenummer": ["5026", "5033", "0301"],
            "gap_score": [0.9, 0.5, 0.1],
            "reasons": ["ingen kontakt med FK siste 3 år; arealdelen er 14 år gammel", ["liten plankapasitet"], None],
            "source": ["illustrative", "x", "x"],
        }
    )
    html = maps.build_map(graph, view="gaps", gaps=gaps, boundaries=boundaries)
    b = blocks(html)
    info = b["data"]["nodes"]
    assert info["kommune:5026"]["fill"] == style.GAP_RAMP[-1] and info["kommune:0301"]["fill"] == style.GAP_RAMP[0]
    assert info["kommune:5026"]["why"] == ["ingen kontakt med FK siste 3 år", "arealdelen er 14 år gammel"]
    assert info["kommune:5026"]["rows"][0] == ["Gap-score (veiledning)", "0,90", 1]
    assert info["kommune:1818"]["fill"] == style.UNKNOWN_COLOUR  # no value: grey
    assert "analyseresultater" in html and b["data"]["defaults"]["layers"] == []
    # the gap analysis marks rows with a boolean ``illustrative`` column instead of ``source``
    flagged = gaps.drop(columns="source").assign(illustrative=[True, False, False])
    scene = build_scene(graph, view="gaps", gaps=flagged, layout="force")
    rows = {n: scene.node_info[f"kommune:{n}"]["rows"][0] for n in ("5026", "5033")}
    assert rows["5026"][2:] == [1] and rows["5033"][2:] == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"view": "partners"}, "needs a partners DataFrame"),
        ({"view": "partners", "partners": PARTNERS}, "needs a focus municipality"),
        ({"view": "gaps", "gaps": pd.DataFrame({"kommunenummer": ["5026"]})}, "missing column(s) gap_score, reasons"),
        ({"view": "nope"}, "unknown view 'nope'"),
        ({"layout": "circle"}, "unknown layout 'circle'"),
        (
            {
                "view": "communities",
                "communities": pd.DataFrame({"kommunenummer": ["9999", 5026, "5026"], "community": [1, 2.5, 3]}),
            },
            "kommunenummer 9999 is not a municipality in the graph; "
            "communities row 2: community 2.5 is not an integer; "
            "communities row 3: kommunenummer 5026 appears twice",
        ),
    ],
)
def test_bad_options_and_tables_are_reported_at_once(graph, kwargs, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MapInputError) as e:
        maps.build_map(graph, layout=kwargs.pop("layout", "force"), **kwargs)
    assert message in str(e.value)


def test_unknown_and_ambiguous_names(graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownNameError, match="did you mean 0301"):
        maps.build_map(graph, focus="301", layout="force")
    with pytest.raises(AmbiguousNameError):
        maps.build_map(graph, focus="Herøy", layout="force")
    with pytest.raises(UnknownNameError):
        maps.build_map(graph, county="Vestfold og Telemark", layout="force")


def test_reasons_accept_lists_and_joined_strings() -> None:
    assert split_reasons("a; b") == split_reasons(["a", "b"]) == ("a", "b")
    assert split_reasons(float("nan")) == ()


# --------------------------------------------------------------------------- the page: offline, escaped


class _Tags(HTMLParser):
    """Start tags as a browser's tokenizer sees them (script and style content is not parsed as markup)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if not (self._in and self._in[-1] in ("script", "style")):
            self.text.append(data)


def test_the_page_is_self_contained(national) -> None:  # type: ignore[no-untyped-def]
    html = national
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert not set(attrs) & {"src", "href", "action", "srcset", "poster", "background", "data"}, (tag, attrs)
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
    assert [t for t, _ in parser.tags if t in ("link", "iframe", "img", "object", "embed", "base")] == []
    scripts = [a for t, a in parser.tags if t == "script"]
    assert scripts == [
        {"type": "application/json", "id": "dk-nodes"},
        {"type": "application/json", "id": "dk-edges"},
        {"type": "application/json", "id": "dk-options"},
        {"type": "application/json", "id": "dk-data"},
        {},
        {},
    ]
    assert "@import" not in html and "url(http" not in html and "sourceMappingURL" not in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None and "default-src 'none'" in csp.group(1) and "connect-src 'none'" in csp.group(1)
    bodies = re.findall(r"<script>(.*?)</script>\n", html, flags=re.S)
    assert len(bodies) == 2
    for body in bodies:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp.group(1)  # only our two inline scripts may run
    text = " ".join(parser.text)
    assert "Basert på Kartverkets data under CC BY 4.0" in text and "Kilde: Statistisk sentralbyrå" in text


def test_hostile_names_stay_data(tmp_path: Path) -> None:
    G = tiny_graph({"5026": HOSTILE_IMG, "5033": HOSTILE_SCRIPT, "arena": HOSTILE_COMMENT})
    html = maps.build_map(G, focus="5026", layout="force")
    assert HOSTILE_SCRIPT not in html and "<\\/script><script>window.__xss=2<\\/script>" in html
    assert HOSTILE_COMMENT not in html and "\\u003c!--<script>" in html
    parser = _Tags()
    parser.feed(html)
    assert [t for t, _ in parser.tags if t == "script"] == ["script"] * 6  # no extra script element
    assert [t for t, _ in parser.tags if t == "img"] == []
    assert f"{HOSTILE_IMG} (5026) og nettverket rundt" in " ".join(parser.text)  # the title, as text
    b = blocks(html)
    assert b["data"]["nodes"]["kommune:5026"]["n"].startswith(HOSTILE_IMG)
    assert {n["label"] for n in b["nodes"]} >= {HOSTILE_IMG, HOSTILE_SCRIPT}
    path = maps.write_map(tmp_path / "x.html", html)
    assert path.read_text(encoding="utf-8") == html


def test_json_script_escaping() -> None:
    assert str(json_script({"a": "</script>"})) == '{"a":"<\\/script>"}'
    assert str(json_script({"a": "<!--"})) == '{"a":"\\u003c!--"}'
    assert json.loads(str(json_script({"a": "</ScRiPt><!--ø"}))) == {"a": "</ScRiPt><!--ø"}


def test_write_map_is_atomic_and_utf8(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "kart.html"
    maps.write_map(target, "<p>Holtålen – Porsáŋgu</p>")
    maps.write_map(str(target), "<p>Holtålen – Porsáŋgu</p>\n")
    assert target.read_bytes() == "<p>Holtålen – Porsáŋgu</p>\n".encode()
    assert [p.name for p in target.parent.iterdir()] == ["kart.html"]
    assert target.stat().st_mode & 0o777 == 0o644
    target.chmod(0o600)
    maps.write_map(target, "x")
    assert target.stat().st_mode & 0o777 == 0o600


def test_pyvis_lib_has_a_standalone_vis_network() -> None:
    from dknet.maps.render import _pyvis_lib

    js = (_pyvis_lib() / "vis-network.min.js").read_text(encoding="utf-8")
    assert "@version 9.1.2" in js and "t.DataSet=" in js and "t.Network=" in js


# --------------------------------------------------------------------------- the CLI


def test_cli_choices_match_the_library() -> None:
    from dknet.cli import maps as cli_maps

    assert cli_maps.VIEWS == maps.VIEWS and cli_maps.LAYOUTS == maps.LAYOUTS


def test_cli_module_starts_fast() -> None:
    code = (
        "import sys, dknet.cli.maps; "
        "print(sorted(m for m in ('pyvis', 'pandas', 'jinja2', 'networkx', 'numpy', 'dknet.maps') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def _group():  # type: ignore[no-untyped-def]
    from dknet.cli import DknetGroup
    from dknet.cli.maps import map_command

    return DknetGroup(name="dknet", commands={"map": map_command})


def test_cli_writes_a_map(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "holtalen.html"
    result = runner.invoke(_group(), ["map", "--focus", "holtaalen", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{out}\n"
    said = "Samarbeidskart – Holtålen (5026) og nettverket rundt: 60 noder, 188 linjer, 1,2 MB."
    assert result.stderr.startswith(said)
    assert "source = illustrative" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("view", "title"),
    [
        ("partners", "Forslag til samarbeidspartnere – Holtålen (5026)"),
        ("communities", "Fellesskap av kommuner"),
        ("gaps", "Hull i veiledningen"),
    ],
)
def test_cli_views_show_the_real_analyses(runner, tmp_path: Path, view: str, title: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{view}.html"
    result = runner.invoke(_group(), ["map", "--view", view, "--county", "50", "--focus", "holtaalen", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(title)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    if view == "partners":
        assert "Rosse - Røros" in html and "shares a border" in html  # the top partner and its reasons


def test_cli_partners_view_needs_a_focus(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(_group(), ["map", "--view", "partners", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert "--view partners trenger --focus KOMMUNE" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_cli_unknown_county_is_an_error(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(_group(), ["map", "--county", "99", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Feil: Fant ikke noe fylke som passer til «99»: fylkesnummeret 99 finnes ikke i inndelingen fra 2024\n"
    )


def test_every_municipality_is_drawn_once(national) -> None:  # type: ignore[no-untyped-def]
    b = blocks(national)
    kinds = Counter(e["t"] for e in b["data"]["nodes"].values())
    assert kinds["kommune"] == 357 and kinds["fylke"] == 15 and kinds["statsforvalter"] == 10
    assert len(b["data"]["basemap"]["m"]) == 357 and len(b["data"]["basemap"]["c"]) == 15


def test_output_does_not_depend_on_hash_seeds() -> None:
    code = (
        "import hashlib; from dknet.cache import load_graph; from dknet.maps import build_map; "
        "html = build_map(load_graph(), focus='5026', layout='force', seed=3); "
        "print(hashlib.sha256(html.encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }  # fmt: skip
    assert len(digests) == 1


def test_committed_example_maps_are_current(tmp_path: Path) -> None:
    """The maps in visualisations/ are exactly what the documented command makes today."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, str(root / "scripts" / "make_visualisations.py"), "--out", str(tmp_path), "--no-screenshots"],
        check=True,
        capture_output=True,
    )
    made = sorted(p.name for p in tmp_path.glob("*.html"))
    assert made == ["holtalen-samarbeid.html", "norge-samarbeid.html", "trondelag-samarbeid.html"]
    for name in made:
        assert (tmp_path / name).read_bytes() == (root / "visualisations" / name).read_bytes(), name
