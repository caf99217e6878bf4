"""Load data and build the graph once; later calls read the cached graph while the inputs are unchanged.

Why the cache looks the way it does (issue 14, hardening):

* **Data, not code.** The graph is stored as gzip-compressed JSON (networkx ``node_link_data``)
  and read back with :func:`json.loads`: nothing in a cache file can run code, unlike a pickle,
  whose loading executes whatever a planted file asks for. A cache directory can be shared
  (``$DKNET_CACHE_DIR``, ``$XDG_CACHE_HOME``), so on POSIX systems dknet also ignores cache files
  that another user owns and directories that others can write to (a planted *forged graph*
  would then give wrong answers; it is read neither way).
* **Keyed on content, the content actually read.** The key is the SHA-256 of the *contents* of
  every input file (the bundled data and the files dknet reads in ``--data DIR``), the load mode,
  the data set (real, or the demonstration set with ``--demo``), the cache format and dknet's
  version. An edit that keeps a file's size and
  modification time (``touch -r``) is still seen. A graph is stored under the digest of the very
  bytes it was built from (:class:`dknet.io.files.Inputs`, kept as ``G.graph["input_digest"]``),
  never under a key worked out afterwards: a file edited during a build cannot put an old answer
  under the new content's key (issue 23, M1). Files in ``--data`` that dknet does not read
  (``notater.bin``) are not hashed (L7).
* **Validated on load.** Each file starts with a header: ``format``, ``format_version``,
  ``dknet_version``, ``key``, ``sha256`` of the graph body, and the node and edge counts. A file
  whose header, hash or counts do not match, that is not valid gzip/JSON, or that is larger than
  :data:`MAX_CACHE_BYTES` when unpacked is treated as absent: it is removed, the graph is rebuilt
  and the file replaced. Whatever the damage (zeroed blocks, a truncated stream), reading a cache
  file never fails a command (M2).
* **Bounded.** After each write, cache files beyond the :data:`KEEP` most recent, old pickles
  from earlier dknet versions and stray ``.tmp`` files older than an hour are removed.
* **Never wrong about ``--data``.** A ``--data DIR`` that is not a directory (or one workbook) is
  an error (exit 3) whether or not a cache exists: the cache is only consulted for a directory or
  a file that exists (a file that is not a workbook is then refused by the loader, as before).

The cache lives in ``$DKNET_CACHE_DIR``, else ``$XDG_CACHE_HOME/dknet``, else ``~/.cache/dknet``
(created with mode 0700). It is written atomically (temporary file, then rename), so an
interrupted run never leaves half a cache; a read-only or foreign cache directory just means
every run rebuilds (about two seconds).

>>> header_ok({"format": FORMAT, "format_version": FORMAT_VERSION, "dknet_version": __version__,
...            "key": "k", "sha256": "x", "nodes": 0, "edges": 0}, "k")
True
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import io
import json
import os
import tempfile
import time
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dknet._version import __version__
from dknet.io.files import Mode, demo_requested, fingerprint

if TYPE_CHECKING:  # networkx and pandas load only when a graph is built or read
    from dknet.graph import Graph

#: Name and version of the cache file format; a change of either invalidates every cache file.
FORMAT = "dknet-graph-cache"
FORMAT_VERSION = 4  # 3: endpoints as _u/_v (edge attribute "source" survives); 4: the graph keeps input_digest
#: The most cache files kept (the newest by modification time).
KEEP = 8
#: Unpacked cache files larger than this are not read (the bundled graph is about 5 MB).
MAX_CACHE_BYTES = 512 * 1024 * 1024
SUFFIX = ".json.gz"


def cache_dir() -> Path:
    """Where cached graphs are kept."""
    if env := os.environ.get("DKNET_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dknet"


def build(
    user_dir: Path | None = None, *, mode: Mode = "overlay", assume_dir: Path | None = None, demo: bool | None = None
) -> Graph:
    """Load, validate and build without the cache (raises DataValidationError on bad data).

    ``assume_dir`` adds hypothetical (what-if) records, marked ``source=assumed``. ``demo`` adds
    the generated demonstration records (default: ``DKNET_DEMO``); ``G.graph["demo"]`` says which.
    The graph keeps ``input_digest``: the fingerprint of the bytes it was built from (its cache
    key's base).
    """
    from dknet.graph import build_graph
    from dknet.io.dataset import load_dataset

    data = load_dataset(user_dir, mode=mode, assume_dir=assume_dir, demo=demo)
    G = build_graph(data.tables)
    G.graph["layers"] = {
        name: {"records": total, "illustrative": ill, "files": sorted(set(data.tables[name]["_file"]))}
        for name, (ill, total) in data.illustrative_counts().items()
    }
    for name, kinds in data.provenance_counts().items():  # real / curated / user / illustrative / assumed
        G.graph["layers"][name]["kinds"] = kinds
    G.graph["warnings"] = [p.to_data() for p in data.warnings]  # rendered in --lang when shown
    G.graph["old_codes"] = data.old_codes
    G.graph["user_dir"] = str(user_dir) if user_dir else None
    G.graph["demo"] = demo_requested(demo)
    G.graph["input_digest"] = data.input_digest
    return G


@functools.cache
def source_digest() -> str:
    """SHA-256 over dknet's own ``*.py`` and ``*.toml`` files (names and contents), once per process.

    Part of every cache key: a graph or a page made by other code (an update from git keeps the
    version number) is never served as today's answer.
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted([*root.rglob("*.py"), *root.rglob("*.toml")]):
        h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def key_of(digest: str) -> str:
    """The cache key of an input digest: with the cache format, dknet's version and its code (:func:`source_digest`)."""
    return hashlib.sha256(f"{digest}|{FORMAT}|{FORMAT_VERSION}|{__version__}|{source_digest()}".encode()).hexdigest()


def cache_key(user_dir: Path | None = None, *, mode: Mode = "overlay", demo: bool | None = None) -> str:
    """The key of the input files as they are now: their contents, the modes, the format, the version."""
    return key_of(fingerprint(user_dir, mode=mode, demo=demo))


def graph_key(G: Graph) -> str | None:
    """The key of the data ``G`` was built from (None for a graph without a recorded input digest)."""
    digest = G.graph.get("input_digest")
    return key_of(digest) if isinstance(digest, str) and digest else None


def header_ok(
    header: Mapping[str, Any],
    key: str,
    *,
    fmt: str = FORMAT,
    counts: tuple[str, ...] = ("nodes", "edges"),
    expect: Mapping[str, Any] | None = None,
) -> bool:
    """True when a cache header is of format ``fmt``, this version, made for ``key`` (and has ``expect``)."""
    return all(header.get(k) == v for k, v in (expect or {}).items()) and (
        header.get("format") == fmt
        and header.get("format_version") == FORMAT_VERSION
        and header.get("dknet_version") == __version__
        and header.get("key") == key
        and all(isinstance(header.get(c), int) for c in counts)
        and isinstance(header.get("sha256"), str)
    )


def pack(body: str, key: str, *, fmt: str = FORMAT, fields: Mapping[str, Any] | None = None, **counts: int) -> bytes:
    """A cache file's bytes: a header line (format, versions, key, body hash, ``fields``, ``counts``), then ``body``."""
    header = {
        "format": fmt,
        "format_version": FORMAT_VERSION,
        "dknet_version": __version__,
        "key": key,
        "sha256": hashlib.sha256(body.encode()).hexdigest(),
        **(fields or {}),
        **counts,
    }
    return gzip.compress((json.dumps(header) + "\n" + body).encode(), compresslevel=5, mtime=0)


def unpack(
    data: bytes,
    key: str,
    *,
    fmt: str = FORMAT,
    counts: tuple[str, ...] = (),
    expect: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], Any]:
    """The header and the parsed JSON body of a cache file's bytes; ValueError when anything does not check out.

    ``expect`` holds header fields that must have these values (a lookup table's purpose and language).

    >>> unpack(pack('{"a": 1}', "k", fmt="demo", rows=1), "k", fmt="demo", counts=("rows",))[1]
    {'a': 1}
    """
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            raw = fh.read(MAX_CACHE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as e:  # a damaged stream: zeroed blocks, a cut-off file
        raise ValueError(f"cache file is not readable gzip: {e}") from e
    if len(raw) > MAX_CACHE_BYTES:
        raise ValueError("cache file too large")
    head, _, body = raw.partition(b"\n")
    try:
        header = json.loads(head)
    except (ValueError, RecursionError) as e:
        raise ValueError("cache header is not JSON") from e
    if not isinstance(header, dict) or not header_ok(header, key, fmt=fmt, counts=counts, expect=expect):
        raise ValueError("cache header does not match")
    if hashlib.sha256(body).hexdigest() != header["sha256"]:
        raise ValueError("cache body does not match its hash")
    try:
        return header, json.loads(body)
    except (ValueError, RecursionError) as e:
        raise ValueError("cache body is not JSON") from e


def dumps(G: Graph, key: str) -> bytes:
    """The graph cache file's bytes: a header line, then the graph as JSON, gzip-compressed."""
    import networkx as nx

    body = json.dumps(
        nx.node_link_data(G, edges="edges", source="_u", target="_v"), ensure_ascii=False, separators=(",", ":")
    )
    return pack(body, key, nodes=G.number_of_nodes(), edges=G.number_of_edges())


def loads(data: bytes, key: str) -> Graph | None:
    """The graph in a cache file's bytes, or None when anything about it does not check out."""
    import networkx as nx

    try:
        header, body = unpack(data, key, counts=("nodes", "edges"))
        G = nx.node_link_graph(body, edges="edges", source="_u", target="_v")
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, IndexError, nx.NetworkXError):
        return None
    if not isinstance(G, nx.MultiDiGraph):
        return None
    if G.number_of_nodes() != header["nodes"] or G.number_of_edges() != header["edges"] or not G.number_of_nodes():
        return None
    # JSON has no tuples: the old-code table maps a number to (new number, old name).
    G.graph["old_codes"] = {str(k): tuple(v) for k, v in dict(G.graph.get("old_codes") or {}).items()}
    return G


