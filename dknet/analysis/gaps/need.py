"""Need versus support: who gets least help for what they face (:func:`need_support`)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from dknet.analysis import asof
from dknet.analysis.asof import at_year
from dknet.analysis.cooperation import state
from dknet.analysis.gaps.common import contact_counts, contacts_since, group_kind, groups_of, last_contact, select_codes
from dknet.analysis.gaps.config import NEED_INDICATORS, PLAN_NEED, GapConfig, load_gap_config
from dknet.analysis.plans import PlanConfig, load_plan_config, municipality_plans, with_as_of
from dknet.analysis.profiles import challenge_profiles, load_config, rank_scale
from dknet.analysis.reasons import marked, value_is_illustrative
from dknet.analysis.registers import Registers, county_of, guidance_registered, registers
from dknet.graph import Graph, municipality_node
from dknet.messages.msg import Msg, Num, Text, joined
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


def unassessed(G: Graph, regs: Registers, m: str, *, year: int) -> list[str]:
    """The support layers without a register where municipality node ``m`` is (none counted, none found missing).

    ``veiledning`` (neither FK nor SF keeps a contact register), ``veiledning_fk`` or
    ``veiledning_sf`` (one of them), ``plankontor``, ``arena`` (see :mod:`dknet.analysis.registers`).
    A membership the data does record is counted all the same.
    """
    out = []
    fk, sf = guidance_registered(G, regs, m, "FK"), guidance_registered(G, regs, m, "SF")
    if not fk and not sf:
        out.append("veiledning")
    elif not fk:
        out.append("veiledning_fk")
    elif not sf:
        out.append("veiledning_sf")
    county = county_of(G, m)
    kinds = {group_kind(g, year) for g in groups_of(G, m)}
    if county not in regs.offices and "plan_office" not in kinds:
        out.append("plankontor")
    if county not in regs.arenas and not kinds & {"network", "planforum"}:
        out.append("arena")
    return out


def need_support(
    G: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    top: int | None = None,
    plan_config: PlanConfig | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Municipalities ranked by how far support falls below need (largest gap first), with reasons.

    The reasons are meaning (a list of :class:`~dknet.messages.msg.Msg` per row, keys in
    :mod:`dknet.messages`), put into words at the edge (:func:`dknet.present.render.render_frame`).

    Need indicators are percentile ranks among *all* municipalities, so a county's list is
    comparable with the national one. The planstrategi part of need scores the current term's
    status (:data:`~dknet.analysis.gaps.config.PLAN_NEED`) with the term rules of
    ``plan_config`` (default: dknet's ``plans.toml``).

    Only known indicators enter need: a missing one (no capacity row, no plan record, an unknown
    planstrategi) is left out and the weights of the others renormalised; ``need_basis`` lists
    the indicators used (keys of ``gaps.toml [need]``). Support counts what is recorded; the
    layers with no register where the municipality is are listed in ``support_unassessed``
    (:func:`unassessed`), and the reasons say "kan ikke vurderes – mangler register for …"
    instead of "ingen veiledning". ``contacts`` is missing (NA) where no guidance register exists.
    ``as_of``: the status day (its year replaces the configured one); records dated after it are
    not known yet (:func:`dknet.analysis.asof.as_of`).
    """
    config = at_year(config or load_gap_config(), as_of)
    plan_config = with_as_of(plan_config or load_plan_config(), as_of)
    G = asof.as_of(G, plan_config.day())
    pconf = load_config().with_weights({ind: 1.0 for ind, _ in NEED_INDICATORS.values()})
    pconf = type(pconf)(**{**pconf.__dict__, "year": config.year})
    profiles = challenge_profiles(G, config=pconf)
    plan_rows = {str(c): municipality_plans(G, str(c), config=plan_config) for c in profiles.index}
    need, basis = _need(profiles, plan_rows, config)
    raw = pd.Series({c: _support_raw(G, municipality_node(c), config) for c in profiles.index})
    # A fixed saturating scale (not ranks), so that added support shows as a change in absolute terms.
    support = 1 - np.exp(-raw / config.support["support_scale"])
    df = pd.DataFrame({"need": need, "support": support.reindex(profiles.index).to_numpy()}, index=profiles.index)
    df["gap"] = df["need"] - df["support"]
    chosen = select_codes(G, county, sf)
    df = df.loc[chosen].sort_values(["gap", "need"], ascending=[False, False], kind="stable")
    if top is not None:
        df = df.head(top)
    profile_rows = {
        str(k): {str(c): float(v) for c, v in row.items()} for k, row in profiles.to_dict(orient="index").items()
    }
    regs = registers(G)
    rows = [
        _row(G, rank, str(code), r, basis, plan_rows, profile_rows, regs, config, plan_config)
        for rank, (code, r) in enumerate(df.iterrows(), start=1)
    ]
    df = pd.DataFrame(rows)
    if len(df):
        df["contacts"] = df["contacts"].astype("Int64")
        for col in ("in_office", "in_network"):  # True, False, or None where no register says
            df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df


