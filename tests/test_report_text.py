"""What the county report says, read as a county planner reads it (issue 20), in both data modes.

The real default (public + curated records only) and the demonstration set (with generated
layers) each get a Finnmark report; the tests read its text, not its layout.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

import pytest

from dknet.present.render import render_frame
from dknet.report import build_report
from dknet.report.collect import GAP_ROWS, collect, resolve_scope

#: Jargon and raw field names that belong in the appendix, never in the body of the report.
JARGON = (
    "Burt",
    "NMI",
    "ARI",
    "Gower",
    "Louvain",
    "HHI",
    "Modularitet",
    "alder_planstrategi",
    "alder_arealdel",
    "aarsverk_plan",
    "sjonaboer",
    "source_url",
    "frø",
)


@pytest.fixture(scope="module")
def real_finnmark(real_graph: Any) -> str:
    return build_report(real_graph, county="56")


@pytest.fixture(scope="module")
def demo_finnmark(graph: Any) -> str:
    return build_report(graph, county="56")


def section(html: str, sid: str) -> str:
    """The text of one section, tags stripped, entities and no-break spaces resolved."""
    body = html.split(f'id="{sid}"')[1].split("</section>")[0]
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\xa0", " ")


BODY = ("sammendrag", "planer", "veiledning", "samarbeid", "partnere", "anbefalinger", "illustrativt", "kilder")


@pytest.mark.parametrize("mode", ["real", "demo"])
def test_partner_lead_promises_only_what_the_section_shows(mode: str, request: Any) -> None:
    html = request.getfixturevalue(f"{mode}_finnmark")
    text = section(html, "partnere")
    # the number is the one asked for (3 per district municipality), as an upper bound
    assert "opptil 3 forslag for plankontor" in text
    assert not re.search(r"\b2 forslag", text)
    # "listed below the table" only when some list is there
    listed = "Utelatt fordi de allerede samarbeider" in text
    assert ("står under tabellen" in text) == listed
    if not listed:
        assert "Ingen kandidater er utelatt" in text
    for table in html.split('id="partnere"')[1].split("</section>")[0].split("<table>")[1:]:
        assert table.count('<tr class="') - table.count('<tr class="note"') <= 3


def test_gap_table_holds_no_negative_gap(graph: Any) -> None:
    data = collect(graph, resolve_scope(graph, county="56"))
    assert len(data.need) <= GAP_ROWS
    assert (data.need["gap"] > 0).all()
    # the demonstration set has Finnmark municipalities whose support exceeds their need: said in a line
    assert data.need_covered > 0
    html = build_report(graph, county="56")
    text = section(html, "veiledning")
    assert f"De {len(data.need)} største hullene, bare der behovet er større enn støtten" in text
    assert f"{data.need_covered} kommuner der støtten er minst like stor som behovet, er ikke med." in text
    assert not re.search(r"[−-]0,\d\d", text.split("Strukturelle hull")[0])


@pytest.mark.parametrize("mode", ["real", "demo"])
def test_jargon_and_field_names_only_in_the_appendix(mode: str, request: Any) -> None:
    html = request.getfixturevalue(f"{mode}_finnmark")
    for sid in BODY:
        if f'id="{sid}"' not in html:  # the real data set's report has no section on generated records
            assert mode == "real" and sid == "illustrativt"
            continue
        text = section(html, sid)
        found = [w for w in JARGON if re.search(rf"\b{re.escape(w)}\b", text)]
        assert not found, (sid, found)
    appendix = section(html, "metode")
    for word in ("Gower", "Louvain", "Burt", "alder_planstrategi", "sjonaboer", "Modularitet"):
        assert word in appendix
    assert "<h2>Metode og begreper</h2>" in html


def test_partner_reasons_name_indicators_plainly(real_finnmark: str) -> None:
    text = section(real_finnmark, "partnere")
    # the indicators nobody has data for are said once, in plain words, not on each pair
    assert "For de fleste kommunene mangler data om planstrategi, samfunnsdel, arealdel, planårsverk og " in text
    assert text.count("mangler data om") == 1
    # a row names only what that pair lacks and most municipalities have (Træna's protected area)
    per_row = re.findall(r"mangler data for ([^;<]*)", text)
    assert not [names for names in per_row if "planstrategi" in names or "planårsverk" in names]


def test_real_report_does_not_claim_generated_records(real_finnmark: str, demo_finnmark: str) -> None:
    # the real data set's report has no section on generated records at all; the demo set's has
    assert 'id="illustrativt"' not in real_finnmark and "bruker dknet genererte" not in real_finnmark
    assert "bruker dknet genererte" in section(demo_finnmark, "illustrativt")
    # no guidance is registered in the real data: the gaps section says what "no guidance" means there
    assert "Dataene har ingen registrerte veiledningskontakter" in section(real_finnmark, "veiledning")
    assert "Dataene har ingen registrerte veiledningskontakter" not in section(demo_finnmark, "veiledning")
    # without a guidance register nobody "reaches FK and SF only through one intermediary": not claimed
    assert "bare gjennom" not in section(real_finnmark, "veiledning")


def test_report_counts_kommuneplan_age_by_our_rule_not_the_law(real_finnmark: str) -> None:
    text = section(real_finnmark, "planer")
    assert "Loven setter ingen alder for kommuneplanen" in text


def test_no_plan_office_figures_without_capacity_data(real_finnmark: str, demo_finnmark: str) -> None:
    # with no planning capacity registered, "0 of 357 have low capacity" would read as a finding
    real = section(real_finnmark, "samarbeid")
    assert "Dataene har ingen registrert plankapasitet" in real and "har lav kapasitet" not in real
    demo = section(demo_finnmark, "samarbeid")
    assert "har lav kapasitet" in demo and "Dataene har ingen registrert plankapasitet" not in demo


def test_counts_agree_with_their_noun(real_graph: Any) -> None:
    html = build_report(real_graph, county="50")
    data = collect(real_graph, resolve_scope(real_graph, county="50"))
    text = section(html, "veiledning")
    assert not re.search(r"\b1 kommuner\b", text)
    if data.need_covered == 1:
        assert "1 kommune der støtten er minst like stor som behovet" in text


def test_focus_report_speaks_of_the_municipality(real_graph: Any) -> None:
    text = section(build_report(real_graph, focus="holtålen"), "partnere")
    assert "For Holtålen: opptil 10 forslag" in text
    assert "For hver distriktskommune" not in text
    plans = section(build_report(real_graph, focus="holtålen"), "planer")
    assert "2021 (bare bestemmelser; plankartet er eldre)" in plans


def test_existing_partners_are_promised_when_listed() -> None:
    from dknet.examples import tiny_graph

    text = section(build_report(tiny_graph(), focus="9003"), "partnere")  # Fjellvik runs an office with Dalsnes
    assert "Utelatt fordi de allerede samarbeider" in text and "står under tabellen der det gjelder" in text


def test_gap_reasons_name_a_plan_office_of_unknown_status(real_graph: Any) -> None:
    from dknet.analysis.gaps import need_support

    df = render_frame(need_support(real_graph, county="50"), "nb").set_index("kommunenummer")
    # Holtålen is in Plankontoret (Berkåk), cited and without an end year: running, so in an office
    holtalen = " ".join(df.loc["5026", "reasons"])
    assert "plankontor" not in holtalen and "status er ukjent" not in holtalen
    # Røyrvik is in no cited office; with no register of offices that is unknown, not "in none"
    royrvik = df.loc["5043", "reasons"]
    assert "ikke i noe plankontor" not in royrvik
    assert "plankontor: kan ikke vurderes – mangler register for plankontor" in royrvik


def test_groups_say_how_settled_they_are(real_finnmark: str) -> None:
    # the stability of each group (share of 25 seeded runs its members were together), as a percentage
    text = section(real_finnmark, "samarbeid")
    assert "Stabilitet" in text
    head = text.split("Stabilitet", 1)[1]
    assert re.search(r"\b\d{1,3} %", head.split("Forslag til plankontor")[0])
