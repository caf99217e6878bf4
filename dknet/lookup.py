"""Lookup tables in the cache: warm ``dknet partners``, ``show``, ``info`` and kept pages without pandas or networkx.

Why: ``dknet partners KOMMUNE`` is what an adviser types most, and a warm run used to import
pandas, numpy and networkx and read the whole graph (about 0.8 s) to print ten rows. The answers
for all 357 municipalities come from one computation
(:func:`dknet.analysis.partners.partner_index`, well under a second), so dknet computes them once
per data set and purpose, keeps them in the cache beside the graph (language-free: the reasons are
kept as messages and put into words in the reader's language when read), and a later run
reads one small file and prints it with the standard library alone (docs/benchmarks.md).

**Same answer, either way.** A table holds exactly what :func:`~dknet.analysis.partners.suggest_partners`
returns with its defaults, and is printed by the same code as a freshly computed answer
(:func:`dknet.present.text.table_rows`); a test compares the two for every municipality.
Only the default request is looked up: no ``config`` overrides, no ``within``, existing partners
hidden, at most :data:`TOP` rows, table output, and no user folder whose files gave warnings
(those are printed by the full path). Anything else takes the full path.

**Pages that are always the same.** ``dknet show KOMMUNE`` and ``dknet info`` have no options
that change their table output, so their printed pages are kept as they are, one per
municipality and language (:class:`OutputLookup`), added the first time each is asked for.

**Printed output of the other commands.** ``gaps``, ``plans``, ``communities``, ``plan-offices``,
``scorecard``, ``compare``, ``map`` and ``partners --all`` keep what they printed the same way, one table
per command, language and day (:func:`read_page`, :func:`keep_page`), each request under the digest of
its options, dialect, output path and the bytes of the files it names (:func:`request_digest`); the
one hook that reads and writes them is :func:`dknet.cli.common.kept_pages`.

**Never stale, never code.** A table is stored under the key of the data its answers were
computed from (the graph's ``input_digest``, real or demonstration set: the bytes the loader
parsed, never a key worked out
afterwards, issue 23 M1), plus the SHA-256 of dknet's own source and configuration files
(``*.py``, ``*.toml`` under ``dknet/``), plus what else its answers depend on: the table (purpose
or command), the language and, for the pages of ``show`` and ``info``, the day they were made
(the "last 4 years" window and plan statuses move with the date, M6). A warm run looks a table
up by the key of the files as they are now, so an edit made while a table was being computed
only means the next run computes it again. Files are gzip-compressed JSON with the graph
cache's header, hash and ownership checks (:mod:`dknet.cache`: a cache file of ours in a
directory of ours that others cannot write to, L1); the header records the table, purpose and
language and is checked when read. Anything that does not check out is removed and rebuilt (M2).

>>> len(source_digest()) == 64
True
"""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dknet import cache
from dknet.cache import source_digest
from dknet.errors import DknetError
from dknet.io.files import Mode
from dknet.names import NameIndex

if TYPE_CHECKING:
    from dknet.analysis.profiles import ProfileConfig
    from dknet.graph import Graph

#: Rows kept per municipality: the default ``--top``.
TOP = 10
#: The ``format`` field of a lookup file's header, by kind of table.
FORMAT = "dknet-partner-lookup-2"
OUTPUT_FORMAT = "dknet-output-lookup"


#: Tables whose pages depend on the day they are made (plan statuses, the "last 4 years"); and every
#: ``pages-*`` table of :func:`read_page`.
DATED = ("show", "info")
#: The name prefix of the tables of printed command output (:func:`read_page`, :func:`keep_page`).
PAGES = "pages-"


def table_fields(table: str, lang: str, *, day: datetime.date | None = None) -> dict[str, str]:
    """What a table's answers depend on besides the data and the code: table, language, and day for :data:`DATED`.

    >>> table_fields("show", "nn", day=datetime.date(2026, 12, 31))
    {'table': 'show', 'lang': 'nn', 'day': '2026-12-31'}
    >>> table_fields("partners-office", "en")
    {'table': 'partners-office', 'lang': 'en'}
    """
    fields = {"table": table, "lang": lang}
    if table in DATED or table.startswith(PAGES):
        fields["day"] = (day or datetime.date.today()).isoformat()
    return fields


