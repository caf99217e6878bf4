"""``--help`` from the message catalogue, in the language of the running command.

click renders help while it parses the command line, so the texts are looked up when click
formats them, not when the commands are declared. Every dknet command is a
:class:`DknetCommand` (groups: :class:`DknetHelpGroup`); they take their texts from
:mod:`dknet.messages.help` by key:

* ``help.<command>`` — the long text (first sentence: the line in the command list), e.g.
  ``help.partners``; sub-commands ``help.<group>.<command>`` (``help.neo4j.push``);
* ``help.<command>.opt.<option>`` — an option of that command, else ``help.opt.<option>`` — an
  option shared by several commands (``help.opt.data``, ``help.opt.lang``, ``help.opt.help``);
  ``<option>`` is the long name without dashes;
* ``help.epilog``, ``help.section.*``, ``help.extra.*`` and ``help.metavar.*`` — the exit codes
  below every help, click's headings ("Usage:", "Options:"), its ``[default: …]`` notes and the
  placeholders of option values (``TEXT`` → ``TEKST``).

The language is ``--lang`` wherever it stands on the command line (``dknet --lang nn partners
--help``, ``dknet partners --help --lang en``), else ``DKNET_LANG``, else bokmål
(:func:`~dknet.cli.context.help_lang`). Options declare no ``help=`` of their own.
"""

from __future__ import annotations

import copy
import inspect
import textwrap
from typing import Any, TypeVar

import click
from click.formatting import HelpFormatter

from dknet.cli.context import HELP_LANG_KEY, current_lang, help_lang
from dknet.cli.usage import extra_arguments, localise
from dknet.messages import LANGS, MESSAGES, t

P = TypeVar("P", bound=click.Parameter)


