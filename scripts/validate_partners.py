"""Hold-out validation of partner suggestions on the bundled data; prints recall@5 and recall@10 per kind.

    python scripts/validate_partners.py                          # all kinds, all scorings
    python scripts/validate_partners.py --scorings full          # the full score only (faster)
    python scripts/validate_partners.py --kinds plan_cooperation,national_project

Ground truth (dknet/analysis/validation.py): the real plan cooperations and regional councils
(scored for the purpose ``office`` where suggest_partners has purposes) and the national projects
Distriktskommune 3.0 and the arealstrategi pilot (``network``). Each is held out in turn. Prints
a Markdown table per kind and overall (as in docs/partners.md); progress and chance go to stderr.
Slow: one suggestion run per member, kind and scoring (several minutes for the full score alone).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dknet.analysis.profiles import load_config
from dknet.analysis.validation import KINDS, SCORINGS, holdout_hits, recall_table
from dknet.cache import load_graph


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorings", default=",".join(SCORINGS), help="comma-separated, of: " + ", ".join(SCORINGS))
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated, of: " + ", ".join(KINDS))
    ap.add_argument("--per-cooperation", action="store_true", help="also one row per cooperation")
    ap.add_argument("--config", type=Path, default=None, help="a profile.toml (default: dknet's), for a before/after")
    args = ap.parse_args()
    scorings = [s for s in args.scorings.split(",") if s]
    kinds = [k for k in args.kinds.split(",") if k]
    bad = sorted(set(scorings) - set(SCORINGS)) + sorted(set(kinds) - set(KINDS))
    if bad:
        ap.error(f"unknown: {', '.join(bad)}")
    G = load_graph()
    hits = holdout_hits(G, scorings=scorings, kinds=kinds, config=load_config(args.config))
    table = recall_table(hits)
    if not args.per_cooperation:
        table = table[table["cooperation"].str.startswith("(all")]
    table = table.sort_values(["kind", "cooperation", "scoring"])
    cols = ["kind", "cooperation", "scoring", "pairs", "recall@5", "recall@10"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in table[cols].itertuples(index=False):
        print(f"| {r[0] or 'all'} | {r[1]} | {r[2]} | {r[3]} | {r[4]:.2f} | {r[5]:.2f} |")
    chance = table.iloc[0]
    print(f"\nChance level: recall@5 {chance['chance@5']:.3f}, recall@10 {chance['chance@10']:.3f}", file=sys.stderr)
    purposes = hits.drop_duplicates("kind").set_index("kind")["purpose"].to_dict()
    print(f"Purpose per kind: {purposes}", file=sys.stderr)


if __name__ == "__main__":
    main()
