"""Tests of scripts.illustrate: the generated illustrative layers, on the real tables in data/real."""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx
import pandas as pd
import pytest

from dknet.schema import ILLUSTRATIVE, LAYERS, ColumnType
from scripts.illustrate import (
    OUTPUT_LAYERS,
    calibration_report,
    county_link_graph,
    generate_illustrative,
)
from scripts.illustrate.write import read_real_tables

YEAR = 2026


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return read_real_tables()


@pytest.fixture(scope="module")
def layers(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return generate_illustrative(tables, seed=2024, year=YEAR)


@pytest.fixture(scope="module")
def kommuner(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return tables["kommuner"].set_index("kommunenummer")


def _pop(kommuner: pd.DataFrame) -> pd.Series:
    return kommuner["folketall_2026"].astype(int)


def _small_district(kommuner: pd.DataFrame) -> set[str]:
    klasse = kommuner["sentralitetsklasse"].astype(int)
    return set(kommuner.index[(klasse >= 5) & (_pop(kommuner) < 2500)])


def _border_graph(tables: dict[str, pd.DataFrame]) -> nx.Graph[str]:
    g: nx.Graph[str] = nx.Graph()
    g.add_nodes_from(tables["kommuner"]["kommunenummer"])
    g.add_edges_from(zip(tables["grenser"]["kommune_a"], tables["grenser"]["kommune_b"], strict=True))
    return g


# ---------------------------------------------------------------------------------------------
# Shape, source, determinism


def test_layers_and_columns(layers: dict[str, pd.DataFrame]) -> None:
    assert tuple(layers) == OUTPUT_LAYERS
    for name, df in layers.items():
        assert list(df.columns) == LAYERS[name].column_names, name
        assert len(df) > 0, name
        for col in df.columns:
            assert all(isinstance(v, str) for v in df[col]), (name, col)


def test_every_row_is_illustrative(layers: dict[str, pd.DataFrame]) -> None:
    for name, df in layers.items():
        assert (df["source"] == ILLUSTRATIVE).all(), name
        assert (df["source_url"] == "").all(), name


def test_same_seed_same_frames(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame]) -> None:
    again = generate_illustrative(tables, seed=2024, year=YEAR)
    for name in OUTPUT_LAYERS:
        pd.testing.assert_frame_equal(layers[name], again[name])


def test_input_row_order_does_not_matter(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame]) -> None:
    shuffled = {name: df.sample(frac=1.0, random_state=7).reset_index(drop=True) for name, df in tables.items()}
    again = generate_illustrative(shuffled, seed=2024, year=YEAR)
    for name in OUTPUT_LAYERS:
        pd.testing.assert_frame_equal(layers[name], again[name])


def test_other_seed_other_frames(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame]) -> None:
    other = generate_illustrative(tables, seed=2025, year=YEAR)
    for name in ("planer", "plankapasitet", "veiledning"):
        assert not layers[name].equals(other[name]), name


# ---------------------------------------------------------------------------------------------
# Keys, references, types


def test_keys_unique_and_ids_prefixed(layers: dict[str, pd.DataFrame]) -> None:
    for name, df in layers.items():
        key = list(LAYERS[name].key)
        assert not df.duplicated(subset=key).any(), name
    for name, col in (
        ("plankontor", "plankontor_id"),
        ("regionale_planer", "regionalplan_id"),
        ("arenaer", "arena_id"),
        ("veiledning", "veiledning_id"),
    ):
        assert layers[name][col].str.startswith("ill-").all(), name
    ids = layers["veiledning"]["veiledning_id"].tolist()
    assert ids == [f"ill-v-{n}" for n in range(1, len(ids) + 1)]


def test_column_types_and_choices(layers: dict[str, pd.DataFrame]) -> None:
    for name, df in layers.items():
        for column in LAYERS[name].columns:
            values = [v for v in df[column.name] if v != ""]
            if column.required:
                assert len(values) == len(df), (name, column.name)
            if column.type is ColumnType.KOMMUNENUMMER:
                assert all(len(v) == 4 and v.isdigit() for v in values), (name, column.name)
            elif column.type is ColumnType.FYLKESNUMMER:
                assert all(len(v) == 2 and v.isdigit() for v in values), (name, column.name)
            elif column.type is ColumnType.ENUM:
                assert set(values) <= set(column.choices), (name, column.name)
            elif column.type is ColumnType.YEAR:
                assert all(1950 <= int(v) <= YEAR for v in values), (name, column.name)
            elif column.type is ColumnType.INT:
                assert all(v.isdigit() for v in values), (name, column.name)
            elif column.type is ColumnType.FLOAT:
                assert all(float(v) >= (column.minimum or 0) for v in values), (name, column.name)
            elif column.type is ColumnType.BOOL:
                assert set(values) <= {"ja", "nei"}, (name, column.name)


