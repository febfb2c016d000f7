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


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Taiwan, which has no embassy in Kyiv, has sent around $40 million in humanitarian "
            "aid to Ukraine.",
            "$40 million",
        ),
        (
            "Taïwan a versé 30 millions de dollars d'aide humanitaire à l'Ukraine depuis 2022.",
            "30 millions de dollars",
        ),
        (
            "Die taiwanische Regierung hat der Ukraine 20 Millionen Dollar für Generatoren "
            "überwiesen.",
            "20 Millionen Dollar",
        ),
    ],
)
def test_taiwan_gives_in_its_own_name(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.donor, figure.recipient) == ("Taiwan", "Ukraine")


def test_taiwan_named_after_another_giver_takes_nothing_from_it() -> None:
    text = (
        "New Zealand gave NZ$5 million for generators in March. Taiwan, which Kyiv does not "
        "recognise, has sent around $25 million in humanitarian aid."
    )
    assert by_surface(text)["$25 million"].donor == "Taiwan"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Le seuil de 2 % fixé par l'Otan reste hors de portée pour un pays dont la dette "
            "publique dépasse 100 % du PIB.",
            "2 %",
        ),
        (
            "The 3% level set by NATO remains out of reach for a country whose public debt "
            "exceeds 100% of GDP.",
            "3%",
        ),
    ],
)
def test_the_alliance_named_for_an_other_figure_is_its_members(text: str, surface: str) -> None:
    # The alliance spends nothing itself: what it sets is its members', in every category.
    assert by_surface(text)[surface].donor == "NATO allies"


@pytest.mark.parametrize(
    "text",
    [
        "The package sets aside $9 billion for Israel and Taiwan, and the rest for Ukraine.",
        "Le Congrès a aussi voté 5 milliards de dollars pour Taïwan.",
    ],
)
def test_taiwan_named_where_aid_goes_gives_nothing(text: str) -> None:
    assert all(figure.donor != "Taiwan" for figure in by_surface(text).values())
