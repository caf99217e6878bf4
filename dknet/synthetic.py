"""A seeded synthetic territory of N municipalities, for benchmarks at European scale.

Not data: a stand-in with realistic *shapes* so the scale path can be measured (Europe has about
100 000 local administrative units). Points are drawn in clusters over a 2 400 × 2 400 km square
around 50° N; population is log-normal and larger near cluster centres; centrality follows
population and density; ageing is higher where population is small and falling; neighbour
relations link each unit to its nearest units (symmetric, like land borders).

>>> t = synthetic_territory(200, seed=1)
>>> len(t), sorted(t.columns)[:4]
(200, ['andel_67pluss', 'andel_80pluss', 'befolkningstetthet', 'endring_10aar'])
>>> t.equals(synthetic_territory(200, seed=1))
True
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: The indicators a synthetic unit carries (a subset of the profile indicators, same names).
SYNTHETIC_INDICATORS = (
    "folketall",
    "endring_10aar",
    "andel_67pluss",
    "andel_80pluss",
    "sentralitetsindeks",
    "befolkningstetthet",
)
KM_PER_DEG_LAT = 111.32


def synthetic_territory(n: int, *, seed: int = 2024, clusters: int | None = None) -> pd.DataFrame:
    """``n`` units with kode, lon, lat and the :data:`SYNTHETIC_INDICATORS` (index: kode, sorted)."""
    if n < 2:
        raise ValueError("a territory needs at least 2 units")
    rng = np.random.default_rng(seed)
    k = clusters or max(4, n // 400)
    centres = rng.uniform([-1200, -1200], [1200, 1200], size=(k, 2))
    spread = rng.uniform(40, 220, size=k)
    which = rng.integers(0, k, size=n)
    xy = centres[which] + rng.normal(size=(n, 2)) * spread[which, None]
    dist_centre = np.hypot(*(xy - centres[which]).T) / spread[which]
    lat = 50.0 + xy[:, 1] / KM_PER_DEG_LAT
    lon = 10.0 + xy[:, 0] / (KM_PER_DEG_LAT * np.cos(np.radians(lat)))
    pop = np.round(np.exp(rng.normal(8.3 - 0.6 * dist_centre, 1.1))).astype(int) + 50
    area = np.exp(rng.normal(5.0 + 0.3 * dist_centre, 0.7))
    density = pop / area
    change = rng.normal(2.0 * np.log10(pop) - 8.0, 5.0)
    share67 = np.clip(rng.normal(0.28 - 0.02 * np.log10(pop) - 0.003 * change, 0.03), 0.05, 0.5)
    share80 = np.clip(share67 * rng.normal(0.33, 0.05, size=n), 0.01, 0.25)
    central = np.clip(np.round(150 * np.log10(pop) + 60 * np.log10(density + 1) + rng.normal(0, 40, n)), 0, 1000)
    codes = [f"S{i:06d}" for i in range(n)]
    df = pd.DataFrame(
        {
            "kode": codes,
            "lon": lon,
            "lat": lat,
            "folketall": pop,
            "endring_10aar": change,
            "andel_67pluss": share67,
            "andel_80pluss": share80,
            "sentralitetsindeks": central,
            "befolkningstetthet": density,
        }
    ).set_index("kode")
    return df.sort_index()


def synthetic_neighbours(territory: pd.DataFrame, *, k: int = 5) -> np.ndarray:
    """Symmetric neighbour pairs (i < j, row positions): each unit to its ``k`` nearest units.

    Uses a uniform grid so that it stays O(n·k) at 100 000 units.
    """
    from dknet.scale import GridIndex, project_km

    x, y = project_km(territory["lon"].to_numpy(), territory["lat"].to_numpy())
    grid = GridIndex(x, y, cell_km=_cell_for(len(x), x, y, k))
    pairs: set[tuple[int, int]] = set()
    for rows, cands in grid.blocks():
        d = np.hypot(x[rows, None] - x[None, cands], y[rows, None] - y[None, cands])
        d[rows[:, None] == cands[None, :]] = np.inf
        take = min(k, d.shape[1] - 1)
        if take <= 0:
            continue
        nearest = np.argpartition(d, take - 1, axis=1)[:, :take]
        for r, nn in zip(rows, cands[nearest], strict=True):
            for j in nn:
                pairs.add((min(int(r), int(j)), max(int(r), int(j))))
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def _cell_for(n: int, x: np.ndarray, y: np.ndarray, k: int) -> float:
    area = max((x.max() - x.min()) * (y.max() - y.min()), 1.0)
    return float(np.sqrt(area / n * max(k, 1) * 4))