def test_referential_integrity(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame]) -> None:
    knr = set(tables["kommuner"]["kommunenummer"])
    fylker = set(tables["fylker"]["fylkesnummer"])
    sf_ids = set(tables["statsforvaltere"]["statsforvalter_id"])
    for name, df in layers.items():
        for column in LAYERS[name].columns:
            if column.type is ColumnType.KOMMUNENUMMER:
                assert set(df[column.name]) <= knr, (name, column.name)
            if column.type is ColumnType.FYLKESNUMMER:
                assert set(df[column.name]) <= fylker, (name, column.name)
    assert set(layers["plankontor_medlemmer"]["plankontor_id"]) <= set(layers["plankontor"]["plankontor_id"])
    assert set(layers["arena_medlemmer"]["arena_id"]) <= set(layers["arenaer"]["arena_id"])
    assert set(layers["regionalplan_dekning"]["regionalplan_id"]) <= set(layers["regionale_planer"]["regionalplan_id"])
    organisers = {v for v in layers["arenaer"]["arrangor"] if v}
    assert organisers <= fylker
    vei = layers["veiledning"]
    assert set(vei.loc[vei["fra_type"] == "FK", "fra_id"]) <= fylker
    assert set(vei.loc[vei["fra_type"] == "SF", "fra_id"]) <= sf_ids


# ---------------------------------------------------------------------------------------------
# Plans and capacity


def test_three_plans_per_municipality(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame]) -> None:
    planer = layers["planer"]
    counts = Counter(zip(planer["kommunenummer"], planer["plantype"], strict=True))
    knr = tables["kommuner"]["kommunenummer"]
    for k in knr:
        for kind in ("planstrategi", "samfunnsdel", "arealdel"):
            assert counts[(k, kind)] == 1
    assert len(planer) == 3 * len(knr)
    assert (planer["plan_id"] == planer["kommunenummer"] + "-" + planer["plantype"]).all()
    arealdel = planer[planer["plantype"] == "arealdel"]
    assert arealdel["navn"].str.startswith("Kommuneplanens arealdel").all()


def test_planstrategi_mostly_on_time(layers: dict[str, pd.DataFrame]) -> None:
    years = layers["planer"].query("plantype == 'planstrategi'")["vedtatt_aar"].astype(int)
    assert (years == 2024).mean() > 0.6
    assert set(years) <= {2016, 2017, 2018, 2019, 2020, 2024, 2025}
    assert (years == 2025).any() and (years <= 2020).any()


def test_small_remote_municipalities_have_older_plans(layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame) -> None:
    small = _small_district(kommuner)
    planer = layers["planer"]
    for kind in ("arealdel", "samfunnsdel"):
        part = planer[planer["plantype"] == kind]
        age = YEAR - part["vedtatt_aar"].astype(int)
        is_small = part["kommunenummer"].isin(small)
        assert age[is_small].mean() > age[~is_small].mean() + 2, kind
    report = calibration_report(layers, kommuner.reset_index())
    assert report["median_arealdel_alder_smaa_distrikt"] >= 10  # "often 10+ years old"
    assert report["median_arealdel_alder_andre"] < report["median_arealdel_alder_smaa_distrikt"]


