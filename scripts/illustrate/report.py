"""Measured figures of the illustrative layers, to compare with the calibration targets."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from scripts.illustrate.records import LOW_FTE, RECENT_YEARS, _cells, _election_year, _float, _knr, _munis


def _numbers(df: pd.DataFrame, column: str) -> list[float]:
    return [_float(v) for v in _cells(df, column)]


def _median(values: Sequence[float]) -> float:
    clean = [v for v in values if not math.isnan(v)]
    return float(np.median(clean)) if clean else math.nan


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else math.nan


def calibration_report(layers: Mapping[str, pd.DataFrame], kommuner: pd.DataFrame) -> dict[str, float]:
    """Measured figures of generated (or user-supplied) layers, to compare with the targets.

    Keys (shares in [0, 1], ages in years, counts as floats); a key is NaN when its layer is
    missing. The reference year is the newest ``aar`` in ``plankapasitet`` (else in
    ``veiledning``); "recent" is that year and the two before.

    * ``andel_samfunn_le_0_5``, ``andel_areal_le_0_5`` — targets 0.61 and 0.32 (NIVI 2014:1);
    * ``median_arealdel_alder_smaa_distrikt`` / ``..._andre`` — class 5–6 and < 2 500 vs the rest;
      ``median_samfunnsdel_alder_*`` likewise; ``andel_planstrategi_i_tide`` / ``_sen`` /
      ``_gammel`` — adopted in E+1 / E+2 / before E;
    * ``antall_regionraad`` (~50–70), ``antall_planforum``, ``antall_nettverk``,
      ``antall_plankontor``, ``antall_regionale_planer``, ``snitt_regionale_planer_per_fylke``;
    * ``andel_uten_veiledning_siste_3_aar`` overall and ``..._smaa_distrikt``, and
      ``snitt_kontakter_per_aar_store`` / ``_smaa`` (population ≥ / < 10 000);
    * ``andel_bruker_konsulenter``.
    """
    munis = _munis(kommuner, 9999)
    small = {m.knr for m in munis if m.klasse >= 5 and m.pop < 2500}
    big = {m.knr for m in munis if m.pop >= 10_000}
    all_knr = [m.knr for m in munis]
    out: dict[str, float] = {}
    year = math.nan
    kap = layers.get("plankapasitet")
    vei = layers.get("veiledning")
    for df in (kap, vei):
        if df is not None and len(df) and math.isnan(year):
            years = [y for y in _numbers(df, "aar") if not math.isnan(y)]
            year = max(years) if years else math.nan

    if kap is not None:
        samf, areal = _numbers(kap, "aarsverk_samfunn"), _numbers(kap, "aarsverk_areal")
        out["andel_samfunn_le_0_5"] = _share([v <= LOW_FTE for v in samf if not math.isnan(v)])
        out["andel_areal_le_0_5"] = _share([v <= LOW_FTE for v in areal if not math.isnan(v)])
        out["andel_bruker_konsulenter"] = _share([v.strip().lower() == "ja" for v in _cells(kap, "bruker_konsulenter")])

    pl = layers.get("planer")
    if pl is not None and not math.isnan(year):
        knrs = [_knr(k) for k in _cells(pl, "kommunenummer")]
        types = _cells(pl, "plantype")
        adopted = _numbers(pl, "vedtatt_aar")
        triples = list(zip(knrs, types, adopted, strict=True))
        for kind in ("arealdel", "samfunnsdel"):
            ages_small = [year - a for k, t, a in triples if t == kind and k in small]
            ages_other = [year - a for k, t, a in triples if t == kind and k not in small]
            out[f"median_{kind}_alder_smaa_distrikt"] = _median(ages_small)
            out[f"median_{kind}_alder_andre"] = _median(ages_other)
        election = _election_year(int(year))
        strat = [a for t, a in zip(types, adopted, strict=True) if t == "planstrategi" and not math.isnan(a)]
        out["andel_planstrategi_i_tide"] = _share([a == election + 1 for a in strat])
        out["andel_planstrategi_sen"] = _share([a > election + 1 for a in strat])
        out["andel_planstrategi_gammel"] = _share([a <= election for a in strat])

    ar = layers.get("arenaer")
    if ar is not None:
        kinds = _cells(ar, "type")
        out["antall_regionraad"] = float(kinds.count("regionråd"))
        out["antall_planforum"] = float(kinds.count("planforum"))
        out["antall_nettverk"] = float(kinds.count("nettverk"))
    pk = layers.get("plankontor")
    if pk is not None:
        out["antall_plankontor"] = float(len(pk))
    rp = layers.get("regionale_planer")
    if rp is not None:
        out["antall_regionale_planer"] = float(len(rp))
        n_counties = len(set(_cells(rp, "fylkesnummer")))
        out["snitt_regionale_planer_per_fylke"] = len(rp) / n_counties if n_counties else math.nan

    if vei is not None and not math.isnan(year):
        years = _numbers(vei, "aar")
        knrs = [_knr(k) for k in _cells(vei, "kommunenummer")]
        counts = _numbers(vei, "antall")
        recent = {k for k, y in zip(knrs, years, strict=True) if y >= year - RECENT_YEARS + 1}
        out["andel_uten_veiledning_siste_3_aar"] = _share([k not in recent for k in all_knr])
        out["andel_uten_veiledning_siste_3_aar_smaa_distrikt"] = _share(
            [k not in recent for k in all_knr if k in small]
        )
        first = min((y for y in years if not math.isnan(y)), default=year)
        n_years = max(year - first + 1, 1)
        totals: dict[str, float] = {}
        for k, c in zip(knrs, counts, strict=True):
            totals[k] = totals.get(k, 0.0) + (0.0 if math.isnan(c) else c)
        big_list = [totals.get(k, 0.0) / n_years for k in all_knr if k in big]
        small_list = [totals.get(k, 0.0) / n_years for k in all_knr if k not in big]
        out["snitt_kontakter_per_aar_store"] = sum(big_list) / len(big_list) if big_list else math.nan
        out["snitt_kontakter_per_aar_smaa"] = sum(small_list) / len(small_list) if small_list else math.nan
    return out
