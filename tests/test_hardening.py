"""Hardening (issue 14): a cache that cannot run code or go stale, outputs that never surprise, signals.

The hostile input files are in test_hardening_corpus.py; this file covers the cache, the output
helper, Ctrl-C and closed pipes, the first-time-user fixes and the README's Python snippets.
"""

from __future__ import annotations

import math
import os
import pickle
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dknet import cache
from dknet.cli import cli
from dknet.cli.output import output_problem, write_atomic
from dknet.errors import DataValidationError
from dknet.io import atomic
from dknet.io.csvfile import parse_csv_bytes
from dknet.present.format import render

ROOT = Path(__file__).resolve().parents[1]
CAPACITY = "kommunenummer,aarsverk_samfunn,aarsverk_areal\n5026,0.3,0.5\n"


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    d = tmp_path / "registre"
    d.mkdir()
    (d / "plankapasitet.csv").write_text(CAPACITY, encoding="utf-8")
    return d


class _Evil:
    """A pickle that, when loaded, writes a marker file: the attack the old cache allowed."""

    marker = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.write_text, (Path(self.marker), "pwned"))


# --- cache --------------------------------------------------------------------------------------


def test_a_planted_pickle_in_the_cache_directory_is_never_executed(
    cache_home: Path, user_dir: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "marker"
    evil = _Evil()
    evil.marker = str(marker)
    payload = pickle.dumps(evil)
    key = cache.cache_key(user_dir)
    cache_home.mkdir(mode=0o700)
    old_name = "graph-" + __import__("hashlib").sha256(key.encode()).hexdigest()[:20] + ".pickle"
    for name in (old_name, f"graph-{key[:32]}.json.gz", f"graph-{key[:32]}.pickle"):
        (cache_home / name).write_bytes(payload)
    G = cache.load_graph(user_dir)
    assert not marker.exists()
    assert G.nodes["kommune:5026"]["name"] == "Holtålen"
    assert not list(cache_home.glob("*.pickle"))  # old pickles are pruned, never read
    assert cache.loads((cache_home / f"graph-{key[:32]}.json.gz").read_bytes(), key) is not None  # replaced


def test_an_edit_that_keeps_size_and_mtime_is_seen(cache_home: Path, user_dir: Path) -> None:
    f = user_dir / "plankapasitet.csv"
    G = cache.load_graph(user_dir)
    assert any(d.get("source") == "user" for _, d in G.nodes(data=True)) or G.number_of_nodes()
    st_before = f.stat()
    f.write_text(CAPACITY.replace("5026", "9999"), encoding="utf-8")  # same size, now invalid
    os.utime(f, ns=(st_before.st_atime_ns, st_before.st_mtime_ns))
    assert f.stat().st_size == st_before.st_size and f.stat().st_mtime_ns == st_before.st_mtime_ns
    with pytest.raises(DataValidationError):
        cache.load_graph(user_dir)


def test_a_graph_built_by_other_code_is_not_served(
    cache_home: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An update from git keeps the version number; the key follows dknet's own code as well.
    before = cache.cache_key(user_dir)
    cache.load_graph(user_dir)
    monkeypatch.setattr(cache, "source_digest", lambda: "0" * 64)  # as if dknet's code had been edited
    assert cache.cache_key(user_dir) != before
    built: list[int] = []
    real_build = cache.build
    monkeypatch.setattr(cache, "build", lambda *a, **kw: built.append(1) or real_build(*a, **kw))
    cache.load_graph(user_dir)
    assert built == [1]  # rebuilt, not read from the old file


def test_a_corrupt_forged_or_foreign_cache_file_is_ignored_and_replaced(
    cache_home: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    G = cache.load_graph(user_dir)
    key = cache.cache_key(user_dir)
    path = cache_home / f"graph-{key[:32]}.json.gz"
    good = path.read_bytes()
    assert cache.loads(good, key) is not None
    assert cache.loads(good, "another key") is None
    assert cache.loads(b"not gzip", key) is None
    forged = __import__("gzip").decompress(good).replace(b'"Holt\xc3\xa5len"', b'"Forged"', 1)
    assert cache.loads(__import__("gzip").compress(forged), key) is None  # body hash no longer matches
    path.write_bytes(b"\x80\x04garbage")
    H = cache.load_graph(user_dir)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert cache.loads(path.read_bytes(), key) is not None  # replaced by a good file
    monkeypatch.setattr(os, "getuid", lambda: os.geteuid() + 4242)  # as if another user owned the files
    assert cache._read(path, key) is None


def test_the_cache_round_trips_the_graph_exactly(graph: Any) -> None:
    H = cache.loads(cache.dumps(graph, "k"), "k")
    assert H is not None

    def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return a.keys() == b.keys() and all(
            (isinstance(v, float) and math.isnan(v) and math.isnan(b[k])) or v == b[k] for k, v in a.items()
        )

    assert list(H.nodes) == list(graph.nodes)
    assert all(same(graph.nodes[n], H.nodes[n]) for n in graph.nodes)
    assert sorted(graph.edges(keys=True)) == sorted(H.edges(keys=True))
    assert all(same(d, H.edges[u, v, k]) for u, v, k, d in graph.edges(keys=True, data=True))
    assert H.graph == graph.graph


def test_old_cache_entries_are_pruned(tmp_path: Path) -> None:
    now = time.time()
    for i in range(12):
        p = tmp_path / f"graph-{i:02d}.json.gz"
        p.write_bytes(b"x")
        os.utime(p, (now - 100 + i, now - 100 + i))
    (tmp_path / "graph-old.pickle").write_bytes(b"x")
    stale = tmp_path / ".graph-abc.tmp"
    stale.write_bytes(b"x")
    os.utime(stale, (now - 7200, now - 7200))
    fresh = tmp_path / ".graph-new.tmp"  # another run may be writing it right now
    fresh.write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not ours")
    cache.prune(tmp_path, now=now)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"graph-{i:02d}.json.gz" for i in range(4, 12)] + [".graph-new.tmp", "notes.txt"]
    )


def test_a_wrong_data_dir_is_an_error_even_with_a_warm_cache(cache_home: Path, tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["--lang", "en", "info", "--format", "json"]).exit_code == 0  # warm
    r = CliRunner().invoke(cli, ["--lang", "en", "show", "5026", "--data", str(tmp_path / "no-such-dir")])
    assert r.exit_code == 3
    assert "no-such-dir: expected a directory of data files" in r.stderr


# --- outputs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("", "Error: the output path is empty; give a file name, or - for standard output"),
        ("{tmp}/missing/kart.html", "Error: the folder {tmp}/missing does not exist"),
        ("{tmp}/file.txt/kart.html", "Error: {tmp}/file.txt is a file, so {tmp}/file.txt/kart.html cannot be created"),
        ("{tmp}/fifo", "Error: {tmp}/fifo is not a regular file (a device, pipe or socket); use -o - "),
        ("{tmp}/link.html", "Error: {tmp}/link.html is a symbolic link"),
        ("{tmp}", "Error: {tmp} is a folder; give a file name inside it"),
    ],
)
def test_bad_output_paths_fail_before_any_work_with_one_sentence(tmp_path: Path, target: str, message: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "real.html").write_text("keep")
    (tmp_path / "link.html").symlink_to(tmp_path / "real.html")
    started = time.perf_counter()
    r = CliRunner().invoke(cli, ["--lang", "en", "map", "-o", target.format(tmp=tmp_path)])
    assert r.exit_code == 1
    assert r.stderr.startswith(message.format(tmp=tmp_path))
    assert len(r.stderr.strip().splitlines()) == 1
    assert time.perf_counter() - started < 5  # refused while parsing, before the graph is loaded
    assert (tmp_path / "link.html").is_symlink() and (tmp_path / "real.html").read_text() == "keep"
    assert (tmp_path / "fifo").exists() and not (tmp_path / "fifo").is_file()


