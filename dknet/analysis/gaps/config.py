"""The gap analysis's weights and thresholds: :class:`GapConfig`, read from ``gaps.toml``."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from dknet.errors import ConfigError
from dknet.io.config import config_kind, read_sections, shown_value
from dknet.messages.msg import Msg, Text, semicolons

DEFAULT_GAP_CONFIG = Path(__file__).resolve().parent.parent / "gaps.toml"

#: need indicator → (profile indicator, direction): +1 when a high value means more need.
NEED_INDICATORS: dict[str, tuple[str, int]] = {
    "small": ("folketall", -1),
    "remote": ("sentralitetsindeks", -1),
    "ageing": ("andel_67pluss", +1),
    "declining": ("endring_10aar", -1),
    "old_arealdel": ("alder_arealdel", +1),
    "old_samfunnsdel": ("alder_samfunnsdel", +1),
    "low_capacity": ("aarsverk_plan", -1),
}
#: need indicators that are not ranks of a profile indicator but scores of the plan situation
#: (dknet.analysis.plans): the planstrategi status of the current term → need, 0–1.
PLAN_NEED: dict[str, dict[str, float]] = {
    "planstrategi": {
        "mangler": 1.0,  # not adopted this term although the deadline has passed (pbl § 10-1)
        "for_sent": 0.5,  # adopted, but after the deadline
        "i_tide": 0.0,
        "dato_ukjent": 0.0,  # adopted this term; the day is not known
        "ikke_forfalt": 0.0,  # the deadline has not passed yet
        # "ukjent" (no record): missing, left out of the weighted mean like any missing indicator
    },
}
SUPPORT_KEYS = (
    "window_years",
    "half_life_years",
    "support_scale",
    "plan_office",
    "network",
    "planforum",
    "regionraad",
    "regional_plan",
    "forms",
)
STRUCTURAL_KEYS = ("similar_pair_min_similarity", "similar_pair_max_km", "regional_plan_min_similarity")


@dataclass(frozen=True)
class GapConfig:
    """Weights and thresholds of the gap analysis (see ``gaps.toml``)."""

    need: dict[str, float]
    support: dict[str, float]
    forms: dict[str, float]
    structural: dict[str, float]
    year: int
    source: Text = "default"

    @property
    def window(self) -> int:
        """Years of guidance that count (the last ``window`` years up to ``year``)."""
        return int(self.support["window_years"])


def load_gap_config(path: Path | None = None) -> GapConfig:
    """Read and validate a gap configuration; ``None`` gives dknet's default ``gaps.toml``."""
    doc, defaults, source, problems = read_sections(
        path,
        default=DEFAULT_GAP_CONFIG,
        what="gap configuration",
        sections=("need", "support", "structural", "general"),
    )
    need = doc.get("need", defaults["need"])
    for k in need:
        if k not in NEED_INDICATORS and k not in PLAN_NEED:
            known = ", ".join([*NEED_INDICATORS, *PLAN_NEED])
            problems.append(Msg("config.unknown_need", name=k, known=known))
    support = {**defaults["support"], **doc.get("support", {})}
    forms = support.pop("forms", {})
    for k in support:
        if k not in SUPPORT_KEYS:
            problems.append(Msg("config.unknown_key", key=k, section="support"))
    structural = {**defaults["structural"], **doc.get("structural", {})}
    for k in structural:
        if k not in STRUCTURAL_KEYS:
            problems.append(Msg("config.unknown_key", key=k, section="structural"))
    numbers = [("need", need), ("support", support), ("support.forms", forms), ("structural", structural)]
    for section, values in numbers:
        for k, v in values.items():
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or v < 0:
                problems.append(Msg("config.number_min", section=section, key=k, low=0, value=shown_value(v)))
    if not problems and not any(v > 0 for v in need.values()):
        problems.append(Msg("config.need_weight"))
    if not problems and support["window_years"] < 1:
        problems.append(Msg("config.at_least_one", section="support", key="window_years"))
    if not problems and support["support_scale"] <= 0:
        problems.append(Msg("config.above_zero", section="support", key="support_scale"))
    year = doc.get("general", {}).get("year", defaults["general"]["year"])
    if isinstance(year, bool) or not isinstance(year, int):
        problems.append(Msg("config.year", section="general", value=shown_value(year)))
    if problems:
        raise ConfigError(
            "error.config.invalid", what=config_kind("gap configuration"), source=source, problems=semicolons(problems)
        )
    return GapConfig(
        {k: float(v) for k, v in need.items()},
        {k: float(v) for k, v in support.items()},
        {k: float(v) for k, v in forms.items()},
        {k: float(v) for k, v in structural.items()},
        int(year),
        source,
    )
