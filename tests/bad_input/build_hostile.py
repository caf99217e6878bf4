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

HERE = Path(__file__).parent / "hostile"
PLANER = "plan_id,kommunenummer,plantype,vedtatt_aar\n"
ARENAER = "arena_id,navn,type\n"


def raw(case: str, name: str, data: bytes) -> Path:
    d = HERE / case
    d.mkdir(parents=True, exist_ok=True)
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
    text("quoted_line_break_valid", "arenaer.csv", ARENAER + 'a1,"Nettverk\nHoltålen og Tydal",nettverk\n')
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
        {"planer": [["plan_id", "kommunenummer", "plantype"], ["p2", "5026", "arealdel"]]},
    )
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


if __name__ == "__main__":
    main()
