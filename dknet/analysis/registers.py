"""Which layers are *registered* where: the line between "none recorded" and "not known".

A layer is registered for a municipality when the data has records of that layer there:

============== ====================================================================
layer          registered for municipality m when
============== ====================================================================
veiledning     the FK (or SF office) that serves m has at least one contact record
               (to any municipality); then no contact to m in a window is a real
               "ingen kontakt registrert", otherwise it is "ikke registrert"
plankapasitet  m has a row in the capacity table
plankontor     some plan office has a member in m's county, recorded in a register
               (the user's, or the demo set's); a cited public page proves that an
               office exists, not that there is no other, so it does not count
arena          the same for planning networks, projects and forums
regionale      some regional plan is owned by m's county council or covers a
planer         municipality in m's county
============== ====================================================================

Without a register an analysis answers "ukjent" (and a gap "kan ikke vurderes – mangler
register for X"); it never counts the absence as 0, as bad or as good.

>>> from dknet.examples import tiny_graph
>>> from dknet.graph import municipality_node
>>> G = tiny_graph()  # one plan office in county 90 (the user's records), no guidance records at all
>>> regs = registers(G)
>>> sorted(regs.offices), guidance_registered(G, regs, municipality_node("9003"), "FK")
(['90'], False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dknet.analysis.context import targets
from dknet.analysis.plans import fact_source
from dknet.graph import Graph
from dknet.schema import Label, Rel

#: Arena types that make up the ``arena`` layer (planning networks, projects, forums).
ARENA_TYPES = frozenset({"nettverk", "prosjekt", "planforum"})


@dataclass(frozen=True)
class Registers:
    """Where each layer has records (see the module docstring)."""

    guidance_offices: frozenset[str]  # FK and SF node ids with at least one contact record
    capacity: frozenset[str]  # municipality node ids with a capacity row
    offices: frozenset[str]  # county numbers with a plan office member
    arenas: frozenset[str]  # county numbers with a member of a network, project or forum
    regional_plans: frozenset[str]  # county numbers owning or covered by a regional plan


def registers(G: Graph) -> Registers:
    """Where each layer has records in ``G``: one pass over the nodes and edges."""
    guidance: set[str] = set()
    offices: set[str] = set()
    arenas: set[str] = set()
    regional: set[str] = set()
    for u, v, d in G.edges(data=True):
        kind = d["type"]
        if kind == Rel.GUIDES.type:
            guidance.add(u)
        elif kind == Rel.MEMBER_OF.type:
            if fact_source(d.get("source")) == "kuratert":
                continue  # a cited membership is a fact, but not a register of all memberships
            county = str(G.nodes[u].get("fylkesnummer", ""))
            group = G.nodes[v]
            if group["label"] == Label.PLAN_OFFICE.label:
                offices.add(county)
            elif group["label"] == Label.ARENA.label and group.get("type") in ARENA_TYPES:
                arenas.add(county)
        elif kind == Rel.COVERS.type:
            regional.add(str(G.nodes[v].get("fylkesnummer", "")))
        elif kind == Rel.OWNS.type and G.nodes[v]["label"] == Label.REGIONAL_PLAN.label:
            regional.add(str(G.nodes[u]["key"]))
    capacity = {
        n
        for n, d in G.nodes(data=True)
        if d["label"] == Label.MUNICIPALITY.label
        and ("kapasitet_source" in d or d.get("aarsverk_samfunn") is not None or d.get("aarsverk_areal") is not None)
    }
    return Registers(
        frozenset(guidance), frozenset(capacity), frozenset(offices), frozenset(arenas), frozenset(regional)
    )


def guidance_registered(G: Graph, regs: Registers, m: str, who: Literal["FK", "SF"]) -> bool:
    """Whether guidance from ``m``'s county council (``FK``) or SF office (``SF``) has a register."""
    rel = Rel.IN_COUNTY if who == "FK" else Rel.SUPERVISED_BY
    return bool(targets(G, m, rel) & regs.guidance_offices)


def county_of(G: Graph, m: str) -> str:
    """The county number of municipality node ``m``."""
    return str(G.nodes[m].get("fylkesnummer", ""))
