"""Benchmark (not a test): size of the all-Norway map and its time to first draw in headless Chromium.

    python benchmarks/map_benchmark.py            # 5 page loads
    python benchmarks/map_benchmark.py --runs 10 --json

Measures:

- build: seconds to build the HTML in Python (``dknet.maps.make_map``, graph already loaded);
- size: bytes of the HTML, and how much of it is vis-network, the base map and the data;
- first draw: ``performance.now()`` at vis-network's first ``afterDrawing`` event, i.e. milliseconds
  from navigation start (file read, parse, JSON.parse, network set-up) until the map is on screen;
  each run opens the page in a fresh browser context of Debian's headless Chromium, offline.

Figures depend on the machine; the point is the order of magnitude (STYLE.md: "a 400-node map
then draws in well under a second").
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _parts(html: str) -> dict[str, int]:
    """Bytes per part of the page."""
    sizes: dict[str, int] = {}
    for m in re.finditer(r'<script type="application/json" id="dk-(\w+)">(.*?)</script>', html, re.S):
        sizes[f"json {m.group(1)}"] = len(m.group(2).encode())
    data = re.search(r'id="dk-data">(.*?)</script>', html, re.S)
    if data:
        parsed = json.loads(data.group(1))
        sizes["  of which base map"] = len(json.dumps(parsed["basemap"], separators=(",", ":")).encode())
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    if len(scripts) == 2:
        sizes["vis-network.min.js"] = len(scripts[0].encode())
        sizes["map.js"] = len(scripts[1].encode())
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    if styles:
        sizes["vis-network.css"] = len(styles[0].encode())
    return sizes


def _median(marks: list[dict[str, float]], a: str | None, b: str) -> float:
    return round(statistics.median(m[b] - (m[a] if a else 0.0) for m in marks), 1)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="page loads (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    from dknet.cache import build
    from dknet.maps import make_map, write_map
    from dknet.maps.browser import chromium, open_map

    G = build()
    make_map(G)  # warm-up: imports, boundary file in the OS cache
    t0 = time.perf_counter()
    doc = make_map(G)
    build_s = time.perf_counter() - t0
    draws: list[float] = []
    loads: list[float] = []
    marks: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = write_map(Path(tmp) / "norge.html", doc.html)
        with chromium() as browser:
            version = browser.version
            for _ in range(args.runs):
                with open_map(browser, path) as (page, log):
                    if log.requests or log.console_errors or log.page_errors:
                        print(f"the page misbehaved: {log}", file=sys.stderr)
                        return 1
                    first = page.evaluate("() => dknetMap.firstDrawMs")
                    load = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
                    draws.append(float(first))
                    loads.append(float(load))
                    marks.append(page.evaluate("() => dknetMap.marks"))
    result: dict[str, Any] = {
        "map": doc.title,
        "nodes": doc.node_count,
        "lines": doc.edge_count,
        "html_bytes": doc.size_bytes,
        "parts_bytes": _parts(doc.html),
        "build_seconds": round(build_s, 3),
        "chromium": version,
        "runs": args.runs,
        "first_draw_ms": {
            "median": round(statistics.median(draws), 1),
            "min": round(min(draws), 1),
            "max": round(max(draws), 1),
        },
        "load_event_ms_median": round(statistics.median(loads), 1),
        "phases_ms_median": {
            "until map.js starts (read + parse HTML, vis-network)": _median(marks, None, "start"),
            "JSON.parse of the data blocks": _median(marks, "start", "parsed"),
            "filters + DataSets + base map paths": _median(marks, "parsed", "datasets"),
            "vis.Network set-up": _median(marks, "datasets", "network"),
            "until first draw": _median(marks, "network", "firstDraw"),
        },
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['map']}: {doc.node_count} nodes, {doc.edge_count} lines")
    print(f"HTML size: {doc.size_bytes / 1e6:.2f} MB ({doc.size_bytes} bytes)")
    for name, size in result["parts_bytes"].items():
        print(f"  {name:<22} {size / 1e3:8.0f} kB")
    print(f"build in Python: {build_s:.2f} s")
    for phase, ms in result["phases_ms_median"].items():
        print(f"  {phase:<55} {ms:7.1f} ms")
    fd = result["first_draw_ms"]
    print(
        f"time to first draw (Chromium {version}, {args.runs} runs): median {fd['median']} ms "
        f"(min {fd['min']}, max {fd['max']}); load event {result['load_event_ms_median']} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