def _need(
    profiles: pd.DataFrame, plan_rows: Mapping[str, Mapping[str, Any]], config: GapConfig
) -> tuple[Any, dict[str, list[str]]]:
    """The need score per municipality (NaN where nothing is known) and the indicators it rests on."""
    ranks = rank_scale(profiles)
    weights = np.array([config.need.get(k, 0.0) for k in [*NEED_INDICATORS, *PLAN_NEED]])
    need_parts = np.column_stack(
        [ranks[ind].to_numpy() if sign > 0 else 1 - ranks[ind].to_numpy() for ind, sign in NEED_INDICATORS.values()]
        + [
            np.array([scores.get(plan_rows[str(c)]["status"], np.nan) for c in profiles.index], dtype=float)
            for scores in PLAN_NEED.values()
        ]
    )
    present = ~np.isnan(need_parts) & (weights > 0)
    need_keys = [*NEED_INDICATORS, *PLAN_NEED]
    basis = {
        str(c): [k for k, used in zip(need_keys, row, strict=True) if used]
        for c, row in zip(profiles.index, present, strict=True)
    }
    wsum = (present * weights).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        need = np.where(wsum > 0, np.nansum(np.where(present, need_parts * weights, 0), axis=1) / wsum, np.nan)
    return need, basis


def _row(
    G: Graph,
    rank: int,
    code: str,
    r: Any,
    basis: Mapping[str, list[str]],
    plan_rows: Mapping[str, Mapping[str, Any]],
    profile_rows: Mapping[str, Mapping[str, float]],
    regs: Registers,
    config: GapConfig,
    plan_config: PlanConfig,
) -> dict[str, Any]:
    """One municipality's row of :func:`need_support`."""
    m = municipality_node(code)
    d = G.nodes[m]
    contacts = contacts_since(G, m, config.year - config.window + 1)
    kinds = {group_kind(g, config.year) for g in groups_of(G, m)} - {None}
    missing = unassessed(G, regs, m, year=config.year)
    return {
        "rank": rank,
        "kommunenummer": code,
        "navn": d["name"],
        "fylkesnummer": d["fylkesnummer"],
        "need": float(r.need),
        "support": float(r.support),
        "gap": float(r.gap),
        "contacts": pd.NA if "veiledning" in missing else sum(int(c.get("antall", 1)) for c in contacts),
        "last_contact": last_contact(G, m),
        "in_office": pd.NA if "plankontor" in missing else "plan_office" in kinds,
        "in_network": pd.NA
        if "arena" in missing and "network" not in kinds
        else bool(kinds & {"network", "planforum"}),
        "need_basis": ", ".join(basis[code]),
        "support_unassessed": ", ".join(missing),
        "reasons": _plan_reasons(plan_rows[code], plan_config)
        + _need_reasons(G, m, profile_rows[code], contacts, kinds, config, missing),
        "illustrative": _uses_illustrative(G, m),
    }


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
    missing: list[str] | None = None,
) -> list[Text]:
    missing = missing or []
    out = _profile_reasons(G, m, prof, config)

    def no_register(what: str, layer: str) -> Msg:
        return Msg("unknown.no_register", what=Msg(f"unknown.what.{what}"), layer=Msg(f"unknown.layer.{layer}"))

    if "aarsverk_plan" in prof and math.isnan(prof["aarsverk_plan"]):
        out.append(no_register("capacity", "plankapasitet"))
    # Guidance counted from (or missing in) a register with illustrative records rests on them.
    guidance_ill = bool((G.graph.get("layers") or {}).get("veiledning", {}).get("illustrative")) or any(
        c.get("source") == ILLUSTRATIVE for c in contacts
    )
    fk, sf = contact_counts(contacts)
    since = config.year - config.window + 1
    if "veiledning" in missing:
        out.append(no_register("guidance", "veiledning"))
    elif fk + sf == 0:
        last = last_contact(G, m)
        tail = Msg("gaps.last", last=last) if last else Msg("gaps.none_recorded")
        out.append(marked(joined([Msg("gaps.no_guidance", since=since), tail], sep=""), guidance_ill))
    else:
        out.append(marked(Msg("gaps.contacts", fk=fk, sf=sf, since=since), guidance_ill))
    for layer in ("veiledning_fk", "veiledning_sf"):
        if layer in missing:
            out.append(no_register("guidance", layer))
    if "plankontor" in missing:
        out.append(no_register("office", "plankontor"))
    elif "plan_office" not in kinds:
        # a plan office that has not started yet (the one rule's "unknown"): not support, but not "in no office" either
        unknown = sorted(
            str(g["name"])
            for g in groups_of(G, m)
            if g["label"] == Label.PLAN_OFFICE.label and state(g, config.year) == "unknown"
        )
        if unknown:
            out.append(Msg("gaps.office_status_unknown", name=", ".join(unknown)))
        else:
            out.append(Msg("gaps.no_office"))
    if not kinds & {"network", "planforum"}:
        out.append(no_register("network", "arena") if "arena" in missing else Msg("gaps.no_network"))
    return out


