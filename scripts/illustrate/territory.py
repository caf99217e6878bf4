"""Geography of the illustration: the land-border graph, the county link graph and coast-like municipalities."""

from __future__ import annotations

import math
from collections.abc import Sequence

import networkx as nx
import numpy as np
import pandas as pd

from dknet.geo import flat_distance_km, local_km
from scripts.illustrate.records import _cells, _float, _knr, _Muni, _munis

#: Land-border length relative to a circle's perimeter below which a municipality counts as coast-like.
_COAST_OPEN_PERIMETER = 1.2

#: Direction towards the open sea per county, as (east, north) — hand-set, illustrative.
_SEA_DIRECTION: dict[str, tuple[float, float]] = {
    "11": (-1.0, 0.0),  # Rogaland: west
    "15": (-0.7, 0.7),  # Møre og Romsdal: north-west
    "18": (-0.8, 0.6),  # Nordland: west / north-west
    "31": (-0.7, -0.7),  # Østfold: Oslofjord and Skagerrak, south-west
    "32": (-1.0, 0.0),  # Akershus: Oslofjord, west
    "39": (0.3, -1.0),  # Vestfold: south
    "40": (0.0, -1.0),  # Telemark: south
    "42": (0.0, -1.0),  # Agder: south
    "46": (-1.0, 0.0),  # Vestland: west
    "50": (-0.7, 0.7),  # Trøndelag: north-west
    "55": (-0.6, 0.8),  # Troms: north-west
    "56": (0.0, 1.0),  # Finnmark: north
}


def _border_graph(munis: Sequence[_Muni], grenser: pd.DataFrame | None) -> nx.Graph[str]:
    g: nx.Graph[str] = nx.Graph()
    g.add_nodes_from(m.knr for m in munis)
    if grenser is None or len(grenser) == 0:
        return g
    a_col, b_col = _cells(grenser, "kommune_a"), _cells(grenser, "kommune_b")
    km_col = _cells(grenser, "grenselengde_km")
    edges = sorted(zip((_knr(a) for a in a_col), (_knr(b) for b in b_col), km_col, strict=True))
    for a, b, km in edges:
        if a in g and b in g and a != b:
            length = _float(km)
            g.add_edge(a, b, km=1.0 if math.isnan(length) else length, link=False)
    return g


def _link_graph(munis: Sequence[_Muni], border: nx.Graph[str]) -> nx.Graph[str]:
    by_knr = {m.knr: m for m in munis}
    g: nx.Graph[str] = nx.Graph()
    g.add_nodes_from(m.knr for m in munis)
    for a, b, data in border.edges(data=True):
        if by_knr[a].fylke == by_knr[b].fylke:
            g.add_edge(a, b, km=float(data.get("km", 1.0)), link=False)
    for fylke in sorted({m.fylke for m in munis}):
        members = [m.knr for m in munis if m.fylke == fylke]
        while True:
            comps = sorted(
                (sorted(c) for c in nx.connected_components(g.subgraph(members))),
                key=lambda c: (len(c), c[0]),
            )
            if len(comps) <= 1:
                break
            small = comps[0]
            inside = set(small)
            best: tuple[float, str, str] | None = None
            for a in small:
                for b in members:
                    if b in inside:
                        continue
                    cand = (flat_distance_km(by_knr[a].lon, by_knr[a].lat, by_knr[b].lon, by_knr[b].lat), a, b)
                    if best is None or cand < best:
                        best = cand
            assert best is not None
            g.add_edge(best[1], best[2], km=1.0, link=True)
    return g


def county_link_graph(kommuner: pd.DataFrame, grenser: pd.DataFrame) -> nx.Graph[str]:
    """The county link graph: land borders within each county plus nearest-centroid link edges.

    Edges carry ``km`` (shared border length; 1 for a link edge) and ``link`` (True for the edges
    added to join islands and exclaves). Each county's municipalities are connected in it.
    """
    munis = _munis(kommuner, 9999)
    return _link_graph(munis, _border_graph(munis, grenser))


def _open_perimeter(m: _Muni, border: nx.Graph[str]) -> float:
    """Land-border length / perimeter of a circle of the same area: low → much sea (or national) border."""
    land = sum(float(d.get("km", 0.0)) for _, _, d in border.edges(m.knr, data=True))
    return land / (2 * math.sqrt(math.pi * m.areal)) if m.areal > 0 else 0.0


def _coastal(munis: Sequence[_Muni], border: nx.Graph[str], fylke: str) -> set[str]:
    """Coast-like municipalities of a county (see the module docstring, *kystsone*)."""
    direction = _SEA_DIRECTION.get(fylke)
    members = [m for m in munis if m.fylke == fylke]
    if direction is None or not members:
        return set()
    dx, dy = direction
    norm = math.hypot(dx, dy)
    lat0 = sum(m.lat for m in members) / len(members)
    seaward = {}
    for m in members:
        x, y = local_km(m.lon, m.lat, lat0=lat0)
        seaward[m.knr] = (x * dx + y * dy) / norm
    middle = float(np.median(list(seaward.values())))
    return {
        m.knr
        for m in members
        if border.degree(m.knr) == 0
        or (_open_perimeter(m, border) < _COAST_OPEN_PERIMETER and seaward[m.knr] >= middle)
    }
