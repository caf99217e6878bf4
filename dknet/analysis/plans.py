"""Plan situation per municipality: the planstrategi of the current term, the kommuneplan's age.

Plan- og bygningsloven § 10-1 asks each municipal council to adopt a **kommunal planstrategi**
"senest innen ett år etter konstituering"; it decides which plans to revise (§ 10-1 second
paragraph), among them the kommuneplan's **samfunnsdel** (§ 11-2) and **arealdel** (§ 11-5).
Term dates and the revision rule live in one file, ``plans.toml`` (documented in docs/plans.md).

The planstrategi status of the current term (``status`` column; Norwegian label in ``planstrategi``):

============== =========================================================================
``i_tide``       adopted within the term, on or before the deadline (constituted + 1 year)
``for_sent``     adopted within the term, after the deadline
``dato_ukjent``  adopted within the term (only the year is known, and it does not settle
                 whether the deadline was met: the year of constitution or of the deadline)
``mangler``      the deadline has passed and the register has a planstrategi, but none adopted
                 this term (the last is from an earlier term, or the record has no date)
``ikke_forfalt`` not adopted yet, but the deadline has not passed
``ukjent``       no planstrategi record at all
============== =========================================================================

Each fact carries the kind of record it rests on (:func:`fact_source`): ``kuratert`` (a
public record with its source_url, or a bundled real source), ``brukerregister`` (the user's
own files), ``antatt`` (a what-if) or ``illustrativ`` (generated).

>>> import datetime as dt
>>> c = load_plan_config()
>>> c.deadline, c.term_name
(datetime.date(2024, 10, 15), '2023–2027')
>>> term_status([(dt.date(2024, 10, 15), None)], c, as_of=dt.date(2026, 1, 1))[0]
'i_tide'
>>> term_status([(dt.date(2024, 10, 16), None)], c, as_of=dt.date(2026, 1, 1))[0]
'for_sent'
>>> term_status([(None, 2020)], c, as_of=dt.date(2026, 1, 1))[0]
'mangler'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from dknet.analysis.context import select_codes, targets
from dknet.errors import ConfigError, DknetError
from dknet.graph import Graph
from dknet.io.config import config_kind, read_toml
from dknet.messages.msg import Msg
from dknet.schema import ILLUSTRATIVE, USER_SOURCE, Label, Rel, node_id

DEFAULT_PLAN_CONFIG = Path(__file__).with_name("plans.toml")

#: Status code → Norwegian label, in the order summaries list them.
STATUS_LABELS: dict[str, str] = {
    "i_tide": "vedtatt i tide",
    "for_sent": "vedtatt for sent",
    "dato_ukjent": "vedtatt (dato ukjent)",
    "mangler": "ikke registrert vedtatt",  # the register's newest is from an earlier term: absent, not proven missing
    "ikke_forfalt": "ikke vedtatt, frist ikke ute",
    "ukjent": "ukjent (ingen post)",
}
#: What a user may type for ``--status`` (Norwegian codes, English words) → status code.
STATUS_ALIASES: dict[str, str] = {
    **{k: k for k in STATUS_LABELS},
    **{k.replace("_", "-"): k for k in STATUS_LABELS},
    "on-time": "i_tide",
    "late": "for_sent",
    "date-unknown": "dato_ukjent",
    "missing": "mangler",
    "not-due": "ikke_forfalt",
    "unknown": "ukjent",
}
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
    "samfunnsdel_vedtatt",
    "samfunnsdel_alder",
    "samfunnsdel_revisjon",
    "samfunnsdel_kilde",
    "arealdel_vedtatt",
    "arealdel_alder",
    "arealdel_revisjon",
    "arealdel_kilde",
    "planstrategi_url",
)


@dataclass(frozen=True)
class PlanConfig:
    """Term dates and revision rules (see ``plans.toml``)."""

    constituted: dt.date
    deadline_years: int
    length_years: int
    max_age: dict[str, int]
    guidance_years: int
    as_of: dt.date | None = None
    source: str = "default"

    @property
    def deadline(self) -> dt.date:
        """The last day to adopt the planstrategi (pbl § 10-1: one year after constitution)."""
        return _add_years(self.constituted, self.deadline_years)

    @property
    def next_constituted(self) -> dt.date:
        """The day the next council is taken to be constituted (start of the next term)."""
        return _add_years(self.constituted, self.length_years)

    @property
    def next_deadline(self) -> dt.date:
        """The next council's planstrategi deadline."""
        return _add_years(self.next_constituted, self.deadline_years)

    @property
    def term_name(self) -> str:
        """``2023–2027``: the years of the elections that open and close the term."""
        return f"{self.constituted.year}–{self.next_constituted.year}"

    @property
    def next_term_name(self) -> str:
        """``2027–2031``."""
        return f"{self.next_constituted.year}–{self.next_constituted.year + self.length_years}"

    def day(self, as_of: dt.date | None = None) -> dt.date:
        """The status day: ``as_of`` if given, else the configured one, else today."""
        return as_of or self.as_of or dt.date.today()


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _as_date(value: Any, where: str, problems: list[str]) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    problems.append(f"{where} must be a date such as 2023-10-15, not {value!r}")
    return None


