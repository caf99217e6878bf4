"""Write the hostile part of the bad-input corpus (issue 14): one directory per case under ``hostile/``.

Each case is a user data directory that once crashed dknet, was read wrongly without a word,
or tries to smuggle something through (control characters, formulas). The expected outcome of
each case is in ``tests/test_hardening_corpus.py``. Rebuild with
``python tests/bad_input/build_hostile.py`` (the files are committed; this documents their bytes).

Two cases need the loader's limits lowered to stay small (a 1 MB workbook that unpacks to
2 MB, 1 200 rows): the test lowers them to 1 MB and 1 000 rows.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook

from dknet.schema import LAYERS, Column, ColumnType, Layer

HERE = Path(__file__).parent / "hostile"
PLANER = "plan_id,kommunenummer,plantype,vedtatt_aar\n"
ARENAER = "arena_id,navn,type\n"


def raw(case: str, name: str, data: bytes) -> Path:
    d = HERE / case
    d.mkdir(parents=True, exist_ok=True)
    (d / name).parent.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)
    return d / name


def text(case: str, name: str, body: str, encoding: str = "utf-8") -> Path:
    return raw(case, name, body.encode(encoding))


def workbook(case: str, name: str, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        if title in hidden:
            ws.sheet_state = "hidden"
    d = HERE / case
    d.mkdir(parents=True, exist_ok=True)
    wb.save(d / name)
    return d / name


def rewrite_part(path: Path, part: str, edit: object) -> None:
    """Rewrite one part of a zip (workbook) with ``edit(bytes) -> bytes``; ``edit=None`` drops it."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == part:
                if edit is None:
                    continue
                data = edit(data)  # type: ignore[operator]
            out.writestr(info.filename, data)


