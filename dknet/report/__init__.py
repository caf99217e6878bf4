"""A county or municipality report: one self-contained, printable HTML file for an adviser's meeting.

:func:`build_report` puts together, for a county (optionally narrowed to, or given as, a state
administrator's office) or for one municipality:

1. **Sammendrag** — key figures;
2. **Planstrategi og planstatus** — :func:`dknet.analysis.plans.plan_status`, a bar chart and
   a map of the status;
3. **Hull i veiledningen** — :func:`dknet.analysis.gaps.need_support` with reasons and
   :func:`dknet.analysis.gaps.structural_gaps`;
4. **Samarbeid og plankontor** — :func:`dknet.analysis.communities.detect_communities` and
   :func:`dknet.analysis.plan_offices.propose_plan_offices`, with a map of both;
5. **Samarbeidspartnere** — :func:`dknet.analysis.partners.suggest_partners` for both purposes
   (office, network) for every district municipality (centrality class 5–6), existing partners
   listed apart;
6. **Anbefalingene** — :func:`dknet.analysis.scorecard.scorecard`;
7. **Hva som er illustrativt** — which rows and figures rest on illustrative records (‡);
8. **Kilder og dato**;
9. **Metode og begreper** — an appendix: the measures by name (Gower, Louvain, Burt), the
   indicators' and data layers' names in the data, the glossary. The body says it plainly.

Maps and charts are inline SVG drawn from the bundled boundaries (:mod:`dknet.report.svg`);
the page loads nothing (a Content-Security-Policy forbids it), runs no script and has a print
stylesheet for A4. All data is escaped by Jinja2's autoescape. Headings, fixed texts, reasons and
details come in bokmål (default), nynorsk or English, from dknet's one catalogue
(:mod:`dknet.messages`, the report's own texts in :mod:`dknet.messages.report`); numbers are
written by :mod:`dknet.present.numbers`, with no-break spaces.

>>> from dknet.examples import tiny_graph
>>> html = build_report(tiny_graph(), focus="Bergdal")
>>> html.startswith("<!DOCTYPE html>"), 'id="partnere"' in html, "http://" in html.replace("http://www.w3.org", "")
(True, True, False)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dknet.errors import DknetError
from dknet.graph import Graph
from dknet.messages import LANGS, Lang, t
from dknet.messages import check_lang as _check_lang
from dknet.messages.msg import Either, Msg
from dknet.report.blocks import Section

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup
from dknet.report.collect import ReportData, Scope, collect, resolve_scope

__all__ = ["SECTION_IDS", "ReportData", "Scope", "build_report", "check_lang", "render", "resolve_scope"]

#: The sections' anchors, in order (stable across languages; the browser test looks for each).
SECTION_IDS = (
    "sammendrag",
    "planer",
    "endringer",
    "veiledning",
    "samarbeid",
    "partnere",
    "anbefalinger",
    "illustrativt",
    "kilder",
    "metode",
)
_TEMPLATES = Path(__file__).with_name("templates")


def page_template() -> jinja2.Template:
    """The one page template of the county report and the meeting pack (autoescaped; an undefined
    name is an error, not an empty string)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("report.html.j2")


def check_lang(lang: str) -> Lang:
    """``lang`` when the report speaks it (nb, nn, en); a :class:`~dknet.errors.DknetError` otherwise.

    >>> check_lang("se")
    Traceback (most recent call last):
    ...
    dknet.errors.DknetError: unknown language 'se'; choose nb, nn or en
    """
    try:
        return _check_lang(lang)
    except ValueError:
        raise DknetError(Msg("error.unknown_lang", lang=lang, choices=Either(LANGS))) from None


