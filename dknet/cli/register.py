"""``dknet register``: the county's registers as one pre-filled Excel workbook that round-trips.

A thin shell over :mod:`dknet.present.register_workbook`: parse, load the data set (with the
user's ``--data``), choose the scope, write the workbook atomically. An existing file is never
replaced without ``--force`` (the same message as ``dknet data templates``).
"""

from __future__ import annotations

from pathlib import Path

import click

from dknet import api
from dknet.cli.common import echo_note
from dknet.cli.context import current_lang, data_demo, demo_banner
from dknet.cli.failure import DataInvalid, Failure
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, lang_option
from dknet.cli.output import output_option, write_made
from dknet.errors import DataValidationError, DknetError
from dknet.messages import t
from dknet.messages.msg import Msg
from dknet.schema import ExitCode


class BadInput(Failure):
    """Bad input (an unknown county or office, an output not named .xlsx): one sentence; exit 3, nothing written."""

    exit_code = ExitCode.INVALID_DATA


@click.command("register", cls=DknetCommand)
@click.option("--county", metavar="FYLKE", default=None)
@click.option("--sf", metavar="STATSFORVALTER", default=None)
@output_option
@click.option("--force", is_flag=True)
@lang_option
@data_options
def register(
    county: str | None,
    sf: str | None,
    output: Path | None,
    force: bool,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
) -> None:
    """The county's register workbook, pre-filled (help: ``help.register``)."""
    lang = current_lang()
    if (county is None) == (sf is None):
        raise click.UsageError(t("register.scope", lang))
    if output is None:
        raise click.UsageError(t("register.output", lang))
    if output.suffix.lower() != ".xlsx":
        raise BadInput(Msg("register.suffix", path=str(output)))
    if output.exists() and not force:
        raise Failure(Msg("templates.exist", dir=str(output.parent), files=output.name))
    option, value = ("--county", county) if county is not None else ("--sf", sf)
    try:
        draft = api.register(county=county, sf=sf, data=data_dir, mode=data_mode, demo=data_demo())  # type: ignore[arg-type]
    except DataValidationError as e:
        raise DataInvalid(e) from e
    except (DknetError, LookupError) as e:
        reason = e.text if isinstance(e, DknetError) else str(e)
        raise BadInput(Msg("register.bad_scope", option=option, value=str(value), reason=reason)) from e
    banner = demo_banner(lang)
    user_data = data_dir.name if data_dir is not None else None
    write_made(output, lambda: draft.workbook(lang=lang, banner=banner, file_name=output.name, user_data=user_data))
    sheets, scope = draft.sheets, draft.scope
    known = sum(len(s.rows) - s.scaffold_rows for s in sheets.values())
    blank = sum(s.scaffold_rows for s in sheets.values())
    names = ", ".join(sheets)
    echo_note(
        t("register.wrote", lang, sheets=names, known=known, blank=blank, n=len(scope.municipalities), scope=scope.name)
    )
    echo_note(banner)
