"""Errors raised by dknet. Each also subclasses the built-in a caller would expect to catch.

The CLI turns these into one clear message and a documented exit code (see ``ExitCode``).

An error carries its message as a catalogue key and fields (:class:`~dknet.messages.msg.Msg`),
so it can be shown in the reader's language: ``str(e)`` is English (for programmers and logs),
``e.message("nb")`` is what the CLI prints for ``--lang nb``. ``DknetError(key, **fields)`` takes
a key of :mod:`dknet.messages`; text that is not a key is kept as it is (not translated).

>>> e = DknetError("error.report.scope")
>>> str(e)
'a report needs a county, an SF office or one municipality'
>>> e.message("nn")
'ein rapport treng eit fylke, eit statsforvaltarembete eller éin kommune'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from dknet.messages import MESSAGES
from dknet.messages.msg import Either, Field, Msg, Text, render

if TYPE_CHECKING:
    from dknet.io.problems import Problem

#: The kinds of name an index resolves, and the catalogue stem of their words (``kind.<stem>``).
KINDS = {
    "municipality": "municipality",
    "county": "county",
    "state administrator office": "sf",
    "SF office": "sf",
    "named query": "query",
    "arena": "arena",
}


def kind_stem(kind: str) -> str:
    """The catalogue stem for a kind of name (``municipality`` → ``municipality``, others → ``other``)."""
    return KINDS.get(kind, "other")


class DknetError(Exception):
    """Base class of every error dknet raises on purpose; ``text`` is its message (see the module)."""

    def __init__(self, message: Text = "", /, **fields: Field) -> None:
        if isinstance(message, Msg):
            self.text: Text = message
        elif message in MESSAGES:
            self.text = Msg(message, **fields)
        else:
            self.text = message
        super().__init__(render(self.text, "en"))

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` (``nb``, ``nn``, ``en``)."""
        return render(self.text, lang)

    def __str__(self) -> str:
        return render(self.text, "en")


class DataValidationError(DknetError, ValueError):
    """A data directory has problems; ``problems`` lists them all (errors and warnings)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        super().__init__(Msg("error.data_invalid", n=len(errors)))


class UnknownNameError(DknetError, LookupError):
    """A municipality, county or office name that matches nothing; ``suggestions`` are the closest.

    ``hint`` (a message) says more when the reason is known (an old number, a lost leading zero).

    >>> e = UnknownNameError("municipality", "holtaln", ["Holtålen (5026, Trøndelag)"])
    >>> str(e)
    "no municipality matches 'holtaln'. Did you mean Holtålen (5026, Trøndelag)?"
    >>> e.message("nb")
    'Fant ingen kommune som passer til «holtaln». Mente du Holtålen (5026, Trøndelag)?'
    """

    def __init__(self, kind: str, query: str, suggestions: Sequence[str] = (), hint: Text = "") -> None:
        self.kind = kind
        self.query = query
        self.suggestions = list(suggestions)
        self.hint: Text = hint
        stem = kind_stem(kind)
        head = Msg(f"name.unknown.{stem}", query=query, kind=kind)
        if hint:
            msg = Msg("name.unknown.with_hint", head=head, hint=hint)
        elif self.suggestions:
            msg = Msg("name.unknown.did_you_mean", head=head, close=Either(self.suggestions))
        else:
            msg = head
        super().__init__(msg)


class AmbiguousNameError(DknetError, LookupError):
    """A name that matches more than one thing; ``choices`` lists them so the user can pick.

    >>> e = AmbiguousNameError("municipality", "herøy", ["Herøy (1515, Møre og Romsdal)", "Herøy (1818, Nordland)"])
    >>> e.message("nb")
    '«herøy» passer til 2 kommuner: Herøy (1515, Møre og Romsdal); Herøy (1818, Nordland). Oppgi nummeret i stedet.'
    """

    def __init__(self, kind: str, query: str, choices: Sequence[str]) -> None:
        self.kind = kind
        self.query = query
        self.choices = list(choices)
        super().__init__(
            Msg(
                f"name.ambiguous.{kind_stem(kind)}",
                query=query,
                n=len(self.choices),
                choices="; ".join(self.choices),
                kind=kind,
            )
        )


class ConfigError(DknetError, ValueError):
    """A configuration file or option has an invalid value."""


class ChoiceError(DknetError, ValueError):
    """A word that is not in dknet's vocabulary (a purpose, gap kind, map view …; :func:`dknet.errors.choose`).

    >>> str(ChoiceError("choice.purpose", value="kontor", choices="office, network"))
    "purpose 'kontor' is not understood; choose one of office, network"
    """


W = TypeVar("W", bound=str)


def choose(value: object, choices: tuple[W, ...], *, key: str) -> W:
    """``value`` as the word of ``choices`` it equals, else a :class:`~dknet.errors.ChoiceError` (catalogue ``key``).

    The check at the edge of the library (the api) of the words in :mod:`dknet.schema`; the CLI offers the
    same tuples through ``click.Choice``.

    >>> from dknet.schema import PURPOSES
    >>> choose("network", PURPOSES, key="choice.purpose")
    'network'
    >>> choose("kontor", PURPOSES, key="choice.purpose")
    Traceback (most recent call last):
    ...
    dknet.errors.ChoiceError: purpose 'kontor' is not understood; choose one of office, network
    """
    for word in choices:
        if value == word:
            return word
    raise ChoiceError(key, value=str(value), choices=", ".join(choices))
