"""Municipalities side by side: the view an adviser prepares a meeting between them with.

:func:`compare` returns one row per fact (``seksjon``, ``punkt``, ``felt``), one column per
municipality (``Navn (nummer)``) and ``kilde``, the kinds of record the row rests on
(:func:`dknet.analysis.plans.fact_source`). ``seksjon``, ``punkt`` and ``kilde`` are machine
values, the same in every language; ``felt`` (the row's label) and the cells are for people, in
``lang`` (``compare.*`` in :mod:`dknet.messages`; English by default, as in the other
analyses). Sections: ``indikatorer`` (value and rank among all municipalities, 1 = highest;
for the centrality class 1 = most central), ``planer`` (planstrategi status, samfunnsdel, arealdel),
``kontorer`` (county, state administrator, commuting region), ``arenaer`` (plan offices,
networks, forums, regional councils, other arrangements such as the Sami language area),
``regionale planer``, ``veiledning`` (FK and SF contacts
in the scorecard window), ``anbefalinger`` (the scorecard) and ``forhold`` (how each relates to
the others: border, distance, shared neighbours, shared arenas).

>>> from dknet.examples import tiny_graph
>>> df = compare(tiny_graph(), ["9003", "9004"], lang="nb")
>>> df[df.felt == "grenser til"].iloc[0, 3:5].tolist()
['Fjellvik', 'Dalsnes']
>>> compare(tiny_graph(), ["9003", "9004"]).set_index("punkt").loc["grenser_til", "felt"]
'borders'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from dknet.analysis.context import targets
from dknet.analysis.plans import (
    PROVISIONS_ONLY,
    PlanConfig,
    fact_source,
    last_recorded,
    load_plan_config,
    municipality_plans,
)
from dknet.analysis.scorecard import NO_RECORD, known_counts, scorecard
from dknet.errors import DknetError
from dknet.geo import haversine_km
from dknet.graph import Graph, nodes_of
from dknet.messages import Lang, t
from dknet.present.numbers import number, percent
from dknet.schema import Label, Rel, node_id

#: (node attribute or derived name, how it is shown: decimals, ``+`` signed, ``%`` a share); the
#: attribute is the row's ``punkt``, its label ``compare.row.<attribute>`` in :mod:`dknet.messages`
INDICATORS: tuple[tuple[str, str], ...] = (
    ("folketall_2026", "0"),
    ("endring_2016_2026_pst", "+1"),
    ("andel_67pluss", "%1"),
    ("andel_80pluss", "%1"),
    ("sentralitetsindeks", "0"),
    ("sentralitetsklasse", "0"),
    ("befolkningstetthet", "1"),
    ("areal_km2", "0"),
    ("planaarsverk", "1"),
)
#: Indicators ranked from the lowest value (``nr. 1`` is class 1, the most central).
ASCENDING = frozenset({"sentralitetsklasse"})
#: Row labels other than ``compare.row.<attribute>``.
_ROW_LABEL = {"sentralitetsklasse": "compare.row.sentralitetsklasse_plain"}
#: The sections, in order (machine values of ``seksjon``; their names: ``compare.section.*``).
SECTIONS = ("indikatorer", "planer", "kontorer", "arenaer", "regionale planer", "veiledning", "anbefalinger", "forhold")


def section_name(section: str, lang: str = "en") -> str:
    """What a ``seksjon`` value is called for people in ``lang``.

    >>> section_name("regionale planer", "en"), section_name("kontorer", "nn")
    ('regional plans', 'kontor')
    """
    return t(f"compare.section.{section.replace(' ', '_')}", lang) if section in SECTIONS else section


def _value(d: dict[str, Any], attr: str) -> float | None:
    if attr == "planaarsverk":
        parts = [d.get("aarsverk_samfunn"), d.get("aarsverk_areal")]
        return None if all(p is None for p in parts) else float(sum(p or 0 for p in parts))
    v = d.get(attr)
    return None if v is None else float(v)


def _fmt(v: float, how: str, lang: str = "nb") -> str:
    """An indicator value in ``lang``: ``2 037``, ``+3,4``, a share as per cent without the sign (``26,5``).

    >>> _fmt(2037.0, "0"), _fmt(-2.14, "+1"), _fmt(0.265, "%1"), _fmt(12.34, "1"), _fmt(2037.0, "0", "en")
    ('2 037', '\u22122,1', '26,5', '12,3', '2,037')
    """
    share, signed = how.startswith("%"), how.startswith("+")
    decimals = int(how.lstrip("%+"))
    return number(100 * v if share else v, lang, decimals=decimals, signed=signed)


def _rows_for(
    codes: Sequence[str], section: str, item: str, field: str, cell: Callable[[str], tuple[str, Any]]
) -> dict[str, Any]:
    values = [cell(c) for c in codes]
    return {
        "seksjon": section,
        "punkt": item,
        "felt": field,
        **{c: v for c, (v, _) in zip(codes, values, strict=True)},
        "kilde": ", ".join(sorted({k for _, s in values if s for k in str(s).split(", ")} - {""})),
    }


def compare(G: Graph, codes: Sequence[str], *, config: PlanConfig | None = None, lang: Lang = "en") -> pd.DataFrame:
    """Side by side, one row per fact; columns ``seksjon``, ``punkt``, ``felt``, one per municipality, ``kilde``.

    ``felt`` and the cells are in ``lang``; ``seksjon``, ``punkt`` and ``kilde`` are machine values.
    """
    if len(codes) < 2:
        raise DknetError("error.compare.two")
    if len(set(codes)) < len(codes):
        raise DknetError("error.compare.once")
    config = config or load_plan_config()
    nodes = {c: node_id(Label.MUNICIPALITY, c) for c in codes}
    data = {c: G.nodes[n] for c, n in nodes.items()}
    rows: list[dict[str, Any]] = []
    everyone = [G.nodes[n] for n in nodes_of(G, Label.MUNICIPALITY)]
    for attr, how in INDICATORS:
        series = pd.Series([_value(d, attr) for d in everyone], dtype=float)
        if series.isna().all():
            continue
        # 1 = highest value, except the centrality class, where class 1 is the most central: rank it first
        ranks = series.rank(ascending=attr in ASCENDING, method="min")
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
            shown = t("compare.rank_of", lang, value=_fmt(v, how, lang), rank=rank, total=number(total, lang))
            return shown, fact_source(src)

        field_name = t(_ROW_LABEL.get(attr, f"compare.row.{attr}"), lang)
        rows.append(_rows_for(codes, "indikatorer", attr, field_name, cell))

    plans = {c: municipality_plans(G, c, config=config) for c in codes}

    def plan_cell(field: str) -> Callable[[str], tuple[str, Any]]:
        def cell(c: str) -> tuple[str, Any]:
            p = plans[c]
            if field == "planstrategi":
                when = f" ({p['planstrategi_vedtatt']})" if p["planstrategi_vedtatt"] else ""
                last = last_recorded(p, config or load_plan_config())  # an earlier term's: shown, not the status
                when += f"; {last.render(lang)}" if last else ""
                return t(f"scorecard.plan.{p['status']}", lang) + when, p["planstrategi_kilde"]
            year, age, due = p[f"{field}_vedtatt"], p[f"{field}_alder"], p[f"{field}_revisjon"]
            if year is None:
                return t("compare.no_record", lang), None
            if p.get(f"{field}_omfang") == PROVISIONS_ONLY:  # the map is older: its age, or unknown
                if age is None:
                    return t("compare.age_provisions", lang, year=year), p[f"{field}_kilde"]
                text = t("compare.age_provisions_map", lang, year=year, map_year=config.day().year - age, age=age)
                return text, p[f"{field}_kilde"]
            text = t("compare.age_due" if due == "forfalt" else "compare.age", lang, year=year, age=age)
            return text, p[f"{field}_kilde"]

        return cell

    strategy = t("compare.row.planstrategi", lang, term=config.term_name)
    rows.append(_rows_for(codes, "planer", "planstrategi", strategy, plan_cell("planstrategi")))
    for plan_part in ("samfunnsdel", "arealdel"):
        row_label = t(f"compare.row.{plan_part}", lang)
        rows.append(_rows_for(codes, "planer", plan_part, row_label, plan_cell(plan_part)))

    def office(rel: Rel) -> Callable[[str], tuple[str, Any]]:
        def cell(c: str) -> tuple[str, Any]:
            t = sorted(targets(G, nodes[c], rel))
            return ("; ".join(str(G.nodes[v]["name"]) for v in t), fact_source(data[c].get("source")))

        return cell

    for item, rel in (("fylkeskommune", Rel.IN_COUNTY), ("statsforvalter", Rel.SUPERVISED_BY)):
        rows.append(_rows_for(codes, "kontorer", item, t(f"compare.row.{item}", lang), office(rel)))
    rows.append(
        _rows_for(
            codes,
            "kontorer",
            "ba_region",
            t("compare.row.ba_region", lang),
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

    for item, label, kinds_ in (
        ("plankontor", Label.PLAN_OFFICE, None),
        ("nettverk", Label.ARENA, {"nettverk", "prosjekt"}),
        ("planforum", Label.ARENA, {"planforum"}),
        ("regionraad", Label.ARENA, {"regionråd"}),
        ("andre", Label.ARENA, {"annet"}),
    ):
        rows.append(_rows_for(codes, "arenaer", item, t(f"compare.row.{item}", lang), groups(label, kinds_)))

    def regional(c: str) -> tuple[str, Any]:
        found = [(G.nodes[u], d) for u, _, d in G.in_edges(nodes[c], data=True) if d["type"] == Rel.COVERS.type]
        names = "; ".join(sorted(str(p["name"]) for p, _ in found)) or "–"
        return names, ", ".join(sorted({fact_source(d.get("source")) for _, d in found})) or None

    rows.append(
        _rows_for(codes, "regionale planer", "regionale_planer", t("compare.row.regionale_planer", lang), regional)
    )

    card = scorecard(G, codes=codes, config=config, lang=lang)
    for item in ("veiledning_fk", "veiledning_sf"):
        part = card[card.punkt == item].set_index("kommunenummer")
        facts = {str(c): (str(r.detaljer), str(r.kilde).replace(NO_RECORD, "")) for c, r in part.iterrows()}
        rows.append(_rows_for(codes, "veiledning", item, str(part["tekst"].iloc[0]), facts.__getitem__))
    counts = {str(c): known_counts(part) for c, part in card.groupby("kommunenummer")}

    def met(c: str) -> tuple[str, Any]:  # "2 av 2 kjente (100 %); 4 ukjent": unknown counts neither way
        k = counts[c]
        if not k["kjent"]:
            return t("share.none_known", lang, unknown=k["ukjent"]), None
        share = percent(k["oppfylt"] / k["kjent"], lang, decimals=0)
        return t("share.known", lang, n=k["oppfylt"], known=k["kjent"], share=share, unknown=k["ukjent"]), None

    rows.append(_rows_for(codes, "anbefalinger", "oppfylt", t("compare.row.oppfylt", lang), met))

    def others(c: str) -> list[str]:
        return [o for o in codes if o != c]

    borders = {c: targets(G, nodes[c], Rel.BORDERS) for c in codes}
    rows.append(
        _rows_for(
            codes,
            "forhold",
            "grenser_til",
            t("compare.row.grenser_til", lang),
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
            "avstand_km",
            t("compare.row.avstand_km", lang),
            lambda c: (
                "; ".join(
                    f"{data[o]['name']} {_fmt(km, '0', lang)}" for o in others(c) if (km := _km(data[c], data[o]))
                ),
                None,
            ),
        )
    )

    def shared_neighbours(c: str) -> tuple[str, Any]:
        parts = []
        for o in others(c):
            common = sorted(str(G.nodes[v]["name"]) for v in (borders[c] & borders[o]) - set(nodes.values()))
            if common:
                parts.append(t("compare.with", lang, name=data[o]["name"], names=", ".join(common)))
        return "; ".join(parts) or "–", None

    rows.append(_rows_for(codes, "forhold", "felles_naboer", t("compare.row.felles_naboer", lang), shared_neighbours))

    def shared_groups(c: str) -> tuple[str, Any]:
        mine = targets(G, nodes[c], Rel.MEMBER_OF)
        parts = []
        for o in others(c):
            common = sorted(str(G.nodes[v]["name"]) for v in mine & targets(G, nodes[o], Rel.MEMBER_OF))
            if common:
                parts.append(t("compare.with", lang, name=data[o]["name"], names=", ".join(common)))
        return "; ".join(parts) or "–", None

    rows.append(_rows_for(codes, "forhold", "felles_grupper", t("compare.row.felles_grupper", lang), shared_groups))
    columns = {c: f"{data[c]['name']} ({c})" for c in codes}
    return pd.DataFrame(rows).rename(columns=columns)


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if "lon" not in a or "lon" not in b:
        return None
    return haversine_km(a["lon"], a["lat"], b["lon"], b["lat"])
