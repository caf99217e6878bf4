"""click's usage errors (exit 2) in the command's language: bokmål by default, --lang en, DKNET_LANG=nn.

The frame ("Bruk: …", "Prøv «… --help» for hjelp.", "Feil: …") and the common messages come
from the catalogue (dknet.cli.usage); none of click's English is left, and nothing ends in a
traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dknet.cli import cli

#: click's English words that must not reach a Norwegian reader.
CLICK_ENGLISH = ("Error:", "Try '", "Usage:", "No such", "Missing", "Invalid value", "is not one of", "Did you mean")


def run(*args: str, lang_env: str | None = None) -> Any:
    env = {"DKNET_LANG": lang_env}  # None: not set
    return CliRunner().invoke(cli, list(args), prog_name="dknet", env=env)  # type: ignore[arg-type]


def _usage_error(r: Any) -> str:
    """stderr of a usage error, after checking exit 2, no traceback and nothing on stdout."""
    assert r.exit_code == 2, (r.exit_code, r.stderr, r.exception)
    assert isinstance(r.exception, SystemExit)
    assert "Traceback" not in r.stderr and r.stdout == ""
    return str(r.stderr)


#: (arguments, bokmål, nynorsk, English) of the last line of stderr.
CASES = [
    (
        ["partners", "--nope"],
        "Feil: Valget --nope finnes ikke. Mente du --top eller --no-cache?",
        "Feil: Valet --nope finst ikkje. Meinte du --top eller --no-cache?",
        "Error: No such option: --nope. Did you mean --top or --no-cache?",
    ),
    (
        ["partnrs"],
        "Feil: Kommandoen «partnrs» finnes ikke. Mente du partners eller plans?",
        "Feil: Kommandoen «partnrs» finst ikkje. Meinte du partners eller plans?",
        "Error: No such command 'partnrs'. Did you mean partners or plans?",
    ),
    (
        ["partners", "--format", "xml"],
        "Feil: Ugyldig verdi for --format: «xml» er ikke et av valgene. Velg table, json, csv eller xlsx.",
        "Feil: Ugyldig verdi for --format: «xml» er ikkje eitt av vala. Vel table, json, csv eller xlsx.",
        "Error: Invalid value for --format: 'xml' is not one of the choices. Choose table, json, csv or xlsx.",
    ),
    (
        ["partners", "--top", "0"],
        "Feil: Ugyldig verdi for --top: må være minst 1, ikke 0.",
        "Feil: Ugyldig verdi for --top: må vere minst 1, ikkje 0.",
        "Error: Invalid value for --top: must be at least 1, not 0.",
    ),
    (
        ["compare"],
        "Feil: Mangler argumentet KOMMUNER.",
        "Feil: Manglar argumentet KOMMUNER.",
        "Error: Missing argument KOMMUNER.",
    ),
]


@pytest.mark.parametrize(("args", "nb", "nn", "en"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_usage_errors_in_three_languages(args: list[str], nb: str, nn: str, en: str) -> None:
    bokmal = _usage_error(run(*args))
    assert bokmal.splitlines()[-1] == nb
    assert not [w for w in CLICK_ENGLISH if w in bokmal]
    assert _usage_error(run(*args, lang_env="nn")).splitlines()[-1] == nn
    assert _usage_error(run("--lang", "en", *args)).splitlines()[-1] == en
    assert _usage_error(run(*args, "--lang", "en")).splitlines()[-1] == en  # --lang after the mistake
    assert _usage_error(run(*args, "--lang", "en", lang_env="nn")).splitlines()[-1] == en  # --lang wins


def test_the_frame_is_translated_too() -> None:
    assert _usage_error(run("partners", "--nope")) == (
        "Bruk: dknet partners [VALG] [KOMMUNE]\n"
        "Prøv «dknet partners --help» for hjelp.\n"
        "\n"
        "Feil: Valget --nope finnes ikke. Mente du --top eller --no-cache?\n"
    )
    nn = _usage_error(run("partners", "--nope", lang_env="nn")).splitlines()
    assert nn[:2] == ["Bruk: dknet partners [VAL] [KOMMUNE]", "Prøv «dknet partners --help» for hjelp."]
    en = _usage_error(run("partners", "--nope", "--lang", "en")).splitlines()
    assert en[:2] == ["Usage: dknet partners [OPTIONS] [KOMMUNE]", "Try 'dknet partners --help' for help."]


@pytest.mark.parametrize(
    ("args", "nb", "en"),
    [
        (["partners", "Tydal", "Røros"], "Feil: Overflødig argument: Røros", "Error: Unexpected extra argument: Røros"),
        (["partners", "--top"], "Feil: Valget --top trenger en verdi.", "Error: Option --top needs a value."),
        (
            ["partners", "--no-cache=1"],
            "Feil: Valget --no-cache tar ingen verdi.",
            "Error: Option --no-cache does not take a value.",
        ),
        (
            ["partners", "--top", "x"],
            "Feil: Ugyldig verdi for --top: «x» er ikke et heltall.",
            "Error: Invalid value for --top: 'x' is not a whole number.",
        ),
        (
            ["partners", "--format=jsn"],
            "Feil: Ugyldig verdi for --format: «jsn» er ikke et av valgene. Velg table, json, csv eller xlsx. "
            "Mente du json?",
            "Error: Invalid value for --format: 'jsn' is not one of the choices. Choose table, json, csv or xlsx. "
            "Did you mean json?",
        ),
        (
            ["communities", "--resolution", "0"],
            "Feil: Ugyldig verdi for --resolution: må være over 0, ikke 0.",
            "Error: Invalid value for --resolution: must be above 0, not 0.",
        ),
        (
            ["plans", "--as-of", "2026-13-01"],
            "Feil: Ugyldig verdi for --as-of: «2026-13-01» er ikke en dato på formen ÅÅÅÅ-MM-DD.",
            "Error: Invalid value for --as-of: '2026-13-01' is not a date of the form YYYY-MM-DD.",
        ),
        (
            ["neo4j", "pul"],
            "Feil: Kommandoen «pul» finnes ikke. Mente du pull?",
            "Error: No such command 'pul'. Did you mean pull?",
        ),
        (["--nope"], "Feil: Valget --nope finnes ikke.", "Error: No such option: --nope."),
        (
            ["report"],
            "Feil: Oppgi --county FYLKE (og/eller --sf), --focus KOMMUNE eller --arena ARENA.",
            "Error: Give --county FYLKE (and/or --sf), --focus KOMMUNE or --arena ARENA.",
        ),
        (
            ["report", "--county", "50", "--focus", "Tydal"],
            "Feil: Oppgi enten --focus KOMMUNE eller --county/--sf, ikke begge.",
            "Error: Give either --focus KOMMUNE or --county/--sf, not both.",
        ),
    ],
)
def test_more_usage_errors(args: list[str], nb: str, en: str) -> None:
    assert _usage_error(run(*args)).splitlines()[-1] == nb
    assert _usage_error(run("--lang", "en", *args)).splitlines()[-1] == en


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "finnes-ikke"
    r = run("validate", str(missing))
    assert _usage_error(r).splitlines()[-1] == f"Feil: Ugyldig verdi for MAPPE|FIL.xlsx: «{missing}» finnes ikke."
    r = run("validate", str(missing), "--lang", "en")
    assert (
        _usage_error(r).splitlines()[-1] == f"Error: Invalid value for DIRECTORY|FILE.xlsx: '{missing}' does not exist."
    )


def test_a_bad_language_in_the_environment_is_named() -> None:
    r = run("partners", "Tydal", lang_env="se")
    assert _usage_error(r).splitlines()[-1] == (
        "Feil: Ugyldig verdi for --lang (DKNET_LANG): «se» er ikke et av valgene. Velg nb, nn eller en."
    )


def test_help_and_no_arguments_are_not_errors() -> None:
    r = run()
    assert r.exit_code in (0, 2) and "Bruk: dknet" in r.stdout + r.stderr and "Feil" not in r.stderr
    assert run("partners", "--help").exit_code == 0


def test_a_bad_profile_configuration_in_three_languages(tmp_path: Path) -> None:
    bad = tmp_path / "profil.toml"
    bad.write_text("[indicators]\nfolketal = 1\n[partners]\nyear = 1\n", encoding="utf-8")
    nb = run("partners", "Tydal", "--config", str(bad))
    assert nb.exit_code == 1 and "Traceback" not in nb.stderr
    assert nb.stderr.startswith(
        f"Feil: ugyldig profilkonfigurasjon ({bad}): ukjent indikator «folketal» (mente du folketall?); "
        "gyldige indikatorer: folketall, "
    )
    assert nb.stderr.rstrip().endswith("; [partners] year må være et årstall, f.eks. 2026, ikke 1")
    nn = run("partners", "Tydal", "--config", str(bad), lang_env="nn")
    assert nn.stderr.startswith(f"Feil: ugyldig profilkonfigurasjon ({bad}): ukjend indikator «folketal» (meinte du")
    en = run("partners", "Tydal", "--config", str(bad), "--lang", "en")
    assert en.exit_code == 1
    assert en.stderr.startswith(
        f"Error: invalid profile configuration ({bad}): unknown indicator 'folketal' (did you mean folketall?); "
        "known: folketall, "
    )
    assert en.stderr.rstrip().endswith("; [partners] year must be a year such as 2026, not 1")


def test_the_packaged_profile_is_named_in_the_language() -> None:
    nb = run("partners", "Tydal", "--weight", "folketall=-1")
    assert nb.exit_code == 1
    assert nb.stderr.startswith(
        "Feil: ugyldig profilkonfigurasjon (standardfilen profile.toml + valg på kommandolinjen): "
    )
    en = run("partners", "Tydal", "--weight", "folketall=-1", "--lang", "en")
    assert en.stderr.startswith("Error: invalid profile configuration (default profile.toml + options): weight of ")


def test_a_bad_plan_configuration_in_three_languages(tmp_path: Path) -> None:
    bad = tmp_path / "plans.toml"
    bad.write_text(
        '[term]\nconstituted = "høst 2023"\nlength_years = 0\n[revision]\nfoo = 1\n[termin]\n', encoding="utf-8"
    )
    nb = run("plans", "--config", str(bad))
    assert nb.exit_code == 1 and "Traceback" not in nb.stderr
    assert nb.stderr.strip() == (
        f"Feil: ugyldig plankonfigurasjon ({bad}): ukjent seksjon [termin]; ukjent nøkkel «foo» i [revision]; "
        "gyldige nøkler: arealdel_max_age, samfunnsdel_max_age; [term] length_years må være et heltall ≥ 1, "
        "ikke 0; [term] constituted må være en dato, f.eks. 2023-10-15, ikke «høst 2023»"
    )
    nn = run("scorecard", "--config", str(bad), lang_env="nn")
    assert nn.stderr.strip() == (
        f"Feil: ugyldig plankonfigurasjon ({bad}): ukjend seksjon [termin]; ukjend nøkkel «foo» i [revision]; "
        "gyldige nøklar: arealdel_max_age, samfunnsdel_max_age; [term] length_years må vere eit heiltal ≥ 1, "
        "ikkje 0; [term] constituted må vere ein dato, t.d. 2023-10-15, ikkje «høst 2023»"
    )
    en = run("compare", "holtålen", "tydal", "--config", str(bad), "--lang", "en")
    assert en.stderr.strip() == (
        f"Error: invalid plan configuration ({bad}): unknown section(s) [termin]; unknown key 'foo' in "
        "[revision]; known: arealdel_max_age, samfunnsdel_max_age; [term] length_years must be a whole number "
        "≥ 1, not 0; [term] constituted must be a date such as 2023-10-15, not 'høst 2023'"
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (None, "Feil: Ugyldig verdi for --weight: «folketall»: skriv NAVN=TALL, f.eks. alder_arealdel=0"),
        ("nn", "Feil: Ugyldig verdi for --weight: «folketall»: skriv NAMN=TAL, t.d. alder_arealdel=0"),
        ("en", "Error: Invalid value for --weight: 'folketall': expected NAME=NUMBER, e.g. alder_arealdel=0"),
    ],
)
def test_a_weight_without_a_number_in_the_command_language(lang: str | None, said: str) -> None:
    for weight in ("folketall", "folketall=mye"):
        r = run("partners", "Tydal", "--weight", weight, *(["--lang", lang] if lang else []))
        assert _usage_error(r).splitlines()[-1] == said.replace("folketall", weight)
