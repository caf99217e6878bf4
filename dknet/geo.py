"""Where things are: great-circle distances, distance matrices and map projections, in one place.

Three ways to measure, each for a reason:

* **great circle** (:func:`haversine_km`, :func:`haversine_km_array`, :func:`distance_matrix_km`):
  distance between municipality centroids "as the crow flies" on a sphere of the mean Earth
  radius (IUGG, 6 371.0088 km); error < 0.5 % against the ellipsoid, far below what a centroid
  distance means. Used by feasibility, communities, gaps, the scale path and the maps.
* **local kilometres** (:func:`project_km`, :func:`local_km`, :func:`flat_distance_km`):
  plane coordinates for grids and directions over short spans. :func:`project_km` scales each
  point's longitude by the cosine of its own latitude (a sinusoidal projection: exact north–south,
  good enough for bucketing points in cells); :func:`local_km` scales by one reference latitude
  with the WGS84 degree lengths (111.32 km per degree of longitude at the equator, 110.57 km per
  degree of latitude), the classic equirectangular approximation.
* **UTM zone 33N** (:func:`utm33`, EPSG:25833), the projection Norwegian agencies map the
  country in, for the maps.

UTM 33: Kartverket, SSB and the municipalities publish national maps of Norway in EUREF89 / UTM
zone 33N (EPSG:25833). It keeps Norway's shape (conformal) and, unlike plain longitude/latitude,
does not stretch the north: one map unit is one metre everywhere. The transverse Mercator is
computed with Krüger's series in the form of Karney (2011), "Transverse Mercator with an accuracy
of a few nanometers", J. Geodesy 85, eqs. (7)–(11) and (35), to sixth order in the third
flattening *n*: accurate to well under a millimetre within the 30° of longitude Norway spans
around the 15° E central meridian. The ellipsoid is GRS80 (EUREF89/ETRS89 ≈ WGS84 at map scale).

>>> round(haversine_km(10.75, 59.91, 10.40, 63.43))  # Oslo – Trondheim, as the crow flies
392
>>> e, n = utm33([15.0], [60.0])
>>> round(float(e[0]), 3), round(float(n[0]), 1)  # on the central meridian: E is the false easting
(500000.0, 6651411.2)
>>> e, n = utm33([10.75], [59.91])  # Oslo
>>> round(float(e[0]) / 1000), round(float(n[0]) / 1000)
(262, 6649)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "EARTH_RADIUS_KM",
    "KM_PER_DEG_LAT",
    "KM_PER_DEG_LON_EQUATOR",
    "UTM33",
    "TransverseMercator",
    "chord_km",
    "distance_matrix_km",
    "flat_distance_km",
    "haversine_km",
    "haversine_km_array",
    "haversine_pairs",
    "local_km",
    "project_km",
    "sphere_points",
    "utm33",
]

FloatArray = npt.NDArray[np.float64]

#: Mean Earth radius (IUGG R1), km.
EARTH_RADIUS_KM = 6371.0088
#: WGS84 length of one degree of longitude at the equator and of one degree of latitude (mean), km.
KM_PER_DEG_LON_EQUATOR = 111.32
KM_PER_DEG_LAT = 110.57


# --------------------------------------------------------------------------- great circle


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km between two WGS84 points (degrees), by the haversine formula.

    hav(d/R) = hav(Δφ) + cos φ₁ · cos φ₂ · hav(Δλ), with hav(x) = sin²(x/2).

    >>> haversine_km(10.0, 60.0, 10.0, 61.0) == haversine_km(10.0, 61.0, 10.0, 60.0)
    True
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(h, 1.0)))


def _haversine(p1: FloatArray, p2: FloatArray, dlmb: FloatArray) -> FloatArray:
    """Great-circle km from latitudes and the longitude difference, all in radians (broadcasting)."""
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))))


def haversine_km_array(lon1: FloatArray, lat1: FloatArray, lon2: FloatArray, lat2: FloatArray) -> FloatArray:
    """:func:`haversine_km` element by element (numpy broadcasting), e.g. one block of points against another.

    >>> d = haversine_km_array(np.array([[10.75]]), np.array([[59.91]]), np.array([[10.40, 10.75]]),
    ...                        np.array([[63.43, 59.91]]))
    >>> d.round().tolist()
    [[392.0, 0.0]]
    """
    return _haversine(np.radians(lat1), np.radians(lat2), np.radians(lon2 - lon1))


def distance_matrix_km(lon: FloatArray, lat: FloatArray) -> FloatArray:
    """All pairwise great-circle distances (km) of n points: an n × n symmetric matrix, zero diagonal.

    >>> m = distance_matrix_km(np.array([10.75, 10.40]), np.array([59.91, 63.43]))
    >>> m.round().tolist()
    [[0.0, 392.0], [392.0, 0.0]]
    """
    la, lo = np.radians(lat)[:, None], np.radians(lon)[:, None]
    return _haversine(la.T, la, lo - lo.T)


def haversine_pairs(lon: FloatArray, lat: FloatArray, i: npt.NDArray[Any], j: npt.NDArray[Any]) -> FloatArray:
    """Great-circle km between points ``i[p]`` and ``j[p]`` for every pair p (the pair form of the matrix).

    The same haversine as :func:`distance_matrix_km`, evaluated in place over the pairs only (the
    scale path has millions of them); equal to the matrix entry within a few ulps.

    >>> lon, lat = np.array([10.0, 10.0]), np.array([60.0, 61.0])
    >>> round(float(haversine_pairs(lon, lat, np.array([0]), np.array([1]))[0]), 1)
    111.2
    """
    phi = np.radians(lat)
    cos_phi = np.cos(phi)
    # h = sin((φj − φi)/2)² + cos φi · cos φj · sin(radians(λj − λi)/2)², in that order, in place
    h = phi[j]
    h -= phi[i]
    h /= 2
    np.sin(h, out=h)
    h *= h
    c = cos_phi[i]
    c *= cos_phi[j]
    dl = lon[j]
    dl -= lon[i]
    np.radians(dl, out=dl)
    dl /= 2
    np.sin(dl, out=dl)
    dl *= dl
    c *= dl
    h += c
    del c, dl
    np.clip(h, 0.0, 1.0, out=h)
    np.sqrt(h, out=h)
    np.arcsin(h, out=h)
    h *= 2 * EARTH_RADIUS_KM
    return np.asarray(h)


def sphere_points(lon: FloatArray, lat: FloatArray) -> FloatArray:
    """Points on the sphere of the Earth's radius (km), shape (n, 3): straight chords there order like great circles.

    >>> sphere_points(np.array([0.0]), np.array([90.0])).round(1).tolist()
    [[0.0, 0.0, 6371.0]]
    """
    la, lo = np.radians(lat), np.radians(lon)
    return np.asarray(np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)]) * EARTH_RADIUS_KM)


def chord_km(distance_km: float) -> float:
    """The straight chord (km) through the Earth under a great-circle distance (km), for KD-tree radii.

    >>> round(chord_km(100.0), 6) < 100.0, chord_km(0.0)
    (True, 0.0)
    """
    return 2 * EARTH_RADIUS_KM * math.sin(min(distance_km / (2 * EARTH_RADIUS_KM), math.pi / 2))


# --------------------------------------------------------------------------- local kilometres


def project_km(lon: FloatArray, lat: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Plane coordinates in km, x scaled by the cosine of each point's own latitude (sinusoidal).

    >>> x, y = project_km(np.array([0.0, 1.0]), np.array([0.0, 0.0]))
    >>> round(float(x[1] - x[0]), 2)  # one degree of longitude on the equator
    111.2
    """
    lat_r = np.radians(lat)
    return (np.radians(lon) * EARTH_RADIUS_KM * np.cos(lat_r), lat_r * EARTH_RADIUS_KM)


