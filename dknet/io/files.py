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


#: Suffixes of the files dknet parses in a user's folder (layer-named CSV files, and any workbook,
#: whose sheets may be named after layers): their contents are part of the key.
READ_SUFFIXES = (".csv", ".xlsx")
#: Suffixes of files dknet only warns about by name (a misnamed register): their names are part of the key.
NAMED_SUFFIXES = (".xls", ".xlsm", ".txt", ".ods", ".tsv")


def layer_stem(name: str) -> str | None:
    """The layer a file name is named after (``Plan-Kontor.CSV`` → ``plankontor``), or None.

    >>> layer_stem("Plankontor.csv"), layer_stem("notater.bin")
    ('plankontor', None)
    """
    from dknet.names import skeleton
    from dknet.schema import LAYERS

    stem = name.rsplit(".", 1)[0] if "." in name else name
    return {skeleton(n): n for n in LAYERS}.get(skeleton(stem))


def is_input(path: Path) -> bool:
    """Whether dknet parses ``path`` (in a user's folder) as data: a layer-named CSV or any workbook.

    >>> is_input(Path("planer.csv")), is_input(Path("dknet-maler.xlsx")), is_input(Path("notater.bin"))
    (True, True, False)
    """
    suffix = path.suffix.lower()
    if path.name.startswith((".", "~$")):
        return False
    return suffix == ".xlsx" or (suffix == ".csv" and layer_stem(path.name) is not None)


def is_named(path: Path) -> bool:
    """Whether the *name* of ``path`` matters to a load: an input, a misnamed register, a layer-named non-file."""
    if path.name.startswith((".", "~$")):
        return False
    suffix = path.suffix.lower()
    return suffix in READ_SUFFIXES or suffix in NAMED_SUFFIXES or layer_stem(path.name) is not None


class Inputs:
    """The input files of one load, each directory listed once and each file read once.

    The loader parses the bytes :meth:`read` returns, and :func:`fingerprint` keys by the digest
    of those very bytes: a file edited while dknet runs cannot give a key of new content to an
    answer computed from old content (issue 23, M1). Without a loader (the warm path) the digest
    is computed from the files as they are now, streaming, and nothing is kept.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "planer.csv"
    ...     _ = p.write_bytes(b"plan_id\\n")
    ...     i = Inputs()
    ...     i.read(p), i.digest(p) == hashlib.sha256(b"plan_id\\n").hexdigest()
    (b'plan_id\\n', True)
    """

    def __init__(self) -> None:
        self._bytes: dict[Path, bytes] = {}
        self._digests: dict[Path, str] = {}
        self._listings: dict[Path, list[Path]] = {}

    def listing(self, directory: Path) -> list[Path]:
        """The entries of ``directory``, sorted, as first listed (raises OSError)."""
        if directory not in self._listings:
            self._listings[directory] = sorted(directory.iterdir())
        return self._listings[directory]

    def read(self, path: Path) -> bytes:
        """The bytes of ``path`` as first read (raises OSError); their digest is recorded."""
        if path not in self._bytes:
            data = path.read_bytes()
            self._bytes[path] = data
            self._digests.setdefault(path, hashlib.sha256(data).hexdigest())
        return self._bytes[path]

    def digest(self, path: Path) -> str:
        """SHA-256 of ``path``: of the bytes read, or (when not read) of the file now (raises OSError)."""
        if path not in self._digests:
            self._digests[path] = _file_digest(path)
        return self._digests[path]


def fingerprint(
    user_dir: Path | None = None,
    *,
    mode: Mode = "overlay",
    bundled: Path | None = None,
    demo: bool | None = None,
    inputs: Inputs | None = None,
    assume_dir: Path | None = None,
) -> str:
    """SHA-256 of the *contents* of every input file (and where it sits), for the caches.

    Every file under the bundled data directory counts; in ``user_dir`` (and ``assume_dir``) the
    files dknet parses count by content (:func:`is_input`) and the misnamed ones by name
    (:func:`is_named`); anything else there (``notater.bin``) is neither read nor hashed (L7).
    With ``inputs`` (the loader's), the digest is of the bytes the loader parsed. Raises OSError
    when a file cannot be read (the loader then reports it, located).
    """
    inputs = inputs if inputs is not None else Inputs()
    base = bundled or bundled_dir()
    paths = sorted(p for p in base.rglob("*") if p.is_file() and "templates" not in p.relative_to(base).parts)
    h = hashlib.sha256(f"mode={mode}\ndemo={demo_requested(demo)}\n".encode())
    for p in paths:
        h.update(f"bundled/{p.relative_to(base).as_posix()}|{inputs.digest(p)}\n".encode())
    for tag, directory in (("user", user_dir), ("assume", assume_dir)):
        if directory is not None and directory.is_file():  # one workbook given as the data (``--data FILE.xlsx``)
            h.update(f"{tag}-file={directory.resolve()}|{inputs.digest(directory)}\n".encode())
        elif directory is not None and directory.is_dir():
            h.update(f"{tag}={directory.resolve()}\n".encode())
            for p in inputs.listing(directory):
                if not is_named(p):
                    continue
                kind = "file" if p.is_file() else ("dir" if p.is_dir() else "other")
                content = inputs.digest(p) if kind == "file" and is_input(p) else kind
                h.update(f"{tag}/{p.name}|{content}\n".encode())
    return h.hexdigest()


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
