"""Givers named by something other than the country's name: a parliament (the Saeima, the
Riigikogu, the Seimas, the House), a capital or a press name ("Athens", "Outre-Rhin"), an
adjective of nationality before a budget or an economic noun. The same adjective before other
nouns, or a city named as a venue, names no giver. Each rule is checked on sentences written for
these tests, never copied from an evaluation article."""

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("sentence", "donor"),
    [
        (
            "The Saeima on Tuesday approved a defence budget of €2.2 billion for next year.",
            "Latvia",
        ),
        ("The Riigikogu passed a defence budget of €1.8 billion for next year.", "Estonia"),
        ("The Seimas approved €2.7 billion for defence next year.", "Lithuania"),
    ],
)
def test_a_baltic_parliament_stands_for_its_country(sentence: str, donor: str) -> None:
    text = "Germany pledged more air defence last week. " + sentence
    assert extract_figures(text, published=PUBLISHED)[0].donor == donor


@pytest.mark.parametrize(
    "text",
    [
        "The House of Representatives on Friday passed a bill with $48 billion for Ukraine.",
        "House Speaker Mike Johnson scheduled a vote on $48 billion for Ukraine on Monday.",
    ],
)
def test_congress_chambers_by_their_american_names_are_the_united_states(text: str) -> None:
    assert by_surface(text)["$48 billion"].donor == "United States"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Turkey raised its budget. Athens will spend 3.1% of GDP on defence this year, the "
            "finance ministry said.",
            "3.1%",
            "Greece",
        ),
        (
            "La France a promis 3 milliards d'euros. Outre-Rhin, le gouvernement a inscrit 4 "
            "milliards d'euros d'aide militaire à l'Ukraine dans son budget.",
            "4 milliards d'euros",
            "Germany",
        ),
        (
            "La France a promis 3 milliards d'euros. Outre-Manche, le gouvernement a débloqué 1,5 "
            "milliard de livres d'aide militaire à l'Ukraine.",
            "1,5 milliard de livres",
            "United Kingdom",
        ),
    ],
)
def test_a_capital_or_press_name_stands_for_its_country(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_athens_after_in_is_a_place() -> None:
    figures = by_surface("Germany pledged €500 million at the conference in Athens.")
    assert figures["€500 million"].donor == "Germany"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Hungary spends 2.1% of GDP on its military, while the Slovak budget for next year "
            "sets aside 2.0%.",
            "2.0%",
            "Slovakia",
        ),
        (
            "Norway doubled its aid this year, and Danish defence spending will reach 3.2% of "
            "GDP in 2026.",
            "3.2%",
            "Denmark",
        ),
    ],
)
def test_a_nationality_adjective_before_a_budget_names_the_spender(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_nationality_adjective_before_other_nouns_still_names_no_one() -> None:
    figures = by_surface("Shares in Czech carmakers fell 1.2% on Tuesday.")
    assert figures["1.2%"].donor is None


def test_a_nationality_before_an_economic_noun_names_the_economy() -> None:
    text = (
        "Growth is weak across the region: Finland's economy shrank by 0.3%, while Latvian "
        "inflation rose to 4.1% in May."
    )
    figures = by_surface(text)
    assert (figures["0.3%"].donor, figures["4.1%"].donor) == ("Finland", "Latvia")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Overall, Kyiv got about €30 billion in military aid from all donors last year.",
            "€30 billion",
        ),
        ("Ukraine has received €2 billion in grants from several donor countries.", "€2 billion"),
    ],
)
def test_a_quantified_group_after_from_is_the_giver(sentence: str, surface: str) -> None:
    text = "Norway pledged NOK 5 billion in military aid to Ukraine on Monday. " + sentence
    assert by_surface(text)[surface].donor == "donor countries"