def test_unwritable_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "access", lambda p, mode: False)  # root may write anywhere; pretend not
    assert str(output_problem(tmp_path / "x.csv")) == f"the folder {tmp_path} may not be written; choose another path"


def test_atomic_write_keeps_mode_and_leaves_no_temporary_file_when_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.csv"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new\n")
    assert target.read_text() == "new\n" and target.stat().st_mode & 0o777 == 0o600

    def interrupted(self: Path, other: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "never")
    assert target.read_text() == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ut.csv"]


def test_csv_output_neutralises_formulas_and_the_table_strips_terminal_controls() -> None:
    df = pd.DataFrame(
        {
            "navn": [
                '=HYPERLINK("http://x")',
                "+cmd|' /C calc'!A0",
                "-0,5",
                "@SUM(A1)",
                "\tx",
                "Nord-Fron",
                "Holtålen\x1b[2J\u202e",
            ],
            "n": [1.0, -0.0, 2.0, 3.0, 4.0, 5.0, -0.0001],
        }
    )
    csv_text = render(df, "csv")
    cells = [row[0] for row in __import__("csv").reader(csv_text.splitlines()[1:])]
    assert cells[:6] == [
        '\'=HYPERLINK("http://x")',
        "'+cmd|' /C calc'!A0",
        "-0,5",
        "'@SUM(A1)",
        "'\tx",
        "Nord-Fron",
    ]
    assert cells[6].startswith("Holtålen") and "\x1b" not in csv_text  # stripped or kept, never run as a formula
    assert ",-0.0\n" not in csv_text
    table = render(df, "table")
    assert "\x1b" not in table and "\u202e" not in table and "Holtålen" in table
    assert not re.search(r"(?<![\d.,])-0(?![.,\d])", table)  # no "-0"


# --- signals and pipes --------------------------------------------------------------------------


def _dknet(code: str, *args: str, **kw: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, **kw)


