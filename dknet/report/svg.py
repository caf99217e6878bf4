"""Static, inline SVG drawn from the project's own data: municipality maps and a bar chart.

The maps use Kartverket's simplified outlines (``data/boundaries``, :mod:`dknet.io.boundaries`)
projected to UTM zone 33N (:func:`dknet.geo.utm33`) through the same frame and base-map code
as the interactive maps (:mod:`dknet.maps.layout`): the area's municipalities are coloured,
their neighbours drawn grey, county borders on top. Every text that comes from data is
escaped (:func:`markupsafe.escape`); the result is :class:`markupsafe.Markup`, safe to insert
into the report's template. No script, no external reference: an SVG that prints.

>>> svg = bar_chart([("vedtatt i tide", 3, "#1a9850"), ("<ukjent>", 1, "#999")], title="Status")
>>> "<ukjent>" in svg, "&lt;ukjent&gt;" in svg, svg.count("<rect")
(False, True, 2)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from markupsafe import Markup, escape

from dknet.geo import utm33
from dknet.graph import Graph
from dknet.io.boundaries import Boundaries
from dknet.names import parallel_names
from dknet.schema import Label, node_id

#: Width of a map in its own units (the height follows the area's shape).
MAP_WIDTH = 1000.0
#: Qualitative palette for groups (ColorBrewer Set3, light enough for black labels).
PALETTE = (
    "#8dd3c7",
    "#ffffb3",
    "#bebada",
    "#fb8072",
    "#80b1d3",
    "#fdb462",
    "#b3de69",
    "#fccde5",
    "#d9d9d9",
    "#bc80bd",
    "#ccebc5",
    "#ffed6f",
)
OUTSIDE = "#eeeeee"
NO_DATA = "#ffffff"


def group_colour(n: int) -> str:
    """The fill for group number ``n`` (1-based; the palette repeats after 12)."""
    return PALETTE[(n - 1) % len(PALETTE)]


def _frame(boundaries: Boundaries, codes: Iterable[str]) -> tuple[Any, tuple[float, float, float, float]]:
    """The map frame fitted to the outlines of ``codes``, and their box in map units."""
    from dknet.maps.layout import Frame

    rings = [
        ring for c in codes if c in boundaries.municipalities for poly in boundaries.municipalities[c] for ring in poly
    ]
    if not rings:
        raise ValueError("none of the municipalities has an outline")
    east, north = utm33(np.concatenate([r[:, 0] for r in rings]), np.concatenate([r[:, 1] for r in rings]))
    w, h = float(east.max() - east.min()), float(north.max() - north.min())
    k = MAP_WIDTH / max(w, h * 1.0, 1000.0)
    frame = Frame(float((east.max() + east.min()) / 2), float((north.max() + north.min()) / 2), k)
    return frame, (-w * k / 2, -h * k / 2, w * k / 2, h * k / 2)


def _path(rings: Sequence[Sequence[int]]) -> str:
    """An SVG path (absolute, implicit line-to) of flat ``[x0, y0, x1, y1, …]`` rings."""
    parts = []
    for r in rings:
        if len(r) < 6:
            continue
        pts = " ".join(f"{r[i]},{r[i + 1]}" for i in range(0, len(r), 2))
        parts.append(f"M{pts}Z")
    return "".join(parts)


def label_lines(name: str) -> list[str]:
    """A municipality's label, one line per parallel name (never split on a bare hyphen).

    >>> label_lines("Rosse - Røros"), label_lines("Nord-Fron")
    (['Rosse', 'Røros'], ['Nord-Fron'])
    """
    names = parallel_names(name)
    return names[1:] if len(names) > 1 else names


def area_map(
    G: Graph,
    boundaries: Boundaries,
    codes: Sequence[str],
    *,
    fills: Mapping[str, str],
    title: str,
    legend: Sequence[tuple[str, str]] = (),
    badges: Mapping[str, str] | None = None,
    emphasis: Iterable[str] = (),
    outside_label: str = "",
) -> Markup:
    """A map of the municipalities ``codes``, filled with ``fills[code]``, and their surroundings in grey.

    Empty when none of ``codes`` has an outline. ``badges`` puts a short mark (``P3``) under a
    municipality's name; ``emphasis`` draws a thick outline (a plan office's members, the focus).
    ``legend`` is ``(colour, text)`` pairs.
    """
    from dknet.maps.layout import basemap

    if not any(c in boundaries.municipalities for c in codes):
        return Markup("")  # e.g. invented municipalities in a test graph: no outline to draw
    frame, (x0, y0, x1, y1) = _frame(boundaries, codes)
    pad = 0.03 * MAP_WIDTH
    box = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    base = basemap(boundaries, frame, set(codes), [(box[0], box[1]), (box[2], box[3])], margin=0.0)
    strong = set(emphasis)
    shapes, lines = [], []
    for m in base["m"]:
        code = m["k"]
        name = boundaries.municipality_names.get(code, code)
        fill = fills.get(code, NO_DATA) if m["s"] else OUTSIDE
        cls = "in" if m["s"] else "out"
        shapes.append(
            f'<path class="{cls}" d="{_path(m["r"])}" fill="{escape(fill)}">'
            f"<title>{escape(name)} ({escape(code)})</title></path>"
        )
        if code in strong:
            lines.append(f'<path class="em" d="{_path(m["r"])}"/>')
    borders = "".join(f'<path class="county" d="{_path(c["r"])}"/>' for c in base["c"])
    labels = []
    for code in codes:
        d = G.nodes[node_id(Label.MUNICIPALITY, code)]
        lon, lat = d.get("label_lon") or d.get("lon"), d.get("label_lat") or d.get("lat")
        if lon is None or lat is None:
            continue
        e, n = utm33([float(lon)], [float(lat)])
        x, y = frame.to_map(e, n)[0]
        lines = label_lines(str(d["name"]))
        top = y - 7 * (len(lines) - 1)
        spans = "".join(f'<tspan x="{x:.0f}" y="{top + 14 * i:.0f}">{escape(t)}</tspan>' for i, t in enumerate(lines))
        labels.append(f"<text>{spans}</text>")
        if badges and code in badges:
            y_badge = top + 14 * len(lines) + 1
            labels.append(f'<text class="badge" x="{x:.0f}" y="{y_badge:.0f}">{escape(badges[code])}</text>')
    width, height = box[2] - box[0], box[3] - box[1]
    keys = list(legend) + ([(OUTSIDE, outside_label)] if outside_label else [])
    items = "".join(f'<li><span class="swatch" style="background:{escape(c)}"></span>{escape(t)}</li>' for c, t in keys)
    return Markup(
        f'<figure class="map"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
        f'viewBox="{box[0]:.0f} {box[1]:.0f} {width:.0f} {height:.0f}" preserveAspectRatio="xMidYMid meet">'
        f"<title>{escape(title)}</title>"
        f'<g class="land">{"".join(shapes)}</g><g class="borders">{borders}{"".join(lines)}</g>'
        f'<g class="labels">{"".join(labels)}</g></svg>'
        f"<figcaption>{escape(title)}</figcaption>"
        + (f'<ul class="legend">{items}</ul>' if items else "")
        + "</figure>"
    )


def bar_chart(bars: Sequence[tuple[str, int, str]], *, title: str) -> Markup:
    """Horizontal bars ``(label, count, colour)`` with the count at the end of each bar."""
    if not bars:
        return Markup("")
    row, label_w, bar_w = 26, 260, 380
    most = max(max(n for _, n, _ in bars), 1)
    parts = []
    for i, (label, n, colour) in enumerate(bars):
        y = i * row
        w = bar_w * n / most
        parts.append(
            f'<text class="bl" x="{label_w - 8}" y="{y + 17}">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" fill="{escape(colour)}"/>'
            f'<text class="bn" x="{label_w + w + 6:.1f}" y="{y + 17}">{n}</text>'
        )
    height = row * len(bars)
    return Markup(
        f'<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {label_w + bar_w + 50} {height}">'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg><figcaption>{escape(title)}</figcaption></figure>"
    )
