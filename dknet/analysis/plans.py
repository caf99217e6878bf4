"""Plan situation per municipality: the planstrategi of the current term, the kommuneplan's age.

Plan- og bygningsloven § 10-1 asks each municipal council to adopt a **kommunal planstrategi**
"senest innen ett år etter konstituering"; it decides which plans to revise (§ 10-1 second
paragraph), among them the kommuneplan's **samfunnsdel** (§ 11-2) and **arealdel** (§ 11-5).
Term dates and the revision rule live in one file, ``plans.toml`` (documented in docs/plans.md).

This is where callers import from; the rooms behind it are :mod:`dknet.analysis.plan_config`
(:class:`PlanConfig`, :func:`load_plan_config`) and :mod:`dknet.analysis.plan_term` (the term
rule :func:`term_status` and the status codes, :data:`STATUS_LABELS`). Here: one row per
municipality (:func:`plan_status`), counts per county or SF office (:func:`plan_summary`) and
what falls due next term (:func:`next_term`).

Each fact carries the kind of record it rests on (:func:`fact_source`): ``kuratert`` (a
public record with its source_url, or a bundled real source), ``brukerregister`` (the user's
own files), ``antatt`` (a what-if) or ``illustrativ`` (generated).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

import pandas as pd

from dknet.analysis import asof
from dknet.analysis.context import select_codes, targets
from dknet.analysis.plan_config import PlanConfig, load_plan_config, with_as_of
from dknet.analysis.plan_term import (
    ADOPTED,
    KNOWN,
    STATUS_LABELS,
    Record,
    parse_status,
    record_order,
    record_term,
    term_status,
)
from dknet.graph import Graph
from dknet.messages.msg import Msg, Num, Text, joined
from dknet.schema import ILLUSTRATIVE, USER_SOURCE, Label, Rel, node_id

__all__ = [
    "ADOPTED",
    "KNOWN",
    "PLAN_COLUMNS",
    "PLAN_PARTS",
    "SOURCE_KINDS",
    "STATUS_LABELS",
    "PlanConfig",
    "describe_shares",
    "fact_source",
    "last_recorded",
    "load_plan_config",
    "municipality_codes",
    "municipality_plans",
    "next_term",
    "parse_status",
    "plan_status",
    "plan_summary",
    "real_share",
    "source_names",
    "term_status",
    "with_as_of",
]

#: Kinds of source a fact can rest on.
SOURCE_KINDS = ("kuratert", "brukerregister", "antatt", "illustrativ")
#: Bundled sources that are real public data (not curated web pages with a source_url).
_REAL_PREFIXES = ("curated", "ssb", "kartverket", "statsforvalteren", "fhi", "kostra", "sametinget", "nivi")
PLAN_PARTS = ("samfunnsdel", "arealdel")

#: Columns of :func:`plan_status`, in order.
PLAN_COLUMNS = (
    "kommunenummer",
    "navn",
    "fylkesnummer",
    "statsforvalter",
    "status",
    "planstrategi",
    "planstrategi_vedtatt",
    "planstrategi_kilde",
    "planstrategi_siste",
    "planstrategi_siste_periode",
    "samfunnsdel_vedtatt",
    "samfunnsdel_alder",
    "samfunnsdel_revisjon",
    "samfunnsdel_kilde",
    "arealdel_vedtatt",
    "arealdel_alder",
    "arealdel_revisjon",
    "arealdel_kilde",
    "planstrategi_url",
    "samfunnsdel_omfang",
    "arealdel_omfang",
)


def fact_source(source: str | None) -> str:
    """The kind of record a fact rests on: kuratert, brukerregister, antatt or illustrativ.

    Bundled real data and curated public records ("curated web (see source_url)") are
    ``kuratert``; ``illustrative`` is ``illustrativ``; a what-if (``assumed``) is ``antatt``;
    any other source, e.g. ``user`` or the name of a county's own register, is the user's.

    >>> [fact_source(s) for s in ("curated web (see source_url)", "illustrative", "user", "Planregister Tydal")]
    ['kuratert', 'illustrativ', 'brukerregister', 'brukerregister']
    """
    if not source:
        return ""
    s = str(source).strip().lower()
    if s == ILLUSTRATIVE:
        return "illustrativ"
    if s == "assumed":
        return "antatt"
    if s == USER_SOURCE:
        return "brukerregister"
    if s.startswith(_REAL_PREFIXES):
        return "kuratert"
    return "brukerregister"


def source_names(kinds: str | None) -> Text:
    """Kinds of source (:func:`fact_source`, comma-separated, or ``ingen post``) as people read them.

    ``--format json`` keeps the machine words; tables, XLSX and the ``excel-no`` CSV show these.

    >>> from dknet.messages.msg import render
    >>> kinds = (("illustrativ, kuratert", "en"), ("brukerregister", "nn"), ("", "en"))
    >>> [render(source_names(k), language) for k, language in kinds]
    ['illustrative, public source', 'brukarregister', '']
    """
    from dknet.messages import MESSAGES

    names: list[Text] = []
    for kind in str(kinds or "").split(", "):
        key = f"source.{kind.replace(' ', '_')}"
        if kind:
            names.append(Msg(key) if key in MESSAGES else kind)
    return joined(names, sep=", ")


# --- per municipality -------------------------------------------------------------------------------


def _plans(G: Graph, m: str, plantype: str) -> list[dict[str, Any]]:
    return [
        G.nodes[v]
        for _, v, d in G.out_edges(m, data=True)
        if d["type"] == Rel.HAS_PLAN.type and G.nodes[v].get("plantype") == plantype
    ]


def _record(p: dict[str, Any]) -> Record:
    raw = p.get("vedtatt_dato")
    day = None
    if raw:
        try:
            day = dt.date.fromisoformat(str(raw)[:10])
        except ValueError:
            day = None
    year = p.get("vedtatt_aar")
    return day, (int(year) if year is not None else None)


def _shown(rec: Record) -> str:
    d, y = rec
    return d.isoformat() if d else (str(y) if y is not None else "")


def _latest_part(plans: list[dict[str, Any]], day: dt.date) -> dict[str, Any] | None:
    """The latest adopted plan of a kind up to ``day`` (or an undated one when none is adopted)."""
    adopted = [p for p in plans if (r := _record(p)) != (None, None) and (r[0] or dt.date(int(r[1] or 0), 1, 1)) <= day]
    if adopted:
        return max(adopted, key=lambda p: record_order(_record(p)))
    return plans[0] if plans else None


#: ``omfang`` of a plan decision that revised only the provisions (the map is older).
PROVISIONS_ONLY = "bestemmelser"


def _map_year(plans: list[dict[str, Any]], rec: Record) -> int | None:
    """The year of the latest whole plan adopted before ``rec`` (the map's year); None when not recorded."""
    before = [
        r
        for q in plans
        if str(q.get("omfang") or "") != PROVISIONS_ONLY
        and (r := _record(q)) != (None, None)
        and record_order(r) < record_order(rec)
    ]
    if not before:
        return None
    d, y = max(before, key=record_order)
    return d.year if d else y


def municipality_codes(G: Graph, *, county: str | None = None, sf: str | None = None) -> list[str]:
    """kommunenummer in the county and/or served by the SF office (all when both are None)."""
    return select_codes(G, county, sf)


def _sf_of(G: Graph, m: str) -> str:
    sfs = sorted(targets(G, m, Rel.SUPERVISED_BY))
    return str(G.nodes[sfs[0]]["key"]) if sfs else ""


def municipality_plans(G: Graph, code: str, *, config: PlanConfig | None = None) -> dict[str, Any]:
    """One municipality's plan situation as one row of :func:`plan_status` (a dict).

    ``planstrategi_vedtatt`` and ``planstrategi_kilde`` speak of the current term only; an
    earlier term's record is ``planstrategi_siste`` (its date or year) with its term in
    ``planstrategi_siste_periode`` (empty when the year may be either of two terms). Absence
    reads ``mangler`` only where the user's own register has planstrategi records for the
    municipality (:func:`~dknet.analysis.plan_term.term_status`).
    """
    config = config or load_plan_config()
    day = config.day()
    m = node_id(Label.MUNICIPALITY, code)
    d = G.nodes[m]
    ps = _plans(G, m, "planstrategi")
    register = any(fact_source(p.get("source")) == "brukerregister" for p in ps)
    status, i = term_status([_record(p) for p in ps], config, register=register)
    chosen = ps[i] if i >= 0 else None
    this_term = status in ADOPTED
    row: dict[str, Any] = {
        "kommunenummer": code,
        "navn": d["name"],
        "fylkesnummer": d["fylkesnummer"],
        "statsforvalter": _sf_of(G, m),
        "status": status,
        "planstrategi": STATUS_LABELS[status],
        "planstrategi_vedtatt": _shown(_record(chosen)) if chosen and this_term else "",
        # The answer rests on this term's record, or (mangler) on the user's register; "ukjent" on none.
        "planstrategi_kilde": fact_source(chosen.get("source")) if chosen and status != "ukjent" else "",
        "planstrategi_siste": _shown(_record(chosen)) if chosen and not this_term else "",
        "planstrategi_siste_periode": record_term(_record(chosen), config) if chosen and not this_term else "",
        "planstrategi_url": (chosen.get("source_url") or "") if chosen else "",
    }
    for part in PLAN_PARTS:
        plans = _plans(G, m, part)
        p = _latest_part(plans, day)
        rec = _record(p) if p else (None, None)
        year = rec[0].year if rec[0] else rec[1]
        scope = str(p.get("omfang") or "") if p else ""
        # only the provisions revised: the plan is as old as its map, i.e. the latest whole plan before
        age_from = _map_year(plans, rec) if scope == PROVISIONS_ONLY else year
        age = day.year - age_from if age_from is not None else None
        row[f"{part}_vedtatt"] = year
        row[f"{part}_alder"] = age
        row[f"{part}_omfang"] = scope
        row[f"{part}_revisjon"] = "ukjent" if age is None else ("forfalt" if age > config.max_age[part] else "nei")
        row[f"{part}_kilde"] = fact_source(p.get("source")) if p else ""
    return row


def plan_status(
    G: Graph,
    *,
    config: PlanConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    status: Iterable[str] | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Per municipality: the current term's planstrategi status and the kommuneplan's age and revision need.

    Columns: :data:`PLAN_COLUMNS`. ``status`` keeps only those status codes (or their English
    aliases, e.g. ``late``). Sorted by county, then kommunenummer. ``as_of``: the status day
    (default: the configuration's, else today); records dated after it are not known yet
    (:func:`dknet.analysis.asof.as_of`).
    """
    config = with_as_of(config or load_plan_config(), as_of)
    G = asof.as_of(G, config.day())
    wanted = {parse_status(s) for s in status} if status else None
    rows = [municipality_plans(G, c, config=config) for c in municipality_codes(G, county=county, sf=sf)]
    df = pd.DataFrame(rows, columns=list(PLAN_COLUMNS))
    for part in PLAN_PARTS:
        for col in (f"{part}_vedtatt", f"{part}_alder"):
            df[col] = df[col].astype("Int64")
    if wanted is not None:
        df = df[df["status"].isin(wanted)]
    return df.sort_values(["fylkesnummer", "kommunenummer"], kind="stable").reset_index(drop=True)


def last_recorded(row: Any, config: PlanConfig) -> Msg | None:
    """``siste registrerte: 2020-10-23 (forrige periode)`` for an unknown status with an earlier record.

    ``row`` is a row of :func:`plan_status` (a dict or a named tuple); None when there is no
    earlier record to show.

    >>> c = load_plan_config()
    >>> last_recorded({"planstrategi_siste": "2020-10-23", "planstrategi_siste_periode": "2019–2023"}, c).render("nb")
    'siste registrerte: 2020-10-23 (forrige periode)'
    >>> last_recorded({"planstrategi_siste": "2016", "planstrategi_siste_periode": "2015–2019"}, c).render("en")
    'last recorded: 2016 (term 2015–2019)'
    """
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k, "")
    shown, term = get("planstrategi_siste"), get("planstrategi_siste_periode")
    if not shown:
        return None
    previous = f"{config.constituted.year - config.length_years}–{config.constituted.year}"
    when = Msg("plans.term_previous") if term == previous else Msg("plans.term_named", term=term) if term else None
    return Msg("plans.last_recorded", date=shown, term=when or Msg("plans.term_either"))


def real_share(df: pd.DataFrame) -> dict[str, float]:
    """Share of the plan facts in ``df`` (planstrategi, samfunnsdel, arealdel) per kind of source.

    Facts with no record at all count under ``ingen post``. The shares add up to 1.
    """
    cols = [c for c in ("planstrategi_kilde", "samfunnsdel_kilde", "arealdel_kilde") if c in df.columns]
    values = pd.concat([df[c] for c in cols], ignore_index=True).replace("", "ingen post")
    if values.empty:
        return {}
    counts = values.value_counts(normalize=True)
    return {str(k): float(v) for k, v in counts.items()}


def describe_shares(shares: dict[str, float]) -> Text:
    """``58 % illustrativ, 42 % kuratert`` (largest first).

    >>> describe_shares({"kuratert": 0.42, "illustrativ": 0.58}).render("en")
    '58% illustrative, 42% public source'
    """
    ordered = sorted(shares.items(), key=lambda kv: -kv[1])
    return joined([joined([Num(v, share=True, decimals=0), source_names(k)], sep=" ") for k, v in ordered], sep=", ")


# --- summaries ------------------------------------------------------------------------------------


def plan_summary(
    G: Graph,
    *,
    by: Literal["fylke", "statsforvalter"] = "fylke",
    config: PlanConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
) -> pd.DataFrame:
    """Counts per county (``by="fylke"``) or SF office: municipalities per planstrategi status,
    how many of them have a known status (``kjent``), the share adopted this term among those
    known (NaN when none is), parts due for revision, and the share of facts from real or user
    records."""
    df = plan_status(G, config=config, county=county, sf=sf)
    key = "fylkesnummer" if by == "fylke" else "statsforvalter"
    label = Label.COUNTY if by == "fylke" else Label.STATE_ADMINISTRATOR
    rows = []
    for k, part in df.groupby(key, sort=True):
        counts = part["status"].value_counts()
        adopted = sum(int(counts.get(s, 0)) for s in ADOPTED)
        known = sum(int(counts.get(s, 0)) for s in KNOWN)
        shares = real_share(part)
        rows.append(
            {
                by: k,
                "navn": G.nodes[node_id(label, str(k))]["name"],
                "kommuner": len(part),
                **{s: int(counts.get(s, 0)) for s in STATUS_LABELS},
                "kjent": known,
                # Adopted among those whose status is known (unknown is neither adopted nor not).
                "andel_vedtatt": adopted / known if known else float("nan"),
                "samfunnsdel_forfalt": int((part["samfunnsdel_revisjon"] == "forfalt").sum()),
                "arealdel_forfalt": int((part["arealdel_revisjon"] == "forfalt").sum()),
                "andel_kuratert_eller_bruker": shares.get("kuratert", 0.0) + shares.get("brukerregister", 0.0),
            }
        )
    return pd.DataFrame(rows)


def next_term(
    G: Graph,
    *,
    config: PlanConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
) -> pd.DataFrame:
    """What falls due in the next term (after the 2027 election), per municipality.

    Every council must adopt a planstrategi for the next term by its deadline; a samfunnsdel or
    arealdel falls due in that term when it will be older than the configured maximum age by
    the next deadline. ``forfaller`` lists what is due: parts already due now are marked
    ``(allerede forfalt)``.
    """
    config = config or load_plan_config()
    df = plan_status(G, config=config, county=county, sf=sf)
    nd = config.next_deadline
    rows = []
    for r in df.itertuples(index=False):
        due = [f"planstrategi {config.next_term_name} (frist {nd.isoformat()})"]
        row: dict[str, Any] = {"kommunenummer": r.kommunenummer, "navn": r.navn, "fylkesnummer": r.fylkesnummer}
        for part in PLAN_PARTS:
            year = getattr(r, f"{part}_vedtatt")
            if pd.isna(year):
                row[f"{part}_forfaller"] = "ukjent"
                continue
            limit = int(year) + config.max_age[part] + 1  # first year it is older than the maximum
            row[f"{part}_forfaller"] = limit
            if limit <= nd.year:
                now = getattr(r, f"{part}_revisjon") == "forfalt"
                due.append(f"{part} fra {int(year)}" + (" (allerede forfalt)" if now else ""))
        row["forfaller"] = "; ".join(due)
        row["antall_deler"] = len(due) - 1
        row["kilde"] = ", ".join(sorted({getattr(r, f"{p}_kilde") for p in PLAN_PARTS} - {""}))
        rows.append(row)
    out = pd.DataFrame(rows)
    for part in PLAN_PARTS:
        out[f"{part}_forfaller"] = out[f"{part}_forfaller"].astype(str)
    return out
