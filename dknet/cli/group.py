"""The top-level click group: dknet's errors become clear messages and documented exit codes."""

from __future__ import annotations

from typing import Any

import click

from dknet.cli.common import DataInvalid
from dknet.errors import DataValidationError, DknetError


class DknetGroup(click.Group):
    """A click group that turns dknet's errors into clear messages and documented exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DataValidationError as e:
            raise DataInvalid(e) from e
        except DknetError as e:
            raise click.ClickException(str(e)) from e
