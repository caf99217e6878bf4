"""What the gap analyses share: selecting municipalities, their running groups, guidance contacts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dknet.analysis.context import select_codes as select_codes  # re-exported for the gaps modules
from dknet.analysis.context import targets
from dknet.analysis.cooperation import CONTEXT_ARENA_TYPES, record_state, state
from dknet.graph import Graph
from dknet.schema import Label, Rel

# --- selection ------------------------------------------------------------------------------------


def groups_of(G: Graph, m: str) -> list[dict[str, Any]]:
    """Attributes of every plan office and arena the municipality node ``m`` is a member of."""
    return [G.nodes[v] for v in targets(G, m, Rel.MEMBER_OF)]


def is_running(d: Mapping[str, Any], year: int) -> bool:
    """Whether a group counts as running in ``year`` (one rule for all analyses: :mod:`dknet.analysis.cooperation`).

    Plan offices, projects and networks run when cited and not ended (a generated record never
    counts); standing arenas (regional councils, planning forums) run until their record says
    they ended.
    """
    if d["label"] != Label.PLAN_OFFICE.label and d.get("type") in CONTEXT_ARENA_TYPES:
        return record_state(d, year) != "ended"
    return state(d, year) == "running"


def group_kind(d: Mapping[str, Any], year: int) -> str | None:
    """plan_office, network, planforum or regionraad for a running group; None otherwise."""
    if not is_running(d, year):
        return None
    if d["label"] == Label.PLAN_OFFICE.label:
        return "plan_office"
    return {"nettverk": "network", "prosjekt": "network", "planforum": "planforum", "regionråd": "regionraad"}.get(
        str(d.get("type"))
    )


def contacts_since(G: Graph, m: str, since: int) -> list[dict[str, Any]]:
    """Guidance edges into ``m`` from year ``since`` on, each with ``from`` (label) and ``from_name``."""
    return [
        {**d, "from": G.nodes[u]["label"], "from_name": G.nodes[u]["name"]}
        for u, _, d in G.in_edges(m, data=True)
        if d["type"] == Rel.GUIDES.type and int(d["aar"]) >= since
    ]


def contact_counts(contacts: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """Contacts (each counted ``antall`` times) from the county council (FK) and from the SF office.

    >>> contact_counts([{"from": "County", "antall": 2}, {"from": "StateAdministrator"}, {"from": "County"}])
    (3, 1)
    """
    fk = sf = 0
    for c in contacts:
        n = int(c.get("antall", 1))
        if c["from"] == Label.COUNTY.label:
            fk += n
        elif c["from"] == Label.STATE_ADMINISTRATOR.label:
            sf += n
    return fk, sf


def last_contact(G: Graph, m: str) -> int | None:
    """The latest year ``m`` received guidance from FK or SF, or None."""
    years = [int(d["aar"]) for _, _, d in G.in_edges(m, data=True) if d["type"] == Rel.GUIDES.type]
    return max(years) if years else None
