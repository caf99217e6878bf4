"""Communities of municipalities that are similar *and* can work together.

Method
------
1. **Feasibility graph.** Municipalities are linked when they could share a plan office:
   neighbours (by land, bridge or tunnel, ferry, boat or across water), or centroids at most
   ``max_km`` apart (the ``office`` candidates of
   :mod:`dknet.analysis.scoring`, 75 km by default); optionally only within one county.
2. **Weights.** Each link is weighted by the challenge-profile similarity of its two ends
   (:mod:`dknet.analysis.profiles`), raised to ``sharpness`` so that similar pairs dominate.
3. **Leiden** (or networkx Louvain without the ``leiden`` extra; ``seed``, ``resolution``)
   partitions the graph, ``runs`` times, and the runs are made to agree by consensus clustering
   (:func:`dknet.analysis.engine.consensus_arrays`); each member's ``share_together`` says how
   settled its place is.
4. **Repair.** Louvain can return badly connected or even disconnected communities (Traag,
   Waltman & van Eck 2019), so every community is split into its connected components in the
   feasibility graph. Communities above ``max_size`` are split again by Louvain on their own
   subgraph with a rising resolution (then repaired again); communities below ``min_size`` are
   merged into the neighbouring community they have the strongest links to. A municipality with
   no feasible link at all stays alone and is reported.
5. **Quality.** Modularity of the final partition on the weighted feasibility graph, and its
   agreement with real groupings (BA regions, counties) as normalised mutual information (NMI)
   and adjusted Rand index (ARI).

The result is deterministic for a seed, a partition of the municipalities considered, and every
community is connected in the feasibility graph (tests check all three).

>>> adjusted_rand([0, 0, 1, 1], [1, 1, 0, 0]), round(nmi([0, 0, 1, 1], [0, 1, 0, 1]), 3)
(1.0, 0.0)
>>> from dknet.examples import tiny_graph
>>> part = detect_communities(tiny_graph(), seed=1, max_km=0)
>>> part.summary[["community", "members"]].values.tolist()
[[1, 'Austby, Bergdal, Dalsnes'], [2, 'Fjellvik, Nordøy, Åsen']]
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

import networkx as nx
import numpy as np
import pandas as pd

from dknet.analysis.engine import Consensus, consensus_graph, partition_graph
from dknet.analysis.profiles import ProfileConfig, load_config
from dknet.analysis.scoring import PairTable, pair_table
from dknet.errors import DknetError
from dknet.graph import Graph, municipality_node, nodes_of
from dknet.messages.msg import Msg, Num, Text
from dknet.schema import Label

#: The feasibility graph: kommunenummer nodes, edges weighted by similarity.
SimpleGraph: TypeAlias = "nx.Graph[str]"


@dataclass
class Partition:
    """A partition of municipalities into communities, with quality figures and notes."""

    members: pd.DataFrame  # kommunenummer, navn, fylkesnummer, community
    summary: pd.DataFrame  # one row per community
    quality: dict[str, float] = field(default_factory=dict)
    notes: list[Text] = field(default_factory=list)


# --- agreement measures ---------------------------------------------------------------------------


def _contingency(a: Sequence[Hashable], b: Sequence[Hashable]) -> np.ndarray:
    ia = {v: i for i, v in enumerate(sorted(set(a), key=str))}
    ib = {v: i for i, v in enumerate(sorted(set(b), key=str))}
    m = np.zeros((len(ia), len(ib)))
    for x, y in zip(a, b, strict=True):
        m[ia[x], ib[y]] += 1
    return m


def adjusted_rand(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Adjusted Rand index of two labelings (1 = identical partitions, ≈0 = chance)."""
    m = _contingency(a, b)
    n = m.sum()

    def comb2(x: np.ndarray | float) -> float:
        return float(np.sum(np.asarray(x) * (np.asarray(x) - 1) / 2))

    index, rows, cols = comb2(m), comb2(m.sum(axis=1)), comb2(m.sum(axis=0))
    expected = rows * cols / comb2(n) if n > 1 else 0.0
    maximum = (rows + cols) / 2
    return 1.0 if maximum == expected else float((index - expected) / (maximum - expected))


