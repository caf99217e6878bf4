"""What dknet says when a word of its vocabulary (:mod:`dknet.schema`) is not one it knows.

Merged into :data:`dknet.messages.MESSAGES`; key → (bokmål, nynorsk, English). Raised by
:func:`dknet.errors.choose` through :class:`dknet.errors.ChoiceError` (the api checks its arguments with
it; the CLI offers the same words through ``click.Choice``).
"""

from __future__ import annotations

VOCABULARY: dict[str, tuple[str, str, str]] = {
    "choice.purpose": (
        "formålet «{value}» forstås ikke; velg en av {choices}",
        "føremålet «{value}» blir ikkje forstått; vel eitt av {choices}",
        "purpose {value!r} is not understood; choose one of {choices}",
    ),
    "choice.gap_kind": (
        "ukjent type gap «{value}»; velg en av {choices}",
        "ukjend type gap «{value}»; vel ein av {choices}",
        "unknown gap kind {value!r}; choose one of {choices}",
    ),
    "choice.map_view": (
        "ukjent kartvisning «{value}»; velg en av {choices}",
        "ukjend kartvising «{value}»; vel ei av {choices}",
        "unknown map view {value!r}; choose one of {choices}",
    ),
    "choice.map_layout": (
        "ukjent kartoppsett «{value}»; velg et av {choices}",
        "ukjent kartoppsett «{value}»; vel eitt av {choices}",
        "unknown map layout {value!r}; choose one of {choices}",
    ),
    "choice.plan_view": (
        "ukjent planvisning «{value}»; velg en av {choices}",
        "ukjend planvising «{value}»; vel ei av {choices}",
        "unknown plans view {value!r}; choose one of {choices}",
    ),
    "choice.table": (
        "ukjent tabell «{value}»; velg en av {choices}",
        "ukjend tabell «{value}»; vel ein av {choices}",
        "unknown table {value!r}; choose one of {choices}",
    ),
    "choice.data_mode": (
        "ukjent datamodus «{value}»; velg en av {choices}",
        "ukjend datamodus «{value}»; vel ein av {choices}",
        "unknown data mode {value!r}; choose one of {choices}",
    ),
}
