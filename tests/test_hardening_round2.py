"""Hardening round two (issue 23): the cases that are not input folders — the cache, arguments, output.

The input cases (M3, M4, L4, L5, L6, L8, the PDF hint) are in the hostile corpus
(``test_hardening_corpus.py``); each test here names the finding it covers.
"""

from __future__ import annotations

import datetime
import gzip
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dknet import cache, lookup
from dknet.cli import cli
from dknet.io import files
from dknet.io.tables import read_file

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "bad_input" / "hostile"
CAPACITY = "kommunenummer,aarsverk_samfunn,aarsverk_areal\n5033,0.3,0.5\n"


@pytest.fixture
def d2(tmp_path: Path) -> Path:
    d = tmp_path / "D2"
    d.mkdir()
    (d / "plankapasitet.csv").write_text(CAPACITY, encoding="utf-8")
    return d


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--lang", "en", *args])
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), r.exception
    return r.exit_code, r.stdout, r.stderr


# --- M1: answers are filed under the data they were computed from ----------------------------------


def test_m1_a_file_edited_during_a_build_never_gives_old_answers_under_the_new_key(
    cache_home: Path, d2: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dknet.graph

    f = d2 / "plankapasitet.csv"
    real = dknet.graph.build_graph
    edits: list[int] = []

    def build_while_the_file_changes(*args: Any, **kwargs: Any) -> Any:
        if not edits:  # the loader has read the file; now the adviser saves a new version
            f.write_text(CAPACITY.replace("0.3,0.5", "7.25,8.5"), encoding="utf-8")
            edits.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(dknet.graph, "build_graph", build_while_the_file_changes)
    first_show = run("show", "tydal", "--data", str(d2))  # built from the old figures, during the edit
    assert first_show[0] == 0 and "0.3" in first_show[1]
    first_partners = run("partners", "holtålen", "--data", str(d2))
    assert first_partners[0] == 0
    monkeypatch.setattr(dknet.graph, "build_graph", real)
    fresh_show = run("show", "tydal", "--data", str(d2), "--no-cache")
    assert "7.25" in fresh_show[1]
    for _ in range(2):  # every later warm run answers for the file as it is now
        assert run("show", "tydal", "--data", str(d2)) == fresh_show
        assert run("partners", "holtålen", "--data", str(d2)) == run(
            "partners", "holtålen", "--data", str(d2), "--no-cache"
        )
    G = cache.load_graph(d2)
    assert G.graph["input_digest"] == files.fingerprint(d2)  # the graph read is the one of the new bytes


def test_m1_the_digest_is_of_the_bytes_parsed_not_of_the_file_afterwards(d2: Path) -> None:
    from dknet.io.dataset import load_dataset

    before = files.fingerprint(d2)
    data = load_dataset(d2)
    assert data.input_digest == before
    (d2 / "plankapasitet.csv").write_text(CAPACITY.replace("0.3", "0.4"), encoding="utf-8")
    assert files.fingerprint(d2) != before and data.input_digest == before


# --- M2: a damaged cache file is dropped and rebuilt ------------------------------------------------


def _zero_4k(path: Path) -> None:
    data = bytearray(path.read_bytes())
    start = min(len(data) // 3, max(0, len(data) - 4096))
    data[start : start + 4096] = bytes(min(4096, len(data) - start))
    path.write_bytes(bytes(data))


def test_m2_a_damaged_graph_or_lookup_file_heals_and_no_command_fails(cache_home: Path, d2: Path) -> None:
    assert run("partners", "holtålen", "--data", str(d2))[0] == 0
    assert run("show", "tydal", "--data", str(d2))[0] == 0
    damaged = sorted(cache_home.glob("graph-*.json.gz")) + sorted(cache_home.glob("lookup-*.json.gz"))
    assert len(damaged) >= 3
    for p in damaged:
        _zero_4k(p)
    for args in (["partners", "holtålen"], ["show", "tydal"], ["info"], ["communities"]):
        code, out, err = run(*args, "--data", str(d2))
        assert code == 0 and out.strip(), (args, err)
        assert "zlib" not in err and "Traceback" not in err
    key = cache.cache_key(d2)
    healed = cache_home / f"graph-{key[:32]}.json.gz"
    assert cache.loads(healed.read_bytes(), key) is not None  # replaced by a good file


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut off
        lambda b: b[:10] + bytes(4096) + b[4106:],  # zeroed just after the gzip header
        lambda b: gzip.compress(b"[" * 100_000),  # deep nesting in the header line
        lambda b: gzip.compress(b'{"format": 1}\n\xff\xfe'),  # a header of the wrong kind, a body not UTF-8
        lambda b: b"",
    ],
)
def test_m2_unpack_turns_every_damage_into_value_error(damage: Any) -> None:
    good = cache.pack('{"a": 1}', "k", fmt="x", rows=1)
    with pytest.raises(ValueError):
        cache.unpack(damage(good), "k", fmt="x", counts=("rows",))


