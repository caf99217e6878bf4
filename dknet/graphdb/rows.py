"""The knowledge graph as parameter rows for the ``cypher/load/`` statements (pure: graph in, rows out).

Every label of :class:`dknet.schema.Label` has ``load/node_<name>.cypher`` and every type of
:class:`dknet.schema.Rel` has ``load/rel_<name>.cypher`` (``<name>`` is the enum member's name in
lower case). A node row is ``{"key", "props"}``; a relationship row is ``{"from", "to", "props"}``
plus ``from_label``/``to_label`` (which label an end has where a type allows two) and ``key``
(GUIDES: its veiledning_id). ``props`` are all the node's or edge's attributes except ``label`` and
``type`` (those become the Neo4j label and type), so ``key``, ``name`` and ``source`` travel too.

How the networkx graph maps onto Neo4j:

- a node ``kommune:5026`` is ``(:Municipality {key: "5026", …})``: one node per (label, key);
- BORDERS, two edges in networkx, is ONE relationship per pair in Neo4j, from the smaller key to
  the larger, and is read back in both directions;
- GUIDES edges are told apart by ``veiledning_id`` (the networkx edge key), so one FK may guide
  one municipality many times; every other type is one relationship per (from, to, type).

Neo4j cannot store null (setting a property to null removes it) and dknet's loads compare
properties for equality, so ``None`` and NaN values are left out: such an attribute does not come
back from ``pull``. Values must be text, whole numbers (64-bit), floats, booleans or lists of one
of these; anything else is reported, with every other problem, before anything is written.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("kommune:5026", label="Municipality", key="5026", name="Holtålen", source="SSB", lat=62.8)
>>> node_rows(G, Label.MUNICIPALITY)
[{'key': '5026', 'props': {'key': '5026', 'name': 'Holtålen', 'source': 'SSB', 'lat': 62.8}}]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.schema import LABELS_BY_NAME, RELS_BY_NAME, Label, Rel

#: Where a type allows more than one label at an end (``None`` in :class:`dknet.schema.Rel`).
MULTI_ENDPOINTS: dict[Rel, tuple[frozenset[Label] | None, frozenset[Label] | None]] = {
    Rel.MEMBER_OF: (None, frozenset({Label.PLAN_OFFICE, Label.ARENA})),
    Rel.ORGANISES: (frozenset({Label.COUNTY, Label.STATE_ADMINISTRATOR}), None),
    Rel.GUIDES: (frozenset({Label.COUNTY, Label.STATE_ADMINISTRATOR}), None),
}

_INT64 = (-(2**63), 2**63 - 1)


class GraphExportError(DknetError, ValueError):
    """The graph has something Neo4j cannot hold as dknet stores it; ``problems`` lists every one."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:10]) + (f"; … and {len(problems) - 10} more" if len(problems) > 10 else "")
        super().__init__(f"{len(problems)} problem(s) in the graph, nothing was written: {shown}")


def endpoints(rel: Rel) -> tuple[frozenset[Label], frozenset[Label]]:
    """The labels allowed at the start and at the end of ``rel``.

    >>> sorted(lab.label for lab in endpoints(Rel.GUIDES)[0])
    ['County', 'StateAdministrator']
    """
    start, end = MULTI_ENDPOINTS.get(rel, (None, None))
    return (
        start or frozenset({rel.source_label} if rel.source_label else set()),
        end or frozenset({rel.target_label} if rel.target_label else set()),
    )


def node_statement(label: Label) -> str:
    """The id of the load statement for ``label``, e.g. ``load/node_plan_office``."""
    return f"load/node_{label.name.lower()}"


def relationship_statement(rel: Rel) -> str:
    """The id of the load statement for ``rel``, e.g. ``load/rel_member_of``."""
    return f"load/rel_{rel.name.lower()}"


def neo4j_value(value: Any) -> Any:
    """``value`` as Neo4j stores it, or None to leave the property out; ValueError if it cannot.

    >>> neo4j_value(2037), neo4j_value(0.5), neo4j_value(float("nan")), neo4j_value(("a", "b"))
    (2037, 0.5, None, ['a', 'b'])
    """
    if hasattr(value, "item") and not isinstance(value, list | tuple | str):
        value = value.item()  # numpy scalars
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, bool | str | float):
        return value
    if isinstance(value, int):
        if not _INT64[0] <= value <= _INT64[1]:
            raise ValueError(f"{value} does not fit in 64 bits")
        return value
    if isinstance(value, list | tuple):
        items = [neo4j_value(v) for v in value]
        kinds = {type(v) for v in items}
        if None in items or len(kinds) > 1 or list in kinds:
            raise ValueError("a list must hold values of one type, without nulls or nested lists")
        return items
    raise ValueError(f"a {type(value).__name__} cannot be stored (use text, numbers, booleans or lists of them)")


def _props(attrs: Mapping[str, Any], skip: str, what: str, problems: list[str]) -> dict[str, Any]:
    out = {}
    for name, value in attrs.items():
        if name == skip:
            continue
        try:
            stored = neo4j_value(value)
        except ValueError as e:
            problems.append(f"{what}, property {name}: {e}")
            continue
        if stored is not None:
            out[str(name)] = stored
    return out


