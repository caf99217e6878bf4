"""Plans, planning capacity, shared plan offices and regional plans."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import networkx as nx
import numpy as np
import pandas as pd

from scripts.illustrate.records import (
    LOW_FTE,
    SHARE_LOW_AREAL,
    SHARE_LOW_SAMFUNN,
    Rng,
    Row,
    _ba_label,
    _cells,
    _election_year,
    _fmt1,
    _gamma_age,
    _knr,
    _Muni,
)
from scripts.illustrate.territory import _coastal

#: Counties with wild reindeer areas (villrein) in this illustration.
_VILLREIN_COUNTIES = frozenset({"11", "15", "33", "34", "40", "42", "46", "50"})

_PLAN_NAMES = {
    "planstrategi": "Kommunal planstrategi",
    "samfunnsdel": "Kommuneplanens samfunnsdel",
    "arealdel": "Kommuneplanens arealdel",
}


def _planer(munis: Sequence[_Muni], rng: Rng, year: int) -> list[Row]:
    election = _election_year(year)
    rows: list[Row] = []
    for m in munis:
        r = m.remote
        p_stale = 0.02 + 0.18 * r
        p_late = 0.08 + 0.14 * r
        u = float(rng.random())
        stale_year = int(rng.integers(election - 7, election - 2))
        if u < p_stale or (u < p_stale + p_late and election + 2 > year):
            strategi = stale_year
        elif u < p_stale + p_late:
            strategi = election + 2
        else:
            strategi = election + 1
        samfunn = year - _gamma_age(rng, 2.5 + 7 * r**2, 2.0, 25)
        areal = year - _gamma_age(rng, 3.5 + 14 * r**2, 2.5, 35)
        for kind, adopted in (("planstrategi", strategi), ("samfunnsdel", samfunn), ("arealdel", areal)):
            rows.append(
                {
                    "plan_id": f"{m.knr}-{kind}",
                    "kommunenummer": m.knr,
                    "plantype": kind,
                    "navn": f"{_PLAN_NAMES[kind]} – {m.navn}",
                    "vedtatt_aar": str(adopted),
                }
            )
    return rows


def _fte(scores: np.ndarray, share_low: float, beta: float) -> list[float]:
    n = len(scores)
    n_low = round(share_low * n)
    order = np.argsort(scores, kind="stable")
    sorted_scores = scores[order]
    if n_low <= 0:
        pivot = float(sorted_scores[0]) - 1e-9
    elif n_low >= n:
        pivot = float(sorted_scores[-1]) + 1e-9
    else:
        pivot = (float(sorted_scores[n_low - 1]) + float(sorted_scores[n_low])) / 2
    out = [0.0] * n
    for rank, idx in enumerate(order):
        s = float(scores[idx])
        if rank < n_low:
            out[idx] = min(max(round(0.5 * math.exp(0.6 * (s - pivot)), 1), 0.1), LOW_FTE)
        else:
            out[idx] = max(round(0.5 * math.exp(beta * (s - pivot)), 1), 0.6)
    return out


def _plankapasitet(munis: Sequence[_Muni], rng: Rng, year: int) -> tuple[list[Row], dict[str, tuple[float, float]]]:
    base = np.array([math.log(max(m.pop, 1)) - 0.08 * (m.klasse - 1) for m in munis], dtype=float)
    s_samf = base + rng.normal(0.0, 0.35, len(munis))
    s_areal = base + rng.normal(0.0, 0.35, len(munis))
    samf = _fte(s_samf, SHARE_LOW_SAMFUNN, 0.95)
    areal = _fte(s_areal, SHARE_LOW_AREAL, 1.0)
    rows: list[Row] = []
    capacity: dict[str, tuple[float, float]] = {}
    for i, m in enumerate(munis):
        a = areal[i]
        p = 0.85 if a <= 0.5 else 0.65 if a <= 2 else 0.45 if a <= 10 else 0.25
        rows.append(
            {
                "kommunenummer": m.knr,
                "aarsverk_samfunn": _fmt1(samf[i]),
                "aarsverk_areal": _fmt1(a),
                "bruker_konsulenter": "ja" if float(rng.random()) < p else "nei",
                "aar": str(year),
            }
        )
        capacity[m.knr] = (samf[i], a)
    return rows, capacity


def _active_real_office_members(tables: Mapping[str, pd.DataFrame]) -> set[str]:
    offices = tables.get("plankontor")
    members = tables.get("plankontor_medlemmer")
    if offices is None or members is None or len(offices) == 0 or len(members) == 0:
        return set()
    active = {
        pid.strip()
        for pid, status in zip(_cells(offices, "plankontor_id"), _cells(offices, "status"), strict=True)
        if status.strip().lower() == "aktiv"
    }
    return {
        _knr(k)
        for pid, k in zip(_cells(members, "plankontor_id"), _cells(members, "kommunenummer"), strict=True)
        if pid.strip() in active
    }


def _plankontor(
    munis: Sequence[_Muni],
    border: nx.Graph[str],
    capacity: Mapping[str, tuple[float, float]],
    excluded: set[str],
    rng: Rng,
) -> tuple[list[Row], list[Row]]:
    by_knr = {m.knr: m for m in munis}
    candidates = sorted(m.knr for m in munis if capacity[m.knr][1] <= 1.0 and m.knr not in excluded)
    cand_set = set(candidates)
    target = int(rng.integers(6, 11))
    used: set[str] = set()
    per_county: dict[str, int] = {}
    groups: list[list[str]] = []
    for idx in rng.permutation(len(candidates)):
        if len(groups) >= target:
            break
        seed_knr = candidates[int(idx)]
        fylke = by_knr[seed_knr].fylke
        if seed_knr in used or per_county.get(fylke, 0) >= 2:
            continue
        size = int(rng.integers(2, 6))
        group = [seed_knr]
        while len(group) < size:
            frontier = sorted(
                {
                    n
                    for g in group
                    for n in border.neighbors(g)
                    if n in cand_set and n not in used and n not in group and by_knr[n].fylke == fylke
                }
            )
            if not frontier:
                break
            group.append(frontier[int(rng.integers(len(frontier)))])
        if len(group) < 2:
            continue
        used.update(group)
        per_county[fylke] = per_county.get(fylke, 0) + 1
        groups.append(group)
    groups.sort(key=lambda g: (by_knr[g[0]].fylke, min(g)))
    offices: list[Row] = []
    members: list[Row] = []
    for n, group in enumerate(groups, start=1):
        host = max(group, key=lambda k: (by_knr[k].pop, k))
        form = "vertskommune" if float(rng.random()) < 0.6 else "virtuelt"
        pid = f"ill-pk-{n}"
        offices.append(
            {
                "plankontor_id": pid,
                "navn": f"Plankontoret for {by_knr[host].navn} og omland (illustrativt)",
                "form": form,
                "status": "aktiv",
                "fra_aar": str(int(rng.integers(2019, 2026))),
                "til_aar": "",
                "beskrivelse": (
                    "Illustrativt: felles plankontor "
                    + ("med vertskommune" if form == "vertskommune" else "(virtuelt: planleggerne i egen kommune)")
                    + " for nabokommuner med lav plankapasitet"
                ),
            }
        )
        for k in sorted(group):
            members.append(
                {
                    "plankontor_id": pid,
                    "kommunenummer": k,
                    "rolle": "vert" if k == host else "deltaker",
                    "merknad": "illustrativt",
                }
            )
    return offices, members


def _regionale_planer(
    munis: Sequence[_Muni],
    border: nx.Graph[str],
    fylker: Sequence[str],
    rng: Rng,
    year: int,
    county_names: Mapping[str, str],
) -> tuple[list[Row], list[Row]]:
    plans: list[Row] = []
    cover: list[Row] = []
    for fylke in fylker:
        members = [m for m in munis if m.fylke == fylke]
        if not members:
            continue
        fname = county_names.get(fylke, fylke)
        all_knr = [m.knr for m in members]
        largest = max(members, key=lambda m: (m.pop, m.knr))
        central = sorted(m.knr for m in members if largest.ba and m.ba == largest.ba) or [largest.knr]
        region = _ba_label(largest.ba) or largest.navn
        options: list[tuple[str, str, list[str]]] = []
        coastal = _coastal(munis, border, fylke)
        if fylke in _VILLREIN_COUNTIES:
            areas = sorted(m.areal for m in members)
            cut = areas[int(0.6 * (len(areas) - 1))]
            mountain = [
                m.knr
                for m in members
                if m.klasse >= 5 and border.degree(m.knr) > 0 and m.knr not in coastal and m.areal >= cut
            ]
            comps = sorted(
                (sorted(c) for c in nx.connected_components(border.subgraph(mountain))),
                key=lambda c: (-len(c), c[0]),
            )
            if comps and len(comps[0]) >= 3:
                navn = f"Regional plan for villrein og fjellområder i {fname}"
                options.append(("villrein og fjellområder", navn, comps[0]))
        if len(coastal) >= 3:
            options.append(("kystsone", f"Regional plan for kystsonen i {fname}", sorted(coastal)))
        options.append(("vannforvaltning", f"Regional plan for vannforvaltning i {fname}", all_knr))
        options.append(("klima og energi", f"Regional plan for klima og energi i {fname}", all_knr))
        options.append(("senterstruktur og handel", f"Regional plan for senterstruktur og handel i {fname}", all_knr))
        k = min(int(rng.integers(2, 5)), 1 + len(options))
        picked = sorted(int(i) for i in rng.choice(len(options), size=k - 1, replace=False))
        chosen = [("areal og transport", f"Regional plan for areal og transport i {region}-regionen", central)]
        chosen += [options[i] for i in picked]
        for n, (tema, navn, covered) in enumerate(chosen, start=1):
            rid = f"ill-rp-{fylke}-{n}"
            plans.append(
                {
                    "regionalplan_id": rid,
                    "navn": f"{navn} (illustrativ)",
                    "fylkesnummer": fylke,
                    "tema": tema,
                    "vedtatt_aar": str(int(rng.integers(2012, max(year, 2013)))),
                }
            )
            cover.extend({"regionalplan_id": rid, "kommunenummer": k_} for k_ in sorted(covered))
    return plans, cover
