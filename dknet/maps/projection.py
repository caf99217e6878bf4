"""Project longitude/latitude to UTM zone 33N (EPSG:25833), the projection Norwegian agencies map the country in.

Why UTM 33: Kartverket, SSB and the municipalities publish national maps of Norway in
EUREF89 / UTM zone 33N (EPSG:25833). It keeps Norway's shape (conformal) and, unlike plain
longitude/latitude, does not stretch the north: one map unit is one metre everywhere.

The transverse Mercator is computed with Krüger's series in the form of Karney (2011),
"Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85, eqs. (7)–(11) and
(35), to sixth order in the third flattening *n*: accurate to well under a millimetre within
the 30° of longitude Norway spans around the 15° E central meridian. The ellipsoid is GRS80
(EUREF89/ETRS89 ≈ WGS84 at map scale).

>>> e, n = utm33([15.0], [60.0])
>>> round(float(e[0]), 3), round(float(n[0]), 1)  # on the central meridian: E is the false easting
(500000.0, 6651411.2)
>>> e, n = utm33([10.75], [59.91])  # Oslo
>>> round(float(e[0]) / 1000), round(float(n[0]) / 1000)
(262, 6649)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


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
