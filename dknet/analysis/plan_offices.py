"""Candidate (virtual) plan offices: low-capacity municipalities grouped, each with a host that can carry it.

Method
------
1. **Low capacity** (configurable, ``low_fte``): less than ``low_fte`` planning FTE in all
   (community + land-use planning). The default 1.0 means *not one full-time planner*; on the
   bundled (illustrative) capacity layer it selects 142 of 357 municipalities (40 %), between
   NIVI 2014:1's 32 % (≤ 0.5 FTE land-use planning) and 61 % (≤ 0.5 FTE community planning).
   The output says how many it selected.
2. **Groups.** The low-capacity municipalities of the whole country are partitioned into
   communities (:func:`dknet.analysis.communities.detect_communities`, sizes 2..``max_size``) on
   the ``office`` feasibility graph: land or sea neighbours or centroids within ``max_km``.
   A county run keeps the national groups that have a member in the county, so the county
   and the national answer agree on every municipality (a group may cross the county line:
   the ``counties`` column says so).
3. **Host (vertskommune).** Among the members and every municipality that is an ``office``
   candidate of *all* members (a land or sea neighbour or within ``max_km`` of each), the host
   is the one with the most planning FTE counted up to ``min_fte`` (capacity beyond what a
   robust office needs does not make a better host), then the shortest total distance to the
   members, then the SSB centrality index. A capable regional centre next door therefore hosts
   and joins the office as ``vert``; a municipality with no low-capacity partner gets an office
   of its own with such a host, when there is one.
4. **Robustness.** The combined planning FTE of members and host is compared with
   ``min_fte`` (:data:`ROBUST_MIN_FTE`, 3 FTE). No public source states a minimum for a planning
   environment; 3 FTE is dknet's stated assumption (an office that keeps working through one
   vacancy), set against the documented offices: Nord-Troms plankontor had 6.5 positions for
   five municipalities, Nord-Troms Plan og Eiendom about 5 FTE for four (``docs/partners.md``
   cites both). ``robust`` says whether an office reaches it.
5. **Most central** is the member with the highest SSB centrality index (sentralitetsindeks).

Planning FTE are illustrative in the bundled data: every output says so.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from dknet.analysis.communities import Partition, _municipalities, detect_communities
from dknet.analysis.profiles import ProfileConfig, load_config
from dknet.analysis.scoring import pair_table
from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.messages import Lang, t
from dknet.present.numbers import number, percent
from dknet.schema import ILLUSTRATIVE, Label, node_id

#: Combined planning FTE below which a municipality counts as low-capacity (not one full-time planner).
LOW_FTE = 1.0
#: Combined planning FTE a shared office should reach to be a robust planning environment (see docs/partners.md).
ROBUST_MIN_FTE = 3.0


def planning_fte(G: Graph, code: str) -> float | None:
    """Community + land-use planning FTE of municipality ``code``; None when unknown."""
    d = G.nodes[node_id(Label.MUNICIPALITY, code)]
    parts = [d.get("aarsverk_samfunn"), d.get("aarsverk_areal")]
    if all(p is None for p in parts):
        return None
    return float(sum(p for p in parts if p is not None))


def low_capacity(G: Graph, *, county: str | None = None, low_fte: float = LOW_FTE) -> list[str]:
    """Municipalities (kommunenummer) with less than ``low_fte`` planning FTE in all; unknown FTE is not low."""
    out = []
    for c in _municipalities(G, county):
        fte = planning_fte(G, c)
        if fte is not None and fte < low_fte:
            out.append(c)
    return out


def propose_plan_offices(
    G: Graph,
    *,
    county: str | None = None,
    low_fte: float = LOW_FTE,
    min_fte: float = ROBUST_MIN_FTE,
    seed: int = 2024,
    max_size: int = 5,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
) -> Partition:
    """Candidate plan offices for low-capacity municipalities, each with a host (see the module docstring).

    Reasons and notes are in ``lang`` (nb, nn, en; texts in :mod:`dknet.messages`).

    ``summary`` columns: office, size, members, host, host_is_member, counties, combined_fte,
    robust, most_central, reasons. ``members``: kommunenummer, navn, fylkesnummer, office, rolle
    (``vert`` or ``deltaker``), fte.
    """
    config = config or load_config()
    cap = config.purposes["office"].max_km if max_km is None else max_km
    if cap is None:
        raise DknetError("error.plan_offices.cap")
    low = low_capacity(G, low_fte=low_fte)
    if len(low) < 2:
        raise DknetError("error.plan_offices.few", low_fte=f"{low_fte:g}")
    part = detect_communities(
        G, codes=low, seed=seed, min_size=2, max_size=max_size, max_km=cap, config=config, lang=lang
    )
    table = pair_table(G, config=config)
    ok = table.candidates("office", max_km=cap)
    pos = {c: i for i, c in enumerate(table.codes)}
    in_county = set(_municipalities(G, county)) if county is not None else None
    if in_county is not None:  # a county run speaks of its own municipalities only
        part.notes = [n for n in part.notes if _about(n, in_county)]
    rows, member_rows = [], []
    low_text, min_text = number(low_fte, lang), number(min_fte, lang)
    groups = part.members.groupby("community", sort=True)
    for office, (_, grp) in enumerate(groups, start=1):
        codes = sorted(grp.kommunenummer)
        if in_county is not None and not in_county & set(codes):
            continue
        idx = [pos[c] for c in codes]
        reach = ok[idx].copy()  # reach[m, j]: j is an office candidate of member m
        reach[np.arange(len(idx)), idx] = True  # a member reaches itself
        candidates = sorted(table.codes[j] for j in np.flatnonzero(reach.all(axis=0)))
        if not candidates:  # nobody reaches every member: the member reaching most of them
            counts = reach[:, idx].sum(axis=0)
            candidates = [c for c, n in zip(codes, counts, strict=True) if n == counts.max()]
        travel = {c: float(table.distance_km[pos[c], idx].sum()) for c in candidates}
        host = max(
            candidates,
            key=lambda c: (min(planning_fte(G, c) or 0.0, min_fte), -travel[c], _attr(G, c, "sentralitetsindeks"), c),
        )
        if len(codes) == 1 and host in codes:
            continue  # alone, and no capable neighbour to host: reported in the notes
        everyone = codes + ([host] if host not in codes else [])
        fte = {c: planning_fte(G, c) or 0.0 for c in everyone}
        combined = float(sum(fte.values()))
        central = max(codes, key=lambda c: (_attr(G, c, "sentralitetsindeks"), c))
        counties = sorted({str(G.nodes[node_id(Label.MUNICIPALITY, c)]["fylkesnummer"]) for c in everyone})
        span = float(table.distance_km[np.ix_([pos[c] for c in everyone], [pos[c] for c in everyone])].max())
        robust = combined >= min_fte

        index = number(_attr(G, host, "sentralitetsindeks"), lang, decimals=0)
        reasons = [
            t("offices.low1" if len(codes) == 1 else "offices.low", lang, n=len(codes), low=low_text),
            t("offices.host", lang, name=_name(G, host), fte=number(fte[host], lang, decimals=1), index=index)
            + ("" if host in codes else t("offices.capable", lang)),
            t(
                "offices.robust" if robust else "offices.weak",
                lang,
                fte=number(combined, lang, decimals=1),
                min=min_text,
            ),
            t("offices.span", lang, km=number(span, lang, decimals=0)),
        ]
        if len(counties) > 1:
            reasons.append(t("offices.counties", lang, counties=", ".join(counties)))
        rows.append(
            {
                "office": office,
                "size": len(everyone),
                "members": ", ".join(_name(G, c) for c in codes),
                "host": f"{_name(G, host)} ({host})",
                "host_is_member": host in codes,
                "counties": ", ".join(counties),
                "combined_fte": round(combined, 1),
                "robust": robust,
                "most_central": f"{_name(G, central)} ({central})",
                "illustrative": any(_fte_illustrative(G, c) for c in everyone),
                "reasons": reasons,
            }
        )
        for c in everyone:
            member_rows.append(
                {
                    "kommunenummer": c,
                    "navn": _name(G, c),
                    "fylkesnummer": G.nodes[node_id(Label.MUNICIPALITY, c)]["fylkesnummer"],
                    "office": office,
                    "rolle": "vert" if c == host else "deltaker",
                    "fte": round(fte[c], 1),
                }
            )
    placed = {r["kommunenummer"] for r in member_rows}
    alone = [c for c in low if c not in placed and (in_county is None or c in in_county)]
    summary = pd.DataFrame(rows)
    members = pd.DataFrame(member_rows, columns=["kommunenummer", "navn", "fylkesnummer", "office", "rolle", "fte"])
    n_all = len(_municipalities(G, None))
    share = percent(len(low) / n_all, lang, decimals=0)
    notes = [
        t("offices.note", lang, low=low_text, n=len(low), total=n_all, share=share, min=min_text),
        *part.notes,
    ]
    if alone:
        names = ", ".join(f"{_name(G, c)} ({c})" for c in alone)
        notes.append(t("offices.alone", lang, names=names, km=number(cap, lang)))
    if county is not None:
        notes.append(t("offices.county", lang))
    if not summary.empty and not summary["robust"].all():
        below = int((~summary["robust"]).sum())
        notes.append(t("offices.below", lang, n=below, total=len(summary), min=min_text))
    quality = {
        **part.quality,
        "offices": float(len(summary)),
        "robust": float(summary["robust"].sum()) if rows else 0.0,
    }
    return Partition(members, summary, quality, notes)


def _attr(G: Graph, code: str, key: str) -> float:
    v = G.nodes[node_id(Label.MUNICIPALITY, code)].get(key)
    return float(v) if v is not None else 0.0


def _about(note: str, codes: set[str]) -> bool:
    """Whether a note names a municipality of ``codes`` as ``Name (1234)``, or names none at all.

    >>> _about("Hurdal (3242): no neighbour", {"5026"}), _about("Holtålen (5026): alone", {"5026"}), _about("x", set())
    (False, True, True)
    """
    named = re.findall(r"\((\d{4})\)", note)
    return not named or any(c in codes for c in named)


def _name(G: Graph, code: str) -> str:
    return str(G.nodes[node_id(Label.MUNICIPALITY, code)]["name"])


def _fte_illustrative(G: Graph, code: str) -> bool:
    return bool(G.nodes[node_id(Label.MUNICIPALITY, code)].get("kapasitet_source") == ILLUSTRATIVE)
