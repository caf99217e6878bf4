"""The real :class:`~dknet.graphdb.runner.QueryRunner`: the official ``neo4j`` driver behind one small class.

The driver is imported here and only when a connection is made, so ``dknet --help`` and the
rest of dknet start without it. Every failure to reach the server, a refused login, a database
that does not exist and a connection lost in the middle of the work become one
:class:`~dknet.graphdb.errors.DatabaseUnreachableError` whose message is one sentence naming the
URI and the environment variables; other server errors become
:class:`~dknet.graphdb.errors.CypherError` naming the ``cypher/`` file. The password is never put
in a message, a ``repr`` or a log.

>>> settings = ConnectionSettings("bolt://localhost:7687", "neo4j", "secret")
>>> settings
ConnectionSettings(uri='bolt://localhost:7687', user='neo4j', database=None)
>>> settings.location
'bolt://localhost:7687'
>>> str(unreachable_message("bolt://localhost:1", "connection refused"))  # doctest: +NORMALIZE_WHITESPACE
'Cannot reach Neo4j at bolt://localhost:1 (connection refused); start the server or point dknet at it with
 --uri or NEO4J_URI (credentials: --user or NEO4J_USER, and NEO4J_PASSWORD; database: --database or NEO4J_DATABASE).'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from dknet._version import __version__
from dknet.graphdb.errors import CypherError, DatabaseUnreachableError
from dknet.graphdb.runner import Counters, QueryResult
from dknet.graphdb.statements import statements
from dknet.messages.msg import Msg

if TYPE_CHECKING:
    from neo4j import Driver

#: URI schemes the driver understands (``+s``: TLS with a CA-signed certificate, as Aura uses).
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"

# The sentences below are messages (texts in dknet/messages/problems.py, ``db.*``), shown in --lang.
_HOW = Msg("db.how")


def unreachable_message(uri: str, reason: str) -> Msg:
    """The sentence for a server that does not answer."""
    return Msg("db.unreachable", uri=uri, reason=reason, how=_HOW)


def auth_message(uri: str, user: str) -> Msg:
    """The sentence for a refused login (the password is not in it)."""
    return Msg("db.auth", uri=uri, user=user)


def database_message(uri: str, database: str | None) -> Msg:
    """The sentence for a database name the server does not have."""
    return Msg("db.no_database", uri=uri, database=database)


def lost_message(uri: str, reason: str) -> Msg:
    """The sentence for a connection that went away after it had worked."""
    return Msg("db.lost", uri=uri, reason=reason, how=_HOW)


def no_password_message(uri: str) -> Msg:
    """The sentence for a missing password where dknet cannot prompt."""
    return Msg("db.no_password", uri=uri)


def reason(exc: BaseException) -> str:
    """A short reason from a driver or socket error (``connection refused``, ``timed out`` …).

    >>> reason(ConnectionRefusedError(111, "Connection refused"))
    'connection refused'
    """
    text = str(exc)
    m = re.search(r"\[Errno -?\d+\] ([^)\]\n]+)", text)
    if m:
        return m.group(1).strip().rstrip(".").lower()
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return first[:160].rstrip(".: ")


def _driver_major(version: str) -> int:
    """The major version of the driver, e.g. 6 for ``6.4.1``.

    >>> _driver_major("5.28.1"), _driver_major("6.0.0a1")
    (5, 6)
    """
    m = re.match(r"\d+", version)
    return int(m.group()) if m else 0


@dataclass(frozen=True)
class ConnectionSettings:
    """Where and how to connect; ``password`` is left out of ``repr`` so it is never printed."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = field(default="", repr=False)
    database: str | None = None

    @property
    def location(self) -> str:
        """``uri`` plus the database when one was chosen, for messages."""
        return self.uri + (f", database {self.database}" if self.database else "")

    def check_uri(self) -> Msg | None:
        """None when the URI has a scheme the driver knows, else what is wrong with it (a catalogue message).

        >>> print(ConnectionSettings("http://localhost:7474").check_uri())
        'http://localhost:7474' is not a Neo4j URI: use bolt://host:7687, neo4j://host:7687 or neo4j+s://… (Aura)
        >>> ConnectionSettings("http://localhost:7474").check_uri().render("nb")[:45]
        '«http://localhost:7474» er ikke en Neo4j-adre'
        """
        scheme = self.uri.split("://", 1)[0] if "://" in self.uri else ""
        if scheme in SCHEMES:
            return None
        return Msg("db.not_a_uri", uri=self.uri)


