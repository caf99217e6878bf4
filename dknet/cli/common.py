"""What every dknet command shares: options, data loading, error display, messages.

Kept apart from :mod:`dknet.cli` so that command modules can import it without a cycle.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet.errors import DataValidationError
from dknet.io.problems import Problem
from dknet.schema import ExitCode

F = TypeVar("F", bound=Callable[..., Any])

EPILOG = "Exit codes: 0 ok, 1 error, 2 usage, 3 invalid data, 4 database unreachable."


class DataInvalid(click.ClickException):
    """Invalid data: every problem to stderr, exit 3."""

    exit_code = ExitCode.INVALID_DATA

    def __init__(self, error: DataValidationError) -> None:
        super().__init__(str(error))
        self.problems = error.problems

    def show(self, file: Any = None) -> None:
        show_problems(self.problems)
        errors = sum(p.is_error for p in self.problems)
        click.echo(
            f"Error: {errors} error(s), {len(self.problems) - errors} warning(s); nothing was built or written. "
            "Fix the files and run again (dknet validate DIR lists the same problems).",
            err=True,
        )


#: At most this many problems are printed; a summary line counts the rest.
MAX_SHOWN = 200


def show_problems(problems: Sequence[Problem], *, limit: int = MAX_SHOWN, err: bool = True) -> None:
    """Errors first, then warnings, one line each; past ``limit`` lines, one line says how many more.

    Each line has terminal control characters removed (the values come from the user's files).
    """
    from dknet.present.format import strip_controls

    ordered = [p for p in problems if p.is_error] + [p for p in problems if not p.is_error]
    for p in ordered[:limit]:
        click.echo(strip_controls(f"{p.severity}: {p.describe()}"), err=err)
    rest = ordered[limit:]
    if rest:
        n_err = sum(p.is_error for p in rest)
        click.echo(
            f"… and {len(rest)} more ({n_err} error(s), {len(rest) - n_err} warning(s)) not shown; "
            "dknet validate DIR --format csv lists them all.",
            err=err,
        )


def data_options(f: F) -> F:
    """``--data DIR``, ``--data-mode`` and ``--no-cache``, shared by every command that reads data."""

    @click.option(
        "--data",
        "data_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Your own registers (CSV/XLSX named after the layers), read on top of the bundled data.",
    )
    @click.option(
        "--data-mode",
        type=click.Choice(["overlay", "replace"]),
        default="overlay",
        show_default=True,
        help="overlay: your rows update or add to the bundled ones; replace: your layers replace the bundled layers.",
    )
    @click.option("--no-cache", is_flag=True, help="Rebuild the graph from the files instead of the cache.")
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def format_option(f: F) -> F:
    """``--format table|json|csv``."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="table for people, json or csv for other programs.",
    )(f)


def load(data_dir: Path | None, data_mode: str, no_cache: bool) -> Any:
    """Load the graph, turning invalid data into exit 3."""
    from dknet.cache import load_graph

    try:
        G = load_graph(data_dir, mode=data_mode, use_cache=not no_cache)  # type: ignore[arg-type]
    except DataValidationError as e:
        raise DataInvalid(e) from e
    if data_dir is not None:  # e.g. a misnamed file that was skipped: say so, not only in validate
        from dknet.present.format import strip_controls

        warnings = [str(w) for w in G.graph.get("warnings", []) if "(bundled)" not in str(w)]
        for w in warnings[:20]:
            click.echo(strip_controls(f"warning: {w}"), err=True)
        if len(warnings) > 20:
            click.echo(
                f"… and {len(warnings) - 20} more warning(s); dknet validate {data_dir} lists them all.", err=True
            )
    return G


def echo_note(note: str | None) -> None:
    """A message for the person: stderr."""
    if note:
        click.echo(note, err=True)


def require_extra(extra: str, *modules: str) -> None:
    """Fail with one clear line when an optional part of dknet is not installed (exit 1).

    >>> require_extra("maps", "json")
    """
    import importlib.util

    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise click.ClickException(
            f"this command needs dknet's '{extra}' extra ({', '.join(missing)} not installed): "
            f"pip install 'dknet[{extra}]' (or, in a checkout, pip install '.[{extra}]')"
        )
