"""A seeded synthetic territory of N municipalities, for benchmarks at European scale.

Not data: a stand-in with realistic *shapes* so the scale path can be measured (Europe has about
100 000 local administrative units). Points are drawn in clusters over a 2 400 × 2 400 km square
around 50° N; population is log-normal and larger near cluster centres; centrality follows
population and density; ageing is higher where population is small and falling; neighbour
relations link each unit to its nearest units (symmetric, like land borders). Everything is
vectorised: 100 000 units and their neighbours take well under a second.

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
    """Symmetric neighbour pairs (i < j, row positions, sorted): each unit to its ``k`` nearest units.

    Nearest in the local km projection, found with a KD-tree (O(n log n)); a pair chosen from
    both ends appears once.

    >>> t = synthetic_territory(50, seed=2)
    >>> nb = synthetic_neighbours(t, k=3)
    >>> bool((nb[:, 0] < nb[:, 1]).all()), len(nb) >= 50 * 3 // 2
    (True, True)
    """
    from scipy.spatial import cKDTree

    from dknet.analysis.scale import unique_sorted
    from dknet.geo import project_km

    n = len(territory)
    take = min(k, n - 1)
    if take < 1:
        return np.empty((0, 2), dtype=np.int64)
    x, y = project_km(territory["lon"].to_numpy(float), territory["lat"].to_numpy(float))
    _, nearest = cKDTree(np.column_stack([x, y])).query(np.column_stack([x, y]), k=take + 1)
    me = np.arange(n)[:, None]
    # Drop the unit itself (normally the first hit; with coincident points it can be elsewhere).
    other = nearest != me
    first = np.where(other, np.cumsum(other, axis=1), take + 1) <= take
    i = np.broadcast_to(me, nearest.shape)[first]
    j = nearest[first]
    keys = unique_sorted(np.minimum(i, j).astype(np.int64) * n + np.maximum(i, j))
    return np.column_stack([keys // n, keys % n])
