"""Challenge profiles and the similarity between two municipalities.

A *challenge profile* is a row of indicators per municipality: population, its 10-year change,
ageing, centrality, density (public data), the age of its planstrategi, samfunnsdel and arealdel
and its planning FTE (plan layer), and the guidance and memberships it has (network). Which
indicators count, and how much, comes from a TOML file (:data:`DEFAULT_CONFIG`, documented in
``docs/partners.md``).

**Scaling.** Raw indicators live on incomparable scales (inhabitants, %, index points, years),
so each is replaced by its *percentile rank* among all municipalities: 0 for the lowest value,
1 for the highest, ties sharing their mean rank. Ranks are robust to the outliers Norway has
(Oslo's 728 714 inhabitants next to Utsira's 200).

**Similarity.** For municipalities a and b, with scaled values x and y and weights w over the
indicators both have, ``sim(a, b) = Σ wᵢ (1 − |xᵢ − yᵢ|) / Σ wᵢ`` — Gower's (1971) coefficient on
rank-scaled indicators. It is symmetric, lies in [0, 1] (1 = identical profiles), and splits
into per-indicator contributions ``wᵢ (1 − |xᵢ − yᵢ|) / Σ wᵢ`` that sum to it, which is what the
explanations use. A missing value is never taken as zero: the indicator drops out of that pair's
mean, and :func:`missing_report` lists what was missing.

>>> import numpy as np, pandas as pd
>>> raw = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [10.0, np.nan, 30.0]}, index=["x", "y", "z"])
>>> scaled = rank_scale(raw)
>>> scaled["a"].tolist(), scaled["b"].tolist()
([0.0, 0.5, 1.0], [0.0, nan, 1.0])
>>> s, parts = pair_similarity(scaled, {"a": 1.0, "b": 1.0}, "x", "y")
>>> round(s, 3), {k: round(v, 3) for k, v in parts.items()}
(0.5, {'a': 0.5})
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis.context import memberships
from dknet.errors import ConfigError
from dknet.graph import Graph, nodes_of
from dknet.io.config import config_kind, read_toml, section_list, shown_value
from dknet.messages.msg import Either, Local, Msg, Text, joined, semicolons
from dknet.schema import ILLUSTRATIVE, Label, Rel

_WHAT = "profile configuration"

DEFAULT_CONFIG = Path(__file__).with_name("profile.toml")


@dataclass(frozen=True)
class Indicator:
    """One indicator: how to read it from a municipality node, and how to talk about it."""

    name: str
    nb: str
    en: str
    unit: str
    layer: str  # "public", "plan" or "network": where its values come from
    read: Callable[[Graph, str, int], float | None]
    requires: str | None = None  # a relationship type; with none in the graph the indicator is missing, not 0
    nn: str = ""  # the nynorsk name where it differs from bokmål
    theme: str = "demografi"  # the theme it belongs to (THEMES): weights are given by theme
    #: "number": compared by percentile rank; "category": alike only when equal (a KOSTRA group);
    #: "flag": 1/0, alike when both are 1, and a pair where both are 0 is left out (two mainland
    #: municipalities do not share the challenge of an island).
    kind: str = "number"
    #: The catalogue key of the reason "both …" for a category or flag ("reason.both_island").
    both: str = ""
    #: A number whose high end is the challenge (second homes, protected area, aquaculture): two
    #: municipalities that both have little of it share no challenge, so a reason names it only
    #: when both are above the national median (``high_rank``, a percentile rank).
    high_only: bool = False
    #: Where "high" begins for ``high_only``: 0.5 is the median; fishing, which most inland
    #: municipalities have none of, starts at the top quarter.
    high_rank: float = 0.5

    def about(self) -> Msg | Local:
        """What the indicator measures, as a noun phrase on its own ("alder på arealdel" for a plan age).

        >>> INDICATORS["alder_arealdel"].about().render("nb"), INDICATORS["andel_67pluss"].about().render("en")
        ('alder på arealdel', 'share aged 67+')
        """
        return Msg("indicator.age_of", name=self.label()) if self.unit == "years" else self.label()

    def label(self) -> Local:
        """The indicator's name for people, in every language (rendered at the edge).

        >>> INDICATORS["befolkningstetthet"].label().render("nn"), INDICATORS["andel_67pluss"].label().render("nn")
        ('innbyggjarar per km²', 'andel 67+')
        """
        return Local(self.nb, self.nn, self.en)


def _attr(name: str) -> Callable[[Graph, str, int], float | None]:
    def read(G: Graph, node: str, year: int) -> float | None:
        value = G.nodes[node].get(name)
        return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)

    return read


def _ratio(part: str, whole: str) -> Callable[[Graph, str, int], float | None]:
    """``part / whole`` of two attributes (second homes per inhabitant); missing when either is."""
    top, bottom = _attr(part), _attr(whole)

    def read(G: Graph, node: str, year: int) -> float | None:
        a, b = top(G, node, year), bottom(G, node, year)
        return None if a is None or not b else a / b

    return read


def _plan_age(plantype: str) -> Callable[[Graph, str, int], float | None]:
    """Years since the newest plan of ``plantype``; a revision of the provisions only (``omfang``
    ``bestemmelser``) leaves the plan as old as its map, the newest whole plan before it (unknown: None)."""

    def read(G: Graph, node: str, year: int) -> float | None:
        plans = sorted(
            (int(G.nodes[v]["vedtatt_aar"]), str(G.nodes[v].get("omfang") or "") == "bestemmelser")
            for _, v, d in G.out_edges(node, data=True)
            if d["type"] == Rel.HAS_PLAN.type
            and G.nodes[v].get("plantype") == plantype
            and G.nodes[v].get("vedtatt_aar") is not None
        )
        if not plans:
            return None
        newest, provisions_only = plans[-1]
        if provisions_only:
            whole = [y for y, p in plans if not p and y < newest]
            return float(year - max(whole)) if whole else None
        return float(year - newest)

    return read


def _fte(G: Graph, node: str, year: int) -> float | None:
    d = G.nodes[node]
    parts = [d.get("aarsverk_samfunn"), d.get("aarsverk_areal")]
    if all(p is None for p in parts):
        return None
    return float(sum(p for p in parts if p is not None))


def _guidance(G: Graph, node: str, year: int) -> float | None:
    return float(
        sum(
            int(d.get("antall", 1))
            for _, _, d in G.in_edges(node, data=True)
            if d["type"] == Rel.GUIDES.type and int(d["aar"]) > year - 3
        )
    )


def _memberships(G: Graph, node: str, year: int) -> float | None:
    return float(len(memberships(G, node, Label.PLAN_OFFICE)) + len(memberships(G, node, Label.ARENA)))


def _yes_no(name: str) -> Callable[[Graph, str, int], float | None]:
    """A ja/nei attribute as 1/0 (missing stays missing)."""

    def read(G: Graph, node: str, year: int) -> float | None:
        value = G.nodes[node].get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if isinstance(value, bool | int | float):
            return float(bool(value))
        text = str(value).strip().casefold()
        return 1.0 if text in ("ja", "yes", "true", "1") else 0.0 if text in ("nei", "no", "false", "0") else None

    return read


def _covered_by_theme(tema: str) -> Callable[[Graph, str, int], float | None]:
    """1 when a regional plan on ``tema`` (e.g. villrein) covers the municipality, 0 when none does.

    Missing when the data has no regional plan on that topic at all (nothing to compare).
    """

    def read(G: Graph, node: str, year: int) -> float | None:
        plans = [u for u, d in G.nodes(data=True) if d["label"] == Label.REGIONAL_PLAN.label and d.get("tema") == tema]
        if not plans:
            return None
        return float(any(G.has_edge(p, node) for p in plans))

    return read


def _in_arena_of_type(description: str) -> Callable[[Graph, str, int], float | None]:
    """1 when the municipality is a member of a standing area whose name starts with ``description``."""

    def read(G: Graph, node: str, year: int) -> float | None:
        areas = [
            a
            for a, d in G.nodes(data=True)
            if d["label"] == Label.ARENA.label and str(d.get("name", "")).startswith(description)
        ]
        if not areas:
            return None
        return float(any(G.has_edge(node, a) for a in areas))

    return read


INDICATORS: dict[str, Indicator] = {
    i.name: i
    for i in (
        Indicator(
            "folketall", "folketall 2026", "population 2026", "", "public", _attr("folketall_2026"), nn="folketal 2026"
        ),
        Indicator(
            "endring_10aar",
            "befolkningsendring 2016–2026",
            "population change 2016–2026",
            "%",
            "public",
            _attr("endring_2016_2026_pst"),
            nn="folketalsendring 2016–2026",
        ),
        Indicator("andel_67pluss", "andel 67+", "share aged 67+", "share", "public", _attr("andel_67pluss")),
        Indicator("andel_80pluss", "andel 80+", "share aged 80+", "share", "public", _attr("andel_80pluss")),
        Indicator(
            "sentralitetsindeks",
            "sentralitetsindeks",
            "centrality index",
            "",
            "public",
            _attr("sentralitetsindeks"),
            theme="bosetting",
        ),
        Indicator(
            "befolkningstetthet",
            "innbyggere per km²",
            "inhabitants per km²",
            "",
            "public",
            _attr("befolkningstetthet"),
            nn="innbyggjarar per km²",
            theme="bosetting",
        ),
        Indicator(
            "alder_planstrategi",
            "planstrategi",
            "planstrategi",
            "years",
            "plan",
            _plan_age("planstrategi"),
            theme="plan",
        ),
        Indicator(
            "alder_samfunnsdel", "samfunnsdel", "samfunnsdel", "years", "plan", _plan_age("samfunnsdel"), theme="plan"
        ),
        Indicator("alder_arealdel", "arealdel", "arealdel", "years", "plan", _plan_age("arealdel"), theme="plan"),
        Indicator("aarsverk_plan", "planårsverk", "planning FTE", "FTE", "plan", _fte, theme="plan"),
        Indicator(
            "veiledning",
            "veiledningskontakter siste 3 år",
            "guidance contacts, last 3 years",
            "",
            "network",
            _guidance,
            Rel.GUIDES.type,
            nn="rettleiingskontaktar siste 3 år",
            theme="nettverk",
        ),
        Indicator(
            "medlemskap",
            "medlemskap i kontor og arenaer",
            "memberships of offices and arenas",
            "",
            "network",
            _memberships,
            Rel.MEMBER_OF.type,
            theme="nettverk",
        ),
        # Settlement and geography (Kartverket outlines, NVDB ferries; scripts/geography.py)
        Indicator(
            "kystandel",
            "kystandel av omrisset",
            "coast share of the outline",
            "share",
            "public",
            _attr("kystandel"),
            nn="kystdel av omrisset",
            theme="bosetting",
        ),
        Indicator(
            "oykommune",
            "øykommune",
            "island municipality",
            "",
            "public",
            _yes_no("oykommune"),
            theme="bosetting",
            kind="flag",
            both="reason.both_island",
        ),
        Indicator(
            "ferjeavhengig",
            # what the data knows: an island with a car-ferry quay; bridges and tunnels are not in
            # it, so Hinnøya and Lofoten (Tjeldsundbrua, E10) are not called ferry-dependent
            "øykommune med bilferjekai",
            "island municipality with a car-ferry quay",
            "",
            "public",
            _yes_no("ferjeavhengig"),
            theme="bosetting",
            kind="flag",
            both="reason.both_ferry",
        ),
        # Economy and cost (SSB KOSTRA groups; jobs in aquaculture, primary industries, manufacturing; KDD need)
        Indicator(
            "kostragruppe",
            "KOSTRA-gruppe",
            "KOSTRA group",
            "",
            "public",
            _attr("kostragruppe"),
            theme="okonomi",
            kind="category",
            both="reason.both_kostra",
        ),
        Indicator(
            "utgiftsbehov",
            "beregnet utgiftsbehov 2026",
            "expenditure need 2026",
            "index",
            "public",
            _attr("utgiftsbehov_2026"),
            nn="berekna utgiftsbehov 2026",
            theme="okonomi",
        ),
        Indicator(
            "havbruk",
            "andel sysselsatte i havbruk 2017",
            "share employed in aquaculture 2017",
            "share",
            "public",
            _ratio("havbruk_2017", "sysselsatte_2017"),
            nn="del sysselsette i havbruk 2017",
            theme="okonomi",
            high_only=True,
        ),
        Indicator(
            "primaer",
            "andel sysselsatte i jordbruk, skogbruk og fiske 2020",
            "share employed in agriculture, forestry and fishing 2020",
            "share",
            "public",
            _attr("primaer_andel_2020"),
            nn="del sysselsette i jordbruk, skogbruk og fiske 2020",
            theme="okonomi",
            high_only=True,
        ),
        Indicator(
            "fiske",
            # fishing as the main occupation, by where the fishermen live: tells the fishing villages
            # from the farming ones, which the primary-industry share lumps together
            "fiskere med fiske som hovedyrke 2018, andel av innbyggerne",
            "fishermen (main occupation) 2018, share of inhabitants",
            "share",
            "public",
            _ratio("fiskere_2018", "folketall_2024"),
            nn="fiskarar med fiske som hovudyrke 2018, del av innbyggjarane",
            theme="okonomi",
            high_only=True,
            high_rank=0.75,
        ),
        Indicator(
            "industri",
            "andel sysselsatte i industri 2020",
            "share employed in manufacturing 2020",
            "share",
            "public",
            _attr("industri_andel_2020"),
            nn="del sysselsette i industri 2020",
            theme="okonomi",
            high_only=True,
        ),
        # Nature and land use (regional plans for wild reindeer areas; SSB protected area and second homes)
        Indicator(
            "villrein",
            "villreinområde med regional plan",
            "wild reindeer area with a regional plan",
            "",
            "curated",
            _covered_by_theme("villrein"),
            Rel.COVERS.type,
            nn="villreinområde med regional plan",
            theme="natur",
            kind="flag",
            both="reason.both_reindeer",
        ),
        Indicator(
            "vernet",
            "andel av arealet vernet",
            "share of the area protected",
            "share",
            "public",
            _ratio("vernet_areal_km2", "areal_km2"),
            nn="del av arealet verna",
            theme="natur",
            high_only=True,
        ),
        Indicator(
            "fritidsboliger",
            "fritidsboliger per innbygger",
            "second homes per inhabitant",
            "",
            "public",
            _ratio("fritidsboliger_2023", "folketall_2024"),
            nn="fritidsbustader per innbyggjar",
            theme="natur",
            high_only=True,
        ),
        # Sami language area (sameloven § 3-1)
        Indicator(
            "samisk",
            "forvaltningsområdet for samiske språk",
            "administrative area for Sami languages",
            "",
            "curated",
            _in_arena_of_type("Forvaltningsområdet for samiske språk"),
            Rel.MEMBER_OF.type,
            nn="forvaltingsområdet for samiske språk",
            theme="samisk",
            kind="flag",  # the reason is the shared area's name, given with the other groups (reasons.py)
        ),
    )
}

#: The themes of the challenge profile, in the order they are shown: (name, bokmål, nynorsk, English).
THEMES: tuple[tuple[str, str, str, str], ...] = (
    ("demografi", "demografi", "demografi", "demography"),
    ("bosetting", "bosetting og geografi", "busetnad og geografi", "settlement and geography"),
    ("okonomi", "økonomi og kostnader", "økonomi og kostnader", "economy and cost"),
    ("natur", "natur og arealbruk", "natur og arealbruk", "nature and land use"),
    ("samisk", "samisk språkområde", "samisk språkområde", "Sami language area"),
    ("plan", "plansituasjon", "plansituasjon", "plan situation"),
    ("nettverk", "nettverk og veiledning", "nettverk og rettleiing", "network and guidance"),
)
THEME_NAMES = tuple(t[0] for t in THEMES)


def kind_of(column: object) -> str:
    """How an indicator column is compared ("number", "category" or "flag"); unknown columns are numbers.

    >>> kind_of("kostragruppe"), kind_of("oykommune"), kind_of("folketall"), kind_of("x")
    ('category', 'flag', 'number', 'number')
    """
    ind = INDICATORS.get(str(column))
    return ind.kind if ind else "number"


def column_terms(a: np.ndarray, b: np.ndarray, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """Gower's per-indicator distance |a − b| (0 alike … 1 unlike) and whether the pair counts.

    The one place the three kinds differ: a number by its rank distance, a category by equality,
    a flag by equality where at least one of the two has it. Broadcasts like numpy.

    >>> d, ok = column_terms(np.array([0.0, 1.0, 0.0, np.nan]), np.array([0.0, 1.0, 1.0, 1.0]), "flag")
    >>> d.tolist(), ok.tolist()
    ([0.0, 0.0, 1.0, 0.0], [False, True, True, False])
    """
    ok = ~np.isnan(a) & ~np.isnan(b)
    if kind == "number":
        diff = np.abs(a - b)
    else:
        diff = (a != b).astype(float)
        if kind == "flag":
            ok &= ~((a == 0) & (b == 0))
    return np.where(ok, diff, 0.0), ok


@dataclass(frozen=True)
class PurposeWeights:
    """How one purpose weighs similarity, feasibility and context, and how far a candidate may be."""

    w_similarity: float
    w_feasibility: float
    w_context: float
    max_km: float | None  # None: anywhere in Norway


#: The defaults of ``profile.toml`` (see :mod:`dknet.analysis.scoring` for why).
DEFAULT_PURPOSES: dict[str, PurposeWeights] = {
    "office": PurposeWeights(0.45, 0.45, 0.10, 75.0),
    "network": PurposeWeights(0.85, 0.0, 0.15, None),
}


@dataclass(frozen=True)
class ProfileConfig:
    """Indicator weights and partner-scoring weights per purpose, from a TOML file (see ``profile.toml``)."""

    weights: dict[str, float]
    purposes: dict[str, PurposeWeights] = field(default_factory=lambda: dict(DEFAULT_PURPOSES))
    distance_scale_km: float = 50.0
    year: int = 2026
    source: Text = "default"
    #: Theme weights (``[themes]``); empty when the file has none (indicator weights used as given).
    themes: dict[str, float] = field(default_factory=dict)
    #: The indicator weights as written (``[indicators]``), before they are shared out within themes.
    indicator_weights: dict[str, float] = field(default_factory=dict)

    def with_weights(self, overrides: Mapping[str, float]) -> ProfileConfig:
        """A copy with some indicator or theme weights replaced (validated like the file).

        A theme name (``natur``) sets that theme's weight, an indicator name its weight within its theme.
        """
        themes = {**self.themes, **{k: v for k, v in overrides.items() if k in THEME_NAMES}}
        merged = {**(self.indicator_weights or self.weights), **{k: v for k, v in overrides.items() if k in INDICATORS}}
        unknown = {k: v for k, v in overrides.items() if k not in THEME_NAMES and k not in INDICATORS}
        doc: dict[str, Any] = {
            "indicators": {**merged, **unknown},
            "partners": {"distance_scale_km": self.distance_scale_km, "year": self.year},
        }
        if themes:
            doc["themes"] = themes
        doc["purpose"] = {
            name: {"w_similarity": w.w_similarity, "w_feasibility": w.w_feasibility, "w_context": w.w_context}
            | ({"max_km": w.max_km} if w.max_km is not None else {})
            for name, w in self.purposes.items()
        }
        return _validated(doc, Msg("config.with_options", source=self.source))


def _number(value: Any, *, positive: bool = False) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return False
    return value > 0 if positive else value >= 0


def _validated(doc: Mapping[str, Any], source: Text) -> ProfileConfig:
    problems: list[Text] = []
    clean: dict[str, float] = {}
    known = ", ".join(INDICATORS)
    for name, w in doc.get("indicators", {}).items():
        if name not in INDICATORS:
            from dknet.names import closest

            if close := closest(name, list(INDICATORS)):
                problems.append(Msg("config.unknown_indicator_close", name=name, close=Either(close), known=known))
            else:
                problems.append(Msg("config.unknown_indicator", name=name, known=known))
        elif not _number(w):
            problems.append(Msg("config.weight", name=name, value=shown_value(w)))
        else:
            clean[name] = float(w)
    if not problems and not any(w > 0 for w in clean.values()):
        problems.append(Msg("config.no_weight"))
    part = doc.get("partners", {})
    scale, year = part.get("distance_scale_km", 50.0), part.get("year", 2026)
    for key in sorted(set(part) - {"distance_scale_km", "year"}):
        problems.append(Msg("config.partners_key", key=key))
    if not _number(scale, positive=True):
        problems.append(
            Msg("config.number_positive", section="partners", key="distance_scale_km", value=shown_value(scale))
        )
    if isinstance(year, bool) or not isinstance(year, int) or not 1990 <= year <= 2100:
        problems.append(Msg("config.year", section="partners", value=shown_value(year)))
    purposes = dict(DEFAULT_PURPOSES)
    given = doc.get("purpose", {})
    for name in sorted(set(given) - set(DEFAULT_PURPOSES)):
        problems.append(Msg("config.unknown_purpose", name=name))
    for name, default in DEFAULT_PURPOSES.items():
        sec = given.get(name, {})
        section = f"purpose.{name}"
        for key in sorted(set(sec) - {"w_similarity", "w_feasibility", "w_context", "max_km"}):
            problems.append(Msg("config.unknown_key", key=key, section=section))
        ws = [sec.get(k, getattr(default, k)) for k in ("w_similarity", "w_feasibility", "w_context")]
        for k, w in zip(("w_similarity", "w_feasibility", "w_context"), ws, strict=True):
            if not _number(w):
                problems.append(Msg("config.number_min", section=section, key=k, low=0, value=shown_value(w)))
        max_km = sec.get("max_km", default.max_km)
        if max_km is not None and not _number(max_km, positive=True):
            problems.append(Msg("config.number_positive", section=section, key="max_km", value=shown_value(max_km)))
        if all(_number(w) for w in ws):
            if sum(ws) <= 0:
                problems.append(Msg("config.weights_zero", section=section))
            else:
                sim, feas, ctx = (float(w) for w in ws)
                purposes[name] = PurposeWeights(sim, feas, ctx, None if max_km is None else float(max_km))
    if problems:
        raise ConfigError("error.config.invalid", what=config_kind(_WHAT), source=source, problems=semicolons(problems))
    themes: dict[str, float] = {}
    for name, w in (doc.get("themes") or {}).items():
        if name not in THEME_NAMES:
            problems.append(Msg("config.unknown_theme", name=name, known=", ".join(THEME_NAMES)))
        elif not _number(w):
            problems.append(Msg("config.weight", name=name, value=shown_value(w)))
        else:
            themes[name] = float(w)
    if problems:
        raise ConfigError("error.config.invalid", what=config_kind(_WHAT), source=source, problems=semicolons(problems))
    indicator_weights = {k: v for k, v in clean.items() if v > 0}
    weights = theme_weights(indicator_weights, themes) if "themes" in doc else indicator_weights
    if not weights:
        raise ConfigError(
            "error.config.invalid", what=config_kind(_WHAT), source=source, problems=Msg("config.no_weight")
        )
    return ProfileConfig(weights, purposes, float(scale), int(year), source, themes, indicator_weights)


def theme_weights(indicators: Mapping[str, float], themes: Mapping[str, float]) -> dict[str, float]:
    """Each theme's weight shared out over its indicators in proportion to their weights.

    A theme counts as much as its weight however many indicators it has; a theme left out of
    ``themes`` has weight 1.

    >>> theme_weights({"folketall": 1.0, "andel_67pluss": 1.0, "kostragruppe": 1.0}, {"okonomi": 2.0})
    {'folketall': 0.5, 'andel_67pluss': 0.5, 'kostragruppe': 2.0}
    """
    totals: dict[str, float] = {}
    for name, w in indicators.items():
        totals[INDICATORS[name].theme] = totals.get(INDICATORS[name].theme, 0.0) + w
    out = {}
    for name, w in indicators.items():
        theme = INDICATORS[name].theme
        share = themes.get(theme, 1.0) * w / totals[theme]
        if share > 0:
            out[name] = share
    return out


def load_config(path: Path | None = None) -> ProfileConfig:
    """Read and validate a profile configuration; ``None`` gives dknet's default.

    Raises :class:`~dknet.errors.ConfigError` naming the file and every problem in it.
    """
    doc, source = read_toml(path, default=DEFAULT_CONFIG, what="profile configuration")
    unknown = set(doc) - {"indicators", "themes", "partners", "purpose"}
    if unknown:
        expected = "[themes], [indicators], [partners], [purpose.office], [purpose.network]"
        problem = Msg("config.unknown_sections_expected", sections=section_list(unknown), expected=expected)
        raise ConfigError("error.config.invalid", what=config_kind(_WHAT), source=source, problems=problem)
    ind = doc.get("indicators", {})
    if not isinstance(ind, dict) or not ind:
        raise ConfigError(
            "error.config.invalid",
            what=config_kind(_WHAT),
            source=source,
            problems=Msg("config.no_indicators"),
        )
    for key in ("themes", "partners", "purpose"):
        if not isinstance(doc.get(key, {}), dict):
            raise ConfigError(
                "error.config.invalid",
                what=config_kind(_WHAT),
                source=source,
                problems=Msg("config.not_table", section=key),
            )
    return _validated(doc, source)


def challenge_profiles(G: Graph, *, config: ProfileConfig | None = None) -> pd.DataFrame:
    """Raw indicator values per municipality (index: kommunenummer; NaN where missing).

    Only the indicators with a weight in ``config`` are computed.
    """
    config = config or load_config()
    present = {d["type"] for *_, d in G.edges(data=True)}
    usable = [n for n in config.weights if INDICATORS[n].requires in (None, *present)]
    rows: dict[str, dict[str, float]] = {}
    for node in nodes_of(G, Label.MUNICIPALITY):
        values = {name: np.nan for name in config.weights}
        for name in usable:
            v = INDICATORS[name].read(G, node, config.year)
            values[name] = np.nan if v is None else v
        rows[G.nodes[node]["key"]] = values
    df = pd.DataFrame.from_dict(rows, orient="index", columns=list(config.weights), dtype=float)
    df.index.name = "kommunenummer"
    return df.sort_index()


def rank_scale(profiles: pd.DataFrame) -> pd.DataFrame:
    """Each number column → percentile rank in [0, 1] (lowest 0, highest 1, ties share the mean rank; NaN kept).

    Category and flag columns (:func:`kind_of`) keep their values: they are compared by equality.
    """
    ranks = profiles.rank(method="average", na_option="keep")
    n = profiles.notna().sum()
    scaled = ((ranks - 1) / (n - 1).where(n > 1, 1)).astype(float)
    for col in profiles.columns:
        if kind_of(col) != "number":
            scaled[col] = profiles[col].astype(float)
    return scaled


def _weight_vector(columns: pd.Index, weights: Mapping[str, float]) -> np.ndarray:
    return np.array([weights.get(str(c), 0.0) for c in columns], dtype=float)


#: Pairs per block in :func:`gower_pairs`: a block's columns stay in the CPU cache.
_GOWER_BLOCK = 1 << 15


def gower_pairs(
    X: np.ndarray,
    w: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    *,
    kinds: Sequence[str] | None = None,
) -> np.ndarray:
    """Gower similarity of rows ``i[p]`` and ``j[p]`` of ``X`` for every pair p: **the** pair kernel.

    ``X`` holds rank-scaled values (:func:`rank_scale`; NaN = missing), ``w`` one weight per
    column and ``kinds`` each column's kind (:func:`kind_of`; default all numbers). The result is
    ``Σ w·(1 − d) / Σ w`` over the indicators the pair has in common, summed in column order, with
    the per-indicator distance d of :func:`column_terms`; NaN where they share none. Every
    similarity in dknet comes from here (:class:`PairKernel`): :func:`similarity_matrix`
    (partners, communities, plan offices, gaps), :func:`pair_similarity` and the scale path
    (:mod:`dknet.analysis.scale`).

    Elementwise per pair, so a pair gets the very same bits whatever else is computed with it.
    Columns without a missing value (and no flags) skip the NaN mask.

    >>> X = np.array([[0.0, 1.0, 1.0], [0.5, np.nan, 0.0], [0.0, 0.5, 0.0]])
    >>> w, kinds = np.array([1.0, 1.0, 1.0]), ["number", "number", "flag"]
    >>> gower_pairs(X, w, np.array([0, 1]), np.array([1, 2]), kinds=kinds).tolist()
    [0.25, 0.5]
    """
    return PairKernel.of(X, w, kinds)(i, j)


@dataclass(frozen=True)
class PairKernel:
    """:func:`gower_pairs` with its columns prepared once, for calling on many chunks of pairs."""

    columns: tuple[np.ndarray, ...]
    weights: tuple[float, ...]
    kinds: tuple[str, ...]
    #: Per column: whether a pair may be left out of it (a missing value, or a flag).
    masked: tuple[bool, ...]

    @classmethod
    def of(cls, X: np.ndarray, w: np.ndarray, kinds: Sequence[str] | None = None) -> PairKernel:
        """The kernel of the columns of ``X`` with a positive weight."""
        kinds = list(kinds) if kinds is not None else ["number"] * X.shape[1]
        used = [c for c in range(X.shape[1]) if w[c] > 0]
        columns = tuple(np.ascontiguousarray(X[:, c], dtype=float) for c in used)
        return cls(
            columns,
            tuple(float(w[c]) for c in used),
            tuple(kinds[c] for c in used),
            tuple(bool(np.isnan(col).any()) or kinds[c] == "flag" for c, col in zip(used, columns, strict=True)),
        )

    def __call__(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Similarity of every pair (i[p], j[p]), in blocks that stay in the CPU cache."""
        m = len(i)
        out = np.empty(m)
        for s in range(0, m, _GOWER_BLOCK):
            e = min(s + _GOWER_BLOCK, m)
            out[s:e] = self._block(i[s:e], j[s:e])
        return out

    def _block(self, bi: np.ndarray, bj: np.ndarray) -> np.ndarray:
        num = np.zeros(len(bi))
        den: np.ndarray | float = 0.0
        for col, wc, kind, mask in zip(self.columns, self.weights, self.kinds, self.masked, strict=True):
            a, b = col[bi], col[bj]
            ok = None
            if mask:
                ok = ~(np.isnan(a) | np.isnan(b))
                if kind == "flag":  # two without the flag are not compared
                    ok &= (a != 0) | (b != 0)
            if kind == "number":  # 1 − |a − b|, in place
                a -= b
                np.abs(a, out=a)
                np.subtract(1, a, out=a)
                term = a
            else:  # a category or flag: alike only when equal
                term = (a == b).astype(float)
            term *= wc
            if ok is None:
                num += term
                den = den + wc
            else:
                num += np.where(ok, term, 0.0)
                den = den + np.where(ok, wc, 0.0)
        if isinstance(den, float):
            if den > 0:
                num /= den
                return num
            return np.full(len(bi), np.nan)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(den > 0, num / den, np.nan)


