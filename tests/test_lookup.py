"""The warm ``dknet partners`` from the cache's lookup table: the same answer as the full path, without pandas."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dknet import lookup
from dknet.analysis.partners import analysis_notes, partner_index, suggest_partners
from dknet.analysis.profiles import load_config
from dknet.analysis.reasons import ReasonContext
from dknet.analysis.scoring import pair_table
from dknet.cli import cli
from dknet.messages.msg import text_data
from dknet.present.format import jsonable
from dknet.present.render import render_frame, render_value

#: A spread of real places: inland, island, Sami, towns, several counties, an ambiguous name.
PLACES = ("holtålen", "træna", "guovdageaidnu", "bodø", "tydal", "herøy nordland", "5001", "utsira", "lierne")


@pytest.mark.parametrize("purpose", ["office", "network"])
def test_the_index_holds_what_suggest_partners_answers_for_every_municipality(graph, purpose) -> None:  # type: ignore[no-untyped-def]
    config = load_config()
    index = partner_index(graph, purpose=purpose, top=lookup.TOP, config=config)
    table = pair_table(graph, config=config)
    ctx = ReasonContext.build(graph, table, config)
    assert sorted(index) == sorted(table.codes) and len(index) == 357
    for code in table.codes:
        df = render_frame(
            suggest_partners(graph, code, purpose=purpose, config=config, table=table, reason_context=ctx), "nb"
        )
        rows = [{**r, "reasons": render_value(r["reasons"], "nb")} for r in index[code]["rows"]]
        assert jsonable(rows) == jsonable(df), code  # NaN (no sea gap) as None on both sides
        assert index[code]["hidden"] == df.attrs["hidden"], code
        assert render_value(index[code]["empty_reason"], "nb") == df.attrs["empty_reason"], code


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch, graph):  # type: ignore[no-untyped-def]
    """An empty cache directory, and the bundled graph built once per session instead of per ``--no-cache``."""
    import dknet.cache

    monkeypatch.setenv("DKNET_CACHE_DIR", str(tmp_path))
    built = dknet.cache.build

    def build(user=None, *, mode="overlay", **kw):  # type: ignore[no-untyped-def]
        plain = not kw.get("assume_dir") and kw.get("demo") in (None, True)  # the session graph is the demo set
        return graph if user is None and mode == "overlay" and plain else built(user, mode=mode, **kw)

    monkeypatch.setattr(dknet.cache, "build", build)
    return tmp_path


@pytest.mark.parametrize(("lang", "places"), [("nb", PLACES), ("nn", PLACES[:3]), ("en", PLACES[3:6])])
def test_warm_output_is_byte_identical_to_the_full_path(fresh_cache, lang, places) -> None:  # type: ignore[no-untyped-def]
    """``--no-cache`` takes the full path (suggest_partners); the second and third runs read the lookup table."""
    for place in places:
        for extra in (["--explain"], ["--top", "3"], ["--purpose", "network", "--explain", "--top", "5"]):
            args = ["partners", place, "--lang", lang, *extra]
            full = _run(*args, "--no-cache")
            first = _run(*args)  # builds the lookup table (first time per purpose)
            warm = _run(*args)
            assert full[0] == 0, full[2]
            assert first == full and warm == full, (place, extra)
    names = sorted(p.name for p in fresh_cache.iterdir())
    assert sum(n.startswith("lookup-") for n in names) == 2  # one per purpose, for every language


def test_a_name_that_does_not_resolve_gets_the_full_paths_error(fresh_cache) -> None:  # type: ignore[no-untyped-def]
    _run("partners", "holtålen")
    for query in ("herøy", "holtaln", "1567"):
        warm = CliRunner().invoke(cli, ["partners", query])
        full = CliRunner().invoke(cli, ["partners", query, "--no-cache"])
        assert warm.exit_code == full.exit_code == 1
        assert warm.stderr == full.stderr and warm.stderr.strip()


#: Runs the CLI with its arguments in a fresh interpreter, then says which heavy modules it imported.
IMPORTS = (
    "import sys\nfrom dknet.cli import cli\n"
    "try:\n    cli(sys.argv[1:], prog_name='dknet')\n"
    "except SystemExit:\n    pass\n"
    "print('LOADED', sorted(m for m in ('pandas', 'networkx', 'numpy') if m in sys.modules), file=sys.stderr)\n"
)


@pytest.mark.parametrize(
    "args",
    [
        ["partners", "holtålen", "--explain"],
        ["show", "Tydal"],
        ["info"],
        # the page cache (dknet.cli.common.kept_pages)
        ["gaps", "--county", "50"],
        ["gaps", "--kind", "structural", "--format", "csv"],
        ["plans", "--county", "50"],
        ["communities", "--county", "50"],
        ["scorecard", "--county", "50", "--format", "json"],
        ["compare", "holtålen", "tydal"],
        ["partners", "--all"],
        ["map", "--county", "50", "-o", "{tmp}/kart.html"],
    ],
    ids=lambda a: " ".join(a[:3]),
)
def test_the_warm_path_imports_neither_pandas_nor_networkx_nor_numpy(tmp_path, args) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "DKNET_CACHE_DIR": str(tmp_path)}
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    cold = subprocess.run([sys.executable, "-c", IMPORTS, *args], capture_output=True, text=True, env=env, check=True)
    warm = subprocess.run([sys.executable, "-c", IMPORTS, *args], capture_output=True, text=True, env=env, check=True)
    assert "LOADED ['networkx', 'numpy', 'pandas']" in cold.stderr
    assert "LOADED []" in warm.stderr
    assert warm.stdout == cold.stdout and warm.stdout.strip()


def test_options_beyond_the_default_take_the_full_path(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DKNET_CACHE_DIR", str(tmp_path))
    _run("partners", "holtålen")
    calls: list[str] = []
    answer = lookup.PartnerLookup.answer
    monkeypatch.setattr(lookup.PartnerLookup, "answer", lambda self, q: calls.append(q) or answer(self, q))
    for extra in (["--top", "11"], ["--within", "county"], ["--include-existing"], ["--weight", "folketall=2"]):
        assert _run("partners", "holtålen", *extra)[0] == 0
    assert _run("partners", "holtålen", "--format", "json")[0] == 0
    assert calls == []
    assert _run("partners", "holtålen")[0] == 0
    assert calls == ["holtålen"]  # the default request does use it


def test_a_changed_source_or_forged_file_is_never_used(tmp_path, monkeypatch, graph) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DKNET_CACHE_DIR", str(tmp_path))
    made = lookup.write_partners(graph, None, "overlay", purpose="office", lang="nb")
    assert lookup.read_partners(None, "overlay", purpose="office", lang="nb") is not None
    assert made.answer("Holtålen")["rows"][0]["navn"] == "Rosse - Røros"  # type: ignore[index]
    (path,) = tmp_path.glob("lookup-*.json.gz")
    head, _, body = gzip.decompress(path.read_bytes()).partition(b"\n")
    forged = json.loads(body)
    forged["answers"]["5026"]["rows"][0]["navn"] = "Forged"
    path.write_bytes(gzip.compress(head + b"\n" + json.dumps(forged).encode()))
    assert lookup.read_partners(None, "overlay", purpose="office", lang="nb") is None  # hash no longer matches
    lookup.write_partners(graph, None, "overlay", purpose="office", lang="nb")
    monkeypatch.setattr(lookup, "source_digest", lambda: "0" * 64)  # as if dknet's code had been edited
    assert lookup.read_partners(None, "overlay", purpose="office", lang="nb") is None


def test_one_language_free_table_serves_every_language(tmp_path, monkeypatch, graph) -> None:  # type: ignore[no-untyped-def]
    """The table keeps meaning (messages), not words: written once, read in nb, nn and en."""
    monkeypatch.setenv("DKNET_CACHE_DIR", str(tmp_path))
    lookup.write_partners(graph, None, "overlay", purpose="office", lang="nb")
    read = {lang: lookup.read_partners(None, "overlay", purpose="office", lang=lang) for lang in ("nb", "nn", "en")}
    answers = {lang: found.answer("Holtålen") for lang, found in read.items() if found is not None}
    assert len(list(tmp_path.glob("lookup-*.json.gz"))) == 1 and len(answers) == 3
    assert answers["nb"]["rows"][0]["navn"] == answers["en"]["rows"][0]["navn"]  # type: ignore[index]
    nb, en = (" ".join(answers[lang]["rows"][0]["reasons"]) for lang in ("nb", "en"))  # type: ignore[index]
    assert "felles grense" in nb and "shares a border" in en


def test_the_notes_come_with_the_answer(graph) -> None:  # type: ignore[no-untyped-def]
    found = lookup.PartnerLookup(
        {
            "purpose": "office",
            "names": __import__("dknet.overview", fromlist=["x"]).municipality_index(graph).to_json(),
            "answers": {"5026": {"rows": [], "hidden": [], "empty_reason": "x"}},
            "notes": [text_data(n) for n in analysis_notes(graph)],
            "warnings": 0,
        }
    )
    answer = found.answer("holtaalen")
    assert answer is not None and answer["kommune"] == "5026" and any(n.startswith("Merk") for n in answer["notes"])
    assert found.answer("Tydal") is None  # not in this (hand-made) table


def test_user_folder_with_warnings_is_not_looked_up(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DKNET_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a layer\n", encoding="utf-8")
    first = _run("partners", "holtålen", "--data", str(folder))
    again = _run("partners", "holtålen", "--data", str(folder))
    assert first == again and first[0] == 0
    assert "notes.txt" in again[2]  # the warning is printed every time, by the full path
    assert not list((tmp_path / "cache").glob("lookup-*partners*"))  # and no table is kept for such a folder


@pytest.mark.parametrize(
    "args",
    [
        ["show", "holtålen"],
        ["show", "holtaalen", "--lang", "nn"],
        ["show", "guovdageaidnu", "--lang", "en"],
        ["show", "træna"],
        ["info"],
        ["info", "--lang", "en"],
    ],
)
def test_show_and_info_pages_are_kept_and_printed_the_same(fresh_cache, args) -> None:  # type: ignore[no-untyped-def]
    full = _run(*args, "--no-cache")
    first = _run(*args)  # computes and keeps the page
    warm = _run(*args)
    assert full[0] == 0 and first == full and warm == full
    assert any(p.name.startswith("lookup-") and f"-{args[0]}-" in p.name for p in fresh_cache.iterdir())


def test_other_formats_of_show_are_not_looked_up(fresh_cache) -> None:  # type: ignore[no-untyped-def]
    _run("show", "holtålen")
    code, out, _ = _run("show", "holtålen", "--format", "json")
    assert code == 0 and json.loads(out)["kommune"] == "5026"
