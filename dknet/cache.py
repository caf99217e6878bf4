"""Load data and build the graph once; later CLI calls read a pickled graph while inputs are unchanged.

The cache key is a fingerprint of every input file (path, size, modification time), the load
mode and dknet's version, so editing a CSV or upgrading dknet rebuilds. The cache lives in
``$DKNET_CACHE_DIR``, else ``$XDG_CACHE_HOME/dknet``, else ``~/.cache/dknet``; it is written
atomically (temporary file, then rename), so an interrupted run never leaves half a cache.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from dknet import __version__
from dknet.graph import Graph, build_graph
from dknet.io.dataset import Mode, fingerprint, load_dataset


def cache_dir() -> Path:
    """Where cached graphs are kept."""
    if env := os.environ.get("DKNET_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dknet"


def build(user_dir: Path | None = None, *, mode: Mode = "overlay", assume_dir: Path | None = None) -> Graph:
    """Load, validate and build without the cache (raises DataValidationError on bad data).

    ``assume_dir`` adds hypothetical (what-if) records, marked ``source=assumed``.
    """
    data = load_dataset(user_dir, mode=mode, assume_dir=assume_dir)
    G = build_graph(data.tables)
    G.graph["layers"] = {
        name: {"records": total, "illustrative": ill, "files": sorted(set(data.tables[name]["_file"]))}
        for name, (ill, total) in data.illustrative_counts().items()
    }
    G.graph["warnings"] = [p.describe() for p in data.warnings]
    G.graph["old_codes"] = data.old_codes
    G.graph["user_dir"] = str(user_dir) if user_dir else None
    return G


def load_graph(user_dir: Path | None = None, *, mode: Mode = "overlay", use_cache: bool = True) -> Graph:
    """The knowledge graph for the bundled data (plus ``user_dir``), from the cache when fresh."""
    if not use_cache:
        return build(user_dir, mode=mode)
    key = fingerprint(user_dir, mode=mode) + __version__
    import hashlib

    path = cache_dir() / f"graph-{hashlib.sha256(key.encode()).hexdigest()[:20]}.pickle"
    if path.is_file():
        try:
            with path.open("rb") as fh:
                G: Graph = pickle.load(fh)
            return G
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            path.unlink(missing_ok=True)
    G = build(user_dir, mode=mode)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(G, fh, protocol=pickle.HIGHEST_PROTOCOL)
        Path(tmp).replace(path)
    except OSError:
        pass  # a read-only home is fine: we just rebuild next time
    return G
