"""Compute the sea-neighbour relation (``data/real/sjonaboer.csv``) from Kartverket's municipality boundaries.

Developer step, like ``scripts/import_raw.py``; dknet reads only the CSV it writes.

Two municipalities without a shared land border are **sea neighbours** when their boundaries face
each other across water:

1. the nearest points of the two boundaries (EUREF89 / UTM 33N, metres) are at most
   ``--gap-km`` apart (default 10 km: a bridge, a tunnel or a short ferry crossing), or at most
   ``--island-gap-km`` (default 25 km) when one of the two has no land border at all (island
   municipalities such as Røst, Træna and Utsira depend on longer ferry and boat routes), and
2. the straight line between those nearest points crosses no third municipality's land for more
   than ``--max-land-km`` (default 0.5 km), so the gap is water, not another municipality, and
3. the water is the sea: both nearest points lie within ``--coast-km`` (default 0.5 km) of the
   coastline (:func:`scripts.geography.coastline`: outline not shared with another municipality
   or a neighbouring country). Lake shores and corners where four municipalities meet inland
   (Lierne–Namsskogan, Røyrvik–Grong) are not coast, so such pairs are not sea neighbours.

The boundaries are the medium-resolution Kartverket outlines (clipped to the coastline), so
the gap is measured from shore to shore. ``avstand_km`` is that shore-to-shore gap, rounded to
0.1 km.

    python scripts/compute_sea_neighbours.py \
        --boundaries ../shared/data/raw/robhop_fylker_og_kommuner/Kommuner-M.geojson
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from dknet.maps.projection import utm33
from scripts.geography import coastline

SOURCE = "Kartverket (computed)"


def _projected(geometry: dict[str, object]) -> BaseGeometry:
    """A GeoJSON geometry in UTM 33N kilometres, repaired (``make_valid``)."""

    def to_km(xy: np.ndarray) -> np.ndarray:
        e, n = utm33(xy[:, 0], xy[:, 1])
        return np.column_stack([e / 1000.0, n / 1000.0])

    return shapely.make_valid(shapely.transform(shape(geometry), to_km))


def sea_neighbours(
    geoms: dict[str, BaseGeometry],
    borders: set[frozenset[str]],
    *,
    gap_km: float,
    island_gap_km: float,
    max_land_km: float,
    coast: BaseGeometry | None = None,
    coast_km: float = 0.5,
) -> list[tuple[str, str, float]]:
    """Pairs (a, b, gap km) that face each other across water, by the rule in the module docstring.

    Without ``coast`` the third rule is not applied.
    """
    codes = sorted(geoms)
    tree = STRtree([geoms[c] for c in codes])
    has_border = {c for pair in borders for c in pair}
    out: list[tuple[str, str, float]] = []
    for i, a in enumerate(codes):
        for j in sorted(int(x) for x in tree.query(geoms[a], predicate="dwithin", distance=island_gap_km)):
            b = codes[j]
            if j <= i or frozenset((a, b)) in borders:
                continue
            gap = float(geoms[a].distance(geoms[b]))
            limit = gap_km if (a in has_border and b in has_border) else island_gap_km
            if gap > limit:
                continue
            line = shapely.shortest_line(geoms[a], geoms[b])
            if coast is not None and any(
                float(coast.distance(shapely.Point(p))) > coast_km for p in (line.coords[0], line.coords[-1])
            ):
                continue
            land = sum(
                float(line.intersection(geoms[codes[k]]).length)
                for k in tree.query(line, predicate="intersects")
                if codes[k] not in (a, b)
            )
            if land <= max_land_km:
                out.append((a, b, round(gap, 1)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--boundaries", type=Path, required=True, help="Kartverket municipality boundaries (GeoJSON)")
    ap.add_argument("--borders", type=Path, default=Path("data/real/grenser.csv"))
    ap.add_argument("--out", type=Path, default=Path("data/real/sjonaboer.csv"))
    ap.add_argument("--gap-km", type=float, default=10.0)
    ap.add_argument("--island-gap-km", type=float, default=25.0)
    ap.add_argument("--max-land-km", type=float, default=0.5)
    ap.add_argument("--coast-km", type=float, default=0.5)
    args = ap.parse_args()
    features = json.loads(args.boundaries.read_text(encoding="utf-8"))["features"]
    geoms = {str(f["properties"]["kommunenummer"]): _projected(f["geometry"]) for f in features}
    with args.borders.open(encoding="utf-8") as fh:
        borders = {frozenset((r["kommune_a"], r["kommune_b"])) for r in csv.DictReader(fh)}
    pairs = sea_neighbours(
        geoms,
        borders,
        gap_km=args.gap_km,
        island_gap_km=args.island_gap_km,
        max_land_km=args.max_land_km,
        coast=coastline(geoms).coast,
        coast_km=args.coast_km,
    )
    write_pairs(pairs, args.out)


def write_pairs(pairs: list[tuple[str, str, float]], out: Path) -> None:
    """Write ``sjonaboer.csv``."""
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["kommune_a", "kommune_b", "avstand_km", "source", "source_url"])
        for a, b, gap in pairs:
            w.writerow([a, b, f"{gap:.1f}", SOURCE, ""])
    print(f"{out}: {len(pairs)} sea-neighbour pairs")


if __name__ == "__main__":
    main()