def main() -> None:
    shutil.rmtree(HERE, ignore_errors=True)
    # --- quoting and structure -------------------------------------------------------------
    text(
        "unclosed_quote",
        "planer.csv",
        PLANER + 'p1,5026,"arealdel,2019\np2,5033,kommuneplan,2011\np3,9999,arealdel,2011\np4,5033,arealdel,2011\n',
    )
    text("stray_quote", "planer.csv", PLANER + 'p1,5026,"arealdel"x,2019\n')
    text("unquoted_comma", "arenaer.csv", ARENAER + "a1,Nettverk Holtålen, Tydal,nettverk\n")
    text("duplicate_header", "planer.csv", "plan_id,kommunenummer,plantype,Plantype\np1,5026,arealdel,samfunnsdel\n")
    text(
        "duplicate_header_variants",
        "veiledning.csv",
        "veiledning_id,fra_type,Fra-type,fra_id,kommunenummer,aar,form\nv1,FK,SF,50,5026,2024,møte\n",
    )
    text("empty_file", "planer.csv", "")
    text("bom_only", "planer.csv", "\ufeff")
    text("header_only_valid", "planer.csv", PLANER)
    text("blank_header_cells", "planer.csv", "plan_id,,kommunenummer,plantype\np1,x,5026,arealdel\n")
    text("tab_separated_valid", "planer.csv", PLANER.replace(",", "\t") + "p1\t5026\tarealdel\t2019\n")
    text(
        "quoted_line_break_valid",
        "arenaer.csv",
        "arena_id,navn,type,beskrivelse\n"
        + 'a1,Nettverk Holtålen og Tydal,nettverk,"Møtes to ganger i året.\nReferat på nett."\n',
    )
    text("old_mac_line_endings", "planer.csv", (PLANER + "p1,5026,arealdel,2019\n").replace("\n", "\r"))
    # --- sizes ------------------------------------------------------------------------------
    text("cell_over_csv_field_limit", "arenaer.csv", ARENAER + "a1," + "x" * 140_000 + ",nettverk\n")
    text("cell_over_excel_limit", "arenaer.csv", ARENAER + "a1," + "y" * 40_000 + ",nettverk\n")
    text("too_many_rows", "planer.csv", PLANER + "".join(f"p{i},5026,arealdel,2019\n" for i in range(6_100)))
    text("many_errors", "planer.csv", PLANER + "".join(f"p{i},9999,feil,1800\n" for i in range(150)))
    # --- encodings ----------------------------------------------------------------------------
    raw(
        "bom_then_cp1252",
        "planer.csv",
        b"\xef\xbb\xbf" + (PLANER + "p1,5026,arealdel,2019\np2,Holtålen,arealdel,2019\n").encode("cp1252"),
    )
    raw(
        "utf8_then_cp1252",
        "arenaer.csv",
        (ARENAER + "a1,Nettverk Røros,nettverk\n").encode()
        + "a2,Nettverk Tydal og Holtålen,nettverk\n".encode("cp1252"),
    )
    raw(
        "utf16_bom_valid",
        "arenaer.csv",
        (ARENAER + "a1,Nettverk Guovdageaidnu og Porsáŋgu,nettverk\n").encode("utf-16"),
    )
    raw("utf16_no_bom_valid", "arenaer.csv", (ARENAER + "a1,Nettverk Holtålen,nettverk\n").encode("utf-16-le"))
    raw("nul_bytes", "planer.csv", PLANER.encode() + b"p1,50\x0026,\x00\x00\x01arealdel\n")
    # --- numbers, ids and names ---------------------------------------------------------------
    text(
        "huge_integer",
        "veiledning.csv",
        "veiledning_id,fra_type,fra_id,kommunenummer,aar,form,antall\nv1,FK,50,5026,2024,møte,99999999999999999999999\n",
    )
    text(
        "infinite_numbers",
        "veiledning.csv",
        "veiledning_id,fra_type,fra_id,kommunenummer,aar,form,antall\nv1,FK,50,5026,2024,møte,inf\n"
        "v2,FK,50,5026,2024,møte," + "9" * 400 + "\nv3,FK,50,5026,2024,møte,NaN\n",
    )
    text(
        "code_with_decimals",
        "arena_medlemmer.csv",
        "arena_id,kommunenummer,rolle\ndistriktskommune-3-0,0301.0,deltaker\n",
    )
    text(
        "nfd_and_nfc_ids",
        "arenaer.csv",
        ARENAER + "\u00e5-nett,Nettverk A,nettverk\na\u030a-nett,Nettverk B,nettverk\n",
    )
    text("bidi_control", "arenaer.csv", ARENAER + "a1,Nettverk \u202eneladtloH\u202c,nettverk\n")
    text("terminal_escape", "arenaer.csv", ARENAER + "a1,Nettverk \x1b[2J\x1b]0;pwned\x07Tydal,nettverk\n")
    text("zero_width_id", "arenaer.csv", ARENAER + "a\u200b1,Nettverk,nettverk\n")
    text("control_in_header", "planer.csv", "plan_id,kommune\x07nummer,plantype\np1,5026,arealdel\n")
    text(
        "formula_text_valid",
        "arenaer.csv",
        ARENAER + 'a1,"=HYPERLINK(""http://x.example"",""klikk"")",nettverk\na2,@SUM(A1),nettverk\n',
    )
    # --- files -----------------------------------------------------------------------------------
    text("misnamed_files", "veiledning (1).csv", "veiledning_id\nv1\n")
    raw("misnamed_files", "plankontor.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    text("two_filled_sources", "planer.csv", PLANER + "p1,5026,arealdel,2019\n")
    workbook(
        "two_filled_sources",
        "planer.xlsx",
        {
            "planer": [
                ["plan_id", "kommunenummer", "plantype"],
                ["p2", "5026", "arealdel"],
                ["p1", "5026", "samfunnsdel"],
            ]
        },
    )  # both are read; p1 with two plan types is a located conflict (dknet.io.conflicts)
    text("filled_beside_empty_template", "planer.csv", PLANER + "p1,5026,arealdel,2019\n")
    workbook("filled_beside_empty_template", "dknet-maler.xlsx", {"planer": [["plan_id", "kommunenummer", "plantype"]]})
    # --- workbooks ------------------------------------------------------------------------------
    text("xlsx_is_csv", "planer.xlsx", PLANER + "p1,5026,arealdel,2019\n")
    raw("xlsx_empty", "planer.xlsx", b"")
    raw("xlsx_old_xls", "planer.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    p = workbook("xlsx_no_content_types", "planer.xlsx", {"planer": [["plan_id", "kommunenummer", "plantype"]]})
    rewrite_part(p, "[Content_Types].xml", None)
    p = workbook(
        "xlsx_truncated",
        "planer.xlsx",
        {"planer": [["plan_id", "kommunenummer", "plantype"], ["p1", "5026", "arealdel"]]},
    )
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])
    p = workbook(
        "xlsx_broken_xml",
        "planer.xlsx",
        {"planer": [["plan_id", "kommunenummer", "plantype"], ["p1", "5026", "arealdel"]]},
    )
    rewrite_part(p, "xl/worksheets/sheet1.xml", lambda b: b[: len(b) // 2])
    p = workbook(
        "xlsx_stale_dimension",
        "planer.xlsx",
        {"planer": [["plan_id", "kommunenummer", "plantype"], ["p1", "5026", "arealdel"], ["p2", "9999", "arealdel"]]},
    )
    rewrite_part(
        p,
        "xl/worksheets/sheet1.xml",
        lambda b: __import__("re").sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>', b),
    )
    p = workbook(
        "xlsx_formula_without_value",
        "veiledning.xlsx",
        {
            "veiledning": [
                ["veiledning_id", "fra_type", "fra_id", "kommunenummer", "aar", "form", "antall"],
                ["v1", "FK", "50", "5026", 2024, "møte", "=1+1"],
            ]
        },
    )
    workbook(
        "xlsx_hidden_first_sheet",
        "registre.xlsx",
        {
            "gammel": [["plan_id", "kommunenummer", "plantype"], ["p1", "9999", "feil"]],
            "planer": [["plan_id", "kommunenummer", "plantype"], ["p1", "5026", "arealdel"]],
        },
        hidden=("gammel",),
    )
    workbook(
        "xlsx_hidden_layer_sheet",
        "registre.xlsx",
        {
            "planer": [["plan_id", "kommunenummer", "plantype"], ["p1", "5026", "arealdel"]],
            "arenaer": [["arena_id", "navn", "type"], ["a1", "x", "feil"]],
        },
        hidden=("arenaer",),
    )
    # openpyxl cuts cells to Excel's 32 767 characters when writing; other tools do not.
    p = workbook(
        "xlsx_long_cell", "arenaer.xlsx", {"arenaer": [["arena_id", "navn", "type"], ["a1", "z" * 100, "nettverk"]]}
    )
    rewrite_part(p, "xl/worksheets/sheet1.xml", lambda b: b.replace(b"z" * 100, b"z" * 40_000))
    workbook(
        "xlsx_duplicate_header",
        "planer.xlsx",
        {"planer": [["plan_id", "kommunenummer", "Plan ID", "plantype"], ["p1", "5026", "p9", "arealdel"]]},
    )
    workbook(
        "xlsx_bomb",
        "arenaer.xlsx",
        {
            "arenaer": [["arena_id", "navn", "type"], ["a1", "b" * 30_000, "nettverk"]]
            + [[f"a{i}", f"{i}" + "b" * 30_000, "nettverk"] for i in range(2, 80)]
        },
    )

    round_two()
    for case, (_, _, files) in generated().items():
        for name, body in files.items():
            text(case, name, body)


def round_two() -> None:
    """The cases of issue 23 (hardening round two): late quotes, wide rows, empty rows, rows that
    contradict themselves, layer entries that are not files, files that are not workbooks."""
    kap = "kommunenummer,aarsverk_samfunn,aarsverk_areal,aar,source\n"
    # M4: a quote closed lines later swallows the rows between (they vanished with "0 errors").
    text("late_quote_source", "plankapasitet.csv", kap + '5032,0.3,0.5,2024,"x\n5033,9,9,2024,y\n5025,1,1,2024,x"\n')
    text(
        "late_quote_plan_name",
        "planer.csv",
        "plan_id,kommunenummer,plantype,navn\n"
        'p1,5026,arealdel,"Arealdel\np2,5033,kommuneplan,Tydal\np3,9999,arealdel,x"\n',
    )
    text("late_quote_id", "arenaer.csv", ARENAER + '"a1\na2",Nettverk,nettverk\n')
    text(
        "late_quote_rows_in_description",
        "arenaer.csv",
        "arena_id,navn,type,beskrivelse\n" + 'a1,Nettverk,nettverk,"Møtes\na2,Nettverk 2,nettverk,x"\n',
    )
    text(
        "late_quote_after_good_rows",
        "planer.csv",
        PLANER + 'p1,5026,arealdel,2019\np2,5033,arealdel,"2011\np3,9999\n"\n',
    )
    # M3: rows of any width; one cell in column XFD must not unpack to 16 384 cells per row.
    wb = Workbook()
    ws = wb.active
    ws.title = "arenaer"
    ws.append(["arena_id", "navn", "type"])
    ws.append(["a1", "Nettverk", "nettverk"])
    ws.cell(row=2, column=16_384, value="glemt")
    _save(wb, "xlsx_cell_in_xfd", "arenaer.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "arenaer"
    ws.append(["arena_id", "navn", "type"])
    for i in range(2, 3_002):
        ws.append([f"a{i}", f"Nettverk {i}", "nettverk"])
        ws.cell(row=i, column=16_384, value="x")
    _save(wb, "xlsx_xfd_every_row", "arenaer.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "arenaer"
    ws.append(["arena_id", "navn", "type"])
    ws.append(["a1", "Nettverk", "nettverk"])
    ws.cell(row=2, column=600, value="notat")
    _save(wb, "xlsx_cell_beyond_column_limit", "arenaer.xlsx")
    # L5: empty rows do not count toward the row limit (6 000 in the corpus test).
    wb = Workbook()
    ws = wb.active
    ws.title = "planer"
    ws.append(["plan_id", "kommunenummer", "plantype"])
    ws.append(["p1", "5026", "arealdel"])
    for r in range(3, 16_600):
        ws.cell(row=r, column=1).number_format = "@"
    ws.append(["p2", "5033", "arealdel"])
    _save(wb, "xlsx_formatted_rows_valid", "planer.xlsx")
    text(
        "csv_separator_lines_valid",
        "planer.csv",
        PLANER + "p1,5026,arealdel,2019\n" + ",,,\n" * 6_100 + "p2,5033,arealdel,2019\n",
    )
    text(
        "csv_semicolon_lines_valid",
        "planer.csv",
        PLANER.replace(",", ";") + ";;;\n" * 6_100 + "p1;5026;arealdel;2019\n",
    )
    # L6, L8 and a period that ends before it starts.
    text("self_border", "grenser.csv", "kommune_a,kommune_b,grenselengde_km\n5033,5033,3\n")
    text("self_sea_neighbour", "sjonaboer.csv", "kommune_a,kommune_b,avstand_km\n5026,Holtålen,3\n")
    text(
        "plan_year_against_date",
        "planer.csv",
        "plan_id,kommunenummer,plantype,vedtatt_aar,vedtatt_dato\np1,5026,arealdel,2023,2024-02-29\n",
    )
    text(
        "plan_year_matches_date_valid",
        "planer.csv",
        "plan_id,kommunenummer,plantype,vedtatt_aar,vedtatt_dato\np1,5026,arealdel,2024,29.02.2024\n",
    )
    text(
        "period_ends_before_start",
        "arenaer.csv",
        "arena_id,navn,type,fra_aar,til_aar\na1,Nettverk,nettverk,2020,2010\n",
    )
    # L4: a layer entry that is not a regular file (the FIFO is made by the test: git keeps none).
    d = HERE / "layer_dangling_symlink"
    d.mkdir(parents=True, exist_ok=True)
    (d / "planer.csv").symlink_to("finnes-ikke/planer.csv")
    d = HERE / "workbook_dangling_symlink"
    d.mkdir(parents=True, exist_ok=True)
    (d / "registre.xlsx").symlink_to("../finnes-ikke.xlsx")
    text("layer_is_folder", "planer.csv/planer.csv", PLANER + "p1,5026,arealdel,2019\n")
    text("layer_fifo", ".fifo", "planer.csv\n")  # the test makes planer.csv a FIFO in a copy
    # Not workbooks: the hint names the real kind of file.
    raw("xlsx_is_pdf", "planer.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    raw("xlsx_is_png", "planer.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    raw(
        "xlsx_is_html",
        "planer.xlsx",
        b"<!DOCTYPE html>\n<html><body><table><tr><td>5026</td></tr></table></body></html>\n",
    )
    raw("xlsx_is_gzip", "planer.xlsx", b"\x1f\x8b\x08\x00" + b"\x00" * 60)
    raw("xlsx_is_random_bytes", "planer.xlsx", bytes(range(1, 256)) * 4)
    text("xlsx_is_semicolon_csv", "planer.xlsx", PLANER.replace(",", ";") + "p1;5026;arealdel;2019\n")


def _save(wb: Workbook, case: str, name: str) -> None:
    d = HERE / case
    d.mkdir(parents=True, exist_ok=True)
    wb.save(d / name)


#: Two hostile values for each kind of column: typed wrongly, pasted from elsewhere, saved oddly.
HOSTILE_VALUES: dict[ColumnType, tuple[str, str]] = {
    ColumnType.KOMMUNENUMMER: ("9999", "5026.0"),
    ColumnType.FYLKESNUMMER: ("99", "Vestfold og Trøndelag"),
    ColumnType.ID: ("a\u200b1", "x\u202ey"),
    ColumnType.TEXT: ("Tydal\x1b[2J", "HoltÃ¥len"),
    ColumnType.INT: ("12abc", "1e400"),
    ColumnType.FLOAT: ("1,2,3", "inf"),
    ColumnType.SHARE: ("150", "-0,2"),
    ColumnType.YEAR: ("1800", "20x4"),
    ColumnType.BOOL: ("kanskje", "2"),
    ColumnType.ENUM: ("feil-verdi", "=HYPERLINK(1)"),
    ColumnType.DATE: ("31.02.2024", "2024-13-01"),
}


def _valid(column: Column, n: int) -> str:
    """A value that passes the checks of ``column`` (``n`` tells the second municipality of a pair apart)."""
    return {
        ColumnType.KOMMUNENUMMER: ("5026", "5033")[n % 2],
        ColumnType.FYLKESNUMMER: "50",
        ColumnType.ID: "id-1",
        ColumnType.TEXT: "Holtålen",
        ColumnType.INT: "1",
        ColumnType.FLOAT: "1,5",
        ColumnType.SHARE: "0,5",
        ColumnType.YEAR: "2024",
        ColumnType.BOOL: "ja",
        ColumnType.ENUM: column.choices[0] if column.choices else "x",
        ColumnType.DATE: "2024-01-01",
    }[column.type]


def _csv_cell(value: str) -> str:
    return f'"{value}"' if any(ch in value for ch in ',"\n') else value


def _row(layer: Layer, columns: list[Column], target: str | None, value: str) -> str:
    cells, n = [], 0
    for c in columns:
        if c.name == target:
            cells.append(_csv_cell(value))
        else:
            cells.append(_csv_cell(_valid(c, n)))
            n += c.type is ColumnType.KOMMUNENUMMER
    return ",".join(cells)


def _columns(layer: Layer, target: Column | None = None) -> list[Column]:
    """The layer's required columns (only the key for the fixed division layers), and ``target``."""
    fixed = layer.name in ("statsforvaltere", "fylker", "kommuner")
    keep = [c for c in layer.columns if (c.name in layer.key if fixed else c.required)]
    if target is not None and target not in keep:
        keep.append(target)
    return keep


def generated() -> dict[str, tuple[int, list[str], dict[str, str]]]:
    """Cases made from the schema: case → (exit code of ``dknet validate``, phrases, files).

    * ``value_<layer>_<column>_<1|2>``: two hostile values (:data:`HOSTILE_VALUES`) in every column
      of every layer, each in a row that is otherwise valid: the error is located at row 2 of
      that column with the value as written (a value read wrongly without a word fails it).
    * ``missing_key_<layer>``: a file without its key column: located at row 1 of that column.
    * ``late_quote_<layer>``: a quote in the first column that closes a line later: the row it
      swallows is reported at row 2 of that column, never read as part of a cell.
    """
    out: dict[str, tuple[int, list[str], dict[str, str]]] = {}
    for layer in LAYERS.values():
        file = f"{layer.name}.csv"
        for column in layer.columns:
            cols = _columns(layer, column)
            header = ",".join(c.name for c in cols)
            for i, value in enumerate(HOSTILE_VALUES[column.type], start=1):
                shown = value.encode("unicode_escape").decode("ascii")[:80] if not value.isprintable() else value
                body = header + "\n" + _row(layer, cols, column.name, value) + "\n"
                phrase = f'{file}, row 2, column {column.name}: value "{shown}"'
                out[f"value_{layer.name}_{column.name}_{i}"] = (3, [phrase], {file: body})
        cols = [c for c in _columns(layer) if c.name != layer.key[0]]
        if not cols:
            cols = [c for c in layer.columns if c.name not in layer.key][:1]
        header = ",".join(c.name for c in cols)
        body = header + "\n" + _row(layer, cols, None, "") + "\n"
        out[f"missing_key_{layer.name}"] = (
            3,
            [f"{file}, row 1, column {layer.key[0]}: expected a column"],
            {file: body},
        )
        cols = _columns(layer)
        header = ",".join(c.name for c in cols)
        row = _row(layer, cols, None, "")
        first = row.split(",", 1)[0]
        body = f'{header}\n"{first}\n{row}"\n'
        phrase = f"{file}, row 2, column {cols[0].name}"
        out[f"late_quote_{layer.name}"] = (3, [phrase, "closes only in line 3"], {file: body})
    return out


if __name__ == "__main__":
    main()
