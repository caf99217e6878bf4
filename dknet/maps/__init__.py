"""Interactive HTML maps of the planning network: one self-contained, offline file per map.

The graph (and, for the analysis views, a result table) goes in; HTML comes out. Views:
``cooperation`` (the knowledge graph), ``partners`` (suggested partners of a focus
municipality, with reasons), ``communities`` (municipalities coloured by community) and ``gaps``
(guidance gaps highlighted). Layout ``geo`` (default) puts municipalities at their centroids in
UTM zone 33N over the municipality and county boundaries; ``force`` is a seeded force layout.

The file makes no request to any host: vis-network is inlined from pyvis' bundled copy, the
data is escaped JSON, and tooltips are built as text. See :mod:`dknet.maps.render`.

>>> from dknet.cache import load_graph
>>> G = load_graph()
>>> html = build_map(G, county="50")
>>> html.startswith("<!DOCTYPE html>"), "Samarbeidskart – Trøndelag" in html, "<script src" in html, "<link" in html
(True, True, False, False)
>>> build_map(G, county="50") == html  # the same inputs give the same bytes
True

Modules: :mod:`~dknet.maps.scope` (what is on the map), :mod:`~dknet.maps.layout` and
:mod:`~dknet.geo` (where), :mod:`~dknet.maps.scene` (how it looks and what the
tooltips say), :mod:`~dknet.maps.render` (pyvis and the template), :mod:`~dknet.maps.inputs`
(checks of the analysis tables), :mod:`~dknet.maps.browser` (headless Chromium, for tests and
screenshots).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dknet.errors import choose
from dknet.graph import Graph
from dknet.io.atomic import replace_file
from dknet.io.boundaries import ATTRIBUTION, Boundaries
from dknet.maps.inputs import MapInputError
from dknet.maps.scene import LAYOUTS, VIEWS, Scene, build_scene, resolve_county
from dknet.maps.style import SSB_ATTRIBUTION
from dknet.schema import PURPOSES

__all__ = [
    "LAYOUTS",
    "VIEWS",
    "MapDocument",
    "MapInputError",
    "build_map",
    "make_map",
    "resolve_county",
    "view_table",
    "write_map",
]


@dataclass(frozen=True)
class MapDocument:
    """A rendered map: the HTML and what is in it (for messages and tests)."""

    html: str
    title: str
    node_count: int
    edge_count: int
    illustrative_note: str | None

    @property
    def size_bytes(self) -> int:
        """Size of the HTML in UTF-8."""
        return len(self.html.encode("utf-8"))


def make_map(
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
) -> MapDocument:
    """Build the map and say what is in it; options as in :func:`build_map`."""
    from dknet.maps.render import render_scene
    from dknet.overview import resolve_municipality

    county_code = resolve_county(G, county) if county is not None else None
    focus_code = resolve_municipality(G, focus) if focus is not None else None
    if layout == "geo" and boundaries is None:
        from dknet.io.boundaries import load_boundaries

        boundaries = load_boundaries()
    scene: Scene = build_scene(
        G,
        view=view,
        county=county_code,
        focus=focus_code,
        layout=layout,
        seed=seed,
        partners=partners,
        communities=communities,
        gaps=gaps,
        boundaries=boundaries,
    )
    attribution = " · ".join(
        ([boundaries.attribution if boundaries else ATTRIBUTION] if layout == "geo" else []) + [SSB_ATTRIBUTION]
    )
    html = render_scene(scene, attribution=attribution)
    return MapDocument(html, scene.title, len(scene.nodes), len(scene.edges), scene.illustrative_note)


def build_map(
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
) -> str:
    """The map as one self-contained HTML page (a string); the graph is not changed.

    ``view``: ``cooperation`` | ``partners`` | ``communities`` | ``gaps``. ``county``: a county
    number or name (``"50"``, ``"Trøndelag"``) to map one county. ``focus``: a municipality as a
    planner types it (``"5026"``, ``"holtaalen"``): the cooperation view then shows its ego
    network; the partners view needs it. ``layout``: ``geo`` (UTM33 centroids over the
    boundaries) or ``force`` (``networkx.spring_layout`` with ``seed``). ``partners``,
    ``communities``, ``gaps``: the analysis tables (see :mod:`dknet.maps.inputs`).
    ``boundaries``: outlines to draw (default: the bundled Kartverket files, read by
    :func:`dknet.io.boundaries.load_boundaries`).

    Raises :class:`MapInputError` (a ``ValueError``) listing every problem with the options or
    tables, and the name errors of :mod:`dknet.names` for an unknown county or municipality.
    """
    return make_map(
        G,
        view=view,
        county=county,
        focus=focus,
        layout=layout,
        seed=seed,
        partners=partners,
        communities=communities,
        gaps=gaps,
        boundaries=boundaries,
    ).html


def view_table(
    G: Graph,
    view: str,
    *,
    county: str | None = None,
    focus: str | None = None,
    seed: int = 2024,
    purpose: str = "office",
) -> pd.DataFrame | None:
    """The analysis table a view shows, computed with the same defaults as its own command.

    ``partners``: the top 10 of ``focus`` for ``purpose`` (``office`` or ``network``, as
    ``dknet partners --purpose``; marked illustrative when they rest on illustrative indicators);
    ``communities``: the members of :func:`~dknet.analysis.communities.detect_communities` (same
    ``seed``); ``gaps``: need versus support. None for the cooperation view. ``county`` and
    ``focus`` are names or numbers as a planner types them.
    """
    from dknet.overview import resolve_municipality

    fylke = resolve_county(G, county) if county else None
    if view == "partners":
        from dknet.analysis.partners import partners_note, suggest_partners
        from dknet.analysis.profiles import load_config

        chosen = choose(purpose, PURPOSES, key="choice.purpose")
        df = suggest_partners(G, resolve_municipality(G, focus or ""), top=10, purpose=chosen)
        # The suggestions rest on illustrative indicators unless the user replaced them: the map says so.
        from dknet.present.render import render_frame

        df = render_frame(df, "en")  # the map's reasons stay in English, as before (the map takes no language yet)
        return df.assign(source="illustrative") if partners_note(G, load_config()) else df
    if view == "communities":
        from dknet.analysis.communities import RUNS, detect_communities
        from dknet.messages import t
        from dknet.present.numbers import percent

        members = detect_communities(G, county=fylke, seed=seed).members
        # how settled each municipality's place is, in the tooltip (a community of one has no figure)
        why = [
            "" if pd.isna(s) else t("map.community_stability", "nb", share=percent(s, "nb", decimals=0), runs=RUNS)
            for s in members.share_together
        ]
        return members.assign(reasons=why)
    if view == "gaps":
        from dknet.analysis.gaps import need_support
        from dknet.present.render import render_frame

        # The map's reasons stay in English, as before (the map view takes no language yet).
        return render_frame(need_support(G, county=fylke), "en").rename(columns={"gap": "gap_score"})
    return None


def write_map(path: Path | str, html: str) -> Path:
    """Write ``html`` to ``path`` in UTF-8, atomically (a temporary file in the same folder, then a rename).

    A new file is readable by everyone (0644, a map is meant to be shared); an existing file keeps its mode.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = write_map(pathlib.Path(d) / "kart.html", "<p>Holtålen</p>")
    ...     p.read_text(encoding="utf-8")
    '<p>Holtålen</p>'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
    return replace_file(target, html, mode=mode)
