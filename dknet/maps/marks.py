"""The marks on the map: one styled vis-network node per graph node and one line per drawn edge, with
the tooltip data (rows, reasons, illustrative flags) the template shows.

Nothing here changes the graph: node and edge dicts are new objects built from its attributes.
Nodes that look the same share a vis-network *group* (colour, border, font), so the HTML stays
small. Line widths are in map units; see :data:`EDGE_WIDTH`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dknet.graph import Graph
from dknet.maps import style
from dknet.maps.inputs import ResultRow
from dknet.maps.scope import DrawnEdge
from dknet.maps.tooltips import Context, edge_detail, hub_rows, municipality_rows, short
from dknet.schema import ILLUSTRATIVE, LABELS_BY_NAME, RELS_BY_NAME, Label, Rel

#: Line widths are in map units and shrink as the map zooms out; the maps open at about 0.45 map
#: units per pixel, so this factor keeps a 1-wide line about one pixel wide when the map opens.
EDGE_WIDTH = 2.0


@dataclass
class NodeMarks:
    """vis-network nodes, the template's data per node, the shared style groups."""

    nodes: list[dict[str, Any]]
    info: dict[str, dict[str, Any]]
    groups: dict[str, dict[str, Any]]


@dataclass
class LineMarks:
    """vis-network edges, the template's data per edge, and the (colour, relation) rows per line layer."""

    edges: list[dict[str, Any]]
    info: dict[str, dict[str, Any]]
    layers: dict[str, list[tuple[str, str]]]


def node_marks(
    G: Graph,
    ctx: Context,
    *,
    view: str,
    node_ids: Sequence[str],
    pos: dict[str, tuple[float, float]],
    colour_of: dict[str, str],
    results: dict[str, ResultRow],
    focus_id: str | None,
    font: int,
    illustrative: set[str],
) -> NodeMarks:
    """Nodes and their tooltip data; adds what is illustrative on them to ``illustrative``."""
    nodes_out: list[dict[str, Any]] = []
    info: dict[str, dict[str, Any]] = {}
    vis_groups: dict[str, dict[str, Any]] = {}  # vis-network groups: one per colour and style, nodes stay small
    group_names: dict[tuple[str, bool, bool], str] = {}
    for n in node_ids:
        d = G.nodes[n]
        label = LABELS_BY_NAME[d["label"]]
        ntype = style.NODE_TYPES[label.prefix]
        x, y = pos[n]
        counties = ctx.counties_of(n)
        entry: dict[str, Any] = {
            "t": ntype.id,
            "c": str(d["key"]),
            "f": counties,
            "s": ctx.sfs_of(n, counties),
        }
        if label is Label.MUNICIPALITY:
            more, size, text = _municipality_mark(G, ctx, n, view, results, focus_id, illustrative)
        else:
            more, size, text = _hub_mark(G, ctx, n, illustrative)
        entry |= more
        colour = colour_of.get(n, ntype.colour)
        if colour != ntype.colour or label is Label.MUNICIPALITY:
            entry["fill"] = colour
        is_focus = n == focus_id
        small = label not in (Label.MUNICIPALITY, Label.COUNTY, Label.STATE_ADMINISTRATOR) or is_focus
        group_key = (colour, is_focus, small)
        if group_key not in group_names:
            group_names[group_key] = f"g{len(group_names)}"
            vis_groups[group_names[group_key]] = _vis_group(colour, is_focus=is_focus, small=small, font=font)
        node: dict[str, Any] = {
            "id": n,
            "label": text,
            "shape": "star" if is_focus else ntype.shape,
            "group": group_names[group_key],
            "size": round(size * (1.8 if is_focus else 1.0), 1),
            "x": x,
            "y": y,
        }
        if is_focus:
            entry["fill"] = style.BASEMAP["focus_fill"] if view == "cooperation" else colour
        nodes_out.append(node)
        info[n] = entry
    return NodeMarks(nodes_out, info, vis_groups)


