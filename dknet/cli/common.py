"""What the commands share beyond their options: :class:`Out` (one writer per command) and :func:`load`.

The rest lives one job per module, each below this one (no module of :mod:`dknet.cli` imports back up):
:mod:`~dknet.cli.context` (the running command's ``--lang`` and data set), :mod:`~dknet.cli.options` (the option
decorators), :mod:`~dknet.cli.failure` (errors, exit 1 and 3) and :mod:`~dknet.cli.output` (stdout or ``-o FILE``,
atomically). Their names are also importable from here, for command modules written before the split.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from dknet.cache import load_graph
from dknet.cli.context import (
    DEMO_READ_KEY,
    DIALECT_KEY,
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
from dknet.cli.output import emit_text, write_made
from dknet.errors import DataValidationError
from dknet.io.problems import Problem
from dknet.messages import Lang, count, t
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
