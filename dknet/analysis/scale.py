"""The scale path: top-k partners for every unit of a large territory, at the speed of the floor.

For 100 000 units a pairwise loop is 5·10⁹ pairs. Here the work follows the candidates only,
and every formula is the main path's own (one pair kernel):

1. **Candidates.** A KD-tree (:class:`scipy.spatial.cKDTree`) on the units' points on the sphere
   (:func:`dknet.geo.sphere_points`) gives every pair within ``radius_km`` (the chord of the great
   circle, :func:`dknet.geo.chord_km`, with a hair of slack; then the great-circle distance
   :func:`dknet.geo.haversine_pairs` decides). The :class:`Links` (land borders, ferries, sea
   neighbours, context) are appended as separate entries; nothing is looked up in a set.
2. **Scores, once per undirected pair**, vectorised over all pairs, by the main path's functions:
   similarity :func:`dknet.analysis.profiles.gower_pairs` (rank-scaled, missing-aware, kinds
   number/category/flag, theme weights from ``profile.toml``), feasibility
   :func:`dknet.analysis.scoring.feasibility` and the purpose's combination
   :func:`dknet.analysis.scoring.combine_for` (``[purpose.*]`` of ``profile.toml``).
3. **Top-k per unit** from a row-grouped (CSR) view of the directed entries, processed in blocks
   of units with the same number of candidates: ``np.argpartition`` finds the k best, a full
   sort happens only in the rare rows where ties straddle the k-th place. A link that is also
   within the radius appears twice (plain and link); the plain copy never scores higher and is
   dropped after selection (when links rank some pairs *last*, the plain copies are removed
   before scoring instead).

**Ranking rule** (documented, and what makes the tables reproducible): a pair marked ``last``
(office: reachable only across open sea) after every other; then higher score first; equal
scores (exactly equal floats) are ordered by the partner's kode. Units sorted by kode, then rank.
(A last pair is ranked by its score minus 2, so two last pairs whose scores differ by less than
2⁻⁵² count as tied; their reported scores are exact.)
On Norway's 357 municipalities, with the links of :func:`norway_territory`, this gives the main
path's lists (``tests/test_scale.py`` checks office and network).

A synthetic or foreign territory has no BA region, county, SF office or context unless its
columns and links say so; within those terms the path is exact: ``benchmarks/baselines.py`` has
the pairwise loop and an independent expert implementation, and the tests and the benchmark
check the tables are identical.

>>> from dknet.synthetic import synthetic_territory, synthetic_neighbours
>>> t = synthetic_territory(300, seed=3)
>>> top = topk_partners(t, k=3, neighbours=synthetic_neighbours(t))
>>> list(top.columns)
['kode', 'rank', 'partner', 'score', 'similarity', 'distance_km']
>>> bool(top.groupby("kode")["score"].is_monotonic_decreasing.all()), int(top["rank"].max())
(True, 3)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis.profiles import PairKernel, ProfileConfig, gower_pairs, kinds_of, load_config, rank_scale
from dknet.analysis.scoring import Purpose, combine_for, feasibility, neighbour_term
from dknet.geo import chord_km, haversine_pairs, sphere_points
from dknet.graph import Graph

#: Columns of :func:`topk_partners`, in order.
TOPK_COLUMNS = ("kode", "rank", "partner", "score", "similarity", "distance_km")

#: Optional territory columns naming each unit's group (empty = none): the feasibility terms
#: "same BA region", "same county" and "same SF office" (:func:`dknet.analysis.scoring.feasibility`).
GROUP_COLUMNS = ("ba_region", "fylkesnummer", "sf")

#: Above this many units a territory without a radius (every pair a candidate) is refused.
ALL_PAIRS_MAX = 20_000

# Rows × candidates per block in the top-k step: big enough to amortise numpy's call overhead,
# small enough that a block's temporaries stay in a few MiB.
_BLOCK_CELLS = 1 << 20
# Pairs per block in the scoring step: a block's temporaries stay in the CPU cache.
_SCORE_BLOCK = 1 << 15


def unique_sorted(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (``np.unique`` without its overhead: numpy 2.4 takes 30× a sort here).

    >>> unique_sorted(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    s = np.sort(a)
    if s.size == 0:
        return s
    keep = np.empty(s.size, dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


@dataclass(frozen=True)
class Links:
    """Pairs with more between them than a distance (row positions, any order, each pair once).

    ``neighbour``: the neighbour term of feasibility (:func:`dknet.analysis.scoring.neighbour_term`:
    1 land border or fixed link, 0.8 car ferry, 0.65 boat, 0.5 sea neighbour, 0 none; a pair with
    a positive term is a candidate at any distance). ``context``:
    the pair's context (:func:`dknet.analysis.scoring.context`), or None for 0. ``last``: pairs
    that rank after every other candidate (office: reachable only across open sea), or None.
    """

    i: np.ndarray
    j: np.ndarray
    neighbour: np.ndarray
    context: np.ndarray | None = None
    last: np.ndarray | None = None

    @classmethod
    def borders(cls, pairs: np.ndarray) -> Links:
        """Land borders (n × 2 row positions, any order; duplicates and self-pairs are dropped).

        >>> Links.borders(np.array([[1, 0], [0, 1], [2, 2]])).i.tolist()
        [0]
        """
        nb = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        n = int(nb.max()) + 1 if nb.size else 1
        keys = unique_sorted(np.minimum(nb[:, 0], nb[:, 1]) * n + np.maximum(nb[:, 0], nb[:, 1]))
        i, j = keys // n, keys % n
        keep = i != j
        return cls(i[keep], j[keep], np.ones(int(keep.sum())))


@dataclass(frozen=True)
class Candidates:
    """Undirected candidate pairs (``i < j``, row positions): the plain pairs within the radius, then the links.

    A link within the radius appears twice (plain and link) unless ``deduplicated``.
    """

    i: np.ndarray
    j: np.ndarray
    distance_km: np.ndarray
    #: Number of plain entries (the first ones); the rest are links, in :attr:`links` order.
    plain: int
    links: Links | None
    #: Link entries whose pair is also a plain entry (a link within the radius).
    twin: np.ndarray
    #: The units in an order where neighbours are close (the KD-tree's leaf order), or None.
    spatial_order: np.ndarray | None = None


def _ordered_links(links: Links, n: int) -> Links:
    """``links`` with i < j, sorted by pair, each pair once (its first listing), positions checked."""
    i, j = np.asarray(links.i, dtype=np.int64), np.asarray(links.j, dtype=np.int64)
    if i.size and (min(i.min(), j.min()) < 0 or max(i.max(), j.max()) >= n):
        raise ValueError(f"neighbour positions must lie in 0..{n - 1}")
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    keys = lo * n + hi
    order = np.argsort(keys, kind="stable")
    ks = keys[order]
    first = np.ones(len(ks), dtype=bool)
    first[1:] = ks[1:] != ks[:-1]
    take = order[first & (lo[order] != hi[order])]

    def pick(a: np.ndarray | None) -> np.ndarray | None:
        return None if a is None else np.asarray(a)[take]

    idx = np.int32 if n < 2**31 else np.int64
    return Links(
        lo[take].astype(idx),
        hi[take].astype(idx),
        np.asarray(links.neighbour, float)[take],
        pick(links.context),
        pick(links.last),
    )


def _plain_pairs(
    lon: np.ndarray, lat: np.ndarray, radius_km: float | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The plain candidates: every pair ``i < j`` within ``radius_km`` (None: every pair; 0: none).

    Returns ``(i, j, distance_km, spatial_order)``; the KD-tree's leaf order comes with a radius,
    else None. Kept apart from the links because it is the one step that grows with the territory
    (``ALL_PAIRS_MAX`` guards the all-pairs case).

    >>> i, j, d, order = _plain_pairs(np.array([10.0, 10.0, 10.0]), np.array([60.0, 60.3, 62.0]), 50)
    >>> i.tolist(), j.tolist(), order is not None
    ([0], [1], True)
    """
    n = len(lon)
    idx = np.int32 if n < 2**31 else np.int64
    if radius_km is None:
        if n > ALL_PAIRS_MAX:
            raise ValueError(f"every pair of {n} units is too many; give a radius")
        upper = np.triu_indices(n, 1)
        ti, tj = upper[0].astype(idx), upper[1].astype(idx)
        return ti, tj, haversine_pairs(lon, lat, ti, tj), None
    if radius_km > 0:
        from scipy.spatial import cKDTree

        tree = cKDTree(sphere_points(lon, lat))
        spatial = np.asarray(tree.indices)
        pairs = tree.query_pairs(chord_km(radius_km) * (1 + 1e-9) + 1e-9, output_type="ndarray")
        ti, tj = pairs[:, 0].astype(idx), pairs[:, 1].astype(idx)
        del pairs
        td = haversine_pairs(lon, lat, ti, tj)
        near = td <= radius_km
        return ti[near], tj[near], td[near], spatial
    empty = np.empty(0, dtype=idx)
    return empty, empty, np.empty(0), None


