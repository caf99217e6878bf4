"""The travel and challenge indicators in the real data: KOSTRA group, expenditure need, coast, islands, ferries.

They are loaded through the ordinary loader (real default, not demo), so a broken column or value
fails here; the geometry rules of ``scripts/geography.py`` are checked on tiny shapes.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from shapely.geometry import MultiLineString, box

from dknet.analysis.profiles import load_config
from dknet.graph import build_graph, municipality_node
from dknet.io.dataset import Dataset, load_dataset
from dknet.present.render import render_frame
from dknet.schema import Rel
from scripts import geography as geo
from scripts.compute_sea_neighbours import sea_neighbours


@pytest.fixture(scope="module")
def real() -> Dataset:
    return load_dataset(demo=False)


def _k(ds: Dataset) -> pd.DataFrame:
    return ds.table("kommuner").set_index("kommunenummer")


def test_kostra_group_and_expenditure_need_load_with_their_gaps(real: Dataset) -> None:
    k = _k(real)
    assert k.kostragruppe.notna().sum() == 357
    assert set(k.kostragruppe.astype(int)) == set(range(1, 18))
    assert int(k.loc["0301", "kostragruppe"]) == 13  # Oslo is group 13 alone
    assert (k.kostragruppe == 13).sum() == 1
    missing = set(k.index[k.utgiftsbehov_2026.isna()])
    assert missing == {"1151", "4629", "3222"}  # Utsira, Modalen absent; Lørenskog blanked (test value)
    assert 0.8 < float(k.utgiftsbehov_2026.dropna().median()) < 1.3


def test_second_homes_protected_area_and_aquaculture_load_with_their_gaps(real: Dataset) -> None:
    """SSB 05467, 08936 and 13470 (data/sources/SOURCES.md): spot checks, and blank is unknown, never 0."""
    k = _k(real)
    assert set(k.index[k.fritidsboliger_2023.isna()]) == {"1508", "1580"}  # Ålesund's 2020 figure covers Haram too
    assert int(k.loc["4222", "fritidsboliger_2023"]) == 2768  # Bykle (0941 in 2020)
    assert int(k.loc["3110", "fritidsboliger_2023"]) == 4332  # Hvaler (3011)
    assert int(k.loc["3236", "fritidsboliger_2023"]) > 0  # Jevnaker: 3053 mapped by name
    assert set(k.index[k.vernet_areal_km2.isna()]) == {"1822", "1835", "5516", "5522", "5526", "5540"}
    assert float(k.loc["4222", "vernet_areal_km2"]) == pytest.approx(915.84)
    assert set(k.index[k.havbruk_2017.isna()]) == {"1806", "1875", "5055", "5056", "5059"}  # split in 2020
    assert (int(k.loc["5014", "havbruk_2017"]), int(k.loc["5014", "sysselsatte_2017"])) == (321, 2805)  # Frøya
    assert (k.havbruk_2017.dropna() <= k.sysselsatte_2017.dropna()).all()


def test_primary_industry_and_manufacturing_shares_load_with_their_gaps(real: Dataset) -> None:
    """SSB 07984, 2020, harmonised to 2024 (data/sources/SOURCES.md): spot checks; Ålesund and Haram unknown."""
    k = _k(real)
    for col in ("primaer_andel_2020", "industri_andel_2020"):
        assert set(k.index[k[col].isna()]) == {"1508", "1580"}  # one estimate for both: blank, not a guess
        assert k[col].dropna().between(0, 1).all()
    assert float(k.loc["5612", "primaer_andel_2020"]) == pytest.approx(0.1359)  # Kautokeino (reindeer herding)
    assert float(k.loc["4643", "industri_andel_2020"]) == pytest.approx(0.4356)  # Årdal (aluminium)
    assert float(k.loc["0301", "primaer_andel_2020"]) == pytest.approx(0.0017)  # Oslo


def test_fishermen_load_on_2024_numbers_with_the_split_municipalities_unknown(real: Dataset) -> None:
    """Fiskeridirektoratet's fiskermanntall, blad B, 31.12.2018 (data/sources/SOURCES.md), moved to 2024 numbers."""
    k = _k(real)
    assert set(k.index[k.fiskere_2018.isna()]) == {"1806", "1875", "5055", "5056", "5059"}  # Tysfjord, Snillfjord split
    assert int(k.loc["5632", "fiskere_2018"]) == 86  # Båtsfjord
    assert int(k.loc["1856", "fiskere_2018"]) == 51  # Røst
    assert int(k.loc["5026", "fiskere_2018"]) == 0  # Holtålen: no row in the register, none
    assert int(k.loc["1580", "fiskere_2018"]) == 105  # Haram: the old Haram again (2024)
    assert int(k.loc["1508", "fiskere_2018"]) == 304 + 7 + 22 + 29  # Ålesund, Ørskog, Skodje, Sandøy
    src = pd.read_csv("data/sources/fiskeridir_fiskere_hovedyrke_2018.csv")
    assert src.fiskere_hovedyrke_2018.sum() == 9514  # the register's national total for 2018
    assert k.fiskere_2018.sum() == 9514 - 91  # less what went to the five unknown ones


