"""Challenge profiles and similarity: bounds, symmetry, contributions, missing values, configuration."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from dknet.analysis.profiles import (
    INDICATORS,
    challenge_profiles,
    kind_of,
    load_config,
    missing_report,
    pair_similarity,
    rank_scale,
    similarity_matrix,
)
from dknet.errors import ConfigError
from dknet.examples import tiny_graph


@pytest.fixture(scope="module")
def scaled(graph):  # type: ignore[no-untyped-def]
    return rank_scale(challenge_profiles(graph))


def test_profiles_cover_every_municipality_and_indicator(graph) -> None:  # type: ignore[no-untyped-def]
    prof = challenge_profiles(graph)
    assert len(prof) == 357
    assert list(prof.columns) == list(load_config().weights)
    assert prof.loc["5026", "folketall"] == 2037


def test_matrix_is_symmetric_bounded_with_unit_diagonal(graph, scaled) -> None:  # type: ignore[no-untyped-def]
    S = similarity_matrix(scaled, load_config().weights).to_numpy()
    assert np.allclose(S, S.T)
    assert np.nanmin(S) >= 0 and np.nanmax(S) <= 1
    assert np.allclose(np.diag(S), 1.0)


def test_vector_pair_and_matrix_agree(scaled) -> None:  # type: ignore[no-untyped-def]
    w = load_config().weights
    S = similarity_matrix(scaled, w)
    row = S.loc["5026"]
    s, parts = pair_similarity(scaled, w, "5026", "5033")
    assert s == pytest.approx(row["5033"])
    assert sum(parts.values()) == pytest.approx(s)
    # every indicator both have a value for, and no other (a flag neither has is not compared;
    # Holtålen's arealdel of 2021 revised only the provisions: its age is unknown)
    both = {c for c in w if scaled.loc[["5026", "5033"], c].notna().all()}
    flags_neither = {c for c in both if kind_of(c) == "flag" and scaled.loc["5026", c] == scaled.loc["5033", c] == 0}
    assert set(parts) == both - flags_neither and "alder_arealdel" not in both


def test_missing_values_are_left_out_not_zero() -> None:
    raw = pd.DataFrame({"a": [0.0, 1.0, 0.0], "b": [np.nan, 5.0, 9.0]}, index=["x", "y", "z"])
    sc = rank_scale(raw)
    s_xz, parts = pair_similarity(sc, {"a": 1.0, "b": 1.0}, "x", "z")
    assert s_xz == 1.0 and set(parts) == {"a"}  # b is missing for x, so only a counts
    report = missing_report(raw)
    assert report.set_index("indicator").loc["b", "missing"] == 1
    assert report.set_index("indicator").loc["b", "kommuner"] == "x"


def test_indicator_without_any_records_is_missing_not_zero() -> None:
    prof = challenge_profiles(tiny_graph())
    assert prof["veiledning"].isna().all()  # the tiny graph has no guidance layer at all
    assert prof["alder_arealdel"].isna().all()
    assert prof["medlemskap"].notna().all()


@settings(max_examples=50, deadline=None)
@given(
    arrays(
        float,
        st.tuples(st.integers(2, 12), st.integers(1, 5)),
        elements=st.one_of(st.floats(-1e6, 1e6), st.just(np.nan)),
    )
)
def test_similarity_properties_on_random_profiles(values: np.ndarray) -> None:
    raw = pd.DataFrame(
        values, index=[f"k{i}" for i in range(len(values))], columns=[f"c{j}" for j in range(values.shape[1])]
    )
    weights = {c: 1.0 + j for j, c in enumerate(raw.columns)}
    S = similarity_matrix(rank_scale(raw), weights).to_numpy()
    finite = ~np.isnan(S)
    assert np.array_equal(finite, finite.T)
    assert np.allclose(S[finite], S.T[finite])
    assert (S[finite] >= -1e-12).all() and (S[finite] <= 1 + 1e-12).all()


def test_default_config_is_valid_and_documented() -> None:
    cfg = load_config()
    assert set(cfg.weights) <= set(INDICATORS)
    doc = (Path(__file__).resolve().parents[1] / "docs" / "partners.md").read_text(encoding="utf-8")
    assert [name for name in INDICATORS if f"`{name}`" not in doc] == []


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[indicators]\nfolketal = 1\n", "unknown indicator 'folketal' (did you mean folketall?)"),
        ("[indicators]\nfolketall = -1\n", "weight of 'folketall' must be a number ≥ 0"),
        ("[indicators]\nfolketall = 0\n", "at least one indicator needs a weight above 0"),
        ("[indicators]\nfolketall = 'x'\n", "weight of 'folketall' must be a number"),
        ("[indicatorer]\nfolketall = 1\n", "unknown section(s) [indicatorer]"),
        ("[indicators\nfolketall = 1\n", "is not valid TOML"),
        ("[indicators]\nfolketall = 1\n[purpose.office]\nw_similarity = -2\n", "w_similarity must be a number ≥ 0"),
        ("[indicators]\nfolketall = 1\n[partners]\nscale = 3\n", "unknown key 'scale' in [partners]"),
        ("[indicators]\nfolketall = 1\n[purpose.ferry]\nmax_km = 3\n", "unknown purpose [purpose.ferry]"),
        ("[indicators]\nfolketall = 1\n[purpose.office]\nmax_km = 0\n", "[purpose.office] max_km must be a number > 0"),
    ],
)
def test_invalid_config_gets_a_clear_error(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(path)
    assert message in str(e.value)
    assert str(path) in str(e.value) or "TOML" in str(e.value)


def test_weight_override_is_validated() -> None:
    with pytest.raises(ConfigError, match="unknown indicator 'nope'"):
        load_config().with_weights({"nope": 1.0})
    assert "veiledning" not in load_config().with_weights({"veiledning": 0}).weights


# --- themes and kinds (issue 21) -------------------------------------------------------------


def test_a_theme_counts_its_weight_however_many_indicators_it_has() -> None:
    from dknet.analysis.profiles import theme_weights

    w = theme_weights({"folketall": 1.0, "endring_10aar": 1.0, "andel_67pluss": 2.0, "kostragruppe": 1.0}, {})
    assert sum(v for k, v in w.items() if k != "kostragruppe") == pytest.approx(1.0)
    assert w["kostragruppe"] == pytest.approx(1.0)
    assert w["andel_67pluss"] == pytest.approx(0.5)


def test_weight_option_takes_a_theme_name() -> None:
    from dknet.analysis.profiles import load_config

    base = load_config()
    doubled = base.with_weights({"natur": 2 * base.themes["natur"]})
    assert doubled.themes["natur"] == 2 * base.themes["natur"]
    assert doubled.weights["villrein"] == pytest.approx(2 * base.weights["villrein"])  # the theme's one indicator
    assert doubled.weights["folketall"] == pytest.approx(base.weights["folketall"])
    off = base.with_weights({"demografi": 0.0})
    assert not {"folketall", "endring_10aar", "andel_67pluss", "andel_80pluss"} & set(off.weights)


def test_an_unknown_theme_is_a_config_error(tmp_path: Path) -> None:
    from dknet.analysis.profiles import load_config
    from dknet.errors import ConfigError

    f = tmp_path / "p.toml"
    f.write_text("[themes]\nnaturr = 1.0\n[indicators]\nfolketall = 1.0\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(f)
    assert "naturr" in str(e.value)


def test_a_flag_compares_only_pairs_where_one_has_it_and_a_category_by_equality() -> None:
    from dknet.analysis.profiles import rank_scale, similarity_matrix

    raw = pd.DataFrame(
        {"oykommune": [1.0, 1.0, 0.0, 0.0], "kostragruppe": [16.0, 16.0, 16.0, 2.0], "folketall": [1.0, 2.0, 3.0, 4.0]},
        index=["a", "b", "c", "d"],
    )
    scaled = rank_scale(raw)
    assert scaled["kostragruppe"].tolist() == [16.0, 16.0, 16.0, 2.0]  # kept, not ranked
    only_flag = similarity_matrix(scaled, {"oykommune": 1.0})
    assert only_flag.loc["a", "b"] == 1.0 and only_flag.loc["a", "c"] == 0.0
    assert np.isnan(only_flag.loc["c", "d"])  # two mainland municipalities: not compared
    only_group = similarity_matrix(scaled, {"kostragruppe": 1.0})
    assert only_group.loc["a", "c"] == 1.0 and only_group.loc["c", "d"] == 0.0


def test_the_pair_and_the_matrix_agree_with_kinds() -> None:
    from dknet.analysis.profiles import pair_similarity, rank_scale, similarity_matrix

    rng = np.random.default_rng(7)
    raw = pd.DataFrame(
        {
            "folketall": rng.normal(size=30),
            "oykommune": rng.integers(0, 2, 30).astype(float),
            "kostragruppe": rng.integers(1, 4, 30).astype(float),
        },
        index=[f"k{i:02d}" for i in range(30)],
    )
    raw.iloc[3, 0] = np.nan
    scaled = rank_scale(raw)
    w = {"folketall": 1.0, "oykommune": 0.5, "kostragruppe": 2.0}
    M = similarity_matrix(scaled, w)
    for a in ("k00", "k03", "k11"):
        for b in ("k01", "k03", "k29"):
            s, parts = pair_similarity(scaled, w, a, b)
            assert s == pytest.approx(M.loc[a, b], nan_ok=True)
            if parts:
                assert sum(parts.values()) == pytest.approx(s)
