"""Look at the graph: counts, data sources, one municipality's profile and relations.

Functions take the graph first and return DataFrames, so the CLI only formats them.

>>> from dknet.graph import build_graph
>>> from dknet.schema import LAYERS
>>> import pandas as pd
>>> t = {name: pd.DataFrame(columns=layer.column_names) for name, layer in LAYERS.items()}
>>> t["statsforvaltere"] = pd.DataFrame([{"statsforvalter_id": "tr", "navn": "SF Trøndelag", "source": "x"}])
>>> t["fylker"] = pd.DataFrame([{"fylkesnummer": "50", "navn": "Trøndelag", "statsforvalter_id": "tr",
...                              "source": "x"}])
>>> t["kommuner"] = pd.DataFrame([{"kommunenummer": "5026", "navn": "Holtålen", "navn_ssb": "Holtålen",
...                                "fylkesnummer": "50", "folketall_2026": 2037, "source": "SSB"}])
>>> G = build_graph(t)
>>> resolve_municipality(G, "holtaalen")
'5026'
>>> municipality_relations(G, "5026")[["relasjon", "navn"]].values.tolist()
[['ligger i', 'Trøndelag'], ['følges opp av', 'SF Trøndelag']]
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from dknet.graph import Graph, has_illustrative, label_counts, municipality_node, relationship_counts, sea_links
from dknet.messages import Lang, t
from dknet.messages.links import link_names
from dknet.names import NameIndex
from dknet.present.numbers import number
from dknet.schema import ILLUSTRATIVE, LABELS_BY_NAME, LAYERS, RELS_BY_NAME, USER_SOURCE, Label, Rel

#: Profile fields shown by ``dknet show``, in order (the rest of the node's properties follow in JSON).
PROFILE_FIELDS = (
    "kommunenummer",
    "navn",
    "navn_ssb",
    "fylkesnummer",
    "landsdel",
    "ba_region",
    "folketall_2016",
    "folketall_2024",
    "folketall_2025",
    "folketall_2026",
    "endring_2016_2026_pst",
    "andel_20_66",
    "andel_67pluss",
    "andel_80pluss",
    "sentralitetsindeks",
    "sentralitetsklasse",
    "areal_km2",
    "befolkningstetthet",
    "lon",
    "lat",
    # the challenge profile's public layers (data/README.md)
    "kostragruppe",
    "utgiftsbehov_2026",
    "kystandel",
    "oykommune",
    "ferjesamband",
    "ferjeavhengig",
    "vinterstengte_veger",
    "fritidsboliger_2023",
    "vernet_areal_km2",
    "sysselsatte_2017",
    "havbruk_2017",
    "primaer_andel_2020",
    "industri_andel_2020",
    "fiskere_2018",
    "aarsverk_samfunn",
    "aarsverk_areal",
    "bruker_konsulenter",
)
ILLUSTRATIVE_NOTE = (
    "Merk / note: rows marked source=illustrative are generated, illustrative records (no public source "
    "exists); replace them with your own registers (dknet validate DIR; --data DIR)."
)


#: Bundled sources that are public data (statistics, maps, registers), by how their name begins.
_PUBLIC_PREFIXES = ("ssb", "kartverket", "statsforvalteren", "fhi", "kostra", "sametinget", "nivi")


def source_kind(source: str | None) -> str:
    """The kind of source a row of ``dknet show`` rests on: ``public``, ``curated``, ``illustrative``,
    ``user`` or ``assumed`` (empty when there is none); people read it through :func:`source_label`.

    Public data (SSB, Kartverket …) and records transcribed from a cited web page (``curated web
    (see source_url)``) are told apart; any other name (a county's own register) is the user's.

    >>> [source_kind(s) for s in ("SSB; Kartverket; FHI csdata", "curated web (see source_url)", "illustrative")]
    ['public', 'curated', 'illustrative']
    >>> source_kind("Planregister Tydal"), source_kind("assumed"), source_kind(None)
    ('user', 'assumed', '')
    """
    if not source:
        return ""
    s = str(source).strip().lower()
    if s == ILLUSTRATIVE:
        return "illustrative"
    if s == "assumed":
        return "assumed"
    if s == USER_SOURCE:
        return "user"
    if s.startswith("curated"):
        return "curated"
    if s.startswith(_PUBLIC_PREFIXES):
        return "public"
    return "user"


def source_label(source: str | None, lang: Lang = "nb") -> str:
    """A row's source as people read it in ``lang``: ``offentlig kilde``, ``kuratert fra nettside``, ``illustrativ`` …

    >>> source_label("curated web (see source_url)", "nb"), source_label("Kartverket (computed)", "nn")
    ('kuratert fra nettside', 'offentleg kjelde')
    >>> source_label("illustrative", "en"), source_label("", "nb")
    ('illustrative', '')
    """
    kind = source_kind(source)
    return t(f"show.source.{kind}", lang) if kind else ""


def municipality_index(G: Graph) -> NameIndex:
    """A name index over the graph's municipalities (numbers, names, Sami/Kven names)."""
    rows = [
        {
            "kommunenummer": d["key"],
            "navn": d["name"],
            "navn_ssb": d.get("navn_ssb", ""),
            "fylkesnummer": d["fylkesnummer"],
        }
        for _, d in G.nodes(data=True)
        if d["label"] == Label.MUNICIPALITY.label
    ]
    counties = {d["key"]: d["name"] for _, d in G.nodes(data=True) if d["label"] == Label.COUNTY.label}
    return NameIndex.from_municipalities(pd.DataFrame(rows), counties, G.graph.get("old_codes"))


def resolve_municipality(G: Graph, query: str) -> str:
    """The kommunenummer for a number or name as a planner types it (errors name the closest)."""
    return municipality_index(G).resolve(query)


def resolve_county(G: Graph, query: str) -> str:
    """The fylkesnummer for a county number or name (``50``, ``Trøndelag``, ``trondelag``)."""
    rows = [
        {"fylkesnummer": d["key"], "navn": d["name"]} for _, d in G.nodes(data=True) if d["label"] == Label.COUNTY.label
    ]
    return NameIndex.from_counties(pd.DataFrame(rows)).resolve(query)


def resolve_sf(G: Graph, query: str) -> str:
    """The statsforvalter_id for an office id or name (``trondelag``, ``Statsforvalteren i Trøndelag``,
    or the name of a county it serves, e.g. ``Finnmark`` → ``troms-og-finnmark``)."""
    from dknet.names import Entry, parallel_names

    entries, aliases = [], {}
    for n, d in G.nodes(data=True):
        if d["label"] != Label.STATE_ADMINISTRATOR.label:
            continue
        key, name = str(d["key"]), str(d["name"])
        counties = [str(G.nodes[u]["name"]) for u, _, e in G.in_edges(n, data=True) if e["type"] == Rel.SERVED_BY.type]
        entries.append(Entry(key, name, ""))
        aliases[key] = [
            key,
            name,
            name.removeprefix("Statsforvalteren i "),
            *(p for c in counties for p in parallel_names(c)),
        ]
    return NameIndex("state administrator office", entries, aliases, 0).resolve(query)


def label_table(G: Graph) -> pd.DataFrame:
    """Node counts per label, with Norwegian and English names."""
    counts = label_counts(G)
    return pd.DataFrame(
        [
            {"label": lab.label, "navn": lab.display_nb, "name": lab.display_en, "antall": counts.get(lab.label, 0)}
            for lab in Label
        ]
    )


def relationship_table(G: Graph) -> pd.DataFrame:
    """Edge counts per relationship type (BORDERS once per pair)."""
    counts = relationship_counts(G)
    return pd.DataFrame(
        [{"type": r.type, "navn": r.display_nb, "name": r.display_en, "antall": counts.get(r.type, 0)} for r in Rel]
    )


def source_table(G: Graph) -> pd.DataFrame:
    """Per data layer: records, how many are real, curated, user-supplied and illustrative, and the files.

    *real*: public data (SSB, Kartverket, computed from them); *curated*: transcribed from a cited
    public web page (``data/curated/citations.csv``); *user*: read from ``--data DIR``;
    *illustrative*: generated (``source=illustrative``). What-if records (``--assume``) are
    counted as *assumed*. A graph without the per-kind counts (one pulled from Neo4j) leaves
    those columns empty.
    """
    layers: dict[str, dict[str, Any]] = G.graph.get("layers", {})
    illustrative = has_illustrative(G)
    rows = []
    for name, info in layers.items():
        kinds: dict[str, int] = info.get("kinds") or {}
        row: dict[str, Any] = {"lag": name, "layer": LAYERS[name].en, "poster": info["records"]}
        for kind in ("real", "curated", "user"):
            row[kind] = kinds.get(kind) if kinds else None
        if illustrative:  # the real data set has none: no column of zeros
            row["illustrative"] = info["illustrative"]
        if kinds.get("assumed"):
            row["assumed"] = kinds["assumed"]
        row["filer"] = "; ".join(info["files"])
        rows.append(row)
    df = pd.DataFrame(rows)
    if "assumed" in df.columns:
        df["assumed"] = df["assumed"].fillna(0).astype(int)
        df = df[[c for c in df.columns if c != "filer"] + ["filer"]]
    return df


def municipality_profile(G: Graph, code: str) -> pd.DataFrame:
    """The municipality's indicators as rows (felt, field, verdi, source)."""
    d = G.nodes[municipality_node(code)]
    layer = LAYERS["kommuner"]
    capacity = LAYERS["plankapasitet"]
    rows = []
    for name in PROFILE_FIELDS:
        if name not in d:
            continue
        from_capacity = name not in layer.column_names
        col = capacity.column(name) if from_capacity else layer.column(name)
        source = d.get("kapasitet_source") if from_capacity else d.get("source")
        rows.append({"felt": col.nb, "field": col.en, "verdi": d[name], "source": source})
    return pd.DataFrame(rows, columns=["felt", "field", "verdi", "source"])


def _km(value: Any, lang: Lang) -> str:
    """A distance as the language writes it (``18,17``), ``?`` when missing."""
    return "?" if value is None else number(value, lang, decimals=2)


def _describe_edge(rel: str, other: dict[str, Any], data: dict[str, Any], lang: Lang = "nb") -> str:
    """The details of one relation, numbers in ``lang`` (``felles grense 18,17 km``).

    >>> _describe_edge("BORDERS", {}, {"grenselengde_km": 18.17}, "nb")
    'felles grense 18,17 km'
    >>> _describe_edge("HAS_PLAN", {"plantype": "arealdel", "vedtatt_aar": 2021, "omfang": "bestemmelser"}, {}, "nb")
    'arealdel, vedtatt 2021 (bare bestemmelsene revidert, plankartet ikke)'
    """
    if rel == Rel.BORDERS.type:
        text = t("show.border", lang, km=_km(data.get("grenselengde_km"), lang))
        if data.get("grense_merknad"):
            text += f" ({data['grense_merknad']})"
        if data.get("vinterstengt"):
            text += "; " + t("reason.winter", lang, roads=data["vinterstengt"])
        return text
    if rel == Rel.SEA_NEIGHBOUR.type:
        return t("show.sea", lang, km=_km(data.get("avstand_km"), lang))
    if rel == Rel.FERRY.type:
        road = data.get("vegnummer")
        return t("overview.ferry", lang, name=data.get("navn", "")) + (f" ({road})" if road else "")
    if rel == Rel.SEA_LINK.type:
        return link_names(sea_links(data), lang)
    if rel == Rel.GUIDES.type:
        return f"{data.get('aar', '')} {data.get('form', '')} ×{data.get('antall', 1)}".strip()
    if rel == Rel.HAS_PLAN.type:
        year = other.get("vedtatt_aar")
        kind = str(other.get("plantype", ""))
        text = t("show.adopted", lang, kind=kind, year=year) if year else kind
        if other.get("omfang") == "bestemmelser":
            text += f" ({t('show.provisions_only', lang)})"
        return text
    if rel == Rel.MEMBER_OF.type:
        parts = [other.get("type") or other.get("form"), other.get("status"), data.get("rolle")]
        years = "–".join(str(other[k]) for k in ("fra_aar", "til_aar") if k in other)
        return ", ".join(str(p) for p in [*parts, years] if p)
    if rel == Rel.COVERS.type:
        return str(other.get("tema", ""))
    return ""


#: Relations read from the municipality's end, where "(av)" would read badly: (Norwegian, English).
_INCOMING = {Rel.GUIDES: ("får veiledning fra", "gets guidance from"), Rel.COVERS: ("dekkes av", "covered by")}


def municipality_relations(G: Graph, code: str, *, lang: Lang = "nb") -> pd.DataFrame:
    """Every relation of the municipality: relation, type, the other end, details, source, in ``lang``.

    The relation and the other end's label are English for ``en``, Norwegian otherwise (the schema
    has no nynorsk names); ``type`` and ``label`` keys stay as stored.
    """
    me = municipality_node(code)
    rows = []
    edges = [(v, d, "out") for _, v, d in G.out_edges(me, data=True)]
    edges += [(u, d, "in") for u, _, d in G.in_edges(me, data=True) if not RELS_BY_NAME[d["type"]].symmetric]
    for other, data, direction in edges:
        rel = RELS_BY_NAME[data["type"]]
        od = G.nodes[other]
        en = lang == "en"
        word = rel.display_en if en else rel.display_nb
        if direction == "out":
            name = word
        else:
            name = _INCOMING[rel][en] if rel in _INCOMING else t("show.incoming", lang, rel=word)
        label = LABELS_BY_NAME[od["label"]]
        rows.append(
            {
                "relasjon": name,
                "type": rel.type,
                "label": label.display_en if en else label.display_nb,
                "id": od["key"],
                "navn": od["name"],
                "detaljer": _describe_edge(rel.type, od, data, lang),
                "source": data.get("source") or od.get("source"),
            }
        )
    order = {r.type: i for i, r in enumerate(Rel)}
    df = pd.DataFrame(rows, columns=["relasjon", "type", "label", "id", "navn", "detaljer", "source"])
    df["_o"] = df["type"].map(order)
    return df.sort_values(["_o", "id", "detaljer"], kind="stable").drop(columns="_o").reset_index(drop=True)


def uses_illustrative(*frames: pd.DataFrame) -> bool:
    """True when any row of the frames has ``source == illustrative`` (the output must say so)."""
    return any("source" in f.columns and (f["source"] == ILLUSTRATIVE).any() for f in frames)


def municipality_scorecard(G: Graph, code: str, *, lang: Lang = "en") -> pd.DataFrame:
    """The municipality's scorecard of the Distriktskommune 3.0 recommendations (tekst, status, detaljer, kilde).

    ``tekst`` and ``detaljer`` are in ``lang``.
    """
    from dknet.analysis.scorecard import scorecard
    from dknet.present.render import render_frame

    card = render_frame(scorecard(G, codes=[code]), lang)
    return card[["tekst", "status", "detaljer", "kilde"]].reset_index(drop=True)