def test_the_new_layers_are_profile_indicators(real: Dataset) -> None:
    from dknet.analysis.profiles import challenge_profiles

    prof = challenge_profiles(build_graph({name: real.table(name) for name in real.tables}))
    assert prof.loc["4222", "fritidsboliger"] == pytest.approx(2768 / 1011)  # Bykle: 2.7 per inhabitant (2024)
    assert prof.loc["5014", "havbruk"] == pytest.approx(321 / 2805)
    assert pd.isna(prof.loc["1835", "vernet"]) and pd.isna(prof.loc["1508", "fritidsboliger"])  # unknown, not 0
    assert 0 < prof.loc["4222", "vernet"] < 1
    assert prof.loc["4643", "industri"] == pytest.approx(0.4356) and pd.isna(prof.loc["1580", "primaer"])
    assert prof.loc["5632", "fiske"] == pytest.approx(86 / 2113) and pd.isna(prof.loc["5056", "fiske"])


def test_island_municipalities_and_coast(real: Dataset) -> None:
    k = _k(real)
    islands = set(k.index[k.oykommune.astype(bool)])
    assert {"1835", "1856", "4633", "1151", "1144", "5616"} <= islands  # Træna Røst Fedje Utsira Kvitsøy Hasvik
    assert not {"0301", "5026", "5614", "5601"} & islands  # Oslo, Holtålen, Loppa, Alta
    assert 30 <= len(islands) <= 70
    assert float(k.loc["5042", "kystlinje_km"]) == 0.0 and float(k.loc["5026", "kystlinje_km"]) == 0.0  # inland
    assert float(k.loc["1835", "kystandel"]) == pytest.approx(1.0)  # Træna: all outline is coast
    assert ((k.kystandel >= 0) & (k.kystandel <= 1)).all()
    assert (k.kystlinje_km > 0).sum() > 200
    # ferry-dependent means an island municipality with a ferry quay
    dep = k.ferjeavhengig.astype(bool)
    assert (dep <= k.oykommune.astype(bool)).all() and (k.ferjesamband[dep] > 0).all()
    assert bool(k.loc["1835", "ferjeavhengig"]) and int(k.loc["1835", "ferjesamband"]) >= 1


def test_ferry_pairs_include_the_island_links(real: Dataset) -> None:
    f = real.table("ferjesamband")
    pairs = {(a, b): v for a, b, v in zip(f.kommune_a, f.kommune_b, f.vegnummer, strict=True)}
    assert len(pairs) >= 80
    assert pairs[("5614", "5616")] == "Fv882"  # Øksfjord (Loppa) – Hasvik
    assert ("4632", "4633") in pairs  # Austrheim – Fedje
    assert ("1106", "1151") in pairs  # Haugesund – Utsira
    assert (f.kommune_a < f.kommune_b).all()


def test_sea_neighbours_only_across_the_sea(real: Dataset) -> None:
    s = real.table("sjonaboer")
    pairs = set(zip(s.kommune_a, s.kommune_b, strict=True))
    for inland in (("5042", "5044"), ("5043", "5045"), ("5034", "5037"), ("3301", "3316")):
        assert inland not in pairs  # corners inland (Lierne–Namsskogan, Røyrvik–Grong, …)
    assert s.avstand_km.notna().all()
    k = _k(real)
    assert (k.loc[s.kommune_a, "kystlinje_km"].to_numpy() > 0).all()
    assert (k.loc[s.kommune_b, "kystlinje_km"].to_numpy() > 0).all()


