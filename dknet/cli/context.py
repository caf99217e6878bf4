"""What the running command knows about itself: its language, whether it reads the demonstration set.

These choices live in the click context of the running command (``ctx.meta``, shared by a command and
its group), not in a process-global setting. The options that set them are in :mod:`dknet.cli.options`;
this module is below every other module of :mod:`dknet.cli` and imports none of them.

>>> current_lang(None) in LANGS
True
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import click

from dknet.io.files import demo_requested
from dknet.messages import DEFAULT_LANG, LANGS, Lang, t
from dknet.messages.demo import BANNER_KEY

#: ``ctx.meta`` keys: ``--lang``, ``--csv-dialect``, ``-o`` and the language seen while parsing (for ``--help``).
LANG_KEY, DIALECT_KEY, OUTPUT_KEY, HELP_LANG_KEY = "dknet.lang", "dknet.csv_dialect", "dknet.output", "dknet.help_lang"
#: ``ctx.meta`` keys: ``--demo`` was given (group or command); the data set read was the demonstration set.
DEMO_KEY, DEMO_READ_KEY = "dknet.demo", "dknet.demo_read"
#: ``ctx.meta`` keys: the key of the data the loaded graph was built from, and how many warnings it gave.
GRAPH_KEY, GRAPH_WARNINGS_KEY = "dknet.graph_key", "dknet.graph_warnings"

#: The environment variable that gives ``--lang`` its default (a nynorsk county sets it once).
LANG_ENVVAR = "DKNET_LANG"


def current_lang(ctx: click.Context | None = None) -> Lang:
    """The ``--lang`` of the running command, else ``DKNET_LANG``, else bokmål.

    ``DKNET_LANG`` is read here too for ``--help``, which click may show before it has read ``--lang``.
    """
    ctx = ctx or click.get_current_context(silent=True)
    lang = ctx.meta.get(LANG_KEY) if ctx is not None else None  # meta is shared by a command and its group
    if lang is None:
        lang = os.environ.get(LANG_ENVVAR, "").strip().lower()
    return lang if lang in LANGS else DEFAULT_LANG


def help_lang(ctx: click.Context) -> Lang:
    """The language of the help: ``--lang`` anywhere on the command line, else :func:`current_lang`.

    click shows ``--help`` as soon as it processes it, so ``dknet partners --help --lang en`` would
    otherwise be in bokmål: each command notes a ``--lang`` it sees while parsing (``HELP_LANG_KEY``).
    """
    hint = ctx.meta.get(HELP_LANG_KEY)
    return hint if hint in LANGS else current_lang(ctx)


def help_lang_or_default(ctx: click.Context | None) -> Lang:
    """The language of a usage error about ``ctx``: :func:`help_lang`, or :func:`current_lang` without a context."""
    return help_lang(ctx) if ctx is not None else current_lang()


def store(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """A click callback keeping the option's value in ``ctx.meta[key]`` (a value given to the group is kept)."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is not None or key not in ctx.meta:
            ctx.meta[key] = value
        return value

    return callback


def current_demo(ctx: click.Context | None = None) -> bool:
    """Whether the running command reads the demonstration set: ``--demo`` anywhere, else ``DKNET_DEMO``."""
    return demo_requested(True if demo_given(ctx) else None)


def demo_given(ctx: click.Context | None = None) -> bool:
    """True when ``--demo`` stands on the command line (not only ``DKNET_DEMO`` in the environment)."""
    ctx = ctx or click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(DEMO_KEY))


def data_demo(demo: bool | None = None) -> bool:
    """The data set this command reads (demo or real), noted so that the output carries the banner.

    ``demo`` is what the graph says (``G.graph["demo"]``) once it is loaded; before that, :func:`current_demo`.
    """
    value = current_demo() if demo is None else bool(demo)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[DEMO_READ_KEY] = value
    return value


def demo_banner(lang: Lang, ctx: click.Context | None = None) -> str | None:
    """The demonstration banner in ``lang`` when this command read the demonstration set, else None."""
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is None or not ctx.meta.get(DEMO_READ_KEY):
        return None
    return t(BANNER_KEY, lang)