def _drop_plain_copies(
    ti: np.ndarray, tj: np.ndarray, td: np.ndarray, links: Links, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The plain pairs that are not also a link (``links`` ordered by :func:`_ordered_links`).

    Used when some link ranks ``last``: its plain copy would outrank it, so the copy goes.

    >>> links = Links(np.array([0]), np.array([2]), np.array([0.5]))
    >>> i, j, d = _drop_plain_copies(np.array([0, 0]), np.array([1, 2]), np.array([3.0, 4.0]), links, 3)
    >>> i.tolist(), j.tolist(), d.tolist()
    ([0], [1], [3.0])
    """
    lkeys = links.i.astype(np.int64) * n + links.j.astype(np.int64)
    pkeys = ti.astype(np.int64) * n + tj.astype(np.int64)
    pos = np.minimum(np.searchsorted(lkeys, pkeys), len(lkeys) - 1)
    keep = lkeys[pos] != pkeys
    return ti[keep], tj[keep], td[keep]


def candidate_pairs(
    lon: np.ndarray,
    lat: np.ndarray,
    *,
    radius_km: float | None,
    neighbours: np.ndarray | None = None,
    links: Links | None = None,
) -> Candidates:
    """Pairs of units within ``radius_km`` (great circle; None: every pair), then the links.

    ``neighbours`` (n × 2 row positions) is short for ``Links.borders(neighbours)``. Links with a
    neighbour term are candidates at any distance; the others only within the radius. When some
    link is ``last``, the plain copies of links are removed (``twin`` all False).

    >>> lon, lat = np.array([10.0, 10.0, 10.0]), np.array([60.0, 60.3, 62.0])
    >>> c = candidate_pairs(lon, lat, radius_km=50, neighbours=np.array([[2, 1]]))
    >>> c.i.tolist(), c.j.tolist(), c.plain
    ([0, 1], [1, 2], 1)
    """
    n = len(lon)
    ti, tj, td, spatial = _plain_pairs(lon, lat, radius_km)
    if links is None and neighbours is not None and len(neighbours):
        nb = np.asarray(neighbours)
        if nb.min() < 0 or nb.max() >= n:
            raise ValueError(f"neighbour positions must lie in 0..{n - 1}")
        links = Links.borders(nb)
    if links is None or len(links.i) == 0:
        return Candidates(ti, tj, td, len(ti), None, np.zeros(len(ti), dtype=bool), spatial)
    links = _ordered_links(links, n)
    ld = haversine_pairs(lon, lat, links.i, links.j)
    # The tree (or the full list) has every pair with d <= radius_km, by the same distance
    # function on the same values, so a link that close is there as a plain entry too.
    within = np.ones(len(ld), dtype=bool) if radius_km is None else ld <= radius_km
    keep = within | (links.neighbour > 0)
    if not keep.all():
        links = Links(
            links.i[keep],
            links.j[keep],
            links.neighbour[keep],
            None if links.context is None else links.context[keep],
            None if links.last is None else links.last[keep],
        )
        ld, within = ld[keep], within[keep]
    twin = within
    if links.last is not None and links.last.any():
        # A link ranked last must not be outranked by its plain copy: remove the plain copies.
        ti, tj, td = _drop_plain_copies(ti, tj, td, links, n)
        twin = np.zeros(len(ld), dtype=bool)
    return Candidates(
        np.concatenate([ti, links.i]),
        np.concatenate([tj, links.j]),
        np.concatenate([td, ld]),
        len(ti),
        links,
        np.concatenate([np.zeros(len(ti), dtype=bool), twin]),
        spatial,
    )


def topk_per_unit(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    score: np.ndarray,
    twin: np.ndarray,
    *,
    k: int,
    spatial_order: np.ndarray | None = None,
) -> np.ndarray:
    """Top-``k`` pair indices for every unit 0..n-1: shape (rows, 3) of (unit, rank, pair index).

    Each undirected pair p = (i[p], j[p]) is a candidate for both ends. Order: unit, then score
    descending, then partner position. Where a pair occurs twice (a border pair also within the
    radius), ``twin`` marks the border entry; only it counts, and it must score strictly higher
    than its plain copy (the border term adds to the score). ``spatial_order`` (units listed so
    that neighbours are close, e.g. a KD-tree's leaf order) only makes memory access local.

    The directed entries are grouped by unit in a CSR layout whose rows are sorted by number of
    candidates, so that all units with d candidates form one contiguous (units × d) block: the
    top-k of a block is one ``np.argpartition`` on a reshaped view, no padding, no Python loop
    per unit.
    """
    import scipy.sparse as sp

    m = len(i)
    if m == 0:
        return np.empty((0, 3), dtype=np.int64)
    degree = np.bincount(i, minlength=n) + np.bincount(j, minlength=n)
    base = np.arange(n) if spatial_order is None else np.asarray(spatial_order)
    order = base[np.argsort(degree[base], kind="stable")]  # row r of the layout is unit order[r]
    slot = np.empty(n, dtype=i.dtype)
    slot[order] = np.arange(n, dtype=i.dtype)
    pid = np.arange(m, dtype=np.int32 if m < 2**31 else np.int64)
    coo = sp.coo_array(
        (np.concatenate([pid, pid]), (np.concatenate([slot[i], slot[j]]), np.concatenate([j, i]))), shape=(n, n)
    )
    del pid, slot
    # Within a row the order of entries does not matter (ties are broken on the partner index
    # explicitly), so scipy need not sort each row: declaring the format canonical skips it.
    coo.has_canonical_format = True
    csr = coo.tocsr()
    del coo
    indptr, partner, entry = csr.indptr, csr.indices, csr.data
    dups = np.bincount(i[twin], minlength=n) + np.bincount(j[twin], minlength=n)
    take = np.minimum(degree - dups, k)
    offset = np.concatenate([[0], np.cumsum(take)])
    out = np.empty((int(offset[-1]), 3), dtype=np.int64)
    sorted_deg = degree[order]
    lo = int(np.searchsorted(sorted_deg, 1))  # units without candidates have no rows
    while lo < n:
        # A block: rows whose degrees differ by at most a quarter (or 4), padded to the largest.
        # Few blocks (about 20 for degrees 1..200), so numpy's call overhead stays small.
        d0 = int(sorted_deg[lo])
        hi = int(np.searchsorted(sorted_deg, max(d0 + 4, d0 + d0 // 4), side="right"))
        hi = min(hi, lo + max(1, _BLOCK_CELLS // int(sorted_deg[hi - 1])))
        d = int(sorted_deg[hi - 1])
        rows = order[lo:hi]
        if d0 == d:  # one degree: the block is a reshaped slice of the CSR arrays
            cells = slice(int(indptr[lo]), int(indptr[hi]))
            jm = partner[cells].reshape(hi - lo, d)
            pm = entry[cells].reshape(hi - lo, d)
            S = score[pm]
        else:
            cols = np.arange(d)
            valid = cols < sorted_deg[lo:hi, None]
            pos = np.where(valid, indptr[lo:hi, None] + cols, 0)
            jm = np.where(valid, partner[pos], n)
            pm = entry[pos]
            S = np.where(valid, score[pm], -np.inf)
        _topk_block(rows, jm, pm, S, dups, take, offset, out, k)
        lo = hi
    return out


def _topk_block(
    rows: np.ndarray,
    jm: np.ndarray,
    pm: np.ndarray,
    S: np.ndarray,
    dups: np.ndarray,
    take: np.ndarray,
    offset: np.ndarray,
    out: np.ndarray,
    k: int,
) -> None:
    """Top-k of a block of units × d entries (jm partners, pm pair ids, S scores; padding scores −inf)."""
    d = jm.shape[1]
    extra = int(dups[rows].max())
    kk = k + extra
    if d > kk:
        part = np.argpartition(S, d - kk, axis=1)
        kth = np.take_along_axis(S, part[:, d - kk : d - kk + 1], axis=1)
        sel = part[:, d - kk :]
        ties = np.flatnonzero((kth <= S).sum(axis=1) > kk)
        if ties.size:  # ties straddle the kk-th place: sort those rows fully
            sel[ties] = np.lexsort((jm[ties], -S[ties]), axis=1)[:, :kk]
        jm, pm, S = (np.take_along_axis(a, sel, axis=1) for a in (jm, pm, S))
    o = np.lexsort((jm, -S), axis=1)
    jm, pm = np.take_along_axis(jm, o, axis=1), np.take_along_axis(pm, o, axis=1)
    if extra:
        # A later entry with the same partner is the plain copy of a link: drop it. A stable sort
        # by partner puts the copies next to each other, the better one first.
        by_j = np.argsort(jm, axis=1, kind="stable")
        js = np.take_along_axis(jm, by_j, axis=1)
        again = np.zeros(js.shape, dtype=bool)
        again[:, 1:] = js[:, 1:] == js[:, :-1]
        dup = np.empty_like(again)
        np.put_along_axis(dup, by_j, again, axis=1)
        keep = np.argsort(dup, axis=1, kind="stable")
        jm, pm = np.take_along_axis(jm, keep, axis=1), np.take_along_axis(pm, keep, axis=1)
    width = min(k, jm.shape[1])
    pm = pm[:, :width]
    n_take = take[rows]
    valid = np.arange(width)[None, :] < n_take[:, None]
    dest = (offset[rows][:, None] + np.arange(width))[valid]
    out[dest, 0] = np.broadcast_to(rows[:, None], valid.shape)[valid]
    out[dest, 1] = np.broadcast_to(np.arange(1, width + 1), valid.shape)[valid]
    out[dest, 2] = pm[valid]


def profile_weights(
    territory: pd.DataFrame, config: ProfileConfig, weights: Mapping[str, float] | None = None
) -> dict[str, float]:
    """The indicator weights of ``config`` (theme weights shared out) for the columns ``territory`` has.

    An indicator the territory lacks is missing for every unit, so it drops out of every pair, as
    in the main path. ``weights`` replaces them (tests, experiments).

    >>> from dknet.synthetic import synthetic_territory
    >>> sorted(profile_weights(synthetic_territory(20), load_config()))[:2]
    ['andel_67pluss', 'andel_80pluss']
    """
    chosen = dict(weights) if weights is not None else dict(config.weights)
    return {c: w for c, w in chosen.items() if w > 0 and c in territory.columns}


def reference_options(
    territory: pd.DataFrame, *, purpose: Purpose = "office", config: ProfileConfig | None = None
) -> dict[str, Any]:
    """The purpose's weights spelled out for ``benchmarks/baselines.py`` (which imports nothing from dknet).

    >>> from dknet.synthetic import synthetic_territory
    >>> opts = reference_options(synthetic_territory(20))
    >>> opts["w_sim"], opts["w_feas"], opts["w_total"], opts["scale_km"]
    (0.45, 0.45, 1.0, 50.0)
    """
    config = config or load_config()
    w = config.purposes[purpose]
    return {
        "weights": profile_weights(territory, config),
        "w_sim": w.w_similarity,
        "w_feas": w.w_feasibility,
        "w_total": w.w_similarity + w.w_feasibility + w.w_context,
        "scale_km": config.distance_scale_km,
    }


def _prepare(territory: pd.DataFrame, weights: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Rank-scaled indicator matrix (NaN = missing), the weight vector and each column's kind."""
    cols = list(weights)
    missing = [c for c in ["lon", "lat"] if c not in territory.columns]
    if missing or not cols:
        raise ValueError(f"the territory lacks lon/lat or every weighted indicator; it has {list(territory.columns)}")
    if not territory.index.is_unique:
        raise ValueError("the territory's index (kode) has duplicates")
    nowhere = territory.index[territory[["lon", "lat"]].isna().any(axis=1)]
    if len(nowhere):
        raise ValueError(f"{len(nowhere)} units have no lon/lat, e.g. {list(nowhere[:5])}")
    scaled = rank_scale(territory[cols].astype(float)).to_numpy(float)
    return scaled, np.array([weights[c] for c in cols], dtype=float), kinds_of(cols)


def _group_codes(territory: pd.DataFrame, column: str) -> np.ndarray | None:
    """Each unit's group in ``column`` as an integer (-1: none), or None when the column is absent."""
    if column not in territory.columns:
        return None
    values = territory[column].fillna("").astype(str).to_numpy()
    codes, _ = pd.factorize(values)
    return np.where(values == "", -1, codes)


def _same(codes: np.ndarray | None, i: np.ndarray, j: np.ndarray) -> np.ndarray | float:
    """1.0 where units i and j are in the same group; 0.0 (a scalar) without groups."""
    if codes is None:
        return 0.0
    return np.asarray((codes[i] == codes[j]) & (codes[i] >= 0), dtype=float)


def topk_partners(
    territory: pd.DataFrame,
    *,
    k: int = 10,
    purpose: Purpose = "office",
    config: ProfileConfig | None = None,
    radius_km: float | None = None,
    neighbours: np.ndarray | None = None,
    links: Links | None = None,
    weights: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Top-``k`` partners for ``purpose`` of every unit among those within the radius or linked.

    ``territory``: one row per unit, indexed by kode, with ``lon``, ``lat``, indicator columns
    (those of ``config`` it has count, :func:`profile_weights`) and optionally the
    :data:`GROUP_COLUMNS`; missing indicator values are skipped pairwise. ``radius_km``: default
    the purpose's ``max_km`` (None: every pair, for small territories). ``neighbours``: land
    borders as row positions (n × 2), or ``links`` for more. The score is the purpose's
    combination in ``config`` (default ``profile.toml``). Returns the :data:`TOPK_COLUMNS`, one
    row per (unit, rank), units sorted by kode, ranked by the rule in the module doc.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    config = config or load_config()
    if radius_km is None:
        radius_km = config.purposes[purpose].max_km
    if not territory.index.is_monotonic_increasing:
        order = np.argsort(territory.index.to_numpy(), kind="stable")
        territory = territory.iloc[order]
        back = np.argsort(order)
        if neighbours is not None:
            neighbours = back[np.asarray(neighbours)]
        if links is not None:
            links = Links(back[links.i], back[links.j], links.neighbour, links.context, links.last)
    X, w, kinds = _prepare(territory, profile_weights(territory, config, weights))
    lon, lat = territory["lon"].to_numpy(float), territory["lat"].to_numpy(float)
    cand = candidate_pairs(lon, lat, radius_km=radius_km, neighbours=neighbours, links=links)
    ci, cj, n_plain, lk = cand.i, cand.j, cand.plain, cand.links
    score, sim = _scores(territory, config, purpose, X, w, kinds, cand)
    key = score
    if lk is not None and lk.last is not None and lk.last.any():
        key = score.copy()
        key[n_plain:][lk.last] -= 2.0  # scores lie in [0, 1]: a last pair ranks after every other
    top = topk_per_unit(len(territory), ci, cj, key, cand.twin, k=k, spatial_order=cand.spatial_order)
    unit, rank, p = top[:, 0], top[:, 1], top[:, 2]
    pi, pj = ci[p], cj[p]
    other = np.where(pi == unit, pj, pi)
    codes = territory.index.to_numpy()
    return pd.DataFrame(
        {
            "kode": codes[unit],
            "rank": rank,
            "partner": codes[other],
            "score": score[p],
            "similarity": sim[p],
            "distance_km": cand.distance_km[p],
        }
    )


def _scores(
    territory: pd.DataFrame,
    config: ProfileConfig,
    purpose: Purpose,
    X: np.ndarray,
    w: np.ndarray,
    kinds: list[str],
    cand: Candidates,
) -> tuple[np.ndarray, np.ndarray]:
    """The purpose's score and the similarity of every candidate entry, in cache-sized blocks.

    The main path's kernel, feasibility and combination, block by block; all three are
    elementwise, so the blocks change no bit.
    """
    ci, cj, n_plain, lk = cand.i, cand.j, cand.plain, cand.links
    kernel = PairKernel.of(X, w, kinds)
    weights = config.purposes[purpose]
    use_feas = weights.w_feasibility > 0
    groups = [_group_codes(territory, c) if use_feas else None for c in GROUP_COLUMNS]
    context = lk.context if lk is not None and weights.w_context > 0 else None
    m = len(ci)
    score, sim = np.empty(m), np.empty(m)
    for lo, hi in ((0, n_plain), (n_plain, m)):  # plain entries, then links
        for s in range(lo, hi, _SCORE_BLOCK):
            e = min(s + _SCORE_BLOCK, hi)
            bi, bj = ci[s:e], cj[s:e]
            part = kernel(bi, bj)
            linked = slice(s - n_plain, e - n_plain) if lo == n_plain and lk is not None else None
            feas: np.ndarray | float = 0.0
            if use_feas:
                feas = feasibility(
                    0.0 if linked is None or lk is None else lk.neighbour[linked],
                    cand.distance_km[s:e],
                    same_ba=_same(groups[0], bi, bj),
                    same_county=_same(groups[1], bi, bj),
                    same_sf=_same(groups[2], bi, bj),
                    scale_km=config.distance_scale_km,
                )
            ctx = 0.0 if linked is None or context is None else context[linked]
            score[s:e] = combine_for(purpose, config, part, feas, ctx)
            sim[s:e] = part
    return score, sim


def norway_territory(G: Graph, *, config: ProfileConfig, purpose: Purpose) -> tuple[pd.DataFrame, Links]:
    """The municipalities of ``G`` as a territory for :func:`topk_partners`, and their links for ``purpose``.

    The territory has the raw challenge profile, lon/lat and the :data:`GROUP_COLUMNS`; the links
    carry the land borders, ferries and sea neighbours, the context and the office's open-sea
    rule of :func:`dknet.analysis.scoring.pair_table`. With them the scale path gives the main
    path's top-k lists (the parity test).
    """
    from dknet.analysis.profiles import challenge_profiles
    from dknet.analysis.scoring import pair_table
    from dknet.graph import nodes_of
    from dknet.schema import Label, Rel

    table = pair_table(G, config=config)
    territory = challenge_profiles(G, config=config).loc[table.codes]
    node = {str(G.nodes[m]["key"]): G.nodes[m] for m in nodes_of(G, Label.MUNICIPALITY)}
    sf_of = {G.nodes[u]["key"]: v for u, v, d in G.edges(data=True) if d["type"] == Rel.SUPERVISED_BY.type}
    territory = territory.assign(
        lon=[float(node[c]["lon"]) for c in table.codes],
        lat=[float(node[c]["lat"]) for c in table.codes],
        ba_region=[str(node[c].get("ba_region") or "") for c in table.codes],
        fylkesnummer=[str(node[c].get("fylkesnummer") or "") for c in table.codes],
        sf=[str(sf_of.get(c, "")) for c in table.codes],
    )
    nb = neighbour_term(table.border, table.fixed, table.ferry, table.boat, table.sea)
    n = len(table.codes)
    last = np.zeros((n, n), dtype=bool)
    if purpose == "office":
        for r in range(n):
            last[r] = table.open_sea(r)
    i, j = np.nonzero(np.triu((nb > 0) | (table.context > 0) | last, 1))
    return territory, Links(i, j, nb[i, j], table.context[i, j], last[i, j])


def topk_agreement(a: pd.DataFrame, b: pd.DataFrame) -> float:
    """Share of (unit, partner) pairs of ``b``'s top-k lists that ``a`` also has (recall of a vs b)."""
    pa = set(zip(a["kode"], a["partner"], strict=True))
    pb = set(zip(b["kode"], b["partner"], strict=True))
    return len(pa & pb) / len(pb) if pb else 1.0


def communities_at_scale(
    territory: pd.DataFrame,
    neighbours: np.ndarray,
    *,
    weights: Mapping[str, float] | None = None,
    config: ProfileConfig | None = None,
    seed: int = 2024,
    resolution: float = 1.0,
    min_size: int = 2,
    max_size: int | None = 12,
    engine: str = "auto",
) -> pd.Series:
    """Community of every unit (Series indexed by kode), by the engine of ``dknet communities``.

    The feasibility graph is the neighbour graph, weighted by similarity squared. ``engine``:
    ``"leiden"``, ``"louvain"`` or ``"auto"`` (Leiden when installed), see
    :mod:`dknet.analysis.engine`.
    """
    from dknet.analysis.engine import partition_arrays

    X, w, kinds = _prepare(territory, profile_weights(territory, config or load_config(), weights))
    nb = np.asarray(neighbours)
    a, b = np.minimum(nb[:, 0], nb[:, 1]), np.maximum(nb[:, 0], nb[:, 1])
    sim = np.nan_to_num(gower_pairs(X, w, a, b, kinds=kinds), nan=0.0)
    result = partition_arrays(
        len(territory),
        a,
        b,
        np.maximum(sim, 1e-6) ** 2,
        resolution=resolution,
        seed=seed,
        min_size=min_size,
        max_size=max_size,
        engine=engine,
    )
    return pd.Series(result.membership + 1, index=territory.index, name="community")
