"""``dknet changes``: what changed between two dates (a thin shell over :func:`dknet.analysis.changes.changes`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from dknet import api
from dknet.cli.common import load
from dknet.cli.context import current_lang
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, format_option
from dknet.cli.plans import _emit
from dknet.messages import count, t
from dknet.messages.msg import render


def event_name(code: str, lang: str) -> str:
    """What an event code (``hendelse``) is called for people in ``lang``.

    >>> event_name("veiledning_gitt", "nn"), event_name("x", "en")
    ('rettleiing gitt', 'x')
    """
    from dknet.messages import MESSAGES

    key = f"changes.kind.{code}"
    return t(key, lang) if key in MESSAGES else code


@click.command("changes", cls=DknetCommand)
@click.option("--from", "since", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
@click.option("--to", "to", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
@click.option("--county", metavar="FYLKE", default=None)
@click.option("--sf", default=None)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@data_options
@format_option
def changes(
    since: dt.datetime,
    to: dt.datetime | None,
    county: str | None,
    sf: str | None,
    config_path: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """What changed between two dates (help: ``help.changes``)."""
    from dknet.analysis.plans import source_names

    lang = current_lang()
    day = to.date() if to else dt.date.today()
    if day < since.date():
        raise click.UsageError(t("error.changes.order", lang, since=since.date().isoformat(), to=day.isoformat()))
    G = load(data_dir, data_mode, no_cache)
    df = api.changes(G, since=since.date(), to=day, county=county, sf=sf, config=config_path)
    notes = [
        t("changes.window", lang, since=since.date().isoformat(), to=day.isoformat(), n=count(len(df), "event", lang)),
        t("changes.unknown_note", lang),
    ]
    if df.empty:
        notes.insert(1, t("changes.none", lang))
    meta: dict[str, Any] = {"fra": since.date().isoformat(), "til": day.isoformat()}
    values = {"hendelse": lambda v: event_name(v, lang), "kildetype": lambda v: render(source_names(v), lang)}
    out = df.drop(columns=["source", "source_url"]) if fmt == "table" else df
    _emit(out, fmt, notes, meta, values=values)
