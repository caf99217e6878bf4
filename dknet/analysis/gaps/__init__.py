"""Gaps in the guidance network: need versus support, structural holes, coverage, guidance load.

The county council (FK) and the state administrator (SF) are "the good helpers". This module
finds where their help and the municipalities' own networks fall short:

- :func:`need_support` — a **need** score (small, remote, ageing, declining, old plans, low
  planning capacity; the weighted mean of percentile ranks, 0–1) against a **support** score
  (guidance contacts weighted by form, frequency and recency; plan offices, networks, forums,
  regional councils, regional plans; ``1 − exp(−points / support_scale)``, 0–1); ranked by
  ``gap = need − support``, with reasons.
- :func:`structural_gaps` — municipalities in no plan office and no network or forum; those
  reached only through one broker (articulation points of the cooperation graph) or cut off
  from FK and SF; the most constrained (Burt's constraint, effective size); similar, feasible
  pairs on either side of a county or SF boundary that share no arena; municipalities a
  regional plan leaves out although they border it and share its members' challenges.
- :func:`coverage` and :func:`guidance_load` — who was reached by whom in the last N years, and
  for each FK and SF office how many of its municipalities it reached and how concentrated its
  contacts are (Herfindahl index).
- :func:`what_if` — the same ranking before and after hypothetical records (``--assume DIR``).

Weights are in ``gaps.toml`` (documented in docs/gaps.md). Functions take the graph first and
never change it. A layer with no register where a municipality is (:mod:`dknet.analysis.registers`)
is not known there: left out of need, listed as unassessed support, never counted as 0.

>>> from dknet.examples import tiny_graph
>>> df = need_support(tiny_graph())
>>> df[["rank", "navn", "in_office"]].head(2).values.tolist()  # county 91 records no plan office: unknown
[[1, 'Nordøy', None], [2, 'Bergdal', False]]
"""

from dknet.analysis.gaps.config import DEFAULT_GAP_CONFIG, NEED_INDICATORS, GapConfig, load_gap_config
from dknet.analysis.gaps.coverage import coverage, guidance_load
from dknet.analysis.gaps.need import need_support
from dknet.analysis.gaps.structural import cooperation_graph, isolated_municipalities, structural_gaps
from dknet.analysis.gaps.whatif import what_if

__all__ = [
    "DEFAULT_GAP_CONFIG",
    "NEED_INDICATORS",
    "GapConfig",
    "cooperation_graph",
    "coverage",
    "guidance_load",
    "isolated_municipalities",
    "load_gap_config",
    "need_support",
    "structural_gaps",
    "what_if",
]
