"""A county team's registers in one Neo4j database: registers out of the graph, a snapshot, and conflicts.

``dknet neo4j pull --to DIR`` writes the *registers* a county keeps (:data:`REGISTER_LAYERS`:
plans, guidance, plan offices and their members, arenas and their members, regional plans and
their coverage, planning capacity) with every column, dates included, as CSV files that
``--data DIR`` reads, and next to them a *snapshot* (:data:`SNAPSHOT_NAME`): when and from where
the folder was pulled, and a content hash per record (:func:`record_hash`).

``dknet neo4j push --data DIR`` then compares three versions of every register record: the
snapshot (Neo4j when you pulled), Neo4j now, and what you push. A record Neo4j holds differently
from the snapshot (a colleague changed, added or deleted it since your pull) **and** differently
from what you push is a :class:`RemoteConflict`: pushing would silently undo the colleague's
change, so the push stops (unless ``--force``). A record only you changed, or that you and Neo4j
now agree on, is no conflict.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("plan:5026-ps", label="Plan", key="5026-ps", plan_id="5026-ps", kommunenummer="5026",
...            plantype="planstrategi", vedtatt_aar=2024, source="Holtålen kommune")
>>> tables = graph_registers(G)
>>> tables["planer"][["plan_id", "vedtatt_aar"]].to_dict("records")
[{'plan_id': '5026-ps', 'vedtatt_aar': 2024}]
>>> record_hash("planer", {"plan_id": "5026-ps", "vedtatt_aar": 2024.0}) == record_hash(
...     "planer", {"plan_id": "5026-ps", "vedtatt_aar": "2024", "navn": None})
True
"""

from __future__ import annotations

import datetime
import errno
import hashlib
import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.io.atomic import replace_file
from dknet.messages.msg import Msg
from dknet.schema import LAYERS, ColumnType, Label, Rel

#: The layers a county keeps itself (the rest, the 2024 division and geography, comes from public sources).
REGISTER_LAYERS = (
    "planer",
    "veiledning",
    "plankontor",
    "plankontor_medlemmer",
    "arenaer",
    "arena_medlemmer",
    "regionale_planer",
    "regionalplan_dekning",
    "plankapasitet",
)
#: The snapshot file in a pulled folder (a dot file: the loader skips it).
SNAPSHOT_NAME = ".dknet-snapshot.json"
SNAPSHOT_FORMAT = 1

_NODE_LAYERS = {
    "planer": Label.PLAN,
    "plankontor": Label.PLAN_OFFICE,
    "arenaer": Label.ARENA,
    "regionale_planer": Label.REGIONAL_PLAN,
}
_MEMBER_LAYERS = {"plankontor_medlemmer": Label.PLAN_OFFICE, "arena_medlemmer": Label.ARENA}
#: Planning capacity lives on the municipality node; its source is kept as ``kapasitet_source``.
_CAPACITY = [c for c in LAYERS["plankapasitet"].column_names if c not in ("kommunenummer", "source", "source_url")]


# ---------------------------------------------------------------------------- graph → register tables


def _label(G: Graph, n: str) -> str:
    return str(G.nodes[n].get("label"))


def _row(layer: str, attrs: Mapping[str, Any], **given: Any) -> dict[str, Any]:
    row = {c: attrs.get(c) for c in LAYERS[layer].column_names}
    row.update(given)
    return row


