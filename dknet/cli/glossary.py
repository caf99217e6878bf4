"""``dknet glossary``: the jargon of dknet's output with a plain name and a one-line explanation."""

from __future__ import annotations

import click

from dknet import api
from dknet.cli.common import Out
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import format_option
from dknet.messages import t


@click.command(cls=DknetCommand)
@format_option
def glossary(fmt: str) -> None:
    """Jargon with a plain name and a one-line explanation (help: ``help.glossary``)."""
    out = Out(fmt)
    df = api.glossary(lang=out.lang)
    out.json(df)
    out.rows(df, sheet=t("glossary.heading", out.lang))
    out.line(t("glossary.heading", out.lang))
    out.line()
    width = max(len(term) for term in df["term"])
    for term, text in df.itertuples(index=False):
        out.line(f"{term.ljust(width)}  {text}")
    out.finish()