def _lang_in(args: list[str]) -> str | None:
    """The first ``--lang X`` / ``--lang=X`` on a command line (before ``--``), if X is a language."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg.partition("=")[2]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in LANGS:
            return value
    return None


def short_help(text: str, limit: int = 45) -> str:
    """The line in the command list: the first sentence of the first paragraph, cut to ``limit``.

    Our own, because click deprecated its ``click.utils.make_default_short_help`` in 8.5 (it warns,
    and the tests make warnings errors) and its type changed under mypy.

    >>> short_help("Lists the plans. More text follows.\\n\\nSecond paragraph.")
    'Lists the plans.'
    >>> short_help("Suggests partners for a municipality by similarity and distance", 30)
    'Suggests partners for a...'
    """
    words = text.partition("\n\n")[0].split()
    if words and words[0] == "\b":  # click's "no rewrap" marker
        words = words[1:]
    for i, word in enumerate(words):
        if word.endswith("."):
            words = words[: i + 1]
            break
    return textwrap.shorten(" ".join(words), max(limit, 3), placeholder="...", break_on_hyphens=False)


def option_key(command_key: str, param: click.Parameter) -> str | None:
    """The catalogue key of an option's help: the command's own, else the shared one (None: no text)."""
    longs = [o for o in param.opts if o.startswith("--")] or list(param.opts)
    name = longs[0].lstrip("-")
    for key in (f"{command_key}.opt.{name}", f"help.opt.{name}"):
        if key in MESSAGES:
            return key
    return None


def _metavar(param: click.Parameter, lang: str) -> str | None:
    """The placeholder of ``param`` in ``lang`` (``help.metavar.*``); None: click's own is right as it is.

    An explicit ``metavar`` is looked up as it is (``FILE``); otherwise what click would make from
    the type (options: ``TEXT``, ``INTEGER``) or the name (arguments: ``DIRECTORY``).
    """
    if isinstance(param, click.Option) and param.is_flag:
        return None
    auto = param.metavar is None
    base = param.metavar or (param.type.name if isinstance(param, click.Option) else param.name or "")
    key = f"help.metavar.{base.upper().replace(' ', '_')}"
    if key not in MESSAGES:
        return None
    text = t(key, lang)
    if auto and isinstance(param, click.Argument) and not param.required:
        text = f"[{text}]"
    return text + ("..." if auto and param.nargs != 1 else "")


def _localised(param: P, lang: str) -> P:
    """A copy of ``param`` with its placeholder in ``lang`` (the command keeps the original)."""
    metavar = _metavar(param, lang)
    if metavar is None:
        return param
    shown = copy.copy(param)
    shown.metavar = metavar
    return shown


class DknetCommand(click.Command):
    """A click command whose help, option help, headings and epilog come from the catalogue."""

    def __init__(self, *args: Any, help_key: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The catalogue key of the long help (sub-commands: ``help.<group>.<name>``).
        self.help_key = help_key or f"help.{self.name}"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Parse as click does; its usage errors come out in ``--lang`` (:mod:`dknet.cli.usage`)."""
        if (lang := _lang_in(args)) is not None:
            ctx.meta[HELP_LANG_KEY] = lang
        allowed = ctx.allow_extra_args
        strict = not allowed and not ctx.resilient_parsing and not isinstance(self, click.Group)
        ctx.allow_extra_args = allowed or strict  # left-over words are reported below, in --lang
        try:
            rest = super().parse_args(ctx, list(args))
        except click.UsageError as e:
            raise localise(e, args, ctx) from e
        finally:
            ctx.allow_extra_args = allowed
        if strict and rest:
            raise extra_arguments(rest, ctx)
        return rest

    def _text(self, key: str, lang: str) -> str:
        return t(key, lang) if key in MESSAGES else inspect.cleandoc(self.help or "")

    def get_short_help_str(self, limit: int = 45) -> str:
        ctx = click.get_current_context(silent=True)
        lang = help_lang(ctx) if ctx is not None else current_lang()
        short = f"{self.help_key}.short"
        if short in MESSAGES:
            return t(short, lang)
        return short_help(self._text(self.help_key, lang), limit)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        lang = help_lang(ctx)
        pieces = [t("help.metavar.OPTIONS", lang)] if self.options_metavar else []
        for param in self.get_params(ctx):
            pieces.extend(_localised(param, lang).get_usage_pieces(ctx))
        return pieces

    def format_usage(self, ctx: click.Context, formatter: HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help.section.usage", help_lang(ctx)))

    def format_help_text(self, ctx: click.Context, formatter: HelpFormatter) -> None:
        text = self._text(self.help_key, help_lang(ctx))
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def option_record(self, ctx: click.Context, param: click.Parameter) -> tuple[str, str] | None:
        """One line of the options list: names and placeholder, help and the notes, in ``--lang``."""
        if not isinstance(param, click.Option) or param.hidden:
            return param.get_help_record(ctx)
        lang = help_lang(ctx)
        key = option_key(self.help_key, param)
        shown = copy.copy(_localised(param, lang))
        shown.help = t(key, lang) if key else param.help
        if not hasattr(param, "get_help_extra"):  # click < 8.2: its [default: …] notes stay English
            return shown.get_help_record(ctx)
        record = click.Option.get_help_record(shown, ctx)
        names = record[0] if record else ""
        extra = param.get_help_extra(ctx)
        notes = [t("help.extra.envvar", lang, var=", ".join(extra["envvars"]))] if "envvars" in extra else []
        if "default" in extra:
            default = extra["default"]
            if isinstance(param.default, float) and lang != "en":  # decimal comma, as in the tables
                default = default.replace(".", ",")
            notes.append(t("help.extra.default", lang, default=default))
        if "range" in extra:
            notes.append(extra["range"])
        if "required" in extra:
            notes.append(t("help.extra.required", lang))
        text = shown.help or ""
        if notes:
            text = f"{text}  [{'; '.join(notes)}]" if text else f"[{'; '.join(notes)}]"
        return names, text

    def format_options(self, ctx: click.Context, formatter: HelpFormatter) -> None:
        rows = [r for p in self.get_params(ctx) if (r := self.option_record(ctx, p)) is not None]
        if rows:
            with formatter.section(t("help.section.options", help_lang(ctx))):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_epilog(self, ctx: click.Context, formatter: HelpFormatter) -> None:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(t("help.epilog", help_lang(ctx)))


class DknetHelpGroup(DknetCommand, click.Group):
    """A click group with catalogue help; its sub-commands (``@group.command``) are :class:`DknetCommand`."""

    command_class = DknetCommand

    def invoke(self, ctx: click.Context) -> Any:
        """Run the sub-command; an unknown one, or a usage error it raises, comes out in ``--lang``."""
        try:
            return super().invoke(ctx)
        except click.UsageError as e:
            raise localise(e) from e

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [*super().collect_usage_pieces(ctx), t("help.metavar.COMMAND", help_lang(ctx))]

    def format_commands(self, ctx: click.Context, formatter: HelpFormatter) -> None:
        commands = [(n, c) for n in self.list_commands(ctx) if (c := self.get_command(ctx, n)) and not c.hidden]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            rows = [(name, command.get_short_help_str(limit)) for name, command in commands]
            with formatter.section(t("help.section.commands", help_lang(ctx))):
                formatter.write_dl(rows)