def _register_rows(G: Graph) -> Iterator[tuple[str, dict[str, Any]]]:
    """(layer, record) for every register record in ``G`` (the inverse of :func:`dknet.graph.build_graph`)."""
    by_label = {lab.label: name for name, lab in _NODE_LAYERS.items()}
    for _, d in G.nodes(data=True):
        label = d.get("label")
        if label in by_label:
            yield by_label[label], _row(by_label[label], d)
        elif label == Label.MUNICIPALITY.label and any(d.get(c) is not None for c in _CAPACITY):
            yield "plankapasitet", _row("plankapasitet", d, source=d.get("kapasitet_source"), source_url=None)
    members = {lab.label: name for name, lab in _MEMBER_LAYERS.items()}
    for u, v, d in G.edges(data=True):
        kind = d.get("type")
        if kind == Rel.MEMBER_OF.type and _label(G, v) in members:
            layer = members[_label(G, v)]
            group_key = LAYERS[layer].key[0]
            yield layer, _row(layer, d, **{group_key: G.nodes[v]["key"], "kommunenummer": G.nodes[u]["key"]})
        elif kind == Rel.COVERS.type:
            yield (
                "regionalplan_dekning",
                _row("regionalplan_dekning", d, regionalplan_id=G.nodes[u]["key"], kommunenummer=G.nodes[v]["key"]),
            )
        elif kind == Rel.GUIDES.type:
            fra_type = "FK" if _label(G, u) == Label.COUNTY.label else "SF"
            yield (
                "veiledning",
                _row("veiledning", d, fra_type=fra_type, fra_id=G.nodes[u]["key"], kommunenummer=G.nodes[v]["key"]),
            )


def graph_registers(G: Graph) -> dict[str, pd.DataFrame]:
    """The register layers of ``G`` as tables with every column of the layer, sorted by key."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in REGISTER_LAYERS}
    for name, row in _register_rows(G):
        rows[name].append(row)
    out = {}
    for name in REGISTER_LAYERS:
        spec = LAYERS[name]
        df = pd.DataFrame(rows[name], columns=spec.column_names, dtype=object)
        if len(df):
            df = df.sort_values(list(spec.key), key=lambda s: s.astype(str), kind="stable").reset_index(drop=True)
        out[name] = df
    return out


# ---------------------------------------------------------------------------- values, keys and hashes


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or (isinstance(value, str) and value.strip() == ""):
        return True
    return isinstance(value, float) and math.isnan(value)


def normal_value(layer: str, column: str, value: Any) -> Any:
    """The value as the column's type, so a record reads the same from Neo4j, a CSV file or the graph.

    >>> normal_value("planer", "vedtatt_aar", "2024"), normal_value("plankapasitet", "aarsverk_areal", 1)
    (2024, 1.0)
    >>> normal_value("plankapasitet", "bruker_konsulenter", "ja"), normal_value("planer", "navn", float("nan"))
    (True, None)
    """
    if _missing(value):
        return None
    value = value.item() if hasattr(value, "item") else value
    kind = LAYERS[layer].column(column).type
    if kind in (ColumnType.INT, ColumnType.YEAR):
        return int(float(value)) if not isinstance(value, bool) else int(value)
    if kind in (ColumnType.FLOAT, ColumnType.SHARE):
        return float(value)
    if kind is ColumnType.BOOL:
        return value if isinstance(value, bool) else str(value).strip().lower() in ("ja", "true", "1", "yes")
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()[:10]
    return str(value)


def normal_record(layer: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """The layer's columns of ``record`` that have a value, each as :func:`normal_value`."""
    out = {}
    for column in LAYERS[layer].column_names:
        value = normal_value(layer, column, record.get(column))
        if value is not None:
            out[column] = value
    return out


def record_key(layer: str, record: Mapping[str, Any]) -> str:
    """The record's key as one string (a JSON list of the key columns' values), as the snapshot stores it.

    >>> record_key("arena_medlemmer", {"arena_id": "fjellregionen", "kommunenummer": "5026"})
    '["fjellregionen", "5026"]'
    """
    return json.dumps([str(record.get(c)) for c in LAYERS[layer].key], ensure_ascii=False)


def shown_key(layer: str, key: str) -> str:
    """``plan_id 5026-ps`` / ``arena_id + kommunenummer fjellregionen / 5026``: a snapshot key for people."""
    return f"{' + '.join(LAYERS[layer].key)} {' / '.join(json.loads(key))}"


