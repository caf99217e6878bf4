"""Guidance coverage: how many guidance contacts each municipality received from FK and SF since a year.

The simplest view of the guidance network, and the base the gap analysis builds on. The Neo4j
named query ``guidance_gaps`` computes the same table (parity is tested).
"""

from __future__ import annotations

import pandas as pd

from dknet.graph import Graph, nodes_of
from dknet.schema import Label, Rel, node_id

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
