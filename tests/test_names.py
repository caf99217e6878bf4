"""Finding municipalities the way planners type them."""

from __future__ import annotations

import pytest

from dknet.errors import AmbiguousNameError, UnknownNameError
from dknet.overview import municipality_index


@pytest.fixture(scope="module")
def index(graph):  # type: ignore[no-untyped-def]
    return municipality_index(graph)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("5026", "5026"),
        ("Holtålen", "5026"),
        ("holtalen", "5026"),
        ("holtaalen", "5026"),
        ("HOLTÅLEN", "5026"),
        ("Holtålen kommune", "5026"),
        ("Guovdageaidnu", "5612"),
        ("kautokeino", "5612"),
        ("Porsáŋgu", "5622"),
        ("Porsanki", "5622"),
        ("Raarvihke", "5043"),
        ("Nord-Fron", "3436"),
        ("nord fron", "3436"),
        ("Aurskog-Høland", "3226"),
        ("baerum", "3201"),
        ("Herøy (Nordland)", "1818"),
        ("herøy møre og romsdal", "1515"),
        ("Våler (Innlandet)", "3419"),
        ("oslo", "0301"),
    ],
)
def test_resolves_as_typed(index, query: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert index.resolve(query) == code


@pytest.mark.parametrize(("query", "choices"), [("Herøy", ["1515", "1818"]), ("våler", ["3114", "3419"])])
def test_ambiguous_names_list_the_choices(index, query: str, choices: list[str]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AmbiguousNameError) as e:
        index.resolve(query)
    assert [c.split("(")[1].split(",")[0] for c in e.value.choices] == choices


def test_unknown_name_suggests_the_closest(index) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownNameError) as e:
        index.resolve("Holtåln")
    assert e.value.suggestions[0].startswith("Holtålen (5026")


def test_lost_leading_zero_and_old_numbers_get_hints(index) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownNameError, match="did you mean 0301"):
        index.resolve("301")
    with pytest.raises(UnknownNameError, match=r"1567 was the number of Rindal until 2023.*5061"):
        index.resolve("1567")


def test_damaged_sami_letter_suggests_the_real_name(index) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownNameError, match=r"damaged letter.*Porsáŋgu"):
        index.resolve("Porsá?gu")


def test_no_two_municipalities_share_a_skeleton_except_the_known_homonyms(index) -> None:  # type: ignore[no-untyped-def]
    shared = {k: v for k, v in index._by_skeleton.items() if len(v) > 1}
    assert shared == {"heroy": {"1515", "1818"}, "valer": {"3114", "3419"}}