def test_capacity_calibrated_to_nivi(layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame) -> None:
    kap = layers["plankapasitet"]
    samf = kap["aarsverk_samfunn"].astype(float)
    areal = kap["aarsverk_areal"].astype(float)
    assert abs((samf <= 0.5).mean() - 0.61) <= 0.02
    assert abs((areal <= 0.5).mean() - 0.32) <= 0.02
    assert kap["aarsverk_samfunn"].str.fullmatch(r"\d+\.\d").all()
    assert kap["aarsverk_areal"].str.fullmatch(r"\d+\.\d").all()
    assert (kap["aar"] == str(YEAR)).all()
    pop_rank = pd.Series(_pop(kommuner)[kap["kommunenummer"]].to_numpy()).rank()
    assert pop_rank.corr(samf.reset_index(drop=True).rank()) > 0.7  # Spearman, without scipy
    assert pop_rank.corr(areal.reset_index(drop=True).rank()) > 0.7
    oslo = kap[kap["kommunenummer"] == "0301"]
    assert float(oslo["aarsverk_samfunn"].iloc[0]) > 10 and float(oslo["aarsverk_areal"].iloc[0]) > 10
    # The shortfall grows as size falls: the smallest quarter is almost all at or below 0.5 FTE.
    smallest = kap["kommunenummer"].isin(_pop(kommuner).nsmallest(len(kap) // 4).index)
    assert (samf[smallest] <= 0.5).mean() > 0.95


@pytest.mark.parametrize("seed", [1, 7, 99])
def test_capacity_calibration_holds_for_other_seeds(tables: dict[str, pd.DataFrame], seed: int) -> None:
    report = calibration_report(generate_illustrative(tables, seed=seed), tables["kommuner"])
    assert abs(report["andel_samfunn_le_0_5"] - 0.61) <= 0.02
    assert abs(report["andel_areal_le_0_5"] - 0.32) <= 0.02


# ---------------------------------------------------------------------------------------------
# Plan offices


def test_plan_offices(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame) -> None:
    offices = layers["plankontor"]
    members = layers["plankontor_medlemmer"]
    assert 6 <= len(offices) <= 10
    assert (offices["status"] == "aktiv").all()
    assert set(offices["form"]) <= {"vertskommune", "virtuelt"}
    assert offices["fra_aar"].astype(int).between(2019, 2025).all()
    assert offices["navn"].str.startswith("Plankontoret for ").all()
    assert offices["navn"].str.endswith("(illustrativt)").all()
    assert not members["kommunenummer"].duplicated().any()  # one office per municipality
    border = _border_graph(tables)
    capacity = layers["plankapasitet"].set_index("kommunenummer")["aarsverk_areal"].astype(float)
    pop = _pop(kommuner)
    for pid, group in members.groupby("plankontor_id"):
        knrs = list(group["kommunenummer"])
        assert 2 <= len(knrs) <= 5, pid
        assert kommuner.loc[knrs, "fylkesnummer"].nunique() == 1, pid
        assert nx.is_connected(border.subgraph(knrs)), pid
        assert (capacity[knrs] <= 1.0).all(), pid
        hosts = list(group.loc[group["rolle"] == "vert", "kommunenummer"])
        assert hosts == [pop[knrs].idxmax()], pid
        assert set(group["rolle"]) <= {"vert", "deltaker"}


def test_plan_offices_skip_members_of_active_real_offices(
    tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame]
) -> None:
    chosen = set(layers["plankontor_medlemmer"]["kommunenummer"])
    # Pretend a real office made of some of the chosen municipalities is active.
    blocked = sorted(chosen)[:4]
    real_offices = pd.DataFrame(
        [["real-1", "Ekte plankontor", "vertskommune", "aktiv", "2020", "", "", "", "test", ""]],
        columns=LAYERS["plankontor"].column_names,
    )
    member_columns = LAYERS["plankontor_medlemmer"].column_names
    real_members = pd.DataFrame(
        [
            {
                **dict.fromkeys(member_columns, ""),
                "plankontor_id": "real-1",
                "kommunenummer": k,
                "rolle": "deltaker",
                "source": "test",
            }
            for k in blocked
        ],
        columns=member_columns,
    )
    modified = {**tables, "plankontor": real_offices, "plankontor_medlemmer": real_members}
    again = generate_illustrative(modified, seed=2024, year=YEAR)
    assert not set(again["plankontor_medlemmer"]["kommunenummer"]) & set(blocked)
    # An office that is not active does not block anyone.
    inactive = {**modified, "plankontor": real_offices.assign(status="avsluttet")}
    same = generate_illustrative(inactive, seed=2024, year=YEAR)
    pd.testing.assert_frame_equal(same["plankontor_medlemmer"], layers["plankontor_medlemmer"])


# ---------------------------------------------------------------------------------------------
# Regional plans


def test_regional_plans(
    tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame
) -> None:
    plans = layers["regionale_planer"]
    cover = layers["regionalplan_dekning"]
    per_county = plans.groupby("fylkesnummer").size()
    assert set(per_county.index) == set(tables["fylker"]["fylkesnummer"])
    assert per_county.between(2, 4).all()
    for _, plan in plans.iterrows():
        assert plan["regionalplan_id"].startswith(f"ill-rp-{plan['fylkesnummer']}-")
        covered = list(cover.loc[cover["regionalplan_id"] == plan["regionalplan_id"], "kommunenummer"])
        assert covered, plan["regionalplan_id"]
        assert set(kommuner.loc[covered, "fylkesnummer"]) == {plan["fylkesnummer"]}
    topics = set(plans["tema"])
    assert "areal og transport" in topics
    assert topics <= {
        "areal og transport",
        "villrein og fjellområder",
        "kystsone",
        "vannforvaltning",
        "klima og energi",
        "senterstruktur og handel",
    }
    # Mountain plans cover connected clusters of remote municipalities.
    border = _border_graph(tables)
    for rid in plans.loc[plans["tema"] == "villrein og fjellområder", "regionalplan_id"]:
        covered = list(cover.loc[cover["regionalplan_id"] == rid, "kommunenummer"])
        assert nx.is_connected(border.subgraph(covered))
        assert (kommuner.loc[covered, "sentralitetsklasse"].astype(int) >= 5).all()


# ---------------------------------------------------------------------------------------------
# Arenas


def _regionraad(layers: dict[str, pd.DataFrame]) -> dict[str, list[str]]:
    ids = set(layers["arenaer"].loc[layers["arenaer"]["type"] == "regionråd", "arena_id"])
    members = layers["arena_medlemmer"]
    part = members[members["arena_id"].isin(ids)]
    return {str(aid): list(g["kommunenummer"]) for aid, g in part.groupby("arena_id")}


def test_each_municipality_in_exactly_one_regionraad(
    tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame
) -> None:
    groups = _regionraad(layers)
    counts = Counter(k for g in groups.values() for k in g)
    assert set(counts) == set(tables["kommuner"]["kommunenummer"])
    assert set(counts.values()) == {1}
    assert 50 <= len(groups) <= 70
    per_county = Counter(str(kommuner.loc[g[0], "fylkesnummer"]) for g in groups.values())
    sizes = kommuner["fylkesnummer"].value_counts().to_dict()
    for fylke, n in per_county.items():
        assert (2 <= n <= 6) or sizes[fylke] == 1, fylke
    for aid, g in groups.items():
        assert kommuner.loc[g, "fylkesnummer"].nunique() == 1, aid
    rr = layers["arenaer"][layers["arenaer"]["type"] == "regionråd"]
    assert (rr["arrangor"] == "").all()


def test_regionraad_connected(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame]) -> None:
    """Connected by land borders, except islands/exclaves joined through nearest-centroid link edges."""
    links = county_link_graph(tables["kommuner"], tables["grenser"])
    border = _border_graph(tables)
    fylke = dict(zip(tables["kommuner"]["kommunenummer"], tables["kommuner"]["fylkesnummer"], strict=True))
    # Link edges only ever touch a municipality outside its county's largest land-connected part.
    mainland: set[str] = set()
    for f in set(fylke.values()):
        own = [k for k, v in fylke.items() if v == f]
        mainland |= max(nx.connected_components(border.subgraph(own)), key=len)
    for a, b, data in links.edges(data=True):
        assert fylke[a] == fylke[b]
        if data["link"]:
            assert a not in mainland or b not in mainland
        else:
            assert border.has_edge(a, b)
    for aid, group in _regionraad(layers).items():
        assert nx.is_connected(links.subgraph(group)), aid
        # Without link edges, every piece but one consists of island/exclave municipalities only.
        pieces = list(nx.connected_components(border.subgraph(group)))
        assert sum(1 for p in pieces if p & mainland) <= 1, aid


