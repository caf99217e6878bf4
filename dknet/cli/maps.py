"""``dknet map``: write an interactive, offline HTML map (a thin shell over :func:`dknet.maps.make_map`).

Kept out of :mod:`dknet.cli` so the CLI stays small; registered there with
``cli.add_command(map_command)``. Only click, the standard library and the CLI helpers
(:mod:`dknet.cli.common`, which :mod:`dknet.cli` re-exports; importing them from there avoids an
import cycle) are imported at the top: pyvis, pandas and the map code load when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from dknet.cli.common import EPILOG, data_options, echo_note, lang_option, load, require_extra
from dknet.cli.output import check_output, emit_text

if TYPE_CHECKING:
    import pandas as pd

    from dknet.graph import Graph

#: The views and layouts of :mod:`dknet.maps` (kept literal here so ``dknet --help`` stays fast;
#: a test checks they match ``dknet.maps.VIEWS`` and ``dknet.maps.LAYOUTS``).
VIEWS = ("cooperation", "partners", "communities", "gaps")
LAYOUTS = ("geo", "force")


@click.command("map", epilog=EPILOG)
@lang_option
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="cooperation",
    show_default=True,
    help="cooperation: the knowledge graph; partners, communities, gaps: the analyses' results.",
)
@click.option("--county", metavar="FYLKE", default=None, help="Map one county: a number (50) or a name (Trøndelag).")
@click.option(
    "--focus",
    metavar="KOMMUNE",
    default=None,
    help="A municipality (5026, holtaalen): its network (cooperation) or its partners (partners).",
)
@click.option(
    "--purpose",
    type=click.Choice(["office", "network"]),
    default="office",
    show_default=True,
    help="partners view: office (who can share a plan office: neighbours, within 75 km) or network (peers "
    "anywhere in Norway), as dknet partners --purpose.",
)
@click.option(
    "--layout",
    type=click.Choice(LAYOUTS),
    default="geo",
    show_default=True,
    help="geo: municipalities at their centroids on the map of Norway; force: a seeded network layout.",
)
@click.option(
    "--seed", type=int, default=2024, show_default=True, help="Seed of the force layout; the same seed, the same map."
)
@click.option(
    "-o",
    "--output",
    type=str,
    callback=lambda ctx, param, value: check_output(value),
    required=True,
    help="The HTML file to write (one self-contained file; it works offline); - writes to standard output.",
)
@data_options
def map_command(
    view: str,
    county: str | None,
    focus: str | None,
    purpose: str,
    layout: str,
    seed: int,
    output: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
) -> None:
    """Write an interactive map of the planning network to one offline HTML file.

    Municipalities sit at their centroids over Kartverket's municipality and county boundaries,
    with FK, SF, plan offices, arenas and regional plans; a legend, search (by name or number),
    filters (county, SF, centrality class, node type, layer) and tooltips with each
    municipality's profile. The file makes no network request: open it from a USB stick.

    The partners view shows the top 10 suggested partners of --focus with their reasons; the
    communities view colours the communities of `dknet communities` (same --seed); the gaps view
    highlights the need-versus-support gaps of `dknet gaps`.

    \b
    Example:
      dknet map -o norge.html
      dknet map --view partners --focus holtålen -o holtalen-partnere.html
      dknet map --view communities --county 50 -o trondelag-grupper.html
      dknet map --view gaps --county Trøndelag -o trondelag-hull.html
      dknet map --county 50 -o trondelag.html
      dknet map --focus holtaalen -o holtalen.html
      dknet map --county trøndelag --layout force --seed 7 -o trondelag-nettverk.html
    """
    if view == "partners" and focus is None:
        raise click.UsageError("--view partners needs --focus KOMMUNE (whose partners to show)")
    require_extra("maps", "pyvis", "jinja2", "scipy")
    from dknet.maps import make_map, write_map

    G = load(data_dir, data_mode, no_cache)
    table = _analysis(G, view, county=county, focus=focus, seed=seed, purpose=purpose)
    doc = make_map(
        G,
        view=view,
        county=county,
        focus=focus,
        layout=layout,
        seed=seed,
        partners=table if view == "partners" else None,
        communities=table if view == "communities" else None,
        gaps=table if view == "gaps" else None,
    )
    if output is None:
        emit_text(doc.html)
    else:
        click.echo(str(write_map(output, doc.html)))
    echo_note(f"{doc.title}: {doc.node_count} nodes, {doc.edge_count} lines, {doc.size_bytes / 1e6:.1f} MB.")
    echo_note(doc.illustrative_note)


def _analysis(
    G: Graph, view: str, *, county: str | None, focus: str | None, seed: int, purpose: str = "office"
) -> pd.DataFrame | None:
    """The analysis table a view shows (:func:`dknet.maps.view_table`)."""
    from dknet.maps import view_table

    return view_table(G, view, county=county, focus=focus, seed=seed, purpose=purpose)
