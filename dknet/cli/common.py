"""What every dknet command shares: options, data loading, error display, messages, output.

Kept apart from :mod:`dknet.cli` so that command modules can import it without a cycle.

``--lang nb|nn|en`` (default ``DKNET_LANG``, else nb) is on every command (:func:`lang_option`); ``--demo`` (default
``DKNET_DEMO``) on the group and on every command that reads the data set (:func:`demo_option`); commands that print
rows also get ``--format table|json|csv|xlsx``, ``--csv-dialect`` and ``-o FILE``
(:func:`format_option`) and write through one :class:`Out`. These choices live in the click
context of the running command (``ctx.meta``), not in a process-global setting.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet.errors import DataValidationError, DknetError
from dknet.io.files import demo_requested
from dknet.io.problems import Problem
from dknet.messages import DEFAULT_LANG, LANGS, Lang, count, t
from dknet.messages.msg import Msg, Text, render
from dknet.schema import ExitCode

F = TypeVar("F", bound=Callable[..., Any])

_LANG, _DIALECT, _OUTPUT = "dknet.lang", "dknet.csv_dialect", "dknet.output"
#: ``ctx.meta`` keys: ``--demo`` was given (group or command); the data set read was the demonstration set.
_DEMO, _DEMO_READ = "dknet.demo", "dknet.demo_read"

#: The environment variable that gives ``--lang`` its default (a nynorsk county sets it once).
LANG_ENVVAR = "DKNET_LANG"


def current_lang(ctx: click.Context | None = None) -> Lang:
    """The ``--lang`` of the running command, else ``DKNET_LANG``, else bokmål.

    ``DKNET_LANG`` is read here too for ``--help``, which click may show before it has read ``--lang``.
    """
    ctx = ctx or click.get_current_context(silent=True)
    lang = ctx.meta.get(_LANG) if ctx is not None else None  # meta is shared by a command and its group
    if lang is None:
        lang = os.environ.get(LANG_ENVVAR, "").strip().lower()
    return lang if lang in LANGS else DEFAULT_LANG


def _store(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """A callback keeping the option's value in ``ctx.meta`` (a value given to the group is kept)."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is not None or key not in ctx.meta:
            ctx.meta[key] = value
        return value

    return callback


def _lang_option(f: F, **env: Any) -> F:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_store(_LANG),
        **env,
    )(f)


def lang_option(f: F) -> F:
    """``--lang nb|nn|en``: the language of help, headings, column names, notes and numbers.

    Default: the group's ``--lang``, else ``DKNET_LANG``, else nb (:func:`current_lang`).
    """
    return _lang_option(f)


def group_lang_option(f: F) -> F:
    """``--lang`` of the ``dknet`` group, with its default from ``DKNET_LANG`` (checked by click).

    Only the group reads the variable, so that ``DKNET_LANG=en dknet --lang nn partners`` is nynorsk.
    """
    return _lang_option(f, envvar=LANG_ENVVAR, show_envvar=True)


def _demo_callback(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    """Note a ``--demo`` seen anywhere on the line (group or command); its absence never undoes one."""
    if value:
        ctx.meta[_DEMO] = True
    return value


def demo_option(f: F) -> F:
    """``--demo``: read the generated demonstration set too; without it, ``DKNET_DEMO`` decides (:func:`current_demo`).

    On the ``dknet`` group and on every command that reads the data set (``dknet --demo partners
    holtålen`` and ``dknet partners holtålen --demo`` are the same).
    """
    return click.option("--demo", is_flag=True, default=False, expose_value=False, callback=_demo_callback)(f)


def current_demo(ctx: click.Context | None = None) -> bool:
    """Whether the running command reads the demonstration set: ``--demo`` anywhere, else ``DKNET_DEMO``."""
    ctx = ctx or click.get_current_context(silent=True)
    given = bool(ctx is not None and ctx.meta.get(_DEMO))
    return demo_requested(True if given else None)


def demo_given(ctx: click.Context | None = None) -> bool:
    """True when ``--demo`` stands on the command line (not only ``DKNET_DEMO`` in the environment)."""
    ctx = ctx or click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(_DEMO))


def data_demo(demo: bool | None = None) -> bool:
    """The data set this command reads (demo or real), noted so that :class:`Out` puts the banner on its output.

    ``demo`` is what the graph says (``G.graph["demo"]``) once it is loaded; before that, :func:`current_demo`.
    """
    value = current_demo() if demo is None else bool(demo)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[_DEMO_READ] = value
    return value


