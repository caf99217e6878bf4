"""The Python side of the Neo4j named queries' parity tests: what ``partner_candidates``, ``guidance_gaps``
and ``members`` must return, computed from the networkx graph.

Moved here from the package (``analysis.coverage``, ``analysis.context.feasibility_table``; issue 24): no
command and no analysis uses them; they exist to check the Cypher in ``cypher/read/``. The helpers they
use (neighbours, memberships, regional plans) stay in :mod:`dknet.analysis.context`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from dknet.analysis.context import border_neighbours, memberships, regional_plans, targets
from dknet.geo import haversine_km
from dknet.graph import Graph, nodes_of
from dknet.schema import Label, Rel, node_id

#: Columns of :func:`feasibility_table`, in order.
FEASIBILITY_COLUMNS = (
    "kommunenummer",
    "navn",
    "shares_border",
    "sea_neighbour",
    "ferry",
    "sea_link",
    "distance_km",
    "same_ba_region",
    "same_county",
    "same_sf",
    "common_neighbours",
    "shared_regional_plans",
    "shared_offices",
    "shared_arenas",
    "candidate",
)


def feasibility_table(
    G: Graph,
    code: str,
    *,
    candidates: Iterable[str] | None = None,
    purpose: str = "office",
    max_km: float = 75.0,
) -> pd.DataFrame:
    """One row per other municipality: how feasible cooperation with ``code`` is, and what ties them.

    Columns: see :data:`FEASIBILITY_COLUMNS`. ``sea_neighbour``: shores facing each other across
    water; ``ferry``: a car ferry route links them (NVDB); ``sea_link``: a bridge, subsea tunnel
    or passenger boat (curated); ``distance_km`` is between centroids
    (great circle, a straight line); ``common_neighbours`` counts municipalities bordering both;
    ``shared_*`` count plan offices, arenas and regional plans both belong to; ``candidate``: a
    partner candidate for ``purpose`` (``office``: land, ferry, link or sea neighbour or within
    ``max_km``; ``network``: always), as in :mod:`dknet.analysis.scoring`.
    Sorted by kommunenummer.
    """
    me = node_id(Label.MUNICIPALITY, code)
    mine = G.nodes[me]
    my_nb = border_neighbours(G, me)
    my_sea = targets(G, me, Rel.SEA_NEIGHBOUR)
    my_ferry = targets(G, me, Rel.FERRY)
    my_link = targets(G, me, Rel.SEA_LINK)
    my_offices = memberships(G, me, Label.PLAN_OFFICE)
    my_arenas = memberships(G, me, Label.ARENA)
    my_plans = regional_plans(G, me)
    my_sf = targets(G, me, Rel.SUPERVISED_BY)
    others = (
        [node_id(Label.MUNICIPALITY, c) for c in candidates]
        if candidates is not None
        else [n for n in nodes_of(G, Label.MUNICIPALITY) if n != me]
    )
    rows = []
    for other in sorted(others):
        d = G.nodes[other]
        nb = border_neighbours(G, other)
        distance = haversine_km(mine["lon"], mine["lat"], d["lon"], d["lat"])
        rows.append(
            {
                "kommunenummer": d["key"],
                "navn": d["name"],
                "shares_border": other in my_nb,
                "sea_neighbour": other in my_sea,
                "ferry": other in my_ferry,
                "sea_link": other in my_link,
                "distance_km": distance,
                "same_ba_region": bool(mine.get("ba_region")) and mine.get("ba_region") == d.get("ba_region"),
                "same_county": mine["fylkesnummer"] == d["fylkesnummer"],
                "same_sf": my_sf == targets(G, other, Rel.SUPERVISED_BY),
                "common_neighbours": len(my_nb & nb),
                "shared_regional_plans": len(my_plans & regional_plans(G, other)),
                "shared_offices": len(my_offices & memberships(G, other, Label.PLAN_OFFICE)),
                "shared_arenas": len(my_arenas & memberships(G, other, Label.ARENA)),
                "candidate": purpose == "network"
                or other in my_nb
                or other in my_sea
                or other in my_ferry
                or other in my_link
                or distance <= max_km,
            }
        )
    return pd.DataFrame(rows, columns=list(FEASIBILITY_COLUMNS))


COVERAGE_COLUMNS = ("kommunenummer", "navn", "fylkesnummer", "fk_contacts", "sf_contacts", "contacts", "last_year")


def guidance_coverage(G: Graph, *, county: str | None = None, since: int = 2023) -> pd.DataFrame:
    """Per municipality (optionally in one county): contacts (sum of ``antall``) from FK and SF since ``since``.

    ``last_year`` is the latest year of any contact (also before ``since``), missing when none.
    Rows are sorted by contacts (fewest first), then kommunenummer, so the gaps come first.
    """
    rows = []
    for m in nodes_of(G, Label.MUNICIPALITY):
        d = G.nodes[m]
        if county is not None and d["fylkesnummer"] != county:
            continue
        fk = sf = 0
        last: int | None = None
        for u, _, e in G.in_edges(m, data=True):
            if e["type"] != Rel.GUIDES.type:
                continue
            year = int(e["aar"])
            last = year if last is None else max(last, year)
            if year < since:
                continue
            n = int(e.get("antall", 1))
            if G.nodes[u]["label"] == Label.COUNTY.label:
                fk += n
            else:
                sf += n
        rows.append(
            {
                "kommunenummer": d["key"],
                "navn": d["name"],
                "fylkesnummer": d["fylkesnummer"],
                "fk_contacts": fk,
                "sf_contacts": sf,
                "contacts": fk + sf,
                "last_year": last,
            }
        )
    df = pd.DataFrame(rows, columns=list(COVERAGE_COLUMNS))
    df["last_year"] = df["last_year"].astype("Int64")
    return df.sort_values(["contacts", "kommunenummer"], kind="stable").reset_index(drop=True)


def office_members(G: Graph, group_id: str, *, label: Label = Label.PLAN_OFFICE) -> pd.DataFrame:
    """Members of a plan office or arena: kommunenummer, navn, rolle (host first, then by number)."""
    node = node_id(label, group_id)
    rows = [
        {"kommunenummer": G.nodes[u]["key"], "navn": G.nodes[u]["name"], "rolle": e.get("rolle")}
        for u, _, e in G.in_edges(node, data=True)
        if e["type"] == Rel.MEMBER_OF.type
    ]
    df = pd.DataFrame(rows, columns=["kommunenummer", "navn", "rolle"])
    df["_host"] = df["rolle"] != "vert"
    return df.sort_values(["_host", "kommunenummer"]).drop(columns="_host").reset_index(drop=True)
