"""Agreement of partner suggestions and communities with what no one here wrote: SSB's KOSTRA groups.

    python scripts/validate_profile.py                       # dknet's profile (profile.toml)
    python scripts/validate_profile.py --config old.toml     # any other profile, for a before/after

For the real default data set it prints, per purpose, how many top-10 partners (and top-5) are
in the same KOSTRA group as the municipality, beside chance (the share of all pairs that are),
how many network top-5 partners are in the same county, and how well the communities agree with
the KOSTRA groups (normalised mutual information and adjusted Rand index). SSB built the KOSTRA
groups to say which municipalities are comparable (size, the economy's room and costs), so
agreement is evidence from outside dknet; it is not a target: a plan office needs neighbours,
and a network may rightly cross KOSTRA groups. docs/partners.md has the figures.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from dknet.analysis.communities import adjusted_rand, detect_communities, nmi
from dknet.analysis.partners import partner_index
from dknet.analysis.profiles import load_config
from dknet.cache import load_graph
from dknet.graph import nodes_of
from dknet.schema import Label


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=None, help="a profile.toml (default: dknet's)")
    args = ap.parse_args()
    G = load_graph(demo=False)
    config = load_config(args.config)
    attrs = {str(G.nodes[m]["key"]): G.nodes[m] for m in nodes_of(G, Label.MUNICIPALITY)}
    group = {c: str(a.get("kostragruppe") or "") for c, a in attrs.items()}
    county = {c: str(a["fylkesnummer"]) for c, a in attrs.items()}
    codes = sorted(c for c in group if group[c])
    g = np.array([group[c] for c in codes])
    chance = float(((g[:, None] == g[None, :]).sum() - len(g)) / (len(g) * (len(g) - 1)))
    print("| measure | value | chance |\n|---|---|---|")
    for purpose in ("office", "network"):
        index = partner_index(G, purpose=purpose, top=10, config=config)
        for k in (5, 10):
            pairs = [(a, r["kommunenummer"]) for a, ans in index.items() for r in ans["rows"][:k]]
            same = [group[a] == group[b] for a, b in pairs if group[a] and group[b]]
            print(f"| {purpose} top-{k}: same KOSTRA group | {np.mean(same):.2f} | {chance:.2f} |")
        if purpose == "network":
            top5 = [(a, r["kommunenummer"]) for a, ans in index.items() for r in ans["rows"][:5]]
            share = np.mean([county[a] == county[b] for a, b in top5])
            print(f"| network top-5: same county | {share:.2f} | |")
    part = detect_communities(G, config=config)
    members = part.members[part.members["kommunenummer"].isin(codes)].sort_values("kommunenummer")
    labels = members["community"].tolist()
    truth = [group[c] for c in members["kommunenummer"]]
    print(f"| communities vs KOSTRA groups: NMI | {nmi(labels, truth):.3f} | |")
    print(f"| communities vs KOSTRA groups: ARI | {adjusted_rand(labels, truth):.3f} | |")


if __name__ == "__main__":
    main()