def demo_banner(lang: Lang, ctx: click.Context | None = None) -> str | None:
    """The demonstration banner in ``lang`` when this command read the demonstration set, else None."""
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is None or not ctx.meta.get(_DEMO_READ):
        return None
    from dknet.messages.demo import BANNER_KEY

    return t(BANNER_KEY, lang)


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
        from dknet.present.text import strip_controls

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
    from dknet.present.text import strip_controls

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


def data_options(f: F) -> F:
    """``--data DIR|FILE.xlsx``, ``--data-mode``, ``--no-cache`` and ``--demo``: every command that reads data."""

    @click.option(
        "--data",
        "data_dir",
        type=click.Path(path_type=Path),  # a folder, or one workbook (dknet register)
        default=None,
    )
    @click.option(
        "--data-mode",
        type=click.Choice(["overlay", "replace"]),
        default="overlay",
        show_default=True,
    )
    @click.option("--no-cache", is_flag=True)
    @demo_option
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
    )(f)
    f = click.option(
        "--csv-dialect",
        type=click.Choice(["excel-no", "standard"]),
        default=None,
        expose_value=False,
        callback=_store(_DIALECT),
    )(f)
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv", "xlsx"]),
        default="table",
        show_default=True,
    )(f)
    return lang_option(f)


class Out:
    """What one command writes: collected, then written once to stdout or ``-o`` in its format.

    * ``table``: :meth:`line` and :meth:`table` text, then the notes (all to stdout or the file);
    * ``json``: the document given to :meth:`json` (plain numbers, machine keys);
    * ``csv``: the first table given to :meth:`rows`, in the ``--csv-dialect``; notes on stderr;
    * ``xlsx``: every table given to :meth:`rows` as a sheet, the notes on the sheet "Merknader".

    Made from the demonstration set (:func:`data_demo`), every format carries the banner
    (``demo.banner``): the first line of the table output; ``"demo": true`` and ``"banner"`` first in
    a JSON object (a JSON list keeps its shape); a line on stderr for CSV, JSON
    and XLSX; in XLSX also a sheet "DEMO" that opens first and the banner in every sheet's
    printed header and footer, the data sheets keeping their header row first.
    """

    def __init__(self, fmt: str) -> None:
        ctx = click.get_current_context()
        self.fmt = fmt
        self.lang: Lang = current_lang()
        self.dialect: str = ctx.meta.get(_DIALECT) or ("standard" if self.lang == "en" else "excel-no")
        self.path: Path | None = ctx.meta.get(_OUTPUT)
        self._ctx = ctx
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

    @property
    def real(self) -> bool:
        """True when this command read the real data set (no ``--demo``): no illustrative machinery is shown."""
        return not self._ctx.meta.get(_DEMO_READ)

    def table(self, df: Any) -> None:
        """A table in the table output, display names and numbers in ``--lang``."""
        from dknet.present.format import render

        if self.is_text:
            self._lines.append(render(self._shown(df), "table", lang=self.lang))

    def rows(self, df: Any, sheet: str | None = None) -> None:
        """Rows for CSV (the first call) and XLSX (one sheet per call)."""
        name = sheet or t("rows_sheet", self.lang)
        self._sheets.setdefault(name, df)

    def json(self, doc: Any) -> None:
        """The JSON document (numbers and keys as programs expect them)."""
        self._doc = doc

    def _shown(self, doc: Any) -> Any:
        """``doc`` as written: from the real data set, without :data:`ILLUSTRATIVE_FIELDS` that are all false."""
        return without_illustrative(doc) if self.real else doc

    def note(self, text: str | None) -> None:
        """A note for the person: below the table, on stderr for CSV, on the notes sheet in XLSX."""
        if text:
            self.notes.append(text)

    @property
    def banner(self) -> str | None:
        """The demonstration banner when this command read the demonstration set, else None."""
        return demo_banner(self.lang, self._ctx)

    def finish(self) -> None:
        """Write what was collected."""
        import json

        from dknet.cli.output import emit_text, write_made

        banner = self.banner
        if banner and not self.is_text:
            echo_note(banner)
        if self.fmt == "json":
            from dknet.present.format import jsonable

            doc = self._shown(self._doc)
            if banner and isinstance(doc, dict):  # a list (neo4j's step counters) keeps its shape: stderr says it
                doc = {"demo": True, "banner": banner, **doc}
            emit_text(json.dumps(jsonable(doc), ensure_ascii=False, indent=2), self.path)
        elif self.fmt == "csv":
            from dknet.present.format import render

            df = self._shown(next(iter(self._sheets.values()))) if self._sheets else None
            text = "" if df is None else render(df, "csv", lang=self.lang, dialect=self.dialect)  # type: ignore[arg-type]
            if text or self.path:
                emit_text(text, self.path)
            for n in self.notes:
                echo_note(n)
        elif self.fmt == "xlsx":
            from dknet.present.xlsx import workbook_bytes

            assert self.path is not None
            sheets = {name: self._shown(df) for name, df in self._sheets.items()}
            write_made(self.path, lambda: workbook_bytes(sheets, self.notes, lang=self.lang, banner=banner))
        else:
            self.print_page(self.page())

    def print_page(self, page: str) -> None:
        """Write a table page (:meth:`page`, or one kept from an earlier run by :mod:`dknet.lookup`), banner first."""
        from dknet.cli.output import emit_text

        banner = self.banner
        emit_text(f"{banner}\n{page}" if banner else page, self.path)

    def page(self) -> str:
        """The table output as one text: the lines, then the notes (the banner is added when it is written)."""
        lines = list(self._lines)
        if self.notes:
            lines += ["", *self.notes]
        return "\n".join(lines)


