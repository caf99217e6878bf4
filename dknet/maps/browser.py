"""Open maps in Debian's headless Chromium (``/usr/bin/chromium``) through Playwright, offline.

Used by the browser tests, the benchmark and ``scripts/make_visualisations.py`` for screenshots.
Playwright is only the driver: it never downloads a browser (``playwright install`` is not
used); it starts the system Chromium with the flags that work on a closed network. Every
http/https/ws request the page makes is recorded and aborted, so a test can assert there were
none. Install both with ``bash tools/browser/install.sh``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Route

#: Debian's Chromium; override with $DKNET_CHROMIUM.
CHROMIUM = "/usr/bin/chromium"
#: Flags that keep Chromium quiet and offline on a machine without a network.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
INSTALL_HINT = "install it with: bash tools/browser/install.sh (apt-get install chromium; pip install playwright)"


class BrowserMissingError(RuntimeError):
    """Chromium or the Playwright driver is not installed."""


def chromium_path() -> str:
    """The Chromium executable to drive; raises :class:`BrowserMissingError` when there is none."""
    path = os.environ.get("DKNET_CHROMIUM", CHROMIUM)
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        raise BrowserMissingError(f"Debian's Chromium was not found at {path}; {INSTALL_HINT}")
    return path


@dataclass
class PageLog:
    """What a page did: requests that tried to leave the file, console errors, page errors."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Debian Chromium; Playwright gives every launch a fresh, temporary ``--user-data-dir``."""
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:  # pragma: no cover - depends on the machine
        raise BrowserMissingError(f"the Python package playwright is missing; {INSTALL_HINT}") from e
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=list(CHROMIUM_FLAGS), handle_sigint=False)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def open_map(
    browser: Browser, html_path: Path, *, width: int = 1400, height: int = 900, timeout_ms: int = 30000
) -> Iterator[tuple[Page, PageLog]]:
    """Open a map file offline and wait until vis-network has drawn it once.

    Every network request (any URL that is not ``file:``, ``data:``, ``blob:`` or ``about:``)
    is recorded in ``PageLog.requests`` and aborted; console errors, uncaught page errors and
    dialogs (``alert``) are recorded too.
    """
    log = PageLog()
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
    page = context.new_page()

    def on_route(route: Route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            log.requests.append(url)
            route.abort()

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            log.console_errors.append(msg.text)

    context.route("**/*", on_route)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    page.on("websocket", lambda ws: log.requests.append(ws.url))

    def on_dialog(dialog: object) -> None:
        log.dialogs.append(str(getattr(dialog, "message", "")))
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    try:
        page.goto(html_path.resolve().as_uri(), wait_until="load", timeout=timeout_ms)
        page.wait_for_function("() => window.dknetMap && window.dknetMap.drawn", timeout=timeout_ms)
        yield page, log
    finally:
        context.close()


def screenshot(html_path: Path, png_path: Path, *, width: int = 1400, height: int = 900) -> PageLog:
    """Open ``html_path`` headless and save a PNG of the whole window to ``png_path``."""
    png_path.parent.mkdir(parents=True, exist_ok=True)
    with chromium() as browser, open_map(browser, html_path, width=width, height=height) as (page, log):
        page.screenshot(path=str(png_path))
        return log
