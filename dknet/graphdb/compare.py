"""Compare two knowledge graphs strictly: same nodes, same edges with the same keys, same attributes.

"Same" is strict about types: ``1`` and ``1.0`` differ, ``True`` and ``1`` differ, floats must be
equal to the last bit. Used to show that a pull gives back the pushed graph.

>>> import networkx as nx
>>> a, b = nx.MultiDiGraph(), nx.MultiDiGraph()
>>> a.add_node("kommune:5026", folketall=2037)
>>> b.add_node("kommune:5026", folketall=2037.0)
>>> graph_differences(a, b)
['node kommune:5026: folketall is 2037 (int) here, 2037.0 (float) there']
>>> graph_differences(a, b, lang="nb")
['node kommune:5026: folketall er 2037 (int) lokalt, 2037.0 (float) i Neo4j']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dknet.graph import Graph
from dknet.messages import t


def same_value(a: Any, b: Any) -> bool:
    """Equal and of the same type (lists element by element).

    >>> same_value(1, 1), same_value(1, 1.0), same_value([1, 2], [1, 2])
    (True, False, True)
    """
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _attrs(what: str, a: Mapping[str, Any], b: Mapping[str, Any], lang: str) -> list[str]:
    out = []
    for name in sorted(set(a) | set(b)):
        if name not in b:
            out.append(t("neo4j.diff.missing_there", lang, what=what, name=name, a=repr(a[name])))
        elif name not in a:
            out.append(t("neo4j.diff.missing_here", lang, what=what, name=name, b=repr(b[name])))
        elif not same_value(a[name], b[name]):
            out.append(
                t(
                    "neo4j.diff.value",
                    lang,
                    what=what,
                    name=name,
                    a=repr(a[name]),
                    a_type=type(a[name]).__name__,
                    b=repr(b[name]),
                    b_type=type(b[name]).__name__,
                )
            )
    return out


def graph_differences(here: Graph, there: Graph, *, limit: int | None = None, lang: str = "en") -> list[str]:
    """Every difference between two graphs as a sentence in ``lang`` (empty when equal); at most ``limit``.

    ``here`` is the local graph and ``there`` the one read back from Neo4j: English says "here" and
    "there", Norwegian "lokalt" and "i Neo4j" (``neo4j.diff.*`` in :mod:`dknet.messages`).
    """
    out: list[str] = []
    a_nodes, b_nodes = set(here.nodes), set(there.nodes)

    def node(n: Any) -> str:
        return t("neo4j.diff.node", lang, id=n)

    def edge(u: Any, v: Any, k: Any) -> str:
        return t("neo4j.diff.edge", lang, u=u, v=v, key=k)

    out += [t("neo4j.diff.only_here", lang, what=node(n)) for n in sorted(a_nodes - b_nodes)]
    out += [t("neo4j.diff.only_there", lang, what=node(n)) for n in sorted(b_nodes - a_nodes)]
    for n in sorted(a_nodes & b_nodes):
        out += _attrs(node(n), here.nodes[n], there.nodes[n], lang)
    a_edges = {(u, v, k): d for u, v, k, d in here.edges(keys=True, data=True)}
    b_edges = {(u, v, k): d for u, v, k, d in there.edges(keys=True, data=True)}
    out += [t("neo4j.diff.only_here", lang, what=edge(*e)) for e in sorted(set(a_edges) - set(b_edges))]
    out += [t("neo4j.diff.only_there", lang, what=edge(*e)) for e in sorted(set(b_edges) - set(a_edges))]
    for e in sorted(set(a_edges) & set(b_edges)):
        out += _attrs(edge(*e), a_edges[e], b_edges[e], lang)
    return out[:limit] if limit is not None else out
