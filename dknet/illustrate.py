"""Illustrative layers: plausible, clearly marked data where no public source exists.

dknet needs plan ages, planning capacity, current plan offices, regional plans, arenas and
guidance contacts to show what the tool does, but none of these has a national public register.
This module *generates* them from the real tables (municipalities, counties, state
administrators, land borders, historic plan offices and arenas), deterministically from a seed.
Every generated row has ``source="illustrative"`` (:data:`dknet.schema.ILLUSTRATIVE`) and an
empty ``source_url``; every generated id starts with ``ill-`` so it can never collide with a
real id. The module is pure: it reads no files, writes none and prints nothing.

Inputs and determinism
----------------------
``tables`` holds the real layers as text cells (``dtype=str, keep_default_na=False``). Numbers
are parsed here; kommunenummer are padded to 4 and fylkesnummer to 2 characters. All inputs are
sorted by their keys before anything is drawn, so the row order of the inputs does not matter.
Each output layer draws from its own stream ``numpy.random.default_rng([seed, stream])``, so a
change to one rule does not reshuffle the other layers. Same seed → identical frames.

Shared quantities
-----------------
* population = the newest non-empty ``folketall_YYYY`` with ``YYYY <= year`` (else the newest).
* remoteness ``r`` in [0, 1] = ½·(centrality class − 1)/5 + ½·clip((ln 50 000 − ln pop) /
  (ln 50 000 − ln 500), 0, 1): 0 for a central city, 1 for a class-6 municipality of ≤ 500.
* "small district municipality" = centrality class 5–6 and population < 2 500 (the Distriktskommune
  3.0 target group; DOMAIN.md).
* the *county link graph* (:func:`county_link_graph`): the land-border graph (``grenser``) within
  each county, plus one *link edge* per extra component: repeatedly, the smallest component of
  the county's graph is linked to the municipality of the same county whose centroid is nearest
  to any of its members. This joins island municipalities without land borders (Utsira, Træna,
  Røst, Fedje, …) and exclaves whose land link runs through another county to their nearest
  neighbour — the ferry/bridge link they use in practice.

Rules per layer
---------------
``planer`` — one planstrategi, samfunnsdel and arealdel per municipality (ids
``<knr>-planstrategi`` etc., names such as "Kommuneplanens arealdel – Holtålen"). Election
year E = the latest municipal election (2023, 2027, …) whose planstrategi falls due in or before
``year`` (E = 2023 for 2024–2027); the planstrategi is due in E+1. It is on time (E+1)
with probability 1 − p_late − p_stale, late (E+2, if that is not after ``year``, else stale) with
p_late = 0.08 + 0.14·r, stale (E−7 … E−3, i.e. 2016–2020) with p_stale = 0.02 + 0.18·r. Plan
ages are gamma-distributed: samfunnsdel age ~ Gamma(shape 2, mean 2.5 + 7·r²), arealdel age ~
Gamma(shape 2.5, mean 3.5 + 14·r²), rounded, capped at 25 and 35 years; ``vedtatt_aar`` =
year − age. Target (DOMAIN.md: "arealdel often 10+ years old in small municipalities"): median
arealdel age ≥ 10 years for small district municipalities, about half that for the others.

``plankapasitet`` — NIVI 2014:1: 61 % of municipalities have ≤ 0.5 FTE (årsverk) for community
planning and 32 % ≤ 0.5 FTE for land-use planning, the shortfall growing as size falls. A noisy
size score s = ln pop − 0.08·(class − 1) + N(0, 0.35) is drawn separately for each kind; the
municipalities are ranked by s and the bottom round(0.61·n) (resp. round(0.32·n)) get ≤ 0.5 FTE
(rank-based calibration, exact up to rounding of n). With s* the midpoint between the last
low and the first high score: FTE = 0.5·exp(β·(s − s*)) above (β = 0.95 samfunn, 1.0 areal;
at least 0.6) and 0.5·exp(0.6·(s − s*)) clipped to [0.1, 0.5] below, one decimal. Oslo gets
tens of FTE for community planning and over a hundred for land use. ``bruker_konsulenter`` = "ja"
with probability 0.85 / 0.65 / 0.45 / 0.25 for land-use FTE ≤ 0.5 / ≤ 2 / ≤ 10 / above.

``plankontor`` + ``plankontor_medlemmer`` — 6–10 (drawn) *current* shared plan offices
(status "aktiv", form "vertskommune" (60 %) or "virtuelt", ``fra_aar`` 2019–2025), ids
``ill-pk-<n>``. Candidates: low capacity (land-use FTE ≤ 1.0), not a member of a real office
with status "aktiv". In a random order of candidates, an office grows from a seed by adding
random candidates of the same county that share a land border with a member (so every office is
connected by land borders) to a drawn size of 2–5; at most 2 offices per county. The most
populous member is the host (rolle "vert"), the others "deltaker".

``regionale_planer`` + ``regionalplan_dekning`` — 2–4 regional plans per county (drawn), ids
``ill-rp-<fylkesnummer>-<n>``, ``vedtatt_aar`` 2012 … year−1. Always an *areal og transport*
plan; the rest drawn from the topics eligible for the county:

* areal og transport: the municipalities of the county in the BA region of its most populous
  municipality (the central commuting region);
* villrein og fjellområder (only counties with wild reindeer areas: 11, 15, 33, 34, 40, 42, 46,
  50): class 5–6 municipalities with land borders, not coastal, with an area at or above the
  county's 60th percentile; the largest land-border-connected cluster of them, if ≥ 3;
* kystsone (counties with a sea coast, each with a hand-set direction towards the open sea, see
  ``_SEA_DIRECTION``; Oslo, Innlandet and Buskerud have none here): island municipalities (no
  land border) plus those in the seaward half of the county (centroid projected on that
  direction, ≥ the county median) whose *open perimeter* is large: total land-border length
  < 1.2 × the perimeter of a circle of the same area (the rest of the perimeter must be sea or
  a national border; the seaward-half condition drops the Swedish/Finnish/Russian border).
  Needs ≥ 3. Known misses: coastal municipalities with long land borders (e.g. Arendal,
  Kristiansand), and all of Vestfold but two, so Vestfold gets no kystsone plan;
* vannforvaltning, klima og energi, senterstruktur og handel: the whole county.

``arenaer`` + ``arena_medlemmer``:

* regionråd (``ill-rr-<fylkesnummer>-<n>``, no organiser): each county is partitioned into
  round(n/6.5) groups, clipped to 2–6 (Oslo, one municipality, forms one): 56 nationally
  (DOMAIN.md: ~50–70). Seeds: the county's part of each BA region, split into connected pieces of
  the county link graph. *Merge*: while there are too many groups (and then while any group has
  a single member), the smallest group (members, then population) merges into the neighbouring
  group (in the county link graph) with the largest shared border length per member (link edges
  count 1 km). *Split*: while there are too few groups, and up to 4 times while the largest
  group has more than 1.6 × the county's mean group size (each such split followed by a merge),
  the largest group is split in two graph-Voronoi cells around the pair of members that gives
  the most balanced halves (≥ 2 members each). Every group is therefore connected in the county
  link graph: connected by land borders, except that island/exclave municipalities (e.g. Utsira,
  Fedje, Træna, Frøya) join through their nearest-centroid link edge rather than forming groups
  of their own. Every municipality is in exactly one regionråd; the most populous member names
  it.
* planforum (``ill-pf-<fylkesnummer>``, organised by the county): the municipalities that
  attended; an "engaged" municipality attends with probability 1 − 0.25·r, a "disengaged"
  one (see ``veiledning``) never (about 3 in 4 attend).
* nettverk (``ill-nv-<fylkesnummer>``, organised by the county): in each county with ≥ 3
  municipalities of class 5–6 and < 5 000 inhabitants, one network of 3–8 of them with the most
  similar profile (standardised ln pop, 10-year change, share 67+, class) around a random seed.

``veiledning`` — guidance contacts from FK (``fra_id`` = the municipality's fylkesnummer) and SF
(``fra_id`` = the county's statsforvalter_id), years 2019 … ``year``. A municipality is
*disengaged* with probability 0.03 + 0.22·r²: it has no contact in the last three years
(year−2 … year) and half the rate before. Otherwise, per year and source the number of distinct
forms is Poisson(λ) capped at 3, λ_FK = 0.5 + 0.9·(1 − r), λ_SF = 0.5 + 0.7·(1 − r); forms are
drawn by weight without replacement (FK's "planforum" only for planforum attendees in the last
three years); ``antall`` = 1 + Poisson(0.6 + 1.6·(1 − r)) capped at 6. Ids ``ill-v-<n>`` numbered
in the order (kommunenummer, year, FK before SF, form); ``tema`` is a planning topic (40 % of
the contacts in the planstrategi year are about the planstrategi). Result for seed 2024: about
16 % of municipalities (25 % of small district municipalities) have no contact in the last three
years; municipalities of ≥ 10 000 get about twice as many contacts a year as the smaller ones.

:func:`calibration_report` measures the generated figures against these targets.

Not modelled: kommunedelplaner and interkommunale planer (PBL ch. 9), regional plans spanning
several counties (each plan has one owner county here), arenas organised by the statsforvalter,
historic (ended) plan offices, and any link between guidance received and plan age or capacity
beyond their shared dependence on remoteness.

>>> _election_year(2026), _election_year(2028)
(2023, 2027)
>>> _ba_label("49 Stavanger/Sandnes")
'Stavanger/Sandnes'
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from dknet.schema import ILLUSTRATIVE, LAYERS

__all__ = [
    "OUTPUT_LAYERS",
    "calibration_report",
    "county_link_graph",
    "generate_illustrative",
    "remoteness",
]

#: The layers :func:`generate_illustrative` returns.
OUTPUT_LAYERS: tuple[str, ...] = (
    "planer",
    "plankapasitet",
    "plankontor",
    "plankontor_medlemmer",
    "regionale_planer",
    "regionalplan_dekning",
    "arenaer",
    "arena_medlemmer",
    "veiledning",
)

Row = dict[str, str]
Rng = np.random.Generator

# Calibration targets (DOMAIN.md, NIVI 2014:1).
SHARE_LOW_SAMFUNN = 0.61
SHARE_LOW_AREAL = 0.32
LOW_FTE = 0.5

FIRST_GUIDANCE_YEAR = 2019
RECENT_YEARS = 3

#: Counties with wild reindeer areas (villrein) in this illustration.
_VILLREIN_COUNTIES = frozenset({"11", "15", "33", "34", "40", "42", "46", "50"})

#: Regionråd balancing: a group larger than _OVERSIZE × the county's mean group size is split.
_OVERSIZE = 1.6
_BALANCE_ROUNDS = 4

#: Land-border length relative to a circle's perimeter below which a municipality counts as coast-like.
_COAST_OPEN_PERIMETER = 1.2

#: Direction towards the open sea per county, as (east, north) — hand-set, illustrative.
_SEA_DIRECTION: dict[str, tuple[float, float]] = {
    "11": (-1.0, 0.0),  # Rogaland: west
    "15": (-0.7, 0.7),  # Møre og Romsdal: north-west
    "18": (-0.8, 0.6),  # Nordland: west / north-west
    "31": (-0.7, -0.7),  # Østfold: Oslofjord and Skagerrak, south-west
    "32": (-1.0, 0.0),  # Akershus: Oslofjord, west
    "39": (0.3, -1.0),  # Vestfold: south
    "40": (0.0, -1.0),  # Telemark: south
    "42": (0.0, -1.0),  # Agder: south
    "46": (-1.0, 0.0),  # Vestland: west
    "50": (-0.7, 0.7),  # Trøndelag: north-west
    "55": (-0.6, 0.8),  # Troms: north-west
    "56": (0.0, 1.0),  # Finnmark: north
}

_FK_FORMS: tuple[tuple[str, float], ...] = (
    ("planforum", 0.35),
    ("møte", 0.25),
    ("kurs", 0.15),
    ("veiledningsteam", 0.10),
    ("samling", 0.10),
    ("annet", 0.05),
)
_SF_FORMS: tuple[tuple[str, float], ...] = (
    ("møte", 0.35),
    ("kurs", 0.20),
    ("samling", 0.20),
    ("planforum", 0.10),
    ("veiledningsteam", 0.05),
    ("annet", 0.10),
)
_GUIDANCE_TOPICS: tuple[str, ...] = (
    "planstrategi",
    "kommuneplanens samfunnsdel",
    "kommuneplanens arealdel",
    "reguleringsplan",
    "klimatilpasning",
    "jordvern",
    "strandsone",
    "ROS-analyse",
    "medvirkning",
)

_PLAN_NAMES = {
    "planstrategi": "Kommunal planstrategi",
    "samfunnsdel": "Kommuneplanens samfunnsdel",
    "arealdel": "Kommuneplanens arealdel",
}


# --------------------------------------------------------------------------------------------
# Parsing


@dataclass(frozen=True)
class _Muni:
    knr: str
    navn: str
    fylke: str
    ba: str
    pop: int
    klasse: int
    areal: float
    lat: float
    lon: float
    change: float
    share67: float
    remote: float


def _float(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return math.nan


def _knr(text: str) -> str:
    t = text.strip()
    return t.zfill(4) if t.isdigit() else t


def _fnr(text: str) -> str:
    t = text.strip()
    return t.zfill(2) if t.isdigit() else t


def _cells(df: pd.DataFrame, column: str) -> list[str]:
    if column not in df.columns:
        return [""] * len(df)
    return ["" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v) for v in df[column].tolist()]


def remoteness(klasse: int, pop: int) -> float:
    """Remoteness in [0, 1] from centrality class and population (see the module docstring).

    >>> remoteness(1, 700_000), remoteness(6, 400)
    (0.0, 1.0)
    """
    k = min(max(klasse, 1), 6)
    lo, hi = math.log(500), math.log(50_000)
    size = min(max((hi - math.log(max(pop, 1))) / (hi - lo), 0.0), 1.0)
    return 0.5 * (k - 1) / 5 + 0.5 * size


def _population_column(columns: Iterable[str], year: int) -> list[str]:
    years = sorted(
        (int(c[len("folketall_") :]) for c in columns if c.startswith("folketall_") and c[10:].isdigit()),
        reverse=True,
    )
    preferred = [y for y in years if y <= year] + [y for y in years if y > year]
    return [f"folketall_{y}" for y in preferred]


_FLOAT_FIELDS = {
    "areal": "areal_km2",
    "lat": "lat",
    "lon": "lon",
    "change": "endring_2016_2026_pst",
    "share67": "andel_67pluss",
}


def _munis(kommuner: pd.DataFrame, year: int) -> list[_Muni]:
    """Parse ``kommuner`` into records sorted by kommunenummer.

    A missing number is replaced by the county mean (else the national mean, else 0), a missing
    population by 0 and a missing centrality class by 4, so that nothing downstream is NaN.
    """
    n = len(kommuner)
    text = {c: _cells(kommuner, c) for c in ("kommunenummer", "navn", "fylkesnummer", "ba_region")}
    pop_cols = [_cells(kommuner, c) for c in _population_column(kommuner.columns, year)]
    klasser = [_float(v) for v in _cells(kommuner, "sentralitetsklasse")]
    numbers = {key: [_float(v) for v in _cells(kommuner, col)] for key, col in _FLOAT_FIELDS.items()}
    fylker = [_fnr(f) for f in text["fylkesnummer"]]
    for values in numbers.values():
        known_all = [v for v in values if not math.isnan(v)]
        national = sum(known_all) / len(known_all) if known_all else 0.0
        for i in range(n):
            if math.isnan(values[i]):
                same = [v for v, f in zip(values, fylker, strict=True) if f == fylker[i] and not math.isnan(v)]
                values[i] = sum(same) / len(same) if same else national
    out: list[_Muni] = []
    for i in range(n):
        pops = [_float(col[i]) for col in pop_cols]
        pop = next((int(v) for v in pops if not math.isnan(v)), 0)
        klasse = 4 if math.isnan(klasser[i]) else int(klasser[i])
        knr = _knr(text["kommunenummer"][i])
        out.append(
            _Muni(
                knr=knr,
                navn=text["navn"][i].strip() or knr,
                fylke=fylker[i],
                ba=text["ba_region"][i].strip(),
                pop=pop,
                klasse=klasse,
                areal=numbers["areal"][i],
                lat=numbers["lat"][i],
                lon=numbers["lon"][i],
                change=numbers["change"][i],
                share67=numbers["share67"][i],
                remote=remoteness(klasse, pop),
            )
        )
    out.sort(key=lambda m: m.knr)
    return out


def _border_graph(munis: Sequence[_Muni], grenser: pd.DataFrame | None) -> nx.Graph[str]:
    g: nx.Graph[str] = nx.Graph()
    g.add_nodes_from(m.knr for m in munis)
    if grenser is None or len(grenser) == 0:
        return g
    a_col, b_col = _cells(grenser, "kommune_a"), _cells(grenser, "kommune_b")
    km_col = _cells(grenser, "grenselengde_km")
    edges = sorted(zip((_knr(a) for a in a_col), (_knr(b) for b in b_col), km_col, strict=True))
    for a, b, km in edges:
        if a in g and b in g and a != b:
            length = _float(km)
            g.add_edge(a, b, km=1.0 if math.isnan(length) else length, link=False)
    return g


def _distance_km(a: _Muni, b: _Muni) -> float:
    mean_lat = math.radians((a.lat + b.lat) / 2)
    dx = (a.lon - b.lon) * math.cos(mean_lat) * 111.32
    dy = (a.lat - b.lat) * 110.57
    return math.hypot(dx, dy)


def _link_graph(munis: Sequence[_Muni], border: nx.Graph[str]) -> nx.Graph[str]:
    by_knr = {m.knr: m for m in munis}
    g: nx.Graph[str] = nx.Graph()
    g.add_nodes_from(m.knr for m in munis)
    for a, b, data in border.edges(data=True):
        if by_knr[a].fylke == by_knr[b].fylke:
            g.add_edge(a, b, km=float(data.get("km", 1.0)), link=False)
    for fylke in sorted({m.fylke for m in munis}):
        members = [m.knr for m in munis if m.fylke == fylke]
        while True:
            comps = sorted(
                (sorted(c) for c in nx.connected_components(g.subgraph(members))),
                key=lambda c: (len(c), c[0]),
            )
            if len(comps) <= 1:
                break
            small = comps[0]
            inside = set(small)
            best: tuple[float, str, str] | None = None
            for a in small:
                for b in members:
                    if b in inside:
                        continue
                    cand = (_distance_km(by_knr[a], by_knr[b]), a, b)
                    if best is None or cand < best:
                        best = cand
            assert best is not None
            g.add_edge(best[1], best[2], km=1.0, link=True)
    return g


def county_link_graph(kommuner: pd.DataFrame, grenser: pd.DataFrame) -> nx.Graph[str]:
    """The county link graph: land borders within each county plus nearest-centroid link edges.

    Edges carry ``km`` (shared border length; 1 for a link edge) and ``link`` (True for the edges
    added to join islands and exclaves). Each county's municipalities are connected in it.
    """
    munis = _munis(kommuner, 9999)
    return _link_graph(munis, _border_graph(munis, grenser))


# --------------------------------------------------------------------------------------------
# Helpers


def _rng(seed: int, stream: str) -> Rng:
    return np.random.default_rng([seed, zlib.crc32(stream.encode("utf-8"))])


def _election_year(year: int) -> int:
    """The latest municipal election whose planstrategi falls due in or before ``year``."""
    return 2023 + 4 * ((year - 2024) // 4)


def _ba_label(ba: str) -> str:
    """A BA-region name without its leading number."""
    head, _, tail = ba.strip().partition(" ")
    return tail.strip() if head.isdigit() and tail.strip() else ba.strip()


def _fmt1(x: float) -> str:
    return f"{x:.1f}"


def _with_source(rows: list[Row]) -> list[Row]:
    for r in rows:
        r["source"] = ILLUSTRATIVE
        r["source_url"] = ""
    return rows


def _frame(layer: str, rows: list[Row]) -> pd.DataFrame:
    columns = LAYERS[layer].column_names
    data = [[str(r.get(c, "")) for c in columns] for r in _with_source(rows)]
    return pd.DataFrame(data, columns=columns, dtype=str)


def _gamma_age(rng: Rng, mean: float, shape: float, cap: int) -> int:
    age = float(rng.gamma(shape, mean / shape))
    return int(min(max(round(age), 0), cap))


# --------------------------------------------------------------------------------------------
# Layers


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


def _open_perimeter(m: _Muni, border: nx.Graph[str]) -> float:
    """Land-border length / perimeter of a circle of the same area: low → much sea (or national) border."""
    land = sum(float(d.get("km", 0.0)) for _, _, d in border.edges(m.knr, data=True))
    return land / (2 * math.sqrt(math.pi * m.areal)) if m.areal > 0 else 0.0


def _coastal(munis: Sequence[_Muni], border: nx.Graph[str], fylke: str) -> set[str]:
    """Coast-like municipalities of a county (see the module docstring, *kystsone*)."""
    direction = _SEA_DIRECTION.get(fylke)
    members = [m for m in munis if m.fylke == fylke]
    if direction is None or not members:
        return set()
    dx, dy = direction
    norm = math.hypot(dx, dy)
    lat0 = sum(m.lat for m in members) / len(members)
    coslat = math.cos(math.radians(lat0))
    seaward = {m.knr: (m.lon * coslat * 111.32 * dx + m.lat * 110.57 * dy) / norm for m in members}
    middle = float(np.median(list(seaward.values())))
    return {
        m.knr
        for m in members
        if border.degree(m.knr) == 0
        or (_open_perimeter(m, border) < _COAST_OPEN_PERIMETER and seaward[m.knr] >= middle)
    }


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


def _engagement(munis: Sequence[_Muni], rng: Rng) -> tuple[set[str], set[str]]:
    """(disengaged, planforum attendees)."""
    disengaged: set[str] = set()
    attendees: set[str] = set()
    for m in munis:
        u, v = float(rng.random()), float(rng.random())
        if u < 0.03 + 0.22 * m.remote**2:
            disengaged.add(m.knr)
        elif v < 1.0 - 0.25 * m.remote:
            attendees.add(m.knr)
    return disengaged, attendees


def _veiledning(
    munis: Sequence[_Muni],
    sf_of: Mapping[str, str],
    disengaged: set[str],
    attendees: set[str],
    rng: Rng,
    year: int,
) -> list[Row]:
    recent_from = year - RECENT_YEARS + 1
    rows: list[Row] = []
    for m in munis:
        r = m.remote
        for aar in range(FIRST_GUIDANCE_YEAR, year + 1):
            for kind, forms, lam, fra in (
                ("FK", _FK_FORMS, 0.5 + 0.9 * (1 - r), m.fylke),
                ("SF", _SF_FORMS, 0.5 + 0.7 * (1 - r), sf_of.get(m.fylke, "")),
            ):
                if not fra:
                    continue
                if m.knr in disengaged:
                    if aar >= recent_from:
                        continue
                    lam *= 0.5
                names = [f for f, _ in forms]
                weights = np.array([w for _, w in forms], dtype=float)
                if kind == "FK" and aar >= recent_from and m.knr not in attendees:
                    weights[names.index("planforum")] = 0.0
                n_forms = min(int(rng.poisson(lam)), 3, int((weights > 0).sum()))
                if n_forms == 0:
                    continue
                picked = rng.choice(len(names), size=n_forms, replace=False, p=weights / weights.sum())
                for i in sorted(int(p) for p in picked):
                    antall = min(1 + int(rng.poisson(0.6 + 1.6 * (1 - r))), 6)
                    topic = _GUIDANCE_TOPICS[int(rng.integers(len(_GUIDANCE_TOPICS)))]
                    if aar == _election_year(year) + 1 and float(rng.random()) < 0.4:
                        topic = "planstrategi"
                    rows.append(
                        {
                            "fra_type": kind,
                            "fra_id": fra,
                            "kommunenummer": m.knr,
                            "aar": str(aar),
                            "form": names[i],
                            "antall": str(antall),
                            "tema": topic,
                        }
                    )
    rows.sort(key=lambda r_: (r_["kommunenummer"], r_["aar"], r_["fra_type"], r_["form"]))
    for n, row in enumerate(rows, start=1):
        row["veiledning_id"] = f"ill-v-{n}"
    return rows


# --------------------------------------------------------------------------------------------
# Public API


def generate_illustrative(
    tables: Mapping[str, pd.DataFrame], *, seed: int = 2024, year: int = 2026
) -> dict[str, pd.DataFrame]:
    """Generate the illustrative layers from the real ones (see the module docstring for the rules).

    ``tables`` needs ``kommuner``, ``fylker`` and ``grenser``; ``statsforvaltere``,
    ``plankontor`` and ``plankontor_medlemmer`` are used when present. Returns one DataFrame per
    layer in :data:`OUTPUT_LAYERS`, with exactly the layer's columns, all cells text.

    >>> kommuner = pd.DataFrame({
    ...     "kommunenummer": ["5025", "5026", "5033"], "navn": ["Røros", "Holtålen", "Tydal"],
    ...     "fylkesnummer": ["50"] * 3, "ba_region": ["96 Røros", "95 Holtålen", "94 Tydal"],
    ...     "folketall_2026": ["5600", "2000", "750"], "sentralitetsklasse": ["5", "6", "6"],
    ...     "areal_km2": ["1956", "1209", "1330"], "lat": ["62.6", "62.8", "63.0"],
    ...     "lon": ["11.5", "11.2", "11.6"]})
    >>> fylker = pd.DataFrame({"fylkesnummer": ["50"], "navn": ["Trøndelag"], "statsforvalter_id": ["trondelag"]})
    >>> grenser = pd.DataFrame({"kommune_a": ["5025", "5026"], "kommune_b": ["5026", "5033"]})
    >>> out = generate_illustrative({"kommuner": kommuner, "fylker": fylker, "grenser": grenser})
    >>> len(out["planer"]), sorted(out["arenaer"]["type"]), set(out["veiledning"]["source"])
    (9, ['planforum', 'regionråd'], {'illustrative'})
    >>> sorted(set(out["veiledning"]["fra_id"]))
    ['50', 'trondelag']
    """
    kommuner = tables["kommuner"]
    munis = _munis(kommuner, year)
    if not munis:
        raise ValueError("kommuner is empty")
    fylker_df = tables.get("fylker")
    county_names: dict[str, str] = {}
    sf_of: dict[str, str] = {}
    if fylker_df is not None:
        for f, navn, sf in zip(
            _cells(fylker_df, "fylkesnummer"),
            _cells(fylker_df, "navn"),
            _cells(fylker_df, "statsforvalter_id"),
            strict=True,
        ):
            county_names[_fnr(f)] = navn.strip()
            sf_of[_fnr(f)] = sf.strip()
    sf_df = tables.get("statsforvaltere")
    if sf_df is not None and len(sf_df):
        known_sf = {s.strip() for s in _cells(sf_df, "statsforvalter_id")}
        sf_of = {f: s for f, s in sf_of.items() if s in known_sf}
    fylker = sorted({m.fylke for m in munis})
    border = _border_graph(munis, tables.get("grenser"))
    links = _link_graph(munis, border)

    planer = _planer(munis, _rng(seed, "planer"), year)
    kapasitet, capacity = _plankapasitet(munis, _rng(seed, "plankapasitet"), year)
    offices, office_members = _plankontor(
        munis, border, capacity, _active_real_office_members(tables), _rng(seed, "plankontor")
    )
    rplans, coverage = _regionale_planer(munis, border, fylker, _rng(seed, "regionale_planer"), year, county_names)
    disengaged, attendees = _engagement(munis, _rng(seed, "engasjement"))
    arenas, arena_members = _arenaer(munis, links, fylker, attendees, _rng(seed, "arenaer"), county_names)
    guidance = _veiledning(munis, sf_of, disengaged, attendees, _rng(seed, "veiledning"), year)

    return {
        "planer": _frame("planer", planer),
        "plankapasitet": _frame("plankapasitet", kapasitet),
        "plankontor": _frame("plankontor", offices),
        "plankontor_medlemmer": _frame("plankontor_medlemmer", office_members),
        "regionale_planer": _frame("regionale_planer", rplans),
        "regionalplan_dekning": _frame("regionalplan_dekning", coverage),
        "arenaer": _frame("arenaer", arenas),
        "arena_medlemmer": _frame("arena_medlemmer", arena_members),
        "veiledning": _frame("veiledning", guidance),
    }


def _numbers(df: pd.DataFrame, column: str) -> list[float]:
    return [_float(v) for v in _cells(df, column)]


def _median(values: Sequence[float]) -> float:
    clean = [v for v in values if not math.isnan(v)]
    return float(np.median(clean)) if clean else math.nan


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else math.nan


def calibration_report(layers: Mapping[str, pd.DataFrame], kommuner: pd.DataFrame) -> dict[str, float]:
    """Measured figures of generated (or user-supplied) layers, to compare with the targets.

    Keys (shares in [0, 1], ages in years, counts as floats); a key is NaN when its layer is
    missing. The reference year is the newest ``aar`` in ``plankapasitet`` (else in
    ``veiledning``); "recent" is that year and the two before.

    * ``andel_samfunn_le_0_5``, ``andel_areal_le_0_5`` — targets 0.61 and 0.32 (NIVI 2014:1);
    * ``median_arealdel_alder_smaa_distrikt`` / ``..._andre`` — class 5–6 and < 2 500 vs the rest;
      ``median_samfunnsdel_alder_*`` likewise; ``andel_planstrategi_i_tide`` / ``_sen`` /
      ``_gammel`` — adopted in E+1 / E+2 / before E;
    * ``antall_regionraad`` (~50–70), ``antall_planforum``, ``antall_nettverk``,
      ``antall_plankontor``, ``antall_regionale_planer``, ``snitt_regionale_planer_per_fylke``;
    * ``andel_uten_veiledning_siste_3_aar`` overall and ``..._smaa_distrikt``, and
      ``snitt_kontakter_per_aar_store`` / ``_smaa`` (population ≥ / < 10 000);
    * ``andel_bruker_konsulenter``.
    """
    munis = _munis(kommuner, 9999)
    small = {m.knr for m in munis if m.klasse >= 5 and m.pop < 2500}
    big = {m.knr for m in munis if m.pop >= 10_000}
    all_knr = [m.knr for m in munis]
    out: dict[str, float] = {}
    year = math.nan
    kap = layers.get("plankapasitet")
    vei = layers.get("veiledning")
    for df in (kap, vei):
        if df is not None and len(df) and math.isnan(year):
            years = [y for y in _numbers(df, "aar") if not math.isnan(y)]
            year = max(years) if years else math.nan

    if kap is not None:
        samf, areal = _numbers(kap, "aarsverk_samfunn"), _numbers(kap, "aarsverk_areal")
        out["andel_samfunn_le_0_5"] = _share([v <= LOW_FTE for v in samf if not math.isnan(v)])
        out["andel_areal_le_0_5"] = _share([v <= LOW_FTE for v in areal if not math.isnan(v)])
        out["andel_bruker_konsulenter"] = _share([v.strip().lower() == "ja" for v in _cells(kap, "bruker_konsulenter")])

    pl = layers.get("planer")
    if pl is not None and not math.isnan(year):
        knrs = [_knr(k) for k in _cells(pl, "kommunenummer")]
        types = _cells(pl, "plantype")
        adopted = _numbers(pl, "vedtatt_aar")
        triples = list(zip(knrs, types, adopted, strict=True))
        for kind in ("arealdel", "samfunnsdel"):
            ages_small = [year - a for k, t, a in triples if t == kind and k in small]
            ages_other = [year - a for k, t, a in triples if t == kind and k not in small]
            out[f"median_{kind}_alder_smaa_distrikt"] = _median(ages_small)
            out[f"median_{kind}_alder_andre"] = _median(ages_other)
        election = _election_year(int(year))
        strat = [a for t, a in zip(types, adopted, strict=True) if t == "planstrategi" and not math.isnan(a)]
        out["andel_planstrategi_i_tide"] = _share([a == election + 1 for a in strat])
        out["andel_planstrategi_sen"] = _share([a > election + 1 for a in strat])
        out["andel_planstrategi_gammel"] = _share([a <= election for a in strat])

    ar = layers.get("arenaer")
    if ar is not None:
        kinds = _cells(ar, "type")
        out["antall_regionraad"] = float(kinds.count("regionråd"))
        out["antall_planforum"] = float(kinds.count("planforum"))
        out["antall_nettverk"] = float(kinds.count("nettverk"))
    pk = layers.get("plankontor")
    if pk is not None:
        out["antall_plankontor"] = float(len(pk))
    rp = layers.get("regionale_planer")
    if rp is not None:
        out["antall_regionale_planer"] = float(len(rp))
        n_counties = len(set(_cells(rp, "fylkesnummer")))
        out["snitt_regionale_planer_per_fylke"] = len(rp) / n_counties if n_counties else math.nan

    if vei is not None and not math.isnan(year):
        years = _numbers(vei, "aar")
        knrs = [_knr(k) for k in _cells(vei, "kommunenummer")]
        counts = _numbers(vei, "antall")
        recent = {k for k, y in zip(knrs, years, strict=True) if y >= year - RECENT_YEARS + 1}
        out["andel_uten_veiledning_siste_3_aar"] = _share([k not in recent for k in all_knr])
        out["andel_uten_veiledning_siste_3_aar_smaa_distrikt"] = _share(
            [k not in recent for k in all_knr if k in small]
        )
        first = min((y for y in years if not math.isnan(y)), default=year)
        n_years = max(year - first + 1, 1)
        totals: dict[str, float] = {}
        for k, c in zip(knrs, counts, strict=True):
            totals[k] = totals.get(k, 0.0) + (0.0 if math.isnan(c) else c)
        big_list = [totals.get(k, 0.0) / n_years for k in all_knr if k in big]
        small_list = [totals.get(k, 0.0) / n_years for k in all_knr if k not in big]
        out["snitt_kontakter_per_aar_store"] = sum(big_list) / len(big_list) if big_list else math.nan
        out["snitt_kontakter_per_aar_smaa"] = sum(small_list) / len(small_list) if small_list else math.nan
    return out