def record_hash(layer: str, record: Mapping[str, Any]) -> str:
    """A short content hash of the record's values (SHA-256 of its normal form, 16 hex digits)."""
    text = json.dumps(normal_record(layer, record), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def register_records(tables: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, dict[str, Any]]]:
    """layer → record key → normal record, for the register layers in ``tables``."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for name in REGISTER_LAYERS:
        df = tables.get(name)
        records: list[dict[str, Any]] = (
            [] if df is None else [{str(k): v for k, v in r.items()} for r in df.to_dict("records")]
        )
        out[name] = {record_key(name, r): normal_record(name, r) for r in records}
    return out


def _hashes(records: Mapping[str, Mapping[str, dict[str, Any]]]) -> dict[str, dict[str, str]]:
    return {layer: {k: record_hash(layer, r) for k, r in rows.items()} for layer, rows in records.items()}


# ---------------------------------------------------------------------------- the snapshot file


@dataclass(frozen=True)
class Snapshot:
    """What Neo4j held when a folder was pulled: where, when, and a hash per register record."""

    location: str
    pulled_at: str
    hashes: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> str:
        """The snapshot file's text."""
        doc = {
            "format": SNAPSHOT_FORMAT,
            "location": self.location,
            "pulled_at": self.pulled_at,
            "records": self.hashes,
        }
        return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


class SnapshotError(DknetError, ValueError):
    """The snapshot file of a pulled folder cannot be read."""


def read_snapshot(directory: Path) -> Snapshot | None:
    """The snapshot in ``directory``, or None when the folder was not pulled (no snapshot file)."""
    path = directory / SNAPSHOT_NAME
    if not path.is_file():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("format") != SNAPSHOT_FORMAT:
            raise ValueError(f"format {doc.get('format')!r}, expected {SNAPSHOT_FORMAT}")
        hashes = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in doc["records"].items()}
        return Snapshot(str(doc["location"]), str(doc["pulled_at"]), hashes)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise SnapshotError(Msg("sync.snapshot.bad", path=str(path), error=str(e))) from e


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def register_csv(layer: str, df: pd.DataFrame) -> str:
    """A layer table as CSV text the loader reads back unchanged (header, ``ja``/``nei``, ISO dates).

    >>> df = pd.DataFrame([{"kommunenummer": "5026", "aarsverk_areal": 0.0, "bruker_konsulenter": True}])
    >>> print(register_csv("plankapasitet", df), end="")
    kommunenummer,aarsverk_samfunn,aarsverk_areal,bruker_konsulenter,aar,source,source_url
    5026,,0.0,ja,,,
    """
    import csv
    import io

    columns = LAYERS[layer].column_names
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for rec in df.to_dict("records"):
        values = [normal_value(layer, c, rec.get(c)) for c in columns]
        writer.writerow(["" if v is None else _cell(v) for v in values])
    return buf.getvalue()


@dataclass(frozen=True)
class PulledRegisters:
    """What ``pull --to`` wrote: the files, records per layer, and the snapshot."""

    files: tuple[Path, ...]
    records: dict[str, int]
    snapshot: Path


def write_registers(G: Graph, directory: Path, *, location: str, force: bool = False) -> PulledRegisters:
    """Write the register layers of ``G`` as ``<layer>.csv`` (UTF-8 with BOM) and the snapshot into ``directory``.

    The folder is created when missing. An existing register file or snapshot is never
    overwritten without ``force`` (a FileExistsError whose ``filename`` names it, before anything is written). Each
    file is written atomically; the snapshot last, so a folder with a snapshot is complete.
    """
    if directory.exists() and not directory.is_dir():
        raise SnapshotError(Msg("sync.pull.not_dir", path=str(directory)))
    targets = [directory / f"{name}.csv" for name in REGISTER_LAYERS] + [directory / SNAPSHOT_NAME]
    if not force:
        for path in targets:
            if path.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(path))
    directory.mkdir(parents=True, exist_ok=True)
    tables = graph_registers(G)
    files = []
    for name in REGISTER_LAYERS:
        data = "\ufeff" + register_csv(name, tables[name])
        files.append(replace_file(directory / f"{name}.csv", data, mode=0o644))
    snapshot = Snapshot(location, _now(), _hashes(register_records(tables)))
    path = replace_file(directory / SNAPSHOT_NAME, snapshot.to_json(), mode=0o644)
    return PulledRegisters(tuple(files), {n: len(tables[n]) for n in REGISTER_LAYERS}, path)