def kinds_of(columns: Sequence[object]) -> list[str]:
    """:func:`kind_of` for each column, the ``kinds`` of :func:`gower_pairs`.

    >>> kinds_of(["folketall", "oykommune"])
    ['number', 'flag']
    """
    return [kind_of(c) for c in columns]


def pair_similarity(
    scaled: pd.DataFrame, weights: Mapping[str, float], a: str, b: str
) -> tuple[float, dict[str, float]]:
    """Similarity of ``a`` and ``b`` (:func:`gower_pairs`) and each indicator's contribution (they sum to it).

    Returns ``(nan, {})`` when the two share no indicator.
    """
    X = scaled.loc[[a, b]].to_numpy(float)
    w = _weight_vector(scaled.columns, weights)
    kinds = kinds_of(list(scaled.columns))
    sim = float(gower_pairs(X, w, np.array([0]), np.array([1]), kinds=kinds)[0])
    if math.isnan(sim):
        return math.nan, {}
    terms = [column_terms(X[0, c : c + 1], X[1, c : c + 1], kind) for c, kind in enumerate(kinds)]
    diff = np.array([d[0] for d, _ in terms])
    ok = np.array([bool(k[0]) for _, k in terms]) & (w > 0)
    parts = w * (1 - diff) / w[ok].sum()
    return sim, {str(c): float(p) for c, p, k in zip(scaled.columns, parts, ok, strict=True) if k}


