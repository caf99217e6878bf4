"""The small interface between dknet and a database: run one query, get rows and counters back.

Everything in :mod:`dknet.graphdb` talks to Neo4j only through a :class:`QueryRunner`, so unit
tests can hand in a :class:`RecordingRunner` that records every call and answers from a function
(STYLE §7, after graph-data-science-client's ``QueryRunner``/``CollectingQueryRunner``); the real
one is :class:`dknet.graphdb.connection.Neo4jRunner`.

>>> runner = RecordingRunner(lambda call: [{"n": 1}] if call.read_only else [])
>>> runner.run("RETURN 1 AS n", {}, read_only=True).rows
[{'n': 1}]
>>> [c.query for c in runner.calls]
['RETURN 1 AS n']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

from dknet.graphdb.statements import statements


@dataclass(frozen=True)
class Counters:
    """What a statement changed, as Neo4j's result summary counts it (the driver's ``SummaryCounters``).

    Counters add up, so a push can report per step and in total:

    >>> (Counters(nodes_created=2) + Counters(nodes_created=1, properties_set=4)).changes
    7
    """

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    labels_added: int = 0
    labels_removed: int = 0
    indexes_added: int = 0
    indexes_removed: int = 0
    constraints_added: int = 0
    constraints_removed: int = 0

    def __add__(self, other: Counters) -> Counters:
        return Counters(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    @property
    def changes(self) -> int:
        """The sum of all counters: 0 means the statement changed nothing."""
        return sum(self.as_dict().values())

    def as_dict(self) -> dict[str, int]:
        """Counter name → value, in the driver's order."""
        return {f.name: int(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_summary(cls, counters: object) -> Counters:
        """Copy the driver's ``SummaryCounters`` (any object with these attributes)."""
        return cls(**{f.name: int(getattr(counters, f.name, 0) or 0) for f in fields(cls)})


@dataclass(frozen=True)
class QueryResult:
    """Rows (one dict per record, keys in the query's RETURN order) and what the query changed."""

    rows: list[dict[str, Any]]
    counters: Counters = field(default_factory=Counters)


class QueryRunner(Protocol):
    """Runs one Cypher statement with parameters; values only ever travel as parameters.

    ``read_only`` lets a cluster or Aura route the query to a reader. ``location`` names the
    database in messages (``bolt://host:7687, database neo4j``), never the password.
    """

    location: str

    def run(self, query: str, params: Mapping[str, Any] | None = None, *, read_only: bool = False) -> QueryResult:
        """Run ``query`` in its own transaction and return all rows and the counters."""
        ...


@dataclass(frozen=True)
class Call:
    """One recorded call: the query text, its parameters, and the statement id when it is a file."""

    query: str
    params: dict[str, Any]
    read_only: bool
    statement_id: str | None


#: What a :class:`RecordingRunner` answers: rows, a whole result, or nothing (no rows, no counters).
Answer = list[dict[str, Any]] | QueryResult | None


class RecordingRunner:
    """A fake :class:`QueryRunner` for unit tests: records every call, answers through ``respond``.

    ``respond(call)`` returns the rows (or a :class:`QueryResult`) for a call; it may raise to
    simulate a failing server. ``calls`` lists the calls in order; ``statement_id`` says which
    ``cypher/`` file a query came from, so tests read like ``["schema/…", "load/node_county", …]``.
    """

    location = "recording runner"

    def __init__(self, respond: Callable[[Call], Answer] | None = None) -> None:
        self.respond = respond
        self.calls: list[Call] = []
        self._ids = {s.text: s.id for s in statements().values()}

    def run(self, query: str, params: Mapping[str, Any] | None = None, *, read_only: bool = False) -> QueryResult:
        """Record the call, then answer it."""
        call = Call(query, dict(params or {}), read_only, self._ids.get(query))
        self.calls.append(call)
        answer = self.respond(call) if self.respond else None
        if isinstance(answer, QueryResult):
            return answer
        return QueryResult(list(answer or []))

    def close(self) -> None:
        """Nothing to close; here so a RecordingRunner can stand in for a Neo4jRunner."""

    def __enter__(self) -> RecordingRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def statement_ids(self) -> list[str | None]:
        """The statement id of every call so far, in order."""
        return [c.statement_id for c in self.calls]