def lookup_key(graph_key: str, fields: dict[str, str]) -> str:
    """The key of one lookup table: the data's cache key, :func:`source_digest` and :func:`table_fields`."""
    extra = "|".join(f"{k}={v}" for k, v in sorted(fields.items()))
    return hashlib.sha256(f"{graph_key}|{source_digest()}|{extra}".encode()).hexdigest()


class PartnerLookup:
    """Partner answers for every municipality of one data set and purpose, put into words in ``lang`` on read.

    The table is language-free: reasons, the empty reason and the notes are kept as messages
    (:func:`dknet.messages.msg.text_data`), so one table serves nb, nn and en.
    """

    def __init__(self, doc: dict[str, Any], lang: str = "nb") -> None:
        self.doc = doc
        self.lang = lang
        self.names = NameIndex.from_json(doc["names"])

    @property
    def warnings(self) -> int:
        """How many warnings the user's folder gave when the graph was built."""
        return int(self.doc["warnings"])

    def answer(self, query: str) -> dict[str, Any] | None:
        """The answer for a municipality as a planner types it, or None when the name does not resolve.

        The answer: ``kommune``, ``navn``, ``purpose``, ``rows``, ``hidden``, ``empty_reason`` and
        ``notes``. A name that is unknown or ambiguous gets None: the full path then says so.
        """
        try:
            code = self.names.resolve(query)
        except DknetError:
            return None
        found = self.doc["answers"].get(code)
        if not isinstance(found, dict):
            return None
        rows = [{**r, "reasons": [self._words(x) for x in r["reasons"]]} for r in found["rows"]]
        empty, shared = found.get("empty_reason"), found.get("shared")
        return {
            "kommune": code,
            "navn": self.names.name(code),
            "purpose": self.doc["purpose"],
            **found,
            "rows": rows,
            "empty_reason": None if empty is None else self._words(empty),
            "shared": None if shared is None else self._words(shared),
            "notes": [self._words(n) for n in self.doc["notes"]],
        }

    def _words(self, data: Any) -> str:
        from dknet.messages.msg import render, text_from

        return render(text_from(data), self.lang)


