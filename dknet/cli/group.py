"""The top-level click group: dknet's errors become clear messages and documented exit codes.

Besides library errors: Ctrl-C (SIGINT) ends with exit 130 (the shell convention, 128 + 2) and
one line on stderr, after ``finally`` blocks removed any temporary file; a closed pipe (SIGPIPE,
e.g. ``dknet info | head -1``) ends quietly with exit 0, as for other Unix tools.
"""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

import click

from dknet.cli.context import current_lang
from dknet.cli.failure import DataInvalid, Failure
from dknet.cli.helptext import DknetHelpGroup
from dknet.errors import DataValidationError, DknetError
from dknet.messages import t

#: Exit code after Ctrl-C: 128 + SIGINT (2), what shells report for an interrupted command.
EXIT_INTERRUPTED = 130


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


class DknetGroup(DknetHelpGroup):
    """A click group that turns dknet's errors into clear messages and documented exit codes.

    Its help comes from the catalogue (:mod:`dknet.cli.helptext`); click's usage errors (exit 2) are
    put into words in ``--lang`` by :mod:`dknet.cli.usage` (through :class:`DknetHelpGroup`).
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DataValidationError as e:
            raise DataInvalid(e) from e
        except DknetError as e:
            raise Failure(e) from e  # in --lang, after "Feil:" / "Error:"
        except KeyboardInterrupt:
            click.echo("\n" + t("error.interrupted", current_lang()), err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except OSError as e:
            if e.errno == errno.EPIPE:  # the reader (head, less) has gone: stop quietly
                _silence_stdout()
                raise click.exceptions.Exit(0) from None
            raise
