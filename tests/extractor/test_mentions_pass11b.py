"""Aid figures the extractor read as no aid, which made no mention for the reconciler (pass
11b): each rule is checked on sentences written for these tests, never copied from an article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Two neighbours are paying for the trucks together. Finland gives EUR 120 million "
            "and Sweden SEK 1.5 billion. The trucks will reach Ukraine in spring.",
            "EUR 120 million",
            "Finland",
        ),
        (
            "Two neighbours are paying for the trucks together. Finland gives EUR 120 million "
            "and Sweden SEK 1.5 billion. The trucks will reach Ukraine in spring.",
            "SEK 1.5 billion",
            "Sweden",
        ),
        (
            "The trucks will be delivered to Ukraine next year. Finland's share is EUR 80 million, "
            "the ministry said.",
            "EUR 80 million",
            "Finland",
        ),
    ],
)
def test_a_sum_a_named_state_gives_in_a_story_on_ukraine_is_aid(
    text: str, surface: str, donor: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.aid_related) == ("aid_total", donor, True)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Dänemark gehört zu den wichtigsten Geldgebern der Ukraine. Für das kommende Jahr sind "
            "im Budget 9 Milliarden Kronen vorgesehen.",
            "9 Milliarden Kronen",
        ),
        (
            "Denmark remains one of the largest donors to Ukraine. For next year, DKK 9 billion "
            "are set aside in the budget.",
            "DKK 9 billion",
        ),
    ],
)
def test_a_sum_after_a_giver_named_as_ukraines_donor_is_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.aid_related) == ("aid_total", True)


def test_money_standing_ready_is_made_available() -> None:
    text = (
        "Wien hat seine humanitäre Hilfe für die Ukraine aufgestockt. Insgesamt stehen nun "
        "40 Millionen Euro bereit."
    )
    figure = by_surface(text)["40 Millionen Euro"]
    # all of the aid so far, "insgesamt": no longer the kind the sentence before told
    assert (figure.category, figure.aid_related) == ("aid_total", True)


def test_arms_from_the_stocks_of_a_named_army_are_military_aid() -> None:
    text = (
        "Since 2022 Denmark has sent arms to Ukraine worth about DKK 4 billion from the "
        "stocks of the Danish army."
    )
    figure = by_surface(text)["DKK 4 billion"]
    assert (figure.category, figure.aid_related) == ("military_aid", True)


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        (
            "Spain has approved a winter package for Ukraine. It includes:\n"
            "- €30 million for humanitarian assistance through the Red Cross;\n"
            "- €12 million for schools, run by the Spanish Agency for Development Cooperation.",
            "€12 million",
            "humanitarian_aid",
        ),
        (
            "L'Espagne a adopté une aide d'hiver pour l'Ukraine. Elle comprend :\n"
            "- 30 M€ d'aide humanitaire par la Croix-Rouge ;\n"
            "- 12 M€ pour l'hébergement des familles déplacées.",
            "12 M€",
            "humanitarian_aid",
        ),
    ],
)
def test_a_further_item_of_a_bulleted_list_of_aid_is_aid(
    text: str, surface: str, category: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.aid_related) == (category, True)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Le port d'Odessa recevra 90 millions d'euros de la Banque européenne "
            "d'investissement pour reconstruire ses quais, a indiqué l'opérateur ukrainien.",
            "90 millions d'euros",
        ),
        (
            "The European Investment Bank announced €90 million in Kyiv for water networks in "
            "Ukraine's eastern cities.",
            "€90 million",
        ),
    ],
)
def test_a_sum_the_eib_lends_or_announces_for_ukraine_is_financial_aid(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.aid_related) == ("financial_aid", "EU", True)
