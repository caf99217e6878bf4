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

from dknet import api
from dknet.cli.common import echo_note, kept_pages, load
from dknet.cli.context import current_lang, demo_banner
from dknet.cli.failure import require_extra
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, lang_option
from dknet.cli.output import check_output, emit_text
from dknet.errors import choose
from dknet.messages import t
from dknet.messages.numbers import number
from dknet.schema import MAP_LAYOUTS, MAP_VIEWS, PURPOSES

if TYPE_CHECKING:
    pass

#: The views and layouts of :mod:`dknet.maps`: the words of :mod:`dknet.schema` (light to import).
VIEWS = MAP_VIEWS
LAYOUTS = MAP_LAYOUTS


@click.command("map", cls=DknetCommand)
@lang_option
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="cooperation",
    show_default=True,
)
@click.option("--county", metavar="FYLKE", default=None)
@click.option(
    "--focus",
    metavar="KOMMUNE",
    default=None,
)
@click.option(
    "--purpose",
    type=click.Choice(PURPOSES),
    default="office",
    show_default=True,
)
@click.option(
    "--layout",
    type=click.Choice(LAYOUTS),
    default="geo",
    show_default=True,
)
@click.option("--seed", type=click.IntRange(0, 2**32 - 1), default=2024, show_default=True)
@click.option(
    "-o",
    "--output",
    type=str,
    metavar="FILE",
    callback=lambda ctx, param, value: check_output(value),
    required=True,
)
@data_options
@kept_pages("map")
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
    """Write the interactive, offline HTML map (help: ``help.map``)."""
    if view == "partners" and focus is None:
        raise click.UsageError(t("usage.map.partners_focus", current_lang()))
    require_extra("maps", "pyvis", "jinja2", "scipy")
    from dknet.maps import write_map

    G = load(data_dir, data_mode, no_cache)
    doc = api.draw_map(
        G,
        view=choose(view, MAP_VIEWS, key="choice.map_view"),
        county=county,
        focus=focus,
        purpose=choose(purpose, PURPOSES, key="choice.purpose"),
        layout=choose(layout, MAP_LAYOUTS, key="choice.map_layout"),
        seed=seed,
    )
    if output is None:
        emit_text(doc.html)
    else:
        click.echo(str(write_map(output, doc.html)))
    lang = current_lang()
    nodes, edges = number(doc.node_count, lang), number(doc.edge_count, lang)
    mb = number(doc.size_bytes / 1e6, lang, decimals=1)
    echo_note(t("map.written", lang, title=doc.title, nodes=nodes, edges=edges, mb=mb))
    echo_note(demo_banner(current_lang()))  # the page carries it at its top
    echo_note(doc.illustrative_note)
