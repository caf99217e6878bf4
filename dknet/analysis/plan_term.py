"""The term rule: the planstrategi status of the current term from dated (or only yeared) records.

The status codes (``status`` column; Norwegian label in :data:`STATUS_LABELS`):

============== =========================================================================
``i_tide``       adopted within the term, on or before the deadline (constituted + 1 year)
``for_sent``     adopted within the term, after the deadline
``dato_ukjent``  adopted within the term (only the year is known, after the year of
                 constitution and up to the deadline year: whether the deadline was met
                 is not known)
``mangler``      the deadline has passed and the *user's own* register has planstrategi
                 records for the municipality, but none adopted this term
``ikke_forfalt`` not adopted yet, but the deadline has not passed
``ukjent``       no record of this term: none at all, or only an earlier term's (a public
                 page from 2020 says nothing about 2024; the last one is shown as
                 "siste registrerte"), or only a year that may be either term's
============== =========================================================================

Only a register the user keeps (``register=True``) can make absence a finding (``mangler``);
old public or generated records never read as this term's status.

>>> import datetime as dt
>>> from dknet.analysis.plan_config import load_plan_config
>>> c = load_plan_config()
>>> term_status([(dt.date(2024, 10, 15), None)], c, as_of=dt.date(2026, 1, 1))[0]
'i_tide'
>>> term_status([(dt.date(2024, 10, 16), None)], c, as_of=dt.date(2026, 1, 1))[0]
'for_sent'
>>> term_status([(None, 2020)], c, as_of=dt.date(2026, 1, 1))
('ukjent', 0)
>>> term_status([(None, 2020)], c, as_of=dt.date(2026, 1, 1), register=True)[0]
'mangler'
>>> parse_status("late"), parse_status("ikke-forfalt")
('for_sent', 'ikke_forfalt')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dknet.analysis.plan_config import PlanConfig
from dknet.errors import DknetError
from dknet.messages.msg import Msg

#: Status code → Norwegian label, in the order summaries list them.
STATUS_LABELS: dict[str, str] = {
    "i_tide": "vedtatt i tide",
    "for_sent": "vedtatt for sent",
    "dato_ukjent": "vedtatt (dato ukjent)",
    "mangler": "ikke registrert vedtatt",  # the user's register has none this term: absent there, not proven missing
    "ikke_forfalt": "ikke vedtatt, frist ikke ute",
    "ukjent": "ukjent",  # no record of this term (an earlier term's record is shown as the last registered)
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
#: Statuses that mean "adopted this term".
ADOPTED = ("i_tide", "for_sent", "dato_ukjent")
#: Statuses that answer "adopted this term, yes or no" (the rest is not known, or not yet due).
KNOWN = ("i_tide", "for_sent", "dato_ukjent", "mangler")

#: A plan record as the rule sees it: the adoption date, or failing that the year.
Record = tuple[dt.date | None, int | None]


def record_order(rec: Record) -> tuple[int, dt.date]:
    """Sort key of a record: its year, then its day (a record with only a year sorts at the year's end)."""
    d, y = rec
    return (d.year if d else int(y or 0), d or dt.date(int(y or 1), 12, 31))


def term_status(
    records: Sequence[Record], config: PlanConfig, *, as_of: dt.date | None = None, register: bool = False
) -> tuple[str, int]:
    """The current term's planstrategi status from (date, year) records, and the index of the deciding one.

    A record with a date counts by the date; one with only a year counts by the year: before
    the year of constitution it is an earlier term's, in the year of constitution it may be
    either term's (so not this term's), after it and up to the deadline year it is this term's
    with the day unknown (``dato_ukjent``), after the deadline year it is late. A record with
    neither is a planstrategi registered but not adopted. Records after ``as_of`` (or in or
    after the next term) are ignored.

    Without a record of this term the answer is ``ukjent``, with the index of the last earlier
    record (-1 when there is none); only when ``register`` says the records come from a
    register the user keeps for this municipality does absence after the deadline read
    ``mangler``. Before the deadline it is ``ikke_forfalt`` either way.
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
            if y <= start.year:  # the year of constitution: either term's
                earlier.append(i)
            elif y <= deadline.year:
                unknown_day.append(i)
            else:
                late.append(i)
        else:
            undated.append(i)

    def first(idx: list[int]) -> int:
        return min(idx, key=lambda i: record_order(records[i]))

    def last(idx: list[int]) -> int:
        return max(idx, key=lambda i: record_order(records[i]))

    if on_time:
        return "i_tide", first(on_time)
    if unknown_day:
        return "dato_ukjent", first(unknown_day)
    if late:
        return "for_sent", first(late)
    if day <= deadline:
        return "ikke_forfalt", (last(earlier) if earlier else (undated[0] if undated else -1))
    shown = last(earlier) if earlier else (undated[0] if undated else -1)
    return ("mangler" if register and shown >= 0 else "ukjent"), shown


def parse_status(value: str) -> str:
    """A status code from what a user typed (``late``, ``for-sent``, ``for_sent``)."""
    key = value.strip().lower().replace(" ", "-")
    if key in STATUS_ALIASES:
        return STATUS_ALIASES[key]
    import difflib

    close = difflib.get_close_matches(key, list(STATUS_ALIASES), n=1)
    hint = Msg("hint.status_close", close=close[0]) if close else "."
    raise DknetError("error.plan_status", value=value, hint=hint, known=", ".join(STATUS_LABELS))


def record_term(rec: Record, config: PlanConfig) -> str:
    """The term (``2019–2023``) a record was adopted in, or ``""`` when its year may be either of two terms.

    Earlier terms are counted back from the current one in steps of ``length_years``.

    >>> from dknet.analysis.plan_config import load_plan_config
    >>> c = load_plan_config()
    >>> record_term((dt.date(2020, 10, 23), 2020), c), record_term((None, 2016), c), record_term((None, 2019), c)
    ('2019–2023', '2015–2019', '')
    >>> record_term((dt.date(2024, 3, 1), 2024), c)
    '2023–2027'
    """
    d, y = rec
    start, length = config.constituted, config.length_years
    if d is None and y is None:
        return ""
    k = 0
    while True:
        begin = start.replace(year=start.year - k * length)
        if d is not None:
            if d >= begin:
                break
        elif y is not None:
            if y == begin.year:
                return ""
            if y > begin.year:
                break
        k += 1
        if k > 100:
            return ""
    return f"{begin.year}–{begin.year + length}"
