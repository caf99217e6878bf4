"""Push the knowledge graph into Neo4j: constraints first, then nodes, then relationships, in batches.

Every batch is one ``UNWIND $rows AS row MERGE …`` statement from ``cypher/load/`` in its own
transaction, so a push that is interrupted leaves whole batches behind, never half a batch, and
running it again finishes the job: MERGE finds what is already there and a property is only set
when it differs (in value or in type), so a second push with the same graph changes nothing and
every counter Neo4j reports is 0.

**Prune.** Without ``prune`` a push only adds and updates: a record removed from your registers
stays in Neo4j. With ``prune=True`` the push then deletes, *among nodes with one of dknet's labels
and relationships of dknet's types between two such nodes only*, every relationship whose identity
(type, ends, and veiledning_id for GUIDES) is not in the local graph, duplicates of one that is,
and every node whose (label, key) is not in the local graph, with its relationships (``DETACH
DELETE``). Nodes with other labels, and relationships touching them, are never touched; a
relationship of another type disappears only with a pruned dknet node it is attached to.

**Several people, one database.** A push from a folder written by ``dknet neo4j pull --to``
first calls :func:`remote_conflicts`: a register record changed in Neo4j since that pull that
the push would overwrite stops the push (see :mod:`dknet.graphdb.snapshot`).

>>> from dknet.graphdb.runner import RecordingRunner
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("fylke:50", label="County", key="50", name="Trøndelag", source="SSB")
>>> runner = RecordingRunner()
>>> report = push(G, runner)
>>> [c.statement_id for c in runner.calls if c.params.get("rows")]
['load/node_county']
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dknet.graph import Graph
from dknet.graphdb.errors import DatabaseUnreachableError, PushInterruptedError
from dknet.graphdb.pull import pull
from dknet.graphdb.rows import export_rows, local_identities, relationship_identity
from dknet.graphdb.runner import Counters, QueryResult, QueryRunner
from dknet.graphdb.snapshot import RemoteConflict, Snapshot, find_conflicts
from dknet.graphdb.statements import statement, statements
from dknet.messages import t
from dknet.messages.msg import Msg
from dknet.present.numbers import number
from dknet.schema import Label, Rel

#: Rows per batch (one transaction each). 1000 keeps a transaction small and a round trip busy.
DEFAULT_BATCH_SIZE = 1000

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Step:
    """One statement of a push: how many rows it sent in how many batches, and what Neo4j changed."""

    statement: str
    rows: int
    batches: int
    counters: Counters


@dataclass(frozen=True)
class PushReport:
    """What a push did: the steps with Neo4j's counters, the graph's size and the time it took."""

    location: str
    steps: tuple[Step, ...]
    nodes: int
    relationships: int
    seconds: float
    pruned: bool

    @property
    def counters(self) -> Counters:
        """All steps' counters added up; ``counters.changes == 0`` means nothing changed."""
        total = Counters()
        for s in self.steps:
            total = total + s.counters
        return total

    def table(self) -> pd.DataFrame:
        """One row per step and a ``total`` row: rows, batches and every counter."""
        rows = [{"step": s.statement, "rows": s.rows, "batches": s.batches, **s.counters.as_dict()} for s in self.steps]
        rows.append(
            {
                "step": "total",
                "rows": sum(s.rows for s in self.steps),
                "batches": sum(s.batches for s in self.steps),
                **self.counters.as_dict(),
            }
        )
        return pd.DataFrame(rows, columns=["step", "rows", "batches", *Counters().as_dict()])


