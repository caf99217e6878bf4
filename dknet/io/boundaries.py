"""Read the bundled municipality and county boundaries (simplified Kartverket GeoJSON) for the maps.

The maps draw these outlines underneath the network so that it reads as a map of Norway. This
module only *reads and checks* the two files in ``data/boundaries``; projecting and drawing them
is :mod:`dknet.maps`' job, which receives the geometry as data (a :class:`Boundaries`).

Coordinates stay WGS84 longitude/latitude in degrees. Every polygon is a tuple of rings (the
outer ring first, then holes); every ring is an ``(n, 2)`` float array of ``(lon, lat)``.

The data: Kartverket's 2024 division, simplified with mapshaper and clipped to the coastline
(see ``data/README.md``). Licence CC BY 4.0; every map must show :data:`ATTRIBUTION`.

>>> b = load_boundaries()
>>> len(b.municipalities), len(b.counties)
(357, 15)
>>> b.municipality_names["5026"], b.county_names["50"].split(" - ")[0]
('Holtålen', 'Trøndelag')
>>> ring = b.municipalities["5026"][0][0]
>>> ring.shape[1], bool(10.5 < ring[:, 0].mean() < 12.0)
(2, True)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt

from dknet.errors import DataValidationError
from dknet.io.problems import Problem
from dknet.messages.msg import Msg

#: One ring: an (n, 2) array of (longitude, latitude) in degrees.
Ring: TypeAlias = npt.NDArray[np.float64]
#: One polygon: the outer ring, then any holes.
Polygon: TypeAlias = tuple[Ring, ...]
#: A feature's geometry: one or more polygons.
MultiPolygon: TypeAlias = tuple[Polygon, ...]

#: Kartverket's licence terms ask for this line wherever the boundaries are shown.
ATTRIBUTION = "Basert på Kartverkets data under CC BY 4.0"
MUNICIPALITY_FILE = "kommuner-s.geojson"
COUNTY_FILE = "fylker-s.geojson"


@dataclass(frozen=True)
class Boundaries:
    """Municipality and county outlines by number (``"5026"``, ``"50"``), with their names."""

    municipalities: dict[str, MultiPolygon]
    counties: dict[str, MultiPolygon]
    municipality_names: dict[str, str]
    county_names: dict[str, str]
    attribution: str = ATTRIBUTION


def boundaries_dir() -> Path:
    """Where the bundled boundary files are (``data/boundaries`` or the installed copy)."""
    from dknet.io.files import bundled_dir

    return bundled_dir() / "boundaries"


def load_boundaries(directory: Path | None = None) -> Boundaries:
    """Read and check ``kommuner-s.geojson`` and ``fylker-s.geojson``; every problem is reported at once.

    Raises :class:`~dknet.errors.DataValidationError` when a file is missing or unreadable, or a
    feature lacks its number or has a geometry that is not a (Multi)Polygon of lon/lat pairs.
    """
    base = directory or boundaries_dir()
    problems: list[Problem] = []
    munis, muni_names = _read(base / MUNICIPALITY_FILE, "kommunenummer", 4, problems)
    counties, county_names = _read(base / COUNTY_FILE, "fylkesnummer", 2, problems)
    if problems:
        raise DataValidationError(problems)
    return Boundaries(munis, counties, muni_names, county_names)


def _read(path: Path, key: str, width: int, problems: list[Problem]) -> tuple[dict[str, MultiPolygon], dict[str, str]]:
    """The features of one FeatureCollection by ``key``; problems are appended, not raised."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        problems.append(Problem(path.name, None, None, None, Msg("expect.geojson_readable"), str(e)))
        return {}, {}
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(features, list):
        problems.append(Problem(path.name, None, None, None, Msg("expect.geojson_features")))
        return {}, {}
    shapes: dict[str, MultiPolygon] = {}
    names: dict[str, str] = {}
    for i, feature in enumerate(features, start=1):
        props = feature.get("properties") or {}
        code = str(props.get(key, ""))
        if not (code.isdigit() and len(code) == width):
            problems.append(Problem(path.name, i, key, code, Msg("expect.digits_in_properties", width=width, key=key)))
            continue
        if code in shapes:
            problems.append(
                Problem(path.name, i, key, code, Msg("expect.number_once"), Msg("hint.remove_duplicate_feature"))
            )
            continue
        try:
            shapes[code] = _geometry(feature.get("geometry") or {})
        except (TypeError, ValueError) as e:
            problems.append(Problem(path.name, i, "geometry", None, Msg("expect.polygon"), str(e)))
            continue
        names[code] = str(props.get("name") or props.get("kommunenavn") or props.get("fylkesnavn") or code)
    return shapes, names


def _geometry(geometry: dict[str, Any]) -> MultiPolygon:
    kind = geometry.get("type")
    coords: Any = geometry.get("coordinates")
    if kind == "Polygon":
        polygons = [coords]
    elif kind == "MultiPolygon":
        polygons = list(coords or [])
    else:
        raise ValueError(f"geometry type {kind!r}")
    out: list[Polygon] = []
    for polygon in polygons:
        rings = tuple(_ring(r) for r in polygon)
        if rings:
            out.append(rings)
    if not out:
        raise ValueError("no polygon")
    return tuple(out)


def _ring(coords: Any) -> Ring:
    arr = np.asarray(coords, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[1] < 2 or len(arr) < 3:
        raise ValueError(f"a ring of at least 3 (lon, lat) pairs, got shape {arr.shape}")
    arr = arr[:, :2]
    if not (np.isfinite(arr).all() and (np.abs(arr[:, 0]) <= 180).all() and (np.abs(arr[:, 1]) <= 90).all()):
        raise ValueError("coordinates outside lon/lat range")
    return arr
