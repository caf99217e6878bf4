"""The page cache (:func:`dknet.cli.common.kept_pages`): a warm repeat prints what the full path prints, and
misses whenever what the answer depends on changes."""

from __future__ import annotations

import datetime
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import dknet.cache
import dknet.cli.common
from dknet.cli import cli

#: The commands with a page cache, as an adviser types them (the demonstration set: Trøndelag is county 50).
COMMANDS = [
    ["gaps", "--county", "50"],
    ["gaps", "--kind", "structural"],
    ["plans", "--county", "50"],
    ["communities", "--county", "50"],
    ["plan-offices", "--county", "50"],
    ["scorecard", "--county", "50"],
    ["compare", "holtålen", "tydal"],
    ["partners", "--all"],
]


@pytest.fixture
def loads(tmp_path, monkeypatch, graph):  # type: ignore[no-untyped-def]
    """An empty cache; the session's graph instead of a rebuild; ``loads[0]``: how often a command loaded data."""
    monkeypatch.setenv("DKNET_CACHE_DIR", str(tmp_path / "cache"))
    built, loaded = dknet.cache.build, dknet.cli.common.load_graph
    count = [0]

    def build(user=None, *, mode="overlay", **kw):  # type: ignore[no-untyped-def]
        plain = not kw.get("assume_dir") and kw.get("demo") in (None, True)
        return graph if user is None and mode == "overlay" and plain else built(user, mode=mode, **kw)

    def load_graph(*args: Any, **kw: Any) -> Any:
        count[0] += 1
        return loaded(*args, **kw)

    monkeypatch.setattr(dknet.cache, "build", build)
    monkeypatch.setattr(dknet.cli.common, "load_graph", load_graph)
    return count


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _hit(loads: list[int], *args: str) -> tuple[bool, tuple[int, str, str]]:
    """Run ``args``; True when the answer came from the page cache (no data loaded)."""
    before = loads[0]
    result = _run(*args)
    return loads[0] == before, result


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_the_warm_output_is_byte_identical_to_the_cold_output(loads, args, fmt) -> None:  # type: ignore[no-untyped-def]
    full = _run(*args, "--format", fmt, "--no-cache")
    cold_hit, cold = _hit(loads, *args, "--format", fmt)
    warm_hit, warm = _hit(loads, *args, "--format", fmt)
    assert full[0] == 0 and full[1].strip(), full[2]
    assert not cold_hit and warm_hit
    assert cold == full and warm == full  # exit code, stdout and stderr