#: Columns and keys that say whether a row rests on generated records; shown only when one does.
ILLUSTRATIVE_FIELDS = ("illustrative",)


def without_illustrative(doc: Any) -> Any:
    """``doc`` (a DataFrame, a dict or a list of them) without :data:`ILLUSTRATIVE_FIELDS` whose values are all false.

    Output made from the real data set shows no column of "nei" about generated records it never read.

    >>> without_illustrative({"rows": [{"navn": "Tydal", "illustrative": False}], "illustrative": {"nodes": 0}})
    {'rows': [{'navn': 'Tydal'}]}
    >>> without_illustrative([{"navn": "Tydal", "illustrative": True}])
    [{'navn': 'Tydal', 'illustrative': True}]
    """
    if hasattr(doc, "columns") and hasattr(doc, "drop"):  # a DataFrame
        drop = [c for c in ILLUSTRATIVE_FIELDS if c in doc.columns and not _any_true(doc[c].tolist())]
        if not drop:
            return doc
        out = doc.drop(columns=drop)
        out.attrs = dict(doc.attrs)
        return out
    if isinstance(doc, list):
        if doc and all(isinstance(r, dict) for r in doc):
            gone = {k for k in ILLUSTRATIVE_FIELDS if not _any_true([r.get(k) for r in doc])}
            return [{k: without_illustrative(v) for k, v in r.items() if k not in gone} for r in doc]
        return [without_illustrative(v) for v in doc]
    if isinstance(doc, dict):
        return {
            k: without_illustrative(v) for k, v in doc.items() if not (k in ILLUSTRATIVE_FIELDS and not _any_true([v]))
        }
    return doc


def _any_true(values: list[Any]) -> bool:
    """Whether any value says "yes" (a true flag, or a count or mapping with a non-zero value)."""
    for v in values:
        if isinstance(v, dict):
            if _any_true(list(v.values())):
                return True
        elif v is not None and v == v and bool(v):  # v == v: not NaN
            return True
    return False


def load(data_dir: Path | None, data_mode: str, no_cache: bool) -> Any:
    """Load the graph (the demonstration set with ``--demo``), turning invalid data into exit 3."""
    from dknet.cache import load_graph

    try:
        G = load_graph(data_dir, mode=data_mode, use_cache=not no_cache, demo=current_demo())  # type: ignore[arg-type]
    except DataValidationError as e:
        raise DataInvalid(e) from e
    data_demo(bool(G.graph.get("demo")))
    if data_dir is not None:  # e.g. a misnamed file that was skipped: say so, not only in validate
        from dknet.present.text import strip_controls

        lang = current_lang()
        warnings = [_warning_line(w, lang) for w in G.graph.get("warnings", [])]
        warnings = [w for w in warnings if "(bundled)" not in w]
        for w in warnings[:20]:
            click.echo(strip_controls(w), err=True)
        if len(warnings) > 20:
            lang = current_lang()
            more = count(len(warnings) - 20, "warning", lang)
            click.echo(t("warnings.more", lang, warnings=more, dir=data_dir), err=True)
    return G


def _warning_line(warning: Any, lang: Lang) -> str:
    """A load warning kept with the graph (a problem's data; plain text in caches of older versions)."""
    if isinstance(warning, dict):
        p = Problem.from_data(warning)
        return f"{p.severity.label(lang)}: {p.describe(lang)}"
    return f"warning: {warning}"


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
        raise Failure(Msg("error.needs_extra", extra=extra, missing=", ".join(missing)))