def load_plan_config(path: Path | None = None) -> PlanConfig:
    """Read and validate a plan configuration; ``None`` gives dknet's default ``plans.toml``.

    Every problem is reported at once in one :class:`~dknet.errors.ConfigError`.
    """
    doc, source = read_toml(path, default=DEFAULT_PLAN_CONFIG, what="plan configuration")
    defaults, _ = read_toml(None, default=DEFAULT_PLAN_CONFIG, what="plan configuration")
    problems: list[str] = []
    unknown = set(doc) - {"term", "revision", "scorecard", "general"}
    if unknown:
        problems.append(f"unknown section(s) {sorted(unknown)}")
    sections = {s: {**defaults.get(s, {}), **doc.get(s, {})} for s in ("term", "revision", "scorecard", "general")}
    known = {
        "term": {"constituted", "deadline_years", "length_years"},
        "revision": {"samfunnsdel_max_age", "arealdel_max_age"},
        "scorecard": {"guidance_years"},
        "general": {"as_of"},
    }
    for s, keys in known.items():
        for k in set(sections[s]) - keys:
            problems.append(f"unknown key {k!r} in [{s}]; known: {', '.join(sorted(keys))}")
    ints: dict[str, int] = {}
    for s, k, low in (
        ("term", "deadline_years", 0),
        ("term", "length_years", 1),
        ("revision", "samfunnsdel_max_age", 0),
        ("revision", "arealdel_max_age", 0),
        ("scorecard", "guidance_years", 1),
    ):
        v = sections[s].get(k)
        if isinstance(v, bool) or not isinstance(v, int) or v < low:
            problems.append(f"[{s}] {k} must be a whole number ≥ {low}, not {v!r}")
        else:
            ints[k] = v
    constituted = _as_date(sections["term"].get("constituted"), "[term] constituted", problems)
    as_of_raw = sections["general"].get("as_of")
    as_of = _as_date(as_of_raw, "[general] as_of", problems) if as_of_raw is not None else None
    if problems or constituted is None:
        raise ConfigError(
            "error.config.invalid", what=config_kind("plan configuration"), source=source, problems="; ".join(problems)
        )
    return PlanConfig(
        constituted=constituted,
        deadline_years=ints["deadline_years"],
        length_years=ints["length_years"],
        max_age={"samfunnsdel": ints["samfunnsdel_max_age"], "arealdel": ints["arealdel_max_age"]},
        guidance_years=ints["guidance_years"],
        as_of=as_of,
        source=source,
    )


def with_as_of(config: PlanConfig, as_of: dt.date | None) -> PlanConfig:
    """The configuration with another status day (``None`` keeps it)."""
    return config if as_of is None else replace(config, as_of=as_of)


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


# --- the term rule ------------------------------------------------------------------------------------

Record = tuple[dt.date | None, int | None]


def _when(rec: Record) -> tuple[int, dt.date]:
    d, y = rec
    return (d.year if d else int(y or 0), d or dt.date(int(y or 1), 12, 31))


def term_status(records: Sequence[Record], config: PlanConfig, *, as_of: dt.date | None = None) -> tuple[str, int]:
    """The current term's planstrategi status from (date, year) records, and the index of the deciding one.

    A record with a date counts by the date; one with only a year counts by the year: before
    the year of constitution it is an earlier term's, after the deadline year it is late, in
    either of those two years it is this term's with the date unknown (``dato_ukjent``). A
    record with neither is a planstrategi registered but not adopted. Records after ``as_of``
    (or in or after the next term) are ignored. The index is -1 when no record decides.
    """
    day = config.day(as_of)
    start, deadline, end = config.constituted, config.deadline, config.next_constituted
    on_time: list[int] = []
    unknown_day: list[int] = []
    late: list[int] = []
    earlier: list[int] = []
    undated: list[int] = []
    for i, (d, y) in enumerate(records):
        if d is not None:
            if d > day or d >= end:
                continue
            if d < start:
                earlier.append(i)
            elif d <= deadline:
                on_time.append(i)
            else:
                late.append(i)
        elif y is not None:
            if y > day.year or y >= end.year:
                continue
            if y < start.year:
                earlier.append(i)
            elif y <= deadline.year:
                unknown_day.append(i)
            else:
                late.append(i)
        else:
            undated.append(i)

    def first(idx: list[int]) -> int:
        return min(idx, key=lambda i: _when(records[i]))

    def last(idx: list[int]) -> int:
        return max(idx, key=lambda i: _when(records[i]))

    if on_time:
        return "i_tide", first(on_time)
    if unknown_day:
        return "dato_ukjent", first(unknown_day)
    if late:
        return "for_sent", first(late)
    if day <= deadline:
        return "ikke_forfalt", (last(earlier) if earlier else (undated[0] if undated else -1))
    if earlier:
        return "mangler", last(earlier)
    if undated:
        return "mangler", undated[0]
    return "ukjent", -1


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
        return max(adopted, key=lambda p: _when(_record(p)))
    return plans[0] if plans else None