def node_rows(G: Graph, label: Label, *, problems: list[str] | None = None) -> list[dict[str, Any]]:
    """One row per node with ``label``, sorted by key (problems are appended to ``problems``)."""
    found: list[str] = [] if problems is None else problems
    rows = []
    for n, d in G.nodes(data=True):
        if d.get("label") != label.label:
            continue
        if not isinstance(d.get("key"), str) or not d["key"]:
            found.append(f"node {n}: its key must be non-empty text, not {d.get('key')!r}")
            continue
        rows.append({"key": d["key"], "props": _props(d, "label", f"node {n}", found)})
    if problems is None and found:
        raise GraphExportError(found)
    return sorted(rows, key=lambda r: r["key"])


def relationship_rows(G: Graph, rel: Rel, *, problems: list[str] | None = None) -> list[dict[str, Any]]:
    """One row per relationship of type ``rel`` as it is stored in Neo4j (BORDERS once per pair)."""
    found: list[str] = [] if problems is None else problems
    start, end = endpoints(rel)
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("type") != rel.type:
            continue
        du, dv = G.nodes[u], G.nodes[v]
        lu, lv = LABELS_BY_NAME.get(du.get("label", "")), LABELS_BY_NAME.get(dv.get("label", ""))
        what = f"{rel.type} edge {u} → {v}"
        if lu not in start or lv not in end:
            allowed = " or ".join(sorted(lab.label for lab in start)), " or ".join(sorted(lab.label for lab in end))
            found.append(f"{what}: goes {du.get('label')} → {dv.get('label')}, expected {allowed[0]} → {allowed[1]}")
            continue
        assert lu is not None and lv is not None
        row: dict[str, Any] = {"from": du["key"], "to": dv["key"], "props": _props(d, "type", what, found)}
        if len(start) > 1:
            row["from_label"] = lu.label
        if len(end) > 1:
            row["to_label"] = lv.label
        if rel is Rel.GUIDES:
            row["key"] = str(k)
            row["props"]["veiledning_id"] = str(k)  # the edge key is the record id: it wins
            identity: tuple[Any, ...] = (lu.label, row["from"], lv.label, row["to"], str(k))
        elif rel.symmetric:
            if row["from"] > row["to"]:
                row["from"], row["to"] = row["to"], row["from"]
            identity = (row["from"], row["to"])
            if identity in rows and du["key"] > dv["key"]:
                continue  # both directions: the props of the from < to edge are the ones stored
        else:
            identity = (lu.label, row["from"], lv.label, row["to"])
            if identity in rows:
                found.append(f"{what}: more than one {rel.type} edge between the same two nodes (keys differ)")
                continue
        rows[identity] = row
    if problems is None and found:
        raise GraphExportError(found)
    return sorted(rows.values(), key=lambda r: (r["from"], r["to"], r.get("key", "")))


@dataclass(frozen=True)
class Export:
    """Every load statement's rows, in push order (nodes by label, then relationships by type)."""

    rows: dict[str, list[dict[str, Any]]]

    @property
    def nodes(self) -> int:
        """How many nodes the rows create."""
        return sum(len(r) for s, r in self.rows.items() if s.startswith("load/node_"))

    @property
    def relationships(self) -> int:
        """How many relationships the rows create (BORDERS once per pair)."""
        return sum(len(r) for s, r in self.rows.items() if s.startswith("load/rel_"))


def export_rows(G: Graph) -> Export:
    """All rows for a push, checked first: raises GraphExportError listing every problem at once."""
    problems: list[str] = []
    unknown: defaultdict[str, int] = defaultdict(int)
    for _, d in G.nodes(data=True):
        if d.get("label") not in LABELS_BY_NAME:
            unknown[f"node label {d.get('label')!r}"] += 1
    for *_, d in G.edges(data=True):
        if d.get("type") not in RELS_BY_NAME:
            unknown[f"relationship type {d.get('type')!r}"] += 1
    problems += [f"{n} item(s) with {what}, which dknet.schema does not define" for what, n in unknown.items()]
    rows: dict[str, list[dict[str, Any]]] = {}
    for label in Label:
        rows[node_statement(label)] = node_rows(G, label, problems=problems)
    for rel in Rel:
        rows[relationship_statement(rel)] = relationship_rows(G, rel, problems=problems)
    if problems:
        raise GraphExportError(problems)
    return Export(rows)


def relationship_identity(
    rel_type: str, from_label: Any, from_key: Any, to_label: Any, to_key: Any, key: Any
) -> tuple[Any, ...]:
    """What makes a relationship one record: type and ends (BORDERS: the unordered pair), GUIDES: its id."""
    if RELS_BY_NAME[rel_type].symmetric and str(from_key) > str(to_key):
        from_key, to_key = to_key, from_key
    return (rel_type, from_label, from_key, to_label, to_key, key if rel_type == Rel.GUIDES.type else None)


def local_identities(export: Export) -> tuple[set[tuple[Any, ...]], set[tuple[str, str]]]:
    """The relationship identities and the (label, key) node identities a push writes."""
    nodes = {(label.label, row["key"]) for label in Label for row in export.rows[node_statement(label)]}
    rels = set()
    for rel in Rel:
        start, end = endpoints(rel)
        for row in export.rows[relationship_statement(rel)]:
            fl = row.get("from_label") or next(iter(start)).label
            tl = row.get("to_label") or next(iter(end)).label
            rels.add(relationship_identity(rel.type, fl, row["from"], tl, row["to"], row.get("key")))
    return rels, nodes