def build_report(
    G: Graph,
    *,
    county: str | None = None,
    sf: str | None = None,
    focus: str | None = None,
    lang: str = "nb",
    top: int | None = None,
    seed: int = 2024,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    as_of: dt.date | None = None,
    since: dt.date | None = None,
) -> str:
    """The report as one HTML document (a string) for a county, an SF office or one municipality.

    ``county``, ``sf`` and ``focus`` are resolved as the CLI resolves them (``"Trøndelag"``,
    ``"50"``, ``"holtålen"``); an unknown name raises
    :class:`~dknet.errors.UnknownNameError` naming the closest. ``top`` partners per purpose
    (default 3 per district municipality in a county report, 10 for a focus); ``seed`` for the
    communities; ``today`` is the date printed as the report's date (default: today);
    ``progress`` is called with the name of each step (the CLI prints them on stderr).
    ``as_of`` is the status day (default: today): records dated after it are not known yet
    (:func:`dknet.analysis.asof.as_of`); "Endringer siden" lists what changed after ``since``
    (default: one year before the status day) up to it.
    """
    from dknet.analysis import asof
    from dknet.report.changes import changes_section, year_before

    lang = check_lang(lang)
    day = as_of or dt.date.today()
    known = asof.as_of(G, day)
    scope = resolve_scope(known, county=county, sf=sf, focus=focus)
    data = collect(known, scope, lang=lang, top=top, seed=seed, progress=progress, as_of=as_of)
    if progress:
        progress("HTML")
    changed = changes_section(G, scope, since=since or year_before(day), to=day, lang=lang)
    return render(known, data, lang=lang, today=today, changes=changed)


def css_string(text: str) -> Markup:
    r"""``text`` as a quoted CSS string, safe inside ``<style>`` (for the printed page's footer).

    >>> print(css_string('DEMO – "x" </style>'))
    "DEMO – \22 x\22  \3c /style\3e "
    """
    from markupsafe import Markup

    escaped = "".join(f"\\{ord(c):x} " if c in '"\\<>&\n' else c for c in text)
    return Markup(f'"{escaped}"')


def render(
    G: Graph, data: ReportData, *, lang: str = "nb", today: dt.date | None = None, changes: Section | None = None
) -> str:
    """Draw collected results as the HTML report (see :func:`build_report`); ``changes`` follows the plans."""
    from dknet._version import __version__
    from dknet.io.boundaries import ATTRIBUTION, load_boundaries
    from dknet.report import about, network
    from dknet.report import sections as s

    lang = check_lang(lang)
    made = (today or dt.date.today()).isoformat()
    boundaries = load_boundaries()
    body: list[Section] = [
        s.summary_section(G, data, lang),
        s.plans_section(G, data, boundaries, lang),
        *([changes] if changes is not None else []),
        s.gaps_section(G, data, lang),
        network.cooperation_section(G, data, boundaries, lang),
        network.partners_section(G, data, lang),
        network.scorecard_section(G, data, lang),
    ]
    from dknet.graph import has_illustrative
    from dknet.messages.demo import BANNER_KEY

    generated = has_illustrative(G)  # the real data set has none: no section, marks or glossary entry about them
    ill = about.illustrative_section(data, body, lang)
    sources = about.sources_section(data, lang, made=made, illustrative=generated)
    method = about.method_section(data, lang, illustrative=generated)
    sections = [*body, ill, sources, method] if generated else [*body, sources, method]
    any_ill = any(table.illustrative_rows for sec in body for table in sec.tables)
    if data.scope.kind == "focus" and data.scope.focus:
        title = t("report.title_focus", lang, name=s.municipality_name(G, data.scope.focus))
    else:
        title = t("report.title_county", lang, name=s.scope_name(G, data))
    return page_template().render(
        html_lang={"nb": "nb", "nn": "nn", "en": "en"}[lang],
        version=__version__,
        title=title,
        subtitle=t("report.subtitle", lang),
        scope=s.scope_label(G, data, lang),
        made=t("report.made", lang, date=made, version=__version__),
        banner=t("report.ill_banner", lang, section=ill.heading) if any_ill else "",
        demo_banner=t(BANNER_KEY, lang) if G.graph.get("demo") else "",
        demo_banner_css=css_string(t(BANNER_KEY, lang)),
        ill_title=t("source.illustrativ", lang),
        contents=t("report.contents", lang),
        sections=sections,
        attribution=ATTRIBUTION,
    )