def _municipality_mark(
    G: Graph,
    ctx: Context,
    n: str,
    view: str,
    results: dict[str, ResultRow],
    focus_id: str | None,
    illustrative: set[str],
) -> tuple[dict[str, Any], float, str]:
    """A municipality's tooltip data, size and label; adds what is illustrative on it to ``illustrative``."""
    d = G.nodes[n]
    ntype = style.NODE_TYPES[Label.MUNICIPALITY.prefix]
    rows, cap_ill, rel_ill = municipality_rows(ctx, n)
    if cap_ill:
        illustrative.add("plankapasitet (årsverk, konsulentbruk)")
    if rel_ill and view == "cooperation":
        illustrative.update(_relation_kinds(G, n))
    county_nm = ctx.county_name.get(str(d["fylkesnummer"]), "")
    entry: dict[str, Any] = {
        "n": f"{d['name']} ({d['key']})",
        "sub": f"{ntype.name} · {short(county_nm, 60)}",
        "hit": f"{short(str(d['name']), 60)} ({d['key']}, {short(county_nm, 60)})",
        "k": d.get("sentralitetsklasse"),
        "q": ctx.search_keys(n),
    }
    result = results.get(n)
    if result is not None:
        rows = _result_rows(view, result) + rows
        entry["why"] = list(result.reasons)
        if result.illustrative:
            illustrative.add("analyseresultater")
    if view == "partners" and n == focus_id:
        rows = [["Rolle", "fokuskommune"], *rows]
    entry["rows"] = rows
    size = _municipality_size(d.get("folketall_2026"))
    if view == "partners" and n != focus_id:
        size = max(size, 9.0)
    return entry, size, short(str(d["name"]))


def _hub_mark(G: Graph, ctx: Context, n: str, illustrative: set[str]) -> tuple[dict[str, Any], float, str]:
    """Any other node's (county, office, arena, plan …) tooltip data, size and label."""
    d = G.nodes[n]
    label = LABELS_BY_NAME[d["label"]]
    ntype = style.NODE_TYPES[label.prefix]
    if d.get("source") == ILLUSTRATIVE:
        illustrative.add(_plural(label))
    text = short(str(d["name"]))
    if label is Label.PLAN:
        text = f"{d.get('plantype', '')} {d.get('vedtatt_aar', '')}".strip()
    entry: dict[str, Any] = {
        "n": str(d["name"]),
        "sub": ntype.name,
        "hit": f"{short(str(d['name']), 60)} ({ntype.name})",
        "rows": hub_rows(ctx, n),
    }
    if label is not Label.PLAN:
        entry["q"] = ctx.search_keys(n)
    return entry, ntype.size, text


def _vis_group(colour: str, *, is_focus: bool, small: bool, font: int) -> dict[str, Any]:
    """A vis-network group: one per colour and style, so that the nodes themselves stay small."""
    group: dict[str, Any] = {
        "color": {
            "background": colour,
            "border": style.FOCUS_BORDER if is_focus else style.NODE_BORDER,
            "highlight": {"background": colour, "border": style.FOCUS_BORDER},
            "hover": {"background": colour, "border": style.FOCUS_BORDER},
        },
        "borderWidth": 3 if is_focus else 1,
    }
    if small:
        group["font"] = {"size": round(font * (1.2 if is_focus else 0.75))}
    return group


def line_marks(
    G: Graph,
    *,
    view: str,
    lines: Sequence[DrawnEdge],
    colour_of: dict[str, str],
    results: dict[str, ResultRow],
    illustrative: set[str],
) -> LineMarks:
    """Lines and their tooltip data; adds what is illustrative on them to ``illustrative``."""
    edges_out: list[dict[str, Any]] = []
    edge_info: dict[str, dict[str, Any]] = {}
    layers_present: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, line in enumerate(lines):
        eid = f"e{i}"
        layer = _edge_layer(G, line)
        colour = _edge_colour(G, line)
        width = 1.0
        detail = edge_detail(G, line)
        rel_nb = RELS_BY_NAME[line.rel].display_nb if line.rel in RELS_BY_NAME else style.PARTNER_REL_NB
        if line.rel == Rel.HOSTS.type:
            width = 2.0
        elif line.rel == Rel.GUIDES.type:
            width = 1.0 + min(4.0, sum(int(r.get("antall", 1)) for r in line.records) / 10)
        elif line.rel == style.PARTNER_REL:
            r = results[line.target]
            width = 2.0 + 4.0 * _share(r.value, [x.value for x in results.values()])
            colour = colour_of.get(line.target, colour)
            detail = f"score {style.fmt_number(r.value, 2)}"
        elif view == "communities" and line.rel == Rel.BORDERS.type:
            a, b = results.get(line.source), results.get(line.target)
            same = a is not None and b is not None and a.value == b.value
            colour = colour_of.get(line.source, colour) if same else "#b0b0b0"
            width = 2.0 if same else 1.0
        edges_out.append(
            {
                "id": eid,
                "from": line.source,
                "to": line.target,
                "color": colour,
                "width": round(width * EDGE_WIDTH, 2),
            }
        )
        einfo: dict[str, Any] = {"l": layer, "r": rel_nb}
        if detail:
            einfo["d"] = detail
        if line.rel == style.PARTNER_REL:
            einfo["why"] = list(results[line.target].reasons)
        if line.illustrative:
            einfo["i"] = 1
            if line.rel == style.PARTNER_REL:
                illustrative.add("analyseresultater")
            elif view == "cooperation":
                illustrative.add(_plural_rel(G, line))
        edge_info[eid] = einfo
        swatch = style.REL_COLOURS[style.PARTNER_REL] if line.rel == style.PARTNER_REL else _edge_colour(G, line)
        if (swatch, rel_nb) not in layers_present[layer]:
            layers_present[layer].append((swatch, rel_nb))
    return LineMarks(edges_out, edge_info, layers_present)


