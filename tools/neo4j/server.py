"""Start and stop a real Neo4j Community 5.26 server for tests.

The server runs from jars fetched from Maven Central by ``fetch.sh`` (cached outside the repo,
in ``${DKNET_NEO4J_HOME:-~/.cache/dknet/neo4j-5.26}/lib``) and is launched by ``start.sh`` in
the foreground, in its own process group, listening for Bolt on 127.0.0.1 only, with auth on.

Standard library plus the ``neo4j`` driver; no pytest dependency. Typical use::

    from tools.neo4j.server import Neo4jTestServer

    with Neo4jTestServer(tmp_path / "neo4j", password="secret") as server:
        with server.driver() as driver:
            driver.execute_query("CREATE (:Thing {name: $name})", name="x")

Data lives in ``home`` and persists across starts of the same home; use a fresh home for a
fresh database. The initial password is applied only on the first start of a home.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

__all__ = ["DEFAULT_PASSWORD", "TOOLS_DIR", "Neo4jServerError", "Neo4jTestServer"]

TOOLS_DIR: Path = Path(__file__).resolve().parent
"""Directory holding ``fetch.sh``, ``start.sh`` and ``pom.xml``."""

DEFAULT_PASSWORD: str = "dknet-test-password"
"""Password used for user ``neo4j`` when none is given."""

_LOG_TAIL_LINES = 40
_STOP_GRACE_SECONDS = 30.0


class Neo4jServerError(RuntimeError):
    """The test server could not be fetched, started or stopped."""


def _free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago (small race is possible)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _parent_death_signal_setter() -> Callable[[], None] | None:
    """Return a ``preexec_fn`` making the child get SIGTERM when its parent dies (Linux only).

    ``PR_SET_PDEATHSIG`` survives ``exec``, so it reaches the JVM that ``start.sh`` execs: a
    test run killed with SIGKILL (where ``atexit`` cannot run) does not leave Neo4j behind.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # resolved before fork
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def preexec() -> None:
        prctl(pr_set_pdeathsig, int(signal.SIGTERM), 0, 0, 0)

    return preexec


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    """Return the last ``lines`` lines of ``path``, or a note if it cannot be read."""
    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            return "".join(deque(handle, maxlen=lines))
    except OSError as exc:
        return f"<cannot read {path}: {exc}>"


