"""Donors: givers named only as a crowd, a country's part of the G7 loans, a summit text named
by its city. Sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Selon le dernier relevé, les donateurs ont engagé 12 milliards d'euros pour "
            "l'Ukraine au premier semestre.",
            "12 milliards d'euros",
        ),
        (
            "Le fonds pour la défense aérienne, alimenté par une quinzaine de pays, dispose "
            "désormais de 2,4 milliards d'euros pour l'Ukraine.",
            "2,4 milliards d'euros",
        ),
        (
            "Die Munitionsinitiative wird von rund 15 Staaten getragen, die bislang 900 Millionen "
            "Euro für die Ukraine eingezahlt haben.",
            "900 Millionen Euro",
        ),
        (
            "Some 20 countries have paid into the drone fund for Ukraine, which now holds "
            "EUR 700 million.",
            "EUR 700 million",
        ),
    ],
)
def test_givers_named_only_as_a_crowd_are_donor_countries(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "donor countries"


def test_europes_donors_in_french_stay_european_countries() -> None:
    text = "Les donateurs européens ont alloué 8 milliards d'euros d'aide militaire à l'Ukraine."
    assert by_surface(text)["8 milliards d'euros"].donor == "European countries"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "La part belge des prêts du G7, financés par les revenus des avoirs russes, atteint "
            "900 millions d'euros.",
            "900 millions d'euros",
            "Belgium",
        ),
        (
            "La quote-part japonaise des prêts ERA du G7 s'élève à 3 milliards de dollars, dont "
            "1 milliard de dollars versé en mars.",
            "3 milliards de dollars",
            "Japan",
        ),
        (
            "Ottawa a confirmé que sa part des prêts ERA du G7 atteindrait 5 milliards $ pour "
            "l'Ukraine.",
            "5 milliards $",
            "Canada",
        ),
    ],
)
def test_a_countrys_part_of_the_g7_loans_is_its_own(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("title", "text", "surface", "host"),
    [
        (
            "Madrid communique: allies keep the 3.5% goal",
            "The text reaffirms the pledge to spend 3.5% of GDP on core defence by 2035.",
            "3.5%",
            "Spain",
        ),
        (
            "Reaction to the Vilnius declaration",
            "Diplomats said the Vilnius declaration restates the commitment to spend at least "
            "2% of GDP on defence.",
            "2%",
            "Lithuania",
        ),
        (
            "Nach dem Gipfel",
            "Die Vilnius-Erklärung bekräftigt das Versprechen, mindestens 2 Prozent des BIP für "
            "Verteidigung auszugeben.",
            "2 Prozent",
            "Lithuania",
        ),
    ],
)
def test_a_summit_text_named_by_its_city_is_no_pledge_of_the_host(
    title: str, text: str, surface: str, host: str
) -> None:
    assert by_surface(text, title=title)[surface].donor != host


def test_the_allies_pledge_what_a_communique_named_by_its_city_reaffirms() -> None:
    title = "Madrid communique: allies keep the 3.5% goal"
    text = "The text reaffirms the pledge to spend 3.5% of GDP on core defence by 2035."
    assert by_surface(text, title=title)["3.5%"].donor == "NATO allies"
