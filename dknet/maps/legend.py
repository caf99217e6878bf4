"""The colour of each municipality by view, and what explains the map: legend, filters, defaults, title.

Colours: ``cooperation`` by SSB centrality class; ``partners`` and ``gaps`` on a ramp of the
score (focus in its own colour); ``communities`` by community, coloured so that neighbouring
communities differ (greedy graph colouring, largest first).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import networkx as nx

from dknet.graph import Graph, municipality_node
from dknet.maps import style
from dknet.maps.inputs import ResultRow
from dknet.maps.tooltips import Context, short
from dknet.schema import Label, Rel


def view_colours(
    G: Graph, view: str, node_ids: Sequence[str], results: dict[str, ResultRow], focus_id: str | None
) -> tuple[dict[str, str], list[tuple[str, str]], str]:
    """Node colours by view, the colour-scale legend rows and their title."""
    munis = [n for n in node_ids if G.nodes[n]["label"] == Label.MUNICIPALITY.label]
    colours: dict[str, str] = {}
    if view == "cooperation":
        for m in munis:
            k = G.nodes[m].get("sentralitetsklasse")
            colours[m] = style.CENTRALITY_COLOURS.get(int(k), style.UNKNOWN_COLOUR) if k else style.UNKNOWN_COLOUR
        present = sorted({int(G.nodes[m]["sentralitetsklasse"]) for m in munis if G.nodes[m].get("sentralitetsklasse")})
        rows = [(style.CENTRALITY_COLOURS[k], style.CENTRALITY_NAMES[k]) for k in present]
        return colours, rows, "Kommuner: sentralitetsklasse (SSB)"
    if view in ("partners", "gaps"):
        ramp = style.PARTNER_RAMP if view == "partners" else style.GAP_RAMP
        values = [r.value for r in results.values() if r.value == r.value]  # NaN (not known) stays grey
        lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
        for m in munis:
            r = results.get(m)
            colours[m] = style.scale_colour(r.value, lo, hi, ramp) if r else style.UNKNOWN_COLOUR
        rows = style.ramp_legend(lo, hi, ramp) if values else []
        if view == "partners":
            if focus_id:
                colours[focus_id] = style.FOCUS_BORDER
            rows = [(style.FOCUS_BORDER, "fokuskommune"), *rows]
            return colours, rows, "Foreslåtte partnere: score"
        if len(values) < len(munis):
            rows.append((style.UNKNOWN_COLOUR, "ingen verdi"))
        return colours, rows, "Gap-score (høyere = større hull)"
    # communities: colour so that neighbouring communities differ (greedy colouring, largest first).
    members: dict[int, list[str]] = defaultdict(list)
    for m in munis:
        if m in results:
            members[int(results[m].value)].append(m)
    H: nx.Graph[int] = nx.Graph()
    H.add_nodes_from(sorted(members))
    for m in munis:
        if m not in results:
            continue
        for _, v, d in G.out_edges(m, data=True):
            if d["type"] == Rel.BORDERS.type and v in results and results[v].value != results[m].value:
                H.add_edge(int(results[m].value), int(results[v].value))
    palette_index = nx.greedy_color(H, strategy="largest_first") if len(H) else {}
    community_colour = {
        c: style.COMMUNITY_PALETTE[palette_index[c] % len(style.COMMUNITY_PALETTE)] for c in sorted(members)
    }
    for m in munis:
        colours[m] = community_colour[int(results[m].value)] if m in results else style.UNKNOWN_COLOUR
    rows = [(community_colour[c], f"Fellesskap {c} ({len(members[c])} kommuner)") for c in sorted(members)]
    if len(results) < len(munis):
        rows.append((style.UNKNOWN_COLOUR, "uten fellesskap"))
    return colours, rows, "Fellesskap"


def legend_parts(
    view: str,
    scope: style.Scope,
    node_ids: Sequence[str],
    info: dict[str, dict[str, Any]],
    layers_present: dict[str, list[tuple[str, str]]],
    ctx: Context,
) -> tuple[list[style.NodeType], list[dict[str, Any]], dict[str, Any], dict[str, list[Any]]]:
    """Node types and line layers on the map, the filter choices and what is switched on when it opens."""
    types_present = [t for t in style.NODE_TYPES.values() if any(info[n]["t"] == t.id for n in node_ids)]
    layer_rows: list[dict[str, Any]] = [
        {"id": layer.id, "name": layer.name, "rels": layers_present[layer.id]}
        for layer in style.EDGE_LAYERS
        if layer.id in layers_present
    ]
    classes = sorted({int(info[n]["k"]) for n in node_ids if info[n].get("k") is not None})
    counties_present = sorted({c for n in node_ids for c in info[n]["f"]})
    sfs_present = sorted({s for n in node_ids for s in info[n]["s"]})
    def_types = [t.id for t in types_present if t.id in style.DEFAULT_TYPES[scope]]
    def_layers = [row["id"] for row in layer_rows if row["id"] in style.DEFAULT_LAYERS[scope]]
    if view == "communities":
        def_layers = [row["id"] for row in layer_rows]
    if view == "gaps":
        def_layers = []
    filters = {
        "counties": [(c, short(ctx.county_name.get(c, c), 60)) for c in counties_present],
        "sfs": [(s, ctx.sf_name.get(s, s)) for s in sfs_present],
        "classes": [
            (k, style.CENTRALITY_NAMES.get(k, str(k)), style.CENTRALITY_COLOURS.get(k, style.UNKNOWN_COLOUR))
            for k in classes
        ],
        "types": [(t.id, t.name) for t in types_present],
        "layers": [(row["id"], row["name"]) for row in layer_rows],
    }
    defaults = {"types": def_types, "layers": def_layers, "classes": classes}
    return types_present, layer_rows, filters, defaults


def titles(
    G: Graph, view: str, county: str | None, focus: str | None, layout: str, seed: int, ctx: Context
) -> tuple[str, str]:
    base = style.VIEW_TITLES[view]
    where = "hele Norge"
    if county:
        where = short(ctx.county_name.get(county, county), 60)
    if focus:
        d = G.nodes[municipality_node(focus)]
        who = f"{short(str(d['name']), 60)} ({focus})"
        where = f"{who} og nettverket rundt" if view == "cooperation" else who
        if county and view != "cooperation":
            where += f", {short(ctx.county_name.get(county, county), 60)}"
    sub = style.VIEW_DESCRIPTIONS[view]
    sub += (
        " Kommunene står ved sitt geografiske midtpunkt (UTM sone 33N)."
        if layout == "geo"
        else f" Kraftbasert oppsett (seed {seed}): avstander viser nettverket, ikke geografien."
    )
    return f"{base} – {where}", sub
