"""dknet's benchmark harness: median wall time and peak memory of the things users wait for.

    python benchmarks/run.py                 # everything (about 5–10 minutes on 2 cores)
    python benchmarks/run.py --quick         # skip the 10k naive baseline and the 100k runs
    python benchmarks/run.py --only scale    # one group: cli, build, analyses, map, neo4j, scale

Each measurement runs in a fresh child process (so interpreter start-up and imports count where
a user would pay them), ``--repeat`` times; we report the median wall time and the largest peak
resident memory (the child's own ``ru_maxrss`` from ``os.wait4``). Results print as a Markdown
table and are saved to ``benchmarks/results.json``. Figures belong in docs/benchmarks.md only as
measured by this script. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
DKNET = [PY, "-m", "dknet"]


def measure_cmd(cmd: list[str], *, repeat: int, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd`` ``repeat`` times in a child: median wall seconds, and peak RSS (MiB) from GNU time.

    Peak memory needs GNU time (Debian package ``time``, ``/usr/bin/time``); without it it is None.
    """
    gnu_time = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    walls, peaks = [], []
    tail: list[str] = []
    for _ in range(repeat):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            full = [gnu_time, "-f", "%M", "-o", tf.name, *cmd] if gnu_time else cmd
            t0 = time.perf_counter()
            proc = subprocess.run(full, capture_output=True, env=env, cwd=ROOT)
            walls.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{proc.stderr.decode()[-2000:]}")
            if gnu_time:
                peaks.append(int(Path(tf.name).read_text().strip().splitlines()[-1]) / 1024)
            tail = proc.stdout.decode().strip().splitlines()[-3:]
    return {
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "runs": repeat,
        "peak_mib": max(peaks) if peaks else None,
        "stdout_tail": tail,
    }


def py(code: str) -> list[str]:
    """A child Python running ``code``."""
    return [PY, "-c", code]


def group_cli(results: dict[str, Any], repeat: int) -> None:
    cache = tempfile.mkdtemp(prefix="dknet-bench-cache-")
    env = {**os.environ, "DKNET_CACHE_DIR": cache}
    subprocess.run([*DKNET, "info"], env=env, capture_output=True, check=True)  # warm the cache
    results["cli: dknet partners holtålen --explain (warm cache)"] = measure_cmd(
        [*DKNET, "partners", "holtålen", "--explain"], repeat=repeat, env=env
    )
    results["cli: dknet show holtålen (warm cache)"] = measure_cmd([*DKNET, "show", "holtålen"], repeat=repeat, env=env)
    results["cli: dknet partners holtålen --explain (no cache)"] = measure_cmd(
        [*DKNET, "partners", "holtålen", "--explain", "--no-cache"], repeat=repeat, env=env
    )
    results["cli: python -c 'import dknet.cli' (start-up and imports)"] = measure_cmd(
        py("import dknet.cli"), repeat=repeat, env=env
    )
    shutil.rmtree(cache, ignore_errors=True)


def group_build(results: dict[str, Any], repeat: int) -> None:
    results["build: load and validate all files, build the graph"] = measure_cmd(
        py("from dknet.cache import build; G = build(); print(G.number_of_nodes(), G.number_of_edges())"), repeat=repeat
    )


ANALYSES = """
import time
from dknet.cache import load_graph
from dknet.analysis.partners import suggest_partners
from dknet.analysis.communities import detect_communities
from dknet.analysis.plan_offices import propose_plan_offices
from dknet.analysis import gaps
G = load_graph()
codes = sorted(d["key"] for _, d in G.nodes(data=True) if d["label"] == "Municipality")
t = time.perf_counter(); [suggest_partners(G, c, top=10) for c in codes]; a = time.perf_counter() - t
t = time.perf_counter(); detect_communities(G); b = time.perf_counter() - t
t = time.perf_counter(); propose_plan_offices(G); c = time.perf_counter() - t
t = time.perf_counter(); gaps.need_support(G); gaps.structural_gaps(G); gaps.coverage(G); gaps.guidance_load(G)
d = time.perf_counter() - t
print(f"partners_all={a:.2f}s communities={b:.2f}s plan_offices={c:.2f}s gaps_all_kinds={d:.2f}s")
"""


