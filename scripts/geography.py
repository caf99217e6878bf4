"""Geography computed from Kartverket's outlines and Statens vegvesen's NVDB: coast, islands, ferries, passes.

Developer step, called by ``scripts/import_raw.py`` (dknet reads only the CSV files it writes).
All lengths are measured on the medium-resolution outlines (``Kommuner-M``, clipped to the
coastline) in EUREF89 / UTM 33N kilometres. The rules:

- **coastline** (``kystlinje_km``): the outline of the land not shared with another municipality
  and not on the national border. The land border with Sweden, Finland and Russia is the stretch
  of the mainland's outline between the inner end of Iddefjorden (:data:`BORDER_SOUTH`) and the
  mouth of Grense Jakobselv (:data:`BORDER_NORTH`), 2 535 km on these outlines (the real border
  is 2 5xx km: Sweden 1 630, Finland 727, Russia 196). Outline around holes in the land (lakes
  between municipalities) is not coast either. ``kystandel`` is coast / the municipality's
  whole outline. A coastline length depends on the map's resolution (the coastline paradox):
  compare municipalities with each other, not with official figures.
- **island municipality** (``oykommune``): no part of the municipality's land is connected to
  the mainland (the largest connected land mass), where two parts are connected when their
  outlines share a line. Land borders the simplified outlines invent across a sound (see
  below) do not connect.
- **ferry routes** (``ferjesamband.csv``): each leg (each part of the route's line) has two
  ends, the quays; an end belongs to the municipality whose polygon contains it, or to the
  nearest one within :data:`QUAY_SNAP_KM` (quays lie on the shore, which the simplified outline
  may miss by a few hundred metres). A leg whose ends lie in two municipalities gives the pair.
- **invented land borders** (``grenser.csv``: ``grense_merknad``): a land border crossed by a
  ferry's line: the ferry sails where the outlines draw land, so the outlines touch across a
  sound (Hasvik–Loppa across Sørøysundet). The pair is kept (the outlines do touch) and flagged.
- **winter-closed roads** (``grenser.csv``: ``vinterstengt``): an NVDB winter-closed road or
  mountain pass whose line crosses the shared border of two land neighbours (comes within
  :data:`PASS_BORDER_KM` of both municipalities' outlines at the same place).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from shapely import STRtree
from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.geometry.base import BaseGeometry

from dknet.maps.projection import utm33

#: The inner end of Iddefjorden (lon, lat): the southern end of the land border with Sweden.
BORDER_SOUTH = (11.53, 58.925)
#: The mouth of Grense Jakobselv (lon, lat): the northern end of the land border with Russia.
BORDER_NORTH = (30.83, 69.79)
#: How far from a municipality's polygon a quay may lie and still count as in it (km).
QUAY_SNAP_KM = 3.0
#: How close to a route's line a quay must lie to count as one of its stops (km).
QUAY_ON_ROUTE_KM = 0.3
#: How close a winter-closed road must pass to both outlines at one place to cross their border (km).
PASS_BORDER_KM = 0.3
#: Public road categories whose winter closures count: European, national and county roads.
PUBLIC_ROADS = ("E", "R", "F")
#: Road category letters in NVDB route numbers → the road reference people write.
ROAD_PREFIX = {"E": "E", "R": "Rv", "F": "Fv", "K": "Kv", "P": "Pv"}


def to_km(xy: np.ndarray) -> np.ndarray:
    """(lon, lat) rows → UTM 33N kilometres."""
    e, n = utm33(xy[:, 0], xy[:, 1])
    return np.column_stack([e / 1000.0, n / 1000.0])


def projected(geometry: dict[str, object] | BaseGeometry) -> BaseGeometry:
    """A GeoJSON geometry (or a shapely one in lon/lat) in UTM 33N kilometres, repaired."""
    geom = geometry if isinstance(geometry, BaseGeometry) else shape(geometry)
    return shapely.make_valid(shapely.transform(geom, to_km))


def road_ref(route: str) -> str:
    """NVDB's route number as people write it: 'F882' → 'Fv882', 'E39' → 'E39', 'R13' → 'Rv13'.

    >>> road_ref("F882"), road_ref("E39"), road_ref("R13"), road_ref("")
    ('Fv882', 'E39', 'Rv13', '')
    """
    route = (route or "").strip()
    if not route:
        return ""
    return ROAD_PREFIX.get(route[0], route[0]) + route[1:]


def load_outlines(path: Path) -> dict[str, BaseGeometry]:
    """Municipality number → projected polygon (km) from a Kartverket GeoJSON."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {str(f["properties"]["kommunenummer"]): projected(f["geometry"]) for f in features}


