"""UTM zone 33N for the maps: kept as an import path; the implementation lives in :mod:`dknet.geo`."""

from dknet.geo import UTM33, TransverseMercator, utm33

__all__ = ["UTM33", "TransverseMercator", "utm33"]
