"""The entry point: all illustrative layers from the real ones, one seeded stream per layer."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from scripts.illustrate.arenas import _arenaer
from scripts.illustrate.guidance import _engagement, _veiledning
from scripts.illustrate.plans import (
    _active_real_office_members,
    _planer,
    _plankapasitet,
    _plankontor,
    _regionale_planer,
)
from scripts.illustrate.records import _cells, _fnr, _frame, _munis, _rng
from scripts.illustrate.territory import _border_graph, _link_graph


def generate_illustrative(
    tables: Mapping[str, pd.DataFrame], *, seed: int = 2024, year: int = 2026
) -> dict[str, pd.DataFrame]:
    """Generate the illustrative layers from the real ones (see the module docstring for the rules).

    ``tables`` needs ``kommuner``, ``fylker`` and ``grenser``; ``statsforvaltere``,
    ``plankontor`` and ``plankontor_medlemmer`` are used when present. Returns one DataFrame per
    layer in :data:`OUTPUT_LAYERS`, with exactly the layer's columns, all cells text.

    >>> kommuner = pd.DataFrame({
    ...     "kommunenummer": ["5025", "5026", "5033"], "navn": ["Røros", "Holtålen", "Tydal"],
    ...     "fylkesnummer": ["50"] * 3, "ba_region": ["96 Røros", "95 Holtålen", "94 Tydal"],
    ...     "folketall_2026": ["5600", "2000", "750"], "sentralitetsklasse": ["5", "6", "6"],
    ...     "areal_km2": ["1956", "1209", "1330"], "lat": ["62.6", "62.8", "63.0"],
    ...     "lon": ["11.5", "11.2", "11.6"]})
    >>> fylker = pd.DataFrame({"fylkesnummer": ["50"], "navn": ["Trøndelag"], "statsforvalter_id": ["trondelag"]})
    >>> grenser = pd.DataFrame({"kommune_a": ["5025", "5026"], "kommune_b": ["5026", "5033"]})
    >>> out = generate_illustrative({"kommuner": kommuner, "fylker": fylker, "grenser": grenser})
    >>> len(out["planer"]), sorted(out["arenaer"]["type"]), set(out["veiledning"]["source"])
    (9, ['planforum', 'regionråd'], {'illustrative'})
    >>> sorted(set(out["veiledning"]["fra_id"]))
    ['50', 'trondelag']
    """
    kommuner = tables["kommuner"]
    munis = _munis(kommuner, year)
    if not munis:
        raise ValueError("kommuner is empty")
    fylker_df = tables.get("fylker")
    county_names: dict[str, str] = {}
    sf_of: dict[str, str] = {}
    if fylker_df is not None:
        for f, navn, sf in zip(
            _cells(fylker_df, "fylkesnummer"),
            _cells(fylker_df, "navn"),
            _cells(fylker_df, "statsforvalter_id"),
            strict=True,
        ):
            county_names[_fnr(f)] = navn.strip()
            sf_of[_fnr(f)] = sf.strip()
    sf_df = tables.get("statsforvaltere")
    if sf_df is not None and len(sf_df):
        known_sf = {s.strip() for s in _cells(sf_df, "statsforvalter_id")}
        sf_of = {f: s for f, s in sf_of.items() if s in known_sf}
    fylker = sorted({m.fylke for m in munis})
    border = _border_graph(munis, tables.get("grenser"))
    links = _link_graph(munis, border)

    planer = _planer(munis, _rng(seed, "planer"), year)
    kapasitet, capacity = _plankapasitet(munis, _rng(seed, "plankapasitet"), year)
    offices, office_members = _plankontor(
        munis, border, capacity, _active_real_office_members(tables), _rng(seed, "plankontor")
    )
    rplans, coverage = _regionale_planer(munis, border, fylker, _rng(seed, "regionale_planer"), year, county_names)
    disengaged, attendees = _engagement(munis, _rng(seed, "engasjement"))
    arenas, arena_members = _arenaer(munis, links, fylker, attendees, _rng(seed, "arenaer"), county_names)
    guidance = _veiledning(munis, sf_of, disengaged, attendees, _rng(seed, "veiledning"), year)

    return {
        "planer": _frame("planer", planer),
        "plankapasitet": _frame("plankapasitet", kapasitet),
        "plankontor": _frame("plankontor", offices),
        "plankontor_medlemmer": _frame("plankontor_medlemmer", office_members),
        "regionale_planer": _frame("regionale_planer", rplans),
        "regionalplan_dekning": _frame("regionalplan_dekning", coverage),
        "arenaer": _frame("arenaer", arenas),
        "arena_medlemmer": _frame("arena_medlemmer", arena_members),
        "veiledning": _frame("veiledning", guidance),
    }
