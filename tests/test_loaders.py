"""Loading user registers: every bad-input case gets its located problem; valid quirks are read right."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dknet.errors import DataValidationError
from dknet.io.csvfile import parse_csv_bytes
from dknet.io.dataset import load_dataset, validate_directory
from dknet.io.validate import parse_number

BAD = Path(__file__).parent / "bad_input"

# (file, Excel row, column, value, severity) for every problem, per case directory.
EXPECTED = {
    "leading_zero": [("arena_medlemmer.csv", 2, "kommunenummer", "301", "error")],
    "old_and_unknown_codes": [
        ("veiledning.csv", 2, "kommunenummer", "1567", "error"),
        ("veiledning.csv", 3, "kommunenummer", "9999", "error"),
    ],
    "duplicates_and_references": [
        ("plankontor.csv", 3, "plankontor_id", "gauldal-plan", "error"),
        ("plankontor_medlemmer.csv", 3, "plankontor_id", "gaudal-plan", "error"),
    ],
    "empty_required": [
        ("planer.csv", 2, "plantype", "", "error"),
        ("planer.csv", 3, "plan_id", "", "error"),
        ("planer.csv", 4, "plantype", "kommuneplan", "error"),
    ],
    "cp1252_semicolon_valid": [("plankapasitet.csv", None, None, None, "warning")],
    "damaged_sami_letters": [
        ("arenaer.csv", 2, "navn", "Plannettverk HoltÃ¥len og Tydal", "error"),
        ("arena_medlemmer.csv", None, None, None, "warning"),
        ("arena_medlemmer.csv", 2, "kommunenummer", "Porsá?gu", "error"),
    ],
    "utf8_bom_valid": [],
    "numbers_and_names": [
        ("kommuner.csv", 2, "folketall_2026", "2 037,5", "error"),
        ("kommuner.csv", 2, "andel_67pluss", "26,5", "error"),
        ("kommuner.csv", 3, "kommunenummer", "Herøy", "error"),
        ("kommuner.csv", 4, "kommunenummer", "5026", "error"),
    ],
    "xlsx_numbers": [
        ("registre.xlsx [regionale_planer]", 2, "fylkesnummer", "3", "error"),
        ("registre.xlsx [regionalplan_dekning]", 1, "merknad", None, "warning"),
        ("registre.xlsx [regionalplan_dekning]", 2, "kommunenummer", "301", "error"),
    ],
    "unknown_and_double_files": [
        ("veiledninger.csv", None, None, None, "warning"),
        ("planer.xlsx", 2, "plantype", "samfunnsdel", "error"),
    ],
}

HINTS = {
    "leading_zero": ["did you mean 0301 (Oslo)?"],
    "old_and_unknown_codes": [
        "1567 was the number of Rindal until 2023; since 1 January 2024 it is 5061",
        "the municipality number 9999 is not in the 2024 division",
    ],
    "duplicates_and_references": ["already in row 2", "did you mean gauldal-plan?"],
    "damaged_sami_letters": ["CSV UTF-8", "Windows-1252", "Porsáŋgu"],
    "numbers_and_names": ["decimal comma", "26,5 %", "Herøy (1515, Møre og Romsdal); Herøy (1818, Nordland)"],
    "xlsx_numbers": ["did you mean 03 (Oslo)?", "columns are:", "did you mean 0301"],
    "unknown_and_double_files": ["did you mean veiledning.csv?", "planer.csv, row 2", "two registers disagree"],
}


def test_the_corpus_has_a_case_for_every_expectation() -> None:
    # hostile/ holds the issue-14 corpus, checked in test_hardening_corpus.py
    assert sorted(p.name for p in BAD.iterdir() if p.is_dir() and p.name != "hostile") == sorted(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_every_problem_is_located(case: str) -> None:
    problems = validate_directory(BAD / case)
    got = [(p.file, p.row, p.column, p.value, str(p.severity)) for p in problems]
    assert got == EXPECTED[case]
    text = " | ".join(p.describe("en") for p in problems)
    for hint in HINTS.get(case, []):
        assert hint in text


@pytest.mark.parametrize("case", sorted(c for c, exp in EXPECTED.items() if any(e[4] == "error" for e in exp)))
def test_invalid_directories_build_nothing(case: str) -> None:
    with pytest.raises(DataValidationError) as e:
        load_dataset(BAD / case)
    assert len([p for p in e.value.problems if p.is_error]) == sum(1 for x in EXPECTED[case] if x[4] == "error")


def test_cp1252_semicolon_decimal_comma_and_names_are_read() -> None:
    data = load_dataset(BAD / "cp1252_semicolon_valid")
    cap = data.table("plankapasitet").set_index("kommunenummer")
    assert cap.loc["5026", "aarsverk_samfunn"] == pytest.approx(0.3)
    assert cap.loc["5025", "aarsverk_areal"] == pytest.approx(2.0)
    assert bool(cap.loc["5033", "bruker_konsulenter"]) is False
    assert cap.loc["5026", "source"] == "user"


def test_utf8_bom_and_sami_names_are_read() -> None:
    data = load_dataset(BAD / "utf8_bom_valid")
    members = data.table("arena_medlemmer")
    dk30 = set(members[members.arena_id == "distriktskommune-3-0"].kommunenummer)
    assert {"5612", "3436", "5043"} <= dk30


def test_overlay_updates_only_the_given_cells(tmp_path: Path) -> None:
    (tmp_path / "kommuner.csv").write_text("kommunenummer;folketall_2026\nholtålen;2 100\n", encoding="utf-8")
    k = load_dataset(tmp_path).table("kommuner").set_index("kommunenummer")
    assert k.loc["5026", "folketall_2026"] == 2100
    assert k.loc["5026", "navn"] == "Holtålen"
    assert k.loc["5026", "source"] == "user"
    assert len(k) == 357


def test_replace_mode_drops_the_bundled_layer_and_its_orphans(tmp_path: Path) -> None:
    (tmp_path / "arenaer.csv").write_text(
        "arena_id,navn,type,arrangor\nnett,Fjellnettverket,nettverk,50\n", encoding="utf-8"
    )
    (tmp_path / "arena_medlemmer.csv").write_text("arena_id,kommunenummer\nnett,Tydal\nnett,5026\n", encoding="utf-8")
    replaced = load_dataset(tmp_path, mode="replace")
    assert list(replaced.table("arenaer").arena_id) == ["nett"]
    assert sorted(replaced.table("arena_medlemmer").kommunenummer) == ["5026", "5033"]
    overlaid = load_dataset(tmp_path, mode="overlay")
    assert "distriktskommune-3-0" in set(overlaid.table("arenaer").arena_id)


def test_guidance_from_must_match_its_type(tmp_path: Path) -> None:
    (tmp_path / "veiledning.csv").write_text(
        "veiledning_id,fra_type,fra_id,kommunenummer,aar,form\n"
        "a,FK,Trøndelag,5026,2025,møte\n"
        "b,SF,trøndelag,5026,2025,mote\n",
        encoding="utf-8",
    )
    problems = [p for p in validate_directory(tmp_path) if p.is_error]
    assert [(p.row, p.column, p.value) for p in problems] == [(2, "fra_id", "Trøndelag"), (3, "fra_id", "trøndelag")]
    assert "write the number 50" in problems[0].describe("en")
    assert "did you mean trondelag?" in problems[1].describe("en")


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    problems = validate_directory(tmp_path / "nope")
    assert [p.is_error for p in problems] == [True]


# --- property-based tests of the readers ---------------------------------------------------------

cells = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12).map(str.strip)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(cells, cells), min_size=1, max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_csv_round_trip_keeps_cells_and_excel_row_numbers(
    rows: list[tuple[str, str]], encoding: str, delimiter: str
) -> None:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(["a", "b"])
    w.writerows(rows)
    table = parse_csv_bytes("t.csv", buf.getvalue().encode(encoding))
    kept = [(i + 2, r) for i, r in enumerate(rows) if any(c for c in r)]
    assert [(row.number, (row.cells["a"], row.cells["b"])) for row in table.rows] == [
        (n, (_as_read(a), _as_read(b))) for n, (a, b) in kept
    ]


def _as_read(cell: str) -> str:
    """A cell as the reader gives it: Unicode NFC (so 'å' typed two ways is one letter), no-break spaces as spaces."""
    import unicodedata

    return unicodedata.normalize("NFC", cell).replace("\u00a0", " ").strip()


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-1e7, max_value=1e7, allow_nan=False).map(lambda x: round(x, 3)))
def test_numbers_written_the_norwegian_way_parse_back(x: float) -> None:
    text = f"{x:.3f}"
    assert parse_number(text) == pytest.approx(x)
    assert parse_number(text.replace(".", ",")) == pytest.approx(x)
    whole, frac = f"{abs(x):.3f}".split(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0")
    assert parse_number(("-" if x < 0 else "") + grouped + "," + frac) == pytest.approx(x)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=20))
def test_parse_number_never_crashes(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)
