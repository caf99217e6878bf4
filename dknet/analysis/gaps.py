"""Gaps in the guidance network: need versus support, structural holes, coverage, guidance load.

The county council (FK) and the state administrator (SF) are "the good helpers". This module
finds where their help and the municipalities' own networks fall short:

- :func:`need_support` — a **need** score (small, remote, ageing, declining, old plans, low
  planning capacity; the weighted mean of percentile ranks, 0–1) against a **support** score
  (guidance contacts weighted by form, frequency and recency; plan offices, networks, forums,
  regional councils, regional plans; ``1 − exp(−points / support_scale)``, 0–1); ranked by
  ``gap = need − support``, with reasons.
- :func:`structural_gaps` — municipalities in no plan office and no network or forum; those
  reached only through one broker (articulation points of the cooperation graph) or cut off
  from FK and SF; the most constrained (Burt's constraint, effective size); similar, feasible
  pairs on either side of a county or SF boundary that share no arena; municipalities a
  regional plan leaves out although they border it and share its members' challenges.
- :func:`coverage` and :func:`guidance_load` — who was reached by whom in the last N years, and
  for each FK and SF office how many of its municipalities it reached and how concentrated its
  contacts are (Herfindahl index).
- :func:`what_if` — the same ranking before and after hypothetical records (``--assume DIR``).

Weights are in ``gaps.toml`` (documented in docs/gaps.md). Functions take the graph first and
never change it.

>>> from dknet.examples import tiny_graph
>>> df = need_support(tiny_graph())
>>> df[["rank", "navn", "in_office"]].head(2).values.tolist()
[[1, 'Nordøy', False], [2, 'Bergdal', False]]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from dknet.analysis.context import distance_matrix_km, targets
from dknet.analysis.profiles import challenge_profiles, load_config, rank_scale, similarity_matrix
from dknet.errors import ConfigError, DknetError
from dknet.graph import Graph, nodes_of
from dknet.io.config import read_toml
from dknet.schema import ILLUSTRATIVE, Label, Rel, node_id

DEFAULT_GAP_CONFIG = Path(__file__).with_name("gaps.toml")

#: need indicator → (profile indicator, direction): +1 when a high value means more need.
NEED_INDICATORS: dict[str, tuple[str, int]] = {
    "small": ("folketall", -1),
    "remote": ("sentralitetsindeks", -1),
    "ageing": ("andel_67pluss", +1),
    "declining": ("endring_10aar", -1),
    "old_arealdel": ("alder_arealdel", +1),
    "old_samfunnsdel": ("alder_samfunnsdel", +1),
    "low_capacity": ("aarsverk_plan", -1),
}
SUPPORT_KEYS = (
    "window_years",
    "half_life_years",
    "support_scale",
    "plan_office",
    "network",
    "planforum",
    "regionraad",
    "regional_plan",
    "forms",
)
STRUCTURAL_KEYS = ("similar_pair_min_similarity", "similar_pair_max_km", "regional_plan_min_similarity")


@dataclass(frozen=True)
class GapConfig:
    """Weights and thresholds of the gap analysis (see ``gaps.toml``)."""

    need: dict[str, float]
    support: dict[str, float]
    forms: dict[str, float]
    structural: dict[str, float]
    year: int
    source: str = "default"

    @property
    def window(self) -> int:
        """Years of guidance that count (the last ``window`` years up to ``year``)."""
        return int(self.support["window_years"])


def load_gap_config(path: Path | None = None) -> GapConfig:
    """Read and validate a gap configuration; ``None`` gives dknet's default ``gaps.toml``."""
    doc, source = read_toml(path, default=DEFAULT_GAP_CONFIG, what="gap configuration")
    defaults, _ = read_toml(None, default=DEFAULT_GAP_CONFIG, what="gap configuration")
    problems: list[str] = []
    unknown = set(doc) - {"need", "support", "structural", "general"}
    if unknown:
        problems.append(f"unknown section(s) {sorted(unknown)}")
    need = doc.get("need", defaults["need"])
    for k in need:
        if k not in NEED_INDICATORS:
            problems.append(f"unknown need indicator {k!r}; known: {', '.join(NEED_INDICATORS)}")
    support = {**defaults["support"], **doc.get("support", {})}
    forms = support.pop("forms", {})
    for k in support:
        if k not in SUPPORT_KEYS:
            problems.append(f"unknown key {k!r} in [support]")
    structural = {**defaults["structural"], **doc.get("structural", {})}
    for k in structural:
        if k not in STRUCTURAL_KEYS:
            problems.append(f"unknown key {k!r} in [structural]")
    numbers = [("need", need), ("support", support), ("support.forms", forms), ("structural", structural)]
    for section, values in numbers:
        for k, v in values.items():
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or v < 0:
                problems.append(f"[{section}] {k} must be a number ≥ 0, not {v!r}")
    if not problems and not any(v > 0 for v in need.values()):
        problems.append("[need] needs at least one weight above 0")
    if not problems and support["window_years"] < 1:
        problems.append("[support] window_years must be at least 1")
    if not problems and support["support_scale"] <= 0:
        problems.append("[support] support_scale must be above 0")
    year = doc.get("general", {}).get("year", defaults["general"]["year"])
    if isinstance(year, bool) or not isinstance(year, int):
        problems.append(f"[general] year must be a year such as 2026, not {year!r}")
    if problems:
        raise ConfigError(f"invalid gap configuration ({source}): " + "; ".join(problems))
    return GapConfig(
        {k: float(v) for k, v in need.items()},
        {k: float(v) for k, v in support.items()},
        {k: float(v) for k, v in forms.items()},
        {k: float(v) for k, v in structural.items()},
        int(year),
        source,
    )


