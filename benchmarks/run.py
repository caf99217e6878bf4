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


#: The floor every everyday-command figure is a ratio to: importing what the full path needs.
FLOOR = "python -c 'import pandas, networkx' (the floor)"

IN_PROCESS = """
import statistics, time
from dknet.cache import load_graph
from dknet.analysis.partners import all_partners
from dknet.analysis.gaps import structural_gaps
G = load_graph()
all_partners(G); structural_gaps(G)  # the first calls pay for lazy imports (scipy) once
jobs = {
    "all_partners_office": lambda: all_partners(G, top=10),
    "all_partners_network": lambda: all_partners(G, top=10, purpose="network"),
    "structural_gaps": lambda: structural_gaps(G),
}
runs = {k: [] for k in jobs}
for _ in range(5):
    for k, job in jobs.items():
        t = time.perf_counter(); job(); runs[k].append(time.perf_counter() - t)
medians = " ".join(f"{k}={statistics.median(v):.3f}s" for k, v in runs.items())
print(medians, f"rows={len(jobs['all_partners_office']())}")
"""


def measure_alternating(cmds: dict[str, list[str]], *, repeat: int, env: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Run each command once per round, ``repeat`` rounds, so that the machine's load hits them alike."""
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in cmds}
    for r in range(repeat):
        order = list(cmds) if r % 2 == 0 else list(reversed(cmds))
        for name in order:
            runs[name].append(measure_cmd(cmds[name], repeat=1, env=env))
    return {
        name: {
            "median_s": statistics.median(x["median_s"] for x in rs),
            "min_s": min(x["min_s"] for x in rs),
            "runs": len(rs),
            "peak_mib": max((x["peak_mib"] or 0) for x in rs) or None,
            "stdout_tail": rs[-1]["stdout_tail"],
            "rounds_s": [x["median_s"] for x in rs],
        }
        for name, rs in runs.items()
    }


