"""The ``dknet`` command: a thin shell over the library (parse → one call → format → echo).

Data goes to stdout, messages and progress to stderr. Exit codes: 0 ok, 1 error (e.g. an
unknown municipality), 2 usage, 3 invalid data (nothing built or written), 4 database
unreachable.

Every command parses its options, calls one function of :mod:`dknet.api`, formats and echoes.

One module per command group: :mod:`~dknet.cli.data` (info, show, validate, data templates),
:mod:`~dknet.cli.partners` (partners), :mod:`~dknet.cli.analysis` (communities, plan-offices, gaps),
:mod:`~dknet.cli.plans` (plans, compare, scorecard), :mod:`~dknet.cli.report` (report),
:mod:`~dknet.cli.maps` (map), :mod:`~dknet.cli.graphdb` (neo4j), :mod:`~dknet.cli.glossary` (glossary).
Below them, each importing only downwards (no circle): :mod:`~dknet.cli.common` (:class:`~dknet.cli.common.Out`,
``load``), :mod:`~dknet.cli.options` (the shared option decorators), :mod:`~dknet.cli.helptext` and
:mod:`~dknet.cli.usage` (help and usage errors in ``--lang``), :mod:`~dknet.cli.output` (stdout or ``-o``),
:mod:`~dknet.cli.failure` (exit 1 and 3) and :mod:`~dknet.cli.context` (the running command's ``--lang``
and data set); :mod:`~dknet.cli.group` turns library errors into exit codes.
"""

from __future__ import annotations

import click

from dknet.cli.analysis import communities, gaps, plan_offices
from dknet.cli.changes import changes
from dknet.cli.data import data, info, show, validate
from dknet.cli.glossary import glossary
from dknet.cli.graphdb import neo4j
from dknet.cli.group import DknetGroup
from dknet.cli.maps import map_command
from dknet.cli.options import demo_option, group_lang_option
from dknet.cli.partners import partners
from dknet.cli.plans import compare, plans, scorecard
from dknet.cli.register import register
from dknet.cli.report import report

__all__ = ["DknetGroup", "cli", "main"]


@click.group(
    cls=DknetGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    help_key="help.dknet",
)
@click.version_option(package_name="dknet")
@group_lang_option
@demo_option
def cli() -> None:
    """dknet: planning networks for small Norwegian municipalities (help: ``help.dknet``)."""


for _command in (info, show, validate, data, partners, communities, plan_offices, gaps, map_command, neo4j):
    cli.add_command(_command)
cli.add_command(plans)
cli.add_command(compare)
cli.add_command(scorecard)
cli.add_command(glossary)
cli.add_command(report)
cli.add_command(register)
cli.add_command(changes)


def main() -> None:
    """Entry point of the ``dknet`` command."""
    cli(prog_name="dknet")
