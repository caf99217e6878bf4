"""Errors of the Neo4j integration. Like :mod:`dknet.errors`, each also subclasses a built-in.

The CLI maps :class:`DatabaseUnreachableError` to exit code 4
(:attr:`dknet.schema.ExitCode.DATABASE_UNREACHABLE`), :class:`QueryParameterError` to a usage
error (exit 2) and the others to exit 1. Messages never contain the password.
"""

from __future__ import annotations

from collections.abc import Sequence

from dknet.errors import DknetError
from dknet.messages.msg import Text, semicolons

#: The environment variables that point dknet at a server; every connection error names them.
ENV_VARS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


class DatabaseUnreachableError(DknetError, ConnectionError):
    """Neo4j could not be reached, refused the login, or went away in the middle of the work.

    ``uri`` is the server's address; the message is one sentence that names it and the
    environment variables (:data:`ENV_VARS`), a catalogue message shown in the reader's language.
    """

    def __init__(self, message: Text, *, uri: str) -> None:
        super().__init__(message)
        self.uri = uri


class PushInterruptedError(DatabaseUnreachableError):
    """The connection was lost during ``push``; ``batches_done`` of ``batches_total`` were committed."""

    def __init__(self, message: Text, *, uri: str, batches_done: int, batches_total: int) -> None:
        super().__init__(message, uri=uri)
        self.batches_done = batches_done
        self.batches_total = batches_total


class CypherError(DknetError, RuntimeError):
    """Neo4j rejected a statement (syntax, a constraint, a missing feature); names the statement."""


class QueryParameterError(DknetError, ValueError):
    """Wrong parameters for a named query; ``problems`` lists every one (catalogue messages)."""

    def __init__(self, problems: Sequence[Text]) -> None:
        self.problems = list(problems)
        super().__init__(semicolons(self.problems))
