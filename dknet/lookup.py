"""Lookup tables in the cache: the warm ``dknet partners``, ``show`` and ``info`` without pandas or networkx.

Why: ``dknet partners KOMMUNE`` is what an adviser types most, and a warm run used to import
pandas, numpy and networkx and read the whole graph (about 0.8 s) to print ten rows. The answers
for all 357 municipalities come from one computation
(:func:`dknet.analysis.partners.partner_index`, well under a second), so dknet computes them once
per data set, purpose and language, keeps them in the cache beside the graph, and a later run
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

**Never stale, never code.** The key is the graph cache's key (the contents of every input file,
the mode, real or demonstration set, the format and dknet's version) plus the SHA-256 of dknet's
own source and configuration files (``*.py``, ``*.toml`` under ``dknet/``), so an edited scorer
or profile never answers from an old table. Files are gzip-compressed JSON with the graph cache's
header, hash and ownership checks (:mod:`dknet.cache`); anything that does not check out is
ignored and rebuilt.

>>> len(source_digest()) == 64
True
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dknet import cache
from dknet.errors import DknetError
from dknet.io.files import Mode
from dknet.names import NameIndex

if TYPE_CHECKING:
    from dknet.analysis.profiles import ProfileConfig
    from dknet.graph import Graph

#: Rows kept per municipality: the default ``--top``.
TOP = 10
#: The ``format`` field of a lookup file's header, by kind of table.
FORMAT = "dknet-partner-lookup"
OUTPUT_FORMAT = "dknet-output-lookup"


@functools.cache
def source_digest() -> str:
    """SHA-256 over dknet's own ``*.py`` and ``*.toml`` files (names and contents), once per process."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted([*root.rglob("*.py"), *root.rglob("*.toml")]):
        h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def lookup_key(user_dir: Path | None, mode: Mode, demo: bool | None = None) -> str:
    """The key of the lookup tables for a data set: the graph cache's key (demo or not) and :func:`source_digest`."""
    key = cache.cache_key(user_dir, mode=mode, demo=demo)
    return hashlib.sha256(f"{key}|{source_digest()}".encode()).hexdigest()


class PartnerLookup:
    """Partner answers for every municipality of one data set, for one purpose and language."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
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
        if found is None:
            return None
        return {
            "kommune": code,
            "navn": self.names.name(code),
            "purpose": self.doc["purpose"],
            **found,
            "notes": list(self.doc["notes"]),
        }


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
    user_dir: Path | None, mode: Mode, table: str, lang: str, fmt: str, count: str, demo: bool | None = None
) -> dict[str, Any] | None:
    """The document of lookup table ``table`` for this data set and language, or None.

    None when there is none yet, when it does not check out, when ``user_dir`` is not a
    folder, or when the user's folder gave warnings (the full path prints them).
    """
    if user_dir is not None and not user_dir.is_dir():
        return None
    try:
        key = lookup_key(user_dir, mode, demo)
        data = cache.read_bytes(_path(key, table, lang))
        if data is None:
            return None
        _, doc = cache.unpack(data, key, fmt=fmt, counts=(count,))
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(doc, dict) or (user_dir is not None and doc.get("warnings")):
        return None
    return doc


def _write(
    user_dir: Path | None,
    mode: Mode,
    table: str,
    lang: str,
    fmt: str,
    count: str,
    doc: dict[str, Any],
    demo: bool | None = None,
) -> str:
    """Keep ``doc`` as lookup table ``table`` (atomically); returns its JSON. A read-only cache is skipped."""
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    directory = cache.cache_dir()
    if cache.prepare_dir(directory):
        try:
            key = lookup_key(user_dir, mode, demo)
        except OSError:
            return body
        cache.write_bytes(
            directory, _path(key, table, lang), cache.pack(body, key, fmt=fmt, **{count: len(doc[count])})
        )
        cache.prune(directory)
    return body


def _new_doc(G: Graph, **fields: Any) -> dict[str, Any]:
    from dknet.overview import municipality_index

    return {**fields, "names": municipality_index(G).to_json(), "warnings": len(G.graph.get("warnings") or [])}


def read_partners(
    user_dir: Path | None, mode: Mode, *, purpose: str, lang: str, demo: bool | None = None
) -> PartnerLookup | None:
    """The partner lookup for this data set, purpose and language from the cache, or None (see :func:`_read`)."""
    doc = _read(user_dir, mode, f"partners-{purpose}", lang, FORMAT, "answers", demo)
    try:
        return PartnerLookup(doc) if doc is not None else None
    except (KeyError, TypeError, ValueError):
        return None


def write_partners(
    G: Graph,
    user_dir: Path | None,
    mode: Mode,
    *,
    purpose: str,
    lang: str,
    config: ProfileConfig | None = None,
    demo: bool | None = None,
) -> PartnerLookup:
    """Compute the partner answers of every municipality of ``G``, keep them in the cache, return them.

    ``G`` must be the graph of ``user_dir``, ``mode`` and ``demo`` (the key says which data it answers for).
    A cache that cannot be written is skipped: the lookup is returned all the same.
    """
    from dknet.analysis.partners import analysis_notes, partner_index
    from dknet.messages import check_lang

    language = check_lang(lang)
    index = partner_index(G, purpose=purpose, top=TOP, config=config, lang=language)  # type: ignore[arg-type]
    doc = _new_doc(G, purpose=purpose, lang=lang, answers=index, notes=analysis_notes(G, config, lang=language))
    body = _write(user_dir, mode, f"partners-{purpose}", lang, FORMAT, "answers", doc, demo)
    return PartnerLookup(json.loads(body))  # as a later run reads it (NaN, lists), not as computed


def read_outputs(
    user_dir: Path | None, mode: Mode, *, command: str, lang: str, demo: bool | None = None
) -> OutputLookup | None:
    """The kept pages of ``command`` for this data set and language, or None (see :func:`_read`)."""
    doc = _read(user_dir, mode, command, lang, OUTPUT_FORMAT, "pages", demo)
    try:
        return OutputLookup(doc) if doc is not None else None
    except (KeyError, TypeError, ValueError):
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
    """Add ``page`` (what ``command`` printed for ``code``; ``""`` for none) to the kept pages of this data set.

    ``G`` must be the graph of ``user_dir``, ``mode`` and ``demo``. A cache that cannot be written is skipped.
    """
    found = read_outputs(user_dir, mode, command=command, lang=lang, demo=demo)
    doc = found.doc if found is not None else _new_doc(G, command=command, lang=lang, pages={})
    doc["pages"][code] = page
    _write(user_dir, mode, command, lang, OUTPUT_FORMAT, "pages", doc, demo)