class Neo4jRunner:
    """Runs dknet's statements on a Neo4j server through the official driver (a context manager).

    Each :meth:`run` is one managed transaction (``driver.execute_query``): it commits as a whole
    or not at all, and transient failures are retried for up to ``retry_seconds``. Notifications
    are switched off so the driver neither logs nor warns about them.
    """

    def __init__(
        self, settings: ConnectionSettings, *, retry_seconds: float = 15.0, connect_timeout: float = 5.0
    ) -> None:
        import neo4j

        self.settings = settings
        self.location = settings.location
        self._connected = False
        self._ids = {s.text: s.id for s in statements().values()}
        off = neo4j.NotificationMinimumSeverity.OFF
        # warn_notification_severity exists since driver 5.21 (a preview there, stable in 6.x); the
        # server-side filter (notifications_min_severity) already keeps notifications away.
        quiet: dict[str, Any] = {"warn_notification_severity": off} if _driver_major(neo4j.__version__) >= 6 else {}
        try:
            self._driver: Driver = neo4j.GraphDatabase.driver(
                settings.uri,
                auth=(settings.user, settings.password),
                user_agent=f"dknet/{__version__}",
                connection_timeout=connect_timeout,
                # Bounds the Bolt handshake too: something else on the port would hang for 60 s.
                connection_acquisition_timeout=2 * connect_timeout,
                max_transaction_retry_time=retry_seconds,
                notifications_min_severity=off,
                **quiet,
            )
        except (ValueError, neo4j.exceptions.ConfigurationError) as e:
            raise DatabaseUnreachableError(unreachable_message(settings.uri, reason(e)), uri=settings.uri) from e

    def verify(self) -> Self:
        """Check that the server answers and accepts the login (raises DatabaseUnreachableError)."""
        try:
            self._driver.verify_connectivity()
        except Exception as e:
            raise self._translate(e, None) from e
        self._connected = True
        return self

    def run(self, query: str, params: Mapping[str, Any] | None = None, *, read_only: bool = False) -> QueryResult:
        """Run ``query`` in one transaction; all rows as dicts, and the summary counters."""
        import neo4j

        try:
            result = self._driver.execute_query(
                query,
                dict(params or {}),
                routing_=neo4j.RoutingControl.READ if read_only else neo4j.RoutingControl.WRITE,
                database_=self.settings.database,
            )
        except Exception as e:
            raise self._translate(e, query) from e
        self._connected = True
        return QueryResult([r.data() for r in result.records], Counters.from_summary(result.summary.counters))

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _translate(self, e: Exception, query: str | None) -> Exception:
        """Turn a driver error into dknet's: unreachable/auth/database (exit 4) or a Cypher error."""
        from neo4j import exceptions as ne

        uri = self.settings.uri
        if isinstance(e, ne.AuthError):
            return DatabaseUnreachableError(auth_message(uri, self.settings.user), uri=uri)
        if isinstance(e, ne.Neo4jError) and (e.code or "").endswith("DatabaseNotFound"):
            return DatabaseUnreachableError(database_message(uri, self.settings.database), uri=uri)
        if isinstance(
            e, ne.ServiceUnavailable | ne.SessionExpired | ne.DatabaseUnavailable | ne.ConnectionPoolError | OSError
        ):
            why = reason(e)
            message = lost_message(uri, why) if self._connected else unreachable_message(uri, why)
            return DatabaseUnreachableError(message, uri=uri)
        if isinstance(e, ne.Neo4jError | ne.DriverError):
            name: Msg | str = self._ids.get(query or "") or Msg("db.a_statement")
            error = e.message if isinstance(e, ne.Neo4jError) else str(e)  # the server's words, as they are
            return CypherError(Msg("db.rejected", uri=uri, statement=name, error=error))
        return e


def connect(settings: ConnectionSettings, *, retry_seconds: float = 15.0) -> Neo4jRunner:
    """Open a verified connection (raises DatabaseUnreachableError with one clear sentence).

    Use it as a context manager so the driver is closed::

        with connect(ConnectionSettings(uri, user, password)) as runner:
            push(G, runner)
    """
    if problem := settings.check_uri():
        raise DatabaseUnreachableError(problem, uri=settings.uri)
    runner = Neo4jRunner(settings, retry_seconds=retry_seconds)
    try:
        return runner.verify()
    except BaseException:
        runner.close()
        raise
