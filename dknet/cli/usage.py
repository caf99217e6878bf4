"""click's usage errors (exit 2) in the command's language, from the catalogue (``usage.*``).

click raises a :class:`click.UsageError` while it parses a command line (an unknown option or
command, a missing argument, a value its type refuses) and dknet's commands raise some of their
own. :func:`localise` turns any of them into a :class:`UsageFailure`: the same exit code and
usage line (already in ``--lang``, :mod:`dknet.cli.helptext`), then "Prøv «dknet partners --help»
for hjelp." and "Feil: …". The common cases are put into words from the exception's attributes
(the option's name, the parameter and its type, the close matches), never by reading click's
English; anything else keeps click's own message inside the translated frame.

Two places call it: :meth:`dknet.cli.helptext.DknetCommand.parse_args` (errors while parsing, with
the arguments at hand to name a refused value) and :meth:`dknet.cli.group.DknetGroup.invoke` (an
unknown sub-command, errors raised by the commands themselves).

The language is :func:`~dknet.cli.context.help_lang`: ``--lang`` anywhere on the command line,
even when click stopped before reading it, else ``DKNET_LANG``, else bokmål.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from gettext import gettext
from pathlib import Path
from typing import Any

import click

from dknet.cli.context import help_lang_or_default
from dknet.messages import MESSAGES, Lang, t
from dknet.messages.msg import Either, Local, Msg, Text, render
from dknet.names import closest
from dknet.present.text import strip_controls

#: Error classes that are not errors to put into words (click shows the help instead).
_PASS_THROUGH: tuple[type[BaseException], ...] = tuple(
    c for c in (getattr(click.exceptions, "NoArgsIsHelpError", None),) if isinstance(c, type)
)


class UsageFailure(click.UsageError):
    """A usage error (exit 2) shown in ``lang``: usage line, "Prøv … --help …", "Feil: <text>"."""

    def __init__(self, text: Text, ctx: click.Context | None = None, lang: Lang | None = None) -> None:
        self.text: Text = text
        super().__init__(render(text, "en"), ctx)
        self.lang: Lang = lang or help_lang_or_default(ctx)

    def format_message(self) -> str:
        return render(self.text, self.lang)

    def show(self, file: Any = None) -> None:
        lines = []
        ctx = self.ctx
        if ctx is not None:
            lines.append(ctx.get_usage())
            if ctx.command.get_help_option(ctx) is not None:
                option = max(ctx.command.get_help_option_names(ctx), key=len)
                lines.append(t("usage.try", self.lang, command=ctx.command_path, option=option))
            lines.append("")
        lines.append(f"{t('error.prefix', self.lang)}: {self.format_message()}")
        click.echo(strip_controls("\n".join(lines)), file=file, err=file is None)


def localise(
    e: click.UsageError, args: Sequence[str] = (), ctx: click.Context | None = None, lang: Lang | None = None
) -> click.UsageError:
    """``e`` as a :class:`UsageFailure` in ``lang``.

    ``args`` are the arguments being parsed and ``ctx`` the context parsing them, when known (click
    leaves ``e.ctx`` empty for some errors of its parser).
    """
    if isinstance(e, (UsageFailure, *_PASS_THROUGH)):
        return e
    ctx = e.ctx or ctx
    lang = lang or help_lang_or_default(ctx)
    failure = UsageFailure(_describe(e, list(args), ctx), ctx, lang)
    failure.__cause__ = e
    return failure


def extra_arguments(extra: Sequence[str], ctx: click.Context) -> UsageFailure:
    """ "Uventet argument: x" for words left over after the command's arguments."""
    key = "usage.extra_arg" if len(extra) == 1 else "usage.extra_args"
    return UsageFailure(Msg(key, args=" ".join(map(str, extra))), ctx)


