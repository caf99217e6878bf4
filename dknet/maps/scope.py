"""Which nodes and relationships a map shows, and how multi-edges are drawn as single lines.

Scopes (the cooperation view):

- **national** (no county, no focus): every node and relationship of the graph.
- **county** ``C``: C's municipalities, its county council (FK) and state administrator (SF), the
  plans of those municipalities, every plan office and arena with a member in C (or organised by
  C's FK/SF), every regional plan owned by C or covering one of its municipalities; with every
  relationship between them.
- **focus** ``F``: F, every node one relationship away from F, and the other members of F's plan
  offices and arenas (with a county: only members in that county); relationships: F's own, the
  memberships in F's offices and arenas (and who organises them), and the borders between the
  municipalities shown. This is F's *ego network*: who it is tied to, and through what.

Drawing rules: a pair of bordering municipalities is one line (``BORDERS`` is stored both ways);
the guidance contacts (``GUIDES``, one edge per contact record) from one FK or SF to one
municipality are one line whose tooltip sums them; every other relationship is one line.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("kommune:1", label="Municipality"); G.add_node("kommune:2", label="Municipality")
>>> G.add_node("fylke:50", label="County")
>>> G.add_edge("kommune:1", "kommune:2", key="BORDERS", type="BORDERS", grenselengde_km=3.0)
'BORDERS'
>>> G.add_edge("kommune:2", "kommune:1", key="BORDERS", type="BORDERS", grenselengde_km=3.0)
'BORDERS'
>>> _ = G.add_edge("fylke:50", "kommune:1", key="v1", type="GUIDES", aar=2024, antall=2, form="kurs")
>>> _ = G.add_edge("fylke:50", "kommune:1", key="v2", type="GUIDES", aar=2025, antall=1, form="møte")
>>> [(e.rel, e.source, e.target, e.count) for e in drawn_edges(G, set(G.nodes))]
[('BORDERS', 'kommune:1', 'kommune:2', 1), ('GUIDES', 'fylke:50', 'kommune:1', 2)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from dknet.graph import Graph, county_node, municipality_node
from dknet.schema import ILLUSTRATIVE, Label, Rel

MUNICIPALITY = Label.MUNICIPALITY.label
GROUP_LABELS = (Label.PLAN_OFFICE.label, Label.ARENA.label)


@dataclass
class DrawnEdge:
    """One line on the map: the relationship type, its ends, and the records behind it."""

    rel: str
    source: str
    target: str
    records: list[dict[str, Any]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many graph edges this line stands for."""
        return len(self.records)

    @property
    def illustrative(self) -> bool:
        """True when any record behind the line is illustrative."""
        return any(r.get("source") == ILLUSTRATIVE for r in self.records)


#: Relationships stored both ways in the graph and drawn once per pair.
_SYMMETRIC = frozenset(r.type for r in Rel if r.symmetric)


def label_of(G: Graph, n: str) -> str:
    """The node's label (``Municipality``, ``County`` …)."""
    return str(G.nodes[n]["label"])


def municipalities_of(G: Graph, county: str | None = None) -> list[str]:
    """Municipality node ids, sorted, optionally only those in ``county``."""
    return sorted(
        n
        for n, d in G.nodes(data=True)
        if d["label"] == MUNICIPALITY and (county is None or d.get("fylkesnummer") == county)
    )


def drawn_edges(
    G: Graph, nodes: set[str], keep: Callable[[str, str, dict[str, Any]], bool] | None = None
) -> list[DrawnEdge]:
    """The lines between ``nodes``: neighbours (land, ferry, fixed link, boat, sea) once per pair, GUIDES once per
    giver and municipality.

    A land border the simplified outlines invent across a sound (``grense_merknad``, Hasvik–Loppa)
    is not drawn: the ferry, where there is one, is. ``keep(u, v, data)`` can leave relationships
    out. Lines come in a fixed order (by type in
    schema order, then ends), so the same graph always gives the same map.
    """
    order = {r.type: i for i, r in enumerate(Rel)}
    lines: dict[tuple[str, str, str], DrawnEdge] = {}
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], _edge_sort_key(e[2]))):
        if u not in nodes or v not in nodes or (keep is not None and not keep(u, v, data)):
            continue
        rel = str(data["type"])
        if rel == Rel.BORDERS.type and data.get("grense_merknad"):
            continue
        symmetric = rel in _SYMMETRIC
        a, b = (min(u, v), max(u, v)) if symmetric else (u, v)
        if symmetric and (rel, a, b) in lines:
            continue
        lines.setdefault((rel, a, b), DrawnEdge(rel, a, b)).records.append(dict(data))
    return sorted(lines.values(), key=lambda e: (order.get(e.rel, len(order)), e.source, e.target))


def _edge_sort_key(data: dict[str, Any]) -> tuple[str, str]:
    return (str(data.get("type", "")), str(data.get("veiledning_id", "")))


def county_scope(G: Graph, county: str) -> set[str]:
    """The nodes of a county map (see the module docstring)."""
    munis = set(municipalities_of(G, county))
    fk = county_node(county)
    nodes = munis | {fk}
    nodes |= {v for _, v, d in G.out_edges(fk, data=True) if d["type"] == Rel.SERVED_BY.type}
    for m in munis:
        for _, v, d in G.out_edges(m, data=True):
            if d["type"] in (Rel.HAS_PLAN.type, Rel.MEMBER_OF.type):
                nodes.add(v)
        for u, _, d in G.in_edges(m, data=True):
            if d["type"] == Rel.COVERS.type:
                nodes.add(u)
    for org in [fk, *(v for _, v, d in G.out_edges(fk, data=True) if d["type"] == Rel.SERVED_BY.type)]:
        for _, v, d in G.out_edges(org, data=True):
            if (d["type"] == Rel.ORGANISES.type and org == fk) or d["type"] == Rel.OWNS.type:
                nodes.add(v)
    return nodes


def focus_scope(G: Graph, focus: str, county: str | None = None) -> tuple[set[str], set[str]]:
    """The nodes of a focus map and the focus's plan offices and arenas (see the module docstring)."""
    f = municipality_node(focus)
    nodes = {f} | set(G.successors(f)) | set(G.predecessors(f))
    groups = {v for v in G.successors(f) if label_of(G, v) in GROUP_LABELS}
    for g in groups:
        for u, _, d in G.in_edges(g, data=True):
            if d["type"] == Rel.MEMBER_OF.type and (county is None or G.nodes[u].get("fylkesnummer") == county):
                nodes.add(u)
    return nodes, groups


def focus_keep(G: Graph, focus: str, groups: Iterable[str]) -> Callable[[str, str, dict[str, Any]], bool]:
    """Which relationships a focus map draws (see the module docstring)."""
    f = municipality_node(focus)
    group_set = set(groups)
    membership = {Rel.MEMBER_OF.type, Rel.HOSTS.type, Rel.ORGANISES.type}

    def keep(u: str, v: str, data: dict[str, Any]) -> bool:
        rel = data["type"]
        return f in (u, v) or (rel in membership and v in group_set) or rel in _SYMMETRIC

    return keep
