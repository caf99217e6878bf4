"""A tiny, made-up knowledge graph for doctests and examples (six municipalities in two counties).

Not real data: the names are invented, so nobody mistakes it for Norway.

>>> G = tiny_graph()
>>> sorted(d["name"] for _, d in G.nodes(data=True) if d["label"] == "Municipality")
['Austby', 'Bergdal', 'Dalsnes', 'Fjellvik', 'Nordøy', 'Åsen']
"""

from __future__ import annotations

import pandas as pd

from dknet.graph import Graph, build_graph
from dknet.schema import LAYERS

_KOMMUNER = [
    # kommunenummer, navn, fylke, folketall, endring, 67+, 80+, indeks, klasse, tetthet, lon, lat, ba
    ("9001", "Austby", "90", 25000, 8.0, 0.17, 0.04, 800, 3, 60.0, 10.0, 63.0, "1 Austby"),
    ("9002", "Bergdal", "90", 2100, -4.0, 0.26, 0.09, 520, 6, 2.0, 10.4, 63.1, "1 Austby"),
    ("9003", "Dalsnes", "90", 1900, -6.0, 0.27, 0.10, 510, 6, 1.5, 10.8, 63.2, "2 Dalsnes"),
    ("9004", "Fjellvik", "90", 2400, -3.0, 0.25, 0.08, 540, 6, 2.5, 11.2, 63.1, "2 Dalsnes"),
    ("9101", "Nordøy", "91", 1200, -9.0, 0.29, 0.11, 480, 6, 1.0, 11.6, 63.3, "3 Nordøy"),
    ("9102", "Åsen", "91", 9000, 2.0, 0.20, 0.05, 700, 4, 20.0, 12.0, 63.0, "4 Åsen"),
]


def tiny_tables() -> dict[str, pd.DataFrame]:
    """The tables behind :func:`tiny_graph` (one DataFrame per layer, empty where unused)."""
    t = {name: pd.DataFrame(columns=layer.column_names) for name, layer in LAYERS.items()}
    t["statsforvaltere"] = pd.DataFrame([{"statsforvalter_id": "sf-x", "navn": "Statsforvalteren i X", "source": "x"}])
    t["fylker"] = pd.DataFrame(
        [
            {"fylkesnummer": f, "navn": n, "statsforvalter_id": "sf-x", "source": "x"}
            for f, n in (("90", "Vest"), ("91", "Øst"))
        ]
    )
    t["kommuner"] = pd.DataFrame(
        [
            {
                "kommunenummer": k,
                "navn": n,
                "navn_ssb": n,
                "fylkesnummer": f,
                "folketall_2026": p,
                "endring_2016_2026_pst": e,
                "andel_67pluss": a67,
                "andel_80pluss": a80,
                "sentralitetsindeks": i,
                "sentralitetsklasse": c,
                "befolkningstetthet": d,
                "lon": lon,
                "lat": lat,
                "ba_region": ba,
                "source": "example",
            }
            for k, n, f, p, e, a67, a80, i, c, d, lon, lat, ba in _KOMMUNER
        ]
    )
    pairs = [("9001", "9002"), ("9002", "9003"), ("9003", "9004"), ("9004", "9101"), ("9101", "9102")]
    t["grenser"] = pd.DataFrame(
        [{"kommune_a": a, "kommune_b": b, "grenselengde_km": 10.0, "source": "example"} for a, b in pairs]
    )
    t["plankontor"] = pd.DataFrame(
        [
            {
                "plankontor_id": "pk-1",
                "navn": "Dalsnes plankontor",
                "form": "vertskommune",
                "status": "aktiv",
                "fra_aar": 2020,
                "source": "example",
            }
        ]
    )
    t["plankontor_medlemmer"] = pd.DataFrame(
        [
            {"plankontor_id": "pk-1", "kommunenummer": "9003", "rolle": "vert", "source": "example"},
            {"plankontor_id": "pk-1", "kommunenummer": "9004", "rolle": "deltaker", "source": "example"},
        ]
    )
    return t


def tiny_graph() -> Graph:
    """Six invented municipalities in a row of borders; Dalsnes and Fjellvik share a plan office."""
    return build_graph(tiny_tables())
