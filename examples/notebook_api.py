"""dknet from a notebook or a script: the flat ``dk.*`` namespace, names as you type them, DataFrames out.

Run it (``python examples/notebook_api.py [OUT_DIR]``) or paste the cells into Jupyter. The test
suite runs it (``tests/test_api.py``), so it stays true. Every call below is also a CLI command:
``dknet partners``, ``dknet communities``, ``dknet plan-offices``, ``dknet gaps``, ``dknet map``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import dknet as dk
from dknet.messages import t


def main(out_dir: Path) -> dict[str, object]:
    """Run the tour; return what it made (the test checks it)."""
    # %% The graph: the demonstration set (cached): the real national data plus generated records of
    # plans, planning capacity and guidance, so that every call below has something to show.
    # dk.load() is the real data alone; dk.load("mine/") adds your own registers.
    G = dk.load(demo=True)
    if G.graph["demo"]:  # what is printed below rests partly on invented records: say so first
        print(t("demo.banner"))

    # %% Partners for Holtålen, named as a planner types it (also "5026" or "holtaalen").
    partners = dk.partners(G, "holtålen", top=5)
    print(partners[["rank", "kommunenummer", "navn", "score", "distance_km"]].to_string(index=False))

    # %% Communities of similar, feasible municipalities in Trøndelag; quality figures in .attrs.
    communities = dk.communities(G, county="Trøndelag", seed=2024)
    print(communities[["community", "size", "members"]].to_string(index=False))
    print("modularity", round(communities.attrs["quality"]["modularity"], 3))

    # %% Candidate plan offices in Nordland, one row per office.
    offices = dk.plan_offices(G, county="Nordland")
    print(offices.head(3).to_string(index=False))

    # %% Guidance gaps: need vs support for the municipalities Statsforvalteren i Trøndelag follows up.
    gaps = dk.gaps(G, kind="need", sf="Statsforvalteren i Trøndelag", top=5)
    print(gaps[["rank", "kommunenummer", "navn", "gap"]].to_string(index=False))

    # %% A map of Holtålen's suggested partners: one offline HTML file.
    path = dk.draw_map(G, out_dir / "holtalen-partnere.html", view="partners", focus="holtålen")
    print("map:", path)
    return {"partners": partners, "communities": communities, "offices": offices, "gaps": gaps, "map": path}


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="dknet-")))
