"""Check and type the cells of one table against its layer in :mod:`dknet.schema`.

Every problem is collected, never raised one at a time: a user fixing a file wants the whole
list. Values that a Norwegian Excel writes in its own way are accepted and converted: decimal
comma (``1,5``), spaces as thousands separators (``2 037``), percentages (``26,5 %`` in a share
column), ``ja``/``nei``.

>>> parse_number("1 234,5"), parse_number("0.5"), parse_number("26,5 %")
(1234.5, 0.5, 0.265)
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import pandas as pd

from dknet.errors import AmbiguousNameError, UnknownNameError, kind_stem
from dknet.io.conflicts import TRACKING_COLUMNS
from dknet.io.problems import Problem, Severity
from dknet.io.rawtable import ENCODING_HINT, RawTable, Row
from dknet.messages.msg import Either, Msg, Text
from dknet.names import NameIndex, looks_damaged, skeleton
from dknet.schema import USER_SOURCE, Column, ColumnType, Layer

_TRUE = {"ja", "j", "true", "sann", "yes", "y", "1", "x"}
_FALSE = {"nei", "n", "false", "usann", "no", "0"}
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)?|[.,]\d+)$")


#: Largest whole number accepted (2**53 - 1: exact as a float, fits the Int64 columns).
MAX_WHOLE = 2**53 - 1

#: Free-text columns where a line break inside a quoted CSV cell is expected (a description, a remark).
#: Anywhere else a quoted cell that spans lines is a quote closed too late, which swallows rows (M4).
MULTILINE_COLUMNS = frozenset({"beskrivelse", "merknad"})

_DIRECTION = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def invisible_characters(text: str, *, allow_breaks: bool = False) -> list[str]:
    """Control, direction (bidi) and invisible characters in ``text``, named as U+XXXX.

    Line breaks and tabs are allowed in free text (``allow_breaks``), never in ids or numbers.

    >>> invisible_characters("Holtålen\\u202e"), invisible_characters("a\\nb", allow_breaks=True)
    (['U+202E'], [])
    """
    found = []
    for ch in text:
        if allow_breaks and ch in "\n\t\r":
            continue
        if unicodedata.category(ch) == "Cc" or ch in _DIRECTION or ch in _INVISIBLE:
            found.append(f"U+{ord(ch):04X}")
    return sorted(set(found))


def _bound(x: float | None) -> str:
    """A range limit as people write it: 2100, 0.5, 9007199254740991 (no exponent)."""
    return f"{x:.0f}" if x is not None and float(x).is_integer() else f"{x:g}"


def parse_number(text: str) -> float | None:
    """Read a number as Norwegians write it; None when it is not one. ``%`` divides by 100."""
    t = text.replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
    percent = t.endswith("%")
    t = t.rstrip("%")
    if "," in t and "." in t:
        # The later separator is the decimal one: 1.234,5 or 1,234.5.
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if dec == "," else ",", "").replace(dec, ".")
    t = t.replace(",", ".")
    if not _NUMBER.match(t):
        return None
    value = float(t)
    if not math.isfinite(value):
        return None
    return value / 100 if percent else value


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y")


def parse_date(text: str) -> str | None:
    """Read a calendar day (ISO or Norwegian ``dd.mm.yyyy``) as ISO text; None when it is not one.

    Excel cells read as date-times (``2024-10-03 00:00:00``) count as the day.

    >>> parse_date("03.10.2024"), parse_date("2024-10-03 00:00:00"), parse_date("31.02.2024")
    ('2024-10-03', '2024-10-03', None)
    """
    t = text.strip()
    if len(t) == 19 and t.endswith(" 00:00:00"):
        t = t[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(t, fmt).date().isoformat()
        except ValueError:
            continue
    return None


class Checker:
    """Types the cells of one table; ``problems`` collects what is wrong, with Excel row numbers.

    ``municipalities`` and ``counties`` resolve numbers and names in reference columns.
    """

    def __init__(
        self,
        table: RawTable,
        layer: Layer,
        municipalities: NameIndex | None,
        counties: NameIndex | None,
        *,
        partial: bool = False,
        default_source: str = USER_SOURCE,
    ) -> None:
        self.default_source = default_source
        self.partial = partial  # only the key is required: the file updates some columns of known rows
        self.table = table
        self.layer = layer
        self.municipalities = municipalities
        self.counties = counties
        self.problems: list[Problem] = []

    def problem(self, row: int | None, col: str | None, value: str | None, expected: Text, hint: Text = "") -> None:
        """Record an error."""
        self.problems.append(Problem(self.table.file, row, col, value, expected, hint))

    def warn(self, row: int | None, col: str | None, value: str | None, message: Text, hint: Text = "") -> None:
        """Record a warning (data is still used)."""
        self.problems.append(Problem(self.table.file, row, col, value, message, hint, Severity.WARNING))

    def run(self) -> pd.DataFrame:
        """Check every row and return the typed DataFrame (with ``_row`` holding Excel row numbers)."""
        if self.table.header or not any(p.is_error for p in self.table.problems):
            self._check_header()  # an unreadable file has no header to complain about
        columns = [c for c in self.layer.columns if c.name in self.table.header]
        records: list[dict[str, object]] = []
        for row in self.table.rows:
            rec: dict[str, object] = {"_row": row.number}
            swallowed = self._late_quotes(row)
            for col in columns:
                text = row.cells.get(col.name, "")
                rec[col.name] = None if col.name in swallowed else self._cell(row.number, col, text)
            self._check_row(row.number, rec)
            records.append(rec)
        df = pd.DataFrame.from_records(records, columns=["_row", *[c.name for c in columns]])
        for col in self.layer.columns:
            if col.name not in df.columns:
                df[col.name] = None
        if "source" in df.columns:
            df["source"] = df["source"].where(df["source"].notna() & (df["source"] != ""), self.default_source)
        self._check_duplicates(df)
        return _typed(df[["_row", *self.layer.column_names]], self.layer)

    def _late_quotes(self, row: Row) -> set[str]:
        """Columns of a CSV row whose quoted cell spans lines where no line break belongs (reported).

        A quote opened in one line and closed lines later makes the rows between part of one
        cell: they vanish without a word. That is an error in every column but a description
        (:data:`MULTILINE_COLUMNS`), and there too when a swallowed line looks like a row (it
        holds as many separators as a row). Located at the line where the quote opened.
        """
        if row.lines is None or row.lines[0] == row.lines[1]:
            return set()
        found: set[str] = set()
        line = row.lines[0]
        separators = max(2, len(self.table.header) - 1)
        for name, text in row.cells.items():
            breaks = text.count("\n")
            if breaks and (
                name not in MULTILINE_COLUMNS
                or any(part.count(self.table.delimiter or ",") >= separators for part in text.split("\n")[1:])
            ):
                self.problem(
                    row.number,
                    name,
                    text.split("\n")[0][:40] + "⏎…",
                    Msg("expect.one_line", line=line, end=line + breaks),
                    Msg("hint.late_quote", line=line),
                )
                found.add(name)
            line += breaks
        return found

    def _check_row(self, number: int, rec: dict[str, object]) -> None:
        """Rules between the cells of one row: a pair of two different municipalities (L6), a plan's
        year and date that agree (L8), a period that does not end before it starts."""
        name = self.layer.name
        a, b = rec.get("kommune_a"), rec.get("kommune_b")
        if name in ("grenser", "sjonaboer") and a is not None and a == b:
            self.problem(
                number, "kommune_b", str(b), Msg("expect.two_municipalities"), Msg("hint.self_border", code=str(b))
            )
        year, day = rec.get("vedtatt_aar"), rec.get("vedtatt_dato")
        if isinstance(year, int) and isinstance(day, str) and int(day[:4]) != year:
            self.problem(
                number, "vedtatt_aar", str(year), Msg("expect.year_of_date", year=day[:4]), Msg("hint.year_of_date")
            )
        start, end = rec.get("fra_aar"), rec.get("til_aar")
        if isinstance(start, int) and isinstance(end, int) and end < start:
            self.problem(number, "til_aar", str(end), Msg("expect.at_least", lo=str(start)), Msg("hint.years_in_order"))

    def _check_header(self) -> None:
        known = set(self.layer.column_names)
        for col in self.layer.columns:
            if self._required(col) and col.name not in self.table.header:
                close = [h for h in self.table.header if skeleton(h) == skeleton(col.name)]
                self.problem(
                    1,
                    col.name,
                    None,
                    Msg("expect.required_column", column=col.name, title=col.nb),
                    Msg("hint.rename_column", close=close[0], column=col.name) if close else Msg("hint.add_column"),
                )
        for h in self.table.header:
            if h and h not in known and h not in TRACKING_COLUMNS:  # sist_endret, endret_av: dknet.io.conflicts
                self.warn(
                    1,
                    h,
                    None,
                    Msg("warn.unknown_column"),
                    Msg("hint.columns_are", columns=", ".join(self.layer.column_names)),
                )

    def _required(self, col: Column) -> bool:
        return col.name in self.layer.key if self.partial else col.required

    def _cell(self, row: int, col: Column, text: str) -> object:
        if text == "":
            if self._required(col):
                self.problem(row, col.name, "", Msg("expect.required_value", title=col.nb))
            return None
        hidden = invisible_characters(text, allow_breaks=col.type is ColumnType.TEXT)
        if hidden:
            self.problem(
                row,
                col.name,
                text.encode("unicode_escape").decode("ascii")[:80],
                Msg("expect.no_controls", found=", ".join(hidden)),
                Msg("hint.invisible_pasted"),
            )
            return None
        if col.type is ColumnType.TEXT and looks_damaged(text):
            self.problem(row, col.name, text, Msg("expect.undamaged_text"), ENCODING_HINT)
            return text
        parse: Callable[[int, Column, str], object] = {
            ColumnType.KOMMUNENUMMER: self._municipality,
            ColumnType.FYLKESNUMMER: self._county,
            ColumnType.INT: self._int,
            ColumnType.YEAR: self._int,
            ColumnType.FLOAT: self._float,
            ColumnType.SHARE: self._float,
            ColumnType.BOOL: self._bool,
            ColumnType.ENUM: self._enum,
            ColumnType.DATE: self._date,
        }.get(col.type, lambda r, c, t: t)
        return parse(row, col, text)

    def _resolve(self, index: NameIndex | None, row: int, col: Column, text: str) -> str | None:
        if index is None:
            return text
        try:
            return index.resolve(text)
        except UnknownNameError as e:
            stem = "county" if kind_stem(index.kind) == "county" else "municipality"
            expected = Msg(f"expect.ref.{stem}", width=index.width)
            hint: Text = e.hint
            if not hint and e.suggestions:
                hint = Msg("hint.did_you_mean", close=Either(e.suggestions))
            as_decimal = re.fullmatch(r"(\d+)[.,]0+", text.strip())
            if as_decimal:
                hint = Msg("hint.saved_with_decimals", digits=as_decimal.group(1).zfill(index.width))
            self.problem(row, col.name, text, expected, hint)
        except AmbiguousNameError as e:
            stem = "county" if kind_stem(index.kind) == "county" else "municipality"
            self.problem(
                row, col.name, text, Msg(f"expect.one.{stem}"), Msg("hint.ambiguous", choices="; ".join(e.choices))
            )
        return None

    def _municipality(self, row: int, col: Column, text: str) -> str | None:
        return self._resolve(self.municipalities, row, col, text)

    def _county(self, row: int, col: Column, text: str) -> str | None:
        return self._resolve(self.counties, row, col, text)

    def _number(self, row: int, col: Column, text: str) -> float | None:
        value = parse_number(text)
        if value is None:
            self.problem(row, col.name, text, Msg("expect.number", title=col.nb), Msg("hint.digits_only"))
            return None
        if col.type is ColumnType.SHARE and 1 < value <= 100 and not text.strip().endswith("%"):
            self.problem(
                row,
                col.name,
                text,
                Msg("expect.share"),
                Msg("hint.percentage", share=f"{value / 100:g}", text=text),
            )
            return None
        lo = 0.0 if col.type is ColumnType.SHARE else col.minimum
        hi = 1.0 if col.type is ColumnType.SHARE else col.maximum
        if col.type is ColumnType.YEAR:
            lo, hi = 1950, 2100
        if col.type is ColumnType.INT:  # a whole number must fit the 64-bit integers it is stored in
            lo = -MAX_WHOLE if lo is None else lo
            hi = MAX_WHOLE if hi is None else hi
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            rng = (
                Msg("expect.between", lo=_bound(lo), hi=_bound(hi))
                if lo is not None and hi is not None
                else (Msg("expect.at_least", lo=_bound(lo)) if lo is not None else Msg("expect.at_most", hi=_bound(hi)))
            )
            self.problem(row, col.name, text, rng)
            return None
        return value

    def _int(self, row: int, col: Column, text: str) -> int | None:
        value = self._number(row, col, text)
        if value is None:
            return None
        if not float(value).is_integer():
            self.problem(
                row,
                col.name,
                text,
                Msg("expect.whole_number"),
                Msg("hint.decimal_comma"),
            )
            return None
        return int(value)

    def _float(self, row: int, col: Column, text: str) -> float | None:
        return self._number(row, col, text)

    def _bool(self, row: int, col: Column, text: str) -> bool | None:
        t = text.strip().casefold()
        if t in _TRUE:
            return True
        if t in _FALSE:
            return False
        self.problem(row, col.name, text, Msg("expect.ja_nei"))
        return None

    def _date(self, row: int, col: Column, text: str) -> str | None:
        day = parse_date(text)
        if day is None:
            self.problem(row, col.name, text, Msg("expect.date", title=col.nb), Msg("hint.date_format"))
        return day

    def _enum(self, row: int, col: Column, text: str) -> str | None:
        by_skeleton = {skeleton(c): c for c in col.choices}
        hit = by_skeleton.get(skeleton(text))
        if hit is None:
            self.problem(row, col.name, text, Msg("expect.one_of", choices=", ".join(col.choices)))
        return hit

    def _check_duplicates(self, df: pd.DataFrame) -> None:
        key = list(self.layer.key)
        if df.empty or df[key].isna().any(axis=None):
            df = df.dropna(subset=key)
        first: dict[tuple[object, ...], int] = {}
        for rec in df[["_row", *key]].itertuples(index=False):
            k = tuple(rec[1:])
            if k in first:
                self.problem(
                    int(rec[0]),
                    ", ".join(key),
                    " / ".join(str(v) for v in k),
                    Msg("expect.unique", key=" + ".join(key)),
                    Msg("hint.duplicate_row", row=first[k]),
                )
            else:
                first[k] = int(rec[0])


_DTYPES: dict[ColumnType, Any] = {
    ColumnType.INT: "Int64",
    ColumnType.YEAR: "Int64",
    ColumnType.FLOAT: "float64",
    ColumnType.SHARE: "float64",
    ColumnType.BOOL: "boolean",
}


def _typed(df: pd.DataFrame, layer: Layer) -> pd.DataFrame:
    """Give every column its pandas dtype: nullable ints and booleans, floats, text as object."""
    out = df.copy()
    for col in layer.columns:
        dtype = _DTYPES.get(col.type)
        if dtype == "float64":
            out[col.name] = pd.to_numeric(out[col.name], errors="coerce").astype("float64")
        elif dtype:
            out[col.name] = out[col.name].astype(dtype)
        else:
            out[col.name] = out[col.name].astype(object).where(out[col.name].notna(), None)
    return out


def check_table(
    table: RawTable,
    layer: Layer,
    municipalities: NameIndex | None,
    counties: NameIndex | None,
    *,
    partial: bool = False,
    default_source: str = USER_SOURCE,
) -> tuple[pd.DataFrame, list[Problem]]:
    """Type and check ``table`` as ``layer``; returns the frame and every problem found.

    ``partial`` (for user files that update the fixed division layers) requires only the key.
    """
    checker = Checker(table, layer, municipalities, counties, partial=partial, default_source=default_source)
    df = checker.run()
    return df, table.problems + checker.problems
