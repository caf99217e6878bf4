"""One pair kernel: every similarity in dknet is :func:`dknet.analysis.profiles.gower_pairs`, and it
agrees with Gower's definition written out as a plain loop (missing values, the three kinds)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dknet.analysis.profiles import gower_pairs, kinds_of, pair_similarity, rank_scale, similarity_matrix
from dknet.analysis.scale import _prepare, topk_partners
from dknet.analysis.scoring import combine, feasibility

KINDS = ["number", "number", "category", "flag"]


def gower_loop(x: list[float], y: list[float], w: list[float], kinds: list[str]) -> float:
    """Gower's coefficient by its definition, one indicator at a time."""
    num = den = 0.0
    for a, b, wt, kind in zip(x, y, w, kinds, strict=True):
        if wt <= 0 or math.isnan(a) or math.isnan(b) or (kind == "flag" and a == 0 and b == 0):
            continue
        d = abs(a - b) if kind == "number" else float(a != b)
        num += wt * (1 - d)
        den += wt
    return num / den if den > 0 else math.nan


def random_scaled(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    raw = pd.DataFrame(
        {
            "folketall": rng.normal(size=n),
            "andel_67pluss": rng.normal(size=n),
            "kostragruppe": rng.integers(1, 4, n).astype(float),
            "oykommune": rng.integers(0, 2, n).astype(float),
        },
        index=[f"k{i:03d}" for i in range(n)],
    )
    raw.iloc[rng.integers(0, n, n // 5), 1] = np.nan
    raw.iloc[rng.integers(0, n, n // 7), 3] = np.nan
    raw.iloc[5, :] = np.nan  # a unit with nothing: similarity unknown (NaN), never 0
    return rank_scale(raw)


@pytest.mark.parametrize("seed", [0, 1])
def test_the_kernel_is_gowers_definition(seed: int) -> None:
    scaled = random_scaled(60, seed)
    X = scaled.to_numpy(float)
    w = np.array([1.0, 0.5, 2.0, 0.75])
    i, j = np.triu_indices(len(X), 1)
    assert kinds_of(list(scaled.columns)) == KINDS
    sim = gower_pairs(X, w, i, j, kinds=KINDS)
    expected = [gower_loop(X[a].tolist(), X[b].tolist(), w.tolist(), KINDS) for a, b in zip(i, j, strict=True)]
    np.testing.assert_allclose(sim, expected, rtol=0, atol=1e-12)
    assert np.isnan(sim[(i == 5) | (j == 5)]).all()
    assert 0 < np.isnan(sim).sum() < len(sim)


def test_matrix_pair_and_scale_path_share_the_kernel_bit_for_bit() -> None:
    scaled = random_scaled(40, 3)
    weights = {"folketall": 1.0, "andel_67pluss": 0.5, "kostragruppe": 2.0, "oykommune": 0.75}
    M = similarity_matrix(scaled, weights).to_numpy()
    X = scaled.to_numpy(float)
    i, j = np.triu_indices(len(X), 1)
    sim = gower_pairs(X, np.array(list(weights.values())), j, i, kinds=KINDS)  # either order
    assert np.array_equal(M[i, j], sim, equal_nan=True) and np.array_equal(M, M.T, equal_nan=True)
    s, _ = pair_similarity(scaled, weights, "k007", "k011")
    assert s == M[7, 11]
    # The scale path ranks the raw territory itself and reaches the same bits.
    rng = np.random.default_rng(3)
    raw = pd.DataFrame(
        {
            "folketall": rng.normal(size=40),
            "andel_67pluss": rng.normal(size=40),
            "lon": rng.uniform(5, 6, 40),
            "lat": rng.uniform(60, 61, 40),
        },
        index=[f"k{i:03d}" for i in range(40)],
    )
    w2 = {"folketall": 1.0, "andel_67pluss": 0.5}
    top = topk_partners(raw, k=5, radius_km=500, weights=w2)
    m2 = similarity_matrix(rank_scale(raw[list(w2)]), w2)
    assert all(m2.loc[a, b] == s for a, b, s in zip(top.kode, top.partner, top.similarity, strict=True))
    x2, wv, kinds = _prepare(raw, w2)
    assert kinds == ["number", "number"] and wv.tolist() == [1.0, 0.5] and x2.shape == (40, 2)


def test_feasibility_and_combination_follow_the_documented_formulas() -> None:
    rng = np.random.default_rng(5)
    nb, d = rng.choice([0.0, 0.5, 0.8, 1.0], 200), rng.uniform(0, 300, 200)
    ba, co, sf = (rng.integers(0, 2, 200).astype(bool) for _ in range(3))
    feas = feasibility(nb, d, same_ba=ba, same_county=co, same_sf=sf, scale_km=50.0)
    plain = 0.45 * nb + 0.25 * np.exp(-d / 50.0) + 0.15 * ba + 0.10 * co + 0.05 * sf
    np.testing.assert_allclose(feas, plain, rtol=0, atol=1e-15)
    sim, ctx = rng.uniform(size=200), rng.uniform(size=200)
    sim[::9] = np.nan
    score = combine(sim, feas, ctx, w_sim=0.45, w_feas=0.45, w_ctx=0.10)
    expected = (0.45 * np.nan_to_num(sim) + 0.45 * feas + 0.10 * ctx) / 1.0
    np.testing.assert_allclose(score, expected, rtol=0, atol=1e-15)
    # A zero weight or a scalar zero part is skipped, and leaves the very same bits.
    assert np.array_equal(combine(sim, feas, 0.0, w_sim=1.0, w_feas=0.0, w_ctx=0.0), np.nan_to_num(sim))
