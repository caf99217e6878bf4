"""Feasibility and network context between municipalities: what makes two of them *able* to cooperate.

Similarity of challenges says who *should* talk; this module says who *can*: shared border,
distance between centroids, same commuting (BA) region, county and state-administrator office,
and what already ties them (plan offices, arenas, regional plans, common neighbours). The
Neo4j named query ``partner_candidates`` computes the same columns (parity is tested).

>>> from dknet.analysis.context import haversine_km
>>> round(haversine_km(10.75, 59.91, 10.40, 63.43))  # Oslo – Trondheim, as the crow flies
392
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from dknet.graph import Graph, nodes_of
from dknet.schema import Label, Rel, node_id

EARTH_RADIUS_KM = 6371.0088

#: Columns of :func:`feasibility_table`, in order.
FEASIBILITY_COLUMNS = (
    "kommunenummer",
    "navn",
    "shares_border",
    "distance_km",
    "same_ba_region",
    "same_county",
    "same_sf",
    "common_neighbours",
    "shared_regional_plans",
    "shared_offices",
    "shared_arenas",
)


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def distance_matrix_km(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """All pairwise great-circle distances (km), vectorised."""
    la, lo = np.radians(lat)[:, None], np.radians(lon)[:, None]
    h = np.sin((la - la.T) / 2) ** 2 + np.cos(la) * np.cos(la.T) * np.sin((lo - lo.T) / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))))


def targets(G: Graph, node: str, rel: Rel, label: Label | None = None) -> set[str]:
    """Nodes that ``node`` points to by ``rel`` (optionally only those with ``label``)."""
    return {
        v
        for _, v, d in G.out_edges(node, data=True)
        if d["type"] == rel.type and (label is None or G.nodes[v]["label"] == label.label)
    }


def _sources(G: Graph, node: str, rel: Rel) -> set[str]:
    return {u for u, _, d in G.in_edges(node, data=True) if d["type"] == rel.type}


def memberships(G: Graph, municipality: str, label: Label) -> set[str]:
    """Plan offices or arenas (by node id) the municipality is a member of."""
    return targets(G, municipality, Rel.MEMBER_OF, label)


def border_neighbours(G: Graph, municipality: str) -> set[str]:
    """Municipality node ids sharing a land border with ``municipality``."""
    return targets(G, municipality, Rel.BORDERS)


def regional_plans(G: Graph, municipality: str) -> set[str]:
    """Regional plans (node ids) that cover the municipality."""
    return _sources(G, municipality, Rel.COVERS)


def feasibility_table(G: Graph, code: str, *, candidates: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per other municipality: how feasible cooperation with ``code`` is, and what ties them.

    Columns: see :data:`FEASIBILITY_COLUMNS`. ``distance_km`` is between centroids (great
    circle); ``common_neighbours`` counts municipalities bordering both; ``shared_*`` count plan
    offices, arenas and regional plans both belong to. Sorted by kommunenummer.
    """
    me = node_id(Label.MUNICIPALITY, code)
    mine = G.nodes[me]
    my_nb = border_neighbours(G, me)
    my_offices = memberships(G, me, Label.PLAN_OFFICE)
    my_arenas = memberships(G, me, Label.ARENA)
    my_plans = regional_plans(G, me)
    my_sf = targets(G, me, Rel.SUPERVISED_BY)
    others = (
        [node_id(Label.MUNICIPALITY, c) for c in candidates]
        if candidates is not None
        else [n for n in nodes_of(G, Label.MUNICIPALITY) if n != me]
    )
    rows = []
    for other in sorted(others):
        d = G.nodes[other]
        nb = border_neighbours(G, other)
        rows.append(
            {
                "kommunenummer": d["key"],
                "navn": d["name"],
                "shares_border": other in my_nb,
                "distance_km": haversine_km(mine["lon"], mine["lat"], d["lon"], d["lat"]),
                "same_ba_region": bool(mine.get("ba_region")) and mine.get("ba_region") == d.get("ba_region"),
                "same_county": mine["fylkesnummer"] == d["fylkesnummer"],
                "same_sf": my_sf == targets(G, other, Rel.SUPERVISED_BY),
                "common_neighbours": len(my_nb & nb),
                "shared_regional_plans": len(my_plans & regional_plans(G, other)),
                "shared_offices": len(my_offices & memberships(G, other, Label.PLAN_OFFICE)),
                "shared_arenas": len(my_arenas & memberships(G, other, Label.ARENA)),
            }
        )
    return pd.DataFrame(rows, columns=list(FEASIBILITY_COLUMNS))
