"""Need versus support: who gets least help for what they face (:func:`need_support`)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis.cooperation import state
from dknet.analysis.gaps.common import contact_counts, contacts_since, group_kind, groups_of, last_contact, select_codes
from dknet.analysis.gaps.config import NEED_INDICATORS, PLAN_NEED, GapConfig, load_gap_config
from dknet.analysis.plans import PlanConfig, load_plan_config, municipality_plans
from dknet.analysis.profiles import challenge_profiles, load_config, rank_scale
from dknet.analysis.reasons import mark_illustrative, value_is_illustrative
from dknet.graph import Graph, municipality_node
from dknet.messages import Lang, t
from dknet.present.numbers import number, percent
from dknet.schema import ILLUSTRATIVE, Label, Rel

# --- need versus support --------------------------------------------------------------------------


def _support_raw(G: Graph, m: str, config: GapConfig) -> float:
    s = config.support
    since = config.year - config.window + 1
    total = 0.0
    for c in contacts_since(G, m, since):
        recency = 0.5 ** ((config.year - int(c["aar"])) / s["half_life_years"])
        total += int(c.get("antall", 1)) * config.forms.get(str(c.get("form")), 0.5) * recency
    for d in groups_of(G, m):
        kind = group_kind(d, config.year)
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
    plan_config: PlanConfig | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """Municipalities ranked by how far support falls below need (largest gap first), with reasons.

    The reasons are in ``lang`` (nb, nn, en; texts in :mod:`dknet.messages`).

    Need and support are percentile ranks among *all* municipalities, so a county's list is
    comparable with the national one. The planstrategi part of need scores the current term's
    status (:data:`~dknet.analysis.gaps.config.PLAN_NEED`) with the term rules of
    ``plan_config`` (default: dknet's ``plans.toml``).
    """
    config = config or load_gap_config()
    plan_config = plan_config or load_plan_config()
    pconf = load_config().with_weights({ind: 1.0 for ind, _ in NEED_INDICATORS.values()})
    pconf = type(pconf)(**{**pconf.__dict__, "year": config.year})
    profiles = challenge_profiles(G, config=pconf)
    ranks = rank_scale(profiles)
    plan_rows = {str(c): municipality_plans(G, str(c), config=plan_config) for c in profiles.index}
    weights = np.array([config.need.get(k, 0.0) for k in [*NEED_INDICATORS, *PLAN_NEED]])
    need_parts = np.column_stack(
        [ranks[ind].to_numpy() if sign > 0 else 1 - ranks[ind].to_numpy() for ind, sign in NEED_INDICATORS.values()]
        + [
            np.array([scores.get(plan_rows[str(c)]["status"], np.nan) for c in profiles.index], dtype=float)
            for scores in PLAN_NEED.values()
        ]
    )
    present = ~np.isnan(need_parts) & (weights > 0)
    wsum = (present * weights).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        need = np.where(wsum > 0, np.nansum(np.where(present, need_parts * weights, 0), axis=1) / wsum, np.nan)
    raw = pd.Series({c: _support_raw(G, municipality_node(c), config) for c in profiles.index})
    # A fixed saturating scale (not ranks), so that added support shows as a change in absolute terms.
    support = 1 - np.exp(-raw / config.support["support_scale"])
    df = pd.DataFrame({"need": need, "support": support.reindex(profiles.index).to_numpy()}, index=profiles.index)
    df["gap"] = df["need"] - df["support"]
    chosen = select_codes(G, county, sf)
    df = df.loc[chosen].sort_values(["gap", "need"], ascending=[False, False], kind="stable")
    if top is not None:
        df = df.head(top)
    rows = []
    since = config.year - config.window + 1
    profile_rows = {
        str(k): {str(c): float(v) for c, v in row.items()} for k, row in profiles.to_dict(orient="index").items()
    }
    for rank, (code, r) in enumerate(df.iterrows(), start=1):
        m = municipality_node(str(code))
        d = G.nodes[m]
        contacts = contacts_since(G, m, since)
        kinds = {group_kind(g, config.year) for g in groups_of(G, m)} - {None}
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
                "last_contact": last_contact(G, m),
                "in_office": "plan_office" in kinds,
                "in_network": bool(kinds & {"network", "planforum"}),
                "reasons": _plan_reasons(plan_rows[str(code)], plan_config, lang)
                + _need_reasons(G, m, profile_rows[str(code)], contacts, kinds, config, lang),
                "illustrative": _uses_illustrative(G, m),
            }
        )
    return pd.DataFrame(rows)


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
    lang: Lang = "en",
) -> list[str]:
    d = G.nodes[m]
    out = []
    pop = d.get("folketall_2026")
    if pop is not None and pop < 2500:
        out.append(t("gaps.small", lang, n=number(pop, lang)))
    if d.get("sentralitetsklasse") in (5, 6):
        out.append(t("gaps.remote", lang, c=d["sentralitetsklasse"]))
    if (d.get("andel_67pluss") or 0) >= 0.25:
        out.append(t("gaps.ageing", lang, share=percent(d["andel_67pluss"], lang, decimals=0)))

    def ill(indicator: str) -> bool:
        return value_is_illustrative(G, m, indicator, config.year)

    for ind, label in (("alder_arealdel", "arealdel"), ("alder_samfunnsdel", "samfunnsdel")):
        age = prof.get(ind)
        if age is not None and not math.isnan(age) and age >= 10:
            out.append(
                mark_illustrative(t("gaps.age", lang, plan=label, years=number(age, lang, decimals=0)), ill(ind), lang)
            )
    fte = prof.get("aarsverk_plan")
    if fte is not None and not math.isnan(fte) and fte <= 1.0:
        fte_text = t("gaps.fte", lang, fte=number(fte, lang, decimals=1))
        out.append(mark_illustrative(fte_text, ill("aarsverk_plan"), lang))
    fk, sf = contact_counts(contacts)
    since = config.year - config.window + 1
    # Guidance counted from (or missing in) a register with illustrative records rests on them.
    guidance_ill = bool((G.graph.get("layers") or {}).get("veiledning", {}).get("illustrative")) or any(
        c.get("source") == ILLUSTRATIVE for c in contacts
    )
    if fk + sf == 0:
        last = last_contact(G, m)
        tail = t("gaps.last", lang, last=last) if last else t("gaps.none_recorded", lang)
        out.append(mark_illustrative(t("gaps.no_guidance", lang, since=since) + tail, guidance_ill, lang))
    else:
        out.append(mark_illustrative(t("gaps.contacts", lang, fk=fk, sf=sf, since=since), guidance_ill, lang))
    if "plan_office" not in kinds:
        # a plan office whose record does not say it still runs: not support, but not "in no office" either
        unknown = sorted(
            str(g["name"])
            for g in groups_of(G, m)
            if g["label"] == Label.PLAN_OFFICE.label and state(g, config.year) == "unknown"
        )
        if unknown:
            out.append(t("gaps.office_status_unknown", lang, name=", ".join(unknown)))
        else:
            out.append(t("gaps.no_office", lang))
    if not kinds & {"network", "planforum"}:
        out.append(t("gaps.no_network", lang))
    return out


def _plan_reasons(plans: Mapping[str, Any], config: PlanConfig, lang: Lang = "en") -> list[str]:
    """``planstrategi for 2023–2027 not adopted`` (or adopted late), first among the reasons."""
    term, deadline = config.term_name, config.deadline.isoformat()
    ill = plans.get("planstrategi_kilde") == "illustrativ"
    if plans["status"] == "mangler":
        year = plans["planstrategi_vedtatt"]
        last = t("gaps.last_adopted", lang, year=year) if year else ""
        return [mark_illustrative(t("gaps.not_adopted", lang, term=term, deadline=deadline, last=last), ill, lang)]
    if plans["status"] == "for_sent":
        late = t("gaps.late", lang, term=term, year=plans["planstrategi_vedtatt"], deadline=deadline)
        return [mark_illustrative(late, ill, lang)]
    return []