class Neo4jTestServer:
    """A Neo4j Community server child process for tests, reachable over Bolt on 127.0.0.1.

    Args:
        home: Neo4j home directory of this instance (created if missing). Holds ``conf/``,
            ``data/``, ``logs/`` (including ``console.log``, the server's stdout/stderr).
        port: Bolt port; ``None`` picks a free port at each :meth:`start`.
        password: Password of user ``neo4j``. Only takes effect on the first start of a home;
            later starts must use the same password.
        cache_dir: Root of the jar cache (jars in ``<cache_dir>/lib``); default
            ``$DKNET_NEO4J_HOME`` or ``~/.cache/dknet/neo4j-5.26``.
        heap: Max JVM heap, e.g. ``"1g"``.
        pagecache: Neo4j page cache size, e.g. ``"128m"``.
        java: Java binary to use (Java 17 or 21); default ``$DKNET_NEO4J_JAVA`` or ``java``.
        die_with_parent: On Linux, have the kernel SIGTERM the server when the process (more
            exactly: the thread) that started it dies. Keep it on unless you start the server
            from a short-lived thread.
    """

    def __init__(
        self,
        home: Path | str,
        port: int | None = None,
        password: str = DEFAULT_PASSWORD,
        *,
        cache_dir: Path | str | None = None,
        heap: str = "1g",
        pagecache: str = "128m",
        java: str | None = None,
        die_with_parent: bool = True,
    ) -> None:
        self.home: Path = Path(home).resolve()
        self.requested_port: int | None = port
        self.password: str = password
        env_cache = os.environ.get("DKNET_NEO4J_HOME")
        self.cache_dir: Path = Path(
            cache_dir if cache_dir is not None else env_cache or Path.home() / ".cache" / "dknet" / "neo4j-5.26"
        )
        self.heap: str = heap
        self.pagecache: str = pagecache
        self.java: str | None = java
        self.die_with_parent: bool = die_with_parent
        self.port: int | None = port
        self._proc: subprocess.Popen[bytes] | None = None
        self._atexit_registered = False

    # ------------------------------------------------------------------ properties

    @property
    def uri(self) -> str:
        """Bolt URI of the server, e.g. ``bolt://127.0.0.1:7687`` (port known after start)."""
        if self.port is None:
            raise Neo4jServerError("port is not known before start()")
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def auth(self) -> tuple[str, str]:
        """``(user, password)`` to pass as the driver's ``auth``."""
        return ("neo4j", self.password)

    @property
    def console_log(self) -> Path:
        """File receiving the server's stdout and stderr (``neo4j.log`` content)."""
        return self.home / "logs" / "console.log"

    @property
    def debug_log(self) -> Path:
        """Neo4j's detailed ``debug.log``."""
        return self.home / "logs" / "debug.log"

    @property
    def pid(self) -> int | None:
        """PID of the server JVM (also its process group id), or ``None`` when not started."""
        return self._proc.pid if self._proc is not None else None

    @property
    def is_running(self) -> bool:
        """Whether the server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    # ------------------------------------------------------------------ lifecycle

    def fetch(self, timeout: float = 900.0) -> Path:
        """Make sure the jars are in the cache (runs ``fetch.sh``); return the lib dir."""
        # Own process group, so a timeout also ends the mvn JVM that fetch.sh runs.
        proc = subprocess.Popen(
            ["bash", str(TOOLS_DIR / "fetch.sh")],
            env=self._env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=30)
            raise Neo4jServerError(f"fetch.sh did not finish within {timeout:.0f}s") from exc
        if proc.returncode != 0:
            raise Neo4jServerError(
                f"fetch.sh failed with exit code {proc.returncode}:\n" + err.decode("utf-8", "replace")[-4000:]
            )
        return Path(out.decode().strip().splitlines()[-1])

    def start(self, timeout: float = 120.0, fetch_timeout: float = 900.0) -> Self:
        """Fetch the jars if needed, start the server and wait until Bolt accepts the login.

        Args:
            timeout: Seconds to wait for the first successful Bolt connection.
            fetch_timeout: Seconds allowed for downloading the jars (first run only).

        Returns:
            ``self``, for chaining.

        Raises:
            Neo4jServerError: the server exited, rejected the password, or did not come up in
                time; the message ends with the last 40 lines of the server log.
        """
        if self.is_running:
            raise Neo4jServerError(f"server already running (pid {self.pid}) on {self.uri}")
        self.fetch(timeout=fetch_timeout)
        attempts = 1 if self.requested_port is not None else 3
        for attempt in range(1, attempts + 1):
            try:
                self._launch_and_wait(timeout)
                return self
            except _PortInUseError:
                if attempt == attempts:
                    raise Neo4jServerError(f"bolt port {self.port} already in use\n{self._log_report()}") from None
        raise AssertionError("unreachable")

    def stop(self, timeout: float = _STOP_GRACE_SECONDS) -> int | None:
        """Stop the server cleanly: SIGTERM its process group, SIGKILL after ``timeout`` s.

        Returns the server's exit code (``None`` if it was not started). Idempotent.
        """
        proc = self._proc
        if proc is None:
            return None
        if proc.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                proc.wait(timeout=30)
        self._unregister_atexit()
        return proc.returncode

    def kill(self) -> int | None:
        """Stop the server abruptly with SIGKILL (no checkpoint, no clean shutdown).

        Simulates a crashed or vanished server; the store recovers on the next start.
        Returns the exit code (``None`` if it was not started).
        """
        proc = self._proc
        if proc is None:
            return None
        self._signal_group(signal.SIGKILL)
        proc.wait(timeout=30)
        self._unregister_atexit()
        return proc.returncode

    def driver(self, **kwargs: Any) -> Driver:
        """Return a new driver for this server; the caller closes it (use ``with``)."""
        return GraphDatabase.driver(self.uri, auth=self.auth, **kwargs)

    def __enter__(self) -> Self:
        if not self.is_running:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.is_running else "stopped"
        return f"Neo4jTestServer(home={str(self.home)!r}, port={self.port}, {state})"

    # ------------------------------------------------------------------ internals

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["DKNET_NEO4J_HOME"] = str(self.cache_dir)
        env["DKNET_NEO4J_PASSWORD"] = self.password
        env["DKNET_NEO4J_HEAP"] = self.heap
        env["DKNET_NEO4J_PAGECACHE"] = self.pagecache
        if self.java is not None:
            env["DKNET_NEO4J_JAVA"] = self.java
        return env

    def _launch_and_wait(self, timeout: float) -> None:
        self.port = self.requested_port if self.requested_port is not None else _free_port()
        self.console_log.parent.mkdir(parents=True, exist_ok=True)
        log_offset = self.console_log.stat().st_size if self.console_log.exists() else 0
        with self.console_log.open("ab") as log:
            # Password goes through the environment, not argv, so it does not show in `ps`.
            self._proc = subprocess.Popen(
                ["bash", str(TOOLS_DIR / "start.sh"), str(self.home), str(self.port)],
                env=self._env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_parent_death_signal_setter() if self.die_with_parent else None,
            )
        self._register_atexit()
        deadline = time.monotonic() + timeout
        last_error: BaseException | None = None
        while True:
            code = self._proc.poll()
            if code is not None:
                self._unregister_atexit()
                new_output = self._log_since(log_offset)
                if "Address already in use" in new_output or "BindException" in new_output:
                    raise _PortInUseError()
                raise Neo4jServerError(f"Neo4j exited with code {code} during start-up\n{self._log_report()}")
            try:
                with GraphDatabase.driver(
                    self.uri,
                    auth=self.auth,
                    connection_timeout=2.0,
                    # Bounds the Bolt handshake too (a non-Neo4j listener on the port would
                    # otherwise hang one attempt for 60 s).
                    connection_acquisition_timeout=3.0,
                    max_transaction_retry_time=0,
                ) as drv:
                    drv.verify_connectivity()
                return
            except AuthError as exc:
                self.stop()
                raise Neo4jServerError(
                    f"Neo4j at {self.uri} rejected the password for user neo4j. The initial "
                    f"password only applies on the first start of a home; {self.home} was "
                    f"created with another one. Use that password or a fresh home.\n"
                    f"{self._log_report()}"
                ) from exc
            except (ServiceUnavailable, SessionExpired, Neo4jError, OSError) as exc:
                last_error = exc
            if time.monotonic() >= deadline:
                self.stop()
                raise Neo4jServerError(
                    f"Neo4j did not accept Bolt connections on {self.uri} within {timeout:.0f}s "
                    f"(last error: {last_error!r})\n{self._log_report()}"
                )
            time.sleep(0.25)

    def _log_since(self, offset: int) -> str:
        try:
            with self.console_log.open("rb") as handle:
                handle.seek(offset)
                return handle.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def _log_report(self) -> str:
        return (
            f"--- last {_LOG_TAIL_LINES} lines of {self.console_log} ---\n"
            f"{_tail(self.console_log)}"
            f"--- (more detail in {self.debug_log}) ---"
        )

    def _signal_group(self, sig: signal.Signals) -> None:
        if self._proc is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._proc.pid, sig)

    def _atexit_kill(self) -> None:
        """Last-resort cleanup at interpreter exit so no JVM outlives the test run."""
        if self.is_running:
            self.stop(timeout=15)

    def _register_atexit(self) -> None:
        if not self._atexit_registered:
            atexit.register(self._atexit_kill)
            self._atexit_registered = True

    def _unregister_atexit(self) -> None:
        if self._atexit_registered:
            atexit.unregister(self._atexit_kill)
            self._atexit_registered = False


class _PortInUseError(Exception):
    """Internal: the chosen Bolt port was taken before the server could bind it."""
