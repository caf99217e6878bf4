"""Municipalities side by side: the view an adviser prepares a meeting between them with.

:func:`compare` returns one row per fact (``seksjon``, ``punkt``, ``felt``), one column per
municipality (``Navn (nummer)``) and ``kilde``, the kinds of record the row rests on
(:func:`dknet.analysis.plans.fact_source`). ``seksjon``, ``punkt`` and ``kilde`` are machine
values, the same in every language; ``felt`` (the row's label) and the cells are for people:
meaning (:class:`~dknet.messages.msg.Msg`, :class:`~dknet.messages.msg.Num`, keys ``compare.*``
in :mod:`dknet.messages`) that the edges render in the reader's language
(:func:`dknet.present.render.render_frame`). Sections: ``indikatorer`` (value and rank among all
municipalities, 1 = highest; for the centrality class 1 = most central), ``planer`` (planstrategi
status, samfunnsdel, arealdel), ``kontorer`` (county, state administrator, commuting region),
``arenaer`` (plan offices, networks, forums, regional councils, other arrangements such as the
Sami language area), ``regionale planer``, ``veiledning`` (FK and SF contacts in the scorecard
window), ``anbefalinger`` (the scorecard) and ``forhold`` (how each relates to the others:
border, distance, shared neighbours, shared arenas).

>>> from dknet.examples import tiny_graph
>>> from dknet.present.render import render_frame
>>> df = render_frame(compare(tiny_graph(), ["9003", "9004"]), "nb")
>>> df[df.felt == "grenser til"].iloc[0, 3:5].tolist()
['Fjellvik', 'Dalsnes']
>>> render_frame(compare(tiny_graph(), ["9003", "9004"]), "en").set_index("punkt").loc["grenser_til", "felt"]
'borders'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

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
from dknet.messages.msg import Msg, Num, Text, joined
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


def section_name(section: str) -> Text:
    """What a ``seksjon`` value is called for people.

    >>> section_name("regionale planer").render("en"), section_name("kontorer").render("nn")
    ('regional plans', 'kontor')
    """
    return Msg(f"compare.section.{section.replace(' ', '_')}") if section in SECTIONS else section


def _value(d: dict[str, Any], attr: str) -> float | None:
    if attr == "planaarsverk":
        parts = [d.get("aarsverk_samfunn"), d.get("aarsverk_areal")]
        return None if all(p is None for p in parts) else float(sum(p or 0 for p in parts))
    v = d.get(attr)
    return None if v is None else float(v)


def _fmt(v: float, how: str) -> Num:
    """An indicator value to show: ``2 037``, ``+3,4``, a share as per cent without the sign (``26,5``).

    >>> [_fmt(v, how).render("nb") for v, how in ((2037.0, "0"), (-2.14, "+1"), (0.265, "%1"), (12.34, "1"))]
    ['2 037', '\u22122,1', '26,5', '12,3']
    >>> _fmt(2037.0, "0").render("en")
    '2,037'
    """
    share, signed = how.startswith("%"), how.startswith("+")
    return Num(v, decimals=int(how.lstrip("%+")), signed=signed, per_cent=share)


Cell: TypeAlias = Callable[[str], tuple[Text, Any]]


def _rows_for(codes: Sequence[str], section: str, item: str, field: Text, cell: Cell) -> dict[str, Any]:
    values = [cell(c) for c in codes]
    return {
        "seksjon": section,
        "punkt": item,
        "felt": field,
        **{c: v for c, (v, _) in zip(codes, values, strict=True)},
        "kilde": ", ".join(sorted({k for _, s in values if s for k in str(s).split(", ")} - {""})),
    }


class _Side:
    """What every section reads: the graph, the chosen municipalities, their nodes and attributes."""

    def __init__(self, G: Graph, codes: Sequence[str], config: PlanConfig) -> None:
        self.G, self.codes, self.config = G, list(codes), config
        self.nodes = {c: node_id(Label.MUNICIPALITY, c) for c in codes}
        self.data = {c: G.nodes[n] for c, n in self.nodes.items()}

    def others(self, c: str) -> list[str]:
        return [o for o in self.codes if o != c]

    def row(self, section: str, item: str, field: Text, cell: Cell) -> dict[str, Any]:
        return _rows_for(self.codes, section, item, field, cell)


def compare(G: Graph, codes: Sequence[str], *, config: PlanConfig | None = None) -> pd.DataFrame:
    """Side by side, one row per fact; columns ``seksjon``, ``punkt``, ``felt``, one per municipality, ``kilde``.

    ``felt`` and the cells are meaning, rendered at the edge; ``seksjon``, ``punkt`` and ``kilde``
    are machine values.
    """
    if len(codes) < 2:
        raise DknetError("error.compare.two")
    if len(set(codes)) < len(codes):
        raise DknetError("error.compare.once")
    side = _Side(G, codes, config or load_plan_config())
    rows = [
        *_indicator_rows(side),
        *_plan_rows(side),
        *_office_rows(side),
        *_arena_rows(side),
        *_scorecard_rows(side),
        *_relation_rows(side),
    ]
    columns = {c: f"{side.data[c]['name']} ({c})" for c in codes}
    return pd.DataFrame(rows).rename(columns=columns)


def _indicator_rows(side: _Side) -> list[dict[str, Any]]:
    everyone = [side.G.nodes[n] for n in nodes_of(side.G, Label.MUNICIPALITY)]
    rows = []
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
        ) -> tuple[Text, Any]:
            d = side.data[c]
            v = _value(d, attr)
            if v is None:
                return "", None
            rank = int(ranks[series == v].min())
            src = d.get("kapasitet_source") if attr == "planaarsverk" else d.get("source")
            return Msg("compare.rank_of", value=_fmt(v, how), rank=rank, total=Num(total)), fact_source(src)

        rows.append(side.row("indikatorer", attr, Msg(_ROW_LABEL.get(attr, f"compare.row.{attr}")), cell))
    return rows


def _plan_rows(side: _Side) -> list[dict[str, Any]]:
    config = side.config
    plans = {c: municipality_plans(side.G, c, config=config) for c in side.codes}

    def strategy(c: str) -> tuple[Text, Any]:
        p = plans[c]
        parts: list[Text] = [Msg(f"scorecard.plan.{p['status']}")]
        if p["planstrategi_vedtatt"]:
            parts.append(f" ({p['planstrategi_vedtatt']})")
        last = last_recorded(p, config)  # an earlier term's: shown, not the status
        if last:
            parts += ["; ", last]
        return joined(parts, sep=""), p["planstrategi_kilde"]

    def plan_cell(field: str) -> Cell:
        def cell(c: str) -> tuple[Text, Any]:
            p = plans[c]
            year, age, due = p[f"{field}_vedtatt"], p[f"{field}_alder"], p[f"{field}_revisjon"]
            if year is None:
                return Msg("compare.no_record"), None
            if p.get(f"{field}_omfang") == PROVISIONS_ONLY:  # the map is older: its age, or unknown
                if age is None:
                    return Msg("compare.age_provisions", year=year), p[f"{field}_kilde"]
                text = Msg("compare.age_provisions_map", year=year, map_year=config.day().year - age, age=age)
                return text, p[f"{field}_kilde"]
            return Msg("compare.age_due" if due == "forfalt" else "compare.age", year=year, age=age), p[
                f"{field}_kilde"
            ]

        return cell

    rows = [side.row("planer", "planstrategi", Msg("compare.row.planstrategi", term=config.term_name), strategy)]
    for plan_part in ("samfunnsdel", "arealdel"):
        rows.append(side.row("planer", plan_part, Msg(f"compare.row.{plan_part}"), plan_cell(plan_part)))
    return rows


def _office_rows(side: _Side) -> list[dict[str, Any]]:
    G, data = side.G, side.data

    def office(rel: Rel) -> Cell:
        def cell(c: str) -> tuple[Text, Any]:
            found = sorted(targets(G, side.nodes[c], rel))
            return ("; ".join(str(G.nodes[v]["name"]) for v in found), fact_source(data[c].get("source")))

        return cell

    rows = [
        side.row("kontorer", item, Msg(f"compare.row.{item}"), office(rel))
        for item, rel in (("fylkeskommune", Rel.IN_COUNTY), ("statsforvalter", Rel.SUPERVISED_BY))
    ]
    rows.append(
        side.row(
            "kontorer",
            "ba_region",
            Msg("compare.row.ba_region"),
            lambda c: (str(data[c].get("ba_region", "")), fact_source(data[c].get("source"))),
        )
    )
    return rows


def _arena_rows(side: _Side) -> list[dict[str, Any]]:
    G = side.G

    def groups(label: Label, kinds_: set[str] | None) -> Cell:
        def cell(c: str) -> tuple[Text, Any]:
            found = [
                (G.nodes[v], d)
                for _, v, d in G.out_edges(side.nodes[c], data=True)
                if d["type"] == Rel.MEMBER_OF.type
                and G.nodes[v]["label"] == label.label
                and (kinds_ is None or G.nodes[v].get("type") in kinds_)
            ]
            names = "; ".join(sorted(str(g["name"]) for g, _ in found)) or "–"
            srcs = {fact_source(d.get("source")) for _, d in found}
            return names, ", ".join(sorted(srcs)) or None

        return cell

    rows = [
        side.row("arenaer", item, Msg(f"compare.row.{item}"), groups(label, kinds_))
        for item, label, kinds_ in (
            ("plankontor", Label.PLAN_OFFICE, None),
            ("nettverk", Label.ARENA, {"nettverk", "prosjekt"}),
            ("planforum", Label.ARENA, {"planforum"}),
            ("regionraad", Label.ARENA, {"regionråd"}),
            ("andre", Label.ARENA, {"annet"}),
        )
    ]

    def regional(c: str) -> tuple[Text, Any]:
        found = [(G.nodes[u], d) for u, _, d in G.in_edges(side.nodes[c], data=True) if d["type"] == Rel.COVERS.type]
        names = "; ".join(sorted(str(p["name"]) for p, _ in found)) or "–"
        return names, ", ".join(sorted({fact_source(d.get("source")) for _, d in found})) or None

    rows.append(side.row("regionale planer", "regionale_planer", Msg("compare.row.regionale_planer"), regional))
    return rows


def _scorecard_rows(side: _Side) -> list[dict[str, Any]]:
    card = scorecard(side.G, codes=side.codes, config=side.config)
    rows = []
    for item in ("veiledning_fk", "veiledning_sf"):
        part = card[card.punkt == item].set_index("kommunenummer")
        facts = {str(c): (r.detaljer, str(r.kilde).replace(NO_RECORD, "")) for c, r in part.iterrows()}
        rows.append(side.row("veiledning", item, part["tekst"].iloc[0], facts.__getitem__))
    counts = {str(c): known_counts(part) for c, part in card.groupby("kommunenummer")}

    def met(c: str) -> tuple[Text, Any]:  # "2 av 2 kjente (100 %); 4 ukjent": unknown counts neither way
        k = counts[c]
        if not k["kjent"]:
            return Msg("share.none_known", unknown=k["ukjent"]), None
        share = Num(k["oppfylt"] / k["kjent"], share=True, decimals=0)
        return Msg("share.known", n=k["oppfylt"], known=k["kjent"], share=share, unknown=k["ukjent"]), None

    rows.append(side.row("anbefalinger", "oppfylt", Msg("compare.row.oppfylt"), met))
    return rows


def _relation_rows(side: _Side) -> list[dict[str, Any]]:
    G, data, nodes = side.G, side.data, side.nodes
    borders = {c: targets(G, nodes[c], Rel.BORDERS) for c in side.codes}

    def bordering(c: str) -> tuple[Text, Any]:
        return "; ".join(str(data[o]["name"]) for o in side.others(c) if nodes[o] in borders[c]) or "–", None

    def distance(c: str) -> tuple[Text, Any]:
        parts = [
            joined([str(data[o]["name"]), _fmt(km, "0")], sep=" ")
            for o in side.others(c)
            if (km := _km(data[c], data[o]))
        ]
        return joined(parts), None

    def shared(common_of: Callable[[str, str], list[str]]) -> Cell:
        def cell(c: str) -> tuple[Text, Any]:
            parts: list[Text] = []
            for o in side.others(c):
                common = common_of(c, o)
                if common:
                    parts.append(Msg("compare.with", name=data[o]["name"], names=", ".join(common)))
            return joined(parts, empty="–"), None

        return cell

    def neighbours(c: str, o: str) -> list[str]:
        return sorted(str(G.nodes[v]["name"]) for v in (borders[c] & borders[o]) - set(nodes.values()))

    def groups(c: str, o: str) -> list[str]:
        mine = targets(G, nodes[c], Rel.MEMBER_OF)
        return sorted(str(G.nodes[v]["name"]) for v in mine & targets(G, nodes[o], Rel.MEMBER_OF))

    return [
        side.row("forhold", "grenser_til", Msg("compare.row.grenser_til"), bordering),
        side.row("forhold", "avstand_km", Msg("compare.row.avstand_km"), distance),
        side.row("forhold", "felles_naboer", Msg("compare.row.felles_naboer"), shared(neighbours)),
        side.row("forhold", "felles_grupper", Msg("compare.row.felles_grupper"), shared(groups)),
    ]


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if "lon" not in a or "lon" not in b:
        return None
    return haversine_km(a["lon"], a["lat"], b["lon"], b["lat"])
