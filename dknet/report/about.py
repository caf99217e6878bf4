"""Report sections about the report itself: what rests on illustrative records, sources, date, glossary."""

from __future__ import annotations

from dknet.report.blocks import Section, Table
from dknet.report.collect import ReportData
from dknet.report.texts import number, percent, text


def illustrative_section(data: ReportData, done: list[Section], lang: str) -> Section:
    """Which sections and data layers rest on illustrative records, counted."""
    sec = Section("illustrativt", text("s_illustrative", lang))
    sec.text(text("ill_lead", lang))
    lines = []
    for s in done:
        rows = sum(t.illustrative_rows for t in s.tables)
        total = sum(len(t.rows) for t in s.tables)
        figs = [f for b in s.blocks for f in b.figures if f.illustrative]
        if rows or figs:
            parts = [text("ill_rows", lang, n=rows, total=total)] if rows else []
            parts += [f.label for f in figs]
            lines.append(f"{s.heading}: " + "; ".join(parts))
    if lines:
        sec.text(text("ill_sections", lang))
        sec.bullets(lines)
    else:
        sec.text(text("ill_none", lang))
    if data.illustrative_indicators:
        sec.text(text("ill_indicators", lang, names=", ".join(data.illustrative_indicators)))
    table = sec.table(
        Table(
            [text("c_layer", lang), text("c_records", lang), text("c_illustrative", lang), text("c_share", lang)],
            numeric={1, 2, 3},
        )
    )
    for name, info in data.layers.items():
        n, ill = int(info.get("records", 0)), int(info.get("illustrative", 0))
        table.add(
            [name, number(n, lang), number(ill, lang), percent(ill / n if n else None, lang, 0)], illustrative=ill > 0
        )
    return sec


def sources_section(data: ReportData, lang: str, *, made: str) -> Section:
    """Where the data come from, when the report was made, and a short glossary.

    The glossary: the report's four planning terms, then dknet's own (:func:`dknet.messages.glossary`).
    """
    from dknet.io.boundaries import ATTRIBUTION

    sec = Section("kilder", text("s_sources", lang))
    sec.text(text("src_lead", lang))
    where = text("src_user", lang, dir=data.user_dir) if data.user_dir else text("src_bundled", lang)
    sec.text(text("src_made", lang, date=made, data=where, day=data.day.isoformat()))
    sec.text(ATTRIBUTION + ". Statistisk sentralbyrå (SSB), CC BY 4.0.")
    sec.subheading(text("glossary", lang))
    from dknet.messages import glossary

    terms = [text(k, lang) for k in ("g_planstrategi", "g_samfunnsdel", "g_arealdel", "g_host")]
    sec.bullets(terms + [f"{term}: {meaning}" for term, meaning in glossary(lang)])
    return sec