# --- selection ------------------------------------------------------------------------------------


def _codes(G: Graph, county: str | None, sf: str | None) -> list[str]:
    """kommunenummer in the county and/or served by the SF office (all when both are None)."""
    out = []
    for n in nodes_of(G, Label.MUNICIPALITY):
        d = G.nodes[n]
        if county is not None and d["fylkesnummer"] != county:
            continue
        if sf is not None and node_id(Label.STATE_ADMINISTRATOR, sf) not in targets(G, n, Rel.SUPERVISED_BY):
            continue
        out.append(str(d["key"]))
    if not out:
        raise DknetError("no municipalities match " + (f"county {county!r}" if county else f"SF office {sf!r}"))
    return out


def _groups(G: Graph, m: str) -> list[dict[str, Any]]:
    return [G.nodes[v] for v in targets(G, m, Rel.MEMBER_OF)]


def _is_running(d: Mapping[str, Any], year: int) -> bool:
    if d["label"] == Label.PLAN_OFFICE.label:
        return d.get("status") != "avsluttet"
    return d.get("til_aar") is None or int(d["til_aar"]) >= year


def _kind(d: Mapping[str, Any], year: int) -> str | None:
    """plan_office, network, planforum or regionraad for a running group; None otherwise."""
    if not _is_running(d, year):
        return None
    if d["label"] == Label.PLAN_OFFICE.label:
        return "plan_office"
    return {"nettverk": "network", "prosjekt": "network", "planforum": "planforum", "regionråd": "regionraad"}.get(
        str(d.get("type"))
    )


# --- need versus support --------------------------------------------------------------------------


def _contacts(G: Graph, m: str, since: int) -> list[dict[str, Any]]:
    return [
        {**d, "from": G.nodes[u]["label"], "from_name": G.nodes[u]["name"]}
        for u, _, d in G.in_edges(m, data=True)
        if d["type"] == Rel.GUIDES.type and int(d["aar"]) >= since
    ]


