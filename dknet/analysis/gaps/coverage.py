"""Who was reached by whom (:func:`coverage`), and each FK and SF office's load (:func:`guidance_load`)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd

from dknet.analysis import asof
from dknet.analysis.asof import at_year
from dknet.analysis.gaps.common import contact_counts, contacts_since, last_contact, select_codes
from dknet.analysis.gaps.config import GapConfig, load_gap_config
from dknet.analysis.registers import guidance_registered, registers
from dknet.graph import Graph, municipality_node, nodes_of
from dknet.schema import Label, Rel

# --- coverage and load ------------------------------------------------------------------------------


def coverage(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    years: int | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Per municipality: FK and SF contacts in the last ``years`` (default: the config window), unreached first.

    Where the FK or SF office keeps no contact register at all (:mod:`dknet.analysis.registers`),
    its count and ``reached_by_*`` are missing (not 0, not False): nobody knows. ``as_of``: the
    status day (:func:`dknet.analysis.asof.as_of`).
    """
    config = at_year(config or load_gap_config(), as_of)
    G = asof.as_of(G, as_of)
    since = config.year - (years or config.window) + 1
    regs = registers(G)
    rows = []
    for code in select_codes(G, county, sf):
        m = municipality_node(code)
        fk, sfc = contact_counts(contacts_since(G, m, since))
        has_fk, has_sf = guidance_registered(G, regs, m, "FK"), guidance_registered(G, regs, m, "SF")
        rows.append(
            {
                "kommunenummer": code,
                "navn": G.nodes[m]["name"],
                "fylkesnummer": G.nodes[m]["fylkesnummer"],
                "fk_contacts": fk if has_fk else pd.NA,
                "sf_contacts": sfc if has_sf else pd.NA,
                "reached_by_fk": fk > 0 if has_fk else None,
                "reached_by_sf": sfc > 0 if has_sf else None,
                "last_contact": last_contact(G, m),
                "since": since,
            }
        )
    df = pd.DataFrame(rows)
    df["last_contact"] = df["last_contact"].astype("Int64")
    for col in ("fk_contacts", "sf_contacts"):
        df[col] = df[col].astype("Int64")
    df["_total"] = df.fk_contacts.fillna(0) + df.sf_contacts.fillna(0)
    return df.sort_values(["_total", "kommunenummer"], kind="stable").drop(columns="_total").reset_index(drop=True)


def guidance_load(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    years: int | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Per FK and SF office: municipalities served and reached, contacts, concentration, who was not reached.

    An office with no contact record at all keeps no register here (``registered`` False): how
    many it reached is not known, so ``reached``, ``share_reached`` and ``not_reached`` are empty.
    ``as_of``: the status day (:func:`dknet.analysis.asof.as_of`).
    """
    config = at_year(config or load_gap_config(), as_of)
    G = asof.as_of(G, as_of)
    since = config.year - (years or config.window) + 1
    chosen = set(select_codes(G, county, sf))
    rows = []
    for label, rel in ((Label.COUNTY, Rel.IN_COUNTY), (Label.STATE_ADMINISTRATOR, Rel.SUPERVISED_BY)):
        for office in nodes_of(G, label):
            served = sorted(
                str(G.nodes[u]["key"]) for u, _, d in G.in_edges(office, data=True) if d["type"] == rel.type
            )
            served = [c for c in served if c in chosen]
            if not served:
                continue
            per: dict[str, int] = dict.fromkeys(served, 0)
            for _, v, d in G.out_edges(office, data=True):
                key = str(G.nodes[v]["key"])
                if d["type"] == Rel.GUIDES.type and int(d["aar"]) >= since and key in per:
                    per[key] += int(d.get("antall", 1))
            total = sum(per.values())
            shares = np.array([v / total for v in per.values()]) if total else np.zeros(len(per))
            unreached = [c for c, v in per.items() if v == 0]
            kept = any(d["type"] == Rel.GUIDES.type for _, _, d in G.out_edges(office, data=True))
            rows.append(
                {
                    "office": G.nodes[office]["name"],
                    "kind": "FK" if label is Label.COUNTY else "SF",
                    "id": G.nodes[office]["key"],
                    "registered": kept,
                    "municipalities": len(served),
                    "reached": len(served) - len(unreached) if kept else pd.NA,
                    "share_reached": 1 - len(unreached) / len(served) if kept else math.nan,
                    "contacts": total,
                    "hhi": float((shares**2).sum()) if total else math.nan,
                    "top5_share": float(np.sort(shares)[::-1][:5].sum()) if total else math.nan,
                    "not_reached": ", ".join(str(G.nodes[municipality_node(c)]["name"]) for c in unreached)
                    if kept
                    else "",
                    "since": since,
                }
            )
    out = pd.DataFrame(rows)
    if len(out):
        out["reached"] = out["reached"].astype("Int64")
    return out