def test_ctrl_c_exits_130_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    """SIGINT while the -o file is half-way (written to its temporary file, not yet renamed).

    No clock in it: dknet pauses at that point (``DKNET_TEST_PAUSE``, dknet.io.atomic) and says
    so by writing the marker file; only then does the test send the signal. SIGINT is set back to
    its default before dknet starts: a test run started in the background by a script (``cmd &``)
    inherits SIGINT *ignored*, and then Python never raises KeyboardInterrupt (the old failure,
    exit 3: the command just finished).
    """
    marker, out = tmp_path / "paused", tmp_path / "ut"
    out.mkdir()
    target = out / "problemer.csv"
    bad = ROOT / "tests" / "bad_input" / "hostile" / "many_errors"
    code = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        "os.execv(sys.executable, [sys.executable, '-m', 'dknet', *sys.argv[1:]])"
    )
    args = ["--lang", "en", "validate", str(bad), "--format", "csv", "-o", str(target)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore", atomic.PAUSE_ENV: str(marker)}
    p = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not marker.exists() and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # waiting for a condition, not for the clock
    assert marker.exists(), f"dknet never reached the write (exit {p.poll()})"
    while not marker.read_text(encoding="utf-8"):  # created, not yet written
        time.sleep(0.01)
    tmp = Path(marker.read_text(encoding="utf-8"))
    assert tmp.parent == out and tmp.name.endswith(".tmp") and tmp.exists()
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert b"Interrupted" in err and b"Traceback" not in err
    assert list(out.iterdir()) == []


def test_a_closed_pipe_ends_quietly_with_exit_0(tmp_path: Path) -> None:
    code = "import sys; from dknet.cli import cli; cli.main(sys.argv[1:], prog_name='dknet')"
    # About 190 kB of JSON: more than a pipe holds, so the writer meets the closed pipe.
    p = _dknet(
        code, "--lang", "en", "gaps", "--format", "json", "--top", "400", stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert p.stdout is not None and p.stderr is not None
    p.stdout.readline()
    p.stdout.close()  # like `| head -1`
    err = p.stderr.read()
    p.stderr.close()
    p.wait(timeout=120)
    assert p.returncode == 0, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err


# --- first-time user ----------------------------------------------------------------------------


def test_templates_then_validate_round_trip(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["--lang", "en", "data", "templates", str(tmp_path / "maler")]).exit_code == 0
    r = CliRunner().invoke(cli, ["--lang", "en", "validate", str(tmp_path / "maler")])
    assert r.exit_code == 0, r.output
    assert r.stderr.endswith(": 0 errors, 0 warnings.\n")


def test_the_generator_without_out_writes_to_the_current_folder_not_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import scripts.illustrate.__main__ as generator

    seen: list[Path] = []

    def fake(out_dir: Path, *, seed: int) -> tuple[Path, dict[str, Any]]:
        seen.append(out_dir)
        return out_dir, {"rows": {}, "calibration": {}}

    monkeypatch.setattr(generator, "write_illustrative", fake)
    monkeypatch.chdir(tmp_path)
    assert generator.main([]) == 0
    assert seen == [Path("illustrative")]


def test_the_package_has_no_command_that_regenerates_the_demonstration_set() -> None:
    r = CliRunner().invoke(cli, ["--lang", "en", "data", "illustrate"])
    assert r.exit_code == 2 and "illustrate" in r.stderr


def test_info_csv_prints_counts_as_whole_numbers() -> None:
    r = CliRunner().invoke(cli, ["--lang", "en", "info", "--format", "csv"])
    assert r.exit_code == 0
    rows = list(__import__("csv").DictReader(r.stdout.splitlines()))
    counts = [row["antall"] for row in rows if row["antall"]]
    assert counts and all(c.isdigit() for c in counts)


def test_gaps_says_when_county_and_sf_do_not_overlap() -> None:
    r = CliRunner().invoke(cli, ["--lang", "en", "gaps", "--county", "50", "--sf", "oslo"])
    assert r.exit_code == 1
    assert "do not overlap: no municipality is in both" in r.stderr


def test_the_readme_python_snippets_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a snippet may write a map into the current folder
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})  # our own README


# --- generated files ----------------------------------------------------------------------------

_CELL = st.text(alphabet=st.sampled_from(list("aå æøÅŋčđ5026;,\t\"'\n\r=-x")), max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(_CELL, min_size=1, max_size=4), min_size=1, max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "latin-1"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    break_quoting=st.booleans(),
)
def test_any_file_in_any_encoding_dialect_or_broken_quoting_parses_without_an_exception(
    rows: list[list[str]], encoding: str, delimiter: str, newline: str, break_quoting: bool
) -> None:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerows([["plan_id", "navn"], *rows])
    text = buf.getvalue()
    if break_quoting and '"' in text:
        text = text.replace('"', "", 1)
    data = text.encode(encoding, errors="replace")
    table = parse_csv_bytes("t.csv", data)  # must not raise, whatever the bytes
    assert all(p.file == "t.csv" for p in table.problems)
    assert all(isinstance(v, str) for row in table.rows for v in row.cells.values())


def test_a_password_in_the_neo4j_uri_is_never_printed_back() -> None:
    r = CliRunner().invoke(cli, ["--lang", "en", "neo4j", "status", "--uri", "bolt://neo4j:s3cret-pw@db.example:7687"])
    assert r.exit_code == 2
    assert "s3cret-pw" not in r.output
    assert "give the password in NEO4J_PASSWORD instead" in r.output