def test_invented_borders_and_winter_passes_on_border_edges(real: Dataset) -> None:
    g = real.table("grenser").set_index(["kommune_a", "kommune_b"])
    assert "Sørøysundet" in str(g.loc[("5614", "5616"), "grense_merknad"])
    assert pd.isna(g.loc[("5603", "5616"), "grense_merknad"])  # Hasvik–Hammerfest: a real land border on Sørøya
    assert "Fv450 Brokke - Suleskard 31.10.–21.05." in str(g.loc[("4221", "4228"), "vinterstengt"])  # Valle–Sirdal
    G = build_graph({name: real.table(name) for name in real.tables})
    edges = G.get_edge_data(municipality_node("5614"), municipality_node("5616"))
    assert edges[Rel.FERRY.type]["vegnummer"] == "Fv882" and "Hasvik" in edges[Rel.FERRY.type]["navn"]


def test_sea_rule_on_tiny_shapes() -> None:
    """Two shores 1 km apart are sea neighbours when those shores are coast, not when they are a lake's."""
    pair = {"0001": box(0, 0, 10, 10), "0002": box(11, 0, 20, 10)}
    rule = {"gap_km": 10.0, "island_gap_km": 25.0, "max_land_km": 0.5}
    assert sea_neighbours(pair, set(), **rule) == [("0001", "0002", 1.0)]  # without a coast: any water
    sound = MultiLineString([[(10, 0), (10, 10)], [(11, 0), (11, 10)]])  # the facing shores are coast
    assert sea_neighbours(pair, set(), **rule, coast=sound) == [("0001", "0002", 1.0)]
    far_coast = box(-50, -50, 70, 60).boundary  # the water between them is a lake
    assert sea_neighbours(pair, set(), **rule, coast=far_coast) == []
    # a third municipality's land in the gap: no pair at all
    geoms = {**pair, "0003": box(10, 0, 11, 10)}
    borders = {frozenset(("0001", "0003")), frozenset(("0002", "0003"))}
    assert sea_neighbours(geoms, borders, **rule, coast=sound) == []


def test_road_reference_and_closure_label() -> None:
    assert [geo.road_ref(r) for r in ("F882", "R13", "E39", "K5")] == ["Fv882", "Rv13", "E39", "Kv5"]
    props = {"route": "F450", "name": "Brokke - Suleskard", "ferme_du": "10-31", "ferme_au": "05-21"}
    assert geo.closure_label(props) == "Fv450 Brokke - Suleskard 31.10.–21.05."
    assert geo.closure_label({"route": "E134", "name": "Haukelifjell"}) == "E134 Haukelifjell"
    weather = {"route": "R7", "name": "Hardangervidda", "jours_fermes_an": "35"}
    assert geo.closure_label(weather) == "Rv7 Hardangervidda (35 dager stengt i året)"