def test_planforum_and_networks(layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame) -> None:
    arenas = layers["arenaer"]
    members = layers["arena_medlemmer"]
    fora = arenas[arenas["type"] == "planforum"]
    assert sorted(fora["arrangor"]) == sorted(kommuner["fylkesnummer"].unique())
    attended: set[str] = set()
    for _, forum in fora.iterrows():
        knrs = list(members.loc[members["arena_id"] == forum["arena_id"], "kommunenummer"])
        assert set(kommuner.loc[knrs, "fylkesnummer"]) <= {forum["arrangor"]}
        attended |= set(knrs)
    share = len(attended) / len(kommuner)
    assert 0.6 < share < 0.95  # most, not all
    small = _small_district(kommuner)
    assert len(attended & small) / len(small) < share  # fewer of the small remote ones
    nets = arenas[arenas["type"] == "nettverk"]
    assert 8 <= len(nets) <= 15
    for _, net in nets.iterrows():
        knrs = list(members.loc[members["arena_id"] == net["arena_id"], "kommunenummer"])
        assert 3 <= len(knrs) <= 8
        assert set(kommuner.loc[knrs, "fylkesnummer"]) == {net["arrangor"]}
        assert (kommuner.loc[knrs, "sentralitetsklasse"].astype(int) >= 5).all()
        assert (_pop(kommuner)[knrs] < 5000).all()


