"""Do the network reasons of the small municipalities tell the candidates apart?

    python scripts/validate_reasons.py              # the real default data set, network purpose
    python scripts/validate_reasons.py --purpose office

For every municipality under 2 500 inhabitants (102 in the 2026 figures) it takes the top-5 list
as ``dknet partners KOMMUNE --purpose network --top 5`` shows it (the reasons of each row, and
the statements the list says once because every candidate shares them) and prints:

- the share of lists that give at least one *non-demographic* shared challenge (coast, islands,
  ferries, KOSTRA group, expenditure need, nature, the Sami language area), among the lists where
  one exists — it exists when some pair of the five is alike on such an indicator more than 80 %
  of all pairs are (the reasons' base rate), or shares the category or flag;
- the same per row (suggestion);
- the share of lists where all five rows carry the same set of profile reasons (nothing tells #1
  from #5).

It reads the reasons as the user reads them (bokmål text), so it measures any version of dknet
with the same catalogue phrases: docs/partners.md has the before and after.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dknet.analysis.partners import partner_index
from dknet.analysis.profiles import INDICATORS, load_config
from dknet.analysis.reasons import BASE_RATE, ReasonContext
from dknet.analysis.scoring import pair_table
from dknet.cache import load_graph
from dknet.graph import nodes_of
from dknet.messages import t
from dknet.messages.msg import render
from dknet.schema import Label

#: Indicators that are demography (the issue's "population, change, age shares, density, centrality").
DEMOGRAPHIC = {
    "folketall",
    "endring_10aar",
    "andel_67pluss",
    "andel_80pluss",
    "befolkningstetthet",
    "sentralitetsindeks",
}
#: Themes whose shared statements are non-demographic challenges.
CHALLENGE_THEMES = {"bosetting", "okonomi", "natur", "samisk"}


def _prefix(key: str, **kw: str) -> str:
    text = t(key, "nb", **kw)
    return text.split("\x00")[0]


def challenge_indicators(*, kostra: bool = True) -> list[str]:
    """The non-demographic indicators of the profile (coast, islands, ferries, economy, nature, Sami).

    ``kostra=False`` leaves out the KOSTRA group: SSB derives it from size and the economy's room,
    so a shared group says little beyond "both small" — the stricter figure.
    """
    return [
        n
        for n, i in INDICATORS.items()
        if i.theme in CHALLENGE_THEMES and n not in DEMOGRAPHIC and (kostra or n != "kostragruppe")
    ]


def patterns(*, kostra: bool = True) -> tuple[list[str], list[str]]:
    """Bokmål fragments that mark a reason as non-demographic / demographic profile reason."""
    challenge: list[str] = []
    for n in challenge_indicators(kostra=kostra):
        ind = INDICATORS[n]
        challenge.append(render(ind.label(), "nb"))
        if ind.both:
            challenge.append(_prefix(ind.both, value="\x00"))
    challenge.append("samiske språk")
    demo = [_prefix("reason.both_small"), "sentralitetsklasse", " innbyggere", "KOSTRA"]
    demo += [render(INDICATORS[n].label(), "nb") for n in DEMOGRAPHIC]
    return challenge, demo


def kind(reason: str, challenge: list[str], demo: list[str]) -> str:
    """``challenge``, ``demo`` or ``other`` (geography, ties and everything else)."""
    if any(p in reason for p in challenge):
        return "challenge"
    if any(p in reason for p in demo):
        return "demo"
    return "other"


def exists(ctx: ReasonContext, a: str, b: str, *, kostra: bool = True) -> bool:
    """Whether ``a`` and ``b`` share a non-demographic challenge a reason could name."""
    for n in challenge_indicators(kostra=kostra):
        if not ctx.has(n):
            continue
        va, vb = ctx.raw.get((a, n)), ctx.raw.get((b, n))
        if va is None or vb is None:
            continue
        ind = INDICATORS[n]
        if ind.kind == "category" and va == vb and ctx.base_rate(n, a, b) <= BASE_RATE:
            return True
        if ind.kind == "flag" and va == vb == 1.0 and ctx.base_rate(n, a, b) <= BASE_RATE:
            return True
        if ind.high_only and min(ctx.value(a, n), ctx.value(b, n)) < 0.5:  # both little of it: no challenge
            continue
        if ind.kind == "number" and not (va == 0 and vb == 0) and ctx.base_rate(n, a, b) <= BASE_RATE:
            return True
    return False


def measure(G: Any, purpose: str, config_path: Any = None, *, kostra: bool = True) -> dict[str, float]:
    """The figures for the municipalities under 2 500 (see the module docstring)."""
    config = load_config(config_path)
    index = partner_index(G, purpose=purpose, top=10, config=config)  # type: ignore[arg-type]
    ctx = ReasonContext.build(G, pair_table(G, config=config), config)
    small = sorted(
        str(G.nodes[m]["key"])
        for m in nodes_of(G, Label.MUNICIPALITY)
        if (G.nodes[m].get("folketall_2026") or 10**9) < 2500
    )
    challenge, demo = patterns(kostra=kostra)
    lists = lists_with = given = rows_with = rows_given = same = 0
    for a in small:
        answer = index[a]
        rows = [{**r, "reasons": [render(x, "nb") for x in r["reasons"]]} for r in answer["rows"][:5]]
        shared = [render(answer.get("shared") or "", "nb")]  # the sentence saying once what all share
        lists += 1
        exist = [exists(ctx, a, r["kommunenummer"], kostra=kostra) for r in rows]
        said = [any(kind(x, challenge, demo) == "challenge" for x in [*r["reasons"], *shared]) for r in rows]
        if any(exist):
            lists_with += 1
            given += any(said)
        rows_with += sum(exist)
        rows_given += sum(s for s, e in zip(said, exist, strict=True) if e)
        sets = [frozenset(x for x in r["reasons"] if kind(x, challenge, demo) != "other") for r in rows]
        same += len(rows) == 5 and len(set(sets)) == 1
    return {
        "municipalities under 2 500": lists,
        "lists where a non-demographic shared challenge exists": lists_with,
        "of these, lists that give one": given / (lists_with or 1),
        "rows where one exists": rows_with,
        "of these, rows that give one": rows_given / (rows_with or 1),
        "lists where all five carry the same reason set": same / (lists or 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--purpose", default="network", choices=["network", "office"])
    ap.add_argument("--config", type=Path, default=None, help="a profile.toml (default: dknet's)")
    args = ap.parse_args()
    G = load_graph(demo=False)
    with_kostra = measure(G, args.purpose, args.config)
    without = measure(G, args.purpose, args.config, kostra=False)
    print("| measure | KOSTRA group counts | KOSTRA group does not count |\n|---|---|---|")
    for k, v in with_kostra.items():
        w = without[k]
        print(f"| {k} | {v if isinstance(v, int) else f'{v:.2f}'} | {w if isinstance(w, int) else f'{w:.2f}'} |")


if __name__ == "__main__":
    main()
