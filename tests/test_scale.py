"""The scale path: the main path's lists on Norway (parity), identical tables to the expert
baseline and the pairwise loop (ties, missing values included), bounded and ranked lists, a
vectorised synthetic territory."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd
import pytest

from dknet.analysis.profiles import gower_pairs, load_config
from dknet.analysis.scale import candidate_pairs, profile_weights, topk_agreement, topk_partners
from dknet.geo import haversine_pairs
from dknet.synthetic import synthetic_neighbours, synthetic_territory

BASELINES = Path(__file__).resolve().parents[1] / "benchmarks" / "baselines.py"


def _baselines() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dknet_bench_baselines", BASELINES)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


bl = _baselines()


def ref(t: pd.DataFrame) -> dict[str, object]:
    """The office purpose of profile.toml, spelled out for the references (which import nothing from dknet)."""
    config = load_config()
    w = config.purposes["office"]
    return {
        "weights": profile_weights(t, config),
        "w_sim": w.w_similarity,
        "w_feas": w.w_feasibility,
        "w_total": w.w_similarity + w.w_feasibility + w.w_context,
        "scale_km": config.distance_scale_km,
    }


@pytest.fixture(scope="module")
def territory() -> tuple[pd.DataFrame, np.ndarray]:
    t = synthetic_territory(600, seed=11)
    return t, synthetic_neighbours(t)


def tied_territory() -> tuple[pd.DataFrame, np.ndarray]:
    """Exact ties on purpose: duplicated units (same place, same values), NaNs, a lonely unit."""
    t = synthetic_territory(120, seed=4)
    t = t.copy()
    # Units 10..19 are copies of unit 5: every one of them ties with the others exactly.
    for c in t.columns:
        t.iloc[10:20, t.columns.get_loc(c)] = t.iloc[5, t.columns.get_loc(c)]
    # Some indicators missing, in one column everywhere but two units, in others scattered.
    t.iloc[::3, t.columns.get_loc("andel_80pluss")] = np.nan
    t.iloc[2:, t.columns.get_loc("befolkningstetthet")] = np.nan
    t.iloc[[7, 8], t.columns.get_loc("folketall")] = np.nan
    t.iloc[40, :] = t.iloc[40].where(t.columns.isin(["lon", "lat"]), np.nan)  # no indicator at all
    t.iloc[50, t.columns.get_loc("lon")] += 30  # far from everyone, reachable only by a border
    nb = synthetic_neighbours(t, k=3)
    nb = np.vstack([nb, [[50, 51]], [[51, 50]], [[3, 3]]])  # listed twice and a self-pair
    return t, nb


def test_identical_to_the_expert_baseline(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    ours = topk_partners(t, k=10, neighbours=nb)
    assert bl.identical(ours, bl.expert_topk(t, k=10, neighbours=nb, **ref(t)))
    assert ours.equals(bl.expert_topk(t, k=10, neighbours=nb, **ref(t)))


def test_same_lists_as_the_pairwise_loop(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    ours = topk_partners(t, k=10, neighbours=nb)
    slow = bl.naive_topk(t, k=10, neighbours=nb, **ref(t))
    assert topk_agreement(ours, slow) == 1.0
    assert bl.close(ours, slow)


@pytest.mark.parametrize("k", [1, 3, 10])
def test_exact_ties_and_missing_values_follow_the_documented_rule(k: int) -> None:
    t, nb = tied_territory()
    ours = topk_partners(t, k=k, neighbours=nb, radius_km=80)
    assert bl.identical(ours, bl.expert_topk(t, k=k, neighbours=nb, radius_km=80, **ref(t)))
    slow = bl.naive_topk(t, k=k, neighbours=nb, radius_km=80, **ref(t))
    assert bl.close(ours, slow)
    # The tie rule itself: among exactly equal scores the partner with the smaller kode comes first.
    for _, grp in ours.groupby("kode"):
        s, p = grp.score.to_numpy(), grp.partner.to_numpy()
        assert all(s[i] > s[i + 1] or (s[i] == s[i + 1] and p[i] < p[i + 1]) for i in range(len(s) - 1))
    twins = ours[ours.kode == t.index[10]]
    assert (twins.score.iloc[0] == twins.score).sum() >= min(k, 2)  # the copies do tie
    # Unit 50 is 30° of longitude away from everyone: only its border neighbours can be partners.
    mine = {int(v) for u, v in nb.tolist() if u == 50} | {int(u) for u, v in nb.tolist() if v == 50}
    partners = ours[ours.kode == t.index[50]].partner
    assert len(partners) == min(k, len(mine - {50})) and set(partners) <= {t.index[x] for x in mine}


def test_border_pairs_within_the_radius_count_once_and_as_border() -> None:
    t = synthetic_territory(80, seed=9)
    nb = synthetic_neighbours(t, k=2)
    ours = topk_partners(t, k=30, neighbours=nb, radius_km=400)
    assert not ours.duplicated(["kode", "partner"]).any()
    assert bl.identical(ours, bl.expert_topk(t, k=30, neighbours=nb, radius_km=400, **ref(t)))


def test_unsorted_territory_gives_the_same_table(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    rng = np.random.default_rng(3)
    perm = rng.permutation(len(t))
    shuffled = t.iloc[perm]
    where = np.argsort(perm)  # old position -> new position
    ours = topk_partners(shuffled, k=5, neighbours=where[nb])
    assert ours.equals(topk_partners(t, k=5, neighbours=nb))


def test_lists_are_bounded_ranked_and_exclude_self(territory) -> None:  # type: ignore[no-untyped-def]
    t, nb = territory
    fast = topk_partners(t, k=5, neighbours=nb, radius_km=30)
    assert fast.groupby("kode").size().max() <= 5
    assert (fast.kode != fast.partner).all()
    border = {(t.index[a], t.index[b]) for a, b in nb} | {(t.index[b], t.index[a]) for a, b in nb}
    across = np.array([pair in border for pair in zip(fast.kode, fast.partner, strict=True)])
    assert ((fast.distance_km.to_numpy() <= 30) | across).all()
    for _, grp in fast.groupby("kode"):
        assert grp.score.is_monotonic_decreasing
        assert grp["rank"].tolist() == list(range(1, len(grp) + 1))


def test_building_blocks_agree_with_their_definitions() -> None:
    rng = np.random.default_rng(0)
    lon, lat = rng.uniform(4, 30, 50), rng.uniform(58, 71, 50)
    i, j = np.triu_indices(50, 1)
    d = haversine_pairs(lon, lat, i, j)
    assert np.allclose(d, haversine_pairs(lon, lat, j, i))  # symmetric
    c = candidate_pairs(lon, lat, radius_km=200.0)
    assert set(zip(c.i.tolist(), c.j.tolist(), strict=True)) == {
        (a, b) for a, b, x in zip(i.tolist(), j.tolist(), d.tolist(), strict=True) if x <= 200.0
    }
    X = rng.uniform(size=(50, 3))
    X[3, 1] = np.nan
    sim = gower_pairs(X, np.array([1.0, 2.0, 0.5]), i, j)
    assert ((sim >= 0) & (sim <= 1)).all()


def test_invalid_input_is_refused() -> None:
    t = synthetic_territory(20, seed=1)
    with pytest.raises(ValueError, match="k must"):
        topk_partners(t, k=0)
    with pytest.raises(ValueError, match="lacks lon/lat"):
        topk_partners(t.drop(columns="lat"))
    broken = t.copy()
    broken.iloc[3, broken.columns.get_loc("lat")] = np.nan
    with pytest.raises(ValueError, match="no lon/lat"):
        topk_partners(broken)


def test_synthetic_territory_is_seeded_and_neighbours_are_symmetric_pairs() -> None:
    a, b = synthetic_territory(300, seed=5), synthetic_territory(300, seed=5)
    assert a.equals(b) and not a.equals(synthetic_territory(300, seed=6))
    nb = synthetic_neighbours(a)
    assert np.array_equal(nb, synthetic_neighbours(b))
    assert (nb[:, 0] < nb[:, 1]).all() and len({tuple(p) for p in nb.tolist()}) == len(nb)
    # Each unit reaches its 5 nearest (here checked against a brute-force distance matrix).
    from dknet.geo import project_km

    x, y = project_km(a.lon.to_numpy(), a.lat.to_numpy())
    dist = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    np.fill_diagonal(dist, np.inf)
    nearest = np.argsort(dist, axis=1)[:, :5]
    pairs = {tuple(p) for p in nb.tolist()}
    assert all((min(u, v), max(u, v)) in pairs for u in range(len(a)) for v in nearest[u].tolist())


@pytest.fixture(scope="module")
def norway() -> Any:
    """The real default data (357 municipalities), not the demo set."""
    from dknet.cache import build

    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("DKNET_DEMO", raising=False)
        G = build()
    assert not G.graph["demo"]
    return G


@pytest.mark.parametrize("purpose", ["office", "network"])
def test_parity_with_the_main_path_on_norway(norway, purpose: str) -> None:  # type: ignore[no-untyped-def]
    """The scale path on the 357 municipalities gives the main path's top-10: same ids, order, scores."""
    from dknet.analysis.scale import norway_territory
    from dknet.analysis.scoring import pair_table

    config = load_config()
    table = pair_table(norway, config=config)
    territory, links = norway_territory(norway, config=config, purpose=purpose)  # type: ignore[arg-type]
    top = topk_partners(territory, k=10, purpose=purpose, config=config, links=links)  # type: ignore[arg-type]
    assert len(table.codes) == 357
    w = config.purposes[purpose]
    for i, code in enumerate(table.codes):
        score = table.score(purpose, config, row=i)  # type: ignore[arg-type]
        ranked = table.order(purpose, i, score, table.candidates(purpose, max_km=w.max_km, row=i))[:10]  # type: ignore[arg-type]
        mine = top[top.kode == code]
        assert mine.partner.tolist() == [table.codes[j] for j in ranked], code
        np.testing.assert_allclose(mine.score.to_numpy(), score[ranked], rtol=0, atol=1e-9)
        np.testing.assert_allclose(mine.similarity.to_numpy(), table.similarity[i, ranked], rtol=0, atol=1e-9)
    # Not a vacuous check: the office lists put open-sea candidates last, which the score alone would not.
    if purpose == "office":
        assert top.groupby("kode").score.apply(lambda s: not s.is_monotonic_decreasing).any()
