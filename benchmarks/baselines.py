"""Two references for :func:`dknet.analysis.scale.topk_partners`: the fastest expert code we wrote, and the loop.

``expert_topk`` is what a data scientist who knows numpy and scipy writes for the task without
dknet, as fast as we could make it (issue 24, step 8): a KD-tree (``scipy.spatial.cKDTree``)
on points on the sphere for the candidates within the radius, the border pairs appended as
separate entries, each undirected pair scored once in vectorised chunks that stay in the CPU
cache, one symmetric CSR matrix of pair ids whose rows are laid out by degree, and a top-k by
``np.argpartition`` on the (units × degree) block of each degree bucket, with no padding. It is
written independently of dknet (it imports nothing from it) so that agreement between the two
is evidence, not an echo; the formulas are evaluated in the same order, so the tables are
bit-identical.

``naive_topk`` is the O(n²) Python loop over all pairs: the definition of the score in its
plainest form.

All three share the documented ranking rule: score descending, exact ties by partner position
(the territory is sorted by kode), and the same score (the office purpose of profile.toml on a
territory without context, BA regions, counties or SF offices):

    score = (w_sim · similarity + w_feas · (0.25 · exp(−d / scale_km) + 0.45 · border)) / w_total

with ``w_total`` = w_sim + w_feas + w_ctx; a pair that shares no indicator has similarity NaN
(unknown), counted as 0 in the score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

EARTH_RADIUS_KM = 6371.0088
COLUMNS = ["kode", "rank", "partner", "score", "similarity", "distance_km"]


def scaled_indicators(territory: pd.DataFrame, weights: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """Percentile ranks in [0, 1] per indicator (ties: mean rank, NaN kept) and the weight vector."""
    cols = [c for c, w in weights.items() if w > 0]
    df = territory[cols]
    ranks = df.rank(method="average", na_option="keep")
    n = df.notna().sum()
    scaled = ((ranks - 1) / (n - 1).where(n > 1, 1)).astype(float)
    return scaled.to_numpy(float), np.array([weights[c] for c in cols], dtype=float)


# --- the expert baseline --------------------------------------------------------------------------

_CHUNK = 1 << 15  # pairs per scoring chunk: a chunk's gathered columns stay in L2


def _haversine(lon: np.ndarray, lat: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    phi = np.radians(lat)
    cphi = np.cos(phi)
    h = np.sin((phi[b] - phi[a]) / 2) ** 2 + cphi[a] * cphi[b] * np.sin(np.radians(lon[b] - lon[a]) / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))))


def _score_chunks(
    cols: list[np.ndarray],
    w: np.ndarray,
    a: np.ndarray,
    b: np.ndarray,
    d: np.ndarray,
    border: np.ndarray | None,
    *,
    w_sim: float,
    w_feas: float,
    w_total: float,
    scale_km: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Similarity and score of every pair, in cache-sized chunks; one pass over the pairs."""
    m = len(a)
    sim = np.empty(m)
    score = np.empty(m)
    nan_cols = [bool(np.isnan(c).any()) for c in cols]
    wsum = 0.0
    for wc in w:
        wsum += wc
    for s in range(0, m, _CHUNK):
        e = min(s + _CHUNK, m)
        ca, cb = a[s:e], b[s:e]
        num = np.zeros(e - s)
        den: np.ndarray | float = 0.0
        for c, col in enumerate(cols):
            xa, xb = col[ca], col[cb]
            if nan_cols[c]:
                ok = ~(np.isnan(xa) | np.isnan(xb))
                t = w[c] * (1 - np.abs(xa - xb))
                num += np.where(ok, t, 0.0)
                den = den + np.where(ok, w[c], 0.0)
            else:
                xa -= xb
                np.abs(xa, out=xa)
                np.subtract(1, xa, out=xa)
                xa *= w[c]
                num += xa
                den = den + w[c]
        if isinstance(den, float):
            num /= wsum
            sc = num * w_sim
        else:
            with np.errstate(invalid="ignore", divide="ignore"):
                num = np.where(den > 0, num / den, np.nan)
            sc = np.where(np.isnan(num), 0.0, num * w_sim)
        sim[s:e] = num
        f = np.exp(-d[s:e] / scale_km)
        f *= 0.25
        if border is not None:
            f += 0.45 * border[s:e]
        f *= w_feas
        sc += f
        sc /= w_total
        score[s:e] = sc
    return sim, score


