"""Hold-out validation of partner suggestions on the bundled data; prints recall@5 and recall@10.

    python scripts/validate_partners.py            # Markdown table, as in docs/partners.md

Every real cooperation (historic plan offices and cooperations, Distriktskommune 3.0, the
arealstrategi pilot) is held out in turn; see dknet/analysis/validation.py. Takes about a minute.
"""

from __future__ import annotations

import sys

from dknet.analysis.validation import holdout_hits, recall_table
from dknet.cache import load_graph


def main() -> None:
    G = load_graph()
    hits = holdout_hits(G)
    table = recall_table(hits)
    table = table.sort_values(["cooperation", "scoring"])
    cols = ["cooperation", "scoring", "pairs", "recall@5", "recall@10"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in table[cols].itertuples(index=False):
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.2f} | {r[4]:.2f} |")
    chance = table.iloc[0]
    print(f"\nChance level: recall@5 {chance['chance@5']:.3f}, recall@10 {chance['chance@10']:.3f}", file=sys.stderr)
    med = hits[hits.scoring == "full"].groupby("cooperation")["rank"].median()
    print("\nMedian rank of the held-out partner (full score):", file=sys.stderr)
    for name, rank in med.items():
        print(f"  {name}: {rank:g}", file=sys.stderr)


if __name__ == "__main__":
    main()
