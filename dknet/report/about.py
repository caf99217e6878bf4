"""Report sections about the report itself: what rests on illustrative records, sources and date, and the
appendix on method and terms.

The body of the report speaks plainly; the appendix (:func:`method_section`) names the measures
(Gower similarity, Louvain, modularity, Burt's constraint), the indicators' names in the data and
the data layers' file names, and carries the glossary.
"""

from __future__ import annotations

from dknet.analysis.profiles import INDICATORS
from dknet.messages import column_name, glossary, t
from dknet.report.blocks import Section, Table, num, pct
from dknet.report.collect import ReportData
from dknet.schema import LAYERS


def layer_title(name: str, lang: str) -> str:
    """A data layer's title for people (``sjonaboer`` → ``Naboer over sjøen``); the file name when unknown.

    >>> layer_title("planer", "nb"), layer_title("planer", "en"), layer_title("x", "nb")
    ('Kommunale planer', 'Municipal plans', 'x')
    """
    layer = LAYERS.get(name)
    if layer is None:
        return name
    return layer.en if lang == "en" else layer.nb


def illustrative_section(data: ReportData, done: list[Section], lang: str) -> Section:
    """Which sections and data layers rest on illustrative records, counted."""
    sec = Section("illustrativt", t("report.s_illustrative", lang))
    any_ill = any(int(info.get("illustrative", 0)) for info in data.layers.values())
    sec.text(t("report.ill_lead" if any_ill else "report.ill_lead_real", lang))
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
        names = ", ".join(
            INDICATORS[n].label().render(lang) if n in INDICATORS else n for n in data.illustrative_indicators
        )
        sec.text(t("report.ill_indicators", lang, names=names))
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
        table.add(
            [layer_title(name, lang), num(n, lang), num(ill, lang), pct(ill / n if n else None, lang, 0)],
            illustrative=ill > 0,
        )
    return sec


def sources_section(data: ReportData, lang: str, *, made: str, illustrative: bool = True) -> Section:
    """Where the data come from and when the report was made.

    ``illustrative=False`` (the real data set, no generated records): no word about them.
    """
    from dknet.io.boundaries import ATTRIBUTION

    sec = Section("kilder", t("report.s_sources", lang))
    sec.text(t("report.src_lead" if illustrative else "demo.report.src_lead_real", lang))
    where = t("report.src_user", lang, dir=data.user_dir) if data.user_dir else t("report.src_bundled", lang)
    sec.text(t("report.src_made", lang, date=made, data=where, day=data.day.isoformat()))
    sec.text(ATTRIBUTION + ". Statistisk sentralbyrå (SSB), CC BY 4.0.")
    return sec


def method_section(data: ReportData, lang: str, *, illustrative: bool = True) -> Section:
    """The appendix: how the figures are computed, the measures by name, names in the data, the glossary.

    The glossary is dknet's (:func:`dknet.messages.glossary`), planning terms included;
    ``illustrative=False`` leaves out the entry about generated records.
    """
    sec = Section("metode", t("report.s_method", lang))
    sec.text(t("report.m_lead", lang))
    gaps, partners = t("report.s_gaps", lang), t("report.s_partners", lang)
    groups = t("report.s_cooperation", lang)
    q = data.communities.quality.get("modularity") if data.communities is not None else None
    sec.bullets(
        [
            t("report.m_need", lang, gaps=gaps),
            t("report.m_similarity", lang, partners=partners, groups=groups),
            t(
                "report.m_indicators",
                lang,
                names="; ".join(
                    f"{INDICATORS[n].label().render(lang)}: {n}" for n in data.profile_indicators if n in INDICATORS
                ),
            ),
            t("report.m_groups", lang, groups=groups, seed=data.seed, q=num(q, lang, 2)),
            t("report.m_holes", lang, gaps=gaps),
            t("report.m_layers", lang, names="; ".join(f"{layer_title(n, lang)}: {n}" for n in data.layers)),
        ]
    )
    from dknet.messages.terms import GLOSSARY

    sec.subheading(t("glossary.heading", lang))
    entries = [e for key, e in zip(GLOSSARY, glossary(lang), strict=True) if illustrative or key != "illustrative"]
    sec.bullets([f"{term}: {meaning}" for term, meaning in entries])
    return sec
