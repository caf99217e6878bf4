"""Read the TOML configuration files of the analyses (the only place they are opened).

The analyses validate what comes back; this module only reads and parses, and turns a missing
file or broken TOML into one :class:`~dknet.errors.ConfigError` naming the file.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from dknet.errors import ConfigError
from dknet.messages.msg import Msg

_KINDS = {"profile configuration": "profile", "plan configuration": "plan", "gap configuration": "gap"}


def config_kind(what: str) -> Msg:
    """The words for a kind of configuration file (``"plan configuration"`` → "plankonfigurasjon")."""
    return Msg(f"config.{_KINDS.get(what, 'other')}")


@functools.cache
def _read_default(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def read_toml(path: Path | None, *, default: Path, what: str) -> tuple[dict[str, Any], str]:
    """The parsed document of ``path`` (or of the packaged ``default``) and a name for messages.

    ``what`` names the kind of file in errors, e.g. ``"profile configuration"``.
    """
    if path is None:
        return dict(_read_default(default)), f"default {default.name}"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), str(path)
    except OSError as e:
        raise ConfigError(
            "error.config.unreadable", what=config_kind(what), path=str(path), reason=str(e.strerror)
        ) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("error.config.toml", path=str(path), error=str(e)) from e
    except UnicodeDecodeError as e:
        raise ConfigError("error.config.utf8", path=str(path)) from e