def _polygons(g: BaseGeometry) -> list[shapely.Polygon]:
    if isinstance(g, shapely.Polygon):
        return [g]
    return [p for p in getattr(g, "geoms", []) if isinstance(p, shapely.Polygon)]


@dataclass(frozen=True)
class Coast:
    """The coastline, the national land border and the lake shores of the union of all municipalities."""

    coast: BaseGeometry
    national_border: BaseGeometry
    mainland: shapely.Polygon


def national_border(ring: shapely.LinearRing) -> LineString:
    """The stretch of the mainland outline between :data:`BORDER_SOUTH` and :data:`BORDER_NORTH` (the short way)."""
    xy = np.asarray(ring.coords)[:-1]

    def nearest(lonlat: tuple[float, float]) -> int:
        p = to_km(np.array([lonlat]))[0]
        return int(np.hypot(*(xy - p).T).argmin())

    i, j = sorted((nearest(BORDER_SOUTH), nearest(BORDER_NORTH)))
    inner = LineString(xy[i : j + 1])
    outer = LineString(np.vstack([xy[j:], xy[: i + 1]]))
    return inner if inner.length < outer.length else outer


def coastline(geoms: dict[str, BaseGeometry]) -> Coast:
    """The coast of Norway on these outlines (see the module docstring)."""
    union = shapely.union_all(list(geoms.values()))
    parts = sorted(_polygons(union), key=lambda p: -p.area)
    mainland = parts[0]
    border = national_border(mainland.exterior)
    lakes = [shapely.Polygon(h) for h in mainland.interiors]
    rings = [mainland.exterior]
    for p in parts[1:]:
        if not any(lake.contains(p) for lake in lakes):  # an island in a lake has no coast
            rings.append(p.exterior)
    outline = shapely.union_all([LineString(r.coords) for r in rings])
    coast = outline.difference(border.buffer(0.01))
    return Coast(coast=coast, national_border=border, mainland=mainland)


def coast_by_municipality(geoms: dict[str, BaseGeometry], coast: Coast) -> pd.DataFrame:
    """Per municipality: coastline (km), whole outline (km) and the coast's share of it."""
    pieces = [p for p in getattr(coast.coast, "geoms", [coast.coast]) if not p.is_empty]
    segments = [LineString(pair) for p in pieces for pair in zip(p.coords[:-1], p.coords[1:], strict=True)]
    tree = STRtree(segments)
    rows = []
    for code in sorted(geoms):
        outline = geoms[code].boundary
        near = tree.query(outline, predicate="dwithin", distance=0.01)
        km = 0.0
        if near.size:
            band = shapely.union_all([segments[int(k)] for k in near]).buffer(0.005)
            km = float(outline.intersection(band).length)
        total = float(outline.length)
        rows.append(
            {
                "kommunenummer": code,
                "kystlinje_km": round(km, 1),
                "kystandel": round(min(km / total, 1.0), 3) if total else 0.0,
            }
        )
    return pd.DataFrame(rows)


#: Land borders the simplified outlines invent that no ferry line shows (checked by hand on the map):
#: pair → why. Sørøya (Hasvik) and Stjernøya (Loppa, Alta) are separate islands across Sørøysundet;
#: Hasvik's only land border is with Hammerfest on Sørøya (data/README, the adviser test).
KNOWN_INVENTED: dict[frozenset[str], str] = {
    frozenset(("5614", "5616")): "Sørøya og Stjernøya er ulike øyer over Sørøysundet",
    frozenset(("5601", "5616")): "Sørøya og Stjernøya er ulike øyer over Sørøysundet",
}


