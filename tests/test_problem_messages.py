"""Validation problems and library errors in bokmål, nynorsk and English (issue 13).

A problem or an error carries a catalogue key and its fields; it is put into words when shown.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import click
import pytest

from dknet.cli.common import Failure
from dknet.errors import AmbiguousNameError, DknetError, UnknownNameError
from dknet.io.dataset import validate_directory
from dknet.io.problems import Problem, Severity
from dknet.messages import MESSAGES
from dknet.messages.msg import Either, Local, Msg
from dknet.messages.problems import PROBLEMS

ROOT = Path(__file__).parent.parent
BAD = Path(__file__).parent / "bad_input"


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("key", sorted(PROBLEMS))
def test_every_problem_text_has_bokmal_nynorsk_and_english_with_the_same_fields(key: str) -> None:
    nb, nn, en = PROBLEMS[key]
    assert nb and nn and en, key  # nynorsk written out, not left to fall back to bokmål
    assert _fields(nb) == _fields(nn) == _fields(en), key


def _keys_used_in_the_library() -> set[str]:
    """Literal keys given to Msg(...) and to DknetError-like constructors in dknet/."""
    keys: set[str] = set()
    for path in (ROOT / "dknet").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if name in ("Msg", "DknetError", "ConfigError") and literal:
                key = str(first.value)  # type: ignore[attr-defined]
                if re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)+", key):
                    keys.add(key)
    return keys


def test_every_key_the_library_uses_is_in_the_catalogue() -> None:
    used = _keys_used_in_the_library()
    assert len(used) > 100
    assert sorted(used - set(MESSAGES)) == []
    # keys built from a kind of name
    for stem in ("municipality", "county", "sf", "query", "other"):
        assert f"name.unknown.{stem}" in MESSAGES and f"name.ambiguous.{stem}" in MESSAGES
    for stem in ("municipality", "county", "other"):
        assert f"name.hint.lost_zero.{stem}" in MESSAGES and f"kind.{stem}.number" in MESSAGES


def _all_problems() -> list[Problem]:
    out: list[Problem] = []
    for case in sorted(p for p in BAD.iterdir() if p.is_dir() and p.name != "hostile"):
        out += validate_directory(case)
    return out


def test_every_bad_input_problem_reads_in_each_language() -> None:
    problems = _all_problems()
    assert len(problems) > 15
    for p in problems:
        nb, nn, en = p.describe("nb"), p.describe("nn"), p.describe("en")
        assert "expected" not in nb and "Hint:" not in nb and "row " not in nb, nb
        assert "forventa" in nn or not p.is_error, nn
        assert ("expected" in en or not p.is_error) and "forventet" not in en, en
        assert p.file in nb and (p.value is None or p.value in nb)


def test_problem_as_dict_keeps_its_keys_and_english_texts() -> None:
    p = Problem("planer.csv", 3, "antall", "x", Msg("expect.number", title="Antall"), Msg("hint.digits_only"))
    d = p.as_dict()
    assert list(d) == ["file", "row", "column", "value", "expected", "hint", "severity", "key", "hint_key"]
    assert (d["expected"], d["hint"], d["severity"]) == (
        "a number (Antall)",
        "write digits only, e.g. 1,5 or 1.5",
        "error",
    )
    assert (d["key"], d["hint_key"]) == ("expect.number", "hint.digits_only")
    assert Problem("a.csv", None, None, None, "plain text").as_dict()["key"] == ""
    assert p.describe("nn") == (
        "planer.csv, rad 3, kolonne antall: verdi «x»: forventa eit tal (Antall). Tips: skriv berre siffer, t.d. 1,5 "
        "eller 1.5"
    )
    assert Severity.WARNING.label("nn") == "åtvaring" and Severity.ERROR.label("en") == "error"


def test_problems_survive_the_graph_cache_as_data() -> None:
    hint = Msg("hint.did_you_mean_then", close=Either(["a", "b"]), rest=Msg("hint.add_reference"))
    expected = Msg("expect.id_in_layer", layer="plankontor", title=Local("Plankontor", "", "Plan offices"))
    p = Problem("x.csv", 2, "id", "c", expected, hint, Severity.WARNING)
    import json

    back = Problem.from_data(json.loads(json.dumps(p.to_data())))
    assert back == p
    assert back.describe("nb") == (
        "x.csv, rad 2, kolonne id: verdi «c»: en id som står i plankontor (Plankontor). Tips: mente du a eller b? "
        "legg den inn i den filen først, eller rett id-en"
    )
    assert "an id listed in plankontor (Plan offices)" in back.describe("en")


def test_errors_are_english_for_programmers_and_translated_for_people() -> None:
    e = UnknownNameError("county", "Vikenn", ["Viken"])
    assert str(e) == "no county matches 'Vikenn'. Did you mean Viken?"
    assert e.message("nb") == "Fant ikke noe fylke som passer til «Vikenn». Mente du Viken?"
    assert e.message("nn") == "Fann ikkje noko fylke som passar til «Vikenn». Meinte du Viken?"
    a = AmbiguousNameError("municipality", "herøy", ["Herøy (1515, Møre og Romsdal)", "Herøy (1818, Nordland)"])
    assert a.message("nn").startswith("«herøy» passar til 2 kommunar: Herøy (1515")
    assert DknetError("a text that is no key").message("nb") == "a text that is no key"
    assert DknetError("error.within", within="naboer").message("nb").startswith("avgrensningen «naboer» forstås ikke")
    assert "--within" not in DknetError("error.within", within="x").message("en")  # library texts name no flags


@pytest.mark.parametrize(("lang", "prefix"), [("nb", "Feil: "), ("nn", "Feil: "), ("en", "Error: ")])
def test_cli_failures_start_with_feil_in_norwegian(lang: str, prefix: str, capsys: pytest.CaptureFixture[str]) -> None:
    from dknet.graphdb.connection import unreachable_message
    from dknet.graphdb.errors import DatabaseUnreachableError

    Failure(
        DatabaseUnreachableError(unreachable_message("bolt://x:1", "connection refused"), uri="bolt://x:1"), lang
    ).show()
    err = capsys.readouterr().err
    assert err.startswith(prefix)
    assert {"nb": "Får ikke kontakt med Neo4j", "nn": "Får ikkje kontakt med Neo4j", "en": "Cannot reach Neo4j"}[
        lang
    ] in err
    assert isinstance(Failure("x"), click.ClickException) and Failure("x").exit_code == 1


def test_output_path_problems_in_each_language(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dknet.cli import cli

    missing = tmp_path / "mangler" / "ut.csv"
    nb = CliRunner().invoke(cli, ["info", "-o", str(missing)])
    assert nb.exit_code == 1
    assert nb.stderr.startswith(f"Feil: mappen {missing.parent} finnes ikke; lag den først")
    en = CliRunner().invoke(cli, ["--lang", "en", "info", "-o", str(missing)])
    assert en.exit_code == 1
    assert en.stderr.startswith(f"Error: the folder {missing.parent} does not exist")
