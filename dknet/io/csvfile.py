"""CSV bytes → a :class:`~dknet.io.rawtable.RawTable`: decoding, the separator, strict quoting.

Handles what Norwegian Excel exports look like: UTF-8 with or without BOM, Windows-1252
("CSV (semikolonseparert)"), UTF-16 ("Unicode-tekst"), ``;`` or ``,`` or tab as separator.
A file that is not text, mixes encodings, has an unclosed quote or values to the right of the
last header comes back with located problems; reading never raises for bad bytes.

>>> t = parse_csv_bytes("a.csv", "kommunenummer;navn\\r\\n5026;Holtålen\\r\\n".encode("cp1252"))
>>> t.header, t.rows[0].number, t.rows[0].cells["navn"], t.encoding
(['kommunenummer', 'navn'], 2, 'Holtålen', 'cp1252')
>>> [p.expected_text("en") for p in parse_csv_bytes("b.csv", b'a,b\\n1,"x\\n2,y\\n').problems]
['a closing double quote (") for the cell that starts in this row']
"""

from __future__ import annotations

import csv
import io

from dknet.io import limits
from dknet.io.problems import Problem, Severity
from dknet.io.rawtable import ENCODING_HINT, RawTable, file_problem, short_value, table_header, table_rows
from dknet.messages.msg import Msg


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode(file: str, data: bytes) -> tuple[str | None, str, list[Problem]]:
    """Text, the encoding it was read in, and problems (text None when it cannot be read)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            return None, "utf-16", [file_problem(file, Msg("expect.utf16"), ENCODING_HINT)]
    if data.startswith(b"PK\x03\x04"):
        return None, "binary", [file_problem(file, Msg("expect.csv_not_zip"), Msg("hint.name_it_xlsx"))]
    if b"\x00" in data:
        # UTF-16 without a byte order mark: every other byte of ASCII text is NUL.
        even, odd = data[0::2].count(0), data[1::2].count(0)
        guess = "utf-16-le" if odd > even else "utf-16-be"
        if max(even, odd) > len(data) // 4:
            try:
                return data.decode(guess), guess, []
            except UnicodeDecodeError:
                pass
        return None, "binary", [file_problem(file, Msg("expect.csv_not_binary"), Msg("hint.save_from_excel"))]
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", []
    except UnicodeDecodeError as e:
        bad_line = _line_of(data, e.start + (3 if bom else 0))
        utf8_letters = any(ord(c) > 127 and c != "\ufffd" for c in body.decode("utf-8", errors="replace"))
    if bom or utf8_letters:
        why = "bom" if bom else "letters"
        return (
            None,
            "mixed",
            [
                file_problem(
                    file,
                    Msg(f"expect.one_encoding.{why}", line=bad_line),
                    Msg("hint.pasted_together", encoding=ENCODING_HINT),
                    row=bad_line,
                )
            ],
        )
    text = body.decode("cp1252", errors="replace")
    return (
        text,
        "cp1252",
        [Problem(file, None, None, None, Msg("warn.cp1252"), ENCODING_HINT, Severity.WARNING)],
    )


def _sniff_delimiter(text: str) -> str:
    first = next(iter(text.splitlines()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _overflow(file: str, header: list[str], records: list[list[str]]) -> list[Problem]:
    """Rows with values to the right of the last header: usually an unquoted comma in a cell."""
    out = []
    for i, record in enumerate(records[1:]):
        extra = [v for v in record[len(header) :] if v.strip()]
        if extra:
            out.append(
                Problem(
                    file,
                    i + 2,
                    None,
                    short_value(extra[0]),
                    Msg("expect.max_cells", n=len(header)),
                    Msg("hint.separator_in_cell"),
                )
            )
    return out


def _csv_error(file: str, error: csv.Error, row: int, start_line: int, value: str | None) -> Problem:
    """The located problem for what :mod:`csv` refused in strict mode."""
    if "field larger than field limit" in str(error):
        expected, hint = Msg("expect.cell_chars", max=limits.MAX_CELL_CHARS), Msg("hint.shorten_or_close")
    elif "unexpected end of data" in str(error) or "newline inside string" in str(error):
        expected, hint = Msg("expect.closing_quote"), Msg("hint.open_quote", line=start_line)
    else:
        expected, hint = Msg("expect.quoting", error=str(error)), Msg("hint.quote_rules")
    return Problem(file, row, None, value, expected, hint)


def _csv_records(
    file: str, text: str, delimiter: str, problems: list[Problem], lines: list[tuple[int, int]] | None = None
) -> list[list[str]]:
    """Records read strictly: an unclosed or stray quote and an oversized cell are located problems.

    Reading stops at the first such problem: what follows an unclosed quote is not trustworthy.
    Only records with a value count toward :data:`~dknet.io.limits.MAX_ROWS` (a ``;;;;`` line is
    not data, L5). ``lines`` receives each record's first and last line in the file.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    data_rows = 0
    while True:
        start_line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            rest = text.splitlines()[start_line - 1 : start_line]
            problems.append(_csv_error(file, e, len(records) + 1, start_line, short_value(rest[0]) if rest else None))
            break
        if records and any(v.strip() for v in record):
            data_rows += 1
            if data_rows > limits.MAX_ROWS:  # MAX_ROWS data rows are in: this one is one too many
                problems.append(limits.too_many_rows(file, len(records) + 1))
                break
        records.append(record)
        if lines is not None:
            lines.append((start_line, reader.line_num))
    return records


def parse_csv_bytes(file: str, data: bytes) -> RawTable:
    """Parse CSV bytes; ``file`` is the name used in problem reports. Never raises for bad bytes."""
    text, encoding, problems = _decode(file, data)
    if text is None:
        return RawTable(file, [], [], encoding, ",", problems)
    delimiter = _sniff_delimiter(text)
    lines: list[tuple[int, int]] = []
    records = _csv_records(file, text, delimiter, problems, lines)
    if not records:
        return RawTable(file, [], [], encoding, delimiter, problems)
    header = table_header(file, records[0], problems)
    # Excel shows one row per record even when a quoted cell holds a line break.
    rows = table_rows(file, header, ((i + 2, r) for i, r in enumerate(records[1:])), problems)
    for row in rows:
        row.lines = lines[row.number - 1]  # where the record sits in the file (validate checks quoted breaks)
    problems.extend(_overflow(file, header, records))
    return RawTable(file, header, rows, encoding, delimiter, problems)
