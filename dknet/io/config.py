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
        raise ConfigError(f"cannot read the {what} {path}: {e.strerror}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from e
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path} is not UTF-8 text: save it as UTF-8") from e
