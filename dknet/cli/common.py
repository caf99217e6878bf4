"""What every dknet command shares: options, data loading, error display, messages, output.

Kept apart from :mod:`dknet.cli` so that command modules can import it without a cycle.

``--lang nb|nn|en`` (default nb) is on every command (:func:`lang_option`); commands that print
rows also get ``--format table|json|csv|xlsx``, ``--csv-dialect`` and ``-o FILE``
(:func:`format_option`) and write through one :class:`Out`. These choices live in the click
context of the running command (``ctx.meta``), not in a process-global setting.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet.errors import DataValidationError
from dknet.io.problems import Problem
from dknet.messages import DEFAULT_LANG, LANGS, Lang, t
from dknet.schema import ExitCode

F = TypeVar("F", bound=Callable[..., Any])

EPILOG = t("epilog", DEFAULT_LANG)

_LANG, _DIALECT, _OUTPUT = "dknet.lang", "dknet.csv_dialect", "dknet.output"


def current_lang() -> Lang:
    """The ``--lang`` of the running command (bokmål outside a command)."""
    ctx = click.get_current_context(silent=True)
    lang = ctx.meta.get(_LANG) if ctx is not None else None  # meta is shared by a command and its group
    return lang or DEFAULT_LANG


def _store(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """A callback keeping the option's value in ``ctx.meta`` (a value given to the group is kept)."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is not None or key not in ctx.meta:
            ctx.meta[key] = value
        return value

    return callback


def lang_option(f: F) -> F:
    """``--lang nb|nn|en``: the language of headings, column names, notes and numbers (default nb)."""
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_store(_LANG),
        help="Språk / language: nb (bokmål, default), nn (nynorsk), en (English).",
    )(f)


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
        click.echo(t("invalid_data.summary", self.lang, errors=errors, warnings=warnings), err=True)


#: At most this many problems are printed; a summary line counts the rest.
MAX_SHOWN = 200


def show_problems(
    problems: Sequence[Problem], *, limit: int = MAX_SHOWN, err: bool = True, lang: Lang | None = None
) -> None:
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
        more = t("problems.more", lang or current_lang(), n=len(rest), errors=n_err, warnings=len(rest) - n_err)
        click.echo(more, err=err)


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
    """``--format table|json|csv|xlsx``, ``--csv-dialect``, ``-o FILE`` and ``--lang``: how rows are written."""
    from dknet.cli.output import check_output

    f = click.option(
        "-o",
        "--output",
        "_output",
        type=str,
        default=None,
        metavar="FILE",
        expose_value=False,
        callback=lambda ctx, param, value: ctx.meta.__setitem__(_OUTPUT, check_output(value)),
        help="Write the result to FILE (atomically) instead of standard output (- is standard output).",
    )(f)
    f = click.option(
        "--csv-dialect",
        type=click.Choice(["excel-no", "standard"]),
        default=None,
        expose_value=False,
        callback=_store(_DIALECT),
        help="excel-no: ; between cells, decimal comma, UTF-8 with BOM, display names (for Norwegian Excel); "
        "standard: comma, decimal point, machine column names. Default: excel-no for nb/nn, standard for en.",
    )(f)
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv", "xlsx"]),
        default="table",
        show_default=True,
        help="table for people, xlsx for Excel (needs -o FILE.xlsx), csv for Excel or programs, json for programs.",
    )(f)
    return lang_option(f)


class Out:
    """What one command writes: collected, then written once to stdout or ``-o`` in its format.

    * ``table``: :meth:`line` and :meth:`table` text, then the notes (all to stdout or the file);
    * ``json``: the document given to :meth:`json` (plain numbers, machine keys);
    * ``csv``: the first table given to :meth:`rows`, in the ``--csv-dialect``; notes on stderr;
    * ``xlsx``: every table given to :meth:`rows` as a sheet, the notes on the sheet "Merknader".
    """

    def __init__(self, fmt: str) -> None:
        ctx = click.get_current_context()
        self.fmt = fmt
        self.lang: Lang = current_lang()
        self.dialect: str = ctx.meta.get(_DIALECT) or ("standard" if self.lang == "en" else "excel-no")
        self.path: Path | None = ctx.meta.get(_OUTPUT)
        self.notes: list[str] = []
        self._lines: list[str] = []
        self._sheets: dict[str, Any] = {}
        self._doc: Any = None
        if fmt == "xlsx" and self.path is None:
            raise click.UsageError(t("xlsx_needs_output", self.lang))

    @property
    def is_text(self) -> bool:
        """True for the table format (text for people)."""
        return self.fmt == "table"

    def line(self, text: str = "") -> None:
        """A line of the table output (ignored by the other formats)."""
        if self.is_text:
            self._lines.append(text)

    def table(self, df: Any) -> None:
        """A table in the table output, display names and numbers in ``--lang``."""
        from dknet.present.format import render

        if self.is_text:
            self._lines.append(render(df, "table", lang=self.lang))

    def rows(self, df: Any, sheet: str | None = None) -> None:
        """Rows for CSV (the first call) and XLSX (one sheet per call)."""
        name = sheet or t("rows_sheet", self.lang)
        self._sheets.setdefault(name, df)

    def json(self, doc: Any) -> None:
        """The JSON document (numbers and keys as programs expect them)."""
        self._doc = doc

    def note(self, text: str | None) -> None:
        """A note for the person: below the table, on stderr for CSV, on the notes sheet in XLSX."""
        if text:
            self.notes.append(text)

    def finish(self) -> None:
        """Write what was collected."""
        import json

        from dknet.cli.output import emit_text, write_atomic
        from dknet.present.format import jsonable, render

        if self.fmt == "json":
            emit_text(json.dumps(jsonable(self._doc), ensure_ascii=False, indent=2), self.path)
        elif self.fmt == "csv":
            df = next(iter(self._sheets.values())) if self._sheets else None
            text = "" if df is None else render(df, "csv", lang=self.lang, dialect=self.dialect)  # type: ignore[arg-type]
            if text or self.path:
                emit_text(text, self.path)
            for n in self.notes:
                echo_note(n)
        elif self.fmt == "xlsx":
            from dknet.present.xlsx import workbook_bytes

            assert self.path is not None
            try:
                write_atomic(self.path, workbook_bytes(self._sheets, self.notes, lang=self.lang))
            except OSError as e:
                raise click.ClickException(f"could not write {self.path}: {e.strerror or e}") from e
            click.echo(f"wrote {self.path}", err=True)
        else:
            lines = list(self._lines)
            if self.notes:
                lines += ["", *self.notes]
            emit_text("\n".join(lines), self.path)


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
            click.echo(t("warnings.more", current_lang(), n=len(warnings) - 20, dir=data_dir), err=True)
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
