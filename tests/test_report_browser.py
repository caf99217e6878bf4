"""The report in a real browser: Debian's headless Chromium through Playwright, network blocked.

The Trøndelag and Holtålen reports (the issue's two commands, on the bundled data) are opened
from files; every request that would leave the file is recorded and aborted (none is
expected), console and page errors are recorded (none is expected), every section must be
there and drawn, and printing to PDF (A4, as the browser's print does) must give several pages,
each with text on it. A screenshot of each first page goes to ``test-artifacts/report/``.
Without Chromium these tests FAIL (they never skip): ``bash tools/browser/install.sh``.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Any

import pytest

from dknet.maps.browser import PageLog
from dknet.report import SECTION_IDS, build_report

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "report"


@pytest.fixture(scope="module")
def reports(graph: Any, tmp_path_factory: Any) -> dict[str, Path]:
    """``dknet report --county Trøndelag`` and ``--focus holtålen`` as files."""
    out = tmp_path_factory.mktemp("report")
    paths = {}
    for name, kw in {"trondelag": {"county": "Trøndelag"}, "holtalen": {"focus": "holtålen"}}.items():
        paths[name] = out / f"{name}.html"
        paths[name].write_text(build_report(graph, **kw), encoding="utf-8")
    return paths


def open_offline(browser: Any, path: Path) -> tuple[Any, Any, PageLog]:
    """Open ``path`` with every non-file request recorded and aborted; console and page errors recorded."""
    log = PageLog()
    context = browser.new_context(viewport={"width": 1000, "height": 1400}, device_scale_factor=1)

    def on_route(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            log.requests.append(url)
            route.abort()

    context.route("**/*", on_route)
    page = context.new_page()
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))
    page.on("websocket", lambda ws: log.requests.append(ws.url))
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=30000)
    return context, page, log


def pdf_pages(pdf: bytes) -> list[bytes]:
    """The decompressed content stream(s) of every page of a PDF written by Chromium (Skia)."""
    objects = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", pdf, re.S)}

    def stream(body: bytes) -> bytes:
        m = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
        if not m:
            return b""
        return zlib.decompress(m.group(1)) if b"/FlateDecode" in body else m.group(1)

    pages = []
    for body in objects.values():
        if re.search(rb"/Type\s*/Page\b", body):
            refs = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", body)
            assert refs, "a page without contents"
            pages.append(b"".join(stream(objects[int(n)]) for n in re.findall(rb"(\d+) 0 R", refs.group(1))))
    return pages


@pytest.mark.parametrize("name", ["trondelag", "holtalen"])
def test_report_opens_offline_and_prints(browser: Any, reports: dict[str, Path], name: str) -> None:
    context, page, log = open_offline(browser, reports[name])
    try:
        for sid in SECTION_IDS:
            section = page.locator(f"section#{sid}")
            assert section.count() == 1, sid
            box = section.bounding_box()
            assert box and box["height"] > 50, f"section {sid} is not drawn"
        maps = page.locator("figure.map svg")
        assert maps.count() == (2 if name == "trondelag" else 1)
        for i in range(maps.count()):
            box = maps.nth(i).bounding_box()
            assert box and box["width"] > 500 and box["height"] > 300
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
        pdf = page.pdf(format="A4", print_background=True)
        (ARTIFACTS / f"{name}.pdf").write_bytes(pdf)
    finally:
        context.close()
    assert log.requests == [], "the report tried to reach the network"
    assert log.console_errors == [] and log.page_errors == []
    assert pdf.startswith(b"%PDF")
    pages = pdf_pages(pdf)
    assert len(pages) >= len(SECTION_IDS)  # a page break before every section but the first
    blank = [i + 1 for i, content in enumerate(pages) if not re.search(rb"\bT[Jj]\b", content)]
    assert blank == [], f"pages without text: {blank}"
