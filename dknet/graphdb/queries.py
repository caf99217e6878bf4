"""Run the named queries of ``cypher/read/`` and get a DataFrame with the declared columns and types.

Each named query is the Cypher twin of a local analysis and returns the same table for the same
graph (parity is tested against a real server):

============================  =====================================================
query                         local twin
============================  =====================================================
``partner_candidates``        ``tests/neo4j_reference.py``
``guidance_gaps``             ``tests/neo4j_reference.py``
``neighbourhood``             :func:`dknet.overview.municipality_relations`
``members``                   ``tests/neo4j_reference.py``
============================  =====================================================

>>> from dknet.graphdb.runner import RecordingRunner
>>> rows = [{"kommunenummer": "5026", "navn": "Holtålen", "rolle": "vert"}]
>>> run_named_query(RecordingRunner(lambda call: rows), "members", {"id": "gauldal"})
  kommunenummer      navn rolle
0          5026  Holtålen  vert
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from dknet.errors import UnknownNameError
from dknet.graphdb.errors import CypherError
from dknet.graphdb.runner import QueryRunner
from dknet.graphdb.statements import Statement, named_queries, statement
from dknet.messages.msg import Msg
from dknet.names import closest

_DTYPES = {("int", False): "int64", ("int", True): "Int64", ("float", False): "float64", ("float", True): "float64"}
_DTYPES |= {("bool", False): "bool", ("bool", True): "boolean"}


def named_query(name: str) -> Statement:
    """The named query ``name`` (UnknownNameError listing the closest names)."""
    queries = named_queries()
    if name not in queries:
        close = closest(name, queries, n=2) or sorted(queries)
        raise UnknownNameError("named query", name, close)
    return queries[name]


def frame(stmt: Statement, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a DataFrame with the statement's declared columns, in order, with their declared types.

    Raises CypherError when the query returned other columns than its header declares.
    """
    declared = [c.name for c in stmt.columns]
    if rows and list(rows[0]) != declared:
        raise CypherError(Msg("db.columns_mismatch", statement=stmt.id, got=str(list(rows[0])), declared=str(declared)))
    df = pd.DataFrame(rows, columns=declared)
    types = {c.name: _DTYPES[(c.type, c.nullable)] for c in stmt.columns if (c.type, c.nullable) in _DTYPES}
    return df.astype(types) if types else df


def run_named_query(runner: QueryRunner, name: str, params: Mapping[str, object] | None = None) -> pd.DataFrame:
    """Run ``cypher/read/<name>.cypher`` with ``params`` (checked, converted, defaults filled in)."""
    stmt = named_query(name)
    bound = stmt.bind(params or {})
    return frame(stmt, runner.run(stmt.text, bound, read_only=True).rows)


def resolve_county(runner: QueryRunner, query: str) -> str:
    """The fylkesnummer for a number or name (``50``, ``Trøndelag``), resolved against the database's counties.

    An unknown name raises an error naming the closest county, as ``dknet gaps --county`` does.
    """
    from dknet.names import NameIndex

    rows = runner.run(statement("sync/municipality_names").text, {}, read_only=True).rows
    counties = sorted({(r["fylkesnummer"], r["fylkesnavn"]) for r in rows if r["fylkesnummer"] and r["fylkesnavn"]})
    return NameIndex.from_counties(pd.DataFrame(counties, columns=["fylkesnummer", "navn"])).resolve(query)


def resolve_municipality(runner: QueryRunner, query: str) -> str:
    """The kommunenummer for a number or name, resolved against the municipalities in the database.

    Works like ``dknet show``: ``holtaalen``, ``Guovdageaidnu`` and ``"Herøy (Nordland)"`` all
    resolve; an unknown or ambiguous name raises an error that names the closest matches.
    """
    from dknet.names import NameIndex

    rows = runner.run(statement("sync/municipality_names").text, {}, read_only=True).rows
    df = pd.DataFrame(rows, columns=[c.name for c in statement("sync/municipality_names").columns])
    counties = {r["fylkesnummer"]: r["fylkesnavn"] for r in rows if r["fylkesnummer"] and r["fylkesnavn"]}
    return NameIndex.from_municipalities(df.fillna(""), counties).resolve(query)