# ---------------------------------------------------------------------------------------------
# Guidance


def test_guidance(tables: dict[str, pd.DataFrame], layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame) -> None:
    vei = layers["veiledning"]
    years = vei["aar"].astype(int)
    assert years.min() == 2019 and years.max() == YEAR
    assert vei["antall"].astype(int).between(1, 6).all()
    sf_of = dict(zip(tables["fylker"]["fylkesnummer"], tables["fylker"]["statsforvalter_id"], strict=True))
    county = kommuner["fylkesnummer"]
    fk = vei[vei["fra_type"] == "FK"]
    sf = vei[vei["fra_type"] == "SF"]
    assert (fk["fra_id"].to_numpy() == county[fk["kommunenummer"]].to_numpy()).all()
    assert (sf["fra_id"].to_numpy() == county[sf["kommunenummer"]].map(sf_of).to_numpy()).all()
    # The gap: most get contacts, a minority none in the last three years, more often small remote ones.
    recent = set(vei.loc[years >= YEAR - 2, "kommunenummer"])
    none = set(kommuner.index) - recent
    share_none = len(none) / len(kommuner)
    assert 0.05 <= share_none <= 0.30
    small = _small_district(kommuner)
    assert len(none & small) / len(small) > share_none
    # Larger municipalities have more contact.
    totals = vei.assign(n=vei["antall"].astype(int)).groupby("kommunenummer")["n"].sum()
    totals = totals.reindex(kommuner.index, fill_value=0)
    pop = _pop(kommuner)
    assert totals[pop >= 10_000].mean() > 1.5 * totals[pop < 10_000].mean()


def test_planforum_contacts_only_for_attendees_recently(layers: dict[str, pd.DataFrame]) -> None:
    members = layers["arena_medlemmer"]
    attendees = set(members.loc[members["arena_id"].str.startswith("ill-pf-"), "kommunenummer"])
    vei = layers["veiledning"]
    recent_fk_forum = vei[(vei["fra_type"] == "FK") & (vei["form"] == "planforum") & (vei["aar"].astype(int) >= 2024)]
    assert set(recent_fk_forum["kommunenummer"]) <= attendees


# ---------------------------------------------------------------------------------------------
# Report and the year parameter


def test_calibration_report(layers: dict[str, pd.DataFrame], kommuner: pd.DataFrame) -> None:
    report = calibration_report(layers, kommuner.reset_index())
    assert abs(report["andel_samfunn_le_0_5"] - 0.61) <= 0.02
    assert abs(report["andel_areal_le_0_5"] - 0.32) <= 0.02
    assert report["antall_regionraad"] == len(_regionraad(layers))
    assert report["antall_planforum"] == 15
    assert 6 <= report["antall_plankontor"] <= 10
    assert 0 < report["andel_uten_veiledning_siste_3_aar"] < 0.3
    assert report["andel_planstrategi_i_tide"] + report["andel_planstrategi_sen"] + report[
        "andel_planstrategi_gammel"
    ] == pytest.approx(1.0)
    assert all(isinstance(v, float) and not math.isnan(v) for v in report.values())


def test_report_tolerates_missing_layers(kommuner: pd.DataFrame) -> None:
    assert calibration_report({}, kommuner.reset_index()) == {}


def test_other_year(tables: dict[str, pd.DataFrame]) -> None:
    later = generate_illustrative(tables, seed=2024, year=2028)
    strategi = later["planer"].query("plantype == 'planstrategi'")["vedtatt_aar"].astype(int)
    assert (strategi == 2028).mean() > 0.6  # election 2027, planstrategi due 2028
    assert strategi.max() <= 2028
    assert later["veiledning"]["aar"].astype(int).max() <= 2028
    assert (later["plankapasitet"]["aar"] == "2028").all()
