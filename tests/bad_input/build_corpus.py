"""Write the bad-input corpus: one directory per case, each a user data directory.

The files are committed; this script documents exactly which bytes each holds (encodings,
separators, BOM) and rebuilds them: ``python tests/bad_input/build_corpus.py``.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent


def write(case: str, name: str, text: str, encoding: str = "utf-8") -> None:
    d = HERE / case
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(text.replace("\n", "\r\n").encode(encoding, errors="replace"))


def main() -> None:
    # Codes typed into Excel as numbers lose their leading zero.
    write("leading_zero", "arena_medlemmer.csv", "arena_id,kommunenummer,rolle\ndistriktskommune-3-0,301,deltaker\n")
    # A 2020-2023 number (Rindal, now 5061) and a number that never existed.
    write(
        "old_and_unknown_codes",
        "veiledning.csv",
        "veiledning_id,fra_type,fra_id,kommunenummer,aar,form,antall\n"
        "v1,FK,50,1567,2024,planforum,2\n"
        "v2,SF,trondelag,9999,2024,møte,1\n",
    )
    # The same id twice, and a member of an office that is not in the file.
    write(
        "duplicates_and_references",
        "plankontor.csv",
        "plankontor_id,navn,form,status,fra_aar\n"
        "gauldal-plan,Gauldal plankontor,vertskommune,aktiv,2024\n"
        "gauldal-plan,Gauldal plankontor (kopi),virtuelt,aktiv,2025\n",
    )
    write(
        "duplicates_and_references",
        "plankontor_medlemmer.csv",
        "plankontor_id,kommunenummer,rolle\ngauldal-plan,5027,vert\ngaudal-plan,Holtålen,deltaker\n",
    )
    # Empty required cells and a value outside the allowed choices.
    write(
        "empty_required",
        "planer.csv",
        "plan_id,kommunenummer,plantype,vedtatt_aar\np1,5026,,2019\n,5033,arealdel,2011\np3,5033,kommuneplan,2011\n",
    )
    # Norwegian Excel: cp1252, semicolons, decimal comma, names instead of numbers: valid.
    write(
        "cp1252_semicolon_valid",
        "plankapasitet.csv",
        "kommunenummer;aarsverk_samfunn;aarsverk_areal;bruker_konsulenter;aar\n"
        "Holtålen;0,3;0,5;ja;2025\n"
        "Tydal;0,2;0,4;nei;2025\n"
        "Røros;1,5;2;ja;2025\n",
        encoding="cp1252",
    )
    # cp1252 cannot hold ŋ: "Porsáŋgu" arrives as "Porsá?gu"; UTF-8 read as cp1252 gives mojibake.
    write(
        "damaged_sami_letters",
        "arena_medlemmer.csv",
        "arena_id;kommunenummer;rolle\ndistriktskommune-3-0;Porsáŋgu;deltaker\n",
        encoding="cp1252",
    )
    write(
        "damaged_sami_letters", "arenaer.csv", "arena_id,navn,type\nnett-1,Plannettverk HoltÃ¥len og Tydal,nettverk\n"
    )
    # UTF-8 with BOM, Sami names and a name with a hyphen: valid.
    write(
        "utf8_bom_valid",
        "arena_medlemmer.csv",
        "\ufeffarena_id,kommunenummer,rolle\n"
        "distriktskommune-3-0,Guovdageaidnu,deltaker\n"
        "distriktskommune-3-0,Nord-Fron,deltaker\n"
        "distriktskommune-3-0,Raarvihke - Røyrvik,deltaker\n",
    )
    # Numbers: decimal comma in a whole-number column, a percentage in a share column, an ambiguous name.
    write(
        "numbers_and_names",
        "kommuner.csv",
        "kommunenummer;folketall_2026;andel_67pluss\n"
        "5026;2 037,5;26,5\n"
        "Herøy;8 000;0,2\n"
        "Holtaalen kommune;2 037;26,5 %\n",
    )
    # XLSX with a numeric cell that lost its zero and an unknown extra column.
    d = HERE / "xlsx_numbers"
    d.mkdir(exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "regionalplan_dekning"
    ws.append(["regionalplan_id", "kommunenummer", "merknad"])
    ws.append(["rp-oslo", 301, "x"])
    wb2 = wb.create_sheet("regionale_planer")
    wb2.append(["regionalplan_id", "navn", "fylkesnummer", "vedtatt_aar"])
    wb2.append(["rp-oslo", "Regional plan for Oslo", 3, 2015])
    wb.save(d / "registre.xlsx")
    # A file that is not a layer, and a layer given twice with one record two ways (a conflict, dknet.io.conflicts).
    write("unknown_and_double_files", "veiledninger.csv", "x\n1\n")
    write("unknown_and_double_files", "planer.csv", "plan_id,kommunenummer,plantype\np1,5026,arealdel\n")
    d = HERE / "unknown_and_double_files"
    wb = Workbook()
    wb.active.title = "planer"
    wb.active.append(["plan_id", "kommunenummer", "plantype"])
    # Both hold rows: an empty template beside a filled file is only a warning (see build_hostile.py);
    # two filled files are combined, and p1 with another plantype is a located conflict.
    wb.active.append(["p1", "5026", "samfunnsdel"])
    wb.active.append(["p2", "5026", "samfunnsdel"])
    wb.save(d / "planer.xlsx")


if __name__ == "__main__":
    main()
