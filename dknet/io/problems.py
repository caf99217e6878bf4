"""One problem found in a data file, located the way a user sees it in Excel.

A problem carries *what* is wrong as catalogue messages (:class:`~dknet.messages.msg.Msg`, a key
and its fields) next to *where* (file, row, column, value); it is put into words when shown
(:meth:`Problem.describe` in bokmål, nynorsk or English), so the code that finds it need not know
the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dknet.messages import DEFAULT_LANG, t
from dknet.messages.msg import Msg, Text, render, text_data, text_from


class Severity(StrEnum):
    """``error`` blocks loading (exit 3); ``warning`` is reported and the data is used."""

    ERROR = "error"
    WARNING = "warning"

    def label(self, lang: str = DEFAULT_LANG) -> str:
        """``feil`` / ``advarsel`` (nb), ``feil`` / ``åtvaring`` (nn), ``error`` / ``warning`` (en)."""
        return t(f"problem.severity.{self.value}", lang)


@dataclass(frozen=True)
class Problem:
    """A located problem: file, Excel row (1 = the header row), column, value, expectation, hint.

    ``expected`` and ``hint`` are messages (or, for text from elsewhere such as the operating
    system, plain strings), rendered in a language by :meth:`describe`.

    >>> expected = Msg("expect.ref.municipality", width=4)
    >>> p = Problem("kommuner.csv", 3, "kommunenummer", "31", expected, Msg("hint.did_you_mean", close="0031"))
    >>> print(p.describe("en"))  # doctest: +NORMALIZE_WHITESPACE
    kommuner.csv, row 3, column kommunenummer: value "31": expected a municipality number (4 digits,
    2024 division) or name. Hint: did you mean 0031?
    >>> print(p.describe("nb"))  # doctest: +NORMALIZE_WHITESPACE
    kommuner.csv, rad 3, kolonne kommunenummer: verdi «31»: forventet et kommunenummer (4 sifre,
    inndelingen fra 2024) eller et kommunenavn. Tips: mente du 0031?
    >>> p.as_dict()["hint"], p.as_dict()["key"]
    ('did you mean 0031?', 'expect.ref.municipality')
    """

    file: str
    row: int | None
    column: str | None
    value: str | None
    expected: Text
    hint: Text = ""
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        """True when this problem blocks loading."""
        return self.severity is Severity.ERROR

    @property
    def key(self) -> str:
        """The catalogue key of what was expected ("" for plain text): stable, for programs."""
        return self.expected.key if isinstance(self.expected, Msg) else ""

    def expected_text(self, lang: str = DEFAULT_LANG) -> str:
        """What was expected (for a warning: what happened), in ``lang``."""
        return render(self.expected, lang)

    def hint_text(self, lang: str = DEFAULT_LANG) -> str:
        """How to fix it, in ``lang`` ("" when there is no hint)."""
        return render(self.hint, lang)

    def describe(self, lang: str = DEFAULT_LANG) -> str:
        """One line a planner can act on, naming file, row, column and value, in ``lang``."""
        where = [self.file]
        if self.row is not None:
            where.append(t("problem.row", lang, row=self.row))
        if self.column:
            where.append(t("problem.column", lang, column=self.column))
        text = ", ".join(where) + ": "
        if self.value is not None:
            text += t("problem.value", lang, value=self.value) + ": "
        expected = self.expected_text(lang)
        text += t("problem.expected", lang, expected=expected) if self.is_error else f"{expected}."
        hint = self.hint_text(lang)
        if hint:
            text += " " + t("problem.hint", lang, hint=hint)
        return text

    def as_dict(self) -> dict[str, object]:
        """Plain dict for JSON output: stable keys, ``expected`` and ``hint`` in English.

        ``key`` and ``hint_key`` are the catalogue keys (stable for programs that match on them).
        """
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "expected": self.expected_text("en"),
            "hint": self.hint_text("en"),
            "severity": str(self.severity),
            "key": self.key,
            "hint_key": self.hint.key if isinstance(self.hint, Msg) else "",
        }

    def to_data(self) -> dict[str, Any]:
        """JSON data that :meth:`from_data` reads back (the graph cache keeps warnings so)."""
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "expected": text_data(self.expected),
            "hint": text_data(self.hint),
            "severity": str(self.severity),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Problem:
        """The problem :meth:`to_data` wrote."""
        return cls(
            str(data["file"]),
            data.get("row"),
            data.get("column"),
            data.get("value"),
            text_from(data.get("expected", "")),
            text_from(data.get("hint", "")),
            Severity(data.get("severity", "error")),
        )
