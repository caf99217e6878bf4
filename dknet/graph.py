"""Build the planning knowledge graph from validated tables. Nothing here reads files.

The graph is a :class:`networkx.MultiDiGraph`. Node ids are ``<prefix>:<key>`` (see
:func:`dknet.schema.node_id`); every node has ``label``, ``key``, ``name`` and ``source``, and
every edge has ``type`` and ``source``, so any output can say which records were illustrative.
``BORDERS``, ``SEA_NEIGHBOUR``, ``FERRY`` and ``SEA_LINK`` are stored in both directions (they are
symmetric; ``FERRY`` and ``SEA_LINK`` once per pair, with the routes' ``navn`` and ``vegnummer``
joined by "; ", and for ``SEA_LINK`` each link as data in the aligned lists ``lenke_navn``,
``lenke_slag``, ``lenke_vegnummer`` and ``lenke_aar``, the fixed links before the boats so a reader
names the bridge first (:func:`sea_links`; the edges put them into words); every other
relationship points the way its name reads (Municipality -IN_COUNTY-> County). A ``BORDERS`` edge
with ``grense_merknad`` is a border the simplified outlines invent across a sound (not a land
border), and ``vinterstengt`` names winter-closed roads across it.

>>> import pandas as pd
>>> from dknet.schema import LAYERS
>>> t = {name: pd.DataFrame(columns=layer.column_names) for name, layer in LAYERS.items()}
>>> t["statsforvaltere"] = pd.DataFrame([{"statsforvalter_id": "trondelag", "navn": "SF i Trøndelag", "source": "x"}])
>>> t["fylker"] = pd.DataFrame([{"fylkesnummer": "50", "navn": "Trøndelag", "statsforvalter_id": "trondelag",
...                              "source": "x"}])
>>> t["kommuner"] = pd.DataFrame([{"kommunenummer": "5026", "navn": "Holtålen", "fylkesnummer": "50", "source": "x"}])
>>> G = build_graph(t)
>>> sorted(G.nodes), sorted(d["type"] for _, _, d in G.edges(data=True))
(['fylke:50', 'kommune:5026', 'statsforvalter:trondelag'], ['IN_COUNTY', 'SERVED_BY', 'SUPERVISED_BY'])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple, TypeAlias

import networkx as nx
import pandas as pd

from dknet.schema import FIXED_LINK_KINDS, ILLUSTRATIVE, LAYERS, Label, Rel, node_id

#: The knowledge graph type: node ids are strings like ``kommune:5026``.
Graph: TypeAlias = "nx.MultiDiGraph[str]"


def _records(df: pd.DataFrame, layer: str) -> Iterator[dict[str, Any]]:
    """Rows as dicts of the layer's columns, with missing values left out."""
    cols = [c for c in LAYERS[layer].column_names if c in df.columns]
    for rec in df[cols].to_dict(orient="records"):
        yield {
            str(k): _plain(v)
            for k, v in rec.items()
            if v is not None and not (isinstance(v, float) and pd.isna(v)) and v is not pd.NA and v != ""
        }


def _plain(value: Any) -> Any:
    """numpy scalars → Python scalars, so the graph pickles small and serialises to JSON."""
    return value.item() if hasattr(value, "item") else value


def _add_node(G: Graph, label: Label, key: str, attrs: dict[str, Any], name: str | None = None) -> str:
    nid = node_id(label, key)
    G.add_node(nid, label=label.label, key=key, name=name or attrs.get("navn", key), **attrs)
    return nid


def _add_edge(G: Graph, u: str, v: str, rel: Rel, *, key: str | None = None, **attrs: Any) -> None:
    if u not in G or v not in G:
        raise KeyError(f"{rel.type} edge between unknown nodes {u} → {v}")
    attrs.setdefault("source", G.nodes[u].get("source"))
    G.add_edge(u, v, key=key or rel.type, type=rel.type, **attrs)


