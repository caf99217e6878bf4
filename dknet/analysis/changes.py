"""What changed between two days: the registers read on each day (:mod:`dknet.analysis.asof`), compared.

An event is something known on ``to`` that was not on ``since`` (the window is *after*
``since``, up to and including ``to``): a record with a day counts when ``since < day ≤ to``,
one with only a year when ``since``'s year < year ≤ ``to``'s year (a record with only a year
counts from the start of its year, as everywhere in dknet).

================================ ============================================================
``hendelse`` (code)              when
================================ ============================================================
``planstrategi_vedtatt``         a planstrategi adopted in the window
``kommuneplan_revidert``         a samfunnsdel or arealdel adopted in the window (``type``;
                                 ``omfang=bestemmelser`` when only the provisions)
``plan_vedtatt``                 another municipal plan adopted in the window
``veiledning_gitt``              guidance from FK or SF in the window (``fra``: FK/SF,
                                 ``antall``: contacts)
``samarbeid_startet``            a plan office or arena started (``fra_aar`` in the window),
                                 one event per member
``samarbeid_avsluttet``          a plan office or arena that ran on ``since`` and has ended
                                 by ``to`` (:func:`dknet.analysis.cooperation.record_state`),
                                 dated by its end year (an end year is read as "ended during
                                 that year": it counts from the next year on)
``medlemskap_startet``           a membership with its own ``fra_aar`` in the window
``medlemskap_avsluttet``         a membership whose ``til_aar`` ended it in the window
``planstrategi_frist_passert``   a term's planstrategi deadline fell in the window and the
                                 user's register has none adopted that term (``mangler``:
                                 unknown statuses are no finding and are not listed)
``plan_forfalt``                 a samfunnsdel or arealdel that was not due on ``since`` and is
                                 due for revision on ``to`` (older than ``plans.toml`` allows)
================================ ============================================================

Each event carries the record it rests on: ``post_id``, ``post_navn``, ``type``, ``omfang``,
``fra``, ``antall``, the kind of source (``kildetype``, :func:`dknet.analysis.plans.fact_source`; for a
deadline passed or a plan due, that of the plan status it rests on),
``source`` and ``source_url``. ``dato`` is the ISO day, or the year when only the year is known.

>>> import datetime as dt
>>> from dknet.examples import tiny_graph
>>> ev = changes(tiny_graph(), since=dt.date(2019, 1, 1), to=dt.date(2020, 6, 30))
>>> ev[["dato", "hendelse", "kommunenummer"]].values.tolist()  # the tiny graph's plan office started in 2020
[['2020', 'samarbeid_startet', '9003'], ['2020', 'samarbeid_startet', '9004']]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

import pandas as pd

from dknet.analysis import asof
from dknet.analysis.context import select_codes
from dknet.analysis.cooperation import record_state
from dknet.analysis.plan_config import PlanConfig, load_plan_config
from dknet.analysis.plans import PLAN_PARTS, fact_source, plan_status
from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.schema import Label, Rel, node_id

__all__ = ["CHANGE_COLUMNS", "KINDS", "TERM_COLUMNS", "changes", "compare_terms", "term_at", "term_configs"]

#: Event codes in the order they are listed on one day.
KINDS = (
    "planstrategi_vedtatt",
    "kommuneplan_revidert",
    "plan_vedtatt",
    "veiledning_gitt",
    "samarbeid_startet",
    "samarbeid_avsluttet",
    "medlemskap_startet",
    "medlemskap_avsluttet",
    "planstrategi_frist_passert",
    "plan_forfalt",
)
#: Columns of :func:`changes`, in order.
CHANGE_COLUMNS = (
    "dato",
    "hendelse",
    "kommunenummer",
    "navn",
    "fylkesnummer",
    "post_id",
    "post_navn",
    "type",
    "omfang",
    "fra",
    "antall",
    "kildetype",
    "source",
    "source_url",
)
_GROUPS = (Label.PLAN_OFFICE.label, Label.ARENA.label)
Rec = tuple[dt.date | None, int | None]


def _new(rec: Rec, since: dt.date, to: dt.date) -> bool:
    """Known on ``to`` and not on ``since``."""
    return asof.known_on(rec, to) and not asof.known_on(rec, since)


def _shown(rec: Rec) -> str:
    d, y = rec
    return d.isoformat() if d else (str(y) if y is not None else "")


def _year_rec(d: Mapping[str, Any], key: str) -> Rec:
    return asof.record_day(d, "", key)


def term_configs(config: PlanConfig, since: dt.date, to: dt.date) -> Iterator[PlanConfig]:
    """The configuration of every term (earlier or later than the configured one) whose deadline is in the window.

    >>> c = load_plan_config()
    >>> [x.term_name for x in term_configs(c, dt.date(2020, 1, 1), dt.date(2029, 1, 1))]
    ['2019–2023', '2023–2027', '2027–2031']
    """
    k = 0
    while _shift(config, k).deadline > since:
        k -= 1
    while (c := _shift(config, k)).deadline <= to:
        if c.deadline > since:
            yield c
        k += 1


def term_at(config: PlanConfig, day: dt.date) -> PlanConfig:
    """The configuration of the term in force on ``day`` (constituted on or before it, the next one after).

    >>> c = load_plan_config()
    >>> term_at(c, dt.date(2026, 12, 7)).term_name, term_at(c, dt.date(2028, 1, 1)).term_name
    ('2023–2027', '2027–2031')
    >>> term_at(c, dt.date(2023, 10, 14)).term_name
    '2019–2023'
    """
    k = 0
    while _shift(config, k).constituted > day:
        k -= 1
    while _shift(config, k + 1).constituted <= day:
        k += 1
    return _shift(config, k)


def _shift(config: PlanConfig, terms: int) -> PlanConfig:
    c = config.constituted
    year = c.year + terms * config.length_years
    try:
        day = c.replace(year=year)
    except ValueError:  # 29 February
        day = c.replace(year=year, day=28)
    return replace(config, constituted=day)


def _row(kind: str, when: str, G: Graph, m: str, **fields: Any) -> dict[str, Any]:
    d = G.nodes[m]
    row: dict[str, Any] = dict.fromkeys(CHANGE_COLUMNS, "")
    row.update(
        dato=when,
        hendelse=kind,
        kommunenummer=str(d["key"]),
        navn=d["name"],
        fylkesnummer=d.get("fylkesnummer", ""),
        antall=None,
    )
    row.update({k: ("" if v is None else v) if k != "antall" else v for k, v in fields.items()})
    if not row["kildetype"]:
        row["kildetype"] = fact_source(row["source"]) if row["source"] else ""
    return row


def _plan_events(G: Graph, ms: set[str], since: dt.date, to: dt.date) -> Iterator[dict[str, Any]]:
    for m, p, e in G.out_edges(sorted(ms), data=True):
        if e["type"] != Rel.HAS_PLAN.type:
            continue
        d = G.nodes[p]
        rec = asof.record_day(d, "vedtatt_dato", "vedtatt_aar")
        if rec == (None, None) or not _new(rec, since, to):
            continue
        kind = d.get("plantype", "")
        code = (
            "planstrategi_vedtatt"
            if kind == "planstrategi"
            else "kommuneplan_revidert"
            if kind in PLAN_PARTS
            else "plan_vedtatt"
        )
        yield _row(
            code,
            _shown(rec),
            G,
            m,
            post_id=d.get("key"),
            post_navn=d.get("navn", ""),
            type=kind,
            omfang=d.get("omfang", ""),
            source=d.get("source"),
            source_url=d.get("source_url"),
        )


def _guidance_events(G: Graph, ms: set[str], since: dt.date, to: dt.date) -> Iterator[dict[str, Any]]:
    for u, m, k, e in G.in_edges(sorted(ms), keys=True, data=True):
        if e["type"] != Rel.GUIDES.type:
            continue
        rec = asof.record_day(e, "kontakt_dato", "aar")
        if not _new(rec, since, to):
            continue
        who = "FK" if G.nodes[u]["label"] == Label.COUNTY.label else "SF"
        yield _row(
            "veiledning_gitt",
            _shown(rec),
            G,
            m,
            post_id=k,
            post_navn=e.get("tema", ""),
            type=e.get("form", ""),
            fra=f"{who} {G.nodes[u]['key']}",
            antall=int(e.get("antall", 1)),
            source=e.get("source"),
            source_url=e.get("source_url"),
        )


def _group_events(G: Graph, ms: set[str], since: dt.date, to: dt.date) -> Iterator[dict[str, Any]]:
    then, now = asof.as_of(G, since), asof.as_of(G, to)
    for m, g, e in G.out_edges(sorted(ms), data=True):
        if e["type"] != Rel.MEMBER_OF.type or G.nodes[g]["label"] not in _GROUPS:
            continue
        d = G.nodes[g]
        fields = {
            "post_id": d.get("key"),
            "post_navn": d.get("name", ""),
            "type": d.get("form") or d.get("type", ""),
            "source": d.get("source"),
            "source_url": d.get("source_url"),
        }
        start = _year_rec(d, "fra_aar")
        if start[1] is not None and _new(start, since, to):
            yield _row("samarbeid_startet", _shown(start), G, m, **fields)
        if g in now and g in then:
            ended_now = record_state(now.nodes[g], to.year) == "ended"
            if ended_now and record_state(then.nodes[g], since.year) != "ended":
                yield _row("samarbeid_avsluttet", _shown(_year_rec(d, "til_aar")), G, m, **fields)
        own = {**fields, "source": e.get("source"), "source_url": e.get("source_url")}
        joined = _year_rec(e, "fra_aar")
        if joined[1] is not None and _new(joined, since, to):
            yield _row("medlemskap_startet", _shown(joined), G, m, **own)
        left = _year_rec(e, "til_aar")
        if left[1] is not None and since.year <= left[1] < to.year:  # ended: til_aar before the day's year
            yield _row("medlemskap_avsluttet", _shown(left), G, m, **own)


def _status_events(
    G: Graph, codes: list[str], config: PlanConfig, since: dt.date, to: dt.date, county: str | None, sf: str | None
) -> Iterator[dict[str, Any]]:
    for term in term_configs(config, since, to):
        df = plan_status(G, config=term, county=county, sf=sf, as_of=to)
        for r in df[df["status"] == "mangler"].itertuples(index=False):
            if str(r.kommunenummer) in codes:
                yield _row(
                    "planstrategi_frist_passert",
                    term.deadline.isoformat(),
                    G,
                    node_id(Label.MUNICIPALITY, str(r.kommunenummer)),
                    type="planstrategi",
                    post_navn=term.term_name,
                    kildetype=r.planstrategi_kilde,
                )
    before = plan_status(G, config=config, county=county, sf=sf, as_of=since).set_index("kommunenummer")
    after = plan_status(G, config=config, county=county, sf=sf, as_of=to).set_index("kommunenummer")
    for code in codes:
        for part in PLAN_PARTS:
            col = f"{part}_revisjon"
            if before.at[code, col] != "nei" or after.at[code, col] != "forfalt":
                continue
            year = int(str(after.at[code, f"{part}_vedtatt"]))
            yield _row(
                "plan_forfalt",
                str(year + config.max_age[part] + 1),
                G,
                node_id(Label.MUNICIPALITY, code),
                type=part,
                post_navn=str(year),
                omfang=after.at[code, f"{part}_omfang"],
                kildetype=after.at[code, f"{part}_kilde"],
            )


def changes(
    G: Graph,
    *,
    since: dt.date,
    to: dt.date | None = None,
    county: str | None = None,
    sf: str | None = None,
    config: PlanConfig | None = None,
) -> pd.DataFrame:
    """The events after ``since`` up to and including ``to`` (default: today), one row each: :data:`CHANGE_COLUMNS`.

    ``county``/``sf`` narrow to their municipalities (all when both are None). Sorted by day
    (a year-only event at its year's start), then :data:`KINDS`, then kommunenummer. Raises
    :class:`~dknet.errors.DknetError` when ``to`` is before ``since``.
    """
    to = to or dt.date.today()
    if to < since:
        raise DknetError("error.changes.order", since=since.isoformat(), to=to.isoformat())
    config = config or load_plan_config()
    codes = select_codes(G, county, sf)
    ms = {node_id(Label.MUNICIPALITY, c) for c in codes}
    rows = [
        *_plan_events(G, ms, since, to),
        *_guidance_events(G, ms, since, to),
        *_group_events(G, ms, since, to),
        *_status_events(G, codes, config, since, to, county, sf),
    ]
    df = pd.DataFrame(rows, columns=list(CHANGE_COLUMNS))
    df["antall"] = df["antall"].astype("Int64")
    order = {k: i for i, k in enumerate(KINDS)}
    day = df["dato"].map(lambda s: s if len(s) > 4 else f"{s or 9999}-01-01")
    key = day + df["hendelse"].map(lambda k: f"{order[k]:02d}")
    df = df.assign(_k=key).sort_values(["_k", "kommunenummer", "post_id"], kind="stable")
    return df.drop(columns="_k").reset_index(drop=True)


#: Columns of :func:`compare_terms`, in order.
TERM_COLUMNS = (
    "kommunenummer",
    "navn",
    "fylkesnummer",
    "forrige_periode",
    "forrige_status",
    "forrige_vedtatt",
    "periode",
    "status",
    "vedtatt",
    "endring",
    "samfunnsdel_revisjon",
    "arealdel_revisjon",
)


def compare_terms(
    G: Graph,
    *,
    config: PlanConfig | None = None,
    as_of: dt.date | None = None,
    county: str | None = None,
    sf: str | None = None,
) -> pd.DataFrame:
    """The planstrategi of the term in force on ``as_of`` beside the previous term's, per municipality.

    The previous term is read as it stood at its end (the day before the next council was
    constituted), the current one on ``as_of`` (default: the configuration's day, else today).
    ``endring``: ``ny`` (adopted this term, not the last), ``mistet`` (adopted the last term, and
    this term's deadline passed with none adopted in the register: ``mangler``), ``begge``
    (adopted in both), ``ingen`` (in neither, known), ``ikke_forfalt`` (this term's deadline has
    not passed), else ``ukjent``. The kommuneplan's revision
    need is the one on ``as_of``.

    >>> from dknet.examples import tiny_graph
    >>> df = compare_terms(tiny_graph(), as_of=dt.date(2028, 11, 1))
    >>> df[["periode", "forrige_periode", "endring"]].iloc[0].tolist()  # the tiny graph has no plan records
    ['2027–2031', '2023–2027', 'ukjent']
    """
    config = config or load_plan_config()
    day = config.day(as_of)
    now = term_at(config, day)
    before = _shift(now, -1)
    end = now.constituted - dt.timedelta(days=1)
    a = plan_status(G, config=before, county=county, sf=sf, as_of=min(end, day)).set_index("kommunenummer")
    b = plan_status(G, config=now, county=county, sf=sf, as_of=day)
    adopted = ("i_tide", "for_sent", "dato_ukjent")
    rows = []
    for r in b.itertuples(index=False):
        old = str(a.at[r.kommunenummer, "status"])
        old_yes, new_yes = old in adopted, r.status in adopted
        if new_yes:
            change = "begge" if old_yes else "ny" if old == "mangler" else "ukjent"
        elif r.status == "mangler":
            change = "mistet" if old_yes else "ingen" if old == "mangler" else "ukjent"
        else:  # not due yet, or not known
            change = "ikke_forfalt" if r.status == "ikke_forfalt" else "ukjent"
        rows.append(
            {
                "kommunenummer": r.kommunenummer,
                "navn": r.navn,
                "fylkesnummer": r.fylkesnummer,
                "forrige_periode": before.term_name,
                "forrige_status": old,
                "forrige_vedtatt": a.at[r.kommunenummer, "planstrategi_vedtatt"],
                "periode": now.term_name,
                "status": r.status,
                "vedtatt": r.planstrategi_vedtatt,
                "endring": change,
                "samfunnsdel_revisjon": r.samfunnsdel_revisjon,
                "arealdel_revisjon": r.arealdel_revisjon,
            }
        )
    return pd.DataFrame(rows, columns=list(TERM_COLUMNS))