# --- L1: lookup tables only from a trusted directory, header checked --------------------------------


def test_l1_a_world_writable_cache_dir_is_not_read_for_lookup_tables(cache_home: Path, graph: Any) -> None:
    lookup.write_partners(graph, None, "overlay", purpose="office", lang="nb")
    assert lookup.read_partners(None, "overlay", purpose="office", lang="nb") is not None
    cache_home.chmod(0o777)
    try:
        assert lookup.read_partners(None, "overlay", purpose="office", lang="nb") is None
    finally:
        cache_home.chmod(0o700)
    assert lookup.read_partners(None, "overlay", purpose="office", lang="nb") is not None


def test_l1_the_header_records_purpose_and_language_and_is_checked(cache_home: Path, graph: Any) -> None:
    lookup.write_partners(graph, None, "overlay", purpose="office", lang="nb")
    # the partner table is language-free (messages, rendered on read): its header says so
    (path,) = cache_home.glob("lookup-*-partners-office-all.json.gz")
    head = gzip.decompress(path.read_bytes()).split(b"\n", 1)[0]
    assert b'"table": "partners-office"' in head and b'"lang": "all"' in head
    key = lookup.lookup_key(cache.cache_key(None), lookup.table_fields("partners-office", lookup.ALL_LANGS))
    body = gzip.decompress(path.read_bytes()).split(b"\n", 1)[1].decode()
    wrong = {"table": "partners-network", "lang": "en"}  # the right key, the wrong purpose and language
    path.write_bytes(cache.pack(body, key, fmt=lookup.FORMAT, fields=wrong, answers=357))
    assert lookup.read_partners(None, "overlay", purpose="office", lang="nb") is None
    assert not path.exists()  # dropped, to be rebuilt


# --- M6: show pages are keyed by the day ------------------------------------------------------------


class _Day(datetime.date):
    today_is = datetime.date(2026, 12, 31)

    @classmethod
    def today(cls) -> _Day:
        d = cls.today_is
        return cls(d.year, d.month, d.day)


def test_m6_a_page_kept_on_new_years_eve_is_not_shown_on_new_years_day(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch, graph: Any
) -> None:
    monkeypatch.setattr(lookup.datetime, "date", _Day)
    lookup.keep_output(graph, None, "overlay", command="show", lang="nb", code="5026", page="side fra 2026")
    found = lookup.read_outputs(None, "overlay", command="show", lang="nb")
    assert found is not None and found.page("5026") == "side fra 2026"
    monkeypatch.setattr(_Day, "today_is", datetime.date(2027, 1, 1))
    assert lookup.read_outputs(None, "overlay", command="show", lang="nb") is None
    assert lookup.table_fields("partners-office", "nb") == {"table": "partners-office", "lang": "nb"}


# --- L7: files dknet does not read are not hashed ----------------------------------------------------


