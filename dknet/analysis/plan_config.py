"""The plan configuration: term dates and revision rules from ``plans.toml`` (docs/plans.md).

Plan- og bygningsloven § 10-1 gives each municipal council one year after its constitution to
adopt a kommunal planstrategi; ``[term]`` says when the current council was constituted, how
many years the deadline and the term are, ``[revision]`` how old a samfunnsdel or arealdel may
be before it is due for revision, ``[general] as_of`` the status day (today when absent).

>>> c = load_plan_config()
>>> c.deadline, c.term_name, c.next_deadline
(datetime.date(2024, 10, 15), '2023–2027', datetime.date(2028, 10, 15))
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dknet.errors import ConfigError
from dknet.io.config import config_kind, read_sections, shown_value
from dknet.messages.msg import Msg, Text, semicolons

DEFAULT_PLAN_CONFIG = Path(__file__).with_name("plans.toml")


@dataclass(frozen=True)
class PlanConfig:
    """Term dates and revision rules (see ``plans.toml``)."""

    constituted: dt.date
    deadline_years: int
    length_years: int
    max_age: dict[str, int]
    guidance_years: int
    as_of: dt.date | None = None
    source: Text = "default"  # a file path, or the message naming the packaged default

    @property
    def deadline(self) -> dt.date:
        """The last day to adopt the planstrategi (pbl § 10-1: one year after constitution)."""
        return _add_years(self.constituted, self.deadline_years)

    @property
    def next_constituted(self) -> dt.date:
        """The day the next council is taken to be constituted (start of the next term)."""
        return _add_years(self.constituted, self.length_years)

    @property
    def next_deadline(self) -> dt.date:
        """The next council's planstrategi deadline."""
        return _add_years(self.next_constituted, self.deadline_years)

    @property
    def term_name(self) -> str:
        """``2023–2027``: the years of the elections that open and close the term."""
        return f"{self.constituted.year}–{self.next_constituted.year}"

    @property
    def next_term_name(self) -> str:
        """``2027–2031``."""
        return f"{self.next_constituted.year}–{self.next_constituted.year + self.length_years}"

    def day(self, as_of: dt.date | None = None) -> dt.date:
        """The status day: ``as_of`` if given, else the configured one, else today."""
        return as_of or self.as_of or dt.date.today()


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _as_date(value: Any, section: str, key: str, problems: list[Text]) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    problems.append(Msg("config.date", section=section, key=key, value=shown_value(value)))
    return None


def load_plan_config(path: Path | None = None) -> PlanConfig:
    """Read and validate a plan configuration; ``None`` gives dknet's default ``plans.toml``.

    Every problem is reported at once in one :class:`~dknet.errors.ConfigError`, each a ``config.*``
    message of :mod:`dknet.messages` (shown in the reader's language).
    """
    doc, defaults, source, problems = read_sections(
        path,
        default=DEFAULT_PLAN_CONFIG,
        what="plan configuration",
        sections=("term", "revision", "scorecard", "general"),
    )
    sections = {s: {**defaults.get(s, {}), **doc.get(s, {})} for s in ("term", "revision", "scorecard", "general")}
    known = {
        "term": {"constituted", "deadline_years", "length_years"},
        "revision": {"samfunnsdel_max_age", "arealdel_max_age"},
        "scorecard": {"guidance_years"},
        "general": {"as_of"},
    }
    for s, keys in known.items():
        for k in sorted(set(sections[s]) - keys):
            problems.append(Msg("config.unknown_key_known", key=k, section=s, known=", ".join(sorted(keys))))
    ints: dict[str, int] = {}
    for s, k, low in (
        ("term", "deadline_years", 0),
        ("term", "length_years", 1),
        ("revision", "samfunnsdel_max_age", 0),
        ("revision", "arealdel_max_age", 0),
        ("scorecard", "guidance_years", 1),
    ):
        v = sections[s].get(k)
        if isinstance(v, bool) or not isinstance(v, int) or v < low:
            problems.append(Msg("config.whole_min", section=s, key=k, low=low, value=shown_value(v)))
        else:
            ints[k] = v
    constituted = _as_date(sections["term"].get("constituted"), "term", "constituted", problems)
    as_of_raw = sections["general"].get("as_of")
    as_of = _as_date(as_of_raw, "general", "as_of", problems) if as_of_raw is not None else None
    if problems or constituted is None:
        raise ConfigError(
            "error.config.invalid",
            what=config_kind("plan configuration"),
            source=source,
            problems=semicolons(problems),
        )
    return PlanConfig(
        constituted=constituted,
        deadline_years=ints["deadline_years"],
        length_years=ints["length_years"],
        max_age={"samfunnsdel": ints["samfunnsdel_max_age"], "arealdel": ints["arealdel_max_age"]},
        guidance_years=ints["guidance_years"],
        as_of=as_of,
        source=source,
    )


def with_as_of(config: PlanConfig, as_of: dt.date | None) -> PlanConfig:
    """The configuration with another status day (``None`` keeps it)."""
    return config if as_of is None else replace(config, as_of=as_of)
