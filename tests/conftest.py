"""Shared fixtures: the real bundled graph (built once, without the cache) and a CLI runner.

The cache is pointed at a temporary directory for the whole run, so tests never read or write
the user's ~/.cache.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_CACHE = tempfile.TemporaryDirectory(prefix="dknet-test-cache-")
os.environ["DKNET_CACHE_DIR"] = _CACHE.name

ROOT = Path(__file__).resolve().parents[1]
BAD_INPUT = Path(__file__).parent / "bad_input"


@pytest.fixture(scope="session")
def graph():  # type: ignore[no-untyped-def]
    """The knowledge graph of the bundled data (real + illustrative)."""
    from dknet.cache import build

    return build()


@pytest.fixture
def runner() -> Iterator[object]:
    """A click CliRunner that keeps stdout and stderr apart."""
    from click.testing import CliRunner

    yield CliRunner()