def municipality_codes(G: Graph, *, county: str | None = None, sf: str | None = None) -> list[str]:
    """kommunenummer in the county and/or served by the SF office (all when both are None)."""
    return select_codes(G, county, sf)


def _sf_of(G: Graph, m: str) -> str:
    sfs = sorted(targets(G, m, Rel.SUPERVISED_BY))
    return str(G.nodes[sfs[0]]["key"]) if sfs else ""


def municipality_plans(G: Graph, code: str, *, config: PlanConfig | None = None) -> dict[str, Any]:
    """One municipality's plan situation as one row of :func:`plan_status` (a dict)."""
    config = config or load_plan_config()
    day = config.day()
    m = node_id(Label.MUNICIPALITY, code)
    d = G.nodes[m]
    ps = _plans(G, m, "planstrategi")
    status, i = term_status([_record(p) for p in ps], config)
    chosen = ps[i] if i >= 0 else None
    row: dict[str, Any] = {
        "kommunenummer": code,
        "navn": d["name"],
        "fylkesnummer": d["fylkesnummer"],
        "statsforvalter": _sf_of(G, m),
        "status": status,
        "planstrategi": STATUS_LABELS[status],
        "planstrategi_vedtatt": _shown(_record(chosen)) if chosen else "",
        "planstrategi_kilde": fact_source(chosen.get("source")) if chosen else "",
        "planstrategi_url": (chosen.get("source_url") or "") if chosen else "",
    }
    for part in PLAN_PARTS:
        p = _latest_part(_plans(G, m, part), day)
        rec = _record(p) if p else (None, None)
        year = rec[0].year if rec[0] else rec[1]
        age = day.year - year if year is not None else None
        row[f"{part}_vedtatt"] = year
        row[f"{part}_alder"] = age
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
) -> pd.DataFrame:
    """Per municipality: the current term's planstrategi status and the kommuneplan's age and revision need.

    Columns: :data:`PLAN_COLUMNS`. ``status`` keeps only those status codes (or their English
    aliases, e.g. ``late``). Sorted by county, then kommunenummer.
    """
    config = config or load_plan_config()
    wanted = {parse_status(s) for s in status} if status else None
    rows = [municipality_plans(G, c, config=config) for c in municipality_codes(G, county=county, sf=sf)]
    df = pd.DataFrame(rows, columns=list(PLAN_COLUMNS))
    for part in PLAN_PARTS:
        for col in (f"{part}_vedtatt", f"{part}_alder"):
            df[col] = df[col].astype("Int64")
    if wanted is not None:
        df = df[df["status"].isin(wanted)]
    return df.sort_values(["fylkesnummer", "kommunenummer"], kind="stable").reset_index(drop=True)


def parse_status(value: str) -> str:
    """A status code from what a user typed (``late``, ``for-sent``, ``for_sent``)."""
    key = value.strip().lower().replace(" ", "-")
    if key in STATUS_ALIASES:
        return STATUS_ALIASES[key]
    import difflib

    close = difflib.get_close_matches(key, list(STATUS_ALIASES), n=1)
    hint = Msg("hint.status_close", close=close[0]) if close else "."
    raise DknetError("error.plan_status", value=value, hint=hint, known=", ".join(STATUS_LABELS))


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


def describe_shares(shares: dict[str, float]) -> str:
    """``42 % kuratert, 58 % illustrativ`` (largest first)."""
    return ", ".join(f"{100 * v:.0f} % {k}" for k, v in sorted(shares.items(), key=lambda kv: -kv[1]))


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
    share adopted this term, parts due for revision, and the share of facts from real or user records."""
    df = plan_status(G, config=config, county=county, sf=sf)
    key = "fylkesnummer" if by == "fylke" else "statsforvalter"
    label = Label.COUNTY if by == "fylke" else Label.STATE_ADMINISTRATOR
    rows = []
    for k, part in df.groupby(key, sort=True):
        counts = part["status"].value_counts()
        adopted = sum(int(counts.get(s, 0)) for s in ("i_tide", "for_sent", "dato_ukjent"))
        shares = real_share(part)
        rows.append(
            {
                by: k,
                "navn": G.nodes[node_id(label, str(k))]["name"],
                "kommuner": len(part),
                **{s: int(counts.get(s, 0)) for s in STATUS_LABELS},
                "andel_vedtatt": adopted / len(part),
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
