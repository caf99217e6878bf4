"""Errors raised by dknet. Each also subclasses the built-in a caller would expect to catch.

The CLI turns these into one clear message and a documented exit code (see ``ExitCode``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dknet.io.problems import Problem


_PLURAL = {"municipality": "municipalities", "county": "counties"}


class DknetError(Exception):
    """Base class of every error dknet raises on purpose."""


class DataValidationError(DknetError, ValueError):
    """A data directory has problems; ``problems`` lists them all (errors and warnings)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        super().__init__(f"{len(errors)} problem(s) in the data; nothing was built or written")


class UnknownNameError(DknetError, LookupError):
    """A municipality, county or office name that matches nothing; ``suggestions`` are the closest."""

    def __init__(self, kind: str, query: str, suggestions: Sequence[str] = (), hint: str = "") -> None:
        self.kind = kind
        self.query = query
        self.suggestions = list(suggestions)
        msg = f"no {kind} matches {query!r}"
        if hint:
            msg += f": {hint}"
        elif self.suggestions:
            msg += ". Did you mean " + " or ".join(self.suggestions) + "?"
        super().__init__(msg)


class AmbiguousNameError(DknetError, LookupError):
    """A name that matches more than one thing; ``choices`` lists them so the user can pick."""

    def __init__(self, kind: str, query: str, choices: Sequence[str]) -> None:
        self.kind = kind
        self.query = query
        self.choices = list(choices)
        super().__init__(
            f"{query!r} matches {len(self.choices)} {_PLURAL.get(kind, kind + 's')}: "
            + "; ".join(self.choices)
            + ". Give the number instead."
        )


class ConfigError(DknetError, ValueError):
    """A configuration file or option has an invalid value."""
