"""Parsing the real tables into records, and the helpers every layer shares.

See :mod:`scripts.illustrate` for the rules; population, remoteness and the seeded streams are defined here.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dknet.schema import ILLUSTRATIVE, LAYERS

#: The layers :func:`generate_illustrative` returns.
OUTPUT_LAYERS: tuple[str, ...] = (
    "planer",
    "plankapasitet",
    "plankontor",
    "plankontor_medlemmer",
    "regionale_planer",
    "regionalplan_dekning",
    "arenaer",
    "arena_medlemmer",
    "veiledning",
)

Row = dict[str, str]
Rng = np.random.Generator

# Calibration targets (DOMAIN.md, NIVI 2014:1).
SHARE_LOW_SAMFUNN = 0.61
SHARE_LOW_AREAL = 0.32
LOW_FTE = 0.5

FIRST_GUIDANCE_YEAR = 2019
RECENT_YEARS = 3


@dataclass(frozen=True)
class _Muni:
    knr: str
    navn: str
    fylke: str
    ba: str
    pop: int
    klasse: int
    areal: float
    lat: float
    lon: float
    change: float
    share67: float
    remote: float


def _float(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return math.nan


def _knr(text: str) -> str:
    t = text.strip()
    return t.zfill(4) if t.isdigit() else t


def _fnr(text: str) -> str:
    t = text.strip()
    return t.zfill(2) if t.isdigit() else t


def _cells(df: pd.DataFrame, column: str) -> list[str]:
    if column not in df.columns:
        return [""] * len(df)
    return ["" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v) for v in df[column].tolist()]


def remoteness(klasse: int, pop: int) -> float:
    """Remoteness in [0, 1] from centrality class and population (see the module docstring).

    >>> remoteness(1, 700_000), remoteness(6, 400)
    (0.0, 1.0)
    """
    k = min(max(klasse, 1), 6)
    lo, hi = math.log(500), math.log(50_000)
    size = min(max((hi - math.log(max(pop, 1))) / (hi - lo), 0.0), 1.0)
    return 0.5 * (k - 1) / 5 + 0.5 * size


def _population_column(columns: Iterable[str], year: int) -> list[str]:
    years = sorted(
        (int(c[len("folketall_") :]) for c in columns if c.startswith("folketall_") and c[10:].isdigit()),
        reverse=True,
    )
    preferred = [y for y in years if y <= year] + [y for y in years if y > year]
    return [f"folketall_{y}" for y in preferred]


_FLOAT_FIELDS = {
    "areal": "areal_km2",
    "lat": "lat",
    "lon": "lon",
    "change": "endring_2016_2026_pst",
    "share67": "andel_67pluss",
}


def _munis(kommuner: pd.DataFrame, year: int) -> list[_Muni]:
    """Parse ``kommuner`` into records sorted by kommunenummer.

    A missing number is replaced by the county mean (else the national mean, else 0), a missing
    population by 0 and a missing centrality class by 4, so that nothing downstream is NaN.
    """
    n = len(kommuner)
    text = {c: _cells(kommuner, c) for c in ("kommunenummer", "navn", "fylkesnummer", "ba_region")}
    pop_cols = [_cells(kommuner, c) for c in _population_column(kommuner.columns, year)]
    klasser = [_float(v) for v in _cells(kommuner, "sentralitetsklasse")]
    numbers = {key: [_float(v) for v in _cells(kommuner, col)] for key, col in _FLOAT_FIELDS.items()}
    fylker = [_fnr(f) for f in text["fylkesnummer"]]
    for values in numbers.values():
        known_all = [v for v in values if not math.isnan(v)]
        national = sum(known_all) / len(known_all) if known_all else 0.0
        for i in range(n):
            if math.isnan(values[i]):
                same = [v for v, f in zip(values, fylker, strict=True) if f == fylker[i] and not math.isnan(v)]
                values[i] = sum(same) / len(same) if same else national
    out: list[_Muni] = []
    for i in range(n):
        pops = [_float(col[i]) for col in pop_cols]
        pop = next((int(v) for v in pops if not math.isnan(v)), 0)
        klasse = 4 if math.isnan(klasser[i]) else int(klasser[i])
        knr = _knr(text["kommunenummer"][i])
        out.append(
            _Muni(
                knr=knr,
                navn=text["navn"][i].strip() or knr,
                fylke=fylker[i],
                ba=text["ba_region"][i].strip(),
                pop=pop,
                klasse=klasse,
                areal=numbers["areal"][i],
                lat=numbers["lat"][i],
                lon=numbers["lon"][i],
                change=numbers["change"][i],
                share67=numbers["share67"][i],
                remote=remoteness(klasse, pop),
            )
        )
    out.sort(key=lambda m: m.knr)
    return out


def _rng(seed: int, stream: str) -> Rng:
    return np.random.default_rng([seed, zlib.crc32(stream.encode("utf-8"))])


def _election_year(year: int) -> int:
    """The latest municipal election whose planstrategi falls due in or before ``year``.

    >>> _election_year(2026), _election_year(2028)
    (2023, 2027)
    """
    return 2023 + 4 * ((year - 2024) // 4)


def _ba_label(ba: str) -> str:
    """A BA-region name without its leading number.

    >>> _ba_label("49 Stavanger/Sandnes")
    'Stavanger/Sandnes'
    """
    head, _, tail = ba.strip().partition(" ")
    return tail.strip() if head.isdigit() and tail.strip() else ba.strip()


def _fmt1(x: float) -> str:
    return f"{x:.1f}"


def _with_source(rows: list[Row]) -> list[Row]:
    for r in rows:
        r["source"] = ILLUSTRATIVE
        r["source_url"] = ""
    return rows


def _frame(layer: str, rows: list[Row]) -> pd.DataFrame:
    columns = LAYERS[layer].column_names
    data = [[str(r.get(c, "")) for c in columns] for r in _with_source(rows)]
    return pd.DataFrame(data, columns=columns, dtype=str)


def _gamma_age(rng: Rng, mean: float, shape: float, cap: int) -> int:
    age = float(rng.gamma(shape, mean / shape))
    return int(min(max(round(age), 0), cap))