def group_analyses(results: dict[str, Any], repeat: int) -> None:
    results["analyses: partners for all 357, communities, plan offices, all gap kinds (Norway)"] = measure_cmd(
        py(ANALYSES), repeat=max(1, repeat // 2)
    )


def group_map(results: dict[str, Any], repeat: int) -> None:
    import importlib.util

    if importlib.util.find_spec("dknet.maps") is None:
        results["map: all of Norway"] = {"skipped": "dknet.maps is not in this version"}
        return
    out = Path(tempfile.mkdtemp(prefix="dknet-bench-map-")) / "norge.html"
    key = "map: dknet map -o norge.html (all of Norway, cooperation view)"
    results[key] = measure_cmd([*DKNET, "map", "-o", str(out)], repeat=repeat)
    results[key]["stdout_tail"].append(f"html={out.stat().st_size / 2**20:.2f} MiB" if out.exists() else "no file")


def group_neo4j(results: dict[str, Any], repeat: int) -> None:
    script = ROOT / "benchmarks" / "neo4j_push.py"
    if not script.exists():
        results["neo4j: push all of Norway"] = {"skipped": "benchmarks/neo4j_push.py is not in this version"}
        return
    results["neo4j: push all of Norway (starts the test server)"] = measure_cmd([PY, str(script)], repeat=1)


SCALE = """
import resource, sys, time
from dknet.synthetic import synthetic_territory, synthetic_neighbours
from dknet.scale import topk_partners, communities_at_scale
n = int(sys.argv[1]); what = sys.argv[2]
t = time.perf_counter(); terr = synthetic_territory(n); nb = synthetic_neighbours(terr); prep = time.perf_counter() - t
t = time.perf_counter()
if what == "topk":
    res = topk_partners(terr, k=10, neighbours=nb); extra = f"rows={len(res)}"
else:
    res = communities_at_scale(terr, nb); extra = f"communities={res.nunique()} largest={res.value_counts().max()}"
run = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"n={n} prep={prep:.2f}s run={run:.2f}s {extra} peak_rss_mib={peak:.0f}")
"""

VERSUS = """
import sys, time
from dknet.synthetic import synthetic_territory, synthetic_neighbours
from dknet.scale import topk_partners, naive_topk, topk_agreement
n = int(sys.argv[1])
terr = synthetic_territory(n); nb = synthetic_neighbours(terr)
t = time.perf_counter(); fast = topk_partners(terr, k=10, neighbours=nb); tf = time.perf_counter() - t
t = time.perf_counter(); slow = naive_topk(terr, k=10, neighbours=nb); ts = time.perf_counter() - t
same = fast.groupby("kode")["partner"].apply(list).equals(slow.groupby("kode")["partner"].apply(list))
print(f"n={n} dknet={tf:.3f}s naive={ts:.2f}s ratio={ts / tf:.0f}x identical_lists={same} "
      f"recall={topk_agreement(fast, slow):.4f}")
"""


def group_scale(results: dict[str, Any], repeat: int, quick: bool) -> None:
    sizes = (1000, 10000) if quick else (1000, 10000, 100000)
    for n in sizes:
        results[f"scale: top-10 partners for all, n={n}"] = measure_cmd([*py(SCALE), str(n), "topk"], repeat=1)
        results[f"scale: communities, n={n}"] = measure_cmd([*py(SCALE), str(n), "communities"], repeat=1)
    for n in (1000,) if quick else (1000, 10000):
        results[f"scale: dknet vs naive pairwise loop, n={n}"] = measure_cmd([*py(VERSUS), str(n)], repeat=1)


def machine() -> dict[str, Any]:
    mem = Path("/proc/meminfo").read_text().split("\n")[0] if Path("/proc/meminfo").exists() else ""
    cpu = ""
    if Path("/proc/cpuinfo").exists():
        cpu = next(
            (
                ln.split(":", 1)[1].strip()
                for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")
            ),
            "",
        )
    return {
        "python": platform.python_version(),
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory": mem.strip(),
        "platform": platform.platform(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", choices=["cli", "build", "analyses", "map", "neo4j", "scale"])
    args = ap.parse_args()
    results: dict[str, Any] = {}
    groups: dict[str, Callable[[], None]] = {
        "cli": lambda: group_cli(results, args.repeat),
        "build": lambda: group_build(results, args.repeat),
        "analyses": lambda: group_analyses(results, args.repeat),
        "map": lambda: group_map(results, args.repeat),
        "neo4j": lambda: group_neo4j(results, args.repeat),
        "scale": lambda: group_scale(results, args.repeat, args.quick),
    }
    for name, run in groups.items():
        if args.only in (None, name):
            print(f"… {name}", file=sys.stderr, flush=True)
            run()
    print("| benchmark | median wall (s) | peak RSS (MiB) | runs | output |")
    print("|---|---|---|---|---|")
    for name, r in results.items():
        if "skipped" in r:
            print(f"| {name} | – | – | – | skipped: {r['skipped']} |")
            continue
        peak = f"{r['peak_mib']:.0f}" if r.get("peak_mib") else "–"
        print(f"| {name} | {r['median_s']:.3f} | {peak} | {r['runs']} | {' / '.join(r['stdout_tail'])[:160]} |")
    doc = {"machine": machine(), "when": time.strftime("%Y-%m-%d %H:%M"), "results": results}
    (ROOT / "benchmarks" / "results.json").write_text(
        json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
