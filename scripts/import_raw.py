"""Build dknet's bundled real data set (``data/real``, ``data/boundaries``, ``data/reference``).

A one-off, developer-side step: it reads the raw public files (SSB, Kartverket, FHI csdata and
hand-curated web facts, as collected in the project's shared raw-data folder) and writes the
tables dknet reads at run time. dknet itself never reads the raw folder.

    python scripts/import_raw.py --raw ../shared/data/raw --out data
    python scripts/import_raw.py --curated-only --out data     # only the curated tier

What it does, layer by layer (see data/README.md for provenance and licences):
- kommuner: the derived master table (SSB population, age shares, centrality; BA regions;
  Kartverket names, area and centroids), renamed to dknet's columns.
- fylker, statsforvaltere: the curated county → state-administrator table (2024).
- grenser: municipality adjacency from the Kartverket boundaries in TopoJSON. Two
  municipalities border each other when their polygons share at least one TopoJSON arc (the
  topology stores each shared boundary line once, so this is exact for the simplified file);
  the shared length is the geodesic length of those arcs. The boundaries are clipped to the
  coastline, so only land borders count: island municipalities can have none.
- travel and challenge indicators (:func:`travel`, geometry in ``scripts/geography.py``): SSB's
  KOSTRA group and KDD's expenditure-need index as columns of kommuner; coastline, coast share,
  island flag, ferry and winter-closure counts; ``ferjesamband.csv`` (NVDB ferry routes mapped to
  municipality pairs); ``grense_merknad`` and ``vinterstengt`` on grenser; ``sjonaboer.csv`` with
  the coast rule of ``scripts/compute_sea_neighbours.py``.
- arenaer / arena_medlemmer: Distriktskommune 3.0 and the KDD arealstrategi pilot.
- plankontor / plankontor_medlemmer: the historic plan cooperations.
- the curated tier (``--curated-only`` runs just this step): the research helpers' staging files
  in ``data/staging/*/`` (each with a ``citations.csv`` sidecar) pass the quality control in
  :data:`DROPS` and become ``data/curated/<layer>.csv`` plus one ``data/curated/citations.csv``;
  their plan cooperations replace ``real/plankontor*.csv`` (the newer record wins) and their
  project periods update ``real/arenaer.csv``. See docs/data-coverage.md.
- reference/kommunenummer_2020_2023.csv: municipality numbers valid 2020-2023 that changed on
  2024-01-01, matched by name (within the county) from the BA-region workbook, to tell users
  "1567 is the pre-2024 number of Rindal, now 5061".
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import re
import shutil
import unicodedata
from collections import defaultdict
from pathlib import Path

import pandas as pd

from dknet.schema import LAYERS

REAL_SOURCE = {
    "kommuner": "SSB; Kartverket; FHI csdata; KDD; NVDB",
    "ferjesamband": "Statens vegvesen NVDB",
    "fylker": "Kartverket; statsforvalteren.no",
    "statsforvaltere": "statsforvalteren.no",
    "grenser": "Kartverket (computed)",
}


def slug(text: str) -> str:
    """ASCII slug for ids: 'Statsforvalteren i Møre og Romsdal' → 'more-og-romsdal'."""
    text = text.replace("Statsforvalteren i ", "")
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})
    text = unicodedata.normalize("NFKD", text.translate(table)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write(df: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {path} ({len(df)} rows)")


def municipalities(raw: Path) -> pd.DataFrame:
    m = pd.read_csv(raw / "derived/kommuner_2024_master.csv", dtype={"kommunenummer": str, "fylkesnummer": str})
    out = pd.DataFrame(
        {
            "kommunenummer": m.kommunenummer,
            "navn": m.kommunenavn_kartverket,
            "navn_ssb": m.kommunenavn_ssb,
            "fylkesnummer": m.fylkesnummer,
            "landsdel": m.landsdel,
            "ba_region": m.ba_region,
            "folketall_2016": m.folketall_2016,
            "folketall_2024": m.folketall_2024,
            "folketall_2025": m.folketall_2025,
            "folketall_2026": m.folketall_2026,
            "endring_2016_2026_pst": m.endring_2016_2026_pst,
            "andel_20_66": m.andel_20_66_2026,
            "andel_67pluss": m.andel_67pluss_2026,
            "andel_80pluss": m.andel_80pluss_2026,
            "sentralitetsindeks": m.sentralitetsindeks,
            "sentralitetsklasse": m.sentralitetsklasse,
            "areal_km2": m.area_km2_polygon,
            "befolkningstetthet": m.befolkningstetthet_2026,
            "lon": m.centroid_lon,
            "lat": m.centroid_lat,
            "label_lon": m.label_point_lon,
            "label_lat": m.label_point_lat,
            "source": REAL_SOURCE["kommuner"],
            "source_url": "",
        }
    )
    # SSB's harmonised series has 0 inhabitants before the split for municipalities created
    # by a split (Narvik, Hamarøy, Heim, Hitra, Orkland in 2016); FHI csdata back-casts them.
    ages = pd.read_csv(raw / "csdata_fhi/nor_population_by_agegroup_municip_b2024.csv", dtype={"kommunenummer": str})
    back = ages[ages.year == 2016].set_index("kommunenummer")["total"]
    split = out.folketall_2016 == 0
    out.loc[split, "folketall_2016"] = out.loc[split, "kommunenummer"].map(back)
    out.loc[split, "endring_2016_2026_pst"] = (
        (out.loc[split, "folketall_2026"] / out.loc[split, "folketall_2016"] - 1) * 100
    ).round(2)
    out.loc[split, "source"] = REAL_SOURCE["kommuner"] + " (2016: FHI csdata back-cast, split municipality)"
    out["folketall_2016"] = out["folketall_2016"].astype(int)
    return out.sort_values("kommunenummer").reset_index(drop=True)


def counties(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    sf = pd.read_csv(raw / "curated_web/statsforvalter_fylke_2024.csv", dtype=str)
    geo = json.loads((raw / "robhop_fylker_og_kommuner/Fylker-S.geojson").read_text(encoding="utf-8"))
    names = {f["properties"]["fylkesnummer"]: f["properties"]["fylkesnavn"] for f in geo["features"]}
    offices = (
        sf.drop_duplicates("statsforvalter_embete")
        .assign(statsforvalter_id=lambda d: d.statsforvalter_embete.map(slug))
        .rename(columns={"statsforvalter_embete": "navn", "kilde_url": "source_url"})
        .assign(source=REAL_SOURCE["statsforvaltere"])[["statsforvalter_id", "navn", "source", "source_url"]]
        .sort_values("statsforvalter_id")
    )
    fylker = pd.DataFrame(
        {
            "fylkesnummer": sf.fylkesnummer,
            "navn": sf.fylkesnummer.map(names),
            "statsforvalter_id": sf.statsforvalter_embete.map(slug),
            "source": REAL_SOURCE["fylker"],
            "source_url": sf.kilde_url,
        }
    ).sort_values("fylkesnummer")
    assert fylker.navn.notna().all()
    return fylker, offices


def _haversine_km(a: list[float], b: list[float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def borders(raw: Path) -> pd.DataFrame:
    topo = json.loads((raw / "robhop_fylker_og_kommuner/Kommuner-S.topojson").read_text(encoding="utf-8"))
    if "transform" in topo:
        raise SystemExit("quantised TopoJSON not supported; expected absolute coordinates")
    owners: dict[int, set[str]] = defaultdict(set)

    def walk(x: object, code: str) -> None:
        if isinstance(x, int):
            owners[x if x >= 0 else ~x].add(code)
        else:
            for y in x:  # type: ignore[attr-defined]
                walk(y, code)

    for g in topo["objects"]["Kommuner"]["geometries"]:
        walk(g["arcs"], g["properties"]["kommunenummer"])
    length: dict[tuple[str, str], float] = defaultdict(float)
    for arc, codes in owners.items():
        if len(codes) == 2:
            a, b = sorted(codes)
            pts = topo["arcs"][arc]
            length[(a, b)] += sum(_haversine_km(p, q) for p, q in itertools.pairwise(pts))
        elif len(codes) > 2:
            raise SystemExit(f"arc {arc} shared by {codes}")
    rows = [
        {
            "kommune_a": a,
            "kommune_b": b,
            "grenselengde_km": round(km, 2),
            "source": REAL_SOURCE["grenser"],
            "source_url": "",
        }
        for (a, b), km in sorted(length.items())
    ]
    return pd.DataFrame(rows)


def indicators(raw: Path) -> pd.DataFrame:
    """SSB's KOSTRA group (2024 numbers) and KDD's expenditure-need index (2025, 2026) per municipality.

    Blank where the source has no value: Utsira (1151) and Modalen (4629) are missing from the
    index files, and Lørenskog (3222) is blanked in the raw folder (the source repository stored a
    test value for it).
    """
    k = pd.read_csv(raw / "ssb_kostragrupper/kostragrupper_2024.csv", dtype={"kommunenummer": str})
    u = pd.read_csv(raw / "kdd_utgiftsbehov/kmd_utgiftsbehov_indeks_2025_2026.csv", dtype={"kommunenummer": str})
    out = k[["kommunenummer", "kostragruppe"]].merge(
        u[["kommunenummer", "indeks_utgiftsbehov_2025", "indeks_utgiftsbehov_2026"]], on="kommunenummer", how="outer"
    )
    return out.rename(
        columns={"indeks_utgiftsbehov_2025": "utgiftsbehov_2025", "indeks_utgiftsbehov_2026": "utgiftsbehov_2026"}
    )


def land_use(sources: Path, kommuner: pd.DataFrame, old: pd.DataFrame) -> pd.DataFrame:
    """SSB's second homes (05467, 2023), protected area (08936, 2024), aquaculture jobs (13470, 2017),
    the shares of employed residents in primary industries and in manufacturing (07984, 2020) and
    Fiskeridirektoratet's fishermen (2018, :func:`fishermen`).

    From ``data/sources`` (provenance in its SOURCES.md). The second homes come in 2020 numbers:
    a number still valid in 2024 is kept, a changed one is mapped by ``old`` (the reference
    table) or, where that has none, by the source's own name within the 2024 county it moved
    to. Ålesund's 2020 figure (1507) covers today's Ålesund and Haram together, so both are left
    blank. Blank stays blank: five municipalities split in 2020 have no aquaculture figure, six
    no protected-area figure. The 2020 shares come harmonised to the 2024 numbers; Ålesund's and
    Haram's are one estimate for both (``estimert``), so both are left blank, and percent becomes
    a share.
    """
    f = pd.read_csv(sources / "ssb_05467_fritidsboliger_2006_2023.csv", dtype=str)
    by_old = dict(zip(old.gammelt_nummer, old.nytt_nummer, strict=True))
    names = {(str(n).lower(), str(c)[:2]): str(c) for c, n in zip(kommuner.kommunenummer, kommuner.navn, strict=True)}
    moved = {"30": ("31", "32", "33"), "38": ("39", "40"), "54": ("55", "56")}

    def new_code(code: str, name: str) -> str | None:
        if code == "1507":  # split on 2024-01-01 into 1508 Ålesund and 1580 Haram: no figure for either
            return None
        if code in set(kommuner.kommunenummer):
            return code
        if code in by_old:
            return str(by_old[code])
        hits: list[str] = [names[(name.lower(), c)] for c in moved.get(code[:2], ()) if (name.lower(), c) in names]
        return hits[0] if len(hits) == 1 else None

    f["kommunenummer"] = [new_code(c, n) for c, n in zip(f.kommunenummer, f.kommunenavn_2020, strict=True)]
    f = f.dropna(subset=["kommunenummer"])[["kommunenummer", "fritidsboliger_2023"]]
    v = pd.read_csv(sources / "ssb_08936_vernet_areal_2024.csv", dtype=str)
    v = v.rename(columns={"vernet_areal_km2_2024": "vernet_areal_km2"})[["kommunenummer", "vernet_areal_km2"]]
    a = pd.read_csv(sources / "ssb_13470_havbruk_sysselsatte_2017.csv", dtype=str)
    a = a.rename(
        columns={"sysselsatte_arbeidssted_2017": "sysselsatte_2017", "sysselsatte_akvakultur_2017": "havbruk_2017"}
    )[["kommunenummer", "sysselsatte_2017", "havbruk_2017"]]
    s = pd.read_csv(sources / "ssb_07984_naeringsandeler_2020.csv", dtype=str)
    s = s[s.estimert == "False"]
    for col in ("primaer", "industri"):
        s[f"{col}_andel_2020"] = (pd.to_numeric(s[f"andel_{col}_2020_pst"]) / 100).round(4)
    s = s[["kommunenummer", "primaer_andel_2020", "industri_andel_2020"]]
    out = kommuner[["kommunenummer"]].merge(f, on="kommunenummer", how="left", validate="one_to_one")
    out = out.merge(s, on="kommunenummer", how="left", validate="one_to_one")
    out = out.merge(v, on="kommunenummer", how="left", validate="one_to_one")
    out = out.merge(a, on="kommunenummer", how="left", validate="one_to_one")
    return out.merge(fishermen(sources), on="kommunenummer", how="left", validate="one_to_one")


def fishermen(sources: Path) -> pd.DataFrame:
    """Fiskeridirektoratet's fishermen with fishing as their main occupation (blad B), 31.12.2018, on 2024 numbers.

    The workbook lists every municipality that had fishermen in 1983–2019, and its rows sum to the
    national totals Fiskeridirektoratet published, so a 2018 municipality without a row (or with an
    empty total) had none: 0. The 2018 numbers go to 2024 by ``kommunenummer_2018_2024.csv``
    (whole municipalities summed). Tysfjord and Snillfjord were split in 2020; as they had
    fishermen, whom the split gave to which part is unknown, so Narvik, Hamarøy, Heim, Hitra and
    Orkland are left blank.
    """
    counts = pd.read_csv(sources / "fiskeridir_fiskere_hovedyrke_2018.csv", dtype={"kommunenummer_2018": str})
    by_old = dict(zip(counts.kommunenummer_2018, counts.fiskere_hovedyrke_2018.astype(int), strict=True))
    moves = pd.read_csv(sources / "kommunenummer_2018_2024.csv", dtype=str)
    moves["andel"] = moves.andel.astype(float)
    moves["fiskere"] = moves.kommunenummer_2018.map(by_old).fillna(0).astype(int)
    unknown = set(moves.loc[(moves.andel < 1) & (moves.fiskere > 0), "kommunenummer_2024"])
    summed = moves.groupby("kommunenummer_2024").fiskere.sum()
    out = pd.DataFrame({"kommunenummer": summed.index, "fiskere_2018": summed.to_numpy()})
    out["fiskere_2018"] = out.fiskere_2018.astype("Int64").mask(out.kommunenummer.isin(unknown))
    return out


def travel(
    raw: Path, kommuner: pd.DataFrame, grenser: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Coast, islands, ferries and winter closures (``scripts/geography.py``); sea neighbours with the coast rule.

    Returns kommuner with the new columns, grenser with ``grense_merknad`` and ``vinterstengt``,
    and the ferry pairs; writes nothing. Prints what could not be mapped.
    """
    from scripts import geography as geo
    from scripts.compute_sea_neighbours import sea_neighbours

    geoms = geo.load_outlines(raw / "robhop_fylker_og_kommuner/Kommuner-M.geojson")
    borders = {frozenset(p) for p in zip(grenser.kommune_a, grenser.kommune_b, strict=True)}
    ferries = json.loads((raw / "nvdb_ferjesamband/ferjesamband_og_kaier_no.geojson").read_text(encoding="utf-8"))
    routes = [f for f in ferries["features"] if f["geometry"]["type"] != "Point"]
    quays = [f for f in ferries["features"] if f["geometry"]["type"] == "Point"]
    coast = geo.coastline(geoms)
    shore = geo.coast_by_municipality(geoms, coast)
    invented = {
        p: f"ferjesambandet {name} krysser grensen" for p, name in geo.invented_borders(routes, geoms, borders).items()
    }
    invented.update({p: why for p, why in geo.KNOWN_INVENTED.items() if p in borders})
    islands = geo.island_municipalities(geoms, not_connecting=set(invented))
    fr = geo.ferry_pairs(routes, quays, geoms)
    closed = json.loads((raw / "nvdb_vinterstengt/vinterstengt_no.geojson").read_text(encoding="utf-8"))["features"]
    passes, per_muni = geo.winter_closures(closed, geoms, borders)

    k = kommuner.merge(indicators(raw), on="kommunenummer", how="left", validate="one_to_one")
    k = k.merge(shore, on="kommunenummer", how="left", validate="one_to_one")
    k["oykommune"] = k.kommunenummer.isin(islands).map({True: "ja", False: "nei"})
    k["ferjesamband"] = k.kommunenummer.map(fr.ends).fillna(0).astype(int)
    k["ferjeavhengig"] = (k.kommunenummer.isin(islands) & (k.ferjesamband > 0)).map({True: "ja", False: "nei"})
    k["vinterstengte_veger"] = k.kommunenummer.map(per_muni).fillna(0).astype(int)
    cols = [c for c in LAYERS["kommuner"].column_names if c in k.columns]
    k = k[cols]

    g = grenser.copy()
    pairs = [frozenset(p) for p in zip(g.kommune_a, g.kommune_b, strict=True)]
    g["grense_merknad"] = [
        f"ingen landgrense, de forenklede omrissene møtes: {invented[p]}" if p in invented else "" for p in pairs
    ]
    g["vinterstengt"] = ["; ".join(sorted(passes.get(p, []))) for p in pairs]
    g = g[[c for c in LAYERS["grenser"].column_names if c in g.columns]]

    f = pd.DataFrame(fr.rows)
    f["source"] = REAL_SOURCE["ferjesamband"]
    f["source_url"] = ""
    f = f.sort_values(["kommune_a", "kommune_b", "samband_id"], kind="stable")[_columns("ferjesamband", f)]

    sea = sea_neighbours(
        geoms, borders, gap_km=10.0, island_gap_km=25.0, max_land_km=0.5, coast=coast.coast, coast_km=0.5
    )
    s = pd.DataFrame(sea, columns=["kommune_a", "kommune_b", "avstand_km"]).assign(
        source="Kartverket (computed)", source_url=""
    )
    s["avstand_km"] = s.avstand_km.map(lambda v: f"{v:.1f}")

    print(f"coast: {coast.coast.length:.0f} km; national land border {coast.national_border.length:.0f} km")
    print(f"island municipalities: {len(islands)}")
    print(f"invented land borders: {sorted(tuple(sorted(p)) for p in invented)}")
    n_routes = len(routes)
    linked = len({r["samband_id"] for r in fr.rows})
    print(
        f"ferry routes: {n_routes}; linking two or more municipalities {linked} "
        f"({len(f[['kommune_a', 'kommune_b']].drop_duplicates())} pairs); within one municipality "
        f"{len(fr.internal)}; not mapped {len(fr.unmapped)}"
    )
    for name, why in fr.unmapped:
        print(f"  not mapped: {name}: {why}")
    print(f"border pairs with a winter-closed road: {sum(1 for v in g.vinterstengt if v)}")
    print(f"sea neighbours: {len(s)}")
    return k, g, f, s


