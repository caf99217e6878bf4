"""``--help`` comes from the message catalogue: bokmål by default, nynorsk and English with --lang."""

from __future__ import annotations

from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from dknet.cli import cli
from dknet.cli.helptext import DknetCommand, option_key
from dknet.messages import LANGS, MESSAGES, t
from dknet.messages.changes import MESSAGES as CHANGES
from dknet.messages.demo import DEMO
from dknet.messages.help import HELP
from dknet.messages.register import REGISTER


def _tree(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command below ``group`` with its path (``("neo4j", "push")``), the group itself first."""
    yield path, group
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _tree(command, (*path, name))
        else:
            yield (*path, name), command


COMMANDS = list(_tree(cli))
PATHS = [" ".join(path) or "dknet" for path, _ in COMMANDS]


def run(*args: str, env: dict[str, str] | None = None) -> str:
    r = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False, prog_name="dknet")
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=PATHS)
def test_every_command_and_option_has_catalogue_help_in_every_language(
    path: tuple[str, ...], command: click.Command
) -> None:
    assert isinstance(command, DknetCommand), f"{path}: not a DknetCommand"
    ctx = click.Context(command, info_name=path[-1] if path else "dknet")
    keys = [command.help_key, f"{command.help_key}.short"] if path else [command.help_key]
    for param in command.get_params(ctx):
        if isinstance(param, click.Option) and not param.hidden:
            key = option_key(command.help_key, param)
            assert key is not None, f"{' '.join(path)} {param.opts[0]}: no help.…opt.… text"
            keys.append(key)
    for key in keys:
        # help texts: dknet.messages.help, and those of --demo, register and time (changes, --as-of, --since)
        assert key in HELP or key in DEMO or key in REGISTER or key in CHANGES, key
        for lang in LANGS:
            assert t(key, lang).strip(), (key, lang)
        assert MESSAGES[key][1], f"{key}: write the nynorsk text"


def test_help_texts_differ_by_language_where_they_say_something() -> None:
    same = [k for k, (nb, nn, en) in HELP.items() if nb == en and not k.startswith("help.metavar.") and len(nb) > 20]
    assert same == []


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS], ids=PATHS)
def test_help_is_norwegian_by_default_and_never_shows_a_key(path: tuple[str, ...]) -> None:
    outputs = {lang: run("--lang", lang, *path, "--help") for lang in LANGS}
    assert run(*path, "--help") == outputs["nb"]
    for lang, out in outputs.items():
        assert "help." not in out, (path, lang)
        assert out.startswith(t("help.section.usage", lang)), (path, lang)
        assert t("help.epilog", lang)[:10] in out
    assert "Usage:" not in outputs["nb"] and "Options:" not in outputs["nb"] and "Valg:" in outputs["nb"]
    assert "Show this message" not in outputs["nb"] and "Vis denne hjelpen og avslutt." in outputs["nb"]
    assert "Vis denne hjelpa og avslutt." in outputs["nn"] and "Show this message and exit." in outputs["en"]
    assert "[default:" not in outputs["nb"] + outputs["nn"] and "[env var:" not in outputs["nb"]


def test_partners_help_in_three_languages() -> None:
    nb = run("partners", "--help")
    assert nb.startswith("Bruk: dknet partners [VALG] [KOMMUNE]")
    assert "Eksempler:" in nb and "dknet partners holtålen --explain" in nb and "interkommunalt samarbeid" in nb
    assert "--top HELTALL" in nb and "[standard: 10; x>=1]" in nb and "Returkoder: 0 ok" in nb
    en = run("partners", "--lang", "en", "--help")  # eager options run in command-line order
    assert en.startswith("Usage: dknet partners [OPTIONS] [KOMMUNE]")
    assert "Examples:" in en and "Suggest planning partners" in en and "[default: 10; x>=1]" in en
    nn = run("--lang", "nn", "partners", "--help")  # the group's --lang
    assert nn.startswith("Bruk: dknet partners [VAL] [KOMMUNE]")
    assert "Døme:" in nn and "Føreslå samarbeidspartnarar" in nn and "grunngjevingane" in nn.lower()
    assert run("partners", "--help", "--lang", "en") == en  # --lang after --help counts too


def test_dknet_lang_sets_the_default_and_an_explicit_lang_wins() -> None:
    nn = {"DKNET_LANG": "nn"}
    assert run("partners", "--help", env=nn).startswith("Bruk: dknet partners [VAL]")
    assert "Start her:\n" in run("--help", env=nn) and "kommunar" in run("--help", env=nn)
    assert run("glossary", env=nn).startswith("Ord og forkortingar")
    assert run("glossary", "--lang", "en", env=nn).startswith("Terms and abbreviations")
    assert run("--lang", "nb", "glossary", env={"DKNET_LANG": "en"}).startswith("Ord og forkortelser")
    assert "DKNET_LANG" in run("--help") and "[miljøvariabel: DKNET_LANG]" in run("--help")
    r = CliRunner().invoke(cli, ["glossary"], env={"DKNET_LANG": "se"})
    assert r.exit_code == 2 and "DKNET_LANG" in r.stderr


def test_overview_teaches_and_points_to_the_glossary() -> None:
    for lang, heading in zip(LANGS, ("Kommandoer:", "Kommandoar:", "Commands:"), strict=True):
        out = run("--lang", lang, "--help")
        assert heading in out and "dknet glossary" in out and "dknet show holtålen" in out
        assert "..." not in out.split(heading)[1]  # every command line is whole, not cut off
    nb = run("--help")
    assert nb.startswith("Bruk: dknet [VALG] KOMMANDO [ARGUMENTER]...") and "ordliste" in nb
    assert "Vis versjonen og avslutt." in nb


def test_the_examples_stay_in_the_help() -> None:
    for path in (("info",), ("show",), ("validate",), ("neo4j", "push"), ("data", "templates")):
        assert "Eksempler:\n    dknet " in run(*path, "--help"), path
        assert "Examples:\n    dknet " in run("--lang", "en", *path, "--help"), path


def _keys(command: click.Command) -> list[str]:
    """The catalogue keys of a command's help: its texts and those of its visible options."""
    ctx = click.Context(command)
    assert isinstance(command, DknetCommand)
    keys = [k for k in (command.help_key, f"{command.help_key}.short") if k in HELP]
    options = [p for p in command.get_params(ctx) if isinstance(p, click.Option) and not p.hidden]
    return keys + [k for p in options if (k := option_key(command.help_key, p))]


#: Jargon (see dknet glossary) → words that must stand in the same help to say what it is.
PLAIN = (
    {"NMI": "samsvar", "ARI": "samsvar", "BA-region": "arbeidsmarkedsregion", "Louvain": "grupp"},
    {"NMI": "samsvar", "ARI": "samsvar", "BA-region": "arbeidsmarknadsregion", "Louvain": "grupp"},
    {"NMI": "agreement", "BA region": "commuting region", "Louvain": "group", "FTE": "full-time"},
)


@pytest.mark.parametrize(("path", "command"), COMMANDS[1:], ids=PATHS[1:])
def test_jargon_in_the_help_is_named_plainly(path: tuple[str, ...], command: click.Command) -> None:
    """A help that uses a term of the glossary says in plain words what it is; HHI, Gower and Burt
    stay in the glossary (dknet --help and dknet glossary only name them as what the glossary explains)."""
    for i, lang in enumerate(LANGS):
        text = " ".join(MESSAGES[k][i] or MESSAGES[k][0] for k in _keys(command))
        for term, words in PLAIN[i].items():
            if term in text and path != ("glossary",):
                assert words in text, (path, lang, term)
        if path != ("glossary",):
            assert not any(term in text for term in ("HHI", "Gower", "Burt")), (path, lang)


def test_help_keys_are_all_in_the_one_catalogue() -> None:
    assert all(MESSAGES[k] == v for k, v in HELP.items())
    assert "epilog" not in MESSAGES  # the old English-only epilog is gone