def similarity_matrix(scaled: pd.DataFrame, weights: Mapping[str, float]) -> pd.DataFrame:
    """All pairwise similarities by :func:`gower_pairs` (symmetric, diagonal 1 where any indicator is present)."""
    X = scaled.to_numpy(float)
    n = len(X)
    i, j = np.triu_indices(n)
    sim = gower_pairs(X, _weight_vector(scaled.columns, weights), i, j, kinds=kinds_of(list(scaled.columns)))
    S = np.empty((n, n))
    S[i, j] = sim
    S[j, i] = sim
    return pd.DataFrame(S, index=scaled.index, columns=scaled.index)


def missing_report(profiles: pd.DataFrame) -> pd.DataFrame:
    """Per indicator: how many municipalities lack a value, and which (first ten numbers)."""
    rows = []
    for col in profiles.columns:
        missing = profiles.index[profiles[col].isna()].tolist()
        rows.append({"indicator": col, "missing": len(missing), "kommuner": ", ".join(missing[:10])})
    return pd.DataFrame(rows, columns=["indicator", "missing", "kommuner"])


def missing_note(profiles: pd.DataFrame) -> Text | None:
    """A sentence naming indicators with missing values (left out of those pairs' similarity), or None.

    The text is meaning (keys in :mod:`dknet.messages`), put into words at the edge.
    """
    report = missing_report(profiles)
    n = len(profiles)
    absent = report[report["missing"] >= n]["indicator"].tolist() if n else []
    report = report[(report["missing"] > 0) & (report["missing"] < n)]
    if report.empty and not absent:
        return None
    notes: list[Text] = []
    if len(report):
        parts = [
            Msg("profiles.missing_part", indicator=_label(str(r.indicator)), n=int(r.missing))  # type: ignore[arg-type]
            for r in report.itertuples(index=False)
        ]
        notes.append(Msg("profiles.missing", parts=joined(parts)))
    if absent:
        notes.append(Msg("profiles.absent", names=joined([_label(a) for a in absent], sep=", ")))
    return joined(notes, sep=" ")