class OutputLookup:
    """The printed table pages of one command (``show``, ``info``) for one data set and language."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.names = NameIndex.from_json(doc["names"])

    def page(self, query: str | None = None) -> str | None:
        """The page for a municipality as typed (``None`` for a command without one), or None when not kept."""
        key = ""
        if query is not None:
            try:
                key = self.names.resolve(query)
            except DknetError:
                return None
        found = self.doc["pages"].get(key)
        return str(found) if found is not None else None


def _path(key: str, table: str, lang: str) -> Path:
    return cache.cache_dir() / f"lookup-{key[:32]}-{table}-{lang}{cache.SUFFIX}"


def _read(
    user_dir: Path | None,
    mode: Mode,
    table: str,
    lang: str,
    fmt: str,
    count: str,
    demo: bool | None = None,
    day: datetime.date | None = None,
) -> dict[str, Any] | None:
    """The document of lookup table ``table`` for this data set (as it is now) and language, or None.

    None when there is none yet, when it does not check out (it is then removed), when
    ``user_dir`` is not a folder, or when the user's folder gave warnings (the full path prints them).
    """
    if user_dir is not None and not user_dir.is_dir():
        return None
    fields = table_fields(table, lang, day=day)
    try:
        key = lookup_key(cache.cache_key(user_dir, mode=mode, demo=demo), fields)
    except OSError:
        return None
    path = _path(key, table, lang)
    data = cache.read_bytes(path)
    if data is None:
        return None
    try:
        _, doc = cache.unpack(data, key, fmt=fmt, counts=(count,), expect=fields)
    except (ValueError, KeyError, TypeError):
        cache.drop(path)
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get(count), dict):
        cache.drop(path)
        return None
    if user_dir is not None and doc.get("warnings"):
        return None
    return doc


def _write(G: Graph, table: str, lang: str, fmt: str, count: str, doc: dict[str, Any]) -> str:
    """Keep ``doc`` as lookup table ``table`` of the data ``G`` was built from (atomically); returns its JSON.

    The key is the graph's own (:func:`dknet.cache.graph_key`): the answers are filed under the
    data they were computed from. A read-only cache, or a graph without a recorded input digest,
    is skipped.
    """
    return _store(cache.graph_key(G), table, lang, fmt, count, doc)


def _store(
    built: str | None,
    table: str,
    lang: str,
    fmt: str,
    count: str,
    doc: dict[str, Any],
    day: datetime.date | None = None,
) -> str:
    """Keep ``doc`` under the data key ``built`` (see :func:`_write`), for ``day`` when dated; returns its JSON."""
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    directory = cache.cache_dir()
    if built is not None and cache.prepare_dir(directory):
        fields = table_fields(table, lang, day=day)
        key = lookup_key(built, fields)
        data = cache.pack(body, key, fmt=fmt, fields=fields, **{count: len(doc[count])})
        cache.write_bytes(directory, _path(key, table, lang), data)
        cache.prune(directory)
    return body


def _new_doc(G: Graph, **fields: Any) -> dict[str, Any]:
    from dknet.overview import municipality_index

    return {**fields, "names": municipality_index(G).to_json(), "warnings": len(G.graph.get("warnings") or [])}


#: The ``lang`` field of a language-free table (the partner answers: rendered on read).
ALL_LANGS = "all"


def read_partners(
    user_dir: Path | None, mode: Mode, *, purpose: str, lang: str, demo: bool | None = None
) -> PartnerLookup | None:
    """The partner lookup for this data set and purpose from the cache, to be read in ``lang``, or None (see
    :func:`_read`)."""
    doc = _read(user_dir, mode, f"partners-{purpose}", ALL_LANGS, FORMAT, "answers", demo)
    try:
        return PartnerLookup(doc, lang) if doc is not None else None
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def write_partners(
    G: Graph,
    user_dir: Path | None,
    mode: Mode,
    *,
    purpose: str,
    lang: str,
    config: ProfileConfig | None = None,
) -> PartnerLookup:
    """Compute the partner answers of every municipality of ``G``, keep them in the cache, return them.

    The table is filed under the key of the data ``G`` was built from (``user_dir`` and ``mode``
    say which request it answers; the key does not depend on them).
    A cache that cannot be written is skipped: the lookup is returned all the same.
    """
    from dknet.analysis.partners import analysis_notes, partner_index
    from dknet.messages import check_lang
    from dknet.messages.msg import text_data

    language = check_lang(lang)
    index = partner_index(G, purpose=purpose, top=TOP, config=config)  # type: ignore[arg-type]
    for answer in index.values():  # the analysis returns meaning; the table keeps it, words come on read
        for row in answer["rows"]:
            row["reasons"] = [text_data(r) for r in row["reasons"]]
        for key in ("empty_reason", "shared"):
            if answer.get(key) is not None:
                answer[key] = text_data(answer[key])
    notes = [text_data(n) for n in analysis_notes(G, config)]
    doc = _new_doc(G, purpose=purpose, lang=ALL_LANGS, answers=index, notes=notes)
    body = _write(G, f"partners-{purpose}", ALL_LANGS, FORMAT, "answers", doc)
    return PartnerLookup(json.loads(body), language)  # as a later run reads it (NaN, lists), not as computed


def read_outputs(
    user_dir: Path | None, mode: Mode, *, command: str, lang: str, demo: bool | None = None
) -> OutputLookup | None:
    """The kept pages of ``command`` for this data set, language and day, or None (see :func:`_read`)."""
    doc = _read(user_dir, mode, command, lang, OUTPUT_FORMAT, "pages", demo)
    try:
        return OutputLookup(doc) if doc is not None else None
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def keep_output(
    G: Graph,
    user_dir: Path | None,
    mode: Mode,
    *,
    command: str,
    lang: str,
    code: str,
    page: str,
    demo: bool | None = None,
) -> None:
    """Add ``page`` (what ``command`` printed for ``code``; ``""`` for none) to the kept pages of ``G``'s data.

    The pages already kept are those of the files as they are now; they join only when that is
    the data ``G`` was built from. A cache that cannot be written is skipped.
    """
    found = read_outputs(user_dir, mode, command=command, lang=lang, demo=demo)
    now = cache.cache_key(user_dir, mode=mode, demo=demo) if found is not None else None
    same = found is not None and now == cache.graph_key(G)
    doc = found.doc if found is not None and same else _new_doc(G, command=command, lang=lang, pages={})
    doc["pages"][code] = page
    _write(G, command, lang, OUTPUT_FORMAT, "pages", doc)


#: The ``format`` field of a table of printed command output.
PAGE_FORMAT = "dknet-page-lookup"
#: Requests kept per command, data set, language and day, and the characters they may hold together (a warm
#: run reads the whole table: a few maps, not dozens); the oldest goes first, the newest is always kept.
MAX_PAGES = 32
MAX_PAGE_CHARS = 8_000_000
#: Where a kept run wrote: standard output or standard error.
STREAMS = ("out", "err")


def request_digest(request: dict[str, Any]) -> str:
    """The SHA-256 of a command's normalised request (its options, format, dialect, output path, config bytes).

    >>> request_digest({"b": 1, "a": ["x"]}) == request_digest({"a": ["x"], "b": 1})
    True
    """
    return hashlib.sha256(json.dumps(request, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def page_ok(page: Any) -> bool:
    """Whether ``page`` is a kept run: ``events`` (stream, text) in order and ``file`` (the ``-o`` text or None).

    >>> page_ok({"events": [["out", "Tydal\\n"]], "file": None}), page_ok({"events": [["tty", 1]], "file": None})
    (True, False)
    """
    if not isinstance(page, dict) or not isinstance(page.get("events"), list):
        return False
    events_ok = all(
        isinstance(e, list) and len(e) == 2 and e[0] in STREAMS and isinstance(e[1], str) for e in page["events"]
    )
    return events_ok and (page.get("file") is None or isinstance(page.get("file"), str))


def _chars(page: dict[str, Any]) -> int:
    """How many characters a kept run holds (printed text and the ``-o`` file)."""
    return sum(len(text) for _, text in page["events"]) + len(page.get("file") or "")


def read_page(
    user_dir: Path | None,
    mode: Mode,
    *,
    command: str,
    lang: str,
    request: str,
    demo: bool | None = None,
    day: datetime.date | None = None,
) -> dict[str, Any] | None:
    """What an earlier run of ``command`` printed for ``request`` (:func:`request_digest`) on this data set,
    language and ``day`` (today), or None (none kept, or it does not check out; see :func:`_read`)."""
    doc = _read(user_dir, mode, PAGES + command, lang, PAGE_FORMAT, "pages", demo, day)
    found = doc["pages"].get(request) if doc is not None else None
    return found if page_ok(found) else None


def keep_page(
    built: str | None,
    user_dir: Path | None,
    mode: Mode,
    *,
    command: str,
    lang: str,
    request: str,
    page: dict[str, Any],
    demo: bool | None = None,
    day: datetime.date | None = None,
) -> None:
    """Keep what a run of ``command`` printed for ``request``, filed under ``built``: the key of the data its graph
    was built from (:func:`dknet.cache.graph_key`).

    Kept only when that is the data as it is now (an edit made during the run means the next run computes
    again), beside the other requests of the same command, data, language and ``day`` (the day the run began:
    today; at most :data:`MAX_PAGES`).
    A cache that cannot be written is skipped.
    """
    try:
        now = cache.cache_key(user_dir, mode=mode, demo=demo)
    except OSError:
        return
    if built is None or now != built or not page_ok(page):
        return
    doc = _read(user_dir, mode, PAGES + command, lang, PAGE_FORMAT, "pages", demo, day)
    doc = doc or {"command": command, "lang": lang, "warnings": 0, "pages": {}}
    pages = doc["pages"]
    pages.pop(request, None)
    pages[request] = page
    while len(pages) > MAX_PAGES or (len(pages) > 1 and sum(map(_chars, pages.values())) > MAX_PAGE_CHARS):
        del pages[next(iter(pages))]
    _store(built, PAGES + command, lang, PAGE_FORMAT, "pages", doc, day)
