"""Hold-out validation of partner suggestions against known, real cooperations.

Ground truth, by kind (illustrative groups are never used):

* ``plan_cooperation``: the documented plan offices and plan cooperations (``plankontor`` not
  marked illustrative: Plankontoret on Berkåk, Nord-Troms, Innherred samkommune, …);
* ``regional_council``: the real regional councils (``arenaer`` of type ``regionråd``);
* ``national_project``: Distriktskommune 3.0 and the KDD arealstrategi pilot (type ``prosjekt``).

For every cooperation and every ordered pair (a, b) of its members, the cooperation is removed
from the graph (so it cannot count as context or as an existing partnership), partners are
suggested for a, and we record b's rank. ``recall@k`` is the share of pairs whose b is among the
top k. Plan cooperations and councils are neighbours who share an office or a council, so they
are scored for the purpose ``office``; the national projects gathered similar municipalities
from across the country, so they are scored for ``network`` — when :func:`suggest_partners`
knows purposes (older versions have one score, used for all).

Scorings compared, so the figures say what drives them: the full score, similarity only (all
indicators, and public indicators only) and feasibility only; chance is ``k / (n − 1)``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import Any

import pandas as pd

from dknet.analysis.partners import suggest_partners
from dknet.analysis.profiles import INDICATORS, ProfileConfig, load_config
from dknet.graph import Graph, nodes_of
from dknet.schema import ILLUSTRATIVE, Label, Rel

SCORINGS = ("full", "similarity_only", "similarity_public_only", "feasibility_only")
#: Kinds of ground truth, with the partner-suggestion purpose each is scored for.
KINDS: dict[str, str] = {"plan_cooperation": "office", "regional_council": "office", "national_project": "network"}
_ARENA_KIND = {"regionråd": "regional_council", "prosjekt": "national_project"}


def ground_truth(G: Graph, *, kinds: Sequence[str] = tuple(KINDS)) -> list[tuple[str, str, str, list[str]]]:
    """(node id, name, kind, member kommunenummer) of every real cooperation of the given kinds.

    Plan offices of any status count (a cooperation that ended still tells who chose whom); groups
    with fewer than two members are skipped.
    """
    out = []
    for label in (Label.PLAN_OFFICE, Label.ARENA):
        for node in nodes_of(G, label):
            d = G.nodes[node]
            if d.get("source") == ILLUSTRATIVE:
                continue
            kind = "plan_cooperation" if label is Label.PLAN_OFFICE else _ARENA_KIND.get(str(d.get("type")))
            if kind not in kinds:
                continue
            members = sorted(
                G.nodes[u]["key"] for u, _, e in G.in_edges(node, data=True) if e["type"] == Rel.MEMBER_OF.type
            )
            if len(members) >= 2:
                out.append((node, str(d["name"]), str(kind), members))
    return out


def known_cooperations(G: Graph) -> list[tuple[str, str, list[str]]]:
    """(node id, name, members) of the real plan cooperations and national projects (no councils)."""
    return [(n, name, m) for n, name, _, m in ground_truth(G, kinds=("plan_cooperation", "national_project"))]


def _accepts(func: Callable[..., Any], name: str) -> bool:
    return name in inspect.signature(func).parameters


def _reweighted(config: ProfileConfig, purpose: str, **weights: float) -> ProfileConfig:
    """``config`` with the score weights replaced (per purpose where the configuration has purposes)."""
    purposes: Any = getattr(config, "purposes", None)
    if isinstance(purposes, dict) and purpose in purposes:
        changed: dict[str, Any] = {"purposes": {**purposes, purpose: replace(purposes[purpose], **weights)}}
    else:  # one score for every purpose: the weights sit on the configuration itself
        changed = {k: v for k, v in weights.items() if k in {f.name for f in fields(config)}}
    return replace(config, **changed)


def _config_for(scoring: str, config: ProfileConfig, purpose: str = "office") -> ProfileConfig:
    if scoring == "similarity_only":
        return _reweighted(config, purpose, w_similarity=1.0, w_feasibility=0.0, w_context=0.0)
    if scoring == "similarity_public_only":
        public = {n: w for n, w in config.weights.items() if INDICATORS[n].layer == "public"}
        return _reweighted(replace(config, weights=public), purpose, w_similarity=1.0, w_feasibility=0.0, w_context=0.0)
    if scoring == "feasibility_only":
        return _reweighted(config, purpose, w_similarity=0.0, w_feasibility=1.0, w_context=0.0)
    return config


def holdout_hits(
    G: Graph,
    *,
    ks: Sequence[int] = (5, 10),
    config: ProfileConfig | None = None,
    scorings: Sequence[str] = SCORINGS,
    kinds: Sequence[str] = tuple(KINDS),
) -> pd.DataFrame:
    """One row per (scoring, cooperation, a, b): kind, purpose, the rank of b in a's suggestions, hits at k.

    Only the top ``max(ks)`` suggestions are asked for; a partner further down (or filtered out,
    e.g. beyond an office's distance limit) gets rank ``n`` (the number of municipalities).
    """
    config = config or load_config()
    n = len(nodes_of(G, Label.MUNICIPALITY))
    top = max(ks)
    with_purpose = _accepts(suggest_partners, "purpose")
    rows = []
    for node, name, kind, members in ground_truth(G, kinds=kinds):
        purpose = KINDS[kind] if with_purpose else "office"
        for scoring in scorings:
            options: dict[str, Any] = {
                "top": top,
                "include_existing": True,
                "config": _config_for(scoring, config, purpose),
                "exclude_groups": frozenset({node}),
            }
            if with_purpose:
                options["purpose"] = purpose
            for a in members:
                ranked = suggest_partners(G, a, **options)
                rank_of = dict(zip(ranked["kommunenummer"], ranked["rank"], strict=True))
                for b in members:
                    if b == a:
                        continue
                    rank = int(rank_of.get(b, n))
                    rows.append(
                        {
                            "scoring": scoring,
                            "kind": kind,
                            "purpose": purpose if with_purpose else "",
                            "cooperation": name,
                            "a": a,
                            "b": b,
                            "rank": rank,
                            **{f"hit@{k}": rank <= k for k in ks},
                        }
                    )
    return pd.DataFrame(rows)


def recall_table(hits: pd.DataFrame, *, ks: Sequence[int] = (5, 10), n_candidates: int = 356) -> pd.DataFrame:
    """recall@k per scoring and cooperation, per scoring and kind (``(all <kind>)``) and overall, with chance."""
    cols = [f"hit@{k}" for k in ks]
    kind_col = hits["kind"] if "kind" in hits.columns else pd.Series("", index=hits.index)
    hits = hits.assign(kind=kind_col)
    parts = []
    per = hits.groupby(["scoring", "kind", "cooperation"])[cols].agg(["mean", "size"])
    parts.append(per)
    by_kind = hits.assign(cooperation="(all " + hits["kind"].astype(str) + ")")
    parts.append(by_kind.groupby(["scoring", "kind", "cooperation"])[cols].agg(["mean", "size"]))
    overall = hits.assign(kind="", cooperation="(all pairs)")
    parts.append(overall.groupby(["scoring", "kind", "cooperation"])[cols].agg(["mean", "size"]))
    table = pd.concat(parts)
    out = pd.DataFrame(index=table.index)
    for c in cols:
        out[c.replace("hit@", "recall@")] = table[(c, "mean")]
    out["pairs"] = table[(cols[0], "size")].astype(int)
    out = out.reset_index()
    for k in ks:
        out[f"chance@{k}"] = k / n_candidates
    return out
