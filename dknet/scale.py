"""The scale path: top-k partners for every unit of a large territory without an O(n²) Python loop.

For 100 000 units a pairwise loop is 5·10⁹ pairs. Here candidates come from a uniform grid
(cells at least ``radius_km`` wide, so every unit within the radius lies in the 3 × 3 cells
around), and each cell's units are scored against their candidates in one vectorised block:

    score = (w_sim · similarity + w_feas · feasibility) / (w_sim + w_feas)
    feasibility = 0.45 · border + 0.25 · exp(−d / scale_km)

with the same rank-scaled Gower similarity as :mod:`dknet.analysis.profiles` and great-circle
distance d. Unlike :func:`dknet.analysis.partners.suggest_partners`, the scale path leaves out BA
region, county, SF office and network context (a synthetic or foreign territory has none of
them); within those terms it is exact, and :func:`naive_topk` — the pairwise loop — gives the
same lists (the benchmark checks it).

>>> from dknet.synthetic import synthetic_territory, synthetic_neighbours
>>> t = synthetic_territory(300, seed=3)
>>> fast = topk_partners(t, k=5, neighbours=synthetic_neighbours(t))
>>> slow = naive_topk(t, k=5, neighbours=synthetic_neighbours(t))
>>> fast.groupby("kode")["partner"].apply(list).equals(slow.groupby("kode")["partner"].apply(list))
True
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping

import numpy as np
import pandas as pd

from dknet.analysis.profiles import rank_scale
from dknet.geo import haversine_km, haversine_km_array
from dknet.geo import project_km as project_km  # re-exported: dknet.synthetic imports it from here

DEFAULT_WEIGHTS: dict[str, float] = {
    "folketall": 1.0,
    "endring_10aar": 1.0,
    "andel_67pluss": 1.0,
    "andel_80pluss": 0.5,
    "sentralitetsindeks": 1.0,
    "befolkningstetthet": 0.5,
}


class GridIndex:
    """Points bucketed in square cells; :meth:`blocks` yields (points of a cell, candidates around it)."""

    def __init__(self, x: np.ndarray, y: np.ndarray, *, cell_km: float) -> None:
        self.cell = float(cell_km)
        cx = np.floor((x - x.min()) / self.cell).astype(np.int64)
        cy = np.floor((y - y.min()) / self.cell).astype(np.int64)
        self.keys = cx * 1_000_003 + cy
        order = np.argsort(self.keys, kind="stable")
        keys_sorted = self.keys[order]
        bounds = np.flatnonzero(np.diff(keys_sorted)) + 1
        starts = np.concatenate([[0], bounds])
        ends = np.concatenate([bounds, [len(order)]])
        self.cells: dict[int, np.ndarray] = {int(keys_sorted[s]): order[s:e] for s, e in zip(starts, ends, strict=True)}

    def blocks(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """For each non-empty cell, in a fixed order: its points and the points of the 3 × 3 cells."""
        for key in sorted(self.cells):
            cx, cy = divmod(key, 1_000_003)
            around = [
                self.cells[k]
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                if (k := (cx + dx) * 1_000_003 + (cy + dy)) in self.cells
            ]
            yield self.cells[key], np.sort(np.concatenate(around))


def _prepare(territory: pd.DataFrame, weights: Mapping[str, float] | None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    weights = dict(weights or DEFAULT_WEIGHTS)
    cols = [c for c, w in weights.items() if w > 0]
    scaled = rank_scale(territory[cols]).to_numpy(float)
    return scaled, np.array([weights[c] for c in cols], dtype=float), cols


def _border_set(neighbours: np.ndarray | None) -> set[tuple[int, int]]:
    if neighbours is None:
        return set()
    return {(int(a), int(b)) for a, b in neighbours} | {(int(b), int(a)) for a, b in neighbours}


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

    Returns one row per (unit, rank): kode, rank, partner, score, similarity, distance_km.
    Ties are broken by the partner's position, so the result is deterministic.
    """
    X, w, _ = _prepare(territory, weights)
    codes = territory.index.to_numpy()
    lon, lat = territory["lon"].to_numpy(float), territory["lat"].to_numpy(float)
    x, y = project_km(lon, lat)
    border_idx: dict[int, set[int]] = {}
    for a, b in _border_set(neighbours):
        border_idx.setdefault(a, set()).add(b)
    grid = GridIndex(x, y, cell_km=radius_km * 1.25)
    out_unit: list[str] = []
    out_rank: list[int] = []
    out_partner: list[str] = []
    out_score: list[float] = []
    out_sim: list[float] = []
    out_dist: list[float] = []
    wsum = w_sim + w_feas
    for rows, cands in grid.blocks():
        extra = sorted({j for r in rows for j in border_idx.get(int(r), ())} - set(cands.tolist()))
        if extra:
            cands = np.concatenate([cands, np.array(extra, dtype=cands.dtype)])
        d = haversine_km_array(lon[rows, None], lat[rows, None], lon[None, cands], lat[None, cands])
        border = np.zeros(d.shape, dtype=bool)
        col_of = {int(c): i for i, c in enumerate(cands)}
        for i, r in enumerate(rows):
            for j in border_idx.get(int(r), ()):
                border[i, col_of[j]] = True
        ok = ((d <= radius_km) | border) & (rows[:, None] != cands[None, :])
        diff = np.abs(X[rows][:, None, :] - X[cands][None, :, :])
        present = ~np.isnan(diff)
        num = np.where(present, (1 - diff) * w, 0.0).sum(axis=2)
        den = np.where(present, w, 0.0).sum(axis=2)
        with np.errstate(invalid="ignore", divide="ignore"):
            sim = np.where(den > 0, num / den, 0.0)
        feas = 0.45 * border + 0.25 * np.exp(-d / scale_km)
        score = np.where(ok, (w_sim * sim + w_feas * feas) / wsum, -np.inf)
        for i, r in enumerate(rows):
            valid = np.flatnonzero(ok[i])
            if valid.size == 0:
                continue
            # Sort by score (desc), then partner position (asc): deterministic ties.
            order = valid[np.lexsort((cands[valid], -score[i, valid]))][:k]
            n = len(order)
            out_unit.extend([codes[r]] * n)
            out_rank.extend(range(1, n + 1))
            out_partner.extend(codes[cands[order]])
            out_score.extend(score[i, order])
            out_sim.extend(sim[i, order])
            out_dist.extend(d[i, order])
    df = pd.DataFrame(
        {
            "kode": out_unit,
            "rank": out_rank,
            "partner": out_partner,
            "score": out_score,
            "similarity": out_sim,
            "distance_km": out_dist,
        }
    )
    return df.sort_values(["kode", "rank"], kind="stable").reset_index(drop=True)


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
    """The baseline: the same score, computed by a Python loop over all pairs (O(n²))."""
    X, w, _ = _prepare(territory, weights)
    rows = X.tolist()
    wl = w.tolist()
    codes = territory.index.tolist()
    lon, lat = territory["lon"].tolist(), territory["lat"].tolist()
    borders = _border_set(neighbours)
    out = []
    n = len(codes)
    for i in range(n):
        scored = []
        for j in range(n):
            if i == j:
                continue
            d = haversine_km(lon[i], lat[i], lon[j], lat[j])
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
    return pd.DataFrame(out, columns=["kode", "rank", "partner", "score", "similarity", "distance_km"])


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
) -> pd.Series:
    """Community of every unit (Series indexed by kode), by the same method as ``dknet communities``.

    The feasibility graph is the neighbour graph, weighted by similarity squared.
    """
    import networkx as nx

    from dknet.analysis.communities import partition

    X, w, _ = _prepare(territory, weights)
    a, b = neighbours[:, 0], neighbours[:, 1]
    diff = np.abs(X[a] - X[b])
    present = ~np.isnan(diff)
    sim = np.where(present, (1 - diff) * w, 0).sum(axis=1) / np.maximum(np.where(present, w, 0).sum(axis=1), 1e-12)
    codes = territory.index.to_numpy()
    H: nx.Graph[str] = nx.Graph()
    H.add_nodes_from(codes.tolist())
    H.add_weighted_edges_from(zip(codes[a].tolist(), codes[b].tolist(), np.maximum(sim, 1e-6) ** 2, strict=True))
    parts = partition(H, resolution=resolution, seed=seed, min_size=min_size, max_size=max_size)
    label = {c: i + 1 for i, p in enumerate(parts) for c in p}
    return pd.Series([label[c] for c in codes], index=territory.index, name="community")