def projects(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    p = pd.read_csv(raw / "curated_web/prosjekt_medlemskap.csv", dtype=str)
    ids = {"Distriktskommune 3.0": "distriktskommune-3-0", "Pilot arealstrategi (KDD)": "pilot-arealstrategi-kdd"}
    meta = {
        "distriktskommune-3-0": (
            "2019",
            "",
            "Distriktssenteret med Nordland og Trøndelag fylkeskommune, "
            "statsforvalterne, KDD; følgeforskning Ruralis og Nordlandsforskning",
        ),
        "pilot-arealstrategi-kdd": (
            "2021",
            "2023",
            "KDD og Distriktssenteret: utvikling og evaluering av arealstrategiarbeid i åtte distriktskommuner",
        ),
    }
    arenas = pd.DataFrame(
        [
            {
                "arena_id": ids[name],
                "navn": name,
                "type": "prosjekt",
                "arrangor": "",
                "fra_aar": meta[ids[name]][0],
                "til_aar": meta[ids[name]][1],
                "beskrivelse": meta[ids[name]][2],
                "source": "curated web (see source_url)",
                "source_url": grp.kilde_url.iloc[0],
            }
            for name, grp in ((str(n), g) for n, g in p.groupby("prosjekt", sort=True))
        ]
    )
    members = pd.DataFrame(
        {
            "arena_id": p.prosjekt.map(ids),
            "kommunenummer": p.kommunenummer,
            "rolle": p.rolle,
            "source": "curated web (see source_url)",
            "source_url": p.kilde_url,
        }
    )
    return arenas, members


def plan_cooperations(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    c = pd.read_csv(raw / "curated_web/plansamarbeid_eksempler.csv", dtype=str)
    offices, members = [], []
    for name, grp in c.groupby("samarbeid", sort=True):
        oid = slug(str(name))
        is_project = "prosjekt" in str(grp.type.iloc[0])
        note = f"; {grp.merknad.dropna().iloc[0]}" if grp.merknad.notna().any() else ""
        form = "prosjekt" if is_project else ("samkommune" if "samkommune" in grp.type.iloc[0] else "annet")
        years = re.findall(r"(\d{4})", grp.periode.iloc[0])
        offices.append(
            {
                "plankontor_id": oid,
                "navn": name,
                "form": form,
                "status": "avsluttet" if is_project else "ukjent",
                "fra_aar": years[0] if years else "",
                "til_aar": years[1] if is_project and len(years) > 1 else "",
                "beskrivelse": str(grp.type.iloc[0]) + note,
                "source": "curated web (see source_url)",
                "source_url": grp.kilde_url.iloc[0],
            }
        )
        for row in grp.itertuples():
            host = "vertskommune" in str(row.status_i_kilde)
            note = str(row.status_i_kilde)
            if str(row.verifisert_i_kilde) != "ja":
                note += f"; verifisert i kilden: {row.verifisert_i_kilde}"
            members.append(
                {
                    "plankontor_id": oid,
                    "kommunenummer": row.kommunenummer,
                    "rolle": "vert" if host else "deltaker",
                    "merknad": note,
                    "source": "curated web (see source_url)",
                    "source_url": row.kilde_url,
                }
            )
    return pd.DataFrame(offices), pd.DataFrame(members)


def old_codes(raw: Path, kommuner: pd.DataFrame) -> pd.DataFrame:
    """Numbers of 2020-2023 that are not 2024 numbers, mapped by name within the county."""
    sheet = pd.read_excel(raw / "csdata_fhi/baregioner_2024.xlsx", sheet_name="Etter BA-region", dtype=str)
    entries: set[tuple[str, str]] = set()
    for cell in sheet["Tilhørende kommuner"].dropna():
        for part in str(cell).split(","):
            m = re.match(r"\s*(\d{4})\s+(.+?)\s*$", part)
            if m:
                entries.add((m.group(1), m.group(2)))
    new = set(kommuner.kommunenummer)
    simple: dict[str, list[str]] = {}
    for row in kommuner.itertuples():
        for n in {str(row.navn), str(row.navn_ssb)}:
            for piece in re.split(r" - ", re.sub(r"\s*\(.*\)$", "", n)):
                simple.setdefault(piece.strip().lower(), []).append(str(row.kommunenummer))
    old_county_to_new = {
        "30": {"31", "32", "33"},  # Viken
        "38": {"39", "40"},  # Vestfold og Telemark
        "54": {"55", "56"},  # Troms og Finnmark
        "34": {"32", "33"},  # Lunner and Jevnaker left Innlandet
        "15": {"15", "50"},  # Rindal left Møre og Romsdal
    }
    # "Nes (Ak.)" and "Nes (Busk.)": the bracket names the county the number moved to; Nes in
    # Buskerud became 3322 under the name Nesbyen (kommuner.csv: 3322 Nesbyen, BA region Gol).
    hint = {"ak.": {"32"}, "busk.": {"33"}, "østf.": {"31"}}
    renamed = {"nes (busk.)": "nesbyen"}
    rows = []
    for code, name in sorted(entries):
        if code in new:
            continue
        base = renamed.get(name.lower(), re.sub(r"\s*\(.*\)$", "", name).strip().lower())
        cands = [c for piece in base.split(" - ") for c in simple.get(piece.strip(), [])]
        bracket = re.search(r"\((.*)\)$", name)
        allowed = old_county_to_new.get(code[:2], {code[:2]})
        if bracket and bracket.group(1).lower() in hint:
            allowed = hint[bracket.group(1).lower()]
        cands = sorted({c for c in cands if c[:2] in allowed})
        if len(cands) != 1:
            print(f"  no unique 2024 number for {code} {name}: {cands}")
            continue
        rows.append({"gammelt_nummer": code, "gammelt_navn": name, "nytt_nummer": cands[0], "gyldig": "2020–2023"})
    # Ålesund was split on 2024-01-01: the old 1507 Ålesund became 1508 Ålesund and 1580 Haram.
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------------------------
# The curated tier: public web pages, cited record by record

CURATED_SOURCE = "curated web (see source_url)"
#: The layers the research helpers staged, with the columns that make a record's key.
CURATED_KEYS: dict[str, tuple[str, ...]] = {
    "arenaer": ("arena_id",),
    "arena_medlemmer": ("arena_id", "kommunenummer"),
    "planer": ("plan_id",),
    "regionale_planer": ("regionalplan_id",),
    "regionalplan_dekning": ("regionalplan_id", "kommunenummer"),
    "plankontor": ("plankontor_id",),
    "plankontor_medlemmer": ("plankontor_id", "kommunenummer"),
    "sjosamband": ("samband_id", "kommune_a", "kommune_b"),
}
#: (child layer, parent layer, column): a member row goes when its group is dropped.
CURATED_CHILDREN = (
    ("arena_medlemmer", "arenaer", "arena_id"),
    ("regionalplan_dekning", "regionale_planer", "regionalplan_id"),
    ("plankontor_medlemmer", "plankontor", "plankontor_id"),
)
CITATION_COLUMNS = ["layer", "record_key", "source_url", "source_date", "quote"]
_SUPERSEDED = "a newer plan was on hearing in the source itself; its adoption could not be confirmed"
_NO_MEMBERS = "no member list could be verified"
#: Records the quality control leaves out, with the reason (docs/data-coverage.md lists them).
DROPS: tuple[tuple[str, str, str], ...] = (
    ("regionalplan_dekning", "rp-heiplanen|4618", "inferred from a seat in the steering group (Odda, now Ullensvang)"),
    ("regionalplan_dekning", "rp-heiplanen|4034", "inferred from a seat in the steering group (Tokke)"),
    ("planer", "1856-samfunnsdel", "year inferred from the case number, not stated"),
    ("planer", "5610-planstrategi", "year inferred from the case number, not stated"),
    ("planer", "5001-arealdel", _SUPERSEDED),
    ("planer", "5022-arealdel", _SUPERSEDED),
    ("planer", "5035-samfunnsdel", _SUPERSEDED),
    ("arenaer", "rr-hamarregionen", _NO_MEMBERS),
    ("arenaer", "rr-hardangerradet", _NO_MEMBERS),
    ("arenaer", "rr-nord-tromsradet", _NO_MEMBERS),
    ("arenaer", "rr-sor-troms-regionrad", "dissolved 1 January 2020 (now Hålogalandsrådet); no members"),
    ("arenaer", "rr-ofoten-regionrad", "dissolved 1 January 2020 (now Hålogalandsrådet); no members"),
    ("arenaer", "rr-lindesnesregionen", "dissolved (members joined Region Kristiansand); no members"),
    ("arenaer", "rr-regionradet-for-midt-buskerud", "dissolved about 2020; no members"),
)
#: Older ids in real/plankontor.csv that a staged record of the same cooperation replaces.
SUPERSEDED_OFFICES = {"oppdal-og-rennebu": "plankontoret-oppdal-rennebu"}
#: Source addresses replaced by the page they show (a proxy's address holds "?", which the loader
#: rightly reads as a damaged letter): old address → the original page, checked in the stored copy.
URL_FIXES = {
    "https://wonilvalve.com/index.php?q=https%3A%2F%2Fno.m.wikipedia.org%2Fwiki%2FSetesdal_Regionr%C3%A5d": (
        "https://no.wikipedia.org/wiki/Setesdal_Regionr%C3%A5d"
    ),
    "https://plankontoret.net/om-plankontoret.html?view=article&id=19:vedtekter&catid=8:tjenester": (
        "https://plankontoret.net/om-oss/"
    ),
}
#: Citations rewritten together with their address (the quote must come from the new page).
QUOTE_FIXES = {
    ("plankontor_medlemmer", "plankontoret-oppdal-rennebu|5022"): (
        "Vi holder til i Rennebu kommunehus på Berkåk med satelittkontor på innovasjonssenteret på Krux i Oppdal."
    ),
}
#: Citations for the project memberships already in real/arena_medlemmer.csv (checked in the
#: stored pages: nearadio.no and regjeringen.no).
PROJECT_MEMBER_QUOTES = {
    "distriktskommune-3-0": (
        "I tillegg til Holtålen og Tydal er også Grane, Dønna, Moskenes og Røyrvik med i prosjektet"
    ),
    "pilot-arealstrategi-kdd": (
        "Deltakere i pilotarbeidet har vært kommunene Namsskogan, Leka og Holtålen i Trøndelag, Lødingen, "
        "Grane og Hamarøy i Nordland, og Nordkapp og Karasjok i Troms og Finnmark."
    ),
}


def record_keys(name: str, df: pd.DataFrame) -> pd.Series:
    """The ``record_key`` of each row as the citations file writes it (``a|b`` for two key columns)."""
    cols = list(CURATED_KEYS[name])
    return df[cols].astype(str).agg("|".join, axis=1) if len(df) else pd.Series([], dtype=str)


def _columns(name: str, df: pd.DataFrame) -> list[str]:
    """The layer's columns in schema order, as far as the records have them."""
    return [c for c in LAYERS[name].column_names if c in df.columns]


def _read_text(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _staged(staging: Path) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    frames: dict[str, list[pd.DataFrame]] = defaultdict(list)
    cites = []
    for folder in sorted(p for p in staging.iterdir() if p.is_dir()):
        for name in CURATED_KEYS:
            if (folder / f"{name}.csv").is_file():
                frames[name].append(_read_text(folder / f"{name}.csv"))
        cites.append(_read_text(folder / "citations.csv"))
    tables = {name: pd.concat(frames[name], ignore_index=True).replace(URL_FIXES) for name in CURATED_KEYS}
    cited = pd.concat(cites, ignore_index=True)[CITATION_COLUMNS].replace(URL_FIXES)
    for (layer, key), quote in QUOTE_FIXES.items():
        cited.loc[(cited.layer == layer) & (cited.record_key == key), "quote"] = quote
    return tables, cited


def _quality_control(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    dropped = {(layer, key) for layer, key, _ in DROPS}
    out = {}
    for name, df in tables.items():
        keys = record_keys(name, df)
        missing = {k for layer, k in dropped if layer == name} - set(keys)
        if missing:
            raise SystemExit(f"DROPS names records that are not staged: {name} {sorted(missing)}")
        out[name] = df[[(name, k) not in dropped for k in keys]].reset_index(drop=True)
    for child, parent, col in CURATED_CHILDREN:
        out[child] = out[child][out[child][col].isin(out[parent][col])].reset_index(drop=True)
    empty = sorted(set(out["arenaer"].arena_id) - set(out["arena_medlemmer"].arena_id))
    if empty:
        raise SystemExit(f"curated arenas without members (add them to DROPS with a reason): {empty}")
    return out


def _merge_offices(real: Path, staged: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """real/plankontor*.csv with every staged cooperation replacing the older record of it."""
    offices, members = _read_text(real / "plankontor.csv"), _read_text(real / "plankontor_medlemmer.csv")
    replaced = set(staged["plankontor"].plankontor_id) | set(SUPERSEDED_OFFICES)
    offices = pd.concat([offices[~offices.plankontor_id.isin(replaced)], staged["plankontor"]], ignore_index=True)
    members = pd.concat(
        [members[~members.plankontor_id.isin(replaced)], staged["plankontor_medlemmer"]], ignore_index=True
    )
    return (
        offices.sort_values("plankontor_id", kind="stable")[_columns("plankontor", offices)],
        members.sort_values("plankontor_id", kind="stable")[_columns("plankontor_medlemmer", members)],
    )


def _update_projects(real: Path, periods: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """real/arenaer.csv with the projects' documented periods, and citations for them and their members."""
    arenas, members = _read_text(real / "arenaer.csv"), _read_text(real / "arena_medlemmer.csv")
    cites = []
    for p in periods.itertuples(index=False):
        row = arenas.arena_id == p.arena_id
        for col in ("fra_aar", "til_aar", "source_url"):
            arenas.loc[row, col] = str(getattr(p, col))
        cites.append(
            {
                "layer": "arenaer",
                "record_key": p.arena_id,
                "source_url": p.source_url,
                "source_date": "",
                "quote": p.quote,
            }
        )
    for m in members.itertuples(index=False):
        cites.append(
            {
                "layer": "arena_medlemmer",
                "record_key": f"{m.arena_id}|{m.kommunenummer}",
                "source_url": m.source_url,
                "source_date": "",
                "quote": PROJECT_MEMBER_QUOTES[str(m.arena_id)],
            }
        )
    return arenas[_columns("arenaer", arenas)], pd.DataFrame(cites, columns=CITATION_COLUMNS)


def curated(staging: Path, out: Path) -> None:
    """Quality-control the staged records, write ``curated/`` and update the real plan cooperations."""
    tables, cites = _staged(staging)
    tables = _quality_control(tables)
    offices, office_members = _merge_offices(out / "real", tables)
    write(offices, out / "real/plankontor.csv")
    write(office_members, out / "real/plankontor_medlemmer.csv")
    arenas, project_cites = _update_projects(
        out / "real", _read_text(staging / "arenaer_samarbeid/project_periods.csv")
    )
    write(arenas, out / "real/arenaer.csv")
    kept = {(name, k) for name in CURATED_KEYS for k in record_keys(name, tables[name])}
    cites = cites[[(layer, k) in kept for layer, k in zip(cites.layer, cites.record_key, strict=True)]]
    cites = pd.concat([cites, project_cites], ignore_index=True)
    cited = set(zip(cites.layer, cites.record_key, strict=True))
    uncited = sorted(kept - cited)
    if uncited or cites.duplicated(["layer", "record_key"]).any():
        raise SystemExit(f"every curated record needs exactly one citation; uncited: {uncited[:10]}")
    for name in ("arenaer", "arena_medlemmer", "planer", "regionale_planer", "regionalplan_dekning", "sjosamband"):
        df = tables[name].sort_values(list(CURATED_KEYS[name]), kind="stable")
        write(df[_columns(name, df)], out / f"curated/{name}.csv")
    write(cites.sort_values(["layer", "record_key"], kind="stable"), out / "curated/citations.csv")
    for layer, key, reason in DROPS:
        print(f"dropped {layer} {key}: {reason}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path)
    ap.add_argument("--out", type=Path, default=Path("data"))
    ap.add_argument("--curated-only", action="store_true", help="only rebuild the curated tier from data/staging")
    args = ap.parse_args()
    raw, out = args.raw, args.out
    if args.curated_only:
        curated(out / "staging", out)
        write_checksums(out)
        return
    if raw is None:
        ap.error("--raw is required unless --curated-only")
    kommuner = municipalities(raw)
    kommuner, grenser, ferjer, sjo = travel(raw, kommuner, borders(raw))
    old = old_codes(raw, kommuner)
    kommuner = kommuner.merge(land_use(out / "sources", kommuner, old), on="kommunenummer", validate="one_to_one")
    kommuner = kommuner[_columns("kommuner", kommuner)]
    write(kommuner, out / "real/kommuner.csv")
    fylker, offices = counties(raw)
    write(fylker, out / "real/fylker.csv")
    write(offices, out / "real/statsforvaltere.csv")
    write(grenser, out / "real/grenser.csv")
    write(ferjer, out / "real/ferjesamband.csv")
    write(sjo, out / "real/sjonaboer.csv")
    arenas, members = projects(raw)
    write(arenas, out / "real/arenaer.csv")
    write(members, out / "real/arena_medlemmer.csv")
    po, pom = plan_cooperations(raw)
    write(po, out / "real/plankontor.csv")
    write(pom, out / "real/plankontor_medlemmer.csv")
    write(old, out / "reference/kommunenummer_2020_2023.csv")
    for name in ("Kommuner-S.geojson", "Fylker-S.geojson"):
        dest = out / "boundaries" / name.lower()
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(raw / "robhop_fylker_og_kommuner" / name, dest)
        print(f"copied {dest}")
    curated(out / "staging", out)
    write_checksums(out)


def write_checksums(out: Path) -> None:
    """``real/SHA256SUMS.txt``: one line per real file (a test checks the files against it)."""
    import hashlib

    with (out / "real/SHA256SUMS.txt").open("w", encoding="utf-8", newline="\n") as fh:
        w = csv.writer(fh, delimiter=" ", lineterminator="\n")
        for p in sorted((out / "real").glob("*.csv")):
            w.writerow([hashlib.sha256(p.read_bytes()).hexdigest(), p.name])


if __name__ == "__main__":
    main()
