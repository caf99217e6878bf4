"""Two references for :func:`dknet.scale.topk_partners`: an expert's vectorised code and the pairwise loop.

``expert_topk`` is what a data scientist who knows numpy and scipy writes for the task without
dknet, following issue 16: a KD-tree (``scipy.spatial.cKDTree``) for the candidates within the
radius, the border pairs united through a sparse matrix, each undirected pair scored once with
vectorised numpy, a symmetric sparse matrix of scores and a blocked ``np.partition`` top-k. It is
written independently of ``dknet.scale`` (it imports nothing from it) so that agreement between
the two is evidence, not an echo.

``naive_topk`` is the O(n²) Python loop over all pairs that used to live in ``dknet.scale``: the
definition of the score in its plainest form.

All three share the documented ranking rule: score descending, exact ties by partner position
(the territory is sorted by kode), and the same score:

    score = (w_sim · similarity + w_feas · (0.45 · border + 0.25 · exp(−d / scale_km))) / (w_sim + w_feas)
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

EARTH_RADIUS_KM = 6371.0088
WEIGHTS: dict[str, float] = {
    "folketall": 1.0,
    "endring_10aar": 1.0,
    "andel_67pluss": 1.0,
    "andel_80pluss": 0.5,
    "sentralitetsindeks": 1.0,
    "befolkningstetthet": 0.5,
}
COLUMNS = ["kode", "rank", "partner", "score", "similarity", "distance_km"]


def scaled_indicators(territory: pd.DataFrame, weights: Mapping[str, float] | None) -> tuple[np.ndarray, np.ndarray]:
    """Percentile ranks in [0, 1] per indicator (ties: mean rank, NaN kept) and the weight vector."""
    weights = dict(weights or WEIGHTS)
    cols = [c for c, w in weights.items() if w > 0]
    df = territory[cols]
    ranks = df.rank(method="average", na_option="keep")
    n = df.notna().sum()
    scaled = ((ranks - 1) / (n - 1).where(n > 1, 1)).astype(float)
    return scaled.to_numpy(float), np.array([weights[c] for c in cols], dtype=float)


# --- the expert baseline --------------------------------------------------------------------------


def _haversine(lon: np.ndarray, lat: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    phi = np.radians(lat)
    cphi = np.cos(phi)
    h = np.sin((phi[b] - phi[a]) / 2) ** 2 + cphi[a] * cphi[b] * np.sin(np.radians(lon[b] - lon[a]) / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))))


def _gower(X: np.ndarray, w: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    num = np.zeros(len(a))
    if not np.isnan(X).any():
        for c in range(X.shape[1]):
            num += w[c] * (1 - np.abs(X[a, c] - X[b, c]))
        den = 0.0
        for c in range(X.shape[1]):
            den += w[c]
        return num / den
    den_arr = np.zeros(len(a))
    for c in range(X.shape[1]):
        xa, xb = X[a, c], X[b, c]
        ok = ~(np.isnan(xa) | np.isnan(xb))
        num += np.where(ok, w[c] * (1 - np.abs(xa - xb)), 0.0)
        den_arr += np.where(ok, w[c], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den_arr > 0, num / den_arr, 0.0)


def expert_topk(
    territory: pd.DataFrame,
    *,
    k: int = 10,
    radius_km: float = 50.0,
    neighbours: np.ndarray | None = None,
    weights: Mapping[str, float] | None = None,
    w_sim: float = 0.55,
    w_feas: float = 0.35,
    scale_km: float = 50.0,
    block_rows: int = 4096,
) -> pd.DataFrame:
    """Top-``k`` partners per unit: KD-tree + sparse matrices + blocked ``np.partition``."""
    import scipy.sparse as sp
    from scipy.spatial import cKDTree

    territory = territory.sort_index()
    n = len(territory)
    X, w = scaled_indicators(territory, weights)
    lon, lat = territory["lon"].to_numpy(float), territory["lat"].to_numpy(float)

    # 1. Candidates: points on the sphere, chord radius (monotone in the great-circle distance).
    la, lo = np.radians(lat), np.radians(lon)
    xyz = EARTH_RADIUS_KM * np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])
    chord = 2 * EARTH_RADIUS_KM * math.sin(min(radius_km / (2 * EARTH_RADIUS_KM), math.pi / 2))
    near = cKDTree(xyz).query_pairs(chord * (1 + 1e-9) + 1e-9, output_type="ndarray")
    rows, cols = [near[:, 0]], [near[:, 1]]
    flags = [np.ones(len(near), dtype=np.int8)]
    if neighbours is not None and len(neighbours):
        nb = np.asarray(neighbours)
        rows.append(np.minimum(nb[:, 0], nb[:, 1]))
        cols.append(np.maximum(nb[:, 0], nb[:, 1]))
        flags.append(np.full(len(nb), 2, dtype=np.int8))
    # 2. Union through a sparse matrix: duplicates sum, so flag >= 2 means "border".
    union = sp.coo_array(
        (np.concatenate(flags).astype(np.int32), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n)
    ).tocsr()
    union.sum_duplicates()
    union.data[union.data > 3] = 2  # a border pair listed twice is still a border pair
    union = sp.triu(union, k=1, format="coo")
    a, b, border = union.row, union.col, union.data >= 2
    d = _haversine(lon, lat, a, b)
    keep = (d <= radius_km) | border
    a, b, d, border = a[keep], b[keep], d[keep], border[keep]

    # 3. Each undirected pair scored once.
    sim = _gower(X, w, a, b)
    feas = 0.45 * border + 0.25 * np.exp(-d / scale_km)
    score = (w_sim * sim + w_feas * feas) / (w_sim + w_feas)

    # 4. Both directions in one CSR matrix of pair ids; blocked top-k with np.partition.
    pid = np.arange(len(a))
    M = sp.coo_array((np.concatenate([pid, pid]), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(n, n))
    M = M.tocsr()
    indptr, indices, data = M.indptr, M.indices, M.data
    deg = np.diff(indptr)
    out_unit, out_rank, out_pair = [], [], []
    for start in range(0, n, block_rows):
        r = np.arange(start, min(start + block_rows, n))
        width = int(deg[r].max()) if len(r) else 0
        if width == 0:
            continue
        pos = indptr[r][:, None] + np.arange(width)
        valid = np.arange(width) < deg[r][:, None]
        pos = np.where(valid, pos, 0)
        pm = np.where(valid, data[pos], -1)
        S = np.where(valid, score[np.maximum(pm, 0)], -np.inf)
        jm = np.where(valid, indices[pos], n)
        if width > k:
            part = np.argpartition(-S, k - 1, axis=1)
            kth = np.take_along_axis(S, part[:, k - 1 : k], axis=1)
            sel = part[:, :k]
            tied = np.flatnonzero(((kth <= S) & valid).sum(axis=1) > k)
            if tied.size:
                sel[tied] = np.lexsort((jm[tied], -S[tied]), axis=1)[:, :k]
            S, jm, pm = (np.take_along_axis(x, sel, axis=1) for x in (S, jm, pm))
        order = np.lexsort((jm, -S), axis=1)
        pm = np.take_along_axis(pm, order, axis=1)
        ok = pm >= 0
        out_unit.append(np.broadcast_to(r[:, None], pm.shape)[ok])
        out_rank.append(np.broadcast_to(np.arange(1, pm.shape[1] + 1), pm.shape)[ok])
        out_pair.append(pm[ok])
    unit = np.concatenate(out_unit) if out_unit else np.empty(0, dtype=np.int64)
    rank = np.concatenate(out_rank) if out_rank else np.empty(0, dtype=np.int64)
    p = np.concatenate(out_pair) if out_pair else np.empty(0, dtype=np.int64)
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
    radius_km: float = 50.0,
    neighbours: np.ndarray | None = None,
    weights: Mapping[str, float] | None = None,
    w_sim: float = 0.55,
    w_feas: float = 0.35,
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
            sim = num / den if den > 0 else 0.0
            feas = 0.45 * border + 0.25 * math.exp(-d / scale_km)
            scored.append(((w_sim * sim + w_feas * feas) / (w_sim + w_feas), j, sim, d))
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
        np.allclose(a[c].to_numpy(float), b[c].to_numpy(float), rtol=0, atol=tol)
        for c in ("score", "similarity", "distance_km")
    )
