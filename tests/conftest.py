"""Shared fixtures: the real bundled graph (built once, without the cache) and a CLI runner.

The cache is pointed at a temporary directory for the whole run, so tests never read or write
the user's ~/.cache.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_CACHE = tempfile.TemporaryDirectory(prefix="dknet-test-cache-")
os.environ["DKNET_CACHE_DIR"] = _CACHE.name
# Most tests check mechanics on the full demonstration set (real + curated + generated records);
# the tests of the default, real-only data set unset this themselves (see tests/test_real_default.py).
os.environ["DKNET_DEMO"] = "1"

ROOT = Path(__file__).resolve().parents[1]


def demo_page(stdout: str) -> str:
    """A demonstration run's table output without its first line, which must be the DEMO banner.

    ``from conftest import demo_page`` in a test that reads the lines of a table output.
    """
    first, _, rest = stdout.partition("\n")
    assert first.startswith("DEMO – "), first
    return rest


BAD_INPUT = Path(__file__).parent / "bad_input"


@pytest.fixture(scope="session")
def graph():  # type: ignore[no-untyped-def]
    """The knowledge graph of the bundled demonstration data (real + curated + generated)."""
    from dknet.cache import build

    return build()


@pytest.fixture
def runner() -> Iterator[object]:
    """A click CliRunner that keeps stdout and stderr apart."""
    from click.testing import CliRunner

    yield CliRunner()


#: The county of the small bundle: Trøndelag, home of Holtålen, Tydal and Røyrvik (38 municipalities).
SMALL_COUNTY = "50"


@pytest.fixture(scope="session")
def small_graph():  # type: ignore[no-untyped-def]
    """A small bundle for the inner loop: the bundled data cut down to one county's municipalities.

    Every row that names a municipality outside :data:`SMALL_COUNTY` is dropped (memberships,
    borders, plans, guidance …); counties, SF offices and groups stay, so names, counties and SF
    offices resolve as in the full graph. Use it for invariants and wiring; use ``graph`` where
    a test needs national figures.
    """
    from dknet.graph import build_graph
    from dknet.io.dataset import load_dataset
    from dknet.schema import LAYERS, ColumnType

    tables = load_dataset(None).tables
    keep = set(tables["kommuner"].loc[tables["kommuner"]["fylkesnummer"] == SMALL_COUNTY, "kommunenummer"])
    small = {}
    for name, df in tables.items():
        layer = LAYERS.get(name)
        columns = [c.name for c in layer.columns if c.type is ColumnType.KOMMUNENUMMER] if layer else []
        mask = None
        for col in (c for c in columns if c in df.columns):
            ok = df[col].isin(keep) | df[col].isna() | (df[col].astype(str) == "")
            mask = ok if mask is None else mask & ok
        small[name] = df[mask].reset_index(drop=True) if mask is not None else df
    return build_graph(small)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of the test's own (DKNET_CACHE_DIR), empty at the start."""
    d = tmp_path / "cache"
    monkeypatch.setenv("DKNET_CACHE_DIR", str(d))
    return d


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the browser tests of the session (a missing browser fails, never skips)."""
    from dknet.maps.browser import BrowserMissingError, chromium

    try:
        with chromium() as b:
            yield b
    except BrowserMissingError as e:
        pytest.fail(f"browser tests need Debian's Chromium and playwright: {e}", pytrace=False)


@pytest.fixture(scope="session")
def real_graph() -> Any:
    """The default data set, built once: real and curated records, no generated layers (as the CLI builds it).

    Shared by every module: analyses never change their graph.
    """
    from dknet.cache import build

    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("DKNET_DEMO", raising=False)
        G = build()
    assert not G.graph["demo"]
    return G
