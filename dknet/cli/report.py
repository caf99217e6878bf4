"""``dknet report``: a county or municipality report as one printable, offline HTML file.

A thin shell over :func:`dknet.report.build_report`: parse, one library call, write. Only
click and the CLI helpers load at start-up; the analyses and Jinja2 load when the command runs.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from dknet import api
from dknet.cli.common import echo_note, load
from dknet.cli.context import current_lang, demo_banner
from dknet.cli.failure import require_extra
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, lang_option
from dknet.cli.output import emit_text, output_option
from dknet.messages import t


@click.command("report", cls=DknetCommand)
@click.option("--county", metavar="FYLKE", default=None)
@click.option(
    "--sf",
    metavar="STATSFORVALTER",
    default=None,
)
@click.option("--focus", metavar="KOMMUNE", default=None)
@lang_option
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=None,
)
@click.option("--seed", type=int, default=2024, show_default=True)
@output_option
@data_options
def report(
    county: str | None,
    sf: str | None,
    focus: str | None,
    top: int | None,
    seed: int,
    output: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
) -> None:
    """The county or municipality report as one HTML file (help: ``help.report``)."""
    if focus is not None and (county is not None or sf is not None):
        raise click.UsageError(t("usage.report.both", current_lang()))
    if focus is None and county is None and sf is None:
        raise click.UsageError(t("usage.report.scope", current_lang()))
    require_extra("report", "jinja2")
    started = time.perf_counter()
    G = load(data_dir, data_mode, no_cache)
    html = api.report(
        G,
        county=county,
        sf=sf,
        focus=focus,
        lang=current_lang(),
        top=top,
        seed=seed,
        progress=lambda step: echo_note(f"… {step}"),
    )
    emit_text(html, output)
    echo_note(demo_banner(current_lang()))  # the file carries it at its top and on every printed page
    size = len(html.encode("utf-8"))
    echo_note(f"{size / 1e3:.0f} kB, {time.perf_counter() - started:.1f} s.")