# ---------------------------------------------------------------------------- conflicts at push


@dataclass(frozen=True)
class RemoteConflict:
    """A register record Neo4j changed since the pull that the push would overwrite (or re-create, or delete)."""

    layer: str
    key: str
    kind: Literal["changed", "removed", "pruned"]
    columns: tuple[str, ...] = ()

    def message(self, pulled_at: str) -> Msg:
        """One line for people: layer, key, what happened in Neo4j, and the columns that differ."""
        fields = {"layer": self.layer, "key": shown_key(self.layer, self.key), "when": pulled_at}
        if self.kind == "changed":
            return Msg("sync.conflict.neo4j", columns=", ".join(self.columns), **fields)
        return Msg(f"sync.conflict.neo4j.{self.kind}", **fields)


class PushConflictError(DknetError, RuntimeError):
    """Records changed in Neo4j since the last pull differ from what a push would write; nothing was written."""

    def __init__(self, conflicts: list[RemoteConflict], snapshot: Snapshot) -> None:
        self.conflicts = conflicts
        self.snapshot = snapshot
        n = len(conflicts)
        super().__init__(Msg("sync.conflict.neo4j.stop1") if n == 1 else Msg("sync.conflict.neo4j.stop", n=n))


def find_conflicts(local: Graph, remote: Graph, snapshot: Snapshot, *, prune: bool = False) -> list[RemoteConflict]:
    """Records Neo4j (``remote``) holds differently from ``snapshot`` and from ``local``, in layer and key order.

    A record deleted in Neo4j since the pull that ``local`` still has is ``removed`` (a push would
    bring it back); with ``prune``, a record changed or added in Neo4j that ``local`` lacks is
    ``pruned`` (the push would delete it).
    """
    mine = register_records(graph_registers(local))
    theirs = register_records(graph_registers(remote))
    out = []
    for layer in REGISTER_LAYERS:
        before = snapshot.hashes.get(layer, {})
        here, there = mine[layer], theirs[layer]
        for key in sorted(set(there) | set(before)):
            now = record_hash(layer, there[key]) if key in there else None
            if now == before.get(key):
                continue  # not changed in Neo4j since the pull
            ours = record_hash(layer, here[key]) if key in here else None
            if ours == now:
                continue  # we push what Neo4j already has
            if key not in here:
                if prune and key in there:
                    out.append(RemoteConflict(layer, key, "pruned"))
            elif key not in there:
                out.append(RemoteConflict(layer, key, "removed"))
            else:
                cols = sorted(set(here[key]) | set(there[key]), key=LAYERS[layer].column_names.index)
                differ = tuple(c for c in cols if here[key].get(c) != there[key].get(c))
                out.append(RemoteConflict(layer, key, "changed", differ))
    return out


def after_push(local: Graph, remote: Graph, snapshot: Snapshot, *, prune: bool = False) -> Snapshot:
    """The snapshot once ``local`` is pushed onto ``remote``: Neo4j's records with the pushed ones over them."""
    hashes = {} if prune else _hashes(register_records(graph_registers(remote)))
    for layer, rows in _hashes(register_records(graph_registers(local))).items():
        hashes.setdefault(layer, {}).update(rows)
    return Snapshot(snapshot.location, _now(), hashes)


def save_snapshot(snapshot: Snapshot, directory: Path) -> Path:
    """Write ``snapshot`` into ``directory`` (atomically)."""
    return replace_file(directory / SNAPSHOT_NAME, snapshot.to_json(), mode=0o644)
