"""The bundled data set: real files unchanged since import, illustrative files reproducible from their seed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from dknet.io.files import bundled_dir
from dknet.schema import ILLUSTRATIVE, LAYERS
from scripts.illustrate.write import write_illustrative


def test_real_files_match_their_checksums() -> None:
    real = bundled_dir() / "real"
    lines = (real / "SHA256SUMS.txt").read_text(encoding="utf-8").split("\n")
    sums = dict(reversed(line.split(" ")) for line in lines if line)
    assert sorted(sums) == sorted(p.name for p in real.glob("*.csv"))
    for name, digest in sums.items():
        assert hashlib.sha256((real / name).read_bytes()).hexdigest() == digest, name


def test_illustrative_files_are_exactly_what_seed_2024_generates(tmp_path: Path) -> None:
    write_illustrative(tmp_path, seed=2024)
    committed = bundled_dir() / "illustrative"
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == sorted(p.name for p in committed.glob("*.csv"))
    for f in sorted(tmp_path.glob("*.csv")):
        assert f.read_bytes() == (committed / f.name).read_bytes(), f.name


def test_every_illustrative_record_is_marked_and_no_real_one_is() -> None:
    for part, should_be in (("illustrative", True), ("real", False)):
        for f in sorted((bundled_dir() / part).glob("*.csv")):
            df = pd.read_csv(f, dtype=str, keep_default_na=False)
            assert f.stem in LAYERS
            assert (df["source"] == ILLUSTRATIVE).all() if should_be else (df["source"] != ILLUSTRATIVE).all(), f
