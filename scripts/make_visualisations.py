"""Regenerate the example maps in ``visualisations/`` (and their screenshots) from the bundled real data.

    python scripts/make_visualisations.py                 # HTML and PNG screenshots
    python scripts/make_visualisations.py --no-screenshots

Writes ``norge-samarbeid.html`` (all Norway), ``trondelag-samarbeid.html`` (county 50) and
``holtalen-samarbeid.html`` (Holtålen 5026 and its network), each with a PNG taken in Debian's
headless Chromium (``bash tools/browser/install.sh`` installs it). The graph is built from the
bundled data without the cache, so the HTML is the same bytes on every run; the PNGs depend on
the Chromium version and its fonts. Runs against this checkout's ``dknet``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's dknet, even if another copy is installed

#: (file stem, build_map options, what it shows)
EXAMPLES: tuple[tuple[str, dict[str, str], str], ...] = (
    ("norge-samarbeid", {}, "all of Norway, cooperation view"),
    ("trondelag-samarbeid", {"county": "50"}, "Trøndelag (50), cooperation view"),
    ("holtalen-samarbeid", {"focus": "5026"}, "Holtålen (5026) and its network, cooperation view"),
)


def main(argv: list[str] | None = None) -> int:
    """Write the examples; print one line per file (name, size) to stdout."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "visualisations", help="output folder")
    parser.add_argument("--no-screenshots", action="store_true", help="only the HTML files")
    args = parser.parse_args(argv)

    from dknet.cache import build
    from dknet.io.boundaries import load_boundaries
    from dknet.maps import make_map, write_map

    G = build(demo=False)  # the real data set, as `dknet map` shows it by default (not the demonstration set)
    boundaries = load_boundaries()
    written: list[Path] = []
    for stem, options, what in EXAMPLES:
        doc = make_map(G, boundaries=boundaries, county=options.get("county"), focus=options.get("focus"))
        path = write_map(args.out / f"{stem}.html", doc.html)
        written.append(path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\t{doc.size_bytes} bytes\t{what}")
    if not args.no_screenshots:
        from dknet.maps.browser import chromium, open_map

        with chromium() as browser:
            for path in written:
                png = path.with_suffix(".png")
                with open_map(browser, path) as (page, log):
                    if log.requests or log.console_errors or log.page_errors:
                        print(f"{path.name}: {log}", file=sys.stderr)
                        return 1
                    page.screenshot(path=str(png))
                print(f"{png.relative_to(ROOT) if png.is_relative_to(ROOT) else png}\t{png.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
