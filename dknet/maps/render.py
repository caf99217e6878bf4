"""Render a scene to one self-contained HTML file: pyvis for the network, our own Jinja2 template around it.

Why not pyvis as shipped (see STYLE.md, "pyvis, handled with care"): its templates load
Bootstrap and vis-network from CDNs, insert headings unescaped and switch tooltips to
``innerHTML``. So pyvis only holds the node and edge dicts (we build them from a copy of the
graph's data; ``from_nx`` is never used) and renders *our* template, through a Jinja2
environment with autoescaping on. The page:

- inlines vis-network 9.1.2 (JS and CSS) from the copy bundled in the pyvis wheel
  (``pyvis/templates/lib/vis-9.1.2``), its source-map comment removed, so nothing is fetched;
- carries the data as JSON in ``<script type="application/json">`` blocks (``</`` written as
  ``<\\/`` and ``<!--`` as ``\\u003c!--``, so no string can end the block), read with ``JSON.parse``;
- has a Content-Security-Policy that allows no network request at all (``default-src 'none'``)
  and only the two inline scripts by their SHA-256 hashes, so even injected markup could not run;
- builds tooltips and the info panel with ``textContent`` (never ``innerHTML`` from data).

>>> json_script({"navn": "</script><img src=x onerror=alert(1)>"})
Markup('{"navn":"<\\\\/script><img src=x onerror=alert(1)>"}')
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from dknet.maps import style
from dknet.maps.scene import Scene
from dknet.names import _COLLAPSE, _LETTERS  # the CLI's folding tables, shared so search matches alike

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "map.html.j2"
VIS_VERSION = "9.1.2"
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)
_CLOSERS = re.compile(r"</(script|style)|<!--", re.IGNORECASE)


def json_script(value: Any) -> Markup:
    """JSON for a ``<script type="application/json">`` block: nothing inside can close or comment it out.

    A string is taken to be JSON already (pyvis hands options over as a JSON string).
    """
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("</", "<\\/").replace("<!--", "\\u003c!--"))


def _pyvis_lib() -> Path:
    import pyvis

    return Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"


def _environment() -> Environment:
    """A fresh environment (no process-wide state) with autoescaping for every template."""
    env = Environment(
        loader=FileSystemLoader([str(TEMPLATE_DIR), str(_pyvis_lib())]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["json_script"] = json_script
    return env


def _asset(env: Environment, name: str) -> str:
    """A trusted JS/CSS file's text for inlining; it must not contain anything that ends its element."""
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, name)
    source = _SOURCE_MAP.sub("", source).rstrip() + "\n"
    if _CLOSERS.search(source):
        raise RuntimeError(f"{name} contains '</script', '</style' or '<!--' and cannot be inlined safely")
    return source


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def vis_options(scene: Scene) -> dict[str, Any]:
    """vis-network options: physics off, straight lines, hover on, labels drawn once readable."""
    national = scene.scope == "national"
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": scene.seed},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "dragNodes": False,
            "hideEdgesOnDrag": national,
            "hideEdgesOnZoom": national,
            "keyboard": False,
            "multiselect": False,
            "zoomSpeed": 0.7,
        },
        "nodes": {
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "font": {
                "size": scene.font_size,
                "face": "system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
                "color": "#1b1b1b",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "scaling": {"label": {"drawThreshold": 9}},
        },
        "groups": scene.groups,
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": False}},
            "selectionWidth": 1.5,
            "hoverWidth": 1.5,
            "color": {"inherit": False, "opacity": 0.8},
        },
    }


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def _banner(scene: Scene) -> str:
    """The demonstration banner (the maps are in bokmål) when the scene was made from the demonstration set."""
    from dknet.messages import t
    from dknet.messages.demo import BANNER_KEY

    return t(BANNER_KEY, "nb") if scene.demo else ""


def render_scene(scene: Scene, *, attribution: str) -> str:
    """The HTML page for ``scene`` (one string; the same scene always gives the same bytes)."""
    from pyvis.network import Network

    env = _environment()
    net = Network(height="100%", width="100%", directed=True, heading=scene.title, cdn_resources="in_line")
    net.set_template_dir(str(TEMPLATE_DIR) + "/", TEMPLATE)
    net.templateEnv = env  # ours: autoescaping, StrictUndefined, no CDN anywhere in the template
    for node in scene.nodes:
        extra = {k: v for k, v in node.items() if k not in ("id", "label", "shape")}
        net.add_node(node["id"], label=node["label"], shape=node["shape"], **extra)  # colours come from the group
    for edge in scene.edges:
        extra = {k: v for k, v in edge.items() if k not in ("from", "to")}
        net.add_edge(edge["from"], edge["to"], arrows="", **extra)
    net.options = vis_options(scene)
    js = _asset(env, "map.js")
    vis_js = _asset(env, "vis-network.min.js")
    data = {
        "view": scene.view,
        "scope": scene.scope,
        "layout": scene.layout,
        "focus": scene.focus,
        "fit": scene.fit,
        "fillAlpha": 0.38 if scene.view == "cooperation" else 0.6,
        "colours": style.BASEMAP,
        "basemap": scene.basemap,
        "nodes": scene.node_info,
        "edges": scene.edge_info,
        "defaults": scene.defaults,
        "counts": {"nodes": len(scene.nodes), "edges": len(scene.edges)},
        "words": {  # the tooltips' marks of generated records; none on the real data set
            "ill": "illustrativ" if scene.generated else "",
            "illSource": "illustrativ (source = illustrative)" if scene.generated else "",
        },
        "fold": {"letters": {chr(k): v for k, v in sorted(_LETTERS.items())}, "collapse": [list(p) for p in _COLLAPSE]},
    }
    env.globals["dk"] = {
        "lang": "nb",
        "subtitle": scene.subtitle,
        "note": scene.illustrative_note,
        "banner": _banner(scene),
        "attribution": attribution,
        "legend": scene.legend,
        "filters": scene.filters,
        "defaults": scene.defaults,
        "data": data,
        "counts": data["counts"],
        "css": Markup(_asset(env, "map.css")),
        "vis_css": Markup(_asset(env, "vis-network.css")),
        "js": Markup(js),
        "vis_js": Markup(vis_js),
        "csp_scripts": Markup(" ".join((_csp_hash(vis_js), _csp_hash(js)))),
        "generator": f"dknet {_package_version('dknet')}, pyvis {_package_version('pyvis')}, vis-network {VIS_VERSION}",
        "geo": scene.basemap is not None,
    }
    return str(net.generate_html())
