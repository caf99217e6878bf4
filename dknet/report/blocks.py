"""The building blocks a report section is made of: figures, paragraphs, tables, SVG.

Sections (:mod:`dknet.report.sections`) produce these plain values; the template
(``templates/report.html.j2``) draws them. Keeping the two apart means a test can read what a
section says without parsing HTML, and the template stays free of logic about the data.

>>> t = Table(["Kommune", "Folketall"], numeric={1})
>>> t.add(["Holtålen", "2 037"], illustrative=True)
>>> t.illustrative_rows, len(t.rows)
(1, 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup


@dataclass
class Row:
    """One table row; ``note`` is a line under it spanning the table (reasons), ``illustrative`` marks it ‡."""

    cells: list[str]
    illustrative: bool = False
    note: str = ""


@dataclass
class Table:
    """A table: column headings, rows, which columns are numbers (right-aligned), an optional caption."""

    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)
    caption: str = ""
    kind: str = "table"

    def add(self, cells: list[str], *, illustrative: bool = False, note: str = "") -> None:
        """Append a row."""
        self.rows.append(Row([str(c) for c in cells], illustrative, note))

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
            self.blocks.append(Block("text", text=text))

    def bullets(self, items: list[str]) -> None:
        """A bulleted list."""
        if items:
            self.blocks.append(Block("list", items=items))

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