def build_graph(tables: Mapping[str, pd.DataFrame]) -> Graph:
    """Turn the validated layer tables into the knowledge graph (a new MultiDiGraph)."""
    G: Graph = nx.MultiDiGraph()
    sf_of_county: dict[str, str] = {}
    for rec in _records(tables["statsforvaltere"], "statsforvaltere"):
        _add_node(G, Label.STATE_ADMINISTRATOR, rec["statsforvalter_id"], rec)
    for rec in _records(tables["fylker"], "fylker"):
        c = _add_node(G, Label.COUNTY, rec["fylkesnummer"], rec)
        sf = node_id(Label.STATE_ADMINISTRATOR, rec["statsforvalter_id"])
        sf_of_county[rec["fylkesnummer"]] = sf
        _add_edge(G, c, sf, Rel.SERVED_BY, source=rec.get("source"))
    for rec in _records(tables["kommuner"], "kommuner"):
        m = _add_node(G, Label.MUNICIPALITY, rec["kommunenummer"], rec)
        _add_edge(G, m, node_id(Label.COUNTY, rec["fylkesnummer"]), Rel.IN_COUNTY)
        _add_edge(G, m, sf_of_county[rec["fylkesnummer"]], Rel.SUPERVISED_BY)
    for rec in _records(tables["grenser"], "grenser"):
        a, b = (node_id(Label.MUNICIPALITY, rec[k]) for k in ("kommune_a", "kommune_b"))
        props = {k: v for k, v in rec.items() if k not in ("kommune_a", "kommune_b")}
        _add_edge(G, a, b, Rel.BORDERS, **props)
        _add_edge(G, b, a, Rel.BORDERS, **props)
    for rec in _records(tables["sjonaboer"], "sjonaboer"):
        a, b = (node_id(Label.MUNICIPALITY, rec[k]) for k in ("kommune_a", "kommune_b"))
        props = {k: v for k, v in rec.items() if k not in ("kommune_a", "kommune_b")}
        _add_edge(G, a, b, Rel.SEA_NEIGHBOUR, **props)
        _add_edge(G, b, a, Rel.SEA_NEIGHBOUR, **props)
    for rel, layer in ((Rel.FERRY, "ferjesamband"), (Rel.SEA_LINK, "sjosamband")):
        for (a, b), props in _route_pairs(tables[layer], layer).items():
            _add_edge(G, a, b, rel, **props)
            _add_edge(G, b, a, rel, **props)
    for rec in _records(tables["plankapasitet"], "plankapasitet"):
        m = node_id(Label.MUNICIPALITY, rec.pop("kommunenummer"))
        rec["kapasitet_source"] = rec.pop("source", None)
        if (url := rec.pop("source_url", None)) is not None:  # kept: a register's citation round-trips
            rec["kapasitet_source_url"] = url
        G.nodes[m].update(rec)
    _add_groups(G, tables, "arenaer", "arena_medlemmer", Label.ARENA, "arena_id")
    _add_groups(G, tables, "plankontor", "plankontor_medlemmer", Label.PLAN_OFFICE, "plankontor_id")
    for rec in _records(tables["arenaer"], "arenaer"):
        org = rec.get("arrangor")
        if org:
            u = node_id(Label.COUNTY, org) if org.isdigit() else node_id(Label.STATE_ADMINISTRATOR, org)
            _add_edge(G, u, node_id(Label.ARENA, rec["arena_id"]), Rel.ORGANISES, source=rec.get("source"))
    for rec in _records(tables["planer"], "planer"):
        p = _add_node(G, Label.PLAN, rec["plan_id"], rec, rec.get("navn") or rec["plantype"])
        _add_edge(G, node_id(Label.MUNICIPALITY, rec["kommunenummer"]), p, Rel.HAS_PLAN, source=rec.get("source"))
    for rec in _records(tables["regionale_planer"], "regionale_planer"):
        rp = _add_node(G, Label.REGIONAL_PLAN, rec["regionalplan_id"], rec)
        _add_edge(G, node_id(Label.COUNTY, rec["fylkesnummer"]), rp, Rel.OWNS, source=rec.get("source"))
    for rec in _records(tables["regionalplan_dekning"], "regionalplan_dekning"):
        _add_edge(
            G,
            node_id(Label.REGIONAL_PLAN, rec["regionalplan_id"]),
            node_id(Label.MUNICIPALITY, rec["kommunenummer"]),
            Rel.COVERS,
            source=rec.get("source"),
        )
    for rec in _records(tables["veiledning"], "veiledning"):
        label = Label.COUNTY if rec["fra_type"] == "FK" else Label.STATE_ADMINISTRATOR
        props = {k: v for k, v in rec.items() if k not in ("fra_type", "fra_id", "kommunenummer")}
        _add_edge(
            G,
            node_id(label, rec["fra_id"]),
            node_id(Label.MUNICIPALITY, rec["kommunenummer"]),
            Rel.GUIDES,
            key=rec["veiledning_id"],
            **props,
        )
    G.graph["illustrative"] = illustrative_summary(G)
    return G