def island_municipalities(geoms: dict[str, BaseGeometry], *, not_connecting: set[frozenset[str]]) -> set[str]:
    """Municipalities none of whose land parts is connected to the mainland (see the module docstring).

    ``not_connecting``: pairs whose shared outline is an artefact (invented land borders).
    """
    parts: list[tuple[str, shapely.Polygon]] = [(c, p) for c in sorted(geoms) for p in _polygons(geoms[c])]
    tree = STRtree([p for _, p in parts])
    parent = list(range(len(parts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, (ci, pi) in enumerate(parts):
        for j in tree.query(pi, predicate="intersects"):
            j = int(j)
            cj = parts[j][0]
            if j <= i or (ci != cj and frozenset((ci, cj)) in not_connecting):
                continue
            if float(pi.intersection(parts[j][1]).length) > 0.0:
                parent[find(i)] = find(j)
    area: dict[int, float] = defaultdict(float)
    for i, (_, p) in enumerate(parts):
        area[find(i)] += p.area
    main = max(area, key=lambda k: area[k])
    connected = {c for i, (c, _) in enumerate(parts) if find(i) == main}
    return set(geoms) - connected


# ---------------------------------------------------------------------------------------------
# Ferries


def _legs(geom: BaseGeometry) -> list[LineString]:
    if isinstance(geom, LineString):
        return [geom]
    if isinstance(geom, MultiLineString):
        return list(geom.geoms)
    return []


def locate(point: Point, geoms: dict[str, BaseGeometry], tree: STRtree, codes: list[str]) -> tuple[str, float]:
    """The municipality a point lies in (distance 0) or the nearest one, with the distance in km."""
    hits = [codes[int(k)] for k in tree.query(point, predicate="intersects")]
    if hits:
        return sorted(hits)[0], 0.0
    k = int(tree.nearest(point))
    return codes[k], float(geoms[codes[k]].distance(point))


@dataclass
class FerryResult:
    """Rows of ``ferjesamband.csv`` and what could not be mapped, with the reason."""

    rows: list[dict[str, object]]
    unmapped: list[tuple[str, str]]  # (route name, reason)
    internal: list[tuple[str, str]]  # (route name, municipality): both ends in one municipality
    ends: dict[str, int]  # municipality → routes with a quay in it


def ferry_pairs(
    routes: list[dict[str, object]], quays: list[dict[str, object]], geoms: dict[str, BaseGeometry]
) -> FerryResult:
    """Map each ferry route to the municipality pairs it links (see the module docstring).

    ``routes``: GeoJSON features (LineString / MultiLineString, WGS84) with NVDB properties;
    ``quays``: the NVDB ferry quays (Point features). A route's stops are the ends of its legs
    and the quays within :data:`QUAY_ON_ROUTE_KM` of its line (a round trip's line starts and
    ends at the same quay, so its ends alone miss the far side).
    """
    codes = sorted(geoms)
    tree = STRtree([geoms[c] for c in codes])
    quay_points = [projected(q["geometry"]) for q in quays]
    quay_tree = STRtree(quay_points)
    rows: list[dict[str, object]] = []
    unmapped: list[tuple[str, str]] = []
    internal: list[tuple[str, str]] = []
    ends: dict[str, int] = defaultdict(int)
    for f in routes:
        props: dict[str, object] = f["properties"]  # type: ignore[assignment]
        name = str(props.get("name") or "")
        line = projected(f["geometry"])
        legs = _legs(line)
        if not legs:
            unmapped.append((name, "no line"))
            continue
        stops = [Point(np.asarray(leg.coords)[k]) for leg in legs for k in (0, -1)]
        stops += [quay_points[int(k)] for k in quay_tree.query(line, predicate="dwithin", distance=QUAY_ON_ROUTE_KM)]
        located = [locate(p, geoms, tree, codes) for p in stops]
        munis = sorted({c for c, d in located if d <= QUAY_SNAP_KM})
        far = [d for _, d in located if d > QUAY_SNAP_KM]
        if not munis:
            unmapped.append((name, f"every quay more than {QUAY_SNAP_KM:g} km from a municipality ({max(far):.1f} km)"))
            continue
        for m in munis:
            ends[m] += 1
        if len(munis) == 1:
            internal.append((name, munis[0]))
            continue
        sid = str(props.get("id") or "").removeprefix("no-ferry-")
        for i, a in enumerate(munis):
            for b in munis[i + 1 :]:
                rows.append(
                    {
                        "samband_id": sid,
                        "kommune_a": a,
                        "kommune_b": b,
                        "navn": name,
                        "vegnummer": road_ref(str(props.get("route") or "")),
                        "kategori": props.get("categorie") or "",
                        "drift": props.get("exploitation") or "",
                    }
                )
    return FerryResult(rows, unmapped, internal, dict(ends))


def invented_borders(
    routes: list[dict[str, object]], geoms: dict[str, BaseGeometry], borders: set[frozenset[str]]
) -> dict[frozenset[str], str]:
    """Land-border pairs a ferry's line crosses, with the route's name (see the module docstring)."""
    codes = sorted(geoms)
    tree = STRtree([geoms[c] for c in codes])
    out: dict[frozenset[str], str] = {}
    for f in routes:
        props: dict[str, object] = f["properties"]  # type: ignore[assignment]
        line = projected(f["geometry"])
        near = sorted(codes[int(k)] for k in tree.query(line, predicate="intersects"))
        for i, a in enumerate(near):
            for b in near[i + 1 :]:
                pair = frozenset((a, b))
                if pair not in borders or pair in out:
                    continue
                shared = geoms[a].intersection(geoms[b])
                if not shared.is_empty and line.intersects(shared):
                    out[pair] = str(props.get("name") or "")
    return out


# ---------------------------------------------------------------------------------------------
# Winter-closed roads


def _ddmm(mmdd: object) -> str:
    """NVDB's 'MM-DD' as Norwegians write a day: '10-31' → '31.10.'.

    >>> _ddmm("10-31"), _ddmm("")
    ('31.10.', '')
    """
    text = str(mmdd or "")
    if len(text) != 5 or text[2] != "-":
        return ""
    return f"{text[3:]}.{text[:2]}."


def closure_label(props: dict[str, object]) -> str:
    """'Fv450 Brokke - Suleskard 31.10.–21.05.' (road, name, closed from–to as NVDB gives them).

    A road closed when the weather demands, without dates, gets NVDB's days closed a year:
    'Rv7 Hardangervidda (35 dager stengt i året)'.
    """
    road = str(props.get("road_ref") or road_ref(str(props.get("route") or "")))
    name = str(props.get("name") or "").strip()
    if "·" in name:  # a label the extract made up ("Pv1076 · fermé 12-01 → 06-01"): the places at the ends instead
        name = " - ".join(str(props[k]) for k in ("de", "a") if props.get(k))
    span = "–".join(x for x in (_ddmm(props.get("ferme_du")), _ddmm(props.get("ferme_au"))) if x)
    days = str(props.get("jours_fermes_an") or "").strip()
    if not span and days.isdigit() and int(days) > 0:  # closed when the weather says, not between dates
        span = f"({days} {'dag' if days == '1' else 'dager'} stengt i året)"
    return " ".join(x for x in (road, name, span) if x)


def winter_closures(
    features: list[dict[str, object]], geoms: dict[str, BaseGeometry], borders: set[frozenset[str]]
) -> tuple[dict[frozenset[str], list[str]], dict[str, int]]:
    """Border pairs crossed by a winter-closed road or pass, and closed roads per municipality.

    Only NVDB types ``vinterstengt`` and ``fjellovergang`` (closures) on public roads
    (:data:`PUBLIC_ROADS`: E, Rv, Fv) count; ``skredutsatt`` (avalanche-prone, not a closure) and
    the private and forest roads (1 004 and 68 of the 1 145 closures) do not.
    """
    codes = sorted(geoms)
    tree = STRtree([geoms[c] for c in codes])
    outlines = {c: g.boundary for c, g in geoms.items()}
    pairs: dict[frozenset[str], list[str]] = defaultdict(list)
    per_muni: dict[str, int] = defaultdict(int)
    for f in features:
        props: dict[str, object] = f["properties"]  # type: ignore[assignment]
        if props.get("type") not in ("vinterstengt", "fjellovergang"):
            continue
        if str(props.get("route") or "")[:1] not in PUBLIC_ROADS:
            continue  # private (P) and forest (S) roads: gates, not roads people travel between municipalities
        line = projected(f["geometry"])
        near = sorted(codes[int(k)] for k in tree.query(line, predicate="dwithin", distance=PASS_BORDER_KM))
        inside = [c for c in near if line.intersects(geoms[c])]
        for c in inside:
            per_muni[c] += 1
        label = closure_label(props)
        for i, a in enumerate(near):
            for b in near[i + 1 :]:
                pair = frozenset((a, b))
                if pair not in borders:
                    continue
                near_a = line.intersection(outlines[a].buffer(PASS_BORDER_KM))
                if near_a.is_empty or near_a.distance(outlines[b]) > PASS_BORDER_KM:
                    continue
                if label not in pairs[pair]:
                    pairs[pair].append(label)
    return dict(pairs), dict(per_muni)
