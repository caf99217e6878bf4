"""What the commands share beyond their options: :class:`Out` (one writer per command) and :func:`load`.

The rest lives one job per module, each below this one (no module of :mod:`dknet.cli` imports back up):
:mod:`~dknet.cli.context` (the running command's ``--lang`` and data set), :mod:`~dknet.cli.options` (the option
decorators), :mod:`~dknet.cli.failure` (errors, exit 1 and 3) and :mod:`~dknet.cli.output` (stdout or ``-o FILE``,
atomically). Their names are also importable from here, for command modules written before the split.
"""

from __future__ import annotations

import datetime
import errno
import functools
import hashlib
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet.cache import load_graph
from dknet.cli.context import (
    DEMO_READ_KEY,
    DIALECT_KEY,
    GRAPH_KEY,
    GRAPH_WARNINGS_KEY,
    LANG_ENVVAR,
    OUTPUT_KEY,
    current_demo,
    current_lang,
    data_demo,
    demo_banner,
    demo_given,
)
from dknet.cli.failure import MAX_SHOWN, DataInvalid, Failure, require_extra, show_problems
from dknet.cli.options import data_options, demo_option, format_option, group_lang_option, lang_option
from dknet.cli.output import emit_text, write_atomic, write_made
from dknet.errors import DataValidationError
from dknet.io.problems import Problem
from dknet.messages import Lang, count, t
from dknet.messages.msg import Msg
from dknet.present.text import strip_controls

__all__ = [
    "LANG_ENVVAR",
    "MAX_SHOWN",
    "DataInvalid",
    "Failure",
    "Out",
    "current_demo",
    "current_lang",
    "data_demo",
    "data_options",
    "demo_banner",
    "demo_given",
    "demo_option",
    "echo_note",
    "format_option",
    "group_lang_option",
    "kept_pages",
    "lang_option",
    "load",
    "require_extra",
    "show_problems",
    "without_illustrative",
]


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
        self.dialect: str = ctx.meta.get(DIALECT_KEY) or ("standard" if self.lang == "en" else "excel-no")
        self.path: Path | None = ctx.meta.get(OUTPUT_KEY)
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
        return not self._ctx.meta.get(DEMO_READ_KEY)

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
    try:
        G = load_graph(data_dir, mode=data_mode, use_cache=not no_cache, demo=current_demo())  # type: ignore[arg-type]
    except DataValidationError as e:
        raise DataInvalid(e) from e
    data_demo(bool(G.graph.get("demo")))
    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # what kept_pages files a printed page under
        from dknet.cache import graph_key

        ctx.meta[GRAPH_KEY] = graph_key(G)
        ctx.meta[GRAPH_WARNINGS_KEY] = len(G.graph.get("warnings") or [])
    if data_dir is not None:  # e.g. a misnamed file that was skipped: say so, not only in validate
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


F = TypeVar("F", bound=Callable[..., Any])

#: Parameters that name where the output goes, not what it says (their path is in the request, not their bytes).
OUTPUT_PARAMS = ("output",)


def kept_pages(command: str, *, when: Callable[[dict[str, Any]], bool] | None = None) -> Callable[[F], F]:
    """Print a request that was printed before on the same data from the cache (:func:`dknet.lookup.read_page`).

    The one hook of the page cache: put it right above the command's function. The request is the command,
    its normalised parameters (with the bytes of every file they name, e.g. ``--config``), ``--lang``,
    ``--csv-dialect``, ``-o`` and whether the demonstration set is read; the data key, the day and dknet's
    own code are in the table's key (:func:`dknet.lookup.lookup_key`). A hit writes what the first run
    wrote (standard output and error in their order, and the ``-o`` file) without pandas or networkx.
    ``--no-cache``, ``when`` saying no, a file output that is not text, or a user folder that gave
    warnings take the full path every time.
    """

    def decorate(f: F) -> F:
        @functools.wraps(f)
        def run(**params: Any) -> Any:
            request = _page_request(command, params) if when is None or when(params) else None
            if request is None:
                return f(**params)
            from dknet.lookup import keep_page, read_page

            ctx = click.get_current_context()
            where = (params.get("data_dir"), params.get("data_mode", "overlay"))
            lang, demo, output, day = current_lang(), current_demo(), _output_path(params), _today()
            kept = read_page(*where, command=command, lang=lang, request=request, demo=demo, day=day)
            if kept is not None:
                return _replay(kept, output)
            with _Recorder() as recorded:
                result = f(**params)
            file = _written(output)
            if (output is None or file is not None) and not (where[0] and ctx.meta.get(GRAPH_WARNINGS_KEY)):
                page = {"events": recorded.events, "file": file}
                built = ctx.meta.get(GRAPH_KEY)
                keep_page(built, *where, command=command, lang=lang, request=request, page=page, demo=demo, day=day)
            return result

        return run  # type: ignore[return-value]

    return decorate


