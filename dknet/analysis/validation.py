"""Hold-out validation of partner suggestions against known, real cooperations.

For every real cooperation in the data (the historic plan offices and plan cooperations, and
the Distriktskommune 3.0 and arealstrategi-pilot projects), and every ordered pair (a, b) of its
members, the cooperation is removed from the graph (so it cannot count as context or as an
existing partnership), partners are suggested for a, and we record whether b is among the top k.
``recall@k`` is the share of pairs found. Illustrative groups are never used as ground truth.

Three scorings are compared so the figures say what drives them: the full score, similarity
only (all indicators, and public indicators only) and feasibility only, plus the chance level
``k / (n − 1)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from dknet.analysis.partners import suggest_partners
from dknet.analysis.profiles import INDICATORS, ProfileConfig, load_config
from dknet.graph import Graph, nodes_of
from dknet.schema import ILLUSTRATIVE, Label, Rel

SCORINGS = ("full", "similarity_only", "similarity_public_only", "feasibility_only")


def known_cooperations(G: Graph) -> list[tuple[str, str, list[str]]]:
    """(node id, name, member kommunenummer) of every real plan office and project arena."""
    out = []
    for label in (Label.PLAN_OFFICE, Label.ARENA):
        for node in nodes_of(G, label):
            d = G.nodes[node]
            if d.get("source") == ILLUSTRATIVE or (label is Label.ARENA and d.get("type") != "prosjekt"):
                continue
            members = sorted(
                G.nodes[u]["key"] for u, _, e in G.in_edges(node, data=True) if e["type"] == Rel.MEMBER_OF.type
            )
            if len(members) >= 2:
                out.append((node, str(d["name"]), members))
    return out


def _config_for(scoring: str, config: ProfileConfig) -> ProfileConfig:
    if scoring == "similarity_only":
        return replace(config, w_similarity=1.0, w_feasibility=0.0, w_context=0.0)
    if scoring == "similarity_public_only":
        public = {n: w for n, w in config.weights.items() if INDICATORS[n].layer == "public"}
        return replace(config, weights=public, w_similarity=1.0, w_feasibility=0.0, w_context=0.0)
    if scoring == "feasibility_only":
        return replace(config, w_similarity=0.0, w_feasibility=1.0, w_context=0.0)
    return config


def holdout_hits(
    G: Graph,
    *,
    ks: Sequence[int] = (5, 10),
    config: ProfileConfig | None = None,
    scorings: Sequence[str] = SCORINGS,
) -> pd.DataFrame:
    """One row per (scoring, cooperation, a, b): the rank of b in a's suggestions and hits at each k."""
    config = config or load_config()
    n = len(nodes_of(G, Label.MUNICIPALITY))
    rows = []
    for node, name, members in known_cooperations(G):
        for scoring in scorings:
            cfg = _config_for(scoring, config)
            for a in members:
                ranked = suggest_partners(
                    G, a, top=n, include_existing=True, config=cfg, exclude_groups=frozenset({node})
                )
                rank_of = dict(zip(ranked.kommunenummer, ranked["rank"], strict=True))
                for b in members:
                    if b == a:
                        continue
                    rank = int(rank_of.get(b, n))
                    rows.append(
                        {
                            "scoring": scoring,
                            "cooperation": name,
                            "a": a,
                            "b": b,
                            "rank": rank,
                            **{f"hit@{k}": rank <= k for k in ks},
                        }
                    )
    return pd.DataFrame(rows)


def recall_table(hits: pd.DataFrame, *, ks: Sequence[int] = (5, 10), n_candidates: int = 356) -> pd.DataFrame:
    """recall@k per scoring and cooperation (and overall), with the chance level."""
    cols = [f"hit@{k}" for k in ks]
    per = hits.groupby(["scoring", "cooperation"])[cols].mean()
    overall = (
        hits.groupby("scoring")[cols].mean().assign(cooperation="(all pairs)").set_index("cooperation", append=True)
    )
    pairs = hits.groupby(["scoring", "cooperation"]).size().rename("pairs")
    table = pd.concat([per, overall]).join(pairs, how="left")
    table.loc[table.index.get_level_values(1) == "(all pairs)", "pairs"] = hits.groupby("scoring").size().to_numpy()
    table = table.rename(columns={c: c.replace("hit@", "recall@") for c in cols}).reset_index()
    for k in ks:
        table[f"chance@{k}"] = k / n_candidates
    table["pairs"] = table["pairs"].astype(int)
    return table
