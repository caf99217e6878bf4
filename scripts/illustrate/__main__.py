"""``python3 -m scripts.illustrate [--seed N] [--out DIR]``: regenerate the demonstration layers (developers only).

Prints one line per layer (file, rows) and the calibration figures on stderr. ``--out data/illustrative``
updates the bundled layer in a checkout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.illustrate.write import write_illustrative


def main(argv: list[str] | None = None) -> int:
    """Parse the options, write the layers, report them."""
    parser = argparse.ArgumentParser(prog="python3 -m scripts.illustrate", description=__doc__)
    parser.add_argument("--seed", type=int, default=2024, help="random seed; the same seed gives the same files")
    parser.add_argument("--out", type=Path, default=Path("illustrative"), help="folder to write the layers to")
    args = parser.parse_args(argv)
    target, report = write_illustrative(args.out, seed=args.seed)
    for name, n in report["rows"].items():
        print(f"{target / (name + '.csv')}\t{n}")
    for k, v in report["calibration"].items():
        print(f"{k}: {v:.3g}" if isinstance(v, float) else f"{k}: {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
