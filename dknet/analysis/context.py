"""Feasibility and network context between municipalities: what makes two of them *able* to cooperate.

Similarity of challenges says who *should* talk; this module says who *can*: shared border,
distance between centroids, same commuting (BA) region, county and state-administrator office,
and what already ties them (plan offices, arenas, regional plans, common neighbours). The
Neo4j named query ``partner_candidates`` computes the same columns (parity is tested).

Distances are great-circle km between centroids (:func:`dknet.geo.haversine_km`; re-exported here
with :func:`~dknet.geo.distance_matrix_km` for existing imports).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from dknet.errors import DknetError
from dknet.geo import EARTH_RADIUS_KM as EARTH_RADIUS_KM  # re-exported for existing imports
from dknet.geo import distance_matrix_km as distance_matrix_km
from dknet.geo import haversine_km
from dknet.graph import Graph, nodes_of
from dknet.schema import Label, Rel, node_id

#: Columns of :func:`feasibility_table`, in order.
FEASIBILITY_COLUMNS = (
    "kommunenummer",
    "navn",
    "shares_border",
    "sea_neighbour",
    "ferry",
    "distance_km",
    "same_ba_region",
    "same_county",
    "same_sf",
    "common_neighbours",
    "shared_regional_plans",
    "shared_offices",
    "shared_arenas",
    "candidate",
)


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
    """Municipality node ids sharing a land border with ``municipality``.

    A border the simplified outlines invent across a sound (``grense_merknad`` on the edge, e.g.
    Hasvik–Loppa) is not a land border.
    """
    return {
        v
        for _, v, d in G.out_edges(municipality, data=True)
        if d["type"] == Rel.BORDERS.type and not d.get("grense_merknad")
    }


def regional_plans(G: Graph, municipality: str) -> set[str]:
    """Regional plans (node ids) that cover the municipality."""
    return _sources(G, municipality, Rel.COVERS)


def feasibility_table(
    G: Graph,
    code: str,
    *,
    candidates: Iterable[str] | None = None,
    purpose: str = "office",
    max_km: float = 75.0,
) -> pd.DataFrame:
    """One row per other municipality: how feasible cooperation with ``code`` is, and what ties them.

    Columns: see :data:`FEASIBILITY_COLUMNS`. ``sea_neighbour``: shores facing each other across
    water; ``ferry``: a car ferry route links them (NVDB); ``distance_km`` is between centroids
    (great circle, a straight line); ``common_neighbours`` counts municipalities bordering both;
    ``shared_*`` count plan offices, arenas and regional plans both belong to; ``candidate``: a
    partner candidate for ``purpose`` (``office``: land, ferry or sea neighbour or within
    ``max_km``; ``network``: always), as in :mod:`dknet.analysis.scoring`.
    Sorted by kommunenummer.
    """
    me = node_id(Label.MUNICIPALITY, code)
    mine = G.nodes[me]
    my_nb = border_neighbours(G, me)
    my_sea = targets(G, me, Rel.SEA_NEIGHBOUR)
    my_ferry = targets(G, me, Rel.FERRY)
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
        distance = haversine_km(mine["lon"], mine["lat"], d["lon"], d["lat"])
        rows.append(
            {
                "kommunenummer": d["key"],
                "navn": d["name"],
                "shares_border": other in my_nb,
                "sea_neighbour": other in my_sea,
                "ferry": other in my_ferry,
                "distance_km": distance,
                "same_ba_region": bool(mine.get("ba_region")) and mine.get("ba_region") == d.get("ba_region"),
                "same_county": mine["fylkesnummer"] == d["fylkesnummer"],
                "same_sf": my_sf == targets(G, other, Rel.SUPERVISED_BY),
                "common_neighbours": len(my_nb & nb),
                "shared_regional_plans": len(my_plans & regional_plans(G, other)),
                "shared_offices": len(my_offices & memberships(G, other, Label.PLAN_OFFICE)),
                "shared_arenas": len(my_arenas & memberships(G, other, Label.ARENA)),
                "candidate": purpose == "network"
                or other in my_nb
                or other in my_sea
                or other in my_ferry
                or distance <= max_km,
            }
        )
    return pd.DataFrame(rows, columns=list(FEASIBILITY_COLUMNS))


def select_codes(G: Graph, county: str | None, sf: str | None) -> list[str]:
    """kommunenummer in the county and/or served by the SF office (all when both are None)."""
    out = []
    for n in nodes_of(G, Label.MUNICIPALITY):
        d = G.nodes[n]
        if county is not None and d["fylkesnummer"] != county:
            continue
        if sf is not None and node_id(Label.STATE_ADMINISTRATOR, sf) not in targets(G, n, Rel.SUPERVISED_BY):
            continue
        out.append(str(d["key"]))
    if not out:
        if county is not None and sf is not None:
            raise DknetError("error.no_overlap", county=county, sf=sf)
        if county is not None:
            raise DknetError("error.no_municipalities.county", county=county)
        raise DknetError("error.no_municipalities.sf", sf=sf)
    return out
