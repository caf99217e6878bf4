"""Write a file atomically: a temporary file in the same folder, then a rename over the target.

The one implementation behind every file dknet writes for people (``-o FILE``, maps): a reader
never sees half a file, and an interrupted write leaves the target as it was and no ``.tmp``.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as d:
...     p = replace_file(Path(d) / "kart.html", "<p>Holtålen</p>", mode=0o644)
...     p.read_text(encoding="utf-8"), sorted(x.name for x in Path(d).iterdir())
('<p>Holtålen</p>', ['kart.html'])
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

#: For the Ctrl-C test only (tests/test_hardening.py): when this environment variable names a
#: file, :func:`replace_file` writes the temporary file's path into it once the data is written,
#: then waits up to 60 s before the rename, so the test sends SIGINT at a point the write surely
#: reached. Unset (as always outside that test) it does nothing.
PAUSE_ENV = "DKNET_TEST_PAUSE"


def replace_file(path: Path, data: str | bytes, *, mode: int) -> Path:
    """Write ``data`` (text as UTF-8 with ``\\n`` line ends, or bytes as they are) to ``path`` with ``mode``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as bh:
                bh.write(data)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(data)
        Path(tmp).chmod(mode)
        if marker := os.environ.get(PAUSE_ENV):
            Path(marker).write_text(tmp, encoding="utf-8")
            time.sleep(60)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
