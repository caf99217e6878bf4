"""The option decorators every dknet command shares: ``--lang``, ``--demo``, the data options, the output format.

``--lang nb|nn|en`` (default ``DKNET_LANG``, else nb) is on every command (:func:`lang_option`); ``--demo`` (default
``DKNET_DEMO``) on the group and on every command that reads the data set (:func:`demo_option`); commands that print
rows also get ``--format table|json|csv|xlsx``, ``--csv-dialect`` and ``-o FILE`` (:func:`format_option`) and write
through one :class:`~dknet.cli.common.Out`. The values are kept in the click context (:mod:`dknet.cli.context`).

The choices offered come from the vocabulary in :mod:`dknet.schema`, so click checks them at the edge.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet.cli.context import DEMO_KEY, DIALECT_KEY, LANG_ENVVAR, LANG_KEY, OUTPUT_KEY, store
from dknet.cli.output import check_output
from dknet.messages import LANGS
from dknet.schema import CSV_DIALECTS, DATA_MODES, OUTPUT_FORMATS

F = TypeVar("F", bound=Callable[..., Any])


def _lang_option(f: F, **env: Any) -> F:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=store(LANG_KEY),
        **env,
    )(f)


def lang_option(f: F) -> F:
    """``--lang nb|nn|en``: the language of help, headings, column names, notes and numbers.

    Default: the group's ``--lang``, else ``DKNET_LANG``, else nb (:func:`~dknet.cli.context.current_lang`).
    """
    return _lang_option(f)


def group_lang_option(f: F) -> F:
    """``--lang`` of the ``dknet`` group, with its default from ``DKNET_LANG`` (checked by click).

    Only the group reads the variable, so that ``DKNET_LANG=en dknet --lang nn partners`` is nynorsk.
    """
    return _lang_option(f, envvar=LANG_ENVVAR, show_envvar=True)


def _demo_callback(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    """Note a ``--demo`` seen anywhere on the line (group or command); its absence never undoes one."""
    if value:
        ctx.meta[DEMO_KEY] = True
    return value


def demo_option(f: F) -> F:
    """``--demo``: read the generated demonstration set too; without it, ``DKNET_DEMO`` decides.

    On the ``dknet`` group and on every command that reads the data set (``dknet --demo partners
    holtålen`` and ``dknet partners holtålen --demo`` are the same; :func:`~dknet.cli.context.current_demo`).
    """
    return click.option("--demo", is_flag=True, default=False, expose_value=False, callback=_demo_callback)(f)


def data_options(f: F) -> F:
    """``--data DIR|FILE.xlsx``, ``--data-mode``, ``--no-cache`` and ``--demo``: every command that reads data."""

    @click.option(
        "--data",
        "data_dir",
        type=click.Path(path_type=Path),  # a folder, or one workbook (dknet register)
        default=None,
    )
    @click.option(
        "--data-mode",
        type=click.Choice(DATA_MODES),
        default="overlay",
        show_default=True,
    )
    @click.option("--no-cache", is_flag=True)
    @demo_option
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def format_option(f: F) -> F:
    """``--format table|json|csv|xlsx``, ``--csv-dialect``, ``-o FILE`` and ``--lang``: how rows are written."""
    f = click.option(
        "-o",
        "--output",
        "_output",
        type=str,
        default=None,
        metavar="FILE",
        expose_value=False,
        callback=lambda ctx, param, value: ctx.meta.__setitem__(OUTPUT_KEY, check_output(value)),
    )(f)
    f = click.option(
        "--csv-dialect",
        type=click.Choice(CSV_DIALECTS),
        default=None,
        expose_value=False,
        callback=store(DIALECT_KEY),
    )(f)
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(OUTPUT_FORMATS),
        default="table",
        show_default=True,
    )(f)
    return lang_option(f)