def _route_pairs(df: pd.DataFrame, layer: str) -> dict[tuple[str, str], dict[str, Any]]:
    """One edge per pair of municipalities: the routes or links of ``layer`` between them, in name order.

    Every text column is joined with "; " (distinct values); ``samband_id`` keeps one per route.
    For ``sjosamband`` each link is also kept whole, fixed links (bridges, tunnels) before boats, in
    the aligned lists ``lenke_navn``, ``lenke_slag``, ``lenke_vegnummer`` and ``lenke_aar`` (the year
    a fixed link opened or a source last described a boat; read them with :func:`sea_links`), and
    ``sist_bekreftet`` is the latest year a source confirmed a boat.

    >>> rows = pd.DataFrame([{"samband_id": "2", "kommune_a": "1", "kommune_b": "2", "navn": "B", "vegnummer": "Fv2",
    ...                       "source": "NVDB"},
    ...                      {"samband_id": "1", "kommune_a": "1", "kommune_b": "2", "navn": "A", "vegnummer": "Fv1",
    ...                       "source": "NVDB"}])
    >>> _route_pairs(rows, "ferjesamband")[("kommune:1", "kommune:2")]["navn"]
    'A; B'
    """
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for rec in _records(df, layer):
        a, b = sorted(node_id(Label.MUNICIPALITY, rec[k]) for k in ("kommune_a", "kommune_b"))
        pairs.setdefault((a, b), []).append(rec)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for pair, recs in pairs.items():
        recs.sort(key=lambda r: (str(r.get("navn", "")), str(r["samband_id"])))
        props: dict[str, Any] = {}
        for col in LAYERS[layer].column_names:
            if col in ("kommune_a", "kommune_b", "aapnet", "sist_bekreftet"):
                continue
            values = [str(r[col]) for r in recs if r.get(col) not in (None, "")]
            if values:
                props[col] = "; ".join(dict.fromkeys(values)) if col != "samband_id" else "; ".join(values)
        if layer == "sjosamband":
            fixed = [r for r in recs if r["slag"] in FIXED_LINK_KINDS]
            boats = [r for r in recs if r["slag"] not in FIXED_LINK_KINDS]
            links = list(dict.fromkeys(_sea_link(r) for r in fixed + boats))
            for key, field in _LINK_FIELDS.items():
                props[key] = [getattr(link, field) for link in links]
            years = [int(r["sist_bekreftet"]) for r in boats if r.get("sist_bekreftet") not in (None, "")]
            if years:
                props["sist_bekreftet"] = max(years)
        props["antall_samband"] = len(recs)
        out[pair] = props
    return out


class SeaLink(NamedTuple):
    """One bridge, subsea tunnel or boat route between two municipalities, as data.

    ``year`` is the year a fixed link opened, or the year a source last described a boat ("" when
    not known). :func:`dknet.messages.links.link_names` puts links into words.
    """

    name: str
    kind: str
    road: str
    year: str

    @property
    def fixed(self) -> bool:
        """True for a bridge or subsea tunnel (one drives across), False for a boat."""
        return self.kind in FIXED_LINK_KINDS


#: ``SEA_LINK`` edge property → :class:`SeaLink` field.
_LINK_FIELDS = {"lenke_navn": "name", "lenke_slag": "kind", "lenke_vegnummer": "road", "lenke_aar": "year"}