def _edge_layer(G: Graph, line: DrawnEdge) -> str:
    if line.rel == Rel.MEMBER_OF.type:
        return "arenaer" if G.nodes[line.target]["label"] == Label.ARENA.label else "plankontor"
    for layer in style.EDGE_LAYERS:
        if line.rel in layer.rels:
            return layer.id
    return "partner"


def _edge_colour(G: Graph, line: DrawnEdge) -> str:
    if line.rel == Rel.MEMBER_OF.type and G.nodes[line.target]["label"] == Label.ARENA.label:
        return style.ARENA_MEMBER_COLOUR
    return style.REL_COLOURS.get(line.rel, "#777777")


def _share(value: float, values: Sequence[float]) -> float:
    lo, hi = min(values), max(values)
    return 1.0 if hi <= lo else (value - lo) / (hi - lo)


def _plural(label: Label) -> str:
    return {
        Label.PLAN: "kommunale planer",
        Label.PLAN_OFFICE: "plankontor",
        Label.REGIONAL_PLAN: "regionale planer",
        Label.ARENA: "arenaer og nettverk",
    }.get(label, label.display_nb.lower())


def _plural_rel(G: Graph, line: DrawnEdge) -> str:
    if line.rel == Rel.GUIDES.type:
        return "veiledningskontakter"
    target = G.nodes[line.target]["label"]
    source = G.nodes[line.source]["label"]
    for lab in (target, source):
        if lab not in (Label.MUNICIPALITY.label, Label.COUNTY.label, Label.STATE_ADMINISTRATOR.label):
            return _plural(LABELS_BY_NAME[lab])
    return RELS_BY_NAME[line.rel].display_nb


def _relation_kinds(G: Graph, n: str) -> set[str]:
    kinds: set[str] = set()
    for _, v, e in G.out_edges(n, data=True):
        ill = e.get("source") == ILLUSTRATIVE or G.nodes[v].get("source") == ILLUSTRATIVE
        if ill and G.nodes[v]["label"] != Label.MUNICIPALITY.label:
            kinds.add(_plural(LABELS_BY_NAME[G.nodes[v]["label"]]))
    for u, _, e in G.in_edges(n, data=True):
        if e.get("source") == ILLUSTRATIVE:
            guides = e["type"] == Rel.GUIDES.type
            kinds.add("veiledningskontakter" if guides else _plural(LABELS_BY_NAME[G.nodes[u]["label"]]))
    return kinds


def _municipality_size(population: Any) -> float:
    """Node size grows with the logarithm of the population (250 → 5, 2 000 → 9, 100 000 → 16, cap 18)."""
    pop = float(population) if isinstance(population, int | float) else 2000.0
    return round(min(18.0, 5.0 + 1.3 * math.log2(max(pop, 250.0) / 250.0)), 1)


def _result_rows(view: str, r: ResultRow) -> list[list[Any]]:
    ill = [1] if r.illustrative else []
    if view == "partners":
        return [["Score (partnerforslag)", style.fmt_number(r.value, 2), *ill]]
    if view == "communities":
        return [["Fellesskap", str(int(r.value)), *ill]]
    return [["Gap-score (veiledning)", style.fmt_number(r.value, 2), *ill]]
