"""A table as read, before any typing: :class:`Row`, :class:`RawTable`, and the header and row
rules that CSV files (:mod:`dknet.io.csvfile`) and workbooks (:mod:`dknet.io.workbook`) share.

Every cell becomes a stripped, NFC-normalised string (``""`` when empty); a header cell becomes
a column name (:func:`normalise_header`); a column named twice, a control character in a name,
too many columns, rows or characters are located problems, never exceptions.

>>> problems = []
>>> header = table_header("a.csv", ["Kommune-nummer", "navn", "NAVN"], problems)
>>> header, [p.expected_text("en") for p in problems]
(['kommune_nummer', 'navn', ''], ['each column once'])
>>> table_rows("a.csv", header, [(2, [5026.0, " Holtålen\\u00a0"]), (3, [None, ""])], problems)
[Row(number=2, cells={'kommune_nummer': '5026', 'navn': 'Holtålen'}, lines=None)]
"""

from __future__ import annotations

import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dknet.io import limits
from dknet.io.problems import Problem
from dknet.messages.msg import Msg, Text

#: How to save a file so that every Norwegian and Sami letter survives.
ENCODING_HINT = Msg("hint.encoding")


@dataclass
class Row:
    """One data row: its Excel row number, its cells by (normalised) column name and, for a CSV
    file, the first and last line of the file it was read from (they differ when a quoted cell
    holds a line break)."""

    number: int
    cells: dict[str, str]
    lines: tuple[int, int] | None = None


@dataclass
class RawTable:
    """A table as read: display name of the file, header, rows, and how it was decoded."""

    file: str
    header: list[str]
    rows: list[Row]
    encoding: str = "utf-8"
    delimiter: str = ","
    problems: list[Problem] = field(default_factory=list)


def normalise_header(name: object) -> str:
    """Header cell → column name: NFC, trimmed, lower case, spaces and hyphens as underscores.

    >>> normalise_header(" Kommune-nummer "), normalise_header("A\\u030arsverk")
    ('kommune_nummer', 'årsverk')
    """
    text = unicodedata.normalize("NFC", str(name if name is not None else "")).replace("\ufeff", "")
    text = text.strip().lower()
    return "_".join(text.replace("-", " ").split())


def cell_text(value: object) -> str:
    """A cell as text: ``""`` for empty, whole floats without ``.0``, no-break spaces as spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value).replace("\u00a0", " ")).strip()


def file_problem(
    file: str, expected: Text, hint: Text = "", row: int | None = None, value: str | None = None
) -> Problem:
    """A problem with a whole file (or a whole row), not with one cell."""
    return Problem(file, row, None, value, expected, hint)


def short_value(text: str, n: int = 40) -> str:
    """A value short enough to print in a problem line."""
    text = text.replace("\n", "⏎").replace("\r", "")
    return text if len(text) <= n else text[:n] + "…"


def unreadable_hint(e: BaseException) -> Msg:
    """What to do about a file that could not be opened or unpacked."""
    if isinstance(e, PermissionError):
        return Msg("hint.permission")
    if isinstance(e, IsADirectoryError):
        return Msg("hint.is_folder")
    if isinstance(e, zipfile.BadZipFile):
        return Msg("hint.zip_damaged")
    return Msg("hint.save_again_detail", detail=f"{type(e).__name__}: {e}")


def table_rows(
    file: str, header: list[str], records: Iterable[tuple[int, list[Any]]], problems: list[Problem]
) -> list[Row]:
    """Rows with cells by column, empty rows left out; cells over ``MAX_CELL_CHARS`` are reported and cut."""
    rows = []
    for number, record in records:
        cells = [cell_text(v) for v in record]
        if not any(cells):
            continue
        for i, c in enumerate(cells):
            if len(c) > limits.MAX_CELL_CHARS:
                column = header[i] if i < len(header) else None
                problems.append(
                    Problem(
                        file,
                        number,
                        column,
                        short_value(c),
                        Msg("expect.cell_chars_has", max=limits.MAX_CELL_CHARS, n=len(c)),
                        Msg("hint.shorten_text"),
                    )
                )
                cells[i] = c[: limits.MAX_CELL_CHARS]
        padded = cells + [""] * (len(header) - len(cells))
        rows.append(Row(number, {h: v for h, v in zip(header, padded, strict=False) if h}))
        if len(rows) > limits.MAX_ROWS:
            problems.append(limits.too_many_rows(file, number))
            rows.pop()
            break
    return rows


def table_header(file: str, raw: list[Any], problems: list[Problem]) -> list[str]:
    """Normalised header; a name that appears twice (ignoring case, spaces, hyphens) is an error.

    A column that cannot be used (a repeated or unprintable name) keeps its place as ``""``.
    """
    header = [normalise_header(h) for h in raw]
    if len(header) > limits.MAX_COLUMNS:
        expected = Msg("expect.max_columns", max=limits.MAX_COLUMNS, n=len(header))
        problems.append(file_problem(file, expected, limits.SPLIT_HINT, row=1))
        header = header[: limits.MAX_COLUMNS]
    seen: dict[str, int] = {}
    for i, h in enumerate(header):
        if not h:
            continue
        if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in h):
            problems.append(
                Problem(
                    file,
                    1,
                    None,
                    h.encode("unicode_escape").decode("ascii"),
                    Msg("expect.clean_column_name"),
                    Msg("hint.retype_column_name"),
                )
            )
            header[i] = ""
            continue
        if h in seen:
            problems.append(
                Problem(
                    file,
                    1,
                    h,
                    str(raw[i]).strip(),
                    Msg("expect.column_once"),
                    Msg("hint.duplicate_column", a=seen[h] + 1, b=i + 1, name=h),
                )
            )
            header[i] = ""  # the first one is used; the second would silently win otherwise
        else:
            seen[h] = i
    return header
