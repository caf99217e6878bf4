"""The scale path: top-k partners for every unit of a large territory, at the speed of the floor.

For 100 000 units a pairwise loop is 5·10⁹ pairs. Here the work follows the candidates only:

1. **Candidates.** A KD-tree (:class:`scipy.spatial.cKDTree`) on the units' points on the sphere
   gives every pair within ``radius_km`` (the chord of the great circle, so the tree's Euclidean
   radius is exact up to rounding; a hair of slack, then the great-circle distance decides). The
   border pairs are appended as separate entries flagged *border*; nothing is looked up in a set.
2. **Scores, once per undirected pair**, vectorised over all pairs:

       score = (w_sim · similarity + w_feas · feasibility) / (w_sim + w_feas)
       feasibility = 0.45 · border + 0.25 · exp(−d / scale_km)   (dknet.analysis.scoring.feasibility)

   with the rank-scaled Gower similarity of :mod:`dknet.analysis.profiles` (weighted mean of
   ``1 − |a − b|`` over the indicators both units have; 0 when they share none) and the
   great-circle distance d. NaN masks are applied only to indicators that have a missing value.
3. **Top-k per unit** from a row-grouped (CSR) view of the directed entries, processed in blocks
   of units with the same number of candidates: ``np.argpartition`` finds the k best, a full
   sort happens only in the rare rows where ties straddle the k-th place. A border pair that is
   also within the radius appears twice (plain and border); the plain copy always scores lower
   and is dropped after selection.

**Ranking rule** (documented, and what makes the tables reproducible): higher score first; equal
scores (exactly equal floats) are ordered by the partner's kode. Units sorted by kode, then rank.

Unlike :func:`dknet.analysis.partners.suggest_partners`, the scale path leaves out BA region,
county, SF office and network context (a synthetic or foreign territory has none of them); within
those terms it is exact: ``benchmarks/baselines.py`` has the pairwise loop and an independent
expert implementation, and the tests and the benchmark check the tables are identical.

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

import numpy as np
import pandas as pd

from dknet.analysis.context import EARTH_RADIUS_KM
from dknet.analysis.profiles import rank_scale
from dknet.analysis.scoring import feasibility

DEFAULT_WEIGHTS: dict[str, float] = {
    "folketall": 1.0,
    "endring_10aar": 1.0,
    "andel_67pluss": 1.0,
    "andel_80pluss": 0.5,
    "sentralitetsindeks": 1.0,
    "befolkningstetthet": 0.5,
}

#: Columns of :func:`topk_partners`, in order.
TOPK_COLUMNS = ("kode", "rank", "partner", "score", "similarity", "distance_km")

# Rows × candidates per block in the top-k step: big enough to amortise numpy's call overhead,
# small enough that a block's temporaries stay in a few MiB.
_BLOCK_CELLS = 1 << 20


def project_km(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Local equirectangular coordinates in km (x scaled by cos of each point's latitude)."""
    lat_r = np.radians(lat)
    return (np.radians(lon) * EARTH_RADIUS_KM * np.cos(lat_r), lat_r * EARTH_RADIUS_KM)


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


def sphere_points(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Points on a sphere of the Earth's radius (km), shape (n, 3): chords there order like great circles."""
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)]) * EARTH_RADIUS_KM


def haversine_pairs(lon: np.ndarray, lat: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Great-circle distance (km) between units ``i[p]`` and ``j[p]`` for every pair p.

    >>> lon, lat = np.array([10.0, 10.0]), np.array([60.0, 61.0])
    >>> round(float(haversine_pairs(lon, lat, np.array([0]), np.array([1]))[0]), 1)
    111.2
    """
    phi = np.radians(lat)
    cos_phi = np.cos(phi)
    # h = sin((p2 − p1)/2)² + cos p1 · cos p2 · sin(radians(λ2 − λ1)/2)², evaluated in place in
    # exactly that order (so that every implementation of the formula gets the same bits).
    h = phi[j]
    h -= phi[i]
    h /= 2
    np.sin(h, out=h)
    h *= h
    c = cos_phi[i]
    c *= cos_phi[j]
    dl = lon[j]
    dl -= lon[i]
    np.radians(dl, out=dl)
    dl /= 2
    np.sin(dl, out=dl)
    dl *= dl
    c *= dl
    h += c
    del c, dl
    np.clip(h, 0.0, 1.0, out=h)
    np.sqrt(h, out=h)
    np.arcsin(h, out=h)
    h *= 2 * EARTH_RADIUS_KM
    return np.asarray(h)


def gower_pairs(X: np.ndarray, w: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Weighted Gower similarity of rows ``i[p]`` and ``j[p]`` of ``X`` (values in [0, 1], NaN = missing).

    ``Σ w·(1 − |a − b|) / Σ w`` over the indicators both have, summed in column order; 0 where
    they share none. Columns without a missing value skip the NaN mask.

    >>> X = np.array([[0.0, 1.0], [0.5, np.nan]])
    >>> gower_pairs(X, np.array([1.0, 1.0]), np.array([0]), np.array([1])).tolist()
    [0.5]
    """
    num = np.zeros(len(i))
    den: np.ndarray | float = 0.0
    for c in range(X.shape[1]):
        col = np.ascontiguousarray(X[:, c])
        term = col[i]
        if np.isnan(col).any():
            b = col[j]
            present = ~(np.isnan(term) | np.isnan(b))
            term -= b
            del b
            np.abs(term, out=term)
            np.subtract(1, term, out=term)
            term *= w[c]
            num += np.where(present, term, 0.0)
            den = den + np.where(present, w[c], 0.0)
        else:  # w·(1 − |a − b|), in place
            term -= col[j]
            np.abs(term, out=term)
            np.subtract(1, term, out=term)
            term *= w[c]
            num += term
            den = den + w[c]
    if isinstance(den, float):
        if den > 0:
            num /= den
            return num
        return np.zeros(len(i))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / den, 0.0)