def _describe(e: click.UsageError, args: list[str], ctx: click.Context | None) -> Text:
    if isinstance(e, click.NoSuchOption):
        head = Msg("usage.no_such_option", name=e.option_name)
        return _with_close(head, e.possibilities or [])
    if (name := getattr(e, "command_name", None)) is not None:  # click.NoSuchCommand
        group = ctx.command if ctx is not None else None
        known = group.list_commands(ctx) if isinstance(group, click.Group) and ctx is not None else []
        head = Msg("usage.no_such_command", name=str(name))
        return _with_close(head, closest(str(name), known, n=2))
    if isinstance(e, click.MissingParameter):
        param = e.param
        if isinstance(param, click.Argument):
            return Msg("usage.missing_argument", name=param_name(param))
        if isinstance(param, click.Option):
            return Msg("usage.missing_option", name=param_name(param))
        return _plain(e)
    if isinstance(e, click.BadParameter):
        if e.param is None and e.param_hint is None:
            return Msg("usage.bad_value_plain", reason=e.message)
        if e.param is None or e.param_hint is not None:
            return Msg("usage.bad_value", name=_hint(e.param_hint), reason=e.message)
        hint: Msg | str = param_name(e.param)
        value = given_value(e.param, args, ctx, env=False)
        envvar = getattr(e.param, "envvar", None)
        if value is None and isinstance(envvar, str) and envvar in os.environ:
            value, hint = os.environ[envvar], f"{render(hint, 'en')} ({envvar})"
        reason = _type_reason(e.param, value)
        return Msg("usage.bad_value", name=hint, reason=reason or e.message)
    if isinstance(e, click.BadOptionUsage):
        param = _option_named(ctx, e.option_name)
        if isinstance(param, click.Option):
            if param.is_flag or param.count:
                return Msg("usage.flag_value", name=e.option_name)
            if param.nargs > 1:
                return Msg("usage.needs_values", name=e.option_name, n=param.nargs)
            return Msg("usage.needs_value", name=e.option_name)
        return _plain(e)
    if e.message == gettext("Missing command."):  # click's own text, as click looks it up
        return Msg("usage.missing_command")
    return _plain(e)


def _plain(e: click.UsageError) -> Text:
    """click's (or a command's) own message, as it is."""
    return e.format_message()


def _with_close(head: Msg, close: Sequence[str]) -> Msg:
    if not close:
        return head
    return Msg("usage.with_close", head=head, close=Either(list(close)))


def _hint(param_hint: Sequence[str] | str | None) -> str:
    if param_hint is None:
        return ""
    if isinstance(param_hint, str):
        return param_hint
    return " / ".join(param_hint)


def param_name(param: click.Parameter) -> Msg | str:
    """How a usage error names ``param``: the longest option name, or an argument's placeholder (KOMMUNE)."""
    if isinstance(param, click.Option):
        longs = [o for o in param.opts if o.startswith("--")] or list(param.opts)
        return max(longs, key=len) if longs else str(param.name)
    base = (param.metavar or param.name or "").upper().replace(" ", "_")
    base = base.strip("[].")
    key = f"help.metavar.{base}"
    return Msg(key) if key in MESSAGES else base


def _option_named(ctx: click.Context | None, name: str | None) -> click.Parameter | None:
    if ctx is None or name is None:
        return None
    for p in ctx.command.get_params(ctx):
        if isinstance(p, click.Option) and name in (*p.opts, *p.secondary_opts):
            return p
    return None


def given_value(
    param: click.Parameter, args: Sequence[str], ctx: click.Context | None = None, *, env: bool = True
) -> str | None:
    """The value given for ``param`` on the command line (an option's last one) or in its environment variable.

    An argument's value is found by skipping the options (and their values) of ``ctx``'s command.

    >>> opt = click.Option(["--top", "-n"])
    >>> given_value(opt, ["Tydal", "--top", "0"]), given_value(opt, ["--top=x"]), given_value(opt, ["-n5"])
    ('0', 'x', '5')
    """
    found = None
    if isinstance(param, click.Option):
        for i, arg in enumerate(args):
            if arg == "--":
                break
            for opt in param.opts:
                if arg == opt and i + 1 < len(args):
                    found = args[i + 1]
                elif opt.startswith("--") and arg.startswith(opt + "="):
                    found = arg[len(opt) + 1 :]
                elif not opt.startswith("--") and len(opt) == 2 and arg.startswith(opt) and len(arg) > 2:
                    found = arg[2:]
        if found is None and env and isinstance(param.envvar, str):
            found = os.environ.get(param.envvar)
    elif isinstance(param, click.Argument) and ctx is not None:
        found = _argument_value(param, args, ctx)
    return found


