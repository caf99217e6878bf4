"""The one partner scorer: every pair of municipalities scored at once, for a purpose.

Partners, communities, plan offices, the map views and the scale path all score pairs here, so
the formula exists once. For ``n`` municipalities the pair features are ``n × n`` arrays
(357² ≈ 127 000 cells for Norway: a few milliseconds of numpy).

**Feasibility** — can the two work together day to day? In [0, 1]::

    feasibility = 0.45·neighbour + 0.25·exp(−d / scale) + 0.15·same BA region
                  + 0.10·same county + 0.05·same SF office

with ``neighbour`` (:func:`neighbour_term`) = 1 for a shared land border or a fixed link, a
bridge or subsea tunnel (``sjosamband``: one drives across), 0.8 for a car ferry between the two
(NVDB, ``ferjesamband``: a crossing costs time), 0.65 for a scheduled passenger boat (people
travel, cars do not), 0.5 for sea neighbours without any of these (shores facing each other
across water, :mod:`scripts.compute_sea_neighbours`) and ``d`` the great-circle distance between
centroids in km, a straight line (``scale`` 50 km by default). A land border the simplified
outlines invent across a sound (``grense_merknad`` on the border) is not a land border here
(Hasvik–Loppa: the ferry counts).

**Context** — what already ties them, in [0, 1]::

    context = 0.4·min(shared regional plans, 2)/2 + 0.3·min(common neighbours, 3)/3
              + 0.3·[an ended cooperation, or a shared regional council or planning forum]

**Purpose.** The same features answer two questions (``[purpose.*]`` in ``profile.toml``):

- ``office`` — a shared plan office or a working cooperation: people must be able to meet.
  Candidates are land and sea neighbours and municipalities whose centroids are at most
  ``max_km`` apart (75 km: with the detour factor of about 1.3 typical of Norwegian roads,
  about 100 km or 1½ hours by road, so a day's meeting and the trip home fit in a working day).
  Score = 0.45·similarity + 0.45·feasibility + 0.10·context. A candidate only across open sea
  (a sea neighbour with no land border, ferry, fixed link or boat, or one that no road, bridge,
  tunnel, chain of car ferries or boat reaches) ranks below every other candidate
  (:meth:`PairTable.order`): people cannot travel there.
- ``network`` — a network of peers with similar challenges (what Distriktskommune 3.0 did):
  anywhere in Norway, ranked mostly by similarity (0.85·similarity + 0.15·context); the
  distance is shown, never limiting.

>>> import numpy as np
>>> feasibility(np.array([1.0, 0.8, 0.0]), np.array([0.0, 20.0, 300.0]), scale_km=50.0).round(3).tolist()
[0.7, 0.528, 0.001]
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, fields
from itertools import pairwise

import numpy as np
import numpy.typing as npt
import pandas as pd

from dknet.analysis.cooperation import CONTEXT_ARENA_TYPES, COOPERATION_ARENA_TYPES, record_state
from dknet.analysis.profiles import ProfileConfig, challenge_profiles, rank_scale, similarity_matrix
from dknet.geo import distance_matrix_km
from dknet.graph import Graph, SeaLink, nodes_of, sea_links
from dknet.schema import ILLUSTRATIVE, Label, Rel
from dknet.schema import PURPOSES as PURPOSES  # the vocabulary lives in schema; re-exported for the analyses
from dknet.schema import Purpose as Purpose

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: How much a car ferry link counts against a land neighbour in feasibility.
FERRY_WEIGHT = 0.8
#: How much a scheduled passenger boat counts against a land neighbour in feasibility.
BOAT_WEIGHT = 0.65
#: How much a sea neighbour without a ferry counts against a land neighbour in feasibility.
SEA_NEIGHBOUR_WEIGHT = 0.5


def neighbour_term(
    border: BoolArray, fixed: BoolArray, ferry: BoolArray, boat: BoolArray, sea: BoolArray
) -> FloatArray:
    """The neighbour term of feasibility: the best way between the two (see the module docstring).

    >>> t, f = np.array([True]), np.array([False])
    >>> [float(neighbour_term(*a)[0]) for a in ((f, t, f, f, f), (f, f, t, f, f), (f, f, f, t, t), (f, f, f, f, t))]
    [1.0, 0.8, 0.65, 0.5]
    """
    return np.select(
        [border | fixed, ferry, boat, sea], [1.0, FERRY_WEIGHT, BOAT_WEIGHT, SEA_NEIGHBOUR_WEIGHT], default=0.0
    ).astype(float)


def feasibility(
    neighbour: FloatArray | float,
    distance_km: FloatArray,
    *,
    same_ba: FloatArray | BoolArray | float = 0.0,
    same_county: FloatArray | BoolArray | float = 0.0,
    same_sf: FloatArray | BoolArray | float = 0.0,
    scale_km: float = 50.0,
) -> FloatArray:
    """Feasibility in [0, 1] (the formula in the module docstring), element-wise on arrays.

    Evaluated in place (the scale path has millions of pairs); a term that is a scalar 0 adds
    nothing and is skipped, which leaves the bits as they would be with it.
    """
    out = np.divide(np.asarray(distance_km, float), scale_km)
    np.negative(out, out=out)
    np.exp(out, out=out)
    out *= 0.25
    for weight, term in ((0.45, neighbour), (0.15, same_ba), (0.10, same_county), (0.05, same_sf)):
        if np.ndim(term) == 0 and float(term) == 0.0:
            continue
        out += weight * np.asarray(term, float)
    return np.asarray(out, dtype=float)


def context(shared_plans: FloatArray, common_neighbours: FloatArray, tie: FloatArray) -> FloatArray:
    """Context in [0, 1] (the formula in the module docstring), element-wise on arrays."""
    return np.asarray(
        0.4 * np.minimum(shared_plans, 2) / 2 + 0.3 * np.minimum(common_neighbours, 3) / 3 + 0.3 * tie, dtype=float
    )


def combine(
    similarity: FloatArray,
    feasibility_: FloatArray | float,
    context_: FloatArray | float,
    *,
    w_sim: float,
    w_feas: float,
    w_ctx: float,
) -> FloatArray:
    """The weighted mean of the three parts; a missing similarity counts as 0 (and is reported elsewhere).

    The one combination of similarity, feasibility and context, with a purpose's weights from
    ``profile.toml`` (:func:`combine_for`): the main path and the scale path both score here.
    A part with weight 0 adds nothing and is skipped (same bits).

    >>> combine(np.array([0.5, np.nan]), np.array([1.0, 1.0]), 0.0, w_sim=1.0, w_feas=1.0, w_ctx=0.0).tolist()
    [0.75, 0.5]
    """
    total = w_sim + w_feas + w_ctx
    out = np.multiply(np.asarray(similarity, float), w_sim)
    np.nan_to_num(out, copy=False, nan=0.0)
    for weight, part in ((w_feas, feasibility_), (w_ctx, context_)):
        if weight == 0.0 or (np.ndim(part) == 0 and float(part) == 0.0):
            continue
        out += weight * np.asarray(part, float)
    out /= total
    return np.asarray(out, dtype=float)


def combine_for(
    purpose: Purpose,
    config: ProfileConfig,
    similarity: FloatArray,
    feasibility_: FloatArray | float,
    context_: FloatArray | float,
) -> FloatArray:
    """:func:`combine` with the weights of ``purpose`` in ``config`` (``[purpose.*]`` of ``profile.toml``)."""
    w = config.purposes[purpose]
    return combine(similarity, feasibility_, context_, w_sim=w.w_similarity, w_feas=w.w_feasibility, w_ctx=w.w_context)


@dataclass(frozen=True)
class PairTable:
    """Every pair feature as an ``n × n`` array over :attr:`codes` (kommunenummer, sorted).

    ``current`` marks pairs in a running cooperation whose record is cited (real, curated, the
    user's or assumed; :mod:`dknet.analysis.cooperation`); ``current_illustrative`` pairs that
    share a generated running group, which is never an existing cooperation. ``tie`` is an
    ended cooperation or a shared regional council / planning forum.
    """

    codes: list[str]
    names: list[str]
    similarity: FloatArray
    distance_km: FloatArray
    border: BoolArray
    sea: BoolArray
    sea_km: FloatArray
    ferry: BoolArray
    ferry_names: dict[tuple[int, int], tuple[str, str]]  # (i, j) → (route names, road numbers)
    #: Bridges or subsea tunnels between the two (``sjosamband``), and their names with kind and road.
    fixed: BoolArray
    #: Scheduled passenger boats between the two, and their names with kind.
    boat: BoolArray
    link_names: dict[tuple[int, int], tuple[tuple[SeaLink, ...], tuple[SeaLink, ...]]]  # (i, j) → (fixed, boats)
    winter: dict[tuple[int, int], str]  # (i, j) → winter-closed roads across their land border
    #: Pairs that one car ferry or boat route calls at, not one after the other, and the route's
    #: name ("" when its legs do not name one route): Stavanger and Kvitsøy by the boat that calls
    #: at Mekjarvik (Randaberg) between them. One stays aboard, so it is no open sea.
    route_mates: dict[tuple[int, int], str]
    same_ba: BoolArray
    same_county: BoolArray
    same_sf: BoolArray
    common_neighbours: FloatArray
    shared_plans: FloatArray
    tie: BoolArray
    tie_illustrative: BoolArray
    current: BoolArray
    current_illustrative: BoolArray
    feasibility: FloatArray
    context: FloatArray
    scaled: pd.DataFrame  # rank-scaled challenge profiles of every municipality (reasons reuse them)
    #: Per municipality, its road network: municipalities joined by land borders, narrow sounds
    #: (under 1 km, most often bridged) and car ferries. Two in different networks cannot drive
    #: to each other (:func:`road_networks`).
    road_network: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: The crossings on the shortest way between every two municipalities of ``G`` (:class:`Crossings`).
    crossings: Crossings | None = None

    def index(self, code: str) -> int:
        """Row of municipality ``code``."""
        return self.codes.index(code)

    def candidates(self, purpose: Purpose, *, max_km: float | None, row: int | None = None) -> BoolArray:
        """Pairs that may be suggested for ``purpose`` (see the module docstring); never a municipality itself.

        With ``row``, only that municipality's row (a 1-D array).
        """
        rows = slice(None) if row is None else slice(row, row + 1)
        shape = self.distance_km[rows].shape
        if purpose == "network" or max_km is None:
            ok = np.ones(shape, dtype=bool)
        else:
            ok = self.neighbours(rows) | (self.distance_km[rows] <= max_km)
        if row is None:
            np.fill_diagonal(ok, False)
            return ok
        out = np.array(ok[0], dtype=bool)
        out[row] = False
        return out

    def neighbours(self, rows: slice | int = slice(None)) -> BoolArray:
        """Pairs that are neighbours in any way: land, fixed link, car ferry, boat or across water."""
        return np.asarray(
            self.border[rows] | self.fixed[rows] | self.ferry[rows] | self.boat[rows] | self.sea[rows], dtype=bool
        )

    def open_sea(self, i: int) -> BoolArray:
        """Row ``i``: municipalities reached only across open sea.

        That is a sea neighbour 1 km or more away with no ferry, bridge, tunnel or boat between the
        two (Solund for Fedje), or any candidate on another road network (:attr:`road_network`): no
        road, fixed link or chain of car ferries leads there. A ferry through a third municipality
        is a road trip (Utsira for Bokn, by Haugesund). Gaps under 1 km (a narrow sound, most often
        bridged) do not count as open sea, nor does a boat route between the two, direct or calling
        elsewhere on the way (:attr:`route_mates`: Stavanger for Kvitsøy).
        """
        narrow = np.nan_to_num(self.sea_km[i], nan=0.0) < 1.0
        across = self.sea[i] & ~narrow
        across[[j for (a, j) in self.route_mates if a == i]] = False
        if self.crossings is not None:
            for j in np.flatnonzero(across):
                a, b = self.codes[i], self.codes[int(j)]
                few = len(self.crossings.on_the_way(a, b)) <= ROAD_AFTER_CROSSINGS
                if few and self.crossings.km(a, b) <= ROAD_AFTER_KM:
                    across[j] = False
        if len(self.road_network) == len(self.codes):
            across |= self.road_network != self.road_network[i]
        across &= ~(self.border[i] | self.fixed[i] | self.ferry[i] | self.boat[i])
        return np.asarray(across, dtype=bool)

    def order(self, purpose: Purpose, i: int, score: FloatArray, allowed: BoolArray) -> list[int]:
        """Columns of row ``i`` allowed by ``allowed``, best first: by score, ties by kommunenummer.

        For ``office`` a candidate only across open sea comes after every other candidate.
        """
        last = self.open_sea(i) if purpose == "office" else np.zeros(len(self.codes), dtype=bool)
        return sorted(
            (int(j) for j in np.flatnonzero(allowed)), key=lambda j: (bool(last[j]), -float(score[j]), self.codes[j])
        )

    def score(self, purpose: Purpose, config: ProfileConfig, *, row: int | None = None) -> FloatArray:
        """The score of every pair (or of one municipality's ``row``) for ``purpose`` with ``config``'s weights."""
        rows = slice(None) if row is None else row
        return combine_for(purpose, config, self.similarity[rows], self.feasibility[rows], self.context[rows])


#: A sea neighbour without a link of its own is reached by road, not across open sea, when the way
#: there takes at most this many ferry or boat crossings: one ferry, then the road (Alver from Fedje).
ROAD_AFTER_CROSSINGS = 1
#: ... and the way, from centre to centre, is at most this long: the office's 75 km × 1.3 detour.
ROAD_AFTER_KM = 100.0

#: The weight of one ferry or boat crossing in :func:`crossings`, in km: more than any land way.
CROSSING_KM = 100_000.0


@dataclass(frozen=True)
class Crossings:
    """The fewest ferry and boat crossings on the way between two municipalities, and one such way.

    The way is a chain of neighbours over land borders, narrow sounds, bridges and tunnels, car
    ferries and boats with as few crossings (car ferry or boat legs) as the links allow, the
    shortest from centre to centre among those. A land border is taken as passable, so the count
    is a lower bound ("minst"); the crossings named are those of one such way, not the route
    people take (that needs travel times). Kvitsøy to Utsira: at least two, Mekjarvik - Kvitsøy
    and Haugesund - Utsira.
    """

    codes: list[str]  # every municipality of G, sorted
    predecessors: npt.NDArray[np.int32]
    lengths: FloatArray  # km along the way plus CROSSING_KM per crossing
    #: (a, b) → the leg's crossing: ("ferry", name, road) or ("boat", links); absent for a land leg.
    legs: dict[tuple[int, int], tuple[str, str, str] | tuple[str, tuple[SeaLink, ...]]]

    @functools.cached_property
    def _pos(self) -> dict[str, int]:
        return {c: k for k, c in enumerate(self.codes)}

    def km(self, a: str, b: str) -> float:
        """The length of the way from ``a`` to ``b``, centre to centre, in km (inf when there is none)."""
        length = float(self.lengths[self._pos[a], self._pos[b]])
        return length % CROSSING_KM if math.isfinite(length) else math.inf

    def on_the_way(self, a: str, b: str) -> list[tuple[str, str, str] | tuple[str, tuple[SeaLink, ...]]]:
        """The crossings from ``a`` to ``b`` in travel order (empty when none, or no way at all)."""
        i, j = self._pos[a], self._pos[b]
        path = [j]
        while path[-1] != i:
            prev = int(self.predecessors[i, path[-1]])
            if prev < 0:
                return []
            path.append(prev)
        path.reverse()
        return [self.legs[leg] for leg in pairwise(path) if leg in self.legs]


def crossings(G: Graph) -> Crossings:
    """The :class:`Crossings` of every pair of municipalities in ``G``.

    >>> from dknet.examples import tiny_graph
    >>> c = crossings(tiny_graph())
    >>> c.on_the_way(c.codes[0], c.codes[0])
    []
    """
    munis = nodes_of(G, Label.MUNICIPALITY)
    codes = sorted(str(G.nodes[m]["key"]) for m in munis)
    attrs = {str(G.nodes[m]["key"]): G.nodes[m] for m in munis}
    lon = np.array([float(attrs[c]["lon"]) for c in codes])
    lat = np.array([float(attrs[c]["lat"]) for c in codes])
    return _crossings(codes, distance_matrix_km(lon, lat), _links(G, {c: k for k, c in enumerate(codes)}))


def _crossings(codes: list[str], dist: FloatArray, links: _Links) -> Crossings:
    from scipy.sparse import coo_array
    from scipy.sparse.csgraph import shortest_path

    land = _by_land(links)
    joined = land | links.ferry | links.boat
    joined = joined | joined.T
    a, b = np.nonzero(joined)
    crossing = ~(land[a, b] | land[b, a])
    # fewest crossings first: one crossing outweighs any chain of land legs in Norway
    weight = np.maximum(dist[a, b], 1e-3) + CROSSING_KM * crossing
    M = coo_array((weight, (a, b)), shape=(len(codes), len(codes))).tocsr()
    lengths, predecessors = shortest_path(M, directed=False, return_predecessors=True)
    legs: dict[tuple[int, int], tuple[str, str, str] | tuple[str, tuple[SeaLink, ...]]] = {}
    for i, j in zip(a.tolist(), b.tolist(), strict=True):
        if land[i, j] or land[j, i]:
            continue
        if links.ferry[i, j]:
            name, road = links.ferry_names.get((i, j), ("", ""))
            legs[(i, j)] = ("ferry", name, road)
        else:
            legs[(i, j)] = ("boat", links.link_names.get((i, j), ((), ()))[1])
    return Crossings(codes, np.asarray(predecessors, dtype=np.int32), np.asarray(lengths, dtype=float), legs)


def _incidence(G: Graph, codes: list[str], groups: list[str], pairs: list[tuple[str, str]]) -> FloatArray:
    """A municipality × group 0/1 matrix from (municipality code, group node) pairs."""
    row = {c: i for i, c in enumerate(codes)}
    col = {g: j for j, g in enumerate(groups)}
    M = np.zeros((len(codes), max(len(groups), 1)))
    for code, g in pairs:
        if code in row and g in col:
            M[row[code], col[g]] = 1.0
    return M


def _shared(M: FloatArray) -> FloatArray:
    return np.asarray(M @ M.T, dtype=float)


def road_networks(G: Graph) -> dict[str, int]:
    """Each municipality's road network: a label shared by those one can drive between.

    Joined are land neighbours (not a border the outlines invent across a sound), sea neighbours
    under 1 km apart (a narrow sound, most often bridged), municipalities linked by a car ferry
    (NVDB: a ferry route is part of the public road, Fv568 Fedje-Sævrøy) and by a bridge or subsea
    tunnel in ``sjosamband`` (Frøya–Hitra, Frøyatunnelen). So Utsira, by its ferry to Haugesund,
    is on the same network as Bokn: one drives to Haugesund and takes the ferry. Passenger boats
    carry no cars and join nothing here.

    >>> from dknet.examples import tiny_graph
    >>> len(set(road_networks(tiny_graph()).values())) >= 1
    True
    """
    from scipy.sparse import coo_array
    from scipy.sparse.csgraph import connected_components

    codes = sorted(str(G.nodes[m]["key"]) for m in nodes_of(G, Label.MUNICIPALITY))
    links = _links(G, {c: i for i, c in enumerate(codes)})
    _, labels = connected_components(coo_array(_by_land(links) | links.ferry), directed=False)
    return {c: int(labels[i]) for i, c in enumerate(codes)}


def _by_land(links: _Links) -> BoolArray:
    """Pairs one drives between without a ferry: a land border (not one the outlines invent), a
    narrow sound (under 1 km, most often bridged; a gap not measured counts as narrow) or a bridge
    or subsea tunnel."""
    narrow = np.nan_to_num(links.sea_km, nan=0.0) < 1.0
    return np.asarray(links.border | links.fixed | (links.sea & narrow), dtype=bool)


@dataclass
class _Links:
    border: BoolArray
    sea: BoolArray
    sea_km: FloatArray
    ferry: BoolArray
    ferry_names: dict[tuple[int, int], tuple[str, str]]
    fixed: BoolArray
    boat: BoolArray
    link_names: dict[tuple[int, int], tuple[tuple[SeaLink, ...], tuple[SeaLink, ...]]]
    winter: dict[tuple[int, int], str]
    route_mates: dict[tuple[int, int], str]


def _route_mates(G: Graph, pos: dict[str, int]) -> dict[tuple[int, int], str]:
    """Pairs of ``pos`` that one car ferry or boat route calls at, not one after the other, with its name.

    A route's legs share its ``samband_id`` (NVDB's route id, or the curated route's), so the
    municipalities of a route with two or more legs are its stops. The name is the one every leg
    carries ("" if none is common to all).
    """
    stops: dict[str, set[int]] = {}
    names: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        a, b = G.nodes[u].get("key"), G.nodes[v].get("key")
        if d["type"] not in (Rel.FERRY.type, Rel.SEA_LINK.type) or a not in pos or b not in pos:
            continue
        leg_names = set(str(d.get("navn") or "").split("; "))
        for route in filter(None, str(d.get("samband_id") or "").split("; ")):
            stops.setdefault(route, set()).update((pos[a], pos[b]))
            names[route] = names[route] & leg_names if route in names else leg_names
    mates: dict[tuple[int, int], str] = {}
    for route in sorted(stops):
        name = next(iter(names[route])) if len(names[route]) == 1 else ""
        for i in stops[route]:
            for j in stops[route] - {i}:
                if not mates.get((i, j)):
                    mates[(i, j)] = name
    return mates


def _links(G: Graph, pos: dict[str, int]) -> _Links:
    """The travel links between the municipalities at ``pos``: land border, sea neighbour (and its km
    over water), ferry (route name, road number), fixed link and boat (their names), and the
    winter-closed passes on a border.

    An invented border (``grense_merknad``: the simplified outlines join an island to the mainland)
    is no land border.
    """
    n = len(pos)
    border = np.zeros((n, n), dtype=bool)
    sea = np.zeros((n, n), dtype=bool)
    sea_km = np.full((n, n), np.nan)
    ferry = np.zeros((n, n), dtype=bool)
    ferry_names: dict[tuple[int, int], tuple[str, str]] = {}
    fixed = np.zeros((n, n), dtype=bool)
    boat = np.zeros((n, n), dtype=bool)
    link_names: dict[tuple[int, int], tuple[tuple[SeaLink, ...], tuple[SeaLink, ...]]] = {}
    winter: dict[tuple[int, int], str] = {}
    for u, v, d in G.edges(data=True):
        a, b = G.nodes[u].get("key"), G.nodes[v].get("key")
        if a not in pos or b not in pos:
            continue
        ij = (pos[a], pos[b])
        if d["type"] == Rel.BORDERS.type:
            border[ij] = not d.get("grense_merknad")
            if d.get("vinterstengt"):
                winter[ij] = str(d["vinterstengt"])
        elif d["type"] == Rel.SEA_NEIGHBOUR.type:
            sea[ij] = True
            km = d.get("avstand_km")
            sea_km[ij] = math.nan if km is None else float(km)
        elif d["type"] == Rel.FERRY.type:
            ferry[ij] = True
            ferry_names[ij] = (str(d.get("navn") or ""), str(d.get("vegnummer") or ""))
        elif d["type"] == Rel.SEA_LINK.type:
            links = sea_links(d)
            link_names[ij] = (tuple(k for k in links if k.fixed), tuple(k for k in links if not k.fixed))
            fixed[ij], boat[ij] = bool(link_names[ij][0]), bool(link_names[ij][1])
    return _Links(border, sea, sea_km, ferry, ferry_names, fixed, boat, link_names, winter, _route_mates(G, pos))


def _membership_kinds(G: Graph, year: int) -> dict[str, list[tuple[str, str]]]:
    """(municipality, group) memberships by what they say about a pair in ``year``: a cooperation
    running now (``current``) or a tie (ended cooperation, or a context arena such as a regional
    council); ``*_ill`` are generated records, which never count as an existing cooperation."""
    kinds: dict[str, list[tuple[str, str]]] = {"current": [], "current_ill": [], "tie": [], "tie_ill": []}
    for u, v, d in G.edges(data=True):
        if d["type"] != Rel.MEMBER_OF.type:
            continue
        code, g = G.nodes[u]["key"], G.nodes[v]
        ill = d.get("source") == ILLUSTRATIVE or g.get("source") == ILLUSTRATIVE
        if g["label"] == Label.PLAN_OFFICE.label or g.get("type") in COOPERATION_ARENA_TYPES:
            st = record_state(g, year)
            if st == "running":
                kinds["current_ill" if ill else "current"].append((code, v))
            elif st == "ended":
                kinds["tie_ill" if ill else "tie"].append((code, v))
        elif g.get("type") in CONTEXT_ARENA_TYPES:
            kinds["tie_ill" if ill else "tie"].append((code, v))
    return kinds


def _same_sf(G: Graph, chosen: list[str]) -> BoolArray:
    """Pairs of ``chosen`` that the same state administrator (SF) follows up."""
    sf_of = {G.nodes[u]["key"]: v for u, v, d in G.edges(data=True) if d["type"] == Rel.SUPERVISED_BY.type}
    sfs = np.array([sf_of.get(c, "") for c in chosen], dtype=object)
    return np.asarray((sfs[:, None] == sfs[None, :]) & (sfs[:, None] != ""), dtype=bool)


def pair_table(G: Graph, *, config: ProfileConfig, codes: list[str] | None = None) -> PairTable:
    """All pair features for the municipalities ``codes`` (default: all), similarity over all of them.

    Similarity is rank-scaled over every municipality in ``G`` (so a county run and the national
    run give the same similarities); the other features only need the pair.
    """
    scaled = rank_scale(challenge_profiles(G, config=config))
    sim_all = similarity_matrix(scaled, config.weights)
    munis = nodes_of(G, Label.MUNICIPALITY)
    all_codes = [str(G.nodes[m]["key"]) for m in munis]
    chosen = sorted(codes) if codes is not None else sorted(all_codes)
    node = {str(G.nodes[m]["key"]): m for m in munis}
    sim = sim_all.loc[chosen, chosen].to_numpy(float)
    pos = {c: i for i, c in enumerate(chosen)}
    attrs = [G.nodes[node[c]] for c in chosen]
    lon = np.array([float(a["lon"]) for a in attrs])
    lat = np.array([float(a["lat"]) for a in attrs])
    dist = distance_matrix_km(lon, lat)
    links = _links(G, pos)

    def same(key: str) -> BoolArray:
        vals = np.array([str(a.get(key) or "") for a in attrs], dtype=object)
        return np.asarray((vals[:, None] == vals[None, :]) & (vals[:, None] != ""), dtype=bool)

    same_sf = _same_sf(G, chosen)
    B = links.border.astype(float)
    common = np.asarray(B @ B, dtype=float)
    np.fill_diagonal(common, 0.0)

    plan_pairs = [(G.nodes[v]["key"], u) for u, v, d in G.edges(data=True) if d["type"] == Rel.COVERS.type and v in G]
    plans = sorted({p for _, p in plan_pairs})
    shared_plans = _shared(_incidence(G, chosen, plans, plan_pairs))

    kinds = _membership_kinds(G, config.year)

    def together(pairs: list[tuple[str, str]]) -> BoolArray:
        groups = sorted({g for _, g in pairs})
        M = _shared(_incidence(G, chosen, groups, pairs)) > 0
        np.fill_diagonal(M, False)
        return np.asarray(M, dtype=bool)

    current, current_ill = together(kinds["current"]), together(kinds["current_ill"])
    tie_real, tie_ill = together(kinds["tie"]), together(kinds["tie_ill"])
    tie = tie_real | tie_ill
    neighbour = neighbour_term(links.border, links.fixed, links.ferry, links.boat, links.sea)
    feas = feasibility(
        neighbour,
        dist,
        same_ba=same("ba_region"),
        same_county=same("fylkesnummer"),
        same_sf=same_sf,
        scale_km=config.distance_scale_km,
    )
    ctx = context(shared_plans, common, tie.astype(float))
    networks = road_networks(G)
    return PairTable(
        road_network=np.array([networks[c] for c in chosen], dtype=np.int64),
        crossings=_crossings(chosen, dist, links) if chosen == sorted(all_codes) else crossings(G),
        codes=chosen,
        names=[str(a["name"]) for a in attrs],
        similarity=sim,
        distance_km=dist,
        **{f.name: getattr(links, f.name) for f in fields(links)},
        same_ba=same("ba_region"),
        same_county=same("fylkesnummer"),
        same_sf=same_sf,
        common_neighbours=common,
        shared_plans=shared_plans,
        tie=tie,
        tie_illustrative=tie_ill & ~tie_real,
        current=current,
        current_illustrative=current_ill & ~current,
        feasibility=feas,
        context=ctx,
        scaled=scaled,
    )
