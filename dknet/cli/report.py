"""``dknet report``: a county or municipality report as one printable, offline HTML file.

A thin shell over :func:`dknet.report.build_report`: parse, one library call, write. Only
click and the CLI helpers load at start-up; the analyses and Jinja2 load when the command runs.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import click

from dknet import api
from dknet.cli.common import echo_note, load
from dknet.cli.context import current_lang, demo_banner
from dknet.cli.failure import Failure, require_extra
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, lang_option
from dknet.cli.output import emit_text, output_option
from dknet.messages import t
from dknet.schema import ExitCode


@click.command("report", cls=DknetCommand)
@click.option("--county", metavar="FYLKE", default=None)
@click.option(
    "--sf",
    metavar="STATSFORVALTER",
    default=None,
)
@click.option("--focus", metavar="KOMMUNE", default=None)
@click.option("--arena", metavar="ARENA", default=None)
@lang_option
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=None,
)
@click.option("--seed", type=int, default=2024, show_default=True)
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
@output_option
@data_options
def report(
    county: str | None,
    sf: str | None,
    focus: str | None,
    arena: str | None,
    top: int | None,
    seed: int,
    as_of: dt.datetime | None,
    since: dt.datetime | None,
    output: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
) -> None:
    """The county or municipality report, or an arena's meeting pack, as one HTML file (help: ``help.report``)."""
    if arena is not None:
        if county is not None or sf is not None or focus is not None:
            raise click.UsageError(t("usage.report.arena_both", current_lang()))
        _arena_pack(arena, output, data_dir, data_mode, no_cache)
        return
    if focus is not None and (county is not None or sf is not None):
        raise click.UsageError(t("usage.report.both", current_lang()))
    if focus is None and county is None and sf is None:
        raise click.UsageError(t("usage.report.scope_arena", current_lang()))
    day = as_of.date() if as_of else dt.date.today()
    if since is not None and since.date() > day:
        raise click.UsageError(
            t("usage.report.since_after", current_lang(), since=since.date().isoformat(), day=day.isoformat())
        )
    require_extra("report", "jinja2")
    started = time.perf_counter()
    G = load(data_dir, data_mode, no_cache)
    html = api.county_report(
        G,
        county=county,
        sf=sf,
        focus=focus,
        lang=current_lang(),
        top=top,
        seed=seed,
        progress=lambda step: echo_note(f"… {step}"),
        as_of=as_of.date() if as_of else None,
        since=since.date() if since else None,
    )
    emit_text(html, output)
    echo_note(demo_banner(current_lang()))  # the file carries it at its top and on every printed page
    size = len(html.encode("utf-8"))
    echo_note(f"{size / 1e3:.0f} kB, {time.perf_counter() - started:.1f} s.")


class UnknownArena(Failure):
    """An arena id or name that matches none (or several): one line with the closest, exit 1 (as an unknown
    municipality), nothing written."""

    exit_code = ExitCode.ERROR


def _arena_pack(arena: str, output: Path | None, data_dir: Path | None, data_mode: str, no_cache: bool) -> None:
    """``--arena``: the meeting pack for one arena (:func:`dknet.report.arena.build_arena_report`)."""
    require_extra("report", "jinja2")
    from dknet.analysis.arena_pack import resolve_arena  # the name check before loading the report's analyses
    from dknet.errors import AmbiguousNameError, UnknownNameError

    started = time.perf_counter()
    G = load(data_dir, data_mode, no_cache)
    try:
        key = resolve_arena(G, arena)
    except (UnknownNameError, AmbiguousNameError) as e:
        raise UnknownArena(e) from e
    html = api.arena_report(G, key, lang=current_lang(), progress=lambda step: echo_note(f"… {step}"))
    emit_text(html, output)
    echo_note(demo_banner(current_lang()))
    size = len(html.encode("utf-8"))
    echo_note(f"{size / 1e3:.0f} kB, {time.perf_counter() - started:.1f} s.")
