"""Engagement (who attends, who has dropped out) and the guidance contacts from FK and SF."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from scripts.illustrate.records import FIRST_GUIDANCE_YEAR, RECENT_YEARS, Rng, Row, _election_year, _Muni

_FK_FORMS: tuple[tuple[str, float], ...] = (
    ("planforum", 0.35),
    ("møte", 0.25),
    ("kurs", 0.15),
    ("veiledningsteam", 0.10),
    ("samling", 0.10),
    ("annet", 0.05),
)
_SF_FORMS: tuple[tuple[str, float], ...] = (
    ("møte", 0.35),
    ("kurs", 0.20),
    ("samling", 0.20),
    ("planforum", 0.10),
    ("veiledningsteam", 0.05),
    ("annet", 0.10),
)
_GUIDANCE_TOPICS: tuple[str, ...] = (
    "planstrategi",
    "kommuneplanens samfunnsdel",
    "kommuneplanens arealdel",
    "reguleringsplan",
    "klimatilpasning",
    "jordvern",
    "strandsone",
    "ROS-analyse",
    "medvirkning",
)


def _engagement(munis: Sequence[_Muni], rng: Rng) -> tuple[set[str], set[str]]:
    """(disengaged, planforum attendees)."""
    disengaged: set[str] = set()
    attendees: set[str] = set()
    for m in munis:
        u, v = float(rng.random()), float(rng.random())
        if u < 0.03 + 0.22 * m.remote**2:
            disengaged.add(m.knr)
        elif v < 1.0 - 0.25 * m.remote:
            attendees.add(m.knr)
    return disengaged, attendees


def _veiledning(
    munis: Sequence[_Muni],
    sf_of: Mapping[str, str],
    disengaged: set[str],
    attendees: set[str],
    rng: Rng,
    year: int,
) -> list[Row]:
    recent_from = year - RECENT_YEARS + 1
    rows: list[Row] = []
    for m in munis:
        r = m.remote
        for aar in range(FIRST_GUIDANCE_YEAR, year + 1):
            for kind, forms, lam, fra in (
                ("FK", _FK_FORMS, 0.5 + 0.9 * (1 - r), m.fylke),
                ("SF", _SF_FORMS, 0.5 + 0.7 * (1 - r), sf_of.get(m.fylke, "")),
            ):
                if not fra:
                    continue
                if m.knr in disengaged:
                    if aar >= recent_from:
                        continue
                    lam *= 0.5
                names = [f for f, _ in forms]
                weights = np.array([w for _, w in forms], dtype=float)
                if kind == "FK" and aar >= recent_from and m.knr not in attendees:
                    weights[names.index("planforum")] = 0.0
                n_forms = min(int(rng.poisson(lam)), 3, int((weights > 0).sum()))
                if n_forms == 0:
                    continue
                picked = rng.choice(len(names), size=n_forms, replace=False, p=weights / weights.sum())
                for i in sorted(int(p) for p in picked):
                    antall = min(1 + int(rng.poisson(0.6 + 1.6 * (1 - r))), 6)
                    topic = _GUIDANCE_TOPICS[int(rng.integers(len(_GUIDANCE_TOPICS)))]
                    if aar == _election_year(year) + 1 and float(rng.random()) < 0.4:
                        topic = "planstrategi"
                    rows.append(
                        {
                            "fra_type": kind,
                            "fra_id": fra,
                            "kommunenummer": m.knr,
                            "aar": str(aar),
                            "form": names[i],
                            "antall": str(antall),
                            "tema": topic,
                        }
                    )
    rows.sort(key=lambda r_: (r_["kommunenummer"], r_["aar"], r_["fra_type"], r_["form"]))
    for n, row in enumerate(rows, start=1):
        row["veiledning_id"] = f"ill-v-{n}"
    return rows
