"""The scale path against the fastest expert implementation we wrote, in one process (issue 24, step 8).

    python benchmarks/scale_vs_expert.py                 # 10 000 and 100 000 units, 5 and 3 runs
    python benchmarks/scale_vs_expert.py --n 10000 --runs 7 --profile

Both run on the same ``synthetic_territory(n, seed=2024)`` with its neighbours, k = 10, the
office purpose of profile.toml at a 50 km radius, alternating which goes first, with a garbage
collection before each run. The tables must be bit-identical. Prints min / median / max of each
and of the per-run ratio (dknet / expert), the machine's load average, and with ``--profile``
where dknet's time goes (candidates, scoring, top-k, the table).
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from baselines import expert_topk, identical  # noqa: E402

from dknet.analysis.scale import reference_options, topk_partners  # noqa: E402
from dknet.synthetic import synthetic_neighbours, synthetic_territory  # noqa: E402

RADIUS_KM = 50.0


def stages(terr, nb) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """dknet's topk_partners, stage by stage (the same calls it makes)."""
    import numpy as np

    from dknet.analysis import scale as S
    from dknet.analysis.profiles import load_config

    config = load_config()
    out: dict[str, float] = {}
    t = time.perf_counter()
    X, w, kinds = S._prepare(terr, S.profile_weights(terr, config))
    lon, lat = terr["lon"].to_numpy(float), terr["lat"].to_numpy(float)
    out["prepare"] = time.perf_counter() - t
    t = time.perf_counter()
    cand = S.candidate_pairs(lon, lat, radius_km=RADIUS_KM, neighbours=nb)
    out["candidates"] = time.perf_counter() - t
    t = time.perf_counter()
    score, _ = S._scores(terr, config, "office", X, w, kinds, cand)
    out["scores"] = time.perf_counter() - t
    t = time.perf_counter()
    top = S.topk_per_unit(len(terr), cand.i, cand.j, score, cand.twin, k=10, spatial_order=cand.spatial_order)
    out["top-k"] = time.perf_counter() - t
    out["pairs (millions)"] = len(cand.i) / 1e6
    del np, top
    return out


def mmm(xs: list[float]) -> str:
    """min / median / max."""
    return f"{min(xs):.3f} / {statistics.median(xs):.3f} / {max(xs):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, nargs="*", default=[10000, 100000])
    ap.add_argument("--runs", type=int, nargs="*", default=None, help="runs per n (default 5 at 10k, 3 above)")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    for idx, n in enumerate(args.n):
        runs = args.runs[idx] if args.runs else (5 if n <= 10000 else 3)
        terr = synthetic_territory(n, seed=2024)
        nb = synthetic_neighbours(terr)
        opts = reference_options(terr)

        ours = functools.partial(topk_partners, terr, k=10, neighbours=nb, radius_km=RADIUS_KM)
        expert = functools.partial(expert_topk, terr, k=10, neighbours=nb, radius_km=RADIUS_KM, **opts)
        same = identical(ours(), expert())  # also warms both up
        times: dict[str, list[float]] = {"dknet": [], "expert": []}
        load = os.getloadavg()
        for r in range(runs):
            pair = [("dknet", ours), ("expert", expert)]
            for name, f in pair if r % 2 == 0 else pair[::-1]:
                gc.collect()
                t = time.perf_counter()
                f()
                times[name].append(time.perf_counter() - t)
        ratios = [a / b for a, b in zip(times["dknet"], times["expert"], strict=True)]
        of_medians = statistics.median(times["dknet"]) / statistics.median(times["expert"])
        print(f"n={n} runs={runs} identical={same} load before={load[0]:.2f} after={os.getloadavg()[0]:.2f}")
        print(f"  dknet  s min/median/max: {mmm(times['dknet'])}")
        print(f"  expert s min/median/max: {mmm(times['expert'])}")
        print(f"  ratio (per run)        : {mmm(ratios)}   ratio of medians {of_medians:.3f}")
        if args.profile:
            st = stages(terr, nb)
            print("  dknet stages: " + ", ".join(f"{k} {v:.3f}" for k, v in st.items()))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
