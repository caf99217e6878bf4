"""The term rule: the planstrategi status of the current term from dated (or only yeared) records.

The status codes (``status`` column; Norwegian label in :data:`STATUS_LABELS`):

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

>>> import datetime as dt
>>> from dknet.analysis.plan_config import load_plan_config
>>> c = load_plan_config()
>>> term_status([(dt.date(2024, 10, 15), None)], c, as_of=dt.date(2026, 1, 1))[0]
'i_tide'
>>> term_status([(dt.date(2024, 10, 16), None)], c, as_of=dt.date(2026, 1, 1))[0]
'for_sent'
>>> term_status([(None, 2020)], c, as_of=dt.date(2026, 1, 1))[0]
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
#: Statuses that mean "adopted this term".
ADOPTED = ("i_tide", "for_sent", "dato_ukjent")

#: A plan record as the rule sees it: the adoption date, or failing that the year.
Record = tuple[dt.date | None, int | None]


def record_order(rec: Record) -> tuple[int, dt.date]:
    """Sort key of a record: its year, then its day (a record with only a year sorts at the year's end)."""
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
    if earlier:
        return "mangler", last(earlier)
    if undated:
        return "mangler", undated[0]
    return "ukjent", -1


def parse_status(value: str) -> str:
    """A status code from what a user typed (``late``, ``for-sent``, ``for_sent``)."""
    key = value.strip().lower().replace(" ", "-")
    if key in STATUS_ALIASES:
        return STATUS_ALIASES[key]
    import difflib

    close = difflib.get_close_matches(key, list(STATUS_ALIASES), n=1)
    hint = Msg("hint.status_close", close=close[0]) if close else "."
    raise DknetError("error.plan_status", value=value, hint=hint, known=", ".join(STATUS_LABELS))
