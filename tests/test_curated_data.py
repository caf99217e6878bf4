"""The curated tier (records transcribed from cited public pages) and how it replaces illustrative records.

Invariants checked on the bundled files: every municipality code is one of the 357 of the 2024
division, every curated record has a source, an address and exactly one citation, keys are unique,
and, once loaded, no illustrative record survives that a real or curated record contradicts
(the rules in ``dknet.io.illustrative`` and docs/data-coverage.md).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from dknet.cli import cli
from dknet.io.dataset import Dataset, load_dataset
from dknet.io.files import bundled_dir
from dknet.io.illustrative import provenance_kind, supersede_illustrative
from dknet.schema import ILLUSTRATIVE, LAYERS, ColumnType

CURATED_LAYERS = ("arenaer", "arena_medlemmer", "planer", "regionale_planer", "regionalplan_dekning", "sjosamband")
#: Curated records kept in data/real (the plan cooperations and the two national projects).
REAL_CURATED_LAYERS = ("arenaer", "arena_medlemmer", "plankontor", "plankontor_medlemmer")


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _record_keys(name: str, df: pd.DataFrame) -> list[str]:
    return ["|".join(r) for r in df[list(LAYERS[name].key)].to_numpy().tolist()]


@pytest.fixture(scope="module")
def curated_files() -> dict[tuple[str, str], pd.DataFrame]:
    """(folder, layer) → every bundled table that holds curated records."""
    base = bundled_dir()
    out = {("curated", name): _read(base / "curated" / f"{name}.csv") for name in CURATED_LAYERS}
    for name in REAL_CURATED_LAYERS:
        df = _read(base / "real" / f"{name}.csv")
        out[("real", name)] = df[[provenance_kind(s) == "curated" for s in df["source"]]]
    return out


@pytest.fixture(scope="module")
def citations() -> pd.DataFrame:
    return _read(bundled_dir() / "curated" / "citations.csv")


@pytest.fixture(scope="module")
def data() -> Dataset:
    return load_dataset()


def test_every_municipality_code_exists_in_the_2024_division(
    curated_files: dict[tuple[str, str], pd.DataFrame],
) -> None:
    codes = set(_read(bundled_dir() / "real" / "kommuner.csv")["kommunenummer"])
    assert len(codes) == 357
    for (folder, name), df in curated_files.items():
        for col in LAYERS[name].columns:
            if col.type is ColumnType.KOMMUNENUMMER and col.name in df.columns:
                unknown = sorted(set(df[col.name]) - codes)
                assert not unknown, f"{folder}/{name}.csv {col.name}: {unknown}"


def test_every_curated_record_has_source_address_and_one_citation(
    curated_files: dict[tuple[str, str], pd.DataFrame], citations: pd.DataFrame
) -> None:
    assert list(citations.columns) == ["layer", "record_key", "source_url", "source_date", "quote"]
    assert not citations.duplicated(["layer", "record_key"]).any()
    assert (citations["quote"].str.strip() != "").all()
    assert citations["source_url"].str.match(r"https?://").all()
    cited = set(zip(citations["layer"], citations["record_key"], strict=True))
    records: set[tuple[str, str]] = set()
    for (folder, name), df in curated_files.items():
        assert len(df), f"{folder}/{name}.csv has no curated records"
        assert (df["source"].map(provenance_kind) == "curated").all(), f"{folder}/{name}.csv"
        assert df["source_url"].str.match(r"https?://").all(), f"{folder}/{name}.csv: a record without an address"
        keys = {(name, k) for k in _record_keys(name, df)}
        assert not keys - cited, f"{folder}/{name}.csv: uncited {sorted(keys - cited)[:5]}"
        records |= keys
    assert not cited - records, f"citations without a record: {sorted(cited - records)[:5]}"


def test_no_duplicate_keys_within_or_across_the_bundled_tiers(
    curated_files: dict[tuple[str, str], pd.DataFrame],
) -> None:
    for (folder, name), df in curated_files.items():
        keys = pd.Series(_record_keys(name, df))
        assert not keys.duplicated().any(), f"{folder}/{name}.csv: {sorted(keys[keys.duplicated()])[:5]}"
    for name in ("arenaer", "arena_medlemmer"):
        real = _read(bundled_dir() / "real" / f"{name}.csv")
        both = set(_record_keys(name, real)) & set(_record_keys(name, curated_files[("curated", name)]))
        assert not both, f"{name}: the same key in real/ and curated/: {sorted(both)}"


def test_quality_control_left_out_inferred_and_unverified_records(
    curated_files: dict[tuple[str, str], pd.DataFrame],
) -> None:
    coverage = set(_record_keys("regionalplan_dekning", curated_files[("curated", "regionalplan_dekning")]))
    assert "rp-heiplanen|4618" not in coverage and "rp-heiplanen|4034" not in coverage
    assert "rp-heiplanen|4222" in coverage  # Bygland: stated on the county's page
    arenas = curated_files[("curated", "arenaer")]
    members = curated_files[("curated", "arena_medlemmer")]
    assert set(arenas["arena_id"]) == set(members["arena_id"]), "every curated arena has members"
    assert "rr-hamarregionen" not in set(arenas["arena_id"])


def test_loaded_layers_have_no_contradicted_illustrative_record(data: Dataset) -> None:
    t = data.tables
    ill = {name: df["source"] == ILLUSTRATIVE for name, df in t.items()}

    plans = t["planer"]
    observed = set(zip(plans.loc[~ill["planer"], "kommunenummer"], plans.loc[~ill["planer"], "plantype"], strict=True))
    illustrative = set(
        zip(plans.loc[ill["planer"], "kommunenummer"], plans.loc[ill["planer"], "plantype"], strict=True)
    )
    assert observed and not observed & illustrative
    assert len(plans) == 1071  # every municipality still has its three plan types, each once
    assert not plans.duplicated(["kommunenummer", "plantype"]).any()

    arenas = t["arenaer"]
    councils = arenas["type"] == "regionråd"
    assert councils.any() and not (councils & ill["arenaer"]).any()
    forums = arenas[arenas["type"] == "planforum"]
    assert sorted(forums["arrangor"]) == sorted(t["fylker"]["fylkesnummer"]), "one planning forum per county"
    assert (forums["source"] != ILLUSTRATIVE).all()

    rplans = t["regionale_planer"]
    real_owners = set(rplans.loc[~ill["regionale_planer"], "fylkesnummer"])
    ill_owners = set(rplans.loc[ill["regionale_planer"], "fylkesnummer"])
    assert real_owners and not real_owners & ill_owners
    assert real_owners | ill_owners == set(t["fylker"]["fylkesnummer"]), "every county keeps regional plans"

    for member, group, col in (
        ("arena_medlemmer", "arenaer", "arena_id"),
        ("regionalplan_dekning", "regionale_planer", "regionalplan_id"),
        ("plankontor_medlemmer", "plankontor", "plankontor_id"),
    ):
        assert set(t[member][col]) <= set(t[group][col]), member


def test_municipalities_in_no_real_council_are_in_none(data: Dataset) -> None:
    arenas, members = data.tables["arenaer"], data.tables["arena_medlemmer"]
    councils = set(arenas.loc[arenas["type"] == "regionråd", "arena_id"])
    in_council = set(members.loc[members["arena_id"].isin(councils), "kommunenummer"])
    assert "0301" not in in_council  # Oslo: no regional council in the sources
    assert "5026" in in_council


def test_plan_offices_give_way_to_ongoing_cooperations_only() -> None:
    cols = LAYERS["plankontor"].column_names
    offices = pd.DataFrame(
        [
            {"plankontor_id": "real-ongoing", "status": "ukjent", "source": "curated web"},
            {"plankontor_id": "real-ended", "status": "avsluttet", "source": "curated web"},
            {"plankontor_id": "ill-1", "status": "aktiv", "source": ILLUSTRATIVE},
            {"plankontor_id": "ill-2", "status": "aktiv", "source": ILLUSTRATIVE},
        ],
        columns=cols,
    )
    members = pd.DataFrame(
        [
            {"plankontor_id": "real-ongoing", "kommunenummer": "5026", "source": "curated web"},
            {"plankontor_id": "real-ended", "kommunenummer": "5544", "source": "curated web"},
            {"plankontor_id": "ill-1", "kommunenummer": "5026", "source": ILLUSTRATIVE},
            {"plankontor_id": "ill-1", "kommunenummer": "5033", "source": ILLUSTRATIVE},
            {"plankontor_id": "ill-2", "kommunenummer": "5544", "source": ILLUSTRATIVE},
        ],
        columns=LAYERS["plankontor_medlemmer"].column_names,
    )
    out = supersede_illustrative({"plankontor": offices, "plankontor_medlemmer": members})
    assert out["plankontor"]["plankontor_id"].tolist() == ["real-ongoing", "real-ended", "ill-2"]
    assert set(out["plankontor_medlemmer"]["plankontor_id"]) == {"real-ongoing", "real-ended", "ill-2"}
    assert len(offices) == 4 and len(members) == 5  # the input is not changed


def test_a_users_plan_replaces_the_illustrative_one_and_counts_as_user(tmp_path: Path) -> None:
    pd.DataFrame(
        [{"plan_id": "grong-kpa", "kommunenummer": "Grong", "plantype": "arealdel", "vedtatt_aar": "2012"}]
    ).to_csv(tmp_path / "planer.csv", index=False)
    data = load_dataset(tmp_path)
    plans = data.tables["planer"]
    grong = plans[(plans["kommunenummer"] == "5045") & (plans["plantype"] == "arealdel")]
    assert grong["plan_id"].tolist() == ["grong-kpa"]  # the illustrative 5045-arealdel is gone
    assert grong["source"].tolist() == ["user"]
    counts = data.provenance_counts()["planer"]
    assert counts["user"] == 1 and sum(counts.values()) == 1071


def test_info_counts_add_up_per_layer(data: Dataset) -> None:
    for name, kinds in data.provenance_counts().items():
        assert sum(kinds.values()) == len(data.tables[name]), name
        assert kinds["illustrative"] == int((data.tables[name]["source"] == ILLUSTRATIVE).sum()), name
    counts = data.provenance_counts()
    assert counts["kommuner"]["real"] == 357
    assert counts["arenaer"]["curated"] > counts["arenaer"]["illustrative"]


def test_show_holtaalen_has_real_council_forum_and_regional_plans() -> None:
    result = CliRunner().invoke(
        cli, ["show", "holtålen", "--no-cache", "--format", "csv", "--csv-dialect", "standard"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for key in ("rr-trondelag-sor", "pf-50", "rp-trondelagsplanen-2019-2030", "plankontoret-oppdal-rennebu"):
        row = next((line for line in lines if f",{key}," in line), "")
        assert row and "curated web" in row, key
    assert not any(",ill-rr-" in line or ",ill-pf-" in line or ",ill-rp-" in line for line in lines)
