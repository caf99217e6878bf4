"""The hostile bad-input corpus (issues 14, 23): every case is a located problem or a clean load, never a traceback.

Cases live in ``tests/bad_input/hostile/`` (written by ``tests/bad_input/build_hostile.py``).
Each row below names the exit code of ``dknet validate`` and phrases its output must hold; the
cases made from the schema (a hostile value in every column, a missing key column and a late
quote in every layer) carry their expectations with them (``build_hostile.generated``).
The cases of the cache, the CLI's arguments and its output are in ``test_hardening.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dknet.cli import cli
from dknet.io import limits
from dknet.io.tables import read_file

HOSTILE = Path(__file__).parent / "bad_input" / "hostile"
OK, INVALID = 0, 3


def _generated() -> dict[str, tuple[int, list[str]]]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_hostile", HOSTILE.parent / "build_hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {case: (code, phrases) for case, (code, phrases, _) in module.generated().items()}


#: case → (exit code of `dknet validate`, phrases that must appear in its output)
CASES: dict[str, tuple[int, list[str]]] = {
    "unclosed_quote": (INVALID, ['planer.csv, row 2: value "p1,5026,"arealdel,2019": expected a closing double quote']),
    "stray_quote": (INVALID, ["planer.csv, row 2", "expected well-formed quoting"]),
    "unquoted_comma": (INVALID, ["arenaer.csv, row 2", "a cell holds the separator"]),
    "duplicate_header": (INVALID, ["planer.csv, row 1, column plantype", "columns 3 and 4 are both plantype"]),
    "duplicate_header_variants": (INVALID, ['value "Fra-type": expected each column once']),
    "empty_file": (INVALID, ["planer.csv, row 1, column plan_id: expected a column named plan_id"]),
    "bom_only": (INVALID, ["planer.csv, row 1, column plan_id"]),
    "header_only_valid": (OK, ["0 errors, 0 warnings"]),
    "blank_header_cells": (OK, ["0 errors"]),
    "tab_separated_valid": (OK, ["0 errors, 0 warnings"]),
    "quoted_line_break_valid": (OK, ["0 errors, 0 warnings"]),
    "old_mac_line_endings": (OK, ["0 errors, 0 warnings"]),
    "cell_over_csv_field_limit": (INVALID, ["arenaer.csv, row 2", "expected a cell of at most 32767 characters"]),
    "cell_over_excel_limit": (INVALID, ["column navn", "(this one has 40000)"]),
    "too_many_rows": (INVALID, ["planer.csv, row 6002: expected at most 6000 data rows"]),
    "many_errors": (INVALID, ["450 errors"]),
    "bom_then_cp1252": (INVALID, ["planer.csv, row 3: expected one encoding", "UTF-8 byte order mark"]),
    "utf8_then_cp1252": (INVALID, ["arenaer.csv, row 3: expected one encoding", "holds UTF-8 letters"]),
    "utf16_bom_valid": (OK, ["0 errors, 0 warnings"]),
    "utf16_no_bom_valid": (OK, ["0 errors, 0 warnings"]),
    "nul_bytes": (INVALID, ["planer.csv: expected a CSV text file, but it holds NUL bytes"]),
    "huge_integer": (INVALID, ['value "99999999999999999999999": expected a value between 1 and 9007199254740991']),
    "infinite_numbers": (
        INVALID,
        ['row 2, column antall: value "inf"', "row 3, column antall", 'row 4, column antall: value "NaN"'],
    ),
    "code_with_decimals": (INVALID, ['value "0301.0"', "the number was saved with decimals; write 0301"]),
    "nfd_and_nfc_ids": (INVALID, ["arenaer.csv, row 3, column arena_id", "already in row 2"]),
    "bidi_control": (INVALID, ["found U+202C, U+202E"]),
    "terminal_escape": (INVALID, ["found U+0007, U+001B"]),
    "zero_width_id": (INVALID, ["column arena_id", "found U+200B"]),
    "control_in_header": (INVALID, ["a column name without control or invisible characters"]),
    "formula_text_valid": (OK, ["0 errors, 0 warnings"]),
    "misnamed_files": (OK, ["did you mean plankontor.xlsx?", "did you mean veiledning.csv?", "2 warnings"]),
    "two_filled_sources": (
        INVALID,
        ['planer.xlsx, row 3, column plantype: value "samfunnsdel": expected the same value as planer.csv, row 2'],
    ),
    "filled_beside_empty_template": (
        OK,
        ["dknet-maler.xlsx [planer]: is an empty template for planer, so it is ignored"],
    ),
    "xlsx_is_csv": (INVALID, ["planer.xlsx: expected an Excel workbook (.xlsx), but this is not one", "name it .csv"]),
    "xlsx_empty": (INVALID, ["planer.xlsx: expected an Excel workbook, but the file is empty (0 bytes)"]),
    "xlsx_old_xls": (INVALID, ["it is an old .xls workbook"]),
    "xlsx_no_content_types": (INVALID, ["but this zip file is not one"]),
    "xlsx_truncated": (INVALID, ["planer.xlsx: expected a readable Excel workbook", "zip structure is damaged"]),
    "xlsx_broken_xml": (INVALID, ["planer.xlsx: expected a readable Excel workbook"]),
    "xlsx_stale_dimension": (INVALID, ['planer.xlsx, row 3, column kommunenummer: value "9999"']),
    "xlsx_formula_without_value": (INVALID, ['row 2, column antall: value "=1+1"', "result was never saved"]),
    "xlsx_hidden_first_sheet": (OK, ["0 errors, 0 warnings"]),
    "xlsx_hidden_layer_sheet": (OK, ["registre.xlsx [arenaer]: is a hidden sheet, so it is ignored"]),
    "xlsx_long_cell": (INVALID, ["arenaer.xlsx, row 2, column navn", "(this one has 40000)"]),
    "xlsx_duplicate_header": (INVALID, ["columns 1 and 3 are both plan_id"]),
    "xlsx_bomb": (INVALID, ["arenaer.xlsx: expected a workbook of at most 1 MB unpacked"]),
    # --- issue 23 (hardening round two) ------------------------------------------------------------
    "late_quote_source": (
        INVALID,
        [
            'plankapasitet.csv, row 2, column source: value "x⏎…"',
            "the quote that opens in line 2 closes only in line 4",
        ],
    ),
    "late_quote_plan_name": (INVALID, ["planer.csv, row 2, column navn", "opens in line 2 closes only in line 4"]),
    "late_quote_id": (INVALID, ["arenaer.csv, row 2, column arena_id", "opens in line 2 closes only in line 3"]),
    "late_quote_rows_in_description": (
        INVALID,
        ["arenaer.csv, row 2, column beskrivelse", "close the quote in line 2"],
    ),
    "late_quote_after_good_rows": (INVALID, ["planer.csv, row 3, column vedtatt_aar", "opens in line 3 closes only"]),
    "xlsx_cell_in_xfd": (INVALID, ["arenaer.xlsx, row 2", "this row has a value in column XFD"]),
    "xlsx_xfd_every_row": (INVALID, ["arenaer.xlsx, row 2: ", "arenaer.xlsx, row 3001: ", "column XFD", "3000 errors"]),
    "xlsx_cell_beyond_column_limit": (INVALID, ['row 2: value "notat"', "column WB"]),
    "xlsx_formatted_rows_valid": (OK, ["0 errors, 0 warnings"]),
    "csv_separator_lines_valid": (OK, ["0 errors, 0 warnings"]),
    "csv_semicolon_lines_valid": (OK, ["0 errors, 0 warnings"]),
    "self_border": (INVALID, ['grenser.csv, row 2, column kommune_b: value "5033"', "does not border itself"]),
    "self_sea_neighbour": (INVALID, ["sjonaboer.csv, row 2, column kommune_b", "are both 5026"]),
    "plan_year_against_date": (
        INVALID,
        ['planer.csv, row 2, column vedtatt_aar: value "2023"', "the year of vedtatt_dato (2024)"],
    ),
    "plan_year_matches_date_valid": (OK, ["0 errors, 0 warnings"]),
    "period_ends_before_start": (INVALID, ['arenaer.csv, row 2, column til_aar: value "2010"', "at least 2020"]),
    "layer_dangling_symlink": (
        INVALID,
        ["planer.csv: expected a readable file", "a link to a file that does not exist"],
    ),
    "workbook_dangling_symlink": (INVALID, ["registre.xlsx: expected a readable file"]),
    "layer_is_folder": (INVALID, ["planer.csv: expected a readable file. Hint: this is a folder"]),
    "layer_fifo": (INVALID, ["planer.csv: expected a readable file", "not a regular file (a FIFO"]),
    "xlsx_is_pdf": (INVALID, ["planer.xlsx: expected an Excel workbook", "it is a PDF file, not a workbook"]),
    "xlsx_is_png": (INVALID, ["it is a PNG file"]),
    "xlsx_is_html": (INVALID, ["it is a HTML file"]),
    "xlsx_is_gzip": (INVALID, ["it is a gzip file"]),
    "xlsx_is_random_bytes": (INVALID, ["planer.xlsx: expected an Excel workbook", "save it again from Excel as .xlsx"]),
    "xlsx_is_semicolon_csv": (INVALID, ["name it .csv"]),
}
#: The cases made from the schema, with their expectations.
GENERATED = _generated()


@pytest.fixture(autouse=True)
def _small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus stays small: 1 MB unpacked workbooks and 6 000 rows (the bundled data stays below)."""
    monkeypatch.setattr(limits, "MAX_XLSX_UNPACKED", 2**20)
    monkeypatch.setattr(limits, "MAX_ROWS", 6_000)