def group_cli(results: dict[str, Any], repeat: int) -> None:
    """The everyday commands on a warm cache, each as a ratio to :data:`FLOOR`, measured in the same rounds."""
    cache = tempfile.mkdtemp(prefix="dknet-bench-cache-")
    env = {**os.environ, "DKNET_CACHE_DIR": cache}
    warm_up = (
        ["info"],
        ["show", "holtålen"],
        ["partners", "holtålen"],
        ["partners", "holtålen", "--purpose", "network"],
    )
    map_file = str(Path(cache) / "kart.html")
    step9 = {  # issue 24, step 9: the page cache (dknet.cli.common.kept_pages)
        "gaps --county 50": ["gaps", "--county", "50"],
        "plans --county 50": ["plans", "--county", "50"],
        "communities --county 50": ["communities", "--county", "50"],
        "scorecard --county 50": ["scorecard", "--county", "50"],
        "compare holtålen tydal": ["compare", "holtålen", "tydal"],
        "map -o kart.html --county 50": ["map", "-o", map_file, "--county", "50"],
    }
    for warm in (*warm_up, *step9.values(), ["gaps", "--kind", "structural"], ["partners", "--all", "--format", "csv"]):
        subprocess.run([*DKNET, *warm], env=env, capture_output=True, check=True)  # the graph and lookup tables
    cmds = {
        FLOOR: py("import pandas, networkx"),
        "python -c 'import numpy'": py("import numpy"),
        "python -c 'pass' (the interpreter alone)": py("pass"),
        "cli: python -c 'import dknet.cli' (start-up and imports)": py("import dknet.cli"),
        "cli: dknet partners holtålen --explain (warm cache)": [*DKNET, "partners", "holtålen", "--explain"],
        "cli: dknet partners træna --purpose network --explain (warm cache)": [
            *DKNET,
            "partners",
            "træna",
            "--purpose",
            "network",
            "--explain",
        ],
        "cli: dknet partners holtålen --explain --within county (warm graph, full path)": [
            *DKNET,
            "partners",
            "holtålen",
            "--explain",
            "--within",
            "county",
        ],
        "cli: dknet show holtålen (warm cache)": [*DKNET, "show", "holtålen"],
        "cli: dknet info (warm cache)": [*DKNET, "info"],
        "cli: dknet show holtålen --format json (warm graph, full path)": [
            *DKNET,
            "show",
            "holtålen",
            "--format",
            "json",
        ],
        "cli: dknet gaps --kind structural (warm cache)": [*DKNET, "gaps", "--kind", "structural"],
        "cli: dknet partners --all (warm cache, 357 × 10 rows)": [*DKNET, "partners", "--all", "--format", "csv"],
        **{f"cli: dknet {name} (warm cache)": [*DKNET, *args] for name, args in step9.items()},
        "in-process: all_partners (357 × top 10, both purposes) and structural_gaps, medians of 5": py(IN_PROCESS),
    }
    measured = measure_alternating(cmds, repeat=repeat, env=env)
    floor = measured[FLOOR]["median_s"]
    for r in measured.values():
        r["ratio_to_floor"] = r["median_s"] / floor
        # paired: each round's time over the floor's in the same round, then the median (steadier under load)
        pairs = zip(r["rounds_s"], measured[FLOOR]["rounds_s"], strict=True)
        r["paired_ratio"] = statistics.median(a / b for a, b in pairs)
    results.update(measured)
    results["cli: dknet partners holtålen --explain --no-cache (load + validate + build)"] = measure_cmd(
        [*DKNET, "partners", "holtålen", "--explain", "--no-cache"], repeat=max(1, repeat // 2), env=env
    )
    shutil.rmtree(cache, ignore_errors=True)


def group_build(results: dict[str, Any], repeat: int) -> None:
    results["build: load and validate all files, build the graph"] = measure_cmd(
        py("from dknet.cache import build; G = build(); print(G.number_of_nodes(), G.number_of_edges())"), repeat=repeat
    )


ANALYSES = """
import time
from pathlib import Path
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


SCALE_CHILD = """
import json, pickle, resource, sys, time
sys.path.insert(0, "benchmarks")
what, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
from dknet.synthetic import synthetic_territory, synthetic_neighbours
import scipy.spatial
t = time.perf_counter()
terr = synthetic_territory(n, seed=2024); nb = synthetic_neighbours(terr)
gen = time.perf_counter() - t
from dknet.analysis.scale import reference_options
opts = reference_options(terr)
if what == "dknet":
    from dknet.analysis.scale import topk_partners
    run = lambda t, **kw: topk_partners(t, **kw)
elif what == "expert":
    from baselines import expert_topk
    run = lambda t, **kw: expert_topk(t, **kw, **opts)
else:
    from baselines import naive_topk
    run = lambda t, **kw: naive_topk(t, **kw, **opts)
t = time.perf_counter(); table = run(terr, k=10, neighbours=nb, radius_km=50.0); took = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
with open(out, "wb") as f:
    pickle.dump(table, f)
print(json.dumps({"seconds": took, "generate_s": gen, "peak_mib": peak, "rows": len(table)}))
"""

COMMUNITY_CHILD = """
import json, resource, sys, time
import numpy as np
from dknet.synthetic import synthetic_territory, synthetic_neighbours
from dknet.analysis.scale import communities_at_scale, _prepare, profile_weights
from dknet.analysis.profiles import gower_pairs, load_config
from dknet.analysis.engine import modularity
engine, n = sys.argv[1], int(sys.argv[2])
terr = synthetic_territory(n, seed=2024); nb = synthetic_neighbours(terr)
t = time.perf_counter(); labels = communities_at_scale(terr, nb, engine=engine); took = time.perf_counter() - t
X, w, kinds = _prepare(terr, profile_weights(terr, load_config()))
weight = np.maximum(np.nan_to_num(gower_pairs(X, w, nb[:, 0], nb[:, 1], kinds=kinds)), 1e-6) ** 2
m = labels.to_numpy() - 1
sizes = np.bincount(m)
print(json.dumps({"seconds": took, "modularity": modularity(n, nb[:, 0], nb[:, 1], weight, m),
                  "communities": int(len(sizes)), "largest": int(sizes.max()), "singletons": int((sizes == 1).sum()),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(code: str, args: list[str]) -> dict[str, Any]:
    proc = subprocess.run([*py(code), *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"scale benchmark failed ({' '.join(args)}):\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def group_scale(results: dict[str, Any], repeat: int, quick: bool) -> None:
    """dknet vs the expert baseline (alternating, same run) and the naive loop; Leiden vs Louvain.

    Each implementation runs in its own child (so peak memory is its own) on
    ``synthetic_territory(n, seed=2024)``; the tables are compared in the parent: bit-identical
    for the expert baseline, same lists and floats within 1e-9 for the naive loop (``math`` and
    numpy may round the last bit differently).
    """
    import pandas as pd

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from baselines import close, identical

    sizes = (1000, 10000) if quick else (1000, 10000, 100000)
    naive_sizes = (1000,) if quick else (1000, 10000)
    tmp = Path(tempfile.mkdtemp(prefix="dknet-bench-scale-"))
    rows = []
    for n in sizes:
        reps = max(1, min(repeat, 3)) if n <= 10000 else 1
        runs: dict[str, list[dict[str, Any]]] = {"dknet": [], "expert": []}
        for r in range(reps):  # alternate which goes first
            for what in ("dknet", "expert") if r % 2 == 0 else ("expert", "dknet"):
                print(f"… scale n={n} {what} ({r + 1}/{reps})", file=sys.stderr, flush=True)
                runs[what].append(_child(SCALE_CHILD, [what, str(n), str(tmp / f"{what}-{n}.pkl")]))
        tables = {w: pd.read_pickle(tmp / f"{w}-{n}.pkl") for w in runs}
        row: dict[str, Any] = {
            "n": n,
            "dknet_s": statistics.median(x["seconds"] for x in runs["dknet"]),
            "expert_s": statistics.median(x["seconds"] for x in runs["expert"]),
            "dknet_peak_mib": max(x["peak_mib"] for x in runs["dknet"]),
            "expert_peak_mib": max(x["peak_mib"] for x in runs["expert"]),
            "generate_s": statistics.median(x["generate_s"] for x in runs["dknet"]),
            "runs": reps,
            "identical": identical(tables["dknet"], tables["expert"]),
            "rows": len(tables["dknet"]),
        }
        if n in naive_sizes:
            print(f"… scale n={n} naive loop", file=sys.stderr, flush=True)
            naive = _child(SCALE_CHILD, ["naive", str(n), str(tmp / f"naive-{n}.pkl")])
            row["naive_s"] = naive["seconds"]
            row["naive_same"] = close(tables["dknet"], pd.read_pickle(tmp / f"naive-{n}.pkl"))
        rows.append(row)
    results["scale: top-10 partners, dknet vs expert baseline vs naive loop"] = {"table": rows}
    n_comm = sizes[-1]
    comm = {}
    for engine in ("leiden", "louvain"):
        print(f"… communities n={n_comm} {engine}", file=sys.stderr, flush=True)
        comm[engine] = _child(COMMUNITY_CHILD, [engine, str(n_comm)])
    results[f"scale: communities, n={n_comm}, Leiden vs Louvain"] = {"table": comm}
    shutil.rmtree(tmp, ignore_errors=True)


def print_scale(results: dict[str, Any]) -> None:
    """The scale group's own tables (ratios first)."""
    for name, r in results.items():
        if not name.startswith("scale:") or "table" not in r:
            continue
        print(f"\n{name}\n")
        table = r["table"]
        if isinstance(table, list):
            print(
                "| N | dknet / expert | naive / dknet | dknet | expert | naive loop | peak dknet | peak expert "
                "| tables |"
            )
            print("|---|---|---|---|---|---|---|---|---|")
            for x in table:
                naive = f"{x['naive_s']:.2f} s" if "naive_s" in x else "–"
                speed = f"{x['naive_s'] / x['dknet_s']:.0f}×" if "naive_s" in x else "–"
                same = "identical" if x["identical"] else "DIFFERENT"
                if "naive_same" in x:
                    same += ", naive: " + ("same lists" if x["naive_same"] else "DIFFERENT")
                print(
                    f"| {x['n']:,} | **{x['dknet_s'] / x['expert_s']:.2f}×** | {speed} | {x['dknet_s']:.3f} s "
                    f"| {x['expert_s']:.3f} s | {naive} | {x['dknet_peak_mib']:.0f} MiB | "
                    f"{x['expert_peak_mib']:.0f} MiB | {same} ({x['rows']:,} rows, {x['runs']} runs) |"
                )
        else:
            print("| engine | time | modularity | communities | largest | singletons | peak |")
            print("|---|---|---|---|---|---|---|")
            for engine, x in table.items():
                print(
                    f"| {engine} | {x['seconds']:.1f} s | {x['modularity']:.3f} | {x['communities']:,} "
                    f"| {x['largest']} | {x['singletons']} | {x['peak_mib']:.0f} MiB |"
                )


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
    print("| benchmark | median wall (s) | × floor | × floor, paired | peak RSS (MiB) | runs | output |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        if "table" in r:
            continue
        if "skipped" in r:
            print(f"| {name} | – | – | – | – | – | skipped: {r['skipped']} |")
            continue
        peak = f"{r['peak_mib']:.0f}" if r.get("peak_mib") else "–"
        ratio = f"{r['ratio_to_floor']:.2f}×" if "ratio_to_floor" in r else "–"
        paired = f"{r['paired_ratio']:.2f}×" if "paired_ratio" in r else "–"
        tail = " / ".join(r["stdout_tail"])[:160]
        print(f"| {name} | {r['median_s']:.3f} | {ratio} | {paired} | {peak} | {r['runs']} | {tail} |")
    print_scale(results)
    doc = {"machine": machine(), "when": time.strftime("%Y-%m-%d %H:%M"), "results": results}
    (ROOT / "benchmarks" / "results.json").write_text(
        json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
