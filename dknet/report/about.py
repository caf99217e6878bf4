"""Report sections about the report itself: what rests on illustrative records, sources, date, glossary."""

from __future__ import annotations

from dknet.messages import column_name, glossary, t
from dknet.report.blocks import Section, Table, num, pct
from dknet.report.collect import ReportData


def illustrative_section(data: ReportData, done: list[Section], lang: str) -> Section:
    """Which sections and data layers rest on illustrative records, counted."""
    sec = Section("illustrativt", t("report.s_illustrative", lang))
    sec.text(t("report.ill_lead", lang))
    lines = []
    for s in done:
        rows = sum(table.illustrative_rows for table in s.tables)
        total = sum(len(table.rows) for table in s.tables)
        figs = [f for b in s.blocks for f in b.figures if f.illustrative]
        if rows or figs:
            parts = [t("report.ill_rows", lang, n=rows, total=total)] if rows else []
            parts += [f.label for f in figs]
            lines.append(f"{s.heading}: " + "; ".join(parts))
    if lines:
        sec.text(t("report.ill_sections", lang))
        sec.bullets(lines)
    else:
        sec.text(t("report.ill_none", lang))
    if data.illustrative_indicators:
        sec.text(t("report.ill_indicators", lang, names=", ".join(data.illustrative_indicators)))
    table = sec.table(
        Table(
            [
                t("report.c_layer", lang),
                column_name("poster", lang),
                t("report.c_illustrative", lang),
                t("report.c_share", lang),
            ],
            numeric={1, 2, 3},
        )
    )
    for name, info in data.layers.items():
        n, ill = int(info.get("records", 0)), int(info.get("illustrative", 0))
        table.add([name, num(n, lang), num(ill, lang), pct(ill / n if n else None, lang, 0)], illustrative=ill > 0)
    return sec


def sources_section(data: ReportData, lang: str, *, made: str, illustrative: bool = True) -> Section:
    """Where the data come from, when the report was made, and a short glossary.

    The glossary is dknet's (:func:`dknet.messages.glossary`), planning terms included.
    ``illustrative=False`` (the real data set, no generated records): no word about them.
    """
    from dknet.io.boundaries import ATTRIBUTION
    from dknet.messages.terms import GLOSSARY

    sec = Section("kilder", t("report.s_sources", lang))
    sec.text(t("report.src_lead" if illustrative else "demo.report.src_lead_real", lang))
    where = t("report.src_user", lang, dir=data.user_dir) if data.user_dir else t("report.src_bundled", lang)
    sec.text(t("report.src_made", lang, date=made, data=where, day=data.day.isoformat()))
    sec.text(ATTRIBUTION + ". Statistisk sentralbyrå (SSB), CC BY 4.0.")
    sec.subheading(t("glossary.heading", lang))
    entries = [e for key, e in zip(GLOSSARY, glossary(lang), strict=True) if illustrative or key != "illustrative"]
    sec.bullets([f"{term}: {meaning}" for term, meaning in entries])
    return sec