def test_l7_unrelated_files_in_the_data_folder_are_neither_read_nor_hashed(
    d2: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[str] = []
    real = files._file_digest
    monkeypatch.setattr(files, "_file_digest", lambda p: hashed.append(p.name) or real(p))
    before = files.fingerprint(d2)
    (d2 / "notater.bin").write_bytes(b"\0" * 1_000_000)
    (d2 / "bilde.png").write_bytes(b"\x89PNG")
    (d2 / "planer.csv.bak").write_text("x")
    hashed.clear()
    assert files.fingerprint(d2) == before
    assert "notater.bin" not in hashed and "plankapasitet.csv" in hashed
    (d2 / "veiledning (1).csv").write_text("x")  # a misnamed register: its name is part of the key (a warning)
    assert files.fingerprint(d2) != before


def test_l7_a_big_unrelated_file_does_not_slow_the_warm_key(d2: Path) -> None:
    with (d2 / "notater.bin").open("wb") as fh:
        fh.truncate(2 * 2**30)  # a sparse 2 GB file: hashing it would take seconds
    started = time.perf_counter()
    files.fingerprint(d2)
    assert time.perf_counter() - started < 2


# --- M3: wide rows are streamed ------------------------------------------------------------------------


def test_m3_a_workbook_with_a_cell_in_xfd_on_every_row_reads_in_seconds() -> None:
    started = time.perf_counter()
    table = read_file(HOSTILE / "xlsx_xfd_every_row" / "arenaer.xlsx")
    assert time.perf_counter() - started < 15  # was minutes and gigabytes (16 384 cells per row)
    assert len(table.rows) == 3000 and all(len(r.cells) == 3 for r in table.rows)
    assert len(table.problems) == 3000 and table.problems[0].row == 2


# --- M5: templates never overwrite ------------------------------------------------------------------------


def test_m5_templates_never_overwrite_filled_registers_without_force(tmp_path: Path) -> None:
    out = tmp_path / "maler"
    assert run("data", "templates", str(out))[0] == 0
    filled = "plan_id,kommunenummer,plantype\np1,5026,arealdel\n"
    (out / "planer.csv").write_text(filled, encoding="utf-8")
    code, _, err = run("data", "templates", str(out))
    assert code == 1
    assert "already has" in err and "planer.csv" in err and "--force" in err
    assert (out / "planer.csv").read_text(encoding="utf-8") == filled  # nothing lost
    assert not [p for p in out.iterdir() if p.name.startswith("tmp")]  # nothing half-written
    assert run("data", "templates", str(out), "--force")[0] == 0
    assert (out / "planer.csv").read_text(encoding="utf-8-sig").count("\n") == 1


# --- L2, L3: no tracebacks on output errors and arguments ---------------------------------------------


def _cli(args: list[str], env: dict[str, str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dknet", "--lang", "en", *args], capture_output=True, text=True, env=env, **kw
    )


def test_l2_output_that_cannot_be_written_is_one_sentence(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DKNET_CACHE_DIR": str(tmp_path / "cache")}
    if Path("/dev/full").exists():
        with Path("/dev/full").open("w") as full:
            r = subprocess.run(
                [sys.executable, "-m", "dknet", "--lang", "en", "partners", "tydal"],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert r.stderr.strip() == "Error: could not write to standard output: No space left on device"

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20 * 1024, resource.RLIM_INFINITY))

    target = tmp_path / "alle.xlsx"
    r = _cli(["partners", "--all", "--format", "xlsx", "-o", str(target)], env, preexec_fn=small_files)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "Exception ignored" not in r.stderr
    lines = r.stderr.strip().splitlines()  # the demo set's banner may come first, on its own line
    assert lines[-1] == f"Error: could not write {target}: File too large" and len(lines) <= 2
    assert not target.exists() and not list(tmp_path.glob(".alle*"))  # nothing half-written


@pytest.mark.parametrize(
    ("args", "code", "phrase"),
    [
        (["communities", "--seed", "99999999999999999999999"], 2, "--seed: must be at least 0 and at most 4294967295"),
        (["map", "--layout", "force", "--seed", "-5"], 2, "--seed: must be at least 0"),
        (["data", "templates", "/proc/nope"], 1, "Error: could not write the templates to /proc/nope"),
    ],
)
def test_l3_bad_arguments_are_one_sentence_not_a_traceback(args: list[str], code: int, phrase: str) -> None:
    r = CliRunner().invoke(cli, ["--lang", "en", *args])
    assert r.exit_code == code
    assert isinstance(r.exception, SystemExit)
    assert phrase in r.stderr
