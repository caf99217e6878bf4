"""What the tooltips and the info panel say about a node or a line: Norwegian labels, formatted values.

Rows are ``[label, value]`` or ``[label, value, 1]`` when the value comes from an illustrative
record, so the page can mark it. Labels come from the schema's Norwegian column names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from dknet.graph import Graph, municipality_node, nodes_of, sea_links
from dknet.maps.scope import DrawnEdge
from dknet.maps.style import fmt_number
from dknet.messages.links import link_names
from dknet.names import parallel_names, skeleton
from dknet.present.numbers import percent
from dknet.schema import ILLUSTRATIVE, LAYERS, Label, Rel

#: Municipality indicators shown in tooltips, in order (column names of the kommuner/plankapasitet layers).
PROFILE = (
    "ba_region",
    "folketall_2026",
    "endring_2016_2026_pst",
    "andel_67pluss",
    "andel_80pluss",
    "sentralitetsklasse",
    "areal_km2",
    "befolkningstetthet",
    "aarsverk_samfunn",
    "aarsverk_areal",
    "bruker_konsulenter",
)
CAPACITY_FIELDS = ("aarsverk_samfunn", "aarsverk_areal", "bruker_konsulenter")


def fmt_field(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if name.startswith("andel_"):
        return percent(float(value), "nb", decimals=1)
    if name.startswith("folketall") or name in ("areal_km2", "sentralitetsindeks"):
        return fmt_number(value)
    if isinstance(value, float):
        return fmt_number(value, 2 if abs(value) < 10 else 1)
    return str(value)


def short(name: str, limit: int = 40) -> str:
    """A name cut to ``limit`` characters for a label (Sami and Kven parallel names are kept).

    >>> short("Guovdageaidnu - Kautokeino"), short("Plankontoret for Saltdal og omland (illustrativt)", 30)
    ('Guovdageaidnu - Kautokeino', 'Plankontoret for Saltdal og o…')
    """
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def column_nb(name: str) -> str:
    for layer in ("kommuner", "plankapasitet"):
        try:
            return LAYERS[layer].column(name).nb
        except KeyError:
            continue
    return name


# --------------------------------------------------------------------------- lookups


class Context:
    """Lookups shared by every view: names, the county and SF of each node, search keys."""

    def __init__(self, G: Graph) -> None:
        self.G = G
        self.county_name = {G.nodes[n]["key"]: str(G.nodes[n]["name"]) for n in nodes_of(G, Label.COUNTY)}
        self.sf_name = {G.nodes[n]["key"]: str(G.nodes[n]["name"]) for n in nodes_of(G, Label.STATE_ADMINISTRATOR)}
        self.sf_of_county: dict[str, str] = {}
        for u, v, d in G.edges(data=True):
            if d["type"] == Rel.SERVED_BY.type:
                self.sf_of_county[G.nodes[u]["key"]] = G.nodes[v]["key"]

    def counties_of(self, n: str) -> list[str]:
        """County numbers a node belongs to (for the county filter)."""
        G = self.G
        d = G.nodes[n]
        label = d["label"]
        if label == Label.MUNICIPALITY.label:
            return [str(d["fylkesnummer"])]
        if label == Label.COUNTY.label:
            return [str(d["key"])]
        if label == Label.STATE_ADMINISTRATOR.label:
            return sorted(c for c, s in self.sf_of_county.items() if s == d["key"])
        if label == Label.PLAN.label:
            owner = G.nodes.get(municipality_node(str(d.get("kommunenummer"))))
            return [str(owner["fylkesnummer"])] if owner else []
        out: set[str] = set()
        for other in [*G.predecessors(n), *G.successors(n)]:
            od = G.nodes[other]
            if od["label"] == Label.MUNICIPALITY.label:
                out.add(str(od["fylkesnummer"]))
            elif od["label"] == Label.COUNTY.label:
                out.add(str(od["key"]))
        return sorted(out)

    def sfs_of(self, n: str, counties: Sequence[str]) -> list[str]:
        """SF office ids a node belongs to (for the SF filter)."""
        d = self.G.nodes[n]
        if d["label"] == Label.STATE_ADMINISTRATOR.label:
            return [str(d["key"])]
        return sorted({self.sf_of_county[c] for c in counties if c in self.sf_of_county})

    def search_keys(self, n: str) -> list[str]:
        """Skeletons of every name the node answers to (the CLI's matching rule, :func:`dknet.names.skeleton`)."""
        d = self.G.nodes[n]
        names = set(parallel_names(str(d["name"])))
        if d["label"] == Label.MUNICIPALITY.label:
            ssb = d.get("navn_ssb")
            if isinstance(ssb, str) and ssb:
                names.add(ssb)
                names.update(parallel_names(ssb.split(" (")[0]))
            region = parallel_names(self.county_name.get(str(d["fylkesnummer"]), ""))
            names.update(f"{a} {r}" for a in list(names) if "(" not in a for r in region if r)
        names.add(str(d["key"]))
        return sorted({k for k in (skeleton(x) for x in names) if k})


# --------------------------------------------------------------------------- municipality summaries


def municipality_rows(ctx: Context, n: str) -> tuple[list[list[Any]], bool, bool]:
    """Tooltip rows for a municipality, and whether any row is illustrative (profile, relations)."""
    G = ctx.G
    d = G.nodes[n]
    rows: list[list[Any]] = [
        ["Kommunenummer", str(d["key"])],
        ["Fylke", ctx.county_name.get(str(d["fylkesnummer"]), str(d["fylkesnummer"]))],
    ]
    sf = ctx.sf_of_county.get(str(d["fylkesnummer"]))
    if sf:
        rows.append(["Statsforvalter", ctx.sf_name.get(sf, sf)])
    capacity_ill = d.get("kapasitet_source") == ILLUSTRATIVE
    any_capacity = False
    for name in PROFILE:
        if name not in d:
            continue
        value = fmt_field(name, d[name])
        if name == "sentralitetsklasse" and "sentralitetsindeks" in d:
            value += f" (indeks {d['sentralitetsindeks']})"
        row: list[Any] = [column_nb(name), value]
        if name in CAPACITY_FIELDS:
            any_capacity = True
            if capacity_ill:
                row.append(1)
        rows.append(row)
    rel_ill = False
    plans, offices, arenas = [], [], []
    for _, v, e in sorted(G.out_edges(n, data=True), key=lambda t: t[1]):
        od = G.nodes[v]
        ill = e.get("source") == ILLUSTRATIVE or od.get("source") == ILLUSTRATIVE
        if e["type"] == Rel.HAS_PLAN.type:
            plans.append((f"{od.get('plantype', '')} {od.get('vedtatt_aar', '')}".strip(), ill))
        elif e["type"] == Rel.MEMBER_OF.type and od["label"] == Label.PLAN_OFFICE.label:
            offices.append((str(od["name"]), ill))
        elif e["type"] == Rel.MEMBER_OF.type and od["label"] == Label.ARENA.label:
            arenas.append((str(od["name"]), ill))
    covers = [u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.COVERS.type]
    guidance: Counter[str] = Counter()
    last_year = 0
    guidance_ill = False
    for u, _, e in G.in_edges(n, data=True):
        if e["type"] == Rel.GUIDES.type:
            who = "FK" if G.nodes[u]["label"] == Label.COUNTY.label else "SF"
            guidance[who] += int(e.get("antall", 1))
            last_year = max(last_year, int(e.get("aar", 0)))
            guidance_ill |= e.get("source") == ILLUSTRATIVE
    neighbours = {v for _, v, e in G.out_edges(n, data=True) if e["type"] == Rel.BORDERS.type}

    def add(label: str, items: list[tuple[str, bool]], sep: str = " · ") -> None:
        nonlocal rel_ill
        if items:
            ill = any(i for _, i in items)
            rel_ill |= ill
            rows.append([label, sep.join(t for t, _ in items), *([1] if ill else [])])

    add("Planer (vedtatt år)", plans)
    add("Plankontor", offices, "; ")
    add(f"Arenaer ({len(arenas)})", arenas, "; ")
    if covers:
        ill = any(G.nodes[c].get("source") == ILLUSTRATIVE for c in covers)
        rel_ill |= ill
        rows.append(["Regionale planer", str(len(covers)), *([1] if ill else [])])
    if guidance:
        text = f"FK {guidance['FK']} · SF {guidance['SF']} kontakter, siste {last_year}"
        rel_ill |= guidance_ill
        rows.append(["Veiledning (alle år)", text, *([1] if guidance_ill else [])])
    rows.append(["Naboer (felles grense)", str(len(neighbours))])
    rows.append(["Kilde", str(d.get("source", ""))])
    return rows, capacity_ill and any_capacity, rel_ill


def hub_rows(ctx: Context, n: str) -> list[list[Any]]:
    """Tooltip rows for a county, SF, plan office, arena, regional plan or plan."""
    G = ctx.G
    d = G.nodes[n]
    label = d["label"]
    ill = [1] if d.get("source") == ILLUSTRATIVE else []
    rows: list[list[Any]] = []

    def names(nodes: Iterable[str], limit: int = 12) -> str:
        items = sorted(short(str(G.nodes[x]["name"]), 60) for x in nodes)
        more = f" … (+{len(items) - limit})" if len(items) > limit else ""
        return "; ".join(items[:limit]) + more

    members = sorted({u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.MEMBER_OF.type})
    given = sum(int(e.get("antall", 1)) for _, _, e in G.out_edges(n, data=True) if e["type"] == Rel.GUIDES.type)
    if label == Label.COUNTY.label:
        munis = [u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.IN_COUNTY.type]
        sf = ctx.sf_of_county.get(str(d["key"]))
        rows += [["Fylkesnummer", str(d["key"])], ["Statsforvalter", ctx.sf_name.get(sf or "", sf or "")]]
        rows.append(["Kommuner", str(len(munis))])
        owns = [v for _, v, e in G.out_edges(n, data=True) if e["type"] == Rel.OWNS.type]
        if owns:
            rows.append(["Regionale planer", names(owns)])
    elif label == Label.STATE_ADMINISTRATOR.label:
        counties = [u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.SERVED_BY.type]
        munis = [u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.SUPERVISED_BY.type]
        rows += [["Fylker", names(counties)], ["Kommuner", str(len(munis))]]
    elif label == Label.PLAN_OFFICE.label:
        hosts = [u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.HOSTS.type]
        rows += [[column_of("plankontor", k), str(d[k])] for k in ("form", "status") if k in d]
        years = "–".join(str(d[k]) for k in ("fra_aar", "til_aar") if k in d)
        if years:
            rows.append(["År", years])
        if hosts:
            rows.append(["Vertskommune", names(hosts)])
        rows.append([f"Medlemmer ({len(members)})", names(members)])
    elif label == Label.ARENA.label:
        rows += [[column_of("arenaer", "type"), str(d.get("type", ""))]]
        orgs = [u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.ORGANISES.type]
        if orgs:
            rows.append(["Arrangør", names(orgs)])
        years = "–".join(str(d[k]) for k in ("fra_aar", "til_aar") if k in d)
        if years:
            rows.append(["År", years])
        rows.append([f"Medlemmer ({len(members)})", names(members)])
    elif label == Label.REGIONAL_PLAN.label:
        owners = [u for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.OWNS.type]
        covered = [v for _, v, e in G.out_edges(n, data=True) if e["type"] == Rel.COVERS.type]
        rows += [["Eier", names(owners)]]
        rows += [[column_of("regionale_planer", k), str(d[k])] for k in ("tema", "vedtatt_aar") if k in d]
        rows.append([f"Dekker ({len(covered)} kommuner)", names(covered)])
    elif label == Label.PLAN.label:
        owner = municipality_node(str(d.get("kommunenummer")))
        rows += [["Kommune", str(G.nodes[owner]["name"]) if owner in G else str(d.get("kommunenummer"))]]
        rows += [[column_of("planer", k), str(d[k])] for k in ("plantype", "vedtatt_aar") if k in d]
    if given:
        rows.append(["Veiledningskontakter gitt (alle år)", fmt_number(given)])
    if d.get("beskrivelse"):
        rows.append(["Beskrivelse", str(d["beskrivelse"])])
    rows.append(["Kilde", str(d.get("source", "")), *ill])
    return rows


def column_of(layer: str, name: str) -> str:
    return LAYERS[layer].column(name).nb


# --------------------------------------------------------------------------- edges


def edge_detail(G: Graph, line: DrawnEdge) -> str:
    rec = line.records[0]
    if line.rel == Rel.BORDERS.type and "grenselengde_km" in rec:
        return f"felles grense {fmt_number(rec['grenselengde_km'], 1)} km"
    if line.rel == Rel.SEA_NEIGHBOUR.type and "avstand_km" in rec:
        km = float(rec["avstand_km"])
        return "under 1 km over vann" if km < 1 else f"{fmt_number(km, 1)} km over vann i luftlinje"
    if line.rel == Rel.FERRY.type:
        road = rec.get("vegnummer")
        return f"ferje {rec.get('navn', '')}" + (f" ({road})" if road else "")
    if line.rel == Rel.SEA_LINK.type:
        return link_names(sea_links(rec), "nb")
    if line.rel == Rel.GUIDES.type:
        total = sum(int(r.get("antall", 1)) for r in line.records)
        years = sorted({int(r["aar"]) for r in line.records if "aar" in r})
        forms = Counter(str(r.get("form", "")) for r in line.records)
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")
        kinds = ", ".join(f"{k} ×{v}" for k, v in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])) if k)
        return f"{total} kontakter {span} ({kinds})".replace("  ", " ")
    if line.rel == Rel.MEMBER_OF.type and rec.get("rolle"):
        return f"rolle: {rec['rolle']}"
    return ""