def test_office_partners_travel_by_land_and_ferry_before_open_sea(
    real: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dknet.analysis.partners import suggest_partners
    from dknet.analysis.scoring import pair_table

    monkeypatch.delenv("DKNET_DEMO", raising=False)
    G = build_graph({name: real.table(name) for name in real.tables})
    fedje = render_frame(suggest_partners(G, "4633", purpose="office", top=40), "nb")
    assert fedje.iloc[0].kommunenummer == "4632" and fedje.iloc[0].neighbour == "ferje"  # Austrheim, Fv568
    assert any("Fedje-Sævrøy (Fv568)" in r for r in fedje.iloc[0].reasons)
    # across open sea: no link of their own, and not reached by one ferry and a road of at most 100 km
    t = pair_table(G, config=load_config())
    open_sea = [bool(t.open_sea(t.index("4633"))[t.index(c)]) for c in fedje.kommunenummer]
    assert open_sea == sorted(open_sea) and any(open_sea)  # every such candidate after every other candidate
    before = fedje.set_index("navn")[: open_sea.index(True)]
    assert {"Masfjorden", "Alver", "Gulen"} <= set(before.index)  # by the ferry to Austrheim, then the road
    assert before.loc["Alver", "neighbour"] == "sjø"  # a sea neighbour without a link, reached by road
    assert "minst én overfart på veien, f.eks. ferjesamband Fedje-Sævrøy (Fv568)" in before.loc["Alver", "reasons"]
    assert open_sea[fedje.navn.tolist().index("Solund")]  # 21 km of open sea, and the road goes round the fjords
    hasvik = render_frame(suggest_partners(G, "5616", purpose="office", top=20), "nb").set_index("kommunenummer")
    assert hasvik.loc["5614", "neighbour"] == "ferje"  # Loppa: the ferry, not the invented border
    assert hasvik.loc["5603", "neighbour"] == "land"  # Hammerfest, on Sørøya
    every = [r for rs in fedje.reasons for r in rs] + [r for rs in hasvik.reasons for r in rs]
    assert not any("( km" in r or "(km" in r for r in every)
    distances = [r for r in every if re.search(r"\d km (mellom|over)", r)]
    assert distances and all("i luftlinje" in r for r in distances)
    assert "Solund" in set(fedje.navn)  # 21 km of open sea: a candidate, after the others
    sirdal = render_frame(suggest_partners(G, "4221", purpose="office", top=10), "nb").set_index("kommunenummer")
    assert "vinterstengt over grensen: Fv450 Brokke - Suleskard 31.10.–21.05." in sirdal.loc["4228", "reasons"]


def test_a_ferry_through_a_third_municipality_is_a_road_trip(real: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    from dknet.analysis.partners import suggest_partners
    from dknet.analysis.scoring import road_networks

    monkeypatch.delenv("DKNET_DEMO", raising=False)
    G = build_graph({name: real.table(name) for name in real.tables})
    net = road_networks(G)
    assert net["1145"] == net["1146"] == net["1106"]  # Bokn, over a narrow sound to Tysvær, reaches Haugesund
    assert net["1151"] == net["1106"]  # Utsira, by its car ferry to Haugesund (Fv4854)
    assert net["1505"] == net["1576"]  # Kristiansund, by the ferry Seivika-Tømmervåg to Aure
    assert len(set(net.values())) == 1  # Frøya too, by Frøyatunnelen to Hitra (sjosamband)
    for code, other in (("1145", "1151"), ("1824", "1818")):  # Bokn–Utsira; Vefsn–Herøy (ferry from Alstahaug)
        listed = render_frame(suggest_partners(G, code, purpose="office", top=40), "nb").set_index("kommunenummer")
        assert not any("uten vei" in r for r in listed.loc[other, "reasons"])
    froya = render_frame(suggest_partners(G, "5014", purpose="office", top=10), "nb").set_index("kommunenummer")
    assert froya.index[0] == "5056" and froya.loc["5056", "neighbour"] == "fast"  # Hitra, by the tunnel
    assert "fast forbindelse: Frøyatunnelen (undersjøisk tunnel, Fv714, åpnet 2000)" in froya.loc["5056", "reasons"]
    assert not any("uten vei" in r for r in froya.loc["5059", "reasons"])  # Orkland: through Hitra by road
    # Without the fixed links Frøya stands apart again, and its list says so: the rule is the data's.
    tables = {name: real.table(name) for name in real.tables}
    tables["sjosamband"] = tables["sjosamband"].iloc[0:0]
    g0 = build_graph(tables)
    net0 = road_networks(g0)
    assert [c for c in net0 if net0[c] != net0["0301"]] == ["5014"]
    froya0 = render_frame(suggest_partners(g0, "5014", purpose="office", top=10), "nb").set_index("kommunenummer")
    orkland = froya0.loc["5059", "reasons"]
    assert any("uten vei, bru, tunnel eller bilferje mellom dem, heller ikke via andre kommuner" in r for r in orkland)


def test_fixed_links_and_boats_are_neighbours_with_their_names(real: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sjøsamband: a bridge or tunnel counts as a road, a boat as a way to travel, both named with their source."""
    from dknet.analysis.partners import suggest_partners
    from dknet.analysis.scoring import pair_table
    from dknet.graph import sea_links
    from dknet.messages.links import link_names

    monkeypatch.delenv("DKNET_DEMO", raising=False)
    G = build_graph({name: real.table(name) for name in real.tables})
    links = real.table("sjosamband")
    assert (links.source == "curated web (see source_url)").all() and links.source_url.str.match("https?://").all()
    edge = G.edges["kommune:1505", "kommune:1554", Rel.SEA_LINK.type]  # Kristiansund–Averøy
    assert link_names(sea_links(edge), "nb") == "Atlanterhavstunnelen (undersjøisk tunnel, Fv64, åpnet 2009)"
    assert link_names(sea_links(edge), "en") == "Atlanterhavstunnelen (subsea tunnel, Fv64, opened 2009)"
    kvaenangen = render_frame(suggest_partners(G, "5546", purpose="office", top=20), "nb").set_index("kommunenummer")
    assert kvaenangen.loc["5542", "neighbour"] == "båt"  # Skjervøy: the express boat, line 9
    boat = [r for r in kvaenangen.loc["5542", "reasons"] if r.startswith("båtrute: ")]
    assert boat == ["båtrute: Linje 9 Skjervøy–Kvænangen–Vorterøy (hurtigbåt, omtalt 2021)"]
    # Issue 21 asks for 100 ferry routes mapped to pairs: 76 NVDB car-ferry routes that cross a border
    # (88 pairs) and the scheduled boats, counted as distinct routes and as pairs.
    ferry = real.table("ferjesamband")
    boats = links[links.slag.isin(["hurtigbåt", "lokalbåt"])]
    pairs = {tuple(sorted(p)) for df in (ferry, boats) for p in zip(df.kommune_a, df.kommune_b, strict=True)}
    assert len(pairs) >= 100
    assert ferry.samband_id.nunique() + boats.samband_id.nunique() >= 100
    t = pair_table(G, config=load_config())
    i, j = t.index("5542"), t.index("5546")
    assert t.sea[i, j] and t.sea_km[i, j] >= 1 and not t.ferry[i, j]  # across water, no car ferry ...
    assert not t.open_sea(i)[j]  # ... but the boat is a way to meet: not ranked as open sea


def test_a_boat_calling_between_two_places_is_no_open_sea(real: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kvitsøy–Stavanger: sea neighbours with no leg of their own, but one boat calls at both (via Mekjarvik).

    Before, Stavanger ranked 15th of Kvitsøy's office candidates, after every other, as open sea.
    """
    from dknet.analysis.partners import suggest_partners
    from dknet.analysis.scoring import pair_table

    monkeypatch.delenv("DKNET_DEMO", raising=False)
    G = build_graph({name: real.table(name) for name in real.tables})
    t = pair_table(G, config=load_config())
    i, j = t.index("1144"), t.index("1103")
    assert t.sea[i, j] and t.sea_km[i, j] >= 1 and not (t.boat[i, j] or t.ferry[i, j])
    assert t.route_mates[i, j] == "Pendlerbåten Stavanger–Mekjarvik–Kvitsøy"
    assert not t.open_sea(i)[j]
    assert not t.open_sea(i)[t.index("1124")]  # Sola: by the ferry to Randaberg and the road
    assert t.open_sea(i)[t.index("1145")]  # Bokn: across Boknafjorden, the road goes round the fjords
    kvitsoy = render_frame(suggest_partners(G, "1144", purpose="office", top=5), "nb").set_index("kommunenummer")
    assert "1103" in kvitsoy.index
    said = "ruten Pendlerbåten Stavanger–Mekjarvik–Kvitsøy anløper begge"
    assert any(said in r for r in kvitsoy.loc["1103", "reasons"])


def test_the_fewest_crossings_on_the_way_are_counted_and_named(real: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kvitsøy to Utsira: at least two ferries (both islands' own); Fedje to Masfjorden one; Oslo to Bærum none."""
    from dknet.analysis.partners import suggest_partners
    from dknet.analysis.scoring import crossings

    monkeypatch.delenv("DKNET_DEMO", raising=False)
    G = build_graph({name: real.table(name) for name in real.tables})
    c = crossings(G)
    assert [leg[1] for leg in c.on_the_way("1144", "1151")] == ["Mekjarvik - Kvitsøy", "Haugesund - Utsira"]
    assert [leg[1] for leg in c.on_the_way("4633", "4634")] == ["Fedje-Sævrøy"]
    assert c.on_the_way("0301", "3201") == []
    kvitsoy = render_frame(suggest_partners(G, "1144", purpose="office", top=5), "nb").set_index("kommunenummer")
    said = "minst 2 overfarter på veien, f.eks. ferjesamband Mekjarvik - Kvitsøy (Fv521), ferjesamband Haugesund"
    assert any(r.startswith(said) for r in kvitsoy.loc["1151", "reasons"])
    network = render_frame(suggest_partners(G, "1144", purpose="network", top=5), "nb")
    assert not any("overfart" in r for rs in network["reasons"] for r in rs)  # peers, not a trip: not said
