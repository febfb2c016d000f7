"""Donor rules of the second donor pass: the giver the figure's own sentence names, however it is
named. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "The Nordic Investment Bank is lending €80 million to Ukrenergo. The loan is topped "
            "up by a €25 million grant from the Government of Denmark, channelled through the "
            "bank.",
            "€25 million",
            "Denmark",
        ),
        (
            "The World Bank approved a $400 million loan for Ukraine's schools. It is "
            "complemented by $60 million from the government of Japan, managed by the bank.",
            "$60 million",
            "Japan",
        ),
    ],
)
def test_a_giver_named_by_its_government_is_the_figures_own(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Estonia leads the coalition with Britain and pledged €15 million on Monday. The "
            "government has set aside £90 million for air defence for Ukraine this year, and "
            "British companies are building the interceptors.",
            "£90 million",
            "United Kingdom",
        ),
        (
            "Lithuania chairs the demining coalition that Britain joined, which raised €40 "
            "million. The ministry has committed £25 million to mine clearance in Ukraine.",
            "£25 million",
            "United Kingdom",
        ),
    ],
)
def test_a_sum_in_pounds_is_britains_in_a_story_naming_britain(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_sum_in_pounds_in_a_story_not_naming_britain_keeps_the_context_giver() -> None:
    # British outlets convert other givers' sums into pounds.
    text = (
        "Lithuania chairs the demining coalition, which raised €40 million. The ministry has "
        "committed £25 million to mine clearance in Ukraine."
    )
    assert by_surface(text)["£25 million"].donor == "Lithuania"


def test_a_sum_restated_in_pounds_keeps_its_giver() -> None:
    text = (
        "Tallinn has pledged another €30 million, about £26 million, for the coalition it leads "
        "with Britain."
    )
    assert by_surface(text)["£26 million"].donor == "Estonia"
