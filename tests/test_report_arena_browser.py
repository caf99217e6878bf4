"""The meeting pack in a real browser: Debian's headless Chromium through Playwright, network blocked.

``dknet report --arena "Trøndelag Sør"`` on the real default data is written by the CLI and opened
from the file, as in ``tests/test_report_browser.py``: every request that would leave the file is
recorded and aborted (none is expected), console and page errors are recorded (none is
expected), every section must be there and drawn, and printing to PDF on A4 must give pages with
text on them. A screenshot of the first page and the PDF go to ``test-artifacts/report/``.
Without Chromium these tests FAIL (they never skip): ``bash tools/browser/install.sh``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_report_browser import ARTIFACTS, open_offline, pdf_pages

from dknet.cli import cli
from dknet.report.arena import ARENA_SECTION_IDS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pack_file(tmp_path_factory: Any) -> Path:
    """``dknet report --arena "Trøndelag Sør" -o pakke.html`` on the real default data."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("arena") / "pakke.html"
    mp = pytest.MonkeyPatch()
    mp.delenv("DKNET_DEMO", raising=False)
    try:
        r = CliRunner().invoke(cli, ["report", "--arena", "Trøndelag Sør", "-o", str(out)])
    finally:
        mp.undo()
    assert r.exit_code == 0, r.stderr
    return out


def test_the_pack_opens_offline_and_prints_on_a4(browser: Any, pack_file: Path) -> None:
    context, page, log = open_offline(browser, pack_file)
    try:
        assert page.locator("h1").inner_text() == "Møtepakke: Trøndelag Sør"
        for sid in ARENA_SECTION_IDS:
            section = page.locator(f"section#{sid}")
            assert section.count() == 1, sid
            box = section.bounding_box()
            assert box and box["height"] > 50, f"section {sid} is not drawn"
        assert page.locator(".demo-banner").count() == 0  # the real data: no demonstration banner
        questions = page.locator("section#sporsmal li")
        assert questions.count() >= 1 and questions.first.inner_text().startswith("Spør om planstrategi")
        figure = page.locator("figure.map svg")
        assert figure.count() == 1
        box = figure.first.bounding_box()
        assert box and box["width"] > 500 and box["height"] > 300
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "arena-trondelag-sor.png"))
        pdf = page.pdf(format="A4", print_background=True)
        (ARTIFACTS / "arena-trondelag-sor.pdf").write_bytes(pdf)
    finally:
        context.close()
    assert log.requests == [], "the pack tried to reach the network"
    assert log.console_errors == [] and log.page_errors == []
    assert pdf.startswith(b"%PDF")
    pages = pdf_pages(pdf)
    assert len(pages) >= 1
    assert len(pages) >= len(ARENA_SECTION_IDS)  # the report's print sheet: a page break before every section
    blank = [i + 1 for i, content in enumerate(pages) if not re.search(rb"\bT[Jj]\b", content)]
    assert blank == [], f"pages without text: {blank}"
    # an A4 page is 595 × 842 points
    sizes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*\]", pdf))
    assert sizes and all(abs(float(w) - 595) < 2 and abs(float(h) - 842) < 2 for w, h in sizes), sizes
