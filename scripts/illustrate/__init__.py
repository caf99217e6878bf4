"""Illustrative layers: plausible, clearly marked data where no public source exists.

dknet needs plan ages, planning capacity, current plan offices, regional plans, arenas and
guidance contacts to show what the tool does, but none of these has a national public register.
This developer package (outside dknet; the CSVs it writes are bundled) *generates* them from the real
tables (municipalities, counties, state administrators, land borders, historic plan offices and
arenas), deterministically from a seed.
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

The package: :mod:`~scripts.illustrate.records` (parsing, shared quantities),
:mod:`~scripts.illustrate.territory` (border and county link graphs, coast), :mod:`~scripts.illustrate.plans`
(plans, capacity, plan offices, regional plans), :mod:`~scripts.illustrate.arenas` (regionråd, planforum,
nettverk), :mod:`~scripts.illustrate.guidance` (engagement, guidance contacts),
:mod:`~scripts.illustrate.generate` (the entry point) and :mod:`~scripts.illustrate.report`.
"""

from scripts.illustrate.generate import generate_illustrative
from scripts.illustrate.records import OUTPUT_LAYERS, remoteness
from scripts.illustrate.report import calibration_report
from scripts.illustrate.territory import county_link_graph

__all__ = [
    "OUTPUT_LAYERS",
    "calibration_report",
    "county_link_graph",
    "generate_illustrative",
    "remoteness",
]
