"""Write the generated demonstration layers: read the bundled real tables, generate, move into place.

Run from a checkout: ``python3 -m scripts.illustrate --seed 2024 --out data/illustrative``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from dknet.io.files import bundled_dir
from dknet.schema import LAYERS
from scripts.illustrate.generate import generate_illustrative
from scripts.illustrate.report import calibration_report

#: The bundled real layers the generator reads.
REAL_INPUTS = (
    "kommuner",
    "fylker",
    "statsforvaltere",
    "grenser",
    "plankontor",
    "plankontor_medlemmer",
    "arenaer",
    "arena_medlemmer",
)


def read_real_tables(base: Path | None = None) -> dict[str, pd.DataFrame]:
    """The bundled real layers as text tables (the generator's input)."""
    real = (base or bundled_dir()) / "real"
    return {name: pd.read_csv(real / f"{name}.csv", dtype=str, keep_default_na=False) for name in REAL_INPUTS}


def write_illustrative(out_dir: Path | None = None, *, seed: int = 2024) -> tuple[Path, dict[str, Any]]:
    """Generate the illustrative layers for ``seed`` and write one CSV per layer into ``out_dir``.

    Files are written to a temporary directory and moved into place only when all are ready.
    Returns the directory and a report (rows per layer, calibration figures).
    """
    real = read_real_tables()
    layers = generate_illustrative(real, seed=seed)
    target = out_dir or bundled_dir() / "illustrative"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target) as tmp_name:
        tmp = Path(tmp_name)
        for name, df in layers.items():
            df[LAYERS[name].column_names].to_csv(tmp / f"{name}.csv", index=False, lineterminator="\n")
        for f in sorted(tmp.iterdir()):
            shutil.move(str(f), target / f.name)
    report = {
        "rows": {n: len(df) for n, df in layers.items()},
        "calibration": calibration_report(layers, real["kommuner"]),
    }
    return target, report
