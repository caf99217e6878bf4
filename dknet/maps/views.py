"""What each map view shows: one builder per view picks the nodes, the lines and the result rows.

A builder returns a :class:`Selection`; :func:`dknet.maps.scene.build_scene` positions and
styles it. ``county`` and ``focus`` are resolved codes (``"50"``, ``"5026"``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dknet.geo import haversine_km
from dknet.graph import Graph, municipality_node
from dknet.maps import style
from dknet.maps.inputs import ResultRow, clean_communities, clean_gaps, clean_partners
from dknet.maps.scope import DrawnEdge, county_scope, drawn_edges, focus_keep, focus_scope, municipalities_of
from dknet.schema import ILLUSTRATIVE, NEIGHBOUR_RELS, Label, Rel

#: A focus map opens on the focus and the municipalities on it within this distance (and its neighbours).
FOCUS_RADIUS_KM = 150.0


@dataclass
class Selection:
    """What one view puts on the map: node ids, lines, analysis rows by node id, and the scope."""

    nodes: set[str]
    lines: list[DrawnEdge]
    scope: style.Scope
    results: dict[str, ResultRow] = field(default_factory=dict)


@dataclass(frozen=True)
class ViewInput:
    """The arguments every view builder gets."""

    county: str | None
    focus: str | None
    partners: pd.DataFrame | None
    communities: pd.DataFrame | None
    gaps: pd.DataFrame | None

    @property
    def base_scope(self) -> style.Scope:
        return "county" if self.county else "national"


#: The relationships that say how two municipalities are neighbours (land, sea, ferry, fixed link, boat).
_NEIGHBOURLY = frozenset(r.type for r in NEIGHBOUR_RELS)


def _municipality_codes(G: Graph) -> set[str]:
    return {d["key"] for _, d in G.nodes(data=True) if d["label"] == Label.MUNICIPALITY.label}


def _borders_only(u: str, v: str, d: dict[str, Any]) -> bool:
    return d["type"] in _NEIGHBOURLY


def cooperation_view(G: Graph, arg: ViewInput) -> Selection:
    """The knowledge graph: national, one county's, or one municipality's network (focus)."""
    if arg.focus:
        nodes, groups = focus_scope(G, arg.focus, arg.county)
        return Selection(nodes, drawn_edges(G, nodes, focus_keep(G, arg.focus, groups)), "focus")
    nodes = county_scope(G, arg.county) if arg.county else set(G.nodes)
    return Selection(nodes, drawn_edges(G, nodes), arg.base_scope)


def partners_view(G: Graph, arg: ViewInput) -> Selection:
    """The focus municipality, its suggested partners (only the county's, with a county) and a line to each."""
    assert arg.partners is not None and arg.focus is not None
    focus_id = municipality_node(arg.focus)
    partner_rows = [r for r in clean_partners(arg.partners, _municipality_codes(G)) if r.code != arg.focus]
    if arg.county:
        partner_rows = [r for r in partner_rows if G.nodes[municipality_node(r.code)]["fylkesnummer"] == arg.county]
    results = {municipality_node(r.code): r for r in partner_rows}
    nodes = {focus_id, *results}
    lines = drawn_edges(G, nodes, _borders_only)
    lines += [
        DrawnEdge(style.PARTNER_REL, focus_id, m, [{"source": ILLUSTRATIVE if r.illustrative else ""}])
        for m, r in results.items()
    ]
    return Selection(nodes, lines, "county" if len(nodes) <= 120 else "national", results)


def communities_view(G: Graph, arg: ViewInput) -> Selection:
    """Municipalities (all, or the county's) with their community, and the borders between them."""
    assert arg.communities is not None
    results = {municipality_node(r.code): r for r in clean_communities(arg.communities, _municipality_codes(G))}
    nodes = set(municipalities_of(G, arg.county))
    return Selection(nodes, drawn_edges(G, nodes, _borders_only), arg.base_scope, results)


def gaps_view(G: Graph, arg: ViewInput) -> Selection:
    """Municipalities with their gap score, their FK and SF, and the guidance lines."""
    assert arg.gaps is not None
    results = {municipality_node(r.code): r for r in clean_gaps(arg.gaps, _municipality_codes(G))}
    munis = set(municipalities_of(G, arg.county))
    hub_labels = (Label.COUNTY.label, Label.STATE_ADMINISTRATOR.label)
    hubs = {v for m in munis for v in G.successors(m) if G.nodes[v]["label"] in hub_labels}
    nodes = munis | hubs
    keep = {Rel.GUIDES.type, Rel.IN_COUNTY.type, Rel.SUPERVISED_BY.type, Rel.SERVED_BY.type}
    lines = drawn_edges(G, nodes, lambda u, v, d: d["type"] in keep)
    return Selection(nodes, lines, arg.base_scope, results)


#: One builder per view, in the order the CLI lists them.
VIEW_BUILDERS: dict[str, Callable[[Graph, ViewInput], Selection]] = {
    "cooperation": cooperation_view,
    "partners": partners_view,
    "communities": communities_view,
    "gaps": gaps_view,
}


def surroundings(G: Graph, focus_id: str, nodes: set[str]) -> list[str]:
    """The focus, its neighbours and the municipalities on the map within :data:`FOCUS_RADIUS_KM` of it."""
    f = G.nodes[focus_id]
    out = {focus_id} | {v for _, v, d in G.out_edges(focus_id, data=True) if d["type"] in _NEIGHBOURLY}
    if "lon" in f and "lat" in f:
        for n in nodes:
            d = G.nodes[n]
            near = "lon" in d and "lat" in d and haversine_km(f["lon"], f["lat"], d["lon"], d["lat"]) <= FOCUS_RADIUS_KM
            if d["label"] == Label.MUNICIPALITY.label and near:
                out.add(n)
    return sorted(n for n in out if n in nodes)