def _profile_reasons(G: Graph, m: str, prof: Mapping[str, float], config: GapConfig) -> list[Text]:
    """What the municipality faces: small, remote, ageing, old plans, low planning capacity."""
    d = G.nodes[m]
    out: list[Text] = []
    pop = d.get("folketall_2026")
    if pop is not None and pop < 2500:
        out.append(Msg("gaps.small", n=Num(pop)))
    if d.get("sentralitetsklasse") in (5, 6):
        out.append(Msg("gaps.remote", c=d["sentralitetsklasse"]))
    if (d.get("andel_67pluss") or 0) >= 0.25:
        out.append(Msg("gaps.ageing", share=Num(d["andel_67pluss"], share=True, decimals=0)))

    def ill(indicator: str) -> bool:
        return value_is_illustrative(G, m, indicator, config.year)

    for ind, label in (("alder_arealdel", "arealdel"), ("alder_samfunnsdel", "samfunnsdel")):
        age = prof.get(ind)
        if age is not None and not math.isnan(age) and age >= 10:
            out.append(marked(Msg("gaps.age", plan=label, years=Num(age, decimals=0)), ill(ind)))
    fte = prof.get("aarsverk_plan")
    if fte is not None and not math.isnan(fte) and fte <= 1.0:
        out.append(marked(Msg("gaps.fte", fte=Num(fte, decimals=1)), ill("aarsverk_plan")))
    return out


def _plan_reasons(plans: Mapping[str, Any], config: PlanConfig) -> list[Text]:
    """``planstrategi for 2023–2027 not adopted`` (or adopted late), first among the reasons."""
    term, deadline = config.term_name, config.deadline.isoformat()
    ill = plans.get("planstrategi_kilde") == "illustrativ"
    if plans["status"] == "mangler":
        year = plans["planstrategi_siste"]
        last = Msg("gaps.last_adopted", year=year) if year else ""
        return [marked(Msg("gaps.not_adopted", term=term, deadline=deadline, last=last), ill)]
    if plans["status"] == "for_sent":
        late = Msg("gaps.late", term=term, year=plans["planstrategi_vedtatt"], deadline=deadline)
        return [marked(late, ill)]
    return []


def basis_names(keys: str) -> Text:
    """``need_basis`` or ``support_unassessed`` (comma-separated keys) as people read them.

    >>> basis_names("small, remote, low_capacity").render("nb"), basis_names("veiledning, plankontor").render("en")
    ('folketall, sentralitet, plankapasitet', 'guidance, plan offices')
    """
    from dknet.messages import MESSAGES

    names: list[Text] = []
    for key in (k for k in str(keys or "").split(", ") if k):
        for prefix in ("gaps.need_ind.", "unknown.layer."):
            if prefix + key in MESSAGES:
                names.append(Msg(prefix + key))
                break
        else:
            names.append(key)
    return joined(names, sep=", ")
