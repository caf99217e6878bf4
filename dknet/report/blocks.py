"""The building blocks a report section is made of: figures, paragraphs, tables, SVG.

Sections (:mod:`dknet.report.sections`) produce these plain values; the template
(``templates/report.html.j2``) draws them. Keeping the two apart means a test can read what a
section says without parsing HTML, and the template stays free of logic about the data.

>>> t = Table(["kommune", "folketall"], numeric={1})
>>> t.add(["Holtålen", "2 037"], illustrative=True)
>>> t.headers, t.illustrative_rows, len(t.rows)
(['Kommune', 'Folketall'], 1, 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from dknet.present.numbers import NBSP, number, percent


def num(value: Any, lang: str, decimals: int = 0) -> str:
    """A number in a report cell (:func:`dknet.present.numbers.number`): ``decimals`` fixed, and
    no-break spaces, so that ``2 037`` stays on one line.

    >>> num(2037.4, "nb"), num(0.6789, "nn", 2), num(None, "en")
    ('2\\xa0037', '0,68', '')
    """
    return number(value, lang, decimals=decimals, space=NBSP)


def pct(share: float | None, lang: str, decimals: int = 1) -> str:
    """A share as a percentage in a report cell: ``decimals`` fixed, a no-break space before ``%``.

    >>> pct(0.26, "nb"), pct(0.265, "en", 0)
    ('26,0\\xa0%', '26%')
    """
    return percent(share, lang, decimals=decimals, space=NBSP)


_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d)|%)")


def nobreak(text: str) -> str:
    """``text`` with no-break spaces inside the numbers the analyses wrote for a terminal.

    Reasons and details use plain spaces (``2 100 innbyggere``, ``27 % er 67+``); in the report
    they get the no-break space :func:`num` writes, so a number never breaks across lines.

    >>> nobreak("liten: 2 100 innbyggere; aldrende: 27 % er 67+; 3 av 15")
    'liten: 2\\xa0100 innbyggere; aldrende: 27\\xa0% er 67+; 3 av 15'
    """
    return _NUMBER_SPACE.sub(NBSP, text)


@dataclass
class Row:
    """One table row; ``note`` is a line under it spanning the table (reasons), ``illustrative`` marks it ‡."""

    cells: list[str]
    illustrative: bool = False
    note: str = ""


@dataclass
class Table:
    """A table: column headings, rows, which columns are numbers (right-aligned), an optional caption.

    Headings begin with a capital letter (the catalogue's column names are lower case: ``likhet``
    is the heading ``Likhet``).
    """

    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)
    caption: str = ""
    kind: str = "table"

    def __post_init__(self) -> None:
        self.headers = [h[:1].upper() + h[1:] for h in self.headers]

    def add(self, cells: list[str], *, illustrative: bool = False, note: str = "") -> None:
        """Append a row."""
        self.rows.append(Row([nobreak(str(c)) for c in cells], illustrative, nobreak(note)))

    @property
    def illustrative_rows(self) -> int:
        """How many rows rest on illustrative records."""
        return sum(r.illustrative for r in self.rows)


@dataclass
class Figure:
    """One summary figure: a label, the value as text, and whether it rests on illustrative records."""

    label: str
    value: str
    illustrative: bool = False


@dataclass
class Block:
    """One piece of a section, drawn in order: ``kind`` is heading, text, list, figures, table or svg."""

    kind: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    table: Table | None = None
    svg: Markup | None = None


@dataclass
class Section:
    """A report section: an id (the anchor, stable across languages), a heading and its blocks."""

    id: str
    heading: str
    blocks: list[Block] = field(default_factory=list)

    def subheading(self, text: str) -> None:
        """A sub-heading."""
        self.blocks.append(Block("heading", text=text))

    def text(self, text: str) -> None:
        """A paragraph."""
        if text:
            self.blocks.append(Block("text", text=nobreak(text)))

    def bullets(self, items: list[str]) -> None:
        """A bulleted list."""
        if items:
            self.blocks.append(Block("list", items=[nobreak(i) for i in items]))

    def figures(self, figures: list[Figure]) -> None:
        """A row of summary figures."""
        self.blocks.append(Block("figures", figures=figures))

    def table(self, table: Table) -> Table:
        """A table (returned, so rows can be added after placing it)."""
        self.blocks.append(Block("table", table=table))
        return table

    def svg(self, svg: Markup) -> None:
        """A map or chart."""
        if svg:
            self.blocks.append(Block("svg", svg=svg))

    @property
    def tables(self) -> list[Table]:
        """The section's tables, in order."""
        return [b.table for b in self.blocks if b.table is not None]