def nmi(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Normalised mutual information (arithmetic mean of entropies; 1 = identical, 0 = independent)."""
    m = _contingency(a, b)
    n = m.sum()
    p = m / n
    pa, pb = p.sum(axis=1), p.sum(axis=0)
    nz = p > 0
    mi = float(np.sum(p[nz] * np.log(p[nz] / np.outer(pa, pb)[nz])))
    ha = -float(np.sum(pa[pa > 0] * np.log(pa[pa > 0])))
    hb = -float(np.sum(pb[pb > 0] * np.log(pb[pb > 0])))
    if ha + hb == 0:
        return 1.0
    return max(0.0, 2 * mi / (ha + hb))


# --- the feasibility graph ------------------------------------------------------------------------


def _municipalities(G: Graph, county: str | None) -> list[str]:
    codes = [G.nodes[n]["key"] for n in nodes_of(G, Label.MUNICIPALITY)]
    if county is not None:
        codes = [c for c in codes if G.nodes[municipality_node(c)]["fylkesnummer"] == county]
    if not codes:
        raise DknetError("error.no_municipalities.county", county=county)
    return sorted(codes)


def feasibility_graph(
    G: Graph,
    *,
    codes: Sequence[str] | None = None,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
    sharpness: float = 2.0,
    table: PairTable | None = None,
) -> SimpleGraph:
    """Municipalities (by kommunenummer) linked where they could share an office: the ``office`` candidates.

    A link is a neighbour of any kind (:meth:`PairTable.neighbours`) or at most ``max_km`` between centroids (default:
    the ``office`` purpose's ``max_km``, see :mod:`dknet.analysis.scoring`). Edge attributes:
    ``similarity`` (profile similarity), ``weight`` (similarity ** sharpness), ``border``,
    ``sea`` and ``distance_km``.
    """
    config = config or load_config()
    codes = sorted(codes) if codes is not None else _municipalities(G, None)
    table = table or pair_table(G, config=config, codes=list(codes))
    cap = config.purposes["office"].max_km if max_km is None else max_km
    ok = table.candidates("office", max_km=cap)
    H: SimpleGraph = nx.Graph()
    for c, name in zip(table.codes, table.names, strict=True):
        H.add_node(c, navn=name, fylkesnummer=G.nodes[municipality_node(c)]["fylkesnummer"])
    ii, jj = np.nonzero(np.triu(ok, k=1))
    for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
        s = float(table.similarity[i, j])
        s = 0.0 if math.isnan(s) else s
        H.add_edge(
            table.codes[i],
            table.codes[j],
            similarity=s,
            weight=max(s, 1e-6) ** sharpness,
            border=bool(table.border[i, j]),
            sea=bool(table.sea[i, j]),
            distance_km=float(table.distance_km[i, j]),
        )
    return H


# --- detection and repair -------------------------------------------------------------------------


def partition(
    H: SimpleGraph, *, resolution: float = 1.0, seed: int = 2024, min_size: int = 2, max_size: int | None = 12
) -> list[set[str]]:
    """Communities of a weighted graph by :mod:`dknet.analysis.engine` (Leiden, or Louvain without the extra).

    Connected, at most ``max_size``, merged below ``min_size`` where a link allows; sorted largest
    first (ties: smallest member). Used for Norway and, unchanged, at scale.
    """
    return partition_graph(H, resolution=resolution, seed=seed, min_size=min_size, max_size=max_size)[0]


#: How many seeded runs ``detect_communities`` agrees over (25: a municipality's share is then known
#: to about ±10 percentage points; all of Norway takes about 4 s instead of 3 for a single run).
RUNS = 25
#: Up to this many unsettled municipalities are named in the note; more are counted.
UNSETTLED_NAMED = 12


def detect_communities(
    G: Graph,
    *,
    county: str | None = None,
    resolution: float = 1.0,
    seed: int = 2024,
    min_size: int = 2,
    max_size: int | None = 12,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
    codes: Sequence[str] | None = None,
    runs: int = RUNS,
) -> Partition:
    """Communities of similar, geographically feasible municipalities (see the module docstring).

    The engine runs ``runs`` times (seeds ``seed``, ``seed + 1``, …) and the runs are made to agree
    by consensus clustering (:func:`~dknet.analysis.engine.consensus_arrays`); ``share_together``
    (members, summary, quality) says how often the members were grouped together in the first
    round of runs, and municipalities grouped with their community in fewer than half of them are
    named in a note (or counted, above :data:`UNSETTLED_NAMED`).

    Notes are meaning (:class:`~dknet.messages.msg.Msg`), put into words at the edge
    (:func:`dknet.present.render.render_partition`).
    """
    if min_size < 1 or (max_size is not None and max_size < max(min_size, 1)):
        raise DknetError("error.group_sizes")
    if resolution <= 0:
        raise DknetError("error.resolution")
    if runs < 1:
        raise DknetError("error.runs")
    config = config or load_config()
    chosen = sorted(codes) if codes is not None else _municipalities(G, county)
    H = feasibility_graph(G, codes=chosen, max_km=max_km, config=config)
    parts, agreed = consensus_graph(
        H, runs=runs, resolution=resolution, seed=seed, min_size=min_size, max_size=max_size
    )
    run = agreed.result
    notes: list[Text] = [run.note] if run.note else []
    cap = config.purposes["office"].max_km if max_km is None else max_km
    lonely = sorted(c for p in parts if len(p) < min_size for c in p)
    isolated = [c for c in lonely if H.degree(c) == 0]
    capped = [c for c in lonely if H.degree(c) > 0]
    if isolated:
        names = ", ".join(f"{H.nodes[c]['navn']} ({c})" for c in isolated)
        notes.append(Msg("communities.isolated", names=names, km=Num(cap)))
    if capped:
        names = ", ".join(f"{H.nodes[c]['navn']} ({c})" for c in capped)
        notes.append(Msg("communities.capped", names=names, n=max_size))
    parts.sort(key=lambda p: (-len(p), min(p)))
    label = {c: i + 1 for i, p in enumerate(parts) for c in p}
    settled = _settled(agreed, parts)
    unsettled = sorted(c for c in chosen if settled[c] < 0.5)
    if len(unsettled) > UNSETTLED_NAMED and runs > 1:
        notes.append(Msg("communities.unsettled_many", n=len(unsettled), total=len(chosen), runs=runs))
    elif unsettled and runs > 1:
        names = ", ".join(f"{H.nodes[c]['navn']} ({c})" for c in unsettled)
        notes.append(Msg("communities.unsettled", names=names, runs=runs))
    members = pd.DataFrame(
        [
            {
                "kommunenummer": c,
                "navn": H.nodes[c]["navn"],
                "fylkesnummer": H.nodes[c]["fylkesnummer"],
                "community": label[c],
                "share_together": settled[c],
            }
            for c in chosen
        ]
    )
    quality = _quality(G, H, parts, chosen, label)
    grouped = [settled[c] for c in chosen if not math.isnan(settled[c])]
    quality["share_together"] = float(np.mean(grouped)) if grouped else math.nan
    summary = _summary(G, H, parts)
    summary["share_together"] = [_mean_or_nan([settled[c] for c in sorted(p)]) for p in parts]
    return Partition(members, summary, quality, notes)


def _settled(agreed: Consensus, parts: Sequence[set[str]]) -> dict[str, float]:
    """Each node's mean share of the runs in which it was grouped with each other member of its community.

    NaN for a community of one (nothing to be together with).
    """
    pos = {v: i for i, v in enumerate(agreed.nodes)}
    out: dict[str, float] = {}
    for p in parts:
        idx = [pos[c] for c in sorted(p)]
        for c in p:
            others = [j for j in idx if j != pos[c]]
            out[c] = float(np.mean(agreed.together[pos[c], others])) if others else math.nan
    return out


def _mean_or_nan(values: Sequence[float]) -> float:
    kept = [v for v in values if not math.isnan(v)]
    return float(np.mean(kept)) if kept else math.nan


def modularity(H: SimpleGraph, parts: Sequence[set[str]]) -> float:
    """Newman's weighted modularity Q = Σ_c [W_c / W − (D_c / 2W)²] of ``parts`` (0 without edges).

    W is the total edge weight, W_c the weight inside community c and D_c the weighted degree sum
    of its members. networkx's ``modularity`` gives the same value, but adds over sets, whose order
    follows the string hash: the 16th digit then changed with ``PYTHONHASHSEED``. Every sum here is
    exact (``math.fsum``), so the figure is the same in any order, and so is ``--format json``.

    >>> B, parts = nx.barbell_graph(3, 0), [{0, 1, 2}, {3, 4, 5}]
    >>> q = modularity(B, parts)
    >>> round(q, 4), math.isclose(q, nx.community.modularity(B, parts))
    (0.3571, True)
    """
    total = math.fsum(w for _, _, w in H.edges(data="weight", default=1))
    if not total:
        return 0.0
    degree = {u: math.fsum(w for _, _, w in H.edges(u, data="weight", default=1)) for u in H}
    terms = []
    for part in parts:
        inside = math.fsum(w for u, v, w in H.edges(part, data="weight", default=1) if v in part and u in part)
        terms.append(inside / total - (math.fsum(degree[u] for u in part) / (2 * total)) ** 2)
    return math.fsum(terms)


def _quality(
    G: Graph, H: SimpleGraph, parts: list[set[str]], codes: list[str], label: dict[str, int]
) -> dict[str, float]:
    ours = [label[c] for c in codes]
    ba = [G.nodes[municipality_node(c)].get("ba_region", "") for c in codes]
    county = [G.nodes[municipality_node(c)]["fylkesnummer"] for c in codes]
    q: dict[str, float] = {
        "communities": float(len(parts)),
        "modularity": modularity(H, parts),
        "nmi_ba_region": nmi(ours, ba),
        "ari_ba_region": adjusted_rand(ours, ba),
    }
    if len(set(county)) > 1:
        q["nmi_county"] = nmi(ours, county)
        q["ari_county"] = adjusted_rand(ours, county)
    return q


def _summary(G: Graph, H: SimpleGraph, parts: list[set[str]]) -> pd.DataFrame:
    rows = []
    for i, p in enumerate(parts, start=1):
        ds = [G.nodes[municipality_node(c)] for c in sorted(p)]
        sims = sorted(H.edges[u, v]["similarity"] for u, v in H.subgraph(p).edges)  # sorted: same sum in any order
        classes = Counter(int(d["sentralitetsklasse"]) for d in ds if d.get("sentralitetsklasse") is not None)
        rows.append(
            {
                "community": i,
                "size": len(p),
                "members": ", ".join(str(d["name"]) for d in ds),
                "counties": ", ".join(sorted({str(d["fylkesnummer"]) for d in ds})),
                "median_population": float(np.median([d.get("folketall_2026", np.nan) for d in ds])),
                "centrality_classes": ", ".join(f"{k}×{v}" if v > 1 else str(k) for k, v in sorted(classes.items())),
                "mean_similarity": float(np.mean(sims)) if sims else math.nan,
            }
        )
    return pd.DataFrame(rows)
