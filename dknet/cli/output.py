"""The one place where commands write their results: stdout, or ``-o FILE`` written atomically.

Rules every command gets by writing through :func:`emit_text` or :func:`write_made` (issue 14):

* **Paths are checked before the work starts** (click calls the check while parsing): an empty
  path, a missing or unwritable folder, a parent that is a file, a folder where a file should
  be, a symbolic link or a special file (FIFO, device, socket) are refused with one sentence and
  exit 1. ``-o -`` means standard output, so a special file is never replaced by a regular one
  (``-o /dev/stdout`` as root would otherwise replace the device node).
* **Regular files are written atomically**: a temporary file in the same folder, then a rename;
  an interruption (Ctrl-C) removes the temporary file, so no ``.tmp`` is left behind.
* **What is written cannot surprise**: CSV cells that a spreadsheet would run as a formula are
  neutralised and table output has terminal control sequences stripped (both in
  :func:`dknet.present.format.render`).
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet.cli.context import current_lang
from dknet.cli.failure import Failure
from dknet.io.atomic import replace_file
from dknet.messages import t
from dknet.messages.msg import Msg

F = TypeVar("F", bound=Callable[..., Any])

#: The value of ``-o`` that means standard output.
STDOUT = "-"


def output_problem(path: Path | str) -> Msg | None:
    """Why ``path`` cannot be written as a regular file, in one sentence (a message); None when it can.

    >>> p = output_problem(Path("/proc/no/such/folder/x.csv"))
    >>> str(p)
    'the folder /proc/no/such/folder does not exist; create it first or choose another path'
    >>> p.render("nb")
    'mappen /proc/no/such/folder finnes ikke; lag den først eller velg en annen sti'
    """
    if not str(path).strip():
        return Msg("output.empty")
    path = Path(path)
    if path.is_symlink():
        return Msg("output.symlink", path=str(path))
    if path.exists():
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            return Msg("output.is_folder", path=str(path))
        if not stat.S_ISREG(mode):
            return Msg("output.special", path=str(path))
        if not os.access(path, os.W_OK):
            return Msg("output.read_only", path=str(path))
    parent = path.parent if str(path.parent) else Path()
    for ancestor in (parent, *parent.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                return Msg("output.parent_is_file", ancestor=str(ancestor), path=str(path))
            break
    if not parent.exists():
        return Msg("output.no_folder", parent=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        return Msg("output.folder_read_only", parent=str(parent))
    return None


def check_output(value: str | Path | None) -> Path | None:
    """The output path to write (None for stdout), or a one-sentence error in ``--lang`` (exit 1)."""
    if value is None or str(value) == STDOUT:
        return None
    problem = output_problem(value)
    if problem:
        raise Failure(problem)
    return Path(value)


def _callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    return check_output(value)


def output_option(f: F) -> F:
    """``-o/--output FILE``: write the result to FILE (atomically) instead of stdout; ``-`` is stdout."""
    return click.option(
        "-o",
        "--output",
        "output",
        type=str,
        default=None,
        metavar="FILE",
        callback=_callback,
        expose_value=True,
        is_eager=False,
    )(f)


def write_atomic(path: Path, text: str | bytes) -> Path:
    """Write ``text`` (UTF-8; or ``bytes`` as they are, e.g. an XLSX) to ``path`` through a temporary file and a rename.

    A new file gets mode 0644 less the umask; an existing file keeps its mode. On any failure or
    interruption the temporary file is removed and the target is untouched.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = write_atomic(Path(d) / "ut.csv", "kommune\\nHoltålen\\n")
    ...     p.read_text(encoding="utf-8"), sorted(x.name for x in Path(d).iterdir())
    ('kommune\\nHoltålen\\n', ['ut.csv'])
    """
    if (problem := output_problem(path)) is not None:
        raise Failure(problem)
    if path.exists():
        mode = path.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o644 & ~umask
    return replace_file(path, text, mode=mode)


def emit_text(text: str, output: Path | None = None) -> None:
    """Write already rendered text to ``output`` (atomically) or to stdout.

    Standard output that cannot take it (``> /dev/full``, a full disk) is one sentence and exit 1,
    not a traceback (issue 23, L2); a closed pipe is left to the group (quiet exit 0).
    """
    if output is None:
        try:
            click.echo(text, nl=not text.endswith("\n"))
        except OSError as e:
            if e.errno == errno.EPIPE:
                raise
            _silence_stdout()
            raise Failure(Msg("output.stdout_failed", reason=str(e.strerror or e))) from e
        return

    try:
        write_atomic(output, text if text.endswith("\n") else text + "\n")
    except OSError as e:
        raise Failure(Msg("output.failed", path=str(output), reason=str(e.strerror or e))) from e
    click.echo(t("output.wrote", current_lang(), path=output), err=True)


def write_made(path: Path, make: Callable[[], bytes]) -> None:
    """Make a file's bytes (an XLSX workbook) and write them to ``path`` atomically; say so on stderr.

    A full disk or a file-size limit (``ulimit -f``), while the bytes are made or written, is one
    sentence and exit 1 (L2): the writers that openpyxl leaves half-way are finished here, and
    their second failure is not printed as an "Exception ignored" traceback.
    """
    failure: Msg | None = None
    previous = sys.unraisablehook

    def quiet(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, OSError):
            previous(unraisable)

    sys.unraisablehook = quiet
    try:
        try:
            write_atomic(path, make())
        except OSError as e:
            failure = Msg("output.failed", path=str(path), reason=str(e.strerror or e))
        gc.collect()
    finally:
        sys.unraisablehook = previous
    if failure is not None:
        raise Failure(failure)
    click.echo(t("output.wrote", current_lang(), path=path), err=True)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be written does not fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
