"""Excel-ready exports (issue 13): every row command writes a valid XLSX, every CSV opens with the
documented dialect and carries Norwegian numbers, and a formula-injection corpus stays inert."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from dknet.cli import cli
from dknet.present.format import csv_text
from dknet.present.text import neutralise_formula
from dknet.present.xlsx import workbook_bytes

#: Every command that prints rows, with arguments (the Neo4j commands need a server: tests/test_graphdb_cli.py).
ROW_COMMANDS: dict[str, list[str]] = {
    "info": ["info"],
    "show": ["show", "holtålen"],
    "validate": ["validate", str(Path(__file__).parent / "bad_input" / "old_and_unknown_codes")],
    "partners": ["partners", "holtålen", "--top", "5"],
    "partners-all": ["partners", "--all", "--top", "1"],
    "communities": ["communities", "--county", "50"],
    "plan-offices": ["plan-offices", "--county", "50"],
    "gaps": ["gaps", "--county", "50", "--top", "5"],
    "gaps-load": ["gaps", "--county", "50", "--kind", "load"],
    "plans": ["plans", "--county", "50"],
    "plans-fylker": ["plans", "--view", "fylker"],
    "compare": ["compare", "holtålen", "tydal"],
    "scorecard": ["scorecard", "--county", "50"],
    "glossary": ["glossary"],
}
#: Commands whose rows hold fractional numbers, so the CSV must show decimal commas.
WITH_DECIMALS = {"partners", "partners-all", "communities", "plan-offices", "gaps", "gaps-load", "plans-fylker"}

#: Cells that a spreadsheet would run (OWASP CSV injection), plus harmless look-alikes.
FORMULAS = [
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(A1:A9)",
    "\t=1+2",
    "\r=1+2",
    '=HYPERLINK("http://x.example","klikk")',
    "=cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@",
]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _inert(text: str) -> bool:
    """A cell a spreadsheet shows as text: not starting with a formula character, or a plain number."""
    return not text.startswith(DANGEROUS) or neutralise_formula(text) == text


@pytest.mark.parametrize("name", list(ROW_COMMANDS))
def test_every_row_command_writes_a_valid_xlsx(name: str, tmp_path: Path) -> None:
    target = tmp_path / f"{name}.xlsx"
    r = run(*ROW_COMMANDS[name], "--format", "xlsx", "-o", str(target))
    assert r.exit_code in (0, 3), r.output  # validate of a bad folder exits 3 after writing the problems
    wb = openpyxl.load_workbook(target)
    first = wb.worksheets[0]
    assert first.freeze_panes == "A2" and all(c.font.bold for c in first[1] if c.value)
    assert first.max_row >= 2, "no rows"
    headers = [c.value for c in first[1]]
    assert all(isinstance(h, str) and h for h in headers)
    assert all(first.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(len(headers)))
    # Typed cells: at least one number is stored as a number, never as text that looks like one.
    values = [c.value for row in first.iter_rows(min_row=2) for c in row]
    if name not in ("glossary", "validate", "compare"):  # compare's cells are text with ranks: "2 037 (nr. 250)"
        assert any(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
    assert not any(isinstance(v, str) and re.fullmatch(r"-?\d+[.,]\d+", v) for v in values)
    if name not in ("glossary", "validate", "plans-fylker"):
        assert "Merknader" in wb.sheetnames  # the illustrative note on its own sheet
        notes = [c.value for c in wb["Merknader"]["A"]][1:]
        assert notes and any("illustrativ" in n for n in notes)


def test_xlsx_needs_a_file() -> None:
    r = run("glossary", "--format", "xlsx")
    assert r.exit_code == 2 and "-o FIL.xlsx" in r.stderr


@pytest.mark.parametrize("name", list(ROW_COMMANDS))
def test_every_csv_opens_with_the_documented_dialect_and_has_norwegian_numbers(name: str, tmp_path: Path) -> None:
    target = tmp_path / f"{name}.csv"
    r = run(*ROW_COMMANDS[name], "--format", "csv", "-o", str(target))
    assert r.exit_code in (0, 3), r.output
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Excel reads æøå
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) >= 2 and len({len(r) for r in rows}) == 1  # one table, every row as wide as the header
    cells = [c for row in rows[1:] for c in row]
    assert not any(re.fullmatch(r"-?\d+\.\d+", c) for c in cells), "a decimal point in excel-no"
    if name in WITH_DECIMALS:
        assert any(re.fullmatch(r"-?\d+,\d+", c) for c in cells), "no decimal comma"
    assert all(_inert(c) for c in cells)


def test_csv_headers_are_display_names_in_excel_no_and_keys_in_standard() -> None:
    no = run("partners", "5026", "--top", "2", "--format", "csv").stdout
    header = next(csv.reader(io.StringIO(no.lstrip("\ufeff")), delimiter=";"))
    assert header[:5] == ["nr.", "kommunenummer", "navn", "poeng", "likhet"]
    nn = run("partners", "5026", "--top", "2", "--format", "csv", "--lang", "nn").stdout
    assert next(csv.reader(io.StringIO(nn.lstrip("\ufeff")), delimiter=";"))[4] == "likskap"
    std = run("partners", "5026", "--top", "2", "--format", "csv", "--csv-dialect", "standard").stdout
    rows = list(csv.DictReader(io.StringIO(std)))
    assert list(rows[0])[:5] == ["rank", "kommunenummer", "navn", "score", "similarity"]
    assert re.fullmatch(r"0\.\d+", rows[0]["score"])
    en = run("partners", "5026", "--top", "2", "--format", "csv", "--lang", "en").stdout
    assert en.splitlines()[0] == std.splitlines()[0]  # English defaults to the standard dialect
    assert "shares a border" in en and "felles grense" in std  # the reasons follow --lang
    # JSON does not change with the language.
    docs = [
        json.loads(run("partners", "5026", "--top", "2", "--format", "json", "--lang", x).stdout) for x in ["nb", "en"]
    ]
    assert docs[0]["suggestions"][0].keys() == docs[1]["suggestions"][0].keys()
    assert isinstance(docs[0]["suggestions"][0]["score"], float)


def test_formula_corpus_is_inert_in_csv_and_xlsx() -> None:
    df = pd.DataFrame({"navn": FORMULAS, "tall": range(len(FORMULAS)), "andel": [0.25] * len(FORMULAS)})
    df["=1+2"] = FORMULAS  # a header from the data, too
    for dialect in ("excel-no", "standard"):
        text = csv_text(df, dialect=dialect).lstrip("\ufeff")
        rows = list(csv.reader(io.StringIO(text), delimiter=";" if dialect == "excel-no" else ","))
        assert rows[0][-1] == "'=1+2"
        for row in rows[1:]:
            assert row[0].startswith("'") and row[-1].startswith("'"), row
            assert all(_inert(c) for c in row)
    data = workbook_bytes({"Rader": df}, ["=1+2 i en merknad"])
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not any(c.data_type == "f" for c in cells)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert all(_inert(v) for v in texts)
    assert wb["Rader"]["A2"].value == "'=1+2" and wb["Rader"]["D1"].value == "'=1+2"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)


def test_formulas_from_the_users_files_are_inert_end_to_end(tmp_path: Path) -> None:
    data = tmp_path / "registre"
    data.mkdir()
    names = ['=HYPERLINK("http://x.example","klikk")', "@SUM(A1)", "+1+2", "-1+2"]
    arenaer = "arena_id,navn,type\n" + "".join(
        f'a{i},"{n.replace(chr(34), chr(34) * 2)}",nettverk\n' for i, n in enumerate(names)
    )
    (data / "arenaer.csv").write_text(arenaer, encoding="utf-8")
    members = "arena_id,kommunenummer\n" + "".join(f"a{i},5026\n" for i in range(len(names)))
    (data / "arena_medlemmer.csv").write_text(members, encoding="utf-8")
    out = tmp_path / "holtalen.csv"
    assert run("show", "5026", "--data", str(data), "--no-cache", "--format", "csv", "-o", str(out)).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh, delimiter=";") for c in row]
    for n in names:
        assert "'" + n in cells  # present, and neutralised
    assert all(_inert(c) for c in cells)
    book = tmp_path / "holtalen.xlsx"
    assert run("show", "5026", "--data", str(data), "--no-cache", "--format", "xlsx", "-o", str(book)).exit_code == 0
    wb = openpyxl.load_workbook(book)
    values = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert {"'" + n for n in names} <= {c.value for c in values}
    assert all(_inert(c.value) and c.data_type == "s" for c in values)


def _commands(group: object, prefix: str = "") -> dict[str, object]:
    import click

    out: dict[str, object] = {}
    assert isinstance(group, click.Group)
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            out.update(_commands(cmd, f"{prefix}{name} "))
        else:
            out[f"{prefix}{name}"] = cmd
    return out


def test_every_command_takes_lang_and_every_row_command_xlsx() -> None:
    commands = _commands(cli)
    assert len(commands) >= 18
    for name, cmd in commands.items():
        options = {o for p in cmd.params for o in p.opts}  # type: ignore[attr-defined]
        assert "--lang" in options, name
        fmt = next((p for p in cmd.params if p.name == "fmt"), None)  # type: ignore[attr-defined]
        if fmt is not None:
            assert "xlsx" in fmt.type.choices and "-o" in options and "--csv-dialect" in options, name


def test_glossary_in_three_languages_and_lang_before_the_command() -> None:
    from dknet.messages import GLOSSARY, glossary

    for lang in ("nb", "nn", "en"):
        pairs = glossary(lang)
        assert len(pairs) == len(GLOSSARY) and all(term and len(text) > 20 for term, text in pairs)
    assert [term for term, _ in glossary("en")][:4] == [
        "Modularity",
        "NMI (agreement)",
        "ARI (agreement)",
        "HHI (concentration)",
    ]
    nn = run("--lang", "nn", "glossary").stdout
    assert nn.startswith("Ord og forkortingar\n") and "kor tydeleg gruppene skil seg" in nn
    assert run("glossary", "--lang", "en").stdout.startswith("Terms and abbreviations\n")
    assert "dknet glossary" in run("--help").stdout


def test_every_message_exists_in_every_language_with_the_same_fields() -> None:
    import string

    from dknet.messages import COLUMNS, MESSAGES

    for key, texts in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(x) if f} for x in texts if x]
        assert texts[0] and texts[2], key
        assert all(f == fields[0] for f in fields), key
    assert all(nb and en for nb, _, en in COLUMNS.values())