def batches(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    """``rows`` in slices of at most ``size``.

    >>> [list(b) for b in batches([1, 2, 3, 4, 5], 2)]
    [[1, 2], [3, 4], [5]]
    """
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class _Pusher:
    """Runs the statements and counts committed batches, so a lost connection says how far it got."""

    def __init__(self, runner: QueryRunner, total: int, progress: Progress | None, lang: str = "en") -> None:
        self.runner = runner
        self.total = total
        self.done = 0
        self.progress = progress
        self.lang = lang
        self.steps: list[Step] = []

    def say(self, message: str) -> None:
        if self.progress:
            self.progress(message)

    def run(self, statement_id: str, params: dict[str, Any], *, read_only: bool = False) -> QueryResult:
        try:
            result = self.runner.run(statement(statement_id).text, params, read_only=read_only)
        except DatabaseUnreachableError as e:
            raise PushInterruptedError(
                Msg("db.push_interrupted", done=self.done, total=self.total, statement=statement_id, error=e.text),
                uri=e.uri,
                batches_done=self.done,
                batches_total=self.total,
            ) from e
        if not read_only:
            self.done += 1
        return result

    def batched(self, statement_id: str, key: str, rows: Sequence[Any], size: int, what: str) -> None:
        counters, n = Counters(), 0
        for part in batches(rows, size):
            counters = counters + self.run(statement_id, {key: list(part)}).counters
            n += 1
            sent = min(n * size, len(rows))
            self.say(
                t("neo4j.push.batch", self.lang, done=self.done, total=self.total, what=what, sent=sent, rows=len(rows))
            )
        self.steps.append(Step(statement_id, len(rows), n, counters))


def push(
    G: Graph,
    runner: QueryRunner,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
    progress: Progress | None = None,
    lang: str = "en",
) -> PushReport:
    """Write ``G`` into the database behind ``runner``; ``G`` is not changed.

    Checks the whole graph first (GraphExportError lists every problem and nothing is written),
    then runs ``cypher/schema/`` (constraints and indexes, ``IF NOT EXISTS``), the node loads by
    label and the relationship loads by type, ``batch_size`` rows per transaction, and with
    ``prune`` deletes what the local graph no longer has (see the module docstring). ``progress``
    gets one line per batch, in ``lang`` (``neo4j.push.*`` in :mod:`dknet.messages`). Raises
    PushInterruptedError (a DatabaseUnreachableError) naming how many batches were committed when
    the server goes away.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    export = export_rows(G)
    schema = [s.id for s in statements().values() if s.folder == "schema"]
    total = len(schema) + sum(-(-len(rows) // batch_size) for rows in export.rows.values())
    pusher = _Pusher(runner, total, progress, lang)
    pusher.say(
        t(
            "neo4j.push.start",
            lang,
            nodes=number(export.nodes, lang),
            relationships=number(export.relationships, lang),
            location=runner.location,
            batches=number(total, lang),
            size=number(batch_size, lang),
        )
    )
    for statement_id in schema:
        counters = pusher.run(statement_id, {}).counters
        pusher.steps.append(Step(statement_id, 0, 1, counters))
    pusher.say(t("neo4j.push.schema", lang, done=pusher.done, total=total, n=len(schema)))
    for statement_id, rows in export.rows.items():
        what = statement_id.removeprefix("load/")
        pusher.batched(statement_id, "rows", rows, batch_size, what)
    if prune:
        _prune(pusher, identities=local_identities(export), batch_size=batch_size)
    return PushReport(
        runner.location,
        tuple(pusher.steps),
        export.nodes,
        export.relationships,
        time.perf_counter() - started,
        prune,
    )


def remote_conflicts(
    G: Graph, runner: QueryRunner, snapshot: Snapshot, *, prune: bool = False
) -> tuple[list[RemoteConflict], Graph]:
    """Before a push from a pulled folder: records Neo4j changed since ``snapshot`` that ``G`` would overwrite.

    Reads the graph from Neo4j (read-only) and returns the conflicts of
    :func:`dknet.graphdb.snapshot.find_conflicts` with the graph read, so the caller can update the
    snapshot after the push (:func:`dknet.graphdb.snapshot.after_push`). Writes nothing.
    """
    remote = pull(runner)
    return find_conflicts(G, remote, snapshot, prune=prune), remote


def _prune(
    pusher: _Pusher,
    *,
    identities: tuple[set[tuple[Any, ...]], set[tuple[str, str]]],
    batch_size: int,
) -> None:
    """Delete dknet relationships and nodes that the local graph does not have (and duplicates)."""
    local_rels, local_nodes = identities
    labels = [lab.label for lab in Label]
    types = [r.type for r in Rel]
    seen: Counter[tuple[Any, ...]] = Counter()
    stale_rels = []
    for row in pusher.run("sync/relationship_keys", {"labels": labels, "types": types}, read_only=True).rows:
        identity = relationship_identity(
            row["type"], row["from_label"], row["from_key"], row["to_label"], row["to_key"], row["veiledning_id"]
        )
        seen[identity] += 1
        if identity not in local_rels or seen[identity] > 1:
            stale_rels.append(row["element_id"])
    stale_nodes = [
        row["element_id"]
        for row in pusher.run("sync/node_keys", {"labels": labels}, read_only=True).rows
        if (row["label"], row["key"]) not in local_nodes
    ]
    pusher.total += -(-len(stale_rels) // batch_size) + -(-len(stale_nodes) // batch_size)
    lang = pusher.lang
    found = {"relationships": number(len(stale_rels), lang), "nodes": number(len(stale_nodes), lang)}
    pusher.say(t("neo4j.prune.found", lang, **found))
    pusher.batched("sync/delete_relationships", "ids", stale_rels, batch_size, t("neo4j.prune.relationships", lang))
    pusher.batched("sync/delete_nodes", "ids", stale_nodes, batch_size, t("neo4j.prune.nodes", lang))
