"""The need ranking before and after hypothetical records (:func:`what_if`)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dknet.analysis import asof
from dknet.analysis.asof import at_year
from dknet.analysis.gaps.common import select_codes
from dknet.analysis.gaps.config import GapConfig, load_gap_config
from dknet.analysis.gaps.need import need_support
from dknet.analysis.gaps.structural import isolated_municipalities
from dknet.graph import Graph

# --- what-if ------------------------------------------------------------------------------------------


def what_if(
    base: Graph,
    assumed: Graph,
    *,
    config: GapConfig | None = None,
    county: str | None = None,
    sf: str | None = None,
    top: int = 20,
    as_of: dt.date | None = None,
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Side by side: the need-support ranking before and after the assumed records, and summary changes.

    Rows are the ``top`` largest gaps before or after. The summary gives the mean gap, the number
    of municipalities with a positive gap, and the number of structurally isolated ones, before
    and after. ``as_of``: the status day for both (:func:`dknet.analysis.asof.as_of`).
    """
    config = at_year(config or load_gap_config(), as_of)
    base, assumed = asof.as_of(base, as_of), asof.as_of(assumed, as_of)
    before = need_support(base, config=config, county=county, sf=sf, as_of=as_of).set_index("kommunenummer")
    after = need_support(assumed, config=config, county=county, sf=sf, as_of=as_of).set_index("kommunenummer")
    keep = list(dict.fromkeys([*before.index[:top], *after.index[:top]]))
    df = pd.DataFrame(
        {
            "navn": before.loc[keep, "navn"],
            "rank_before": before.loc[keep, "rank"],
            "gap_before": before.loc[keep, "gap"],
            "rank_after": after.loc[keep, "rank"],
            "gap_after": after.loc[keep, "gap"],
        }
    )
    df["change"] = df["gap_after"] - df["gap_before"]
    df = df.sort_values(["rank_before"]).reset_index()

    chosen = set(select_codes(base, county, sf))

    def isolated(G: Graph) -> int:
        return len(set(isolated_municipalities(G, year=config.year)) & chosen)

    summary = {
        "mean_gap_before": float(before["gap"].mean()),
        "mean_gap_after": float(after["gap"].mean()),
        "positive_gaps_before": float((before["gap"] > 0).sum()),
        "positive_gaps_after": float((after["gap"] > 0).sum()),
        "isolated_before": float(isolated(base)),
        "isolated_after": float(isolated(assumed)),
    }
    return df, summary
