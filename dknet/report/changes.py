"""The report's "Endringer siden …" section: :func:`dknet.analysis.changes.changes` for the report's area.

>>> import datetime as dt
>>> from dknet.examples import tiny_graph
>>> from dknet.report.collect import resolve_scope
>>> G = tiny_graph()
>>> scope = resolve_scope(G, county="90")
>>> sec = changes_section(G, scope, since=dt.date(2019, 6, 1), to=dt.date(2021, 1, 1), lang="en")
>>> sec.id, sec.heading, len(sec.tables[0].rows)
('endringer', 'Changes since 2019-06-01', 2)
"""

from __future__ import annotations

import datetime as dt

from dknet.graph import Graph
from dknet.messages import column_name, count, t
from dknet.messages.msg import render
from dknet.report.blocks import Section, Table
from dknet.report.collect import Scope

#: Rows shown; the rest is counted and pointed to ``dknet changes``.
MAX_ROWS = 60


def year_before(day: dt.date) -> dt.date:
    """The same day one year earlier (28 February for 29 February).

    >>> year_before(dt.date(2028, 2, 29))
    datetime.date(2027, 2, 28)
    """
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def changes_section(G: Graph, scope: Scope, *, since: dt.date, to: dt.date, lang: str) -> Section:
    """What changed after ``since`` up to ``to`` in the report's area, oldest first.

    ``G`` is the graph as loaded (not cut to a day: an ended membership must still be there).
    """
    from dknet.analysis.changes import changes
    from dknet.analysis.plans import source_names

    df = changes(G, since=since, to=to, county=scope.county, sf=scope.sf)
    df = df[df["kommunenummer"].isin(scope.codes)]
    sec = Section("endringer", t("report.changes.heading", lang, date=since.isoformat()))
    if df.empty:
        sec.text(t("report.changes.none", lang))
        return sec
    sec.text(
        t("report.changes.intro", lang, since=since.isoformat(), to=to.isoformat(), n=count(len(df), "event", lang))
    )
    table = sec.table(
        Table(
            [
                t("report.changes.c_date", lang),
                column_name("kommune", lang),
                t("report.changes.c_event", lang),
                t("report.changes.c_what", lang),
                column_name("kilde", lang),
            ]
        )
    )
    for r in df.head(MAX_ROWS).itertuples(index=False):
        what = " – ".join(str(x) for x in (r.post_navn or r.post_id, r.type, r.omfang, r.fra) if x)
        table.add(
            [
                str(r.dato),
                str(r.navn),
                t(f"changes.kind.{r.hendelse}", lang),
                what,
                render(source_names(str(r.kildetype)), lang),
            ],
            illustrative=str(r.kildetype) == "illustrativ",
        )
    if len(df) > MAX_ROWS:
        sec.text(t("report.changes.more", lang, n=len(df) - MAX_ROWS, since=since.isoformat(), to=to.isoformat()))
    return sec
