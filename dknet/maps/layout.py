"""Node positions (geographic or seeded force layout) and the base map, in the map's own units.

**Geographic** (default): a municipality sits at its centroid (the ``lon``/``lat`` node
attributes) projected to UTM zone 33N (:mod:`dknet.geo`). The other nodes sit where
they belong: a county council (FK) at the area-weighted mean of its municipalities, a state
administrator (SF) at the mean of the counties it serves, a plan office or arena at the mean of
its members on the map, a regional plan at the mean of the municipalities it covers, and a plan
on a small ring around its municipality. Nodes that would overlap are moved out along a
golden-angle spiral, in a fixed order, so positions never depend on chance.

**Force**: ``networkx.spring_layout(seed=…, method="force")`` on the map's nodes except plans
(which again go on a ring around their municipality). The same seed gives the same picture.

Both are scaled so the map's municipalities span :data:`EXTENT` units (the same on-screen size
for a county and for all Norway), with y growing southwards like a screen, and rounded to 0.1
unit so the HTML is byte-for-byte reproducible.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("kommune:0301", label="Municipality", lon=10.75, lat=59.91, fylkesnummer="03")
>>> G.add_node("kommune:5001", label="Municipality", lon=10.40, lat=63.43, fylkesnummer="50")
>>> pos, frame = geo_positions(G, ["kommune:0301", "kommune:5001"])
>>> pos["kommune:5001"][1] < pos["kommune:0301"][1]  # Trondheim is north of Oslo: higher on screen
True
>>> max(abs(pos["kommune:5001"][1] - pos["kommune:0301"][1]), 0) == EXTENT
True
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

from dknet.geo import utm33
from dknet.graph import Graph
from dknet.io.boundaries import Boundaries, MultiPolygon
from dknet.schema import Label, Rel

#: Size of the map in its own units: the municipalities' bounding box spans this much.
EXTENT = 2000.0
#: Hub nodes (FK, SF, offices, arenas, regional plans) closer than this are moved apart.
MIN_HUB_DISTANCE = 34.0
#: How far above the mean of its counties a state administrator is drawn.
SF_LIFT = 70.0
#: Radius of the ring of plans around their municipality.
PLAN_RING = 30.0
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))

Position = tuple[float, float]
_HUB_ORDER = (
    Label.COUNTY.label,
    Label.STATE_ADMINISTRATOR.label,
    Label.PLAN_OFFICE.label,
    Label.REGIONAL_PLAN.label,
    Label.ARENA.label,
)


@dataclass(frozen=True)
class Frame:
    """The affine map from UTM33 metres to map units: ``x = (E - cx) * k``, ``y = -(N - cy) * k``."""

    cx: float
    cy: float
    k: float

    def to_map(self, easting: np.ndarray[Any, Any], northing: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """An (n, 2) array of map coordinates, rounded to 0.1."""
        xy = np.column_stack([(easting - self.cx) * self.k, -(northing - self.cy) * self.k])
        return np.round(xy, 1) + 0.0  # + 0.0 turns -0.0 into 0.0, so the JSON never says "-0.0"


def _mean(points: Iterable[Position], weights: Iterable[float] | None = None) -> Position | None:
    pts = list(points)
    if not pts:
        return None
    w = np.ones(len(pts)) if weights is None else np.asarray(list(weights), dtype=float)
    if w.sum() <= 0:
        w = np.ones(len(pts))
    arr = np.asarray(pts, dtype=float)
    x, y = (arr * w[:, None]).sum(axis=0) / w.sum()
    return float(x), float(y)


def _ring_mean(shape: MultiPolygon) -> tuple[float, float]:
    """A representative lon/lat for a municipality without a centroid: the mean of its largest ring."""
    ring = max((poly[0] for poly in shape), key=len)
    return float(ring[:, 0].mean()), float(ring[:, 1].mean())


def _municipality_metres(G: Graph, munis: Sequence[str], boundaries: Boundaries | None) -> dict[str, Position]:
    lons, lats, ids = [], [], []
    for m in munis:
        d = G.nodes[m]
        lon, lat = d.get("lon"), d.get("lat")
        if (lon is None or lat is None) and boundaries is not None and d.get("key") in boundaries.municipalities:
            lon, lat = _ring_mean(boundaries.municipalities[d["key"]])
        if lon is None or lat is None:
            continue
        lons.append(float(lon))
        lats.append(float(lat))
        ids.append(m)
    east, north = utm33(lons, lats)
    return {m: (float(e), float(n)) for m, e, n in zip(ids, east, north, strict=True)}


def geo_positions(
    G: Graph, nodes: Iterable[str], *, boundaries: Boundaries | None = None, core: Iterable[str] | None = None
) -> tuple[dict[str, Position], Frame]:
    """Map positions for ``nodes`` in the geographic layout, and the frame that maps UTM33 onto the map.

    The frame is fitted to the ``core`` municipalities (default: every municipality on the map),
    so a focus map is scaled to the focus's surroundings even when its network reaches further.
    """
    wanted = sorted(set(nodes))
    labels = {n: G.nodes[n]["label"] for n in wanted}
    all_munis = sorted(n for n, d in G.nodes(data=True) if d["label"] == Label.MUNICIPALITY.label)
    metres = _municipality_metres(G, all_munis, boundaries)
    shown = [n for n in wanted if labels[n] == Label.MUNICIPALITY.label and n in metres]
    # Counties sit at the area-weighted mean of all their municipalities, wherever the map is cut.
    by_county: dict[str, list[str]] = defaultdict(list)
    for m in all_munis:
        by_county[str(G.nodes[m].get("fylkesnummer"))].append(m)
    county_pos: dict[str, Position] = {}
    for code, members in by_county.items():
        have = [m for m in members if m in metres]
        p = _mean((metres[m] for m in have), (float(G.nodes[m].get("areal_km2") or 1.0) for m in have))
        if p is not None:
            county_pos[f"{Label.COUNTY.prefix}:{code}"] = p
    core_set = set(core) if core is not None else set(shown)
    frame = _frame([metres[m] for m in shown if m in core_set] or list(metres.values()) or [(0.0, 0.0)])
    centre = (frame.cx, frame.cy)
    raw: dict[str, Position] = {m: metres[m] for m in shown}
    for n in wanted:
        label = labels[n]
        if label == Label.COUNTY.label:
            raw[n] = county_pos.get(n, centre)
        elif label == Label.STATE_ADMINISTRATOR.label:
            served = [u for u, _, d in G.in_edges(n, data=True) if d["type"] == Rel.SERVED_BY.type]
            raw[n] = _mean(county_pos[c] for c in served if c in county_pos) or centre
        elif label in (Label.PLAN_OFFICE.label, Label.ARENA.label):
            members = [u for u, _, d in G.in_edges(n, data=True) if d["type"] == Rel.MEMBER_OF.type]
            organisers = [u for u, _, d in G.in_edges(n, data=True) if d["type"] == Rel.ORGANISES.type]
            raw[n] = (
                _mean(raw[m] for m in members if m in raw)
                or _mean(metres[m] for m in members if m in metres)
                or _mean(county_pos[o] for o in organisers if o in county_pos)
                or centre
            )
        elif label == Label.REGIONAL_PLAN.label:
            covered = [v for _, v, d in G.out_edges(n, data=True) if d["type"] == Rel.COVERS.type]
            owners = [u for u, _, d in G.in_edges(n, data=True) if d["type"] == Rel.OWNS.type]
            raw[n] = (
                _mean(raw[m] for m in covered if m in raw)
                or _mean(county_pos[o] for o in owners if o in county_pos)
                or centre
            )
        elif label == Label.MUNICIPALITY.label and n not in raw:
            raw[n] = county_pos.get(f"{Label.COUNTY.prefix}:{G.nodes[n].get('fylkesnummer')}", centre)
    ids = [n for n in wanted if n in raw]
    xy = frame.to_map(np.asarray([raw[n][0] for n in ids]), np.asarray([raw[n][1] for n in ids]))
    pos = {n: (float(x), float(y)) for n, (x, y) in zip(ids, xy, strict=True)}
    for n in pos:  # an SF often serves one county: lift it above its county council, labels apart
        if labels[n] == Label.STATE_ADMINISTRATOR.label:
            pos[n] = (pos[n][0], round(pos[n][1] - SF_LIFT, 1) + 0.0)
    _spread_hubs(G, pos)
    _place_plans(G, wanted, pos)
    return pos, frame


def _frame(points: Sequence[Position]) -> Frame:
    arr = np.asarray(points, dtype=float)
    lo, hi = arr.min(axis=0), arr.max(axis=0)
    extent = max(float((hi - lo).max()), 1000.0)  # at least 1 km, so one municipality still fits
    centre = (lo + hi) / 2
    return Frame(float(centre[0]), float(centre[1]), EXTENT / extent)


def _spread_hubs(G: Graph, pos: dict[str, Position]) -> None:
    """Move hub nodes that would overlap another hub out along a spiral (fixed order: deterministic)."""
    order = {label: i for i, label in enumerate(_HUB_ORDER)}
    hubs = sorted((n for n in pos if G.nodes[n]["label"] in order), key=lambda n: (order[G.nodes[n]["label"]], n))
    placed: list[Position] = []
    for n in hubs:
        x0, y0 = pos[n]
        x, y = x0, y0
        k = 0
        while any(math.hypot(x - px, y - py) < MIN_HUB_DISTANCE for px, py in placed):
            k += 1
            r = MIN_HUB_DISTANCE * 0.75 * math.sqrt(k)
            x, y = x0 + r * math.cos(k * GOLDEN_ANGLE), y0 + r * math.sin(k * GOLDEN_ANGLE)
        pos[n] = (round(x, 1) + 0.0, round(y, 1) + 0.0)
        placed.append(pos[n])


def _place_plans(G: Graph, wanted: Sequence[str], pos: dict[str, Position]) -> None:
    """Plans go on a ring around their municipality, in id order, starting at the top."""
    by_muni: dict[str, list[str]] = defaultdict(list)
    for n in wanted:
        if G.nodes[n]["label"] == Label.PLAN.label:
            owner = f"{Label.MUNICIPALITY.prefix}:{G.nodes[n].get('kommunenummer')}"
            by_muni[owner].append(n)
    for owner, plans in by_muni.items():
        cx, cy = pos.get(owner, (0.0, 0.0))
        for i, p in enumerate(sorted(plans)):
            angle = -math.pi / 2 + 2 * math.pi * i / len(plans)
            pos[p] = (
                round(cx + PLAN_RING * math.cos(angle), 1) + 0.0,
                round(cy + PLAN_RING * math.sin(angle), 1) + 0.0,
            )


def force_positions(
    G: Graph, nodes: Iterable[str], edges: Iterable[tuple[str, str]], *, seed: int
) -> dict[str, Position]:
    """Map positions from a seeded Fruchterman–Reingold layout (plans on rings around their municipality).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for n in ("kommune:1", "kommune:2", "kommune:3"):
    ...     G.add_node(n, label="Municipality")
    >>> a = force_positions(G, G.nodes, [("kommune:1", "kommune:2")], seed=1)
    >>> a == force_positions(G, G.nodes, [("kommune:1", "kommune:2")], seed=1), len(a)
    (True, 3)
    """
    wanted = sorted(set(nodes))
    H: nx.Graph[str] = nx.Graph()
    H.add_nodes_from(n for n in wanted if G.nodes[n]["label"] != Label.PLAN.label)
    H.add_edges_from(sorted((u, v) for u, v in edges if u in H and v in H and u != v))
    pos: dict[str, Position] = {}
    if len(H) == 1:
        pos[next(iter(H))] = (0.0, 0.0)
    elif len(H) > 1:
        layout = nx.spring_layout(H, seed=seed, method="force", scale=EXTENT / 2)
        pos = {n: (round(float(x), 1) + 0.0, round(float(-y), 1) + 0.0) for n, (x, y) in layout.items()}
    _place_plans(G, wanted, pos)
    return pos


def basemap(
    boundaries: Boundaries,
    frame: Frame,
    in_scope: set[str],
    positions: Iterable[Position],
    *,
    margin: float = 0.08,
) -> dict[str, list[dict[str, Any]]]:
    """Municipality and county outlines in map units, for the part of Norway the map shows.

    Every municipality whose outline touches the map's extent (its nodes plus ``margin``) is
    included; ``s`` is 1 for those in scope (drawn as land) and 0 for the surroundings.
    Rings are flat ``[x0, y0, x1, y1, …]`` lists of whole map units (the outlines are simplified to
    about a kilometre anyway; a map unit is at most 0.9 km, on the map of all Norway).
    """
    pts = np.asarray(list(positions) or [(0.0, 0.0)], dtype=float)
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    pad = max(float((hi - lo).max()), 50.0) * margin
    box = (lo[0] - pad, lo[1] - pad, hi[0] + pad, hi[1] + pad)

    def project(shape: MultiPolygon) -> list[np.ndarray[Any, Any]] | None:
        rings = [ring for poly in shape for ring in poly]
        east, north = utm33(np.concatenate([r[:, 0] for r in rings]), np.concatenate([r[:, 1] for r in rings]))
        xy = frame.to_map(east, north)
        if xy[:, 0].max() < box[0] or xy[:, 0].min() > box[2] or xy[:, 1].max() < box[1] or xy[:, 1].min() > box[3]:
            return None
        out, start = [], 0
        for r in rings:
            out.append(xy[start : start + len(r)])
            start += len(r)
        return out

    munis = []
    for code in sorted(boundaries.municipalities):
        rings = project(boundaries.municipalities[code])
        if rings is not None:
            munis.append({"k": code, "s": int(code in in_scope), "r": [_flat(r) for r in rings]})
    counties = []
    for code in sorted(boundaries.counties):
        rings = project(boundaries.counties[code])
        if rings is not None:
            counties.append({"k": code, "r": [_flat(r) for r in rings]})
    return {"m": munis, "c": counties}


def _flat(ring: np.ndarray[Any, Any]) -> list[int]:
    """A ring as whole map units ``[x0, y0, x1, y1, …]``, with repeated points dropped."""
    xy = np.rint(ring).astype(np.int64)
    keep = np.ones(len(xy), dtype=bool)
    keep[1:] = (np.diff(xy, axis=0) != 0).any(axis=1)
    return [int(v) for v in xy[keep].ravel()]