def _today() -> datetime.date:
    """The day the command runs (the pages are kept per day: plan statuses and windows move with it)."""
    return datetime.date.today()


def _output_path(params: dict[str, Any]) -> Path | None:
    """Where the command writes its file (``-o``), or None for standard output."""
    ctx = click.get_current_context()
    found = next((params[p] for p in OUTPUT_PARAMS if params.get(p) is not None), ctx.meta.get(OUTPUT_KEY))
    return Path(found) if found is not None else None


def _page_request(command: str, params: dict[str, Any]) -> str | None:
    """The digest of the request (see :func:`kept_pages`), or None when it is not to be kept."""
    from dknet.lookup import request_digest

    if params.get("no_cache") or params.get("fmt") == "xlsx":
        return None
    ctx = click.get_current_context()
    files: dict[str, str | None] = {}
    for name, value in params.items():
        if isinstance(value, Path) and name not in OUTPUT_PARAMS and name != "data_dir":
            if value.is_dir():
                return None
            try:
                files[name] = hashlib.sha256(value.read_bytes()).hexdigest() if value.is_file() else None
            except OSError:  # unreadable: the full path says why
                return None
    request = {
        "command": command,
        "params": {k: _plain(v) for k, v in sorted(params.items())},
        "files": files,
        "dialect": ctx.meta.get(DIALECT_KEY),
        "output": str(_output_path(params)),
        "demo": current_demo(),
    }
    return request_digest(request)


def _plain(value: Any) -> Any:
    """A parameter's value as JSON: paths and dates as text, tuples as lists."""
    if isinstance(value, (Path, datetime.date)):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value if value is None or isinstance(value, (str, int, float, bool)) else repr(value)


def _written(output: Path | None) -> str | None:
    """The text the command wrote to ``output``, or None (none, or not text: such a run is not kept)."""
    try:
        return output.read_text(encoding="utf-8") if output is not None else None
    except (OSError, UnicodeDecodeError):
        return None


def _replay(page: dict[str, Any], output: Path | None) -> None:
    """Write a kept run again: the ``-o`` file (atomically), then what it printed, in order."""
    if output is not None and page["file"] is not None:
        write_atomic(output, page["file"])
    for stream, text in page["events"]:
        try:
            click.echo(text, nl=False, err=stream == "err")
        except OSError as e:
            if e.errno == errno.EPIPE:  # the reader has gone: the group ends quietly
                raise
            raise Failure(Msg("output.stdout_failed", reason=str(e.strerror or e))) from e


class _Recorder:
    """Standard output and error of the running command, passed through and noted in order (``events``)."""

    def __init__(self) -> None:
        self.events: list[list[str]] = []

    def __enter__(self) -> _Recorder:
        self._saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = _Tee(sys.stdout, "out", self.events), _Tee(sys.stderr, "err", self.events)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.stdout, sys.stderr = self._saved


class _Tee(io.TextIOBase):
    """A text stream that writes to ``inner`` and notes each text in ``events``."""

    def __init__(self, inner: Any, stream: str, events: list[list[str]]) -> None:
        self.inner, self.stream, self.events = inner, stream, events

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.inner, "encoding", "utf-8"))

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError("text only")  # click probes for a binary stream with b""
        written = self.inner.write(text)
        if text and self.events and self.events[-1][0] == self.stream:
            self.events[-1][1] += text
        elif text:
            self.events.append([self.stream, text])
        return int(written) if written is not None else len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return bool(self.inner.isatty())

    def fileno(self) -> int:
        return int(self.inner.fileno())
