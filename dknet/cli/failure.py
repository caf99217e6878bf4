"""How a command fails: one clear sentence (exit 1), or every problem in the data (exit 3), in ``--lang``.

:class:`Failure` and :class:`DataInvalid` are raised by the commands and by :class:`~dknet.cli.group.DknetGroup`,
which turns the library's :class:`~dknet.errors.DknetError` into them.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

import click

from dknet.cli.context import current_lang
from dknet.errors import DataValidationError, DknetError
from dknet.io.problems import Problem
from dknet.messages import Lang, count, t
from dknet.messages.msg import Msg, Text, render
from dknet.present.text import strip_controls
from dknet.schema import ExitCode


class Failure(click.ClickException):
    """One message on stderr after "Feil:" (nb, nn) or "Error:" (en), in the command's ``--lang``; exit 1.

    ``message`` is a catalogue message, a :class:`~dknet.errors.DknetError` or plain text. The
    language is taken when the failure is raised: click shows it after the command's context is gone.
    """

    def __init__(self, message: Text | DknetError, lang: Lang | None = None) -> None:
        self.text: Text = message.text if isinstance(message, DknetError) else message
        self.lang: Lang = lang or current_lang()
        super().__init__(render(self.text, "en"))

    def format_message(self) -> str:
        return render(self.text, self.lang)

    def show(self, file: Any = None) -> None:
        line = strip_controls(f"{t('error.prefix', self.lang)}: {self.format_message()}")
        click.echo(line, file=file, err=file is None)


class DataInvalid(click.ClickException):
    """Invalid data: every problem to stderr, exit 3."""

    exit_code = ExitCode.INVALID_DATA

    def __init__(self, error: DataValidationError) -> None:
        super().__init__(str(error))
        self.problems = error.problems
        self.lang = current_lang()  # click shows the error after the command's context is gone

    def show(self, file: Any = None) -> None:
        show_problems(self.problems, lang=self.lang)
        errors = sum(p.is_error for p in self.problems)
        warnings = len(self.problems) - errors
        summary = t(
            "invalid_data.summary",
            self.lang,
            errors=count(errors, "error", self.lang),
            warnings=count(warnings, "warning", self.lang),
        )
        click.echo(summary, err=True)


#: At most this many problems are printed; a summary line counts the rest.
MAX_SHOWN = 200


def show_problems(
    problems: Sequence[Problem], *, limit: int = MAX_SHOWN, err: bool = True, lang: Lang | None = None
) -> None:
    """Errors first, then warnings, one line each; past ``limit`` lines, one line says how many more.

    Each line has terminal control characters removed (the values come from the user's files).
    """
    ordered = [p for p in problems if p.is_error] + [p for p in problems if not p.is_error]
    lang = lang or current_lang()
    for p in ordered[:limit]:
        click.echo(strip_controls(f"{p.severity.label(lang)}: {p.describe(lang)}"), err=err)
    rest = ordered[limit:]
    if rest:
        n_err = sum(p.is_error for p in rest)
        errors, warnings = count(n_err, "error", lang), count(len(rest) - n_err, "warning", lang)
        more = t("problems.more", lang, n=len(rest), errors=errors, warnings=warnings)
        click.echo(more, err=err)


def require_extra(extra: str, *modules: str) -> None:
    """Fail with one clear line when an optional part of dknet is not installed (exit 1).

    >>> require_extra("maps", "json")
    """
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise Failure(Msg("error.needs_extra", extra=extra, missing=", ".join(missing)))
