"""Read the TOML configuration files of the analyses (the only place they are opened).

The analyses validate what comes back; this module only reads and parses, and turns a missing
file or broken TOML into one :class:`~dknet.errors.ConfigError` naming the file. The analyses
describe what is wrong inside a file with ``config.*`` messages (:func:`shown_value` quotes the
value as the reader typed it); TOML's own parse error comes from :mod:`tomllib` and stays English.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from dknet.errors import ConfigError
from dknet.messages.msg import Local, Msg, Text

_KINDS = {"profile configuration": "profile", "plan configuration": "plan", "gap configuration": "gap"}


def config_kind(what: str) -> Msg:
    """The words for a kind of configuration file (``"plan configuration"`` → "plankonfigurasjon")."""
    return Msg(f"config.{_KINDS.get(what, 'other')}")


def shown_value(value: Any) -> Local | str:
    """A value from a TOML file as a message shows it: text in «quotes» (English: 'quotes'), true/false.

    >>> shown_value("x").render("nb"), shown_value("x").render("en"), shown_value(True), shown_value(-1)
    ('«x»', "'x'", 'true', '-1')
    """
    if isinstance(value, str):
        return Local(f"«{value}»", f"«{value}»", repr(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def section_list(names: Any) -> str:
    """Section names as the file writes them: ``[a], [b]``.

    >>> section_list({"b", "a"})
    '[a], [b]'
    """
    return ", ".join(f"[{n}]" for n in sorted(names))


@functools.cache
def _read_default(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def read_toml(path: Path | None, *, default: Path, what: str) -> tuple[dict[str, Any], Text]:
    """The parsed document of ``path`` (or of the packaged ``default``) and a name for messages.

    ``what`` names the kind of file in errors, e.g. ``"profile configuration"``; the name of the
    packaged default is a message ("standardfilen profile.toml").
    """
    if path is None:
        return dict(_read_default(default)), Msg("config.default_source", name=default.name)
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


def read_sections(
    path: Path | None, *, default: Path, what: str, sections: tuple[str, ...]
) -> tuple[dict[str, Any], dict[str, Any], Text, list[Text]]:
    """A configuration file, dknet's defaults for it, where it came from, and a problem for unknown sections.

    The start every sectioned configuration (gaps, plans) shares; the caller adds its own checks
    to the returned problem list and raises one :class:`~dknet.errors.ConfigError` for them all.
    """
    doc, source = read_toml(path, default=default, what=what)
    defaults, _ = read_toml(None, default=default, what=what)
    problems: list[Text] = []
    unknown = set(doc) - set(sections)
    if unknown:
        problems.append(Msg("config.unknown_sections", sections=section_list(unknown)))
    return doc, defaults, source, problems