def _argument_value(param: click.Argument, args: Sequence[str], ctx: click.Context) -> str | None:
    """The word on the command line that click gave to ``param`` (None when that is not certain)."""
    params = ctx.command.get_params(ctx)
    takes_value = {o for p in params if isinstance(p, click.Option) and not p.is_flag and not p.count for o in p.opts}
    words: list[str] = []
    skip = False
    for i, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--":
            words.extend(args[i + 1 :])
            break
        elif arg.startswith("-") and arg != "-":
            skip = arg in takes_value
        else:
            words.append(arg)
    position = 0
    for p in params:
        if not isinstance(p, click.Argument):
            continue
        if p is param:
            return words[position] if position < len(words) else None
        if p.nargs != 1:
            return None
        position += 1
    return None


def _type_reason(param: click.Parameter, value: str | None) -> Msg | None:
    """Why click's type refused ``value`` for ``param``, in words from the catalogue (None: keep click's)."""
    kind = param.type
    if value is None:
        return None
    if isinstance(kind, click.Choice):
        choices = [str(c) for c in kind.choices]
        if value in choices:
            return None
        close = closest(value, choices, n=1)
        msg = Msg("usage.choice", value=value, choices=Either(choices))
        return Msg("usage.with_close", head=msg, close=Either(close)) if close else msg
    if isinstance(kind, click.IntRange | click.FloatRange | click.types.IntParamType | click.types.FloatParamType):
        whole = isinstance(kind, click.IntRange | click.types.IntParamType)
        try:
            number = int(value) if whole else float(value)
        except ValueError:
            return Msg("usage.not_int" if whole else "usage.not_number", value=value)
        if isinstance(kind, click.IntRange | click.FloatRange) and not kind.clamp:
            return _range_reason(kind, number, value)
        return None
    if isinstance(kind, click.Path):
        return _path_reason(kind, value)
    if isinstance(kind, click.DateTime):
        formats = [str(f) for f in kind.formats]
        nb = " / ".join(f.replace("%Y", "ÅÅÅÅ").replace("%m", "MM").replace("%d", "DD") for f in formats)
        en = " / ".join(f.replace("%Y", "YYYY").replace("%m", "MM").replace("%d", "DD") for f in formats)
        return Msg("usage.not_date", value=value, format=Local(nb, nb, en))
    return None


def _range_reason(kind: click.IntRange | click.FloatRange, number: float, value: str) -> Msg | None:
    low = kind.min is not None and (number < kind.min or (kind.min_open and number == kind.min))
    high = kind.max is not None and (number > kind.max or (kind.max_open and number == kind.max))
    if not (low or high):
        return None
    parts: list[Msg] = []
    if kind.min is not None:
        parts.append(Msg("usage.range.above" if kind.min_open else "usage.range.min", n=_number(kind.min)))
    if kind.max is not None:
        parts.append(Msg("usage.range.below" if kind.max_open else "usage.range.max", n=_number(kind.max)))
    bounds: Msg = parts[0] if len(parts) == 1 else Msg("usage.range.both", low=parts[0], high=parts[1])
    return Msg("usage.range", bounds=bounds, value=value)


def _path_reason(kind: click.Path, value: str) -> Msg | None:
    path = Path(value)
    if kind.exists and not path.exists():
        return Msg("usage.path.missing_dir" if not kind.file_okay else "usage.path.missing", value=value)
    if not kind.dir_okay and path.is_dir():
        return Msg("usage.path.is_dir", value=value)
    if not kind.file_okay and path.is_file():
        return Msg("usage.path.is_file", value=value)
    return None


def _number(n: float) -> Local:
    """A bound of a range, with a decimal comma in Norwegian (``0,5``)."""
    text = str(int(n)) if float(n).is_integer() else repr(float(n))
    nb = text.replace(".", ",")
    return Local(nb, nb, text)
