"""Feasibility and network context between municipalities: what makes two of them *able* to cooperate.

Similarity of challenges says who *should* talk; this module says who *can*: shared border,
distance between centroids, same commuting (BA) region, county and state-administrator office,
and what already ties them (plan offices, arenas, regional plans, common neighbours).
The Neo4j named query ``partner_candidates`` is checked against a table built from these helpers
(``tests/neo4j_reference.py``).

Distances are great-circle km between centroids (:func:`dknet.geo.haversine_km`; re-exported here
with :func:`~dknet.geo.distance_matrix_km` for existing imports).
"""

from __future__ import annotations

from dknet.errors import DknetError
from dknet.geo import EARTH_RADIUS_KM as EARTH_RADIUS_KM  # re-exported for existing imports
from dknet.geo import distance_matrix_km as distance_matrix_km
from dknet.graph import Graph, nodes_of
from dknet.schema import Label, Rel, node_id


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