def test_the_map_file_and_messages_are_the_same_warm(loads, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kart.html"
    cold_hit, cold = _hit(loads, "map", "-o", str(out), "--county", "50")
    made = out.read_bytes()
    out.unlink()
    warm_hit, warm = _hit(loads, "map", "-o", str(out), "--county", "50")
    assert not cold_hit and warm_hit and cold == warm and cold[0] == 0
    assert out.read_bytes() == made and b"<html" in made.lower()
    other = tmp_path / "annet.html"
    other_hit, result = _hit(loads, "map", "-o", str(other), "--county", "50")
    assert not other_hit and str(other) in result[1]  # the path it prints is the new one


def test_no_cache_language_format_and_options_miss(loads) -> None:  # type: ignore[no-untyped-def]
    args = ["scorecard", "--county", "50"]
    assert not _hit(loads, *args)[0] and _hit(loads, *args)[0]
    assert not _hit(loads, *args, "--no-cache")[0]
    english_hit, english = _hit(loads, *args, "--lang", "en")
    assert not english_hit and english != _run(*args)
    assert not _hit(loads, *args, "--csv-dialect", "standard", "--format", "csv")[0]
    assert not _hit(loads, "scorecard", "--county", "50", "--long")[0]
    assert not _hit(loads, "gaps", "--county", "50", "--as-of", "2026-01-01")[0]
    assert _hit(loads, "gaps", "--county", "50", "--as-of", "2026-01-01")[0]
    assert not _hit(loads, "gaps", "--county", "50", "--as-of", "2025-01-01")[0]


def test_another_day_misses(loads, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    args = ["plans", "--county", "50"]
    assert not _hit(loads, *args)[0] and _hit(loads, *args)[0]
    monkeypatch.setattr(dknet.cli.common, "_today", lambda: datetime.date.today() + datetime.timedelta(days=1))
    assert not _hit(loads, *args)[0] and _hit(loads, *args)[0]


def test_a_changed_config_file_misses(loads, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "profil.toml"
    config.write_bytes((Path(dknet.__file__).parent / "analysis" / "profile.toml").read_bytes())
    args = ["communities", "--county", "50", "--config", str(config)]
    assert not _hit(loads, *args)[0] and _hit(loads, *args)[0]
    config.write_bytes(config.read_bytes() + b"\n# endret\n")
    assert not _hit(loads, *args)[0] and _hit(loads, *args)[0]


def test_a_changed_input_file_misses(loads, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "plankontor.csv").write_text(
        "plankontor_id,navn,form,status,fra_aar\nnytt,Plankontor Leka–Tydal,virtuelt,aktiv,2026\n", encoding="utf-8"
    )
    members = folder / "plankontor_medlemmer.csv"
    members.write_text("plankontor_id,kommunenummer,rolle\nnytt,Leka,vert\nnytt,Tydal,deltaker\n", encoding="utf-8")
    args = ["gaps", "--county", "50", "--data", str(folder)]
    first = _hit(loads, *args)
    assert not first[0] and first[1][0] == 0 and not first[1][2].strip(), first[1][2]
    assert _hit(loads, *args) == (True, first[1])
    members.write_text(members.read_text(encoding="utf-8") + "nytt,Lierne,deltaker\n", encoding="utf-8")
    changed = _hit(loads, *args)
    assert not changed[0] and changed[1] == _run(*args, "--no-cache")


def test_a_user_folder_with_warnings_is_never_kept(loads, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a layer\n", encoding="utf-8")
    args = ["gaps", "--county", "50", "--data", str(folder)]
    first, again = _hit(loads, *args), _hit(loads, *args)
    assert not first[0] and not again[0] and "notes.txt" in again[1][2]


def _pages_file(cache_dir: Path, command: str) -> Path:
    (found,) = [p for p in cache_dir.iterdir() if p.name.startswith("lookup-") and f"-pages-{command}-" in p.name]
    return found


def test_a_damaged_file_is_dropped_and_recomputed(loads, tmp_path) -> None:  # type: ignore[no-untyped-def]
    args = ["compare", "holtålen", "tydal"]
    cold = _hit(loads, *args)[1]
    path = _pages_file(tmp_path / "cache", "compare")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert _hit(loads, *args) == (False, cold)  # dropped, computed again, kept again
    assert _hit(loads, *args) == (True, cold)


def test_a_damaged_entry_is_recomputed(loads, tmp_path) -> None:  # type: ignore[no-untyped-def]
    args = ["compare", "holtålen", "tydal"]
    cold = _hit(loads, *args)[1]
    path = _pages_file(tmp_path / "cache", "compare")
    head, _, body = gzip.decompress(path.read_bytes()).partition(b"\n")
    header, doc = json.loads(head), json.loads(body)
    for page in doc["pages"].values():
        page["events"] = [["tty", 1]]
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    fields = {k: header[k] for k in ("table", "lang", "day")}
    path.write_bytes(dknet.cache.pack(text, header["key"], fmt=header["format"], fields=fields, pages=1))
    assert _hit(loads, *args) == (False, cold)
    assert _hit(loads, *args) == (True, cold)


def test_a_table_keeps_the_newest_requests_within_its_bounds(loads, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dknet import lookup

    monkeypatch.setattr(lookup, "MAX_PAGES", 2)
    for county in ("50", "18", "15"):
        _run("gaps", "--county", county)
    doc = json.loads(gzip.decompress(_pages_file(tmp_path / "cache", "gaps").read_bytes()).partition(b"\n")[2])
    assert len(doc["pages"]) == 2
    assert _hit(loads, "gaps", "--county", "15")[0] and not _hit(loads, "gaps", "--county", "50")[0]
    monkeypatch.setattr(lookup, "MAX_PAGE_CHARS", 10)  # every page is larger: only the newest stays
    _run("gaps", "--county", "18")
    doc = json.loads(gzip.decompress(_pages_file(tmp_path / "cache", "gaps").read_bytes()).partition(b"\n")[2])
    assert len(doc["pages"]) == 1 and _hit(loads, "gaps", "--county", "18")[0]