def expert_topk(
    territory: pd.DataFrame,
    *,
    k: int = 10,
    radius_km: float = 75.0,
    neighbours: np.ndarray | None = None,
    weights: Mapping[str, float],
    w_sim: float = 0.45,
    w_feas: float = 0.45,
    w_total: float = 1.0,
    scale_km: float = 50.0,
) -> pd.DataFrame:
    """Top-``k`` partners per unit: KD-tree, chunked scoring, degree-bucketed CSR, ``np.argpartition``."""
    import scipy.sparse as sp
    from scipy.spatial import cKDTree

    territory = territory.sort_index()
    n = len(territory)
    X, w = scaled_indicators(territory, weights)
    cols = [np.ascontiguousarray(X[:, c]) for c in range(X.shape[1])]
    lon, lat = territory["lon"].to_numpy(float), territory["lat"].to_numpy(float)

    # 1. Candidates: chord radius on the sphere, then the great-circle distance decides.
    la, lo = np.radians(lat), np.radians(lon)
    xyz = EARTH_RADIUS_KM * np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])
    chord = 2 * EARTH_RADIUS_KM * math.sin(min(radius_km / (2 * EARTH_RADIUS_KM), math.pi / 2))
    tree = cKDTree(xyz)
    near = tree.query_pairs(chord * (1 + 1e-9) + 1e-9, output_type="ndarray")
    a, b = near[:, 0].astype(np.int32), near[:, 1].astype(np.int32)
    del near
    d = _haversine(lon, lat, a, b)
    keep = d <= radius_km
    a, b, d = a[keep], b[keep], d[keep]
    m_plain = len(a)
    # Border pairs: distinct, i < j, appended as their own entries (a border pair within the
    # radius is then there twice; its border entry scores higher and the copy is dropped below).
    twin_of_row = np.zeros(n, dtype=np.int64)
    if neighbours is not None and len(neighbours):
        nb = np.asarray(neighbours, dtype=np.int64)
        key = np.sort(np.minimum(nb[:, 0], nb[:, 1]) * n + np.maximum(nb[:, 0], nb[:, 1]))
        key = key[np.concatenate([[True], key[1:] != key[:-1]])]
        ba, bb = (key // n).astype(np.int32), (key % n).astype(np.int32)
        ok = ba != bb
        ba, bb = ba[ok], bb[ok]
        bd = _haversine(lon, lat, ba, bb)
        tw = bd <= radius_km
        twin_of_row = np.bincount(ba[tw], minlength=n) + np.bincount(bb[tw], minlength=n)
        a, b, d = np.concatenate([a, ba]), np.concatenate([b, bb]), np.concatenate([d, bd])
    border = None if len(a) == m_plain else np.arange(len(a)) >= m_plain

    # 2. Each undirected pair scored once.
    sim, score = _score_chunks(cols, w, a, b, d, border, w_sim=w_sim, w_feas=w_feas, w_total=w_total, scale_km=scale_km)

    # 3. Symmetric CSR of pair ids with rows laid out by degree: a degree bucket is one block.
    deg = np.bincount(a, minlength=n) + np.bincount(b, minlength=n)
    by_deg = np.argsort(deg, kind="stable")
    row_of = np.empty(n, dtype=np.int32)
    row_of[by_deg] = np.arange(n, dtype=np.int32)
    pid = np.arange(len(a), dtype=np.int32)
    coo = sp.coo_array(
        (np.concatenate([pid, pid]), (np.concatenate([row_of[a], row_of[b]]), np.concatenate([b, a]))),
        shape=(n, n),
    )
    coo.has_canonical_format = True  # keep duplicates apart and skip the per-row sort: C++ counting sort
    M = coo.tocsr()
    indptr, indices, data = M.indptr, M.indices, M.data
    sdeg = deg[by_deg]
    out_unit, out_rank, out_pair = [], [], []
    lo_ = int(np.searchsorted(sdeg, 1))
    while lo_ < n:
        # Rows of similar degree (within a quarter) padded to the block's largest: few numpy calls.
        d0 = int(sdeg[lo_])
        hi_ = int(np.searchsorted(sdeg, max(d0 + 4, d0 + d0 // 4), side="right"))
        hi_ = min(hi_, lo_ + max(1, (1 << 20) // int(sdeg[hi_ - 1])))
        dg = int(sdeg[hi_ - 1])
        units = by_deg[lo_:hi_]
        ar = np.arange(dg)
        valid = ar < sdeg[lo_:hi_, None]
        pos = np.where(valid, indptr[lo_:hi_, None] + ar, 0)
        pm = data[pos]
        jm = np.where(valid, indices[pos], n)
        S = np.where(valid, score[pm], -np.inf)
        extra = int(twin_of_row[units].max())
        kk = k + extra
        if dg > kk:
            part = np.argpartition(-S, kk - 1, axis=1)[:, :kk]
            kth = np.take_along_axis(S, part[:, kk - 1 : kk], axis=1)  # the kk-th best score
            tied = np.flatnonzero((kth <= S).sum(axis=1) > kk)
            if tied.size:
                part[tied] = np.lexsort((jm[tied], -S[tied]), axis=1)[:, :kk]
            S, jm, pm = (np.take_along_axis(x, part, axis=1) for x in (S, jm, pm))
        o = np.lexsort((jm, -S), axis=1)
        S, jm, pm = (np.take_along_axis(x, o, axis=1) for x in (S, jm, pm))
        ok = np.isfinite(S)
        if extra:  # a pair listed twice: its later (plain) entry goes
            by_j = np.argsort(jm, axis=1, kind="stable")
            js = np.take_along_axis(jm, by_j, axis=1)
            again = np.zeros(js.shape, dtype=bool)
            again[:, 1:] = js[:, 1:] == js[:, :-1]
            np.put_along_axis(ok, by_j, np.take_along_axis(ok, by_j, axis=1) & ~again, axis=1)
            o = np.argsort(~ok, axis=1, kind="stable")
            pm, ok = np.take_along_axis(pm, o, axis=1), np.take_along_axis(ok, o, axis=1)
        width = min(k, pm.shape[1])
        pm, ok = pm[:, :width], ok[:, :width]
        out_unit.append(np.broadcast_to(units[:, None], pm.shape)[ok])
        out_rank.append(np.broadcast_to(np.arange(1, width + 1), pm.shape)[ok])
        out_pair.append(pm[ok])
        lo_ = hi_
    unit = np.concatenate(out_unit) if out_unit else np.empty(0, dtype=np.int64)
    rank = np.concatenate(out_rank) if out_rank else np.empty(0, dtype=np.int64)
    p = np.concatenate(out_pair) if out_pair else np.empty(0, dtype=np.int64)
    o = np.lexsort((rank, unit))
    unit, rank, p = unit[o], rank[o], p[o]
    partner = np.where(a[p] == unit, b[p], a[p])
    codes = territory.index.to_numpy()
    return pd.DataFrame(
        {
            "kode": codes[unit],
            "rank": rank.astype(np.int64),
            "partner": codes[partner],
            "score": score[p],
            "similarity": sim[p],
            "distance_km": d[p],
        }
    )


# --- the pairwise loop ----------------------------------------------------------------------------


def naive_topk(
    territory: pd.DataFrame,
    *,
    k: int = 10,
    radius_km: float = 75.0,
    neighbours: np.ndarray | None = None,
    weights: Mapping[str, float],
    w_sim: float = 0.45,
    w_feas: float = 0.45,
    w_total: float = 1.0,
    scale_km: float = 50.0,
) -> pd.DataFrame:
    """The same score, computed by a Python loop over all pairs (O(n²)); units in territory order."""
    X, w = scaled_indicators(territory, weights)
    rows = X.tolist()
    wl = w.tolist()
    codes = territory.index.tolist()
    lon, lat = territory["lon"].tolist(), territory["lat"].tolist()
    borders: set[tuple[int, int]] = set()
    if neighbours is not None:
        borders = {(int(a), int(b)) for a, b in neighbours} | {(int(b), int(a)) for a, b in neighbours}
    out = []
    n = len(codes)
    for i in range(n):
        scored = []
        for j in range(n):
            if i == j:
                continue
            p1, p2 = math.radians(lat[i]), math.radians(lat[j])
            h = (
                math.sin((p2 - p1) / 2) ** 2
                + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon[j] - lon[i]) / 2) ** 2
            )
            d = 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(max(h, 0.0), 1.0)))
            border = (i, j) in borders
            if d > radius_km and not border:
                continue
            num = den = 0.0
            for a, b, wt in zip(rows[i], rows[j], wl, strict=True):
                if a == a and b == b:  # not NaN
                    num += wt * (1 - abs(a - b))
                    den += wt
            sim = num / den if den > 0 else math.nan
            feas = 0.45 * border + 0.25 * math.exp(-d / scale_km)
            scored.append(((w_sim * (0.0 if den == 0 else sim) + w_feas * feas) / w_total, j, sim, d))
        scored.sort(key=lambda t: (-t[0], t[1]))
        for rank, (score, j, sim, d) in enumerate(scored[:k], start=1):
            out.append((codes[i], rank, codes[j], score, sim, d))
    frame = pd.DataFrame(out, columns=COLUMNS)
    return frame.astype({"rank": np.int64})


# --- comparing tables -----------------------------------------------------------------------------


def same_lists(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Same (kode, rank, partner) rows in the same order."""
    cols = ["kode", "rank", "partner"]
    return len(a) == len(b) and all((a[c].astype(str).to_numpy() == b[c].astype(str).to_numpy()).all() for c in cols)


def identical(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Bit-identical tables: same lists and the very same float64 values (scores, similarity, distance)."""
    return same_lists(a, b) and all(
        np.array_equal(a[c].to_numpy(float), b[c].to_numpy(float), equal_nan=True)
        for c in ("score", "similarity", "distance_km")
    )


def close(a: pd.DataFrame, b: pd.DataFrame, *, tol: float = 1e-9) -> bool:
    """Same lists and floats within ``tol`` (the loop's ``math`` and numpy may differ in the last bit)."""
    return same_lists(a, b) and all(
        np.allclose(a[c].to_numpy(float), b[c].to_numpy(float), rtol=0, atol=tol, equal_nan=True)
        for c in ("score", "similarity", "distance_km")
    )
