"""Read the knowledge graph back from Neo4j, and compare what Neo4j holds with the local graph.

:func:`pull` rebuilds the networkx graph exactly as :func:`dknet.graph.build_graph` makes it:
node ids ``<prefix>:<key>``, every property as stored (Neo4j keeps 64-bit integers, 64-bit
floats, booleans and text, so values come back equal and with their type), ``label`` and
``type`` from the Neo4j label and type, BORDERS in both directions, GUIDES keyed by
``veiledning_id`` and every other edge keyed by its type. :func:`status` counts per label and
type on both sides. :func:`pull_registers` writes the registers (plans, guidance, offices,
arenas … with their dates) into a folder that ``--data`` reads, with a snapshot for the next push.

>>> from dknet.graphdb.runner import RecordingRunner
>>> answers = {"sync/pull_nodes": [{"label": "County", "properties": {"key": "50", "name": "Trøndelag"}}]}
>>> G = pull(RecordingRunner(lambda call: answers.get(call.statement_id)))
>>> dict(G.nodes(data=True))
{'fylke:50': {'label': 'County', 'key': '50', 'name': 'Trøndelag'}}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from dknet.graph import Graph, illustrative_summary, label_counts, relationship_counts
from dknet.graphdb.runner import QueryRunner
from dknet.graphdb.snapshot import PulledRegisters, write_registers
from dknet.graphdb.statements import statement
from dknet.schema import LABELS_BY_NAME, RELS_BY_NAME, Label, Rel, node_id

STATUS_COLUMNS = ("kind", "name", "local", "neo4j", "difference")


def _params() -> dict[str, list[str]]:
    return {"labels": [lab.label for lab in Label], "types": [r.type for r in Rel]}


def pull(runner: QueryRunner) -> Graph:
    """The dknet part of the database as a new MultiDiGraph (see the module docstring).

    Relationships whose ends are not both dknet nodes with a key are left out.
    ``G.graph["neo4j"]`` names where it came from; ``G.graph["illustrative"]`` is recomputed.
    """
    params = _params()
    nodes = runner.run(statement("sync/pull_nodes").text, {"labels": params["labels"]}, read_only=True).rows
    rels = runner.run(statement("sync/pull_relationships").text, params, read_only=True).rows
    G: Graph = nx.MultiDiGraph()
    order = {lab.label: i for i, lab in enumerate(Label)}
    for row in sorted(nodes, key=lambda r: (order[r["label"]], str(r["properties"]["key"]))):
        label = LABELS_BY_NAME[row["label"]]
        props: dict[str, Any] = row["properties"]
        G.add_node(node_id(label, props["key"]), **{"label": label.label, **_without(props, "label")})
    rel_order = {r.type: i for i, r in enumerate(Rel)}
    for row in sorted(rels, key=lambda r: (rel_order[r["type"]], str(r["from_key"]), str(r["to_key"]))):
        u = node_id(LABELS_BY_NAME[row["from_label"]], row["from_key"])
        v = node_id(LABELS_BY_NAME[row["to_label"]], row["to_key"])
        if u not in G or v not in G:
            continue
        props = row["properties"]
        # GUIDES is keyed by its record id; one added by hand without it falls back to the type
        key = str(props.get("veiledning_id") or row["type"]) if row["type"] == Rel.GUIDES.type else row["type"]
        attrs = {"type": row["type"], **_without(props, "type")}
        G.add_edge(u, v, key=key, **attrs)
        if RELS_BY_NAME[row["type"]].symmetric:
            G.add_edge(v, u, key=key, **dict(attrs))
    G.graph["neo4j"] = runner.location
    G.graph["illustrative"] = illustrative_summary(G)
    return G


def pull_registers(runner: QueryRunner, directory: Path, *, force: bool = False) -> tuple[Graph, PulledRegisters]:
    """Pull the graph, then write its registers with their dates and a snapshot into ``directory``.

    The folder is what ``--data DIR`` reads (``<layer>.csv`` per register layer) plus
    ``.dknet-snapshot.json``, with which ``dknet neo4j push --data DIR`` notices records changed in
    Neo4j since this pull (:mod:`dknet.graphdb.snapshot`). Existing files are overwritten only with
    ``force`` (FileExistsError otherwise, before anything is written).
    """
    G = pull(runner)
    return G, write_registers(G, directory, location=runner.location, force=force)


def _without(props: dict[str, Any], name: str) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k != name}


def neo4j_counts(runner: QueryRunner) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per dknet label and relationships per dknet type in the database (0 when none)."""
    params = _params()
    by_label = {
        r["label"]: int(r["count"])
        for r in runner.run(statement("sync/count_nodes").text, {"labels": params["labels"]}, read_only=True).rows
    }
    by_type = {
        r["type"]: int(r["count"])
        for r in runner.run(statement("sync/count_relationships").text, params, read_only=True).rows
    }
    return by_label, by_type


def status(G: Graph, runner: QueryRunner) -> pd.DataFrame:
    """Per label and per relationship type: count in the local graph, in Neo4j, and Neo4j − local.

    BORDERS is counted once per pair on both sides. A positive difference usually means records
    removed locally that a push without ``--prune`` left in Neo4j.
    """
    by_label, by_type = neo4j_counts(runner)
    local_labels, local_types = label_counts(G), relationship_counts(G)
    rows = [
        {
            "kind": "label",
            "name": lab.label,
            "local": local_labels.get(lab.label, 0),
            "neo4j": by_label.get(lab.label, 0),
        }
        for lab in Label
    ] + [
        {"kind": "type", "name": r.type, "local": local_types.get(r.type, 0), "neo4j": by_type.get(r.type, 0)}
        for r in Rel
    ]
    df = pd.DataFrame(rows, columns=list(STATUS_COLUMNS[:-1]))
    df["difference"] = df["neo4j"] - df["local"]
    return df
