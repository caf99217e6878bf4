"""One problem found in a data file, located the way a user sees it in Excel."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    """``error`` blocks loading (exit 3); ``warning`` is reported and the data is used."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """A located problem: file, Excel row (1 = the header row), column, value, expectation, hint.

    >>> p = Problem("kommuner.csv", 3, "kommunenummer", "301", "a 4-digit number", "did you mean 0301?")
    >>> p.describe()
    'kommuner.csv, row 3, column kommunenummer: value "301": expected a 4-digit number. Hint: did you mean 0301?'
    """

    file: str
    row: int | None
    column: str | None
    value: str | None
    expected: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        """True when this problem blocks loading."""
        return self.severity is Severity.ERROR

    def describe(self) -> str:
        """One line a planner can act on, naming file, row, column and value."""
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        text = ", ".join(where) + ": "
        if self.value is not None:
            text += f'value "{self.value}": '
        text += f"expected {self.expected}." if self.is_error else f"{self.expected}."
        if self.hint:
            text += f" Hint: {self.hint}"
        return text

    def as_dict(self) -> dict[str, object]:
        """Plain dict for JSON/CSV output."""
        d = asdict(self)
        d["severity"] = str(self.severity)
        return d