def test_the_corpus_has_at_least_300_hostile_cases_and_each_has_an_expectation() -> None:
    cases = sorted(p.name for p in HOSTILE.iterdir() if p.is_dir())
    assert not set(CASES) & set(GENERATED)
    assert cases == sorted({**CASES, **GENERATED})
    assert len(cases) >= 300


def _case_dir(case: str, tmp: Path) -> Path:
    """The case's folder; a copy with its FIFOs made when it names some in ``.fifo`` (git keeps none)."""
    src = HOSTILE / case
    fifos = src / ".fifo"
    if not fifos.is_file():
        return src
    import os
    import shutil

    dst = tmp / case
    shutil.copytree(src, dst, symlinks=True)
    for name in fifos.read_text(encoding="utf-8").split():
        os.mkfifo(dst / name)
    return dst


@pytest.fixture(scope="session")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixed division only (SF offices, counties, municipalities, old codes): fast to load."""
    from dknet.io.files import bundled_dir

    src, dst = bundled_dir(), tmp_path_factory.mktemp("bundle")
    for part, names in {"real": ("statsforvaltere", "fylker", "kommuner"), "reference": ("*",)}.items():
        (dst / part).mkdir()
        for name in names:
            for f in (src / part).glob(f"{name}.csv"):
                (dst / part / f.name).write_bytes(f.read_bytes())
    return dst


def report(directory: Path, bundled: Path) -> tuple[int, str]:
    """What `dknet validate` decides and prints: exit code and text (tested on the real CLI below)."""
    from dknet.io.dataset import validate_directory
    from dknet.messages import count

    problems = validate_directory(directory, bundled=bundled)
    errors = sum(p.is_error for p in problems)
    lines = [f"{p.severity}: {p.describe('en')}" for p in problems]
    lines.append(f"{count(errors, 'error', 'en')}, {count(len(problems) - errors, 'warning', 'en')}")
    return (INVALID if errors else OK), "\n".join(lines)


@pytest.mark.parametrize("case", sorted({**CASES, **GENERATED}))
def test_hostile_case_is_a_located_problem_or_a_clean_load(case: str, small_bundle: Path, tmp_path: Path) -> None:
    directory = _case_dir(case, tmp_path)
    code, text = report(directory, small_bundle)  # any exception here fails the test: no traceback
    expected_code, phrases = {**CASES, **GENERATED}[case]
    assert code == expected_code, text
    for phrase in phrases:
        assert phrase in text
    assert "(bundled)" not in text  # the problems are the user's, not the bundled data's


@pytest.mark.parametrize("case", ["unclosed_quote", "xlsx_bomb", "terminal_escape"])
def test_commands_that_load_data_exit_3_not_with_a_traceback(case: str) -> None:
    r = CliRunner().invoke(cli, ["--lang", "en", "info", "--data", str(HOSTILE / case), "--no-cache"])
    assert r.exit_code == 3, r.output
    assert isinstance(r.exception, SystemExit)
    assert "nothing was built or written" in r.stderr
    assert "\x1b" not in r.stderr  # a terminal escape from the data never reaches the terminal


def test_unclosed_quote_no_longer_hides_the_invalid_rows_after_it() -> None:
    """Before: the three rows after the quote were swallowed into one cell and 0 errors reported."""
    table = read_file(HOSTILE / "unclosed_quote" / "planer.csv")
    assert [p.row for p in table.problems] == [2]
    assert all("\n" not in v for row in table.rows for v in row.cells.values())


def test_an_unreadable_file_is_located_and_the_others_are_still_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_bundle: Path
) -> None:
    (tmp_path / "planer.csv").write_text("plan_id,kommunenummer,plantype\np1,9999,arealdel\n", encoding="utf-8")
    (tmp_path / "arenaer.csv").write_text("arena_id,navn,type\na1,x,y\n", encoding="utf-8")
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "arenaer.csv":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    code, text = report(tmp_path, small_bundle)
    assert code == 3
    assert "arenaer.csv: expected a readable file. Hint: you may not read this file" in text
    assert 'planer.csv, row 2, column kommunenummer: value "9999"' in text


def test_problems_of_all_files_are_reported_together(tmp_path: Path, small_bundle: Path) -> None:
    for case in ("unclosed_quote", "xlsx_bomb", "huge_integer"):
        for f in (HOSTILE / case).iterdir():
            (tmp_path / f.name).write_bytes(f.read_bytes())
    code, text = report(tmp_path, small_bundle)
    assert code == 3
    assert (
        "planer.csv, row 2" in text and "arenaer.xlsx: expected a workbook" in text and "veiledning.csv, row 2" in text
    )


def test_many_problems_are_capped_at_200_lines_with_a_summary(tmp_path: Path) -> None:
    body = "plan_id,kommunenummer,plantype\n" + "".join(f"p{i},9999,feil\n" for i in range(300))
    (tmp_path / "planer.csv").write_text(body, encoding="utf-8")
    r = CliRunner().invoke(cli, ["--lang", "en", "info", "--data", str(tmp_path), "--no-cache"])
    lines = r.stderr.splitlines()
    assert r.exit_code == 3
    assert sum(line.startswith("error: ") for line in lines) == 200
    assert "… and 400 more (400 errors, 0 warnings) not shown" in r.stderr
    assert "Error: 600 errors" in lines[-1]
    full = CliRunner().invoke(cli, ["--lang", "en", "validate", str(tmp_path), "--format", "csv"])
    assert len(full.stdout.splitlines()) == 601  # csv lists them all
    table = CliRunner().invoke(cli, ["--lang", "en", "validate", str(tmp_path)])
    assert len(table.stdout.splitlines()) == 201  # 200 and the summary


def test_misnamed_files_are_reported_by_every_command_not_only_validate() -> None:
    r = CliRunner().invoke(
        cli, ["--lang", "en", "info", "--data", str(HOSTILE / "misnamed_files"), "--format", "json", "--no-cache"]
    )
    assert r.exit_code == 0
    assert "warning: veiledning (1).csv: is not named after a layer" in r.stderr
    assert "warning: plankontor.xls: is not named after a layer" in r.stderr
