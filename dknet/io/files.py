"""Where the input files are and what they contain, without reading them as tables.

Kept apart from :mod:`dknet.io.dataset` (which needs pandas) so that the cache key of a warm
command can be computed with the standard library alone (:mod:`dknet.cache`, :mod:`dknet.lookup`).

>>> (bundled_dir() / "real" / "kommuner.csv").is_file()
True
>>> len(fingerprint(None))
64
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal

#: How a user's registers combine with the bundled data (see :mod:`dknet.io.dataset`).
Mode = Literal["overlay", "replace"]


#: The environment variable that turns on the demonstration set (generated records) by default.
DEMO_ENV = "DKNET_DEMO"


def demo_requested(demo: bool | None = None) -> bool:
    """Whether the generated demonstration set is read: ``demo`` when given, else ``DKNET_DEMO``.

    The default data set is real public data, curated records and the user's own registers; the
    generated (illustrative) layers are read only on request (``--demo`` or ``DKNET_DEMO=1``).

    >>> demo_requested(True), demo_requested(False)
    (True, False)
    """
    if demo is not None:
        return demo
    return os.environ.get(DEMO_ENV, "").strip().lower() not in ("", "0", "no", "nei", "false")


def bundled_parts(demo: bool | None = None) -> tuple[str, ...]:
    """The bundled tiers read, in order: public data, cited records and, in demo mode, generated ones.

    >>> bundled_parts(False), bundled_parts(True)
    (('real', 'curated'), ('real', 'curated', 'illustrative'))
    """
    return ("real", "curated", "illustrative") if demo_requested(demo) else ("real", "curated")


def bundled_dir() -> Path:
    """The bundled data directory: inside the installed package, or ``data/`` of a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_data", here.parent / "data"):
        if (candidate / "real" / "kommuner.csv").is_file():
            return candidate
    raise FileNotFoundError(f"dknet's bundled data was not found next to {here}; reinstall dknet")


def fingerprint(
    user_dir: Path | None = None, *, mode: Mode = "overlay", bundled: Path | None = None, demo: bool | None = None
) -> str:
    """SHA-256 of the *contents* of every input file (and where it sits), for the graph cache.

    Every file under the bundled data directory (whatever its parts are) and every file directly
    in ``user_dir`` counts, so an edit that keeps a file's size and modification time is seen.
    Raises OSError when a file cannot be read (the loader then reports it, located).
    """
    base = bundled or bundled_dir()
    paths = sorted(p for p in base.rglob("*") if p.is_file() and "templates" not in p.relative_to(base).parts)
    h = hashlib.sha256(f"mode={mode}\ndemo={demo_requested(demo)}\n".encode())
    for p in paths:
        h.update(f"bundled/{p.relative_to(base).as_posix()}|{_file_digest(p)}\n".encode())
    if user_dir is not None and user_dir.is_dir():
        h.update(f"user={user_dir.resolve()}\n".encode())
        for p in sorted(user_dir.iterdir()):
            if p.is_file():
                h.update(f"user/{p.name}|{_file_digest(p)}\n".encode())
    return h.hexdigest()


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