def _trusted(path: Path) -> bool:
    """A directory or file we may read a cache from: ours, and (for directories) not writable by others."""
    if not hasattr(os, "getuid"):
        return True  # no owners to compare (Windows): the JSON format alone keeps code out
    try:
        st = path.stat()
    except OSError:
        return False
    if st.st_uid != os.getuid():
        return False
    return not (path.is_dir() and st.st_mode & 0o022)


def prepare_dir(directory: Path) -> bool:
    """Create the cache directory (0700) when missing; True when it is safe to use."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return _trusted(directory)


def read_bytes(path: Path) -> bytes | None:
    """A cache file's bytes when it is a regular file of ours, in a directory of ours that others
    cannot write to, and not too large; else None (L1: the same rule for graphs and lookup tables)."""
    if not path.is_file() or path.is_symlink() or not _trusted(path) or not _trusted(path.parent):
        return None
    try:
        if path.stat().st_size > MAX_CACHE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _read(path: Path, key: str) -> Graph | None:
    data = read_bytes(path)
    if data is None:
        return None
    G = loads(data, key)
    if G is None:
        drop(path)
    return G


def drop(path: Path) -> None:
    """Remove a cache file that did not check out (damaged, forged, of another version); it is rebuilt."""
    with contextlib.suppress(OSError):  # a read-only cache: the file is ignored all the same
        path.unlink()


def write_bytes(directory: Path, path: Path, data: bytes) -> None:
    """Write a cache file atomically (temporary file, rename); a read-only cache is silently skipped."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name.split('-')[0]}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        Path(tmp).replace(path)
        tmp = None
    except OSError:
        pass  # a read-only cache is fine: we just rebuild next time
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