def _support_raw(G: Graph, m: str, config: GapConfig) -> float:
    s = config.support
    since = config.year - config.window + 1
    total = 0.0
    for c in _contacts(G, m, since):
        recency = 0.5 ** ((config.year - int(c["aar"])) / s["half_life_years"])
        total += int(c.get("antall", 1)) * config.forms.get(str(c.get("form")), 0.5) * recency
    for d in _groups(G, m):
        kind = _kind(d, config.year)
        if kind:
            total += s[kind]
    total += s["regional_plan"] * sum(1 for _, _, d in G.in_edges(m, data=True) if d["type"] == Rel.COVERS.type)
    return total


def need_support(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Municipalities ranked by how far support falls below need (largest gap first), with reasons.

    Need and support are percentile ranks among *all* municipalities, so a county's list is
    comparable with the national one.
    """
    config = config or load_gap_config()
    pconf = load_config().with_weights({ind: 1.0 for ind, _ in NEED_INDICATORS.values()})
    pconf = type(pconf)(**{**pconf.__dict__, "year": config.year})
    profiles = challenge_profiles(G, config=pconf)
    ranks = rank_scale(profiles)
    weights = np.array([config.need.get(k, 0.0) for k in NEED_INDICATORS])
    need_parts = np.column_stack(
        [ranks[ind].to_numpy() if sign > 0 else 1 - ranks[ind].to_numpy() for ind, sign in NEED_INDICATORS.values()]
    )
    present = ~np.isnan(need_parts) & (weights > 0)
    wsum = (present * weights).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        need = np.where(wsum > 0, np.nansum(np.where(present, need_parts * weights, 0), axis=1) / wsum, np.nan)
    raw = pd.Series({c: _support_raw(G, f"kommune:{c}", config) for c in profiles.index})
    # A fixed saturating scale (not ranks), so that added support shows as a change in absolute terms.
    support = 1 - np.exp(-raw / config.support["support_scale"])
    df = pd.DataFrame({"need": need, "support": support.reindex(profiles.index).to_numpy()}, index=profiles.index)
    df["gap"] = df["need"] - df["support"]
    chosen = _codes(G, county, sf)
    df = df.loc[chosen].sort_values(["gap", "need"], ascending=[False, False], kind="stable")
    if top is not None:
        df = df.head(top)
    rows = []
    since = config.year - config.window + 1
    profile_rows = {
        str(k): {str(c): float(v) for c, v in row.items()} for k, row in profiles.to_dict(orient="index").items()
    }
    for rank, (code, r) in enumerate(df.iterrows(), start=1):
        m = f"kommune:{code}"
        d = G.nodes[m]
        contacts = _contacts(G, m, since)
        kinds = {_kind(g, config.year) for g in _groups(G, m)} - {None}
        rows.append(
            {
                "rank": rank,
                "kommunenummer": code,
                "navn": d["name"],
                "fylkesnummer": d["fylkesnummer"],
                "need": float(r.need),
                "support": float(r.support),
                "gap": float(r.gap),
                "contacts": sum(int(c.get("antall", 1)) for c in contacts),
                "last_contact": _last_contact(G, m),
                "in_office": "plan_office" in kinds,
                "in_network": bool(kinds & {"network", "planforum"}),
                "reasons": _need_reasons(G, m, profile_rows[str(code)], contacts, kinds, config),
                "illustrative": _uses_illustrative(G, m),
            }
        )
    return pd.DataFrame(rows)


def _last_contact(G: Graph, m: str) -> int | None:
    years = [int(d["aar"]) for _, _, d in G.in_edges(m, data=True) if d["type"] == Rel.GUIDES.type]
    return max(years) if years else None


def _uses_illustrative(G: Graph, m: str) -> bool:
    d = G.nodes[m]
    if d.get("kapasitet_source") == ILLUSTRATIVE:
        return True
    return any(e.get("source") == ILLUSTRATIVE for *_, e in G.in_edges(m, data=True)) or any(
        e.get("source") == ILLUSTRATIVE for *_, e in G.out_edges(m, data=True)
    )


def _need_reasons(
    G: Graph,
    m: str,
    prof: Mapping[str, float],
    contacts: list[dict[str, Any]],
    kinds: set[str | None],
    config: GapConfig,
) -> list[str]:
    d = G.nodes[m]
    out = []
    pop = d.get("folketall_2026")
    if pop is not None and pop < 2500:
        out.append(f"small: {pop:,} inhabitants".replace(",", " "))
    if d.get("sentralitetsklasse") in (5, 6):
        out.append(f"remote: centrality class {d['sentralitetsklasse']}")
    if (d.get("andel_67pluss") or 0) >= 0.25:
        out.append(f"ageing: {100 * d['andel_67pluss']:.0f} % aged 67+")
    for ind, label in (("alder_arealdel", "arealdel"), ("alder_samfunnsdel", "samfunnsdel")):
        age = prof.get(ind)
        if age is not None and not math.isnan(age) and age >= 10:
            out.append(f"{label} {age:.0f} years old")
    fte = prof.get("aarsverk_plan")
    if fte is not None and not math.isnan(fte) and fte <= 1.0:
        out.append(f"{fte:.1f} planning FTE")
    fk = sum(int(c.get("antall", 1)) for c in contacts if c["from"] == Label.COUNTY.label)
    sf = sum(int(c.get("antall", 1)) for c in contacts if c["from"] == Label.STATE_ADMINISTRATOR.label)
    since = config.year - config.window + 1
    if fk + sf == 0:
        last = _last_contact(G, m)
        out.append(f"no guidance from FK or SF since {since}" + (f" (last {last})" if last else " (none recorded)"))
    else:
        out.append(f"{fk} FK and {sf} SF contacts since {since}")
    if "plan_office" not in kinds:
        out.append("in no plan office")
    if not kinds & {"network", "planforum"}:
        out.append("in no planning network or forum")
    return out


# --- structural gaps -------------------------------------------------------------------------------


def isolated_municipalities(G: Graph, *, year: int) -> list[str]:
    """kommunenummer of municipalities in no running plan office, planning network or planning forum."""
    out = []
    for m in nodes_of(G, Label.MUNICIPALITY):
        kinds = {_kind(g, year) for g in _groups(G, m)} - {None}
        if not kinds & {"plan_office", "network", "planforum"}:
            out.append(str(G.nodes[m]["key"]))
    return out


def cooperation_graph(G: Graph, *, year: int, window: int) -> nx.Graph[str]:
    """Undirected graph of municipalities, FK, SF, running offices and arenas; guidance within the window."""
    H: nx.Graph[str] = nx.Graph()
    for n, d in G.nodes(data=True):
        if d["label"] in (Label.MUNICIPALITY.label, Label.COUNTY.label, Label.STATE_ADMINISTRATOR.label):
            H.add_node(n)
    for u, v, d in G.edges(data=True):
        t = d["type"]
        running_group = t in (Rel.MEMBER_OF.type, Rel.ORGANISES.type) and _is_running(G.nodes[v], year)
        recent_guidance = t == Rel.GUIDES.type and int(d["aar"]) > year - window
        if running_group or recent_guidance:
            H.add_edge(u, v)
    return H


def _helpers(G: Graph) -> set[str]:
    return {n for n, d in G.nodes(data=True) if d["label"] in (Label.COUNTY.label, Label.STATE_ADMINISTRATOR.label)}


def structural_gaps(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
) -> pd.DataFrame:
    """Structural holes, one row each: kind, kommunenummer, navn, detail (see the module docstring)."""
    config = config or load_gap_config()
    chosen = set(_codes(G, county, sf))
    H = cooperation_graph(G, year=config.year, window=config.window)
    helpers = _helpers(G) & set(H)
    rows: list[dict[str, Any]] = []

    def add(kind: str, codes: Iterable[str], detail: str, score: float) -> None:
        codes = sorted(codes)
        if any(c in chosen for c in codes):
            names = " – ".join(str(G.nodes[f"kommune:{c}"]["name"]) for c in codes)
            rows.append(
                {"kind": kind, "kommunenummer": " – ".join(codes), "navn": names, "detail": detail, "score": score}
            )

    for code in isolated_municipalities(G, year=config.year):
        groups = _groups(G, f"kommune:{code}")
        member_of = ", ".join(sorted(str(g["name"]) for g in groups if _kind(g, config.year))) or "nothing"
        add("isolated", [code], f"in no plan office, planning network or forum (member of: {member_of})", 1.0)
    for comp in nx.connected_components(H):
        if not comp & helpers:
            for m in sorted(c for c in comp if c.startswith("kommune:")):
                add(
                    "cut_off",
                    [G.nodes[m]["key"]],
                    "no path to FK or SF: no guidance in the window and no arena they organise",
                    1.0,
                )
    reachable: set[str] = set()
    for comp in nx.connected_components(H):
        if comp & helpers:
            reachable |= comp
    brokers: dict[str, list[str]] = {}
    for b in sorted(nx.articulation_points(H)):
        if b in helpers:
            continue
        rest = H.subgraph(n for n in H if n != b)
        for comp in nx.connected_components(rest):
            if comp & helpers or not (comp & set(H[b])):
                continue
            for m in comp:
                if m.startswith("kommune:") and m in reachable:
                    brokers.setdefault(m, []).append(b)
    for m in sorted(brokers):
        chain = sorted(brokers[m], key=lambda b: (nx.shortest_path_length(H, m, b), b))
        names = ", then ".join(f"{G.nodes[b]['name']} ({G.nodes[b]['label']})" for b in chain)
        add("single_broker", [G.nodes[m]["key"]], f"reaches FK and SF only through {names}", 0.9)
    municipalities = [m for m in nodes_of(G, Label.MUNICIPALITY) if H.degree(m) > 0]
    constraint = nx.constraint(H, municipalities)
    effective = nx.effective_size(H, municipalities)
    if constraint:
        cutoff = float(np.nanquantile(list(constraint.values()), 0.9))
        for m, c in sorted(constraint.items(), key=lambda kv: (-kv[1], kv[0])):
            if c >= cutoff and not math.isnan(c):
                add(
                    "constrained",
                    [G.nodes[m]["key"]],
                    f"Burt's constraint {c:.2f} (top decile), effective size {effective[m]:.1f}: few, redundant ties",
                    float(c),
                )
    rows += _across_boundaries(G, chosen, config)
    rows += _regional_plan_gaps(G, chosen, config)
    order = {
        "cut_off": 0,
        "single_broker": 1,
        "isolated": 2,
        "left_out_of_regional_plan": 3,
        "similar_across_boundary": 4,
        "constrained": 5,
    }
    df = pd.DataFrame(rows, columns=["kind", "kommunenummer", "navn", "detail", "score"])
    df["_o"] = df["kind"].map(order)
    return (
        df.sort_values(["_o", "score", "kommunenummer"], ascending=[True, False, True], kind="stable")
        .drop(columns="_o")
        .reset_index(drop=True)
    )


def _similarity(G: Graph) -> pd.DataFrame:
    pconf = load_config()
    return similarity_matrix(rank_scale(challenge_profiles(G, config=pconf)), pconf.weights)


def _shared_groups(G: Graph, a: str, b: str) -> set[str]:
    return targets(G, f"kommune:{a}", Rel.MEMBER_OF) & targets(G, f"kommune:{b}", Rel.MEMBER_OF)


def _across_boundaries(G: Graph, chosen: set[str], config: GapConfig) -> list[dict[str, Any]]:
    sim = _similarity(G)
    codes = list(sim.index)
    lon = np.array([G.nodes[f"kommune:{c}"]["lon"] for c in codes])
    lat = np.array([G.nodes[f"kommune:{c}"]["lat"] for c in codes])
    dist = distance_matrix_km(lon, lat)
    s = config.structural
    borders = {(G.nodes[u]["key"], G.nodes[v]["key"]) for u, v, d in G.edges(data=True) if d["type"] == "BORDERS"}
    rows = []
    values = sim.to_numpy()
    for i, a in enumerate(codes):
        for j in range(i + 1, len(codes)):
            b = codes[j]
            if a not in chosen and b not in chosen:
                continue
            if values[i, j] < s["similar_pair_min_similarity"]:
                continue
            border = (a, b) in borders
            if not border and dist[i, j] > s["similar_pair_max_km"]:
                continue
            da, db = G.nodes[f"kommune:{a}"], G.nodes[f"kommune:{b}"]
            sf_a, sf_b = targets(G, f"kommune:{a}", Rel.SUPERVISED_BY), targets(G, f"kommune:{b}", Rel.SUPERVISED_BY)
            if da["fylkesnummer"] == db["fylkesnummer"] and sf_a == sf_b:
                continue
            if _shared_groups(G, a, b):
                continue
            where = "a shared border" if border else f"{dist[i, j]:.0f} km apart"
            boundary = "county and SF boundary" if sf_a != sf_b else "county boundary"
            rows.append(
                {
                    "kind": "similar_across_boundary",
                    "kommunenummer": f"{a} – {b}",
                    "navn": f"{da['name']} – {db['name']}",
                    "score": float(values[i, j]),
                    "detail": f"similarity {values[i, j]:.2f}, {where}, across a {boundary}; no shared arena or office",
                }
            )
    return rows


def _regional_plan_gaps(G: Graph, chosen: set[str], config: GapConfig) -> list[dict[str, Any]]:
    sim = _similarity(G)
    rows = []
    threshold = config.structural["regional_plan_min_similarity"]
    for p in nodes_of(G, Label.REGIONAL_PLAN):
        covered = {str(G.nodes[v]["key"]) for _, v, d in G.out_edges(p, data=True) if d["type"] == "COVERS"}
        owner = next((u for u, _, d in G.in_edges(p, data=True) if d["type"] == Rel.OWNS.type), None)
        if not covered or owner is None:
            continue
        county = G.nodes[owner]["key"]
        neighbours = {
            str(G.nodes[v]["key"])
            for c in covered
            for _, v, d in G.out_edges(f"kommune:{c}", data=True)
            if d["type"] == "BORDERS" and G.nodes[v]["fylkesnummer"] == county
        } - covered
        for c in sorted(neighbours & chosen):
            median = float(np.nanmedian(sim.loc[c, sorted(covered)].to_numpy()))
            if median >= threshold:
                rows.append(
                    {
                        "kind": "left_out_of_regional_plan",
                        "kommunenummer": c,
                        "navn": G.nodes[f"kommune:{c}"]["name"],
                        "score": median,
                        "detail": f"not covered by {G.nodes[p]['name']}, though it borders it and its median "
                        f"similarity to the {len(covered)} covered municipalities is {median:.2f}",
                    }
                )
    return rows


# --- coverage and load ------------------------------------------------------------------------------


def coverage(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    years: int | None = None,
) -> pd.DataFrame:
    """Per municipality: FK and SF contacts in the last ``years`` (default: the config window), unreached first."""
    config = config or load_gap_config()
    since = config.year - (years or config.window) + 1
    rows = []
    for code in _codes(G, county, sf):
        m = f"kommune:{code}"
        contacts = _contacts(G, m, since)
        fk = sum(int(c.get("antall", 1)) for c in contacts if c["from"] == Label.COUNTY.label)
        sfc = sum(int(c.get("antall", 1)) for c in contacts if c["from"] == Label.STATE_ADMINISTRATOR.label)
        rows.append(
            {
                "kommunenummer": code,
                "navn": G.nodes[m]["name"],
                "fylkesnummer": G.nodes[m]["fylkesnummer"],
                "fk_contacts": fk,
                "sf_contacts": sfc,
                "reached_by_fk": fk > 0,
                "reached_by_sf": sfc > 0,
                "last_contact": _last_contact(G, m),
                "since": since,
            }
        )
    df = pd.DataFrame(rows)
    df["last_contact"] = df["last_contact"].astype("Int64")
    df["_total"] = df.fk_contacts + df.sf_contacts
    return df.sort_values(["_total", "kommunenummer"], kind="stable").drop(columns="_total").reset_index(drop=True)


def guidance_load(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    years: int | None = None,
) -> pd.DataFrame:
    """Per FK and SF office: municipalities served and reached, contacts, concentration, who was not reached."""
    config = config or load_gap_config()
    since = config.year - (years or config.window) + 1
    chosen = set(_codes(G, county, sf))
    rows = []
    for label, rel in ((Label.COUNTY, Rel.IN_COUNTY), (Label.STATE_ADMINISTRATOR, Rel.SUPERVISED_BY)):
        for office in nodes_of(G, label):
            served = sorted(
                str(G.nodes[u]["key"]) for u, _, d in G.in_edges(office, data=True) if d["type"] == rel.type
            )
            served = [c for c in served if c in chosen]
            if not served:
                continue
            per: dict[str, int] = dict.fromkeys(served, 0)
            for _, v, d in G.out_edges(office, data=True):
                key = str(G.nodes[v]["key"])
                if d["type"] == Rel.GUIDES.type and int(d["aar"]) >= since and key in per:
                    per[key] += int(d.get("antall", 1))
            total = sum(per.values())
            shares = np.array([v / total for v in per.values()]) if total else np.zeros(len(per))
            unreached = [c for c, v in per.items() if v == 0]
            rows.append(
                {
                    "office": G.nodes[office]["name"],
                    "kind": "FK" if label is Label.COUNTY else "SF",
                    "id": G.nodes[office]["key"],
                    "municipalities": len(served),
                    "reached": len(served) - len(unreached),
                    "share_reached": 1 - len(unreached) / len(served),
                    "contacts": total,
                    "hhi": float((shares**2).sum()) if total else math.nan,
                    "top5_share": float(np.sort(shares)[::-1][:5].sum()) if total else math.nan,
                    "not_reached": ", ".join(str(G.nodes[f"kommune:{c}"]["name"]) for c in unreached),
                    "since": since,
                }
            )
    return pd.DataFrame(rows)


# --- what-if ------------------------------------------------------------------------------------------


def what_if(
    base: Graph,
    assumed: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    top: int = 20,
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Side by side: the need-support ranking before and after the assumed records, and summary changes.

    Rows are the ``top`` largest gaps before or after. The summary gives the mean gap, the number
    of municipalities with a positive gap, and the number of structurally isolated ones, before
    and after.
    """
    config = config or load_gap_config()
    before = need_support(base, config=config, county=county, sf=sf).set_index("kommunenummer")
    after = need_support(assumed, config=config, county=county, sf=sf).set_index("kommunenummer")
    keep = list(dict.fromkeys([*before.index[:top], *after.index[:top]]))
    df = pd.DataFrame(
        {
            "navn": before.loc[keep, "navn"],
            "rank_before": before.loc[keep, "rank"],
            "gap_before": before.loc[keep, "gap"],
            "rank_after": after.loc[keep, "rank"],
            "gap_after": after.loc[keep, "gap"],
        }
    )
    df["change"] = df["gap_after"] - df["gap_before"]
    df = df.sort_values(["rank_before"]).reset_index()

    chosen = set(_codes(base, county, sf))

    def isolated(G: Graph) -> int:
        return len(set(isolated_municipalities(G, year=config.year)) & chosen)

    summary = {
        "mean_gap_before": float(before["gap"].mean()),
        "mean_gap_after": float(after["gap"].mean()),
        "positive_gaps_before": float((before["gap"] > 0).sum()),
        "positive_gaps_after": float((after["gap"] > 0).sum()),
        "isolated_before": float(isolated(base)),
        "isolated_after": float(isolated(assumed)),
    }
    return df, summary