def _sea_link(rec: Mapping[str, Any]) -> SeaLink:
    fixed = rec["slag"] in FIXED_LINK_KINDS
    year = rec.get("aapnet") if fixed else rec.get("sist_bekreftet")
    road = rec.get("vegnummer")
    return SeaLink(
        str(rec["navn"]),
        str(rec["slag"]),
        "" if road in (None, "") else str(road),
        "" if year in (None, "") else str(year),
    )


def sea_links(props: Mapping[str, Any]) -> list[SeaLink]:
    """The links of a ``SEA_LINK`` edge, fixed links first (empty for any other edge).

    >>> sea_links({"lenke_navn": ["Frøyatunnelen"], "lenke_slag": ["undersjøisk tunnel"],
    ...            "lenke_vegnummer": ["Fv714"], "lenke_aar": ["2000"]})[0].fixed
    True
    """
    columns = [list(props.get(key) or []) for key in _LINK_FIELDS]
    return [SeaLink(*(str(v) for v in values)) for values in zip(*columns, strict=True)]


def _add_groups(
    G: Graph, tables: Mapping[str, pd.DataFrame], groups: str, members: str, label: Label, key: str
) -> None:
    for rec in _records(tables[groups], groups):
        _add_node(G, label, rec[key], rec)
    for rec in _records(tables[members], members):
        m = node_id(Label.MUNICIPALITY, rec.pop("kommunenummer"))
        g = node_id(label, rec.pop(key))
        _add_edge(G, m, g, Rel.MEMBER_OF, **rec)
        if rec.get("rolle") == "vert":
            _add_edge(G, m, g, Rel.HOSTS, source=rec.get("source"))


def illustrative_summary(G: Graph) -> dict[str, int]:
    """How many nodes and edges carry ``source=illustrative`` (and capacity values that do)."""
    nodes = sum(1 for _, d in G.nodes(data=True) if d.get("source") == ILLUSTRATIVE)
    edges = sum(1 for *_, d in G.edges(data=True) if d.get("source") == ILLUSTRATIVE)
    cap = sum(1 for _, d in G.nodes(data=True) if d.get("kapasitet_source") == ILLUSTRATIVE)
    return {"nodes": nodes, "edges": edges, "capacity_records": cap}


def has_illustrative(G: Graph) -> bool:
    """True when any record of ``G`` is generated (``source=illustrative``): only the demonstration set has them.

    Outputs show their illustrative markers, columns and notes only then.

    >>> import networkx as nx
    >>> has_illustrative(nx.MultiDiGraph()), has_illustrative(nx.MultiDiGraph(illustrative={"nodes": 2}))
    (False, True)
    """
    summary = G.graph.get("illustrative")
    if summary is None:
        summary = illustrative_summary(G)
    return any(int(v or 0) for v in summary.values())


def label_counts(G: Graph) -> Counter[str]:
    """Number of nodes per label."""
    return Counter(d["label"] for _, d in G.nodes(data=True))


def relationship_counts(G: Graph) -> Counter[str]:
    """Number of edges per relationship type (the symmetric neighbour relationships once per pair)."""
    c = Counter(d["type"] for *_, d in G.edges(data=True))
    for rel in Rel:
        if rel.symmetric and rel.type in c:
            c[rel.type] //= 2
    return c


def nodes_of(G: Graph, label: Label) -> list[str]:
    """Node ids with ``label``, sorted."""
    return sorted(n for n, d in G.nodes(data=True) if d["label"] == label.label)


def municipality_node(code: str) -> str:
    """The node id of a municipality: ``kommune:<kommunenummer>``.

    >>> municipality_node("5026")
    'kommune:5026'
    """
    return node_id(Label.MUNICIPALITY, code)


def county_node(code: str) -> str:
    """The node id of a county: ``fylke:<fylkesnummer>``.

    >>> county_node("50")
    'fylke:50'
    """
    return node_id(Label.COUNTY, code)


def node_key(nid: str) -> str:
    """The record key of a node id, the inverse of :func:`municipality_node` and :func:`dknet.schema.node_id`.

    Keys may hold colons themselves (only the first one separates the prefix).

    >>> node_key("kommune:5026"), node_key(county_node("50"))
    ('5026', '50')
    """
    return nid.partition(":")[2]
