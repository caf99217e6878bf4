"""Turn the graph (and an analysis result) into a *scene*: styled nodes and lines, tooltips, legend, filters.

A scene is plain data; :mod:`dknet.maps.render` hands it to pyvis and our template. Nothing here
changes the graph: node and edge dicts are new objects built from the graph's attributes.

Views:

- ``cooperation``: the knowledge graph (see :mod:`dknet.maps.scope` for national, county and
  focus scopes); municipalities coloured by SSB centrality class.
- ``partners``: a focus municipality and its suggested partners, coloured by score, with a line
  to each partner whose tooltip lists the reasons. With a county, only partners in it.
- ``communities``: municipalities (all, or one county's) coloured by community; borders inside a
  community drawn in its colour, borders between communities grey.
- ``gaps``: municipalities coloured by gap score (largest = darkest red) with the reasons, their
  FK and SF, and the guidance lines (off when the map opens).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import networkx as nx
import pandas as pd

from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.maps import style
from dknet.maps.inputs import MapInputError, ResultRow, clean_communities, clean_gaps, clean_partners
from dknet.maps.layout import basemap, force_positions, geo_positions
from dknet.maps.scope import (
    DrawnEdge,
    county_scope,
    drawn_edges,
    focus_keep,
    focus_scope,
    municipalities_of,
)
from dknet.maps.tooltips import Context, edge_detail, fmt_number, hub_rows, municipality_rows, short
from dknet.names import NameIndex
from dknet.schema import ILLUSTRATIVE, LABELS_BY_NAME, RELS_BY_NAME, Label, Rel, node_id

View = Literal["cooperation", "partners", "communities", "gaps"]
Layout = Literal["geo", "force"]
VIEWS: tuple[str, ...] = ("cooperation", "partners", "communities", "gaps")
LAYOUTS: tuple[str, ...] = ("geo", "force")

#: Line widths are in map units and shrink as the map zooms out; the maps open at about 0.45 map
#: units per pixel, so this factor keeps a 1-wide line about one pixel wide when the map opens.
EDGE_WIDTH = 2.0


@dataclass
class Scene:
    """Everything a map shows, as plain data (JSON-ready)."""

    view: str
    scope: style.Scope
    layout: str
    seed: int
    title: str
    subtitle: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    groups: dict[str, dict[str, Any]]
    node_info: dict[str, dict[str, Any]]
    edge_info: dict[str, dict[str, Any]]
    legend: dict[str, Any]
    filters: dict[str, Any]
    defaults: dict[str, list[Any]]
    basemap: dict[str, Any] | None
    focus: str | None
    illustrative: list[str] = field(default_factory=list)
    font_size: int = 14
    fit: list[str] = field(default_factory=list)

    @property
    def illustrative_note(self) -> str | None:
        """The visible note, when illustrative data is on the map."""
        if not self.illustrative:
            return None
        return style.ILLUSTRATIVE_NOTE.format(what=", ".join(self.illustrative))


# --------------------------------------------------------------------------- lines


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


def resolve_county(G: Graph, query: str) -> str:
    """The county number for a number or name (``50``, ``trøndelag``, ``Trööndelage``).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("fylke:50", label="County", key="50", name="Trøndelag - Trööndelage")
    >>> resolve_county(G, "trondelag"), resolve_county(G, "50")
    ('50', '50')
    """
    rows = [{"fylkesnummer": d["key"], "navn": d["name"]} for _, d in G.nodes(data=True) if d["label"] == "County"]
    return NameIndex.from_counties(pd.DataFrame(rows, columns=["fylkesnummer", "navn"])).resolve(query)


# --------------------------------------------------------------------------- the builder


def build_scene(
    G: Graph,
    *,
    view: str = "cooperation",
    county: str | None = None,
    focus: str | None = None,
    layout: str = "geo",
    seed: int = 2024,
    partners: pd.DataFrame | None = None,
    communities: pd.DataFrame | None = None,
    gaps: pd.DataFrame | None = None,
    boundaries: Boundaries | None = None,
) -> Scene:
    """Everything the map shows; ``county`` and ``focus`` are already resolved codes (``"50"``, ``"5026"``)."""
    problems = []
    if view not in VIEWS:
        problems.append(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if layout not in LAYOUTS:
        problems.append(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    if county is not None and node_id(Label.COUNTY, county) not in G:
        problems.append(f"county {county!r} is not in the graph")
    if focus is not None and node_id(Label.MUNICIPALITY, focus) not in G:
        problems.append(f"municipality {focus!r} is not in the graph")
    needs = {"partners": partners, "communities": communities, "gaps": gaps}
    if view in needs and needs[view] is None:
        problems.append(f"the {view} view needs a {view} DataFrame (the result of the {view} analysis)")
    if view == "partners" and focus is None:
        problems.append("the partners view needs a focus municipality (whose partners are shown)")
    if problems:
        raise MapInputError(problems)
    ctx = Context(G)
    known = {d["key"] for _, d in G.nodes(data=True) if d["label"] == Label.MUNICIPALITY.label}
    focus_id = node_id(Label.MUNICIPALITY, focus) if focus else None
    scope: style.Scope = "focus" if focus and view == "cooperation" else ("county" if county else "national")
    results: dict[str, ResultRow] = {}
    extra: list[DrawnEdge] = []
    if view == "cooperation":
        if focus:
            nodes, groups = focus_scope(G, focus, county)
            lines = drawn_edges(G, nodes, focus_keep(G, focus, groups))
        else:
            nodes = county_scope(G, county) if county else set(G.nodes)
            lines = drawn_edges(G, nodes)
    elif view == "partners":
        assert partners is not None and focus_id is not None
        partner_rows = [r for r in clean_partners(partners, known) if r.code != focus]
        if county:
            partner_rows = [
                r for r in partner_rows if G.nodes[node_id(Label.MUNICIPALITY, r.code)]["fylkesnummer"] == county
            ]
        results = {node_id(Label.MUNICIPALITY, r.code): r for r in partner_rows}
        nodes = {focus_id, *results}
        lines = drawn_edges(G, nodes, lambda u, v, d: d["type"] == Rel.BORDERS.type)
        extra = [
            DrawnEdge(style.PARTNER_REL, focus_id, m, [{"source": ILLUSTRATIVE if r.illustrative else ""}])
            for m, r in results.items()
        ]
        scope = "county" if len(nodes) <= 120 else "national"
    elif view == "communities":
        assert communities is not None
        results = {node_id(Label.MUNICIPALITY, r.code): r for r in clean_communities(communities, known)}
        nodes = set(municipalities_of(G, county))
        lines = drawn_edges(G, nodes, lambda u, v, d: d["type"] == Rel.BORDERS.type)
    else:
        assert gaps is not None
        results = {node_id(Label.MUNICIPALITY, r.code): r for r in clean_gaps(gaps, known)}
        munis = set(municipalities_of(G, county))
        hubs = {v for m in munis for v in G.successors(m) if G.nodes[v]["label"] in ("County", "StateAdministrator")}
        nodes = munis | hubs
        keep = {Rel.GUIDES.type, Rel.IN_COUNTY.type, Rel.SUPERVISED_BY.type, Rel.SERVED_BY.type}
        lines = drawn_edges(G, nodes, lambda u, v, d: d["type"] in keep)
    lines = lines + extra
    node_ids = sorted(nodes)
    # --- positions; a focus map opens on the focus and its neighbours (its network may reach further)
    core: list[str] | None = None
    if scope == "focus" and focus_id is not None:
        core = _surroundings(G, focus_id, nodes)
    frame = None
    if layout == "geo":
        pos, frame = geo_positions(G, node_ids, boundaries=boundaries, core=core)
    else:
        pos = force_positions(G, node_ids, [(e.source, e.target) for e in lines], seed=seed)
    scene_basemap = None
    munis_in_scope = {G.nodes[n]["key"] for n in node_ids if G.nodes[n]["label"] == Label.MUNICIPALITY.label}
    if frame is not None and boundaries is not None:
        scene_basemap = basemap(boundaries, frame, munis_in_scope, [pos[n] for n in node_ids])
    # --- styling per view
    colour_of, legend_scale, scale_title = _colours(G, view, node_ids, results, focus_id)
    illustrative: set[str] = set()
    nodes_out: list[dict[str, Any]] = []
    info: dict[str, dict[str, Any]] = {}
    vis_groups: dict[str, dict[str, Any]] = {}  # vis-network groups: one per colour and style, nodes stay small
    group_names: dict[tuple[str, bool, bool], str] = {}
    font = 14 if len(munis_in_scope) > 120 else 32
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
            rows, cap_ill, rel_ill = municipality_rows(ctx, n)
            if cap_ill:
                illustrative.add("plankapasitet (årsverk, konsulentbruk)")
            if rel_ill and view == "cooperation":
                illustrative.update(_relation_kinds(G, n))
            county_nm = ctx.county_name.get(str(d["fylkesnummer"]), "")
            entry |= {
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
            text = short(str(d["name"]))
        else:
            if d.get("source") == ILLUSTRATIVE:
                illustrative.add(_plural(label))
            text = short(str(d["name"]))
            if label is Label.PLAN:
                text = f"{d.get('plantype', '')} {d.get('vedtatt_aar', '')}".strip()
            entry |= {
                "n": str(d["name"]),
                "sub": ntype.name,
                "hit": f"{short(str(d['name']), 60)} ({ntype.name})",
                "rows": hub_rows(ctx, n),
            }
            if label is not Label.PLAN:
                entry["q"] = ctx.search_keys(n)
            size = ntype.size
        colour = colour_of.get(n, ntype.colour)
        if colour != ntype.colour or label is Label.MUNICIPALITY:
            entry["fill"] = colour
        is_focus = n == focus_id
        small = label not in (Label.MUNICIPALITY, Label.COUNTY, Label.STATE_ADMINISTRATOR) or is_focus
        group_key = (colour, is_focus, small)
        if group_key not in group_names:
            group_names[group_key] = f"g{len(group_names)}"
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
            vis_groups[group_names[group_key]] = group
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
    # --- lines
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
            detail = f"score {fmt_number(r.value, 2)}"
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
    # --- legend, filters, defaults
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
    title, subtitle = _titles(G, view, county, focus, layout, seed, ctx)
    return Scene(
        view=view,
        scope=scope,
        layout=layout,
        seed=seed,
        title=title,
        subtitle=subtitle,
        nodes=nodes_out,
        edges=edges_out,
        groups=vis_groups,
        node_info=info,
        edge_info=edge_info,
        legend={
            "types": [{"id": t.id, "name": t.name, "shape": t.shape, "colour": t.colour} for t in types_present],
            "layers": layer_rows,
            "scale_title": scale_title,
            "scale": [] if view == "cooperation" else legend_scale,
            "focus": focus_id is not None,
            "basemap": scene_basemap is not None,
        },
        filters={
            "counties": [(c, short(ctx.county_name.get(c, c), 60)) for c in counties_present],
            "sfs": [(s, ctx.sf_name.get(s, s)) for s in sfs_present],
            "classes": [
                (k, style.CENTRALITY_NAMES.get(k, str(k)), style.CENTRALITY_COLOURS.get(k, style.UNKNOWN_COLOUR))
                for k in classes
            ],
            "types": [(t.id, t.name) for t in types_present],
            "layers": [(row["id"], row["name"]) for row in layer_rows],
        },
        defaults={"types": def_types, "layers": def_layers, "classes": classes},
        basemap=scene_basemap,
        focus=focus_id,
        illustrative=sorted(illustrative),
        font_size=font,
        fit=core or [],
    )


#: A focus map opens on the focus and the municipalities on it within this distance (and its neighbours).
FOCUS_RADIUS_KM = 150.0


def _surroundings(G: Graph, focus_id: str, nodes: set[str]) -> list[str]:
    """The focus, its neighbours and the municipalities on the map within :data:`FOCUS_RADIUS_KM` of it."""
    from dknet.geo import haversine_km

    f = G.nodes[focus_id]
    out = {focus_id} | {v for _, v, d in G.out_edges(focus_id, data=True) if d["type"] == Rel.BORDERS.type}
    if "lon" in f and "lat" in f:
        for n in nodes:
            d = G.nodes[n]
            near = "lon" in d and "lat" in d and haversine_km(f["lon"], f["lat"], d["lon"], d["lat"]) <= FOCUS_RADIUS_KM
            if d["label"] == Label.MUNICIPALITY.label and near:
                out.add(n)
    return sorted(n for n in out if n in nodes)


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
    import math

    pop = float(population) if isinstance(population, int | float) else 2000.0
    return round(min(18.0, 5.0 + 1.3 * math.log2(max(pop, 250.0) / 250.0)), 1)


def _result_rows(view: str, r: ResultRow) -> list[list[Any]]:
    ill = [1] if r.illustrative else []
    if view == "partners":
        return [["Score (partnerforslag)", fmt_number(r.value, 2), *ill]]
    if view == "communities":
        return [["Fellesskap", str(int(r.value)), *ill]]
    return [["Gap-score (veiledning)", fmt_number(r.value, 2), *ill]]


def _colours(
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
        values = [r.value for r in results.values()]
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
        if len(results) < len(munis):
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


def _titles(
    G: Graph, view: str, county: str | None, focus: str | None, layout: str, seed: int, ctx: Context
) -> tuple[str, str]:
    base = style.VIEW_TITLES[view]
    where = "hele Norge"
    if county:
        where = short(ctx.county_name.get(county, county), 60)
    if focus:
        d = G.nodes[node_id(Label.MUNICIPALITY, focus)]
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
