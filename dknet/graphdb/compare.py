"""Compare two knowledge graphs strictly: same nodes, same edges with the same keys, same attributes.

"Same" is strict about types: ``1`` and ``1.0`` differ, ``True`` and ``1`` differ, floats must be
equal to the last bit. Used to show that a pull gives back the pushed graph.

>>> import networkx as nx
>>> a, b = nx.MultiDiGraph(), nx.MultiDiGraph()
>>> a.add_node("kommune:5026", folketall=2037)
>>> b.add_node("kommune:5026", folketall=2037.0)
>>> graph_differences(a, b)
['node kommune:5026: folketall is 2037 (int) here, 2037.0 (float) there']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dknet.graph import Graph


def same_value(a: Any, b: Any) -> bool:
    """Equal and of the same type (lists element by element).

    >>> same_value(1, 1), same_value(1, 1.0), same_value([1, 2], [1, 2])
    (True, False, True)
    """
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _attrs(what: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    out = []
    for name in sorted(set(a) | set(b)):
        if name not in b:
            out.append(f"{what}: {name} = {a[name]!r} here, missing there")
        elif name not in a:
            out.append(f"{what}: {name} missing here, {b[name]!r} there")
        elif not same_value(a[name], b[name]):
            out.append(
                f"{what}: {name} is {a[name]!r} ({type(a[name]).__name__}) here, "
                f"{b[name]!r} ({type(b[name]).__name__}) there"
            )
    return out


def graph_differences(here: Graph, there: Graph, *, limit: int | None = None) -> list[str]:
    """Every difference between two graphs as a sentence (empty when equal); at most ``limit``."""
    out: list[str] = []
    a_nodes, b_nodes = set(here.nodes), set(there.nodes)
    out += [f"node {n} only here" for n in sorted(a_nodes - b_nodes)]
    out += [f"node {n} only there" for n in sorted(b_nodes - a_nodes)]
    for n in sorted(a_nodes & b_nodes):
        out += _attrs(f"node {n}", here.nodes[n], there.nodes[n])
    a_edges = {(u, v, k): d for u, v, k, d in here.edges(keys=True, data=True)}
    b_edges = {(u, v, k): d for u, v, k, d in there.edges(keys=True, data=True)}
    out += [f"edge {u} → {v} [{k}] only here" for u, v, k in sorted(set(a_edges) - set(b_edges))]
    out += [f"edge {u} → {v} [{k}] only there" for u, v, k in sorted(set(b_edges) - set(a_edges))]
    for e in sorted(set(a_edges) & set(b_edges)):
        out += _attrs(f"edge {e[0]} → {e[1]} [{e[2]}]", a_edges[e], b_edges[e])
    return out[:limit] if limit is not None else out