def local_km(lon: float, lat: float, *, lat0: float) -> tuple[float, float]:
    """Equirectangular km east and north of (0°, 0°), longitude scaled at the reference latitude ``lat0``.

    >>> local_km(10.0, 60.0, lat0=60.0)
    (556.6, 6634.2)
    """
    x = lon * math.cos(math.radians(lat0)) * KM_PER_DEG_LON_EQUATOR
    return x, lat * KM_PER_DEG_LAT


def flat_distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Equirectangular distance in km at the mean latitude: quick, and within 1 % of the great
    circle for municipalities a few hundred km apart.

    >>> round(flat_distance_km(10.75, 59.91, 10.40, 63.43))
    390
    """
    mean_lat = math.radians((lat1 + lat2) / 2)
    dx = (lon1 - lon2) * math.cos(mean_lat) * KM_PER_DEG_LON_EQUATOR
    dy = (lat1 - lat2) * KM_PER_DEG_LAT
    return math.hypot(dx, dy)


# --------------------------------------------------------------------------- UTM zone 33N


@dataclass(frozen=True)
class TransverseMercator:
    """A transverse Mercator projection on an ellipsoid (semi-major axis ``a``, inverse flattening ``rf``)."""

    a: float
    rf: float
    lon0: float
    lat0: float
    k0: float
    false_easting: float
    false_northing: float

    def project(
        self, lon: Sequence[float] | FloatArray, lat: Sequence[float] | FloatArray
    ) -> tuple[FloatArray, FloatArray]:
        """Easting and northing in metres for longitudes and latitudes in degrees."""
        xi, eta = self._xi_eta(np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64))
        xi0, _ = self._xi_eta(np.asarray([self.lon0]), np.asarray([self.lat0]))
        big_a = self._rectifying_radius()
        easting = self.false_easting + self.k0 * big_a * eta
        northing = self.false_northing + self.k0 * big_a * (xi - xi0[0])
        return easting, northing

    def _n(self) -> float:
        f = 1.0 / self.rf
        return f / (2.0 - f)

    def _rectifying_radius(self) -> float:
        n = self._n()
        return self.a / (1.0 + n) * (1.0 + n**2 / 4.0 + n**4 / 64.0 + n**6 / 256.0)

    def _alpha(self) -> tuple[float, ...]:
        n = self._n()
        return (
            n / 2 - 2 * n**2 / 3 + 5 * n**3 / 16 + 41 * n**4 / 180 - 127 * n**5 / 288 + 7891 * n**6 / 37800,
            13 * n**2 / 48 - 3 * n**3 / 5 + 557 * n**4 / 1440 + 281 * n**5 / 630 - 1983433 * n**6 / 1935360,
            61 * n**3 / 240 - 103 * n**4 / 140 + 15061 * n**5 / 26880 + 167603 * n**6 / 181440,
            49561 * n**4 / 161280 - 179 * n**5 / 168 + 6601661 * n**6 / 7257600,
            34729 * n**5 / 80640 - 3418889 * n**6 / 1995840,
            212378941 * n**6 / 319334400,
        )

    def _xi_eta(self, lon: FloatArray, lat: FloatArray) -> tuple[FloatArray, FloatArray]:
        n = self._n()
        e = 2.0 * np.sqrt(n) / (1.0 + n)  # first eccentricity
        phi = np.radians(lat)
        lam = np.radians(lon - self.lon0)
        sin_phi = np.sin(phi)
        t = np.sinh(np.arctanh(sin_phi) - e * np.arctanh(e * sin_phi))  # tan of the conformal latitude
        xi_p = np.arctan2(t, np.cos(lam))
        eta_p = np.arctanh(np.sin(lam) / np.sqrt(1.0 + t * t))
        xi = xi_p.copy()
        eta = eta_p.copy()
        for j, alpha in enumerate(self._alpha(), start=1):
            xi += alpha * np.sin(2 * j * xi_p) * np.cosh(2 * j * eta_p)
            eta += alpha * np.cos(2 * j * xi_p) * np.sinh(2 * j * eta_p)
        return xi, eta


#: EUREF89 / UTM zone 33N (EPSG:25833): GRS80, central meridian 15° E, scale 0.9996, false easting 500 km.
UTM33 = TransverseMercator(
    a=6378137.0, rf=298.257222101, lon0=15.0, lat0=0.0, k0=0.9996, false_easting=500000.0, false_northing=0.0
)


def utm33(lon: Sequence[float] | FloatArray, lat: Sequence[float] | FloatArray) -> tuple[FloatArray, FloatArray]:
    """UTM zone 33N easting and northing (metres) of WGS84/EUREF89 longitudes and latitudes (degrees)."""
    return UTM33.project(lon, lat)