@dataclass(frozen=True)
class Candidates:
    """Undirected candidate pairs (``i < j``, row positions), each once per kind.

    A border pair within the radius appears twice: once plain, once with ``border`` set.
    """

    i: np.ndarray
    j: np.ndarray
    distance_km: np.ndarray
    border: np.ndarray
    #: Border entries whose pair is also a plain entry (a border pair within the radius).
    twin: np.ndarray
    #: The units in an order where neighbours are close (the KD-tree's leaf order), or None.
    spatial_order: np.ndarray | None = None


def candidate_pairs(
    lon: np.ndarray, lat: np.ndarray, *, radius_km: float, neighbours: np.ndarray | None = None
) -> Candidates:
    """Pairs of units within ``radius_km`` (great circle), plus the ``neighbours`` pairs flagged as border.

    >>> lon, lat = np.array([10.0, 10.0, 10.0]), np.array([60.0, 60.3, 62.0])
    >>> c = candidate_pairs(lon, lat, radius_km=50, neighbours=np.array([[2, 1]]))
    >>> c.i.tolist(), c.j.tolist(), c.border.tolist()
    ([0, 1], [1, 2], [False, True])
    """
    from scipy.spatial import cKDTree

    n = len(lon)
    idx = np.int32 if n < 2**31 else np.int64
    if radius_km > 0:
        chord = 2 * EARTH_RADIUS_KM * np.sin(min(radius_km / (2 * EARTH_RADIUS_KM), np.pi / 2))
        tree = cKDTree(sphere_points(lon, lat))
        spatial = np.asarray(tree.indices)
        pairs = tree.query_pairs(chord * (1 + 1e-9) + 1e-9, output_type="ndarray")
        ti, tj = pairs[:, 0].astype(idx), pairs[:, 1].astype(idx)
        del pairs
        td = haversine_pairs(lon, lat, ti, tj)
        near = td <= radius_km
        ti, tj, td = ti[near], tj[near], td[near]
    else:
        ti = tj = np.empty(0, dtype=idx)
        td = np.empty(0)
        spatial = None
    plain = np.zeros(len(ti), dtype=bool)
    if neighbours is None or len(neighbours) == 0:
        return Candidates(ti, tj, td, plain, plain, spatial)
    nb = np.asarray(neighbours, dtype=np.int64)
    if nb.size and (nb.min() < 0 or nb.max() >= n):
        raise ValueError(f"neighbour positions must lie in 0..{n - 1}")
    keys = unique_sorted(np.minimum(nb[:, 0], nb[:, 1]) * n + np.maximum(nb[:, 0], nb[:, 1]))
    bi, bj = (keys // n).astype(idx), (keys % n).astype(idx)
    keep = bi != bj
    bi, bj = bi[keep], bj[keep]
    bd = haversine_pairs(lon, lat, bi, bj)
    # The tree found every pair with d <= radius_km (same distance function, same values), so a
    # border pair that close is there as a plain entry too.
    twin = bd <= radius_km if radius_km > 0 else np.zeros(len(bi), dtype=bool)
    return Candidates(
        np.concatenate([ti, bi]),
        np.concatenate([tj, bj]),
        np.concatenate([td, bd]),
        np.concatenate([plain, np.ones(len(bi), dtype=bool)]),
        np.concatenate([plain, twin]),
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
    bounds = np.flatnonzero(np.diff(sorted_deg)) + 1
    for lo, hi in zip(np.concatenate([[0], bounds]), np.concatenate([bounds, [n]]), strict=True):
        d = int(sorted_deg[lo])
        if d == 0:
            continue
        step = max(1, _BLOCK_CELLS // d)
        for s in range(int(lo), int(hi), step):
            e = min(s + step, int(hi))
            cells = slice(int(indptr[s]), int(indptr[e]))
            rows = order[s:e]
            jm = partner[cells].reshape(e - s, d)
            pm = entry[cells].reshape(e - s, d)
            _topk_block(rows, jm, pm, score, dups, take, offset, out, k)
    return out


def _topk_block(
    rows: np.ndarray,
    jm: np.ndarray,
    pm: np.ndarray,
    score: np.ndarray,
    dups: np.ndarray,
    take: np.ndarray,
    offset: np.ndarray,
    out: np.ndarray,
    k: int,
) -> None:
    """Top-k of a block of units with the same number d of entries (jm partners, pm pair ids, units × d)."""
    d = jm.shape[1]
    S = score[pm]
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
        # A later entry with the same partner is the plain copy of a border pair: drop it.
        width = jm.shape[1]
        earlier = np.tri(width, width, -1, dtype=bool).T  # [a, b]: a before b
        dup = ((jm[:, :, None] == jm[:, None, :]) & earlier[None, :, :]).any(axis=1)
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


def _prepare(territory: pd.DataFrame, weights: Mapping[str, float] | None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Rank-scaled indicator matrix (NaN = missing), the weight vector and the columns used."""
    weights = dict(weights or DEFAULT_WEIGHTS)
    cols = [c for c, w in weights.items() if w > 0]
    missing = [c for c in [*cols, "lon", "lat"] if c not in territory.columns]
    if missing:
        raise ValueError(f"the territory lacks the columns {missing}; it has {list(territory.columns)}")
    if not territory.index.is_unique:
        raise ValueError("the territory's index (kode) has duplicates")
    nowhere = territory.index[territory[["lon", "lat"]].isna().any(axis=1)]
    if len(nowhere):
        raise ValueError(f"{len(nowhere)} units have no lon/lat, e.g. {list(nowhere[:5])}")
    scaled = rank_scale(territory[cols]).to_numpy(float)
    return scaled, np.array([weights[c] for c in cols], dtype=float), cols


def topk_partners(
    territory: pd.DataFrame,
    *,
    k: int = 10,
    radius_km: float = 50.0,
    neighbours: np.ndarray | None = None,
    weights: Mapping[str, float] | None = None,
    w_sim: float = 0.55,
    w_feas: float = 0.35,
    scale_km: float = 50.0,
) -> pd.DataFrame:
    """Top-``k`` partners of every unit among those within ``radius_km`` or sharing a border.

    ``territory``: one row per unit, indexed by kode, with ``lon``, ``lat`` and the indicator
    columns of ``weights``; missing indicator values are skipped pairwise. ``neighbours``: border
    pairs as row positions (n × 2, any order). Returns the :data:`TOPK_COLUMNS`, one row per
    (unit, rank), units sorted by kode; equal scores rank by partner kode (see the module doc).
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    if not territory.index.is_monotonic_increasing:
        order = np.argsort(territory.index.to_numpy(), kind="stable")
        territory = territory.iloc[order]
        if neighbours is not None:
            neighbours = np.argsort(order)[np.asarray(neighbours)]
    X, w, _ = _prepare(territory, weights)
    lon, lat = territory["lon"].to_numpy(float), territory["lat"].to_numpy(float)
    cand = candidate_pairs(lon, lat, radius_km=radius_km, neighbours=neighbours)
    ci, cj, twin, spatial = cand.i, cand.j, cand.twin, cand.spatial_order
    # The one feasibility formula (dknet.analysis.scoring); a synthetic territory has no BA
    # region, county or SF office, so those terms are 0.
    feas = feasibility(cand.border.astype(float), cand.distance_km, scale_km=scale_km)
    del cand
    score = gower_pairs(X, w, ci, cj)
    score *= w_sim
    feas *= w_feas
    score += feas
    score /= w_sim + w_feas
    del feas
    # Only the scores travel into the top-k step (memory: 7 M pairs at 100 000 units); the
    # similarity and distance of the chosen pairs are computed again below by the same
    # elementwise functions, which gives the very same values (the tests check the bits).
    top = topk_per_unit(len(territory), ci, cj, score, twin, k=k, spatial_order=spatial)
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
            "similarity": gower_pairs(X, w, pi, pj),
            "distance_km": haversine_pairs(lon, lat, pi, pj),
        }
    )


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

    X, w, _ = _prepare(territory, weights)
    nb = np.asarray(neighbours)
    a, b = np.minimum(nb[:, 0], nb[:, 1]), np.maximum(nb[:, 0], nb[:, 1])
    sim = gower_pairs(X, w, a, b)
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