#: The cache files dknet writes, by name prefix: the graph, and the lookup tables of :mod:`dknet.lookup`.
PREFIXES = ("graph-", "lookup-")


def prune(directory: Path, *, keep: int = KEEP, now: float | None = None) -> list[Path]:
    """Remove cache files beyond the ``keep`` newest of each kind, old pickles and stale ``.tmp`` files.

    Returns what was removed. Only files dknet names (``graph-*``, ``lookup-*`` and their
    ``.tmp`` files) are touched.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = [p for p in directory.iterdir() if p.is_file() and not p.is_symlink()]
    except OSError:
        return removed

    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    doomed: list[Path] = []
    for prefix, keep_n in zip(PREFIXES, (keep, keep * 6), strict=True):  # six lookup tables per data set
        current = sorted((p for p in entries if p.name.startswith(prefix) and p.name.endswith(SUFFIX)), key=mtime)
        doomed += current[: max(0, len(current) - keep_n)]
    doomed += [p for p in entries if p.name.startswith("graph-") and p.name.endswith(".pickle")]
    doomed += [
        p
        for p in entries
        if p.name.endswith(".tmp")
        and p.name.startswith(tuple(f".{x}" for x in PREFIXES) + PREFIXES)
        and now - mtime(p) > 3600
    ]
    for p in doomed:
        try:
            p.unlink()
            removed.append(p)
        except OSError:
            pass
    return removed


def _graph_path(directory: Path, key: str) -> Path:
    return directory / f"graph-{key[:32]}{SUFFIX}"


def load_graph(
    user_dir: Path | str | None = None, *, mode: Mode = "overlay", use_cache: bool = True, demo: bool | None = None
) -> Graph:
    """The knowledge graph for the bundled data (plus ``user_dir``), from the cache when fresh.

    The cache is looked up by the key of the files as they are now, and a new graph is stored
    under the key of the bytes it was built from (:func:`graph_key`): if a file changed during the
    build, the two differ and the next run rebuilds. ``demo=True`` adds the generated
    demonstration records; ``None`` reads ``DKNET_DEMO``. Raises
    :class:`~dknet.errors.DataValidationError` when the data has errors, and also when
    ``user_dir`` is given but is not a directory (cache or not).
    """
    user = Path(user_dir) if user_dir is not None else None
    if not use_cache or (user is not None and not (user.is_dir() or user.is_file())):
        return build(user, mode=mode, demo=demo)
    directory = cache_dir()
    usable = prepare_dir(directory)
    try:
        key = cache_key(user, mode=mode, demo=demo)
    except OSError:  # an unreadable input: let the loader locate it
        return build(user, mode=mode, demo=demo)
    if usable:
        cached = _read(_graph_path(directory, key), key)
        if cached is not None:
            return cached
    G = build(user, mode=mode, demo=demo)
    built_key = graph_key(G)
    if usable and built_key is not None:
        write_bytes(directory, _graph_path(directory, built_key), dumps(G, built_key))
        prune(directory)
    return G
