"""Turn the graph (and an analysis result) into a *scene*: styled nodes and lines, tooltips, legend, filters.

A scene is plain data; :mod:`dknet.maps.render` hands it to pyvis and our template. The rooms:
:mod:`~dknet.maps.views` (one builder per view: what is on the map), :mod:`~dknet.maps.layout`
(where), :mod:`~dknet.maps.marks` (styled nodes and lines with their tooltip data) and
:mod:`~dknet.maps.legend` (colours by view, legend, filters, title). Nothing here changes the
graph.

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

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dknet.graph import Graph, county_node, has_illustrative, municipality_node
from dknet.io.boundaries import Boundaries
from dknet.maps import style
from dknet.maps.inputs import MapInputError
from dknet.maps.layout import basemap, force_positions, geo_positions
from dknet.maps.legend import legend_parts, titles, view_colours
from dknet.maps.marks import EDGE_WIDTH, line_marks, node_marks
from dknet.maps.tooltips import Context
from dknet.maps.views import VIEW_BUILDERS, ViewInput, surroundings
from dknet.overview import resolve_county
from dknet.schema import MAP_LAYOUTS, MAP_VIEWS, Label, MapLayout, MapView

__all__ = ["EDGE_WIDTH", "LAYOUTS", "VIEWS", "Layout", "Scene", "View", "build_scene", "resolve_county"]

#: The views and layouts of a map: the words of :mod:`dknet.schema` (one builder per view in :mod:`dknet.maps.views`).
View = MapView
Layout = MapLayout
VIEWS: tuple[View, ...] = MAP_VIEWS
LAYOUTS: tuple[Layout, ...] = MAP_LAYOUTS


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
    #: Made from the demonstration set: the page carries the banner at its top.
    demo: bool = False
    #: The graph has generated records at all; without them the page has no word about them.
    generated: bool = True

    @property
    def illustrative_note(self) -> str | None:
        """The visible note, when illustrative data is on the map."""
        if not self.illustrative:
            return None
        return style.ILLUSTRATIVE_NOTE.format(what=", ".join(self.illustrative))


def _check(
    G: Graph,
    view: str,
    layout: str,
    county: str | None,
    focus: str | None,
    partners: pd.DataFrame | None,
    communities: pd.DataFrame | None,
    gaps: pd.DataFrame | None,
) -> None:
    """Every problem with the arguments at once (:class:`MapInputError`)."""
    problems = []
    if view not in VIEWS:
        problems.append(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if layout not in LAYOUTS:
        problems.append(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    if county is not None and county_node(county) not in G:
        problems.append(f"county {county!r} is not in the graph")
    if focus is not None and municipality_node(focus) not in G:
        problems.append(f"municipality {focus!r} is not in the graph")
    needs = {"partners": partners, "communities": communities, "gaps": gaps}
    if view in needs and needs[view] is None:
        problems.append(f"the {view} view needs a {view} DataFrame (the result of the {view} analysis)")
    if view == "partners" and focus is None:
        problems.append("the partners view needs a focus municipality (whose partners are shown)")
    if problems:
        raise MapInputError(problems)


def _positions(
    G: Graph,
    node_ids: list[str],
    lines: Any,
    *,
    layout: str,
    seed: int,
    boundaries: Boundaries | None,
    core: list[str] | None,
) -> tuple[dict[str, tuple[float, float]], Any]:
    """Where each node stands (geographic or a seeded force layout) and the base map behind them, if any."""
    if layout != "geo":
        return force_positions(G, node_ids, [(e.source, e.target) for e in lines], seed=seed), None
    pos, frame = geo_positions(G, node_ids, boundaries=boundaries, core=core)
    if frame is None or boundaries is None:
        return pos, None
    munis = {G.nodes[n]["key"] for n in node_ids if G.nodes[n]["label"] == Label.MUNICIPALITY.label}
    return pos, basemap(boundaries, frame, munis, [pos[n] for n in node_ids])


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
    _check(G, view, layout, county, focus, partners, communities, gaps)
    ctx = Context(G)
    focus_id = municipality_node(focus) if focus else None
    picked = VIEW_BUILDERS[view](G, ViewInput(county, focus, partners, communities, gaps))
    scope, results, lines = picked.scope, picked.results, picked.lines
    node_ids = sorted(picked.nodes)
    # --- positions; a focus map opens on the focus and its neighbours (its network may reach further)
    core = surroundings(G, focus_id, picked.nodes) if scope == "focus" and focus_id is not None else None
    pos, scene_basemap = _positions(G, node_ids, lines, layout=layout, seed=seed, boundaries=boundaries, core=core)
    munis_in_scope = {G.nodes[n]["key"] for n in node_ids if G.nodes[n]["label"] == Label.MUNICIPALITY.label}
    # --- marks, coloured by view
    colour_of, legend_scale, scale_title = view_colours(G, view, node_ids, results, focus_id)
    illustrative: set[str] = set()
    font = 14 if len(munis_in_scope) > 120 else 32
    nodes = node_marks(
        G,
        ctx,
        view=view,
        node_ids=node_ids,
        pos=pos,
        colour_of=colour_of,
        results=results,
        focus_id=focus_id,
        font=font,
        illustrative=illustrative,
    )
    edges = line_marks(G, view=view, lines=lines, colour_of=colour_of, results=results, illustrative=illustrative)
    # --- legend, filters, defaults
    types_present, layer_rows, filters, defaults = legend_parts(view, scope, node_ids, nodes.info, edges.layers, ctx)
    title, subtitle = titles(G, view, county, focus, layout, seed, ctx)
    return Scene(
        view=view,
        scope=scope,
        layout=layout,
        seed=seed,
        title=title,
        subtitle=subtitle,
        nodes=nodes.nodes,
        edges=edges.edges,
        groups=nodes.groups,
        node_info=nodes.info,
        edge_info=edges.info,
        legend={
            "types": [{"id": t.id, "name": t.name, "shape": t.shape, "colour": t.colour} for t in types_present],
            "layers": layer_rows,
            "scale_title": scale_title,
            "scale": [] if view == "cooperation" else legend_scale,
            "focus": focus_id is not None,
            "basemap": scene_basemap is not None,
        },
        filters=filters,
        defaults=defaults,
        basemap=scene_basemap,
        focus=focus_id,
        illustrative=sorted(illustrative),
        demo=bool(G.graph.get("demo")),
        generated=has_illustrative(G),
        font_size=font,
        fit=core or [],
    )
