"""Is a cooperation running? One rule for plan offices, projects and networks: the record must say so.

A plan office, project or network is

- **running** in ``year`` when its record says it is: ``status = aktiv`` (plan offices, or
  arenas that carry a status) and the period, where given, includes ``year``; or, without a
  status, a period whose *end year is given* and not yet passed (``fra_aar ≤ year ≤ til_aar``);
- **ended** when ``status = avsluttet`` or its end year has passed;
- **unknown** otherwise (status ``ukjent``, or no status and no end year). Unknown is not
  running: a cooperation nobody has confirmed does not hide a partner.

Regional councils and planning forums are standing arenas, not cooperations on plans; they are
context (:data:`CONTEXT_ARENA_TYPES`), never "already cooperating".

>>> state({"status": "aktiv", "fra_aar": 2020}, 2026), state({"status": "avsluttet"}, 2026)
('running', 'ended')
>>> state({"fra_aar": 2019}, 2026), state({"fra_aar": 2019, "til_aar": 2023}, 2026)
('unknown', 'ended')
>>> state({"status": "ukjent", "fra_aar": 2013}, 2026), state({"fra_aar": 2021, "til_aar": 2027}, 2026)
('unknown', 'running')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

State = Literal["running", "ended", "unknown"]

#: Arena types that are cooperations on plans (running, ended or unknown).
COOPERATION_ARENA_TYPES = ("nettverk", "prosjekt")
#: Arena types that are standing meeting places: context, never "already cooperating".
CONTEXT_ARENA_TYPES = ("regionråd", "planforum")


def _year(d: Mapping[str, Any], key: str) -> int | None:
    v = d.get(key)
    return None if v is None or v != v else int(v)  # NaN != NaN


def state(d: Mapping[str, Any], year: int) -> State:
    """The state of a plan office or arena record in ``year`` (see the module docstring)."""
    start, end = _year(d, "fra_aar"), _year(d, "til_aar")
    status = d.get("status")
    if status == "avsluttet" or (end is not None and end < year):
        return "ended"
    if start is not None and start > year:
        return "unknown"  # not started yet
    if status == "aktiv":
        return "running"
    if status in (None, "") and end is not None:
        return "running"
    return "unknown"


def period(d: Mapping[str, Any]) -> str:
    """``2012–2016``, ``2019–`` or ``""``: the period a record states.

    >>> period({"fra_aar": 2012, "til_aar": 2016}), period({"fra_aar": 2019}), period({})
    ('2012–2016', '2019–', '')
    """
    start, end = _year(d, "fra_aar"), _year(d, "til_aar")
    if start is None and end is None:
        return ""
    return f"{start if start is not None else ''}–{end if end is not None else ''}"