def _label(name: str) -> Msg | Local | str:
    """An indicator's name for people (its machine name when dknet does not know it)."""
    ind = INDICATORS.get(name)
    return ind.about() if ind else name


def illustrative_indicators(G: Graph, config: ProfileConfig) -> list[str]:
    """Indicators in ``config`` whose values come (at least partly) from illustrative records."""
    plans = any(d.get("source") == ILLUSTRATIVE for _, d in G.nodes(data=True) if d["label"] == Label.PLAN.label)
    capacity = any(d.get("kapasitet_source") == ILLUSTRATIVE for _, d in G.nodes(data=True))
    edge_types = {d["type"] for *_, d in G.edges(data=True) if d.get("source") == ILLUSTRATIVE}
    out = []
    for name in config.weights:
        ind = INDICATORS[name]
        if name == "aarsverk_plan":
            flagged = capacity
        elif name == "villrein":
            flagged = any(
                d.get("source") == ILLUSTRATIVE and d.get("tema") == "villrein"
                for _, d in G.nodes(data=True)
                if d["label"] == Label.REGIONAL_PLAN.label
            )
        elif name == "samisk":
            flagged = False  # read from the cited Sami language area only
        elif ind.layer == "plan":
            flagged = plans
        elif ind.requires is not None:
            flagged = ind.requires in edge_types
        else:
            flagged = False
        if flagged:
            out.append(name)
    return out
