"""The Cypher statements in ``cypher/``: one statement per file, each with a header naming its params and columns.

Cypher is data here (STYLE §6): dknet never builds a query from strings. Each ``.cypher`` file
starts with a comment header that this module parses, so the parameters a query takes (with
types and defaults) and the columns it returns are declared next to the query itself, and
``cypher/README.md`` lists them. The header looks like this::

    // partner_candidates: every other municipality, with how feasible cooperation is.
    //
    // Free text: what it computes and why.
    //
    // params:
    //   kommunenummer: str — the municipality (4 digits)
    //   since: int = 2023 — count contacts from this year on
    //   fylkesnummer: str? — one county, or null for all
    //   label: PlanOffice|Arena = PlanOffice — a choice
    // columns:
    //   kommunenummer: str — the other municipality
    //   last_year: int? — null when none

A type ending in ``?`` may be null (a nullable parameter defaults to null); a parameter without a
default and not nullable is required; ``A|B`` is a choice of text values. ``params: none`` and
``columns: none`` are written on one line.

Folders: ``schema/`` (constraints and indexes, run first), ``load/`` (batched ``UNWIND $rows AS
row MERGE …``), ``read/`` (the named queries of ``dknet neo4j query``) and ``sync/`` (the reads and
deletes behind ``status``, ``pull`` and ``push --prune``).

>>> s = statement("read/guidance_gaps")
>>> [p.name for p in s.params], s.columns[0].name
(['fylkesnummer', 'since'], 'kommunenummer')
>>> s.bind({"since": "2020"})
{'fylkesnummer': None, 'since': 2020}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dknet.graphdb.errors import QueryParameterError
from dknet.messages.msg import Either, Msg, Text
from dknet.names import closest

#: The folders of ``cypher/``, in the order ``push`` runs them.
FOLDERS = ("schema", "load", "read", "sync")

#: Scalar types a parameter or column may have (plus ``A|B`` choices and a trailing ``?``).
TYPES = ("str", "int", "float", "bool", "list", "map")

_ENTRY = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*): (?P<type>[A-Za-z|]+\??)(?: = (?P<default>\S+))?(?: — (?P<doc>.*))?$")


@dataclass(frozen=True)
class Param:
    """One declared parameter of a statement: name, type, default and what it means."""

    name: str
    type: str
    nullable: bool = False
    default: object = None
    doc: str = ""

    @property
    def required(self) -> bool:
        """Whether the caller must give a value (no default and not nullable)."""
        return self.default is None and not self.nullable

    @property
    def choices(self) -> tuple[str, ...]:
        """The allowed values of a choice parameter (``PlanOffice|Arena``), else empty."""
        return tuple(self.type.split("|")) if "|" in self.type else ()

    def coerce(self, value: object) -> object:
        """Turn a value as typed on the command line (text) into the declared type.

        >>> Param("since", "int").coerce("2023")
        2023
        >>> Param("label", "PlanOffice|Arena").coerce("Arena")
        'Arena'
        """
        if value is None or (self.nullable and value == ""):
            if self.nullable:
                return None
            raise ValueError(Msg("db.value.required"))
        if self.choices:
            if value not in self.choices:
                raise ValueError(Msg("db.value.one_of", choices=", ".join(self.choices)))
            return value
        if self.type == "int":
            if isinstance(value, bool):
                raise ValueError(Msg("db.value.whole"))
            if isinstance(value, int):
                return value
            try:
                return int(str(value).strip())
            except ValueError:
                raise ValueError(Msg("db.value.whole")) from None
        if self.type == "float":
            try:
                return float(str(value).strip().replace(",", "."))
            except ValueError:
                raise ValueError(Msg("db.value.number")) from None
        if self.type == "bool":
            text = str(value).strip().lower()
            if text in ("true", "ja", "1", "yes"):
                return True
            if text in ("false", "nei", "0", "no"):
                return False
            raise ValueError(Msg("db.value.bool"))
        if self.type in ("list", "map"):
            return value
        return str(value)


@dataclass(frozen=True)
class Column:
    """One declared result column: name, type (``int?`` may be null) and meaning."""

    name: str
    type: str
    nullable: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Statement:
    """One Cypher file: its id (``folder/stem``), summary, declared params and columns, and text."""

    id: str
    summary: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[Column, ...]
    text: str
    path: Path

    @property
    def folder(self) -> str:
        """``schema``, ``load``, ``read`` or ``sync``."""
        return self.id.split("/", 1)[0]

    @property
    def name(self) -> str:
        """The file stem, e.g. ``partner_candidates``."""
        return self.id.split("/", 1)[1]

    @property
    def body(self) -> str:
        """The statement without its header comment."""
        return "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("//")).strip()

    def param(self, name: str) -> Param:
        """The declared parameter ``name`` (KeyError if there is none)."""
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def bind(self, values: Mapping[str, object]) -> dict[str, Any]:
        """Check and convert parameter values; fill in defaults. Reports every problem at once.

        Raises :class:`QueryParameterError` for unknown names (with the closest declared one),
        missing required values and values of the wrong type.
        """
        problems: list[Text] = []
        known = [p.name for p in self.params]
        takes: Msg | str = ", ".join(known) or Msg("db.param.none")
        for name in values:
            if name not in known:
                if close := closest(name, known):
                    problems.append(
                        Msg("db.param.unknown_close", query=self.name, name=name, close=Either(close), takes=takes)
                    )
                else:
                    problems.append(Msg("db.param.unknown", query=self.name, name=name, takes=takes))
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name not in values:
                if p.required:
                    problems.append(Msg("db.param.missing", query=self.name, name=p.name, type=p.type, doc=p.doc))
                out[p.name] = p.default
                continue
            try:
                out[p.name] = p.coerce(values[p.name])
            except ValueError as e:
                reason = e.args[0] if e.args and isinstance(e.args[0], Msg) else str(e)
                problems.append(Msg("db.param.bad", name=p.name, value=str(values[p.name]), reason=reason))
        if problems:
            raise QueryParameterError(problems)
        return out


def cypher_dir() -> Path:
    """The ``cypher/`` folder: inside the installed package (``dknet/_cypher``) or in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_cypher", here.parent / "cypher"):
        if (candidate / "load").is_dir():
            return candidate
    raise FileNotFoundError(f"dknet's Cypher files were not found next to {here}; reinstall dknet")


