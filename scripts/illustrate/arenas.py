"""Arenas: regional councils (regionråd), regional planning forums and networks of similar municipalities."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import networkx as nx
import numpy as np

from scripts.illustrate.records import Rng, Row, _Muni

#: Regionråd balancing: a group larger than _OVERSIZE × the county's mean group size is split.
_OVERSIZE = 1.6
_BALANCE_ROUNDS = 4


def _merge_smallest(groups: list[set[str]], sub: nx.Graph[str], by_knr: Mapping[str, _Muni]) -> None:
    """Merge the smallest group (members, then population) into its best-bordering neighbour group."""
    groups.sort(key=lambda g: (len(g), sum(by_knr[k].pop for k in g), min(g)))
    small = groups[0]
    best: tuple[float, str] | None = None
    best_idx = 1  # only used if no neighbour exists, which the connected county link graph rules out
    for j in range(1, len(groups)):
        other = groups[j]
        shared = sum(float(sub.edges[a, b]["km"]) for a in small for b in sub.neighbors(a) if b in other)
        if shared <= 0:
            continue
        cand = (-shared / len(other), min(other))
        if best is None or cand < best:
            best, best_idx = cand, j
    groups[best_idx] = groups[best_idx] | small
    groups.pop(0)


def _split(group: set[str], sub: nx.Graph[str], by_knr: Mapping[str, _Muni]) -> tuple[set[str], set[str]] | None:
    """Split a group in two connected parts around two centres, as balanced as possible.

    Each member joins the centre it is fewer border steps from (ties: the more populous centre);
    such graph-Voronoi cells are connected. Centres are tried in order of population, so among
    equally balanced splits the one around the largest towns wins. None if no split gives two
    parts of at least two members.
    """
    inner = sub.subgraph(group)
    order = sorted(group, key=lambda k: (-by_knr[k].pop, k))
    dist = {k: nx.single_source_shortest_path_length(inner, k) for k in order}
    best: tuple[set[str], set[str]] | None = None
    best_balance = 1
    for i, a in enumerate(order):
        for b in order[i + 1 :]:
            part_b = {k for k in group if dist[b][k] < dist[a][k]}
            part_a = group - part_b
            balance = min(len(part_a), len(part_b))
            if balance > best_balance:
                best, best_balance = (part_a, part_b), balance
    return best


def _regionraad_groups(munis: Sequence[_Muni], links: nx.Graph[str], fylke: str) -> list[list[str]]:
    """Partition a county into connected regional-council groups (see the module docstring)."""
    members = [m for m in munis if m.fylke == fylke]
    if not members:
        return []
    by_knr = {m.knr: m for m in members}
    target = min(max(round(len(members) / 6.5), 2), 6, len(members))
    sub = links.subgraph(by_knr)
    groups: list[set[str]] = []
    for ba in sorted({m.ba for m in members if m.ba}):
        part = [m.knr for m in members if m.ba == ba]
        groups.extend(set(c) for c in nx.connected_components(sub.subgraph(part)))
    groups.extend({m.knr} for m in members if not m.ba)
    while len(groups) > target:
        _merge_smallest(groups, sub, by_knr)
    while len(groups) > 1 and min(len(g) for g in groups) == 1:
        _merge_smallest(groups, sub, by_knr)
    while len(groups) < target:
        groups.sort(key=lambda g: (-len(g), min(g)))
        halves = _split(groups[0], sub, by_knr)
        if halves is None:
            break
        groups[0:1] = list(halves)
    for _ in range(_BALANCE_ROUNDS):  # split an oversized group, merge the smallest back
        groups.sort(key=lambda g: (-len(g), min(g)))
        if len(groups) < 2 or len(groups[0]) <= _OVERSIZE * len(members) / len(groups):
            break
        halves = _split(groups[0], sub, by_knr)
        if halves is None:
            break
        groups[0:1] = list(halves)
        _merge_smallest(groups, sub, by_knr)
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


def _arenaer(
    munis: Sequence[_Muni],
    links: nx.Graph[str],
    fylker: Sequence[str],
    attendees: set[str],
    rng: Rng,
    county_names: Mapping[str, str],
) -> tuple[list[Row], list[Row]]:
    by_knr = {m.knr: m for m in munis}
    arenas: list[Row] = []
    members: list[Row] = []
    for fylke in fylker:
        county = [m for m in munis if m.fylke == fylke]
        if not county:
            continue
        fname = county_names.get(fylke, fylke)
        for n, group in enumerate(_regionraad_groups(munis, links, fylke), start=1):
            host = max(group, key=lambda k: (by_knr[k].pop, k))
            aid = f"ill-rr-{fylke}-{n}"
            arenas.append(
                {
                    "arena_id": aid,
                    "navn": f"Regionrådet for {by_knr[host].navn} og omland (illustrativt)",
                    "type": "regionråd",
                    "arrangor": "",
                    "fra_aar": "",
                    "til_aar": "",
                    "beskrivelse": "Illustrativt interkommunalt politisk råd (BA-regioner slått sammen langs grenser)",
                }
            )
            members.extend({"arena_id": aid, "kommunenummer": k, "rolle": "medlem"} for k in group)
        aid = f"ill-pf-{fylke}"
        arenas.append(
            {
                "arena_id": aid,
                "navn": f"Regionalt planforum i {fname} (illustrativt)",
                "type": "planforum",
                "arrangor": fylke,
                "fra_aar": "",
                "til_aar": "",
                "beskrivelse": "Illustrativt: medlemmer er kommunene som har deltatt de siste årene",
            }
        )
        members.extend(
            {"arena_id": aid, "kommunenummer": m.knr, "rolle": "deltaker"} for m in county if m.knr in attendees
        )
        small = [m for m in county if m.klasse >= 5 and m.pop < 5000]
        if len(small) >= 3:
            feats = np.array([[math.log(max(m.pop, 1)), m.change, m.share67, float(m.klasse)] for m in small])
            sd = feats.std(axis=0)
            sd[sd == 0] = 1.0
            z = (feats - feats.mean(axis=0)) / sd
            seed_idx = int(rng.integers(len(small)))
            size = min(int(rng.integers(3, 9)), len(small))
            dist = np.sqrt(((z - z[seed_idx]) ** 2).sum(axis=1))
            order = sorted(range(len(small)), key=lambda i: (float(dist[i]), small[i].knr))[:size]
            chosen = sorted((small[i] for i in order), key=lambda m: m.knr)
            falling = sum(1 for m in chosen if m.change < 0) > len(chosen) / 2
            challenge = "befolkningsnedgang og aldring" if falling else "små fagmiljø og lang avstand"
            aid = f"ill-nv-{fylke}"
            arenas.append(
                {
                    "arena_id": aid,
                    "navn": f"Plannettverk for distriktskommuner i {fname} (illustrativt)",
                    "type": "nettverk",
                    "arrangor": fylke,
                    "fra_aar": str(int(rng.integers(2021, 2026))),
                    "til_aar": "",
                    "beskrivelse": f"Illustrativt nettverk av små kommuner med like utfordringer: {challenge}",
                }
            )
            members.extend({"arena_id": aid, "kommunenummer": m.knr, "rolle": "medlem"} for m in chosen)
    return arenas, members
