"""Municipalities side by side: the view an adviser prepares a meeting between them with.

:func:`compare` returns one row per fact (``seksjon``, ``felt``), one column per municipality
(``Navn (nummer)``) and ``kilde``, the kinds of record the row rests on
(:func:`dknet.analysis.plans.fact_source`). Sections: ``indikatorer`` (value and rank among all
municipalities, 1 = highest), ``planer`` (planstrategi status, samfunnsdel, arealdel),
``kontorer`` (county, state administrator, commuting region), ``arenaer`` (plan offices,
networks, forums, regional councils), ``regionale planer``, ``veiledning`` (FK and SF contacts
in the scorecard window), ``anbefalinger`` (the scorecard) and ``forhold`` (how each relates to
the others: border, distance, shared neighbours, shared arenas).

>>> from dknet.examples import tiny_graph
>>> df = compare(tiny_graph(), ["9003", "9004"])
>>> df[df.felt == "grenser til"].iloc[0, 2:4].tolist()
['Fjellvik', 'Dalsnes']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from dknet.analysis.context import targets
from dknet.analysis.plans import PlanConfig, fact_source, load_plan_config, municipality_plans
from dknet.analysis.scorecard import MET, NO_RECORD, scorecard
from dknet.errors import DknetError
from dknet.geo import haversine_km
from dknet.graph import Graph, nodes_of
from dknet.present.numbers import number
from dknet.schema import Label, Rel, node_id

#: (node attribute or derived name, Norwegian label, how it is shown: decimals, ``+`` signed, ``%`` a share)
INDICATORS: tuple[tuple[str, str, str], ...] = (
    ("folketall_2026", "Folketall 2026", "0"),
    ("endring_2016_2026_pst", "Endring 2016–2026 (%)", "+1"),
    ("andel_67pluss", "Andel 67+ (%)", "%1"),
    ("andel_80pluss", "Andel 80+ (%)", "%1"),
    ("sentralitetsindeks", "Sentralitetsindeks", "0"),
    ("sentralitetsklasse", "Sentralitetsklasse", "0"),
    ("befolkningstetthet", "Innbyggere per km²", "1"),
    ("areal_km2", "Areal (km²)", "0"),
    ("planaarsverk", "Planårsverk", "1"),
)


def _value(d: dict[str, Any], attr: str) -> float | None:
    if attr == "planaarsverk":
        parts = [d.get("aarsverk_samfunn"), d.get("aarsverk_areal")]
        return None if all(p is None for p in parts) else float(sum(p or 0 for p in parts))
    v = d.get(attr)
    return None if v is None else float(v)


def _fmt(v: float, how: str) -> str:
    """An indicator value in Norwegian: ``2 037``, ``+3,4``, a share as per cent without the sign (``26,5``).

    >>> _fmt(2037.0, "0"), _fmt(-2.14, "+1"), _fmt(0.265, "%1"), _fmt(12.34, "1")
    ('2 037', '\u22122,1', '26,5', '12,3')
    """
    share, signed = how.startswith("%"), how.startswith("+")
    decimals = int(how.lstrip("%+"))
    return number(100 * v if share else v, "nb", decimals=decimals, signed=signed)


def _rows_for(codes: Sequence[str], section: str, field: str, cell: Callable[[str], tuple[str, Any]]) -> dict[str, Any]:
    values = [cell(c) for c in codes]
    return {
        "seksjon": section,
        "felt": field,
        **{c: v for c, (v, _) in zip(codes, values, strict=True)},
        "kilde": ", ".join(sorted({k for _, s in values if s for k in str(s).split(", ")} - {""})),
    }


def compare(G: Graph, codes: Sequence[str], *, config: PlanConfig | None = None) -> pd.DataFrame:
    """Side by side, one row per fact; columns ``seksjon``, ``felt``, one per municipality, ``kilde``."""
    if len(codes) < 2:
        raise DknetError("error.compare.two")
    if len(set(codes)) < len(codes):
        raise DknetError("error.compare.once")
    config = config or load_plan_config()
    nodes = {c: node_id(Label.MUNICIPALITY, c) for c in codes}
    data = {c: G.nodes[n] for c, n in nodes.items()}
    rows: list[dict[str, Any]] = []
    everyone = [G.nodes[n] for n in nodes_of(G, Label.MUNICIPALITY)]
    for attr, label, how in INDICATORS:
        series = pd.Series([_value(d, attr) for d in everyone], dtype=float)
        if series.isna().all():
            continue
        ranks = series.rank(ascending=False, method="min")
        total = int(series.notna().sum())

        def cell(
            c: str,
            attr: str = attr,
            how: str = how,
            series: pd.Series = series,
            ranks: pd.Series = ranks,
            total: int = total,
        ) -> tuple[str, Any]:
            v = _value(data[c], attr)
            if v is None:
                return "", None
            rank = int(ranks[series == v].min())
            src = data[c].get("kapasitet_source") if attr == "planaarsverk" else data[c].get("source")
            return f"{_fmt(v, how)} (nr. {rank} av {total})", fact_source(src)

        rows.append(_rows_for(codes, "indikatorer", label, cell))

    plans = {c: municipality_plans(G, c, config=config) for c in codes}

    def plan_cell(field: str) -> Callable[[str], tuple[str, Any]]:
        def cell(c: str) -> tuple[str, Any]:
            p = plans[c]
            if field == "planstrategi":
                when = f" ({p['planstrategi_vedtatt']})" if p["planstrategi_vedtatt"] else ""
                return p["planstrategi"] + when, p["planstrategi_kilde"]
            year, age, due = p[f"{field}_vedtatt"], p[f"{field}_alder"], p[f"{field}_revisjon"]
            if year is None:
                return "ingen post", None
            text = f"{year} ({age} år" + (", bør revideres)" if due == "forfalt" else ")")
            return text, p[f"{field}_kilde"]

        return cell

    rows.append(_rows_for(codes, "planer", f"Planstrategi {config.term_name}", plan_cell("planstrategi")))
    rows.append(_rows_for(codes, "planer", "Samfunnsdel vedtatt", plan_cell("samfunnsdel")))
    rows.append(_rows_for(codes, "planer", "Arealdel vedtatt", plan_cell("arealdel")))

    def office(rel: Rel) -> Callable[[str], tuple[str, Any]]:
        def cell(c: str) -> tuple[str, Any]:
            t = sorted(targets(G, nodes[c], rel))
            return ("; ".join(str(G.nodes[v]["name"]) for v in t), fact_source(data[c].get("source")))

        return cell

    rows.append(_rows_for(codes, "kontorer", "Fylkeskommune (FK)", office(Rel.IN_COUNTY)))
    rows.append(_rows_for(codes, "kontorer", "Statsforvalter (SF)", office(Rel.SUPERVISED_BY)))
    rows.append(
        _rows_for(
            codes,
            "kontorer",
            "BA-region",
            lambda c: (str(data[c].get("ba_region", "")), fact_source(data[c].get("source"))),
        )
    )

    def groups(label: Label, kinds_: set[str] | None) -> Callable[[str], tuple[str, Any]]:
        def cell(c: str) -> tuple[str, Any]:
            found = [
                (G.nodes[v], d)
                for _, v, d in G.out_edges(nodes[c], data=True)
                if d["type"] == Rel.MEMBER_OF.type
                and G.nodes[v]["label"] == label.label
                and (kinds_ is None or G.nodes[v].get("type") in kinds_)
            ]
            names = "; ".join(sorted(str(g["name"]) for g, _ in found)) or "–"
            srcs = {fact_source(d.get("source")) for _, d in found}
            return names, ", ".join(sorted(srcs)) or None

        return cell

    rows.append(_rows_for(codes, "arenaer", "Plankontor", groups(Label.PLAN_OFFICE, None)))
    rows.append(_rows_for(codes, "arenaer", "Nettverk og prosjekter", groups(Label.ARENA, {"nettverk", "prosjekt"})))
    rows.append(_rows_for(codes, "arenaer", "Planforum", groups(Label.ARENA, {"planforum"})))
    rows.append(_rows_for(codes, "arenaer", "Regionråd", groups(Label.ARENA, {"regionråd", "annet"})))

    def regional(c: str) -> tuple[str, Any]:
        found = [(G.nodes[u], d) for u, _, d in G.in_edges(nodes[c], data=True) if d["type"] == Rel.COVERS.type]
        names = "; ".join(sorted(str(p["name"]) for p, _ in found)) or "–"
        return names, ", ".join(sorted({fact_source(d.get("source")) for _, d in found})) or None

    rows.append(_rows_for(codes, "regionale planer", "Dekket av", regional))

    card = scorecard(G, codes=codes, config=config, lang="nb")  # the comparison is in bokmål
    for item in ("veiledning_fk", "veiledning_sf"):
        part = card[card.punkt == item].set_index("kommunenummer")
        facts = {str(c): (str(r.detaljer), str(r.kilde).replace(NO_RECORD, "")) for c, r in part.iterrows()}
        rows.append(_rows_for(codes, "veiledning", str(part["tekst"].iloc[0]), facts.__getitem__))
    met = card.assign(ok=card.status == MET).groupby("kommunenummer")["ok"].sum()
    n_items = card.punkt.nunique()
    rows.append(
        _rows_for(codes, "anbefalinger", "Oppfylt (scorecard)", lambda c: (f"{int(met[c])} av {n_items}", None))
    )

    def others(c: str) -> list[str]:
        return [o for o in codes if o != c]

    borders = {c: targets(G, nodes[c], Rel.BORDERS) for c in codes}
    rows.append(
        _rows_for(
            codes,
            "forhold",
            "grenser til",
            lambda c: (
                "; ".join(str(data[o]["name"]) for o in others(c) if nodes[o] in borders[c]) or "–",
                None,
            ),
        )
    )
    rows.append(
        _rows_for(
            codes,
            "forhold",
            "avstand (km, luftlinje)",
            lambda c: (
                "; ".join(f"{data[o]['name']} {_fmt(km, '0')}" for o in others(c) if (km := _km(data[c], data[o]))),
                None,
            ),
        )
    )

    def shared_neighbours(c: str) -> tuple[str, Any]:
        parts = []
        for o in others(c):
            common = sorted(str(G.nodes[v]["name"]) for v in (borders[c] & borders[o]) - set(nodes.values()))
            if common:
                parts.append(f"med {data[o]['name']}: {', '.join(common)}")
        return "; ".join(parts) or "–", None

    rows.append(_rows_for(codes, "forhold", "felles naboer", shared_neighbours))

    def shared_groups(c: str) -> tuple[str, Any]:
        mine = targets(G, nodes[c], Rel.MEMBER_OF)
        parts = []
        for o in others(c):
            common = sorted(str(G.nodes[v]["name"]) for v in mine & targets(G, nodes[o], Rel.MEMBER_OF))
            if common:
                parts.append(f"med {data[o]['name']}: {', '.join(common)}")
        return "; ".join(parts) or "–", None

    rows.append(_rows_for(codes, "forhold", "felles arenaer og kontorer", shared_groups))
    columns = {c: f"{data[c]['name']} ({c})" for c in codes}
    return pd.DataFrame(rows).rename(columns=columns)


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if "lon" not in a or "lon" not in b:
        return None
    return haversine_km(a["lon"], a["lat"], b["lon"], b["lat"])