def _default(type_: str, text: str | None) -> object:
    if text is None:
        return None
    if type_ == "int":
        return int(text)
    if type_ == "float":
        return float(text)
    if type_ == "bool":
        return text == "true"
    return text


def _entries(lines: list[str], what: str, where: str) -> list[tuple[str, str, bool, str | None, str]]:
    """Parse the indented entries of a ``params:`` or ``columns:`` section (continuation lines join)."""
    entries: list[tuple[str, str, bool, str | None, str]] = []
    for line in lines:
        if line.startswith("    ") and entries:  # a continuation of the previous entry's doc
            name, type_, nullable, default, doc = entries[-1]
            entries[-1] = (name, type_, nullable, default, f"{doc} {line.strip()}")
            continue
        m = _ENTRY.match(line.strip())
        if not m:
            raise ValueError(f"{where}: cannot read the {what} entry {line.strip()!r}")
        type_ = m["type"].rstrip("?")
        if "|" not in type_ and type_ not in TYPES:
            raise ValueError(f"{where}: unknown type {type_!r} (use one of {', '.join(TYPES)} or A|B)")
        entries.append((m["name"], type_, m["type"].endswith("?"), m["default"], m["doc"] or ""))
    return entries


def parse_statement(path: Path, root: Path) -> Statement:
    """Read one ``.cypher`` file and its header (ValueError naming the file if the header is wrong)."""
    text = path.read_text(encoding="utf-8")
    rel = path.relative_to(root).with_suffix("").as_posix()
    header = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        header.append(line[2:].removeprefix(" ") if line != "//" else "")
    if not header or not header[0].startswith(f"{path.stem}: "):
        raise ValueError(f"{rel}.cypher: the first line must be '// {path.stem}: <what it does>'")
    summary = header[0].split(": ", 1)[1]
    sections: dict[str, list[str]] = {"description": []}
    current = "description"
    for line in header[1:]:
        if line.startswith(("params:", "columns:")):
            current, _, rest = line.partition(":")
            if rest.strip() not in ("", "none"):
                raise ValueError(f"{rel}.cypher: write '{current}: none' or list entries on the next lines")
            sections[current] = []
            continue
        sections[current].append(line)
    for needed in ("params", "columns"):
        if needed not in sections:
            raise ValueError(f"{rel}.cypher: the header must have a '{needed}:' section (or '{needed}: none')")
    params = tuple(
        Param(name, type_, nullable, _default(type_, default), doc)
        for name, type_, nullable, default, doc in _entries(sections["params"], "params", f"{rel}.cypher")
    )
    columns = tuple(
        Column(name, type_, nullable, doc)
        for name, type_, nullable, _, doc in _entries(sections["columns"], "columns", f"{rel}.cypher")
    )
    description = "\n".join(sections["description"]).strip()
    return Statement(rel, summary, description, params, columns, text, path)


@functools.cache
def _catalogue(root: Path) -> dict[str, Statement]:
    return {
        s.id: s
        for folder in FOLDERS
        for path in sorted((root / folder).glob("*.cypher"))
        for s in [parse_statement(path, root)]
    }


def statements(root: Path | None = None) -> dict[str, Statement]:
    """Every statement by id (``load/node_municipality``, ``read/members`` …), read once per folder."""
    return dict(_catalogue((root or cypher_dir()).resolve()))


def statement(statement_id: str, root: Path | None = None) -> Statement:
    """One statement by id, e.g. ``read/partner_candidates`` (KeyError naming the known ones)."""
    found = statements(root)
    if statement_id not in found:
        raise KeyError(f"no Cypher file {statement_id}.cypher; known: {', '.join(sorted(found))}")
    return found[statement_id]


def named_queries(root: Path | None = None) -> dict[str, Statement]:
    """The named queries of ``dknet neo4j query``: the files in ``cypher/read/``, by stem."""
    return {s.name: s for s in statements(root).values() if s.folder == "read"}
