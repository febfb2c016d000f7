"""Donor rules of the donor pass after extractor 2026.11.33 (issue 10), kept only when they raised
donor on the in-sample article sets and lowered it on no validation set. Each rule is checked on
sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Last year the EU member countries spent €310 billion on defence.", "€310 billion"),
        (
            "Die EU-Staaten haben 2024 zusammen 1,8 Prozent ihres BIP für Verteidigung ausgegeben.",
            "1,8 Prozent",
        ),
        (
            "Les Vingt-Sept ont dépensé 320 milliards d'euros pour leur défense en 2024.",
            "320 milliards d'euros",
        ),
    ],
)
def test_what_the_union_spent_on_defence_is_its_members(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU member states"


def test_a_union_plan_to_mobilise_defence_money_stays_the_unions() -> None:
    figures = by_surface("The EU plans to mobilise up to €650 billion in defence spending.")
    assert figures["€650 billion"].donor != "EU member states"


def test_a_paragraphs_economy_is_not_the_country_aid_goes_to() -> None:
    text = (
        "Portugal announced €50 million in military aid to Ukraine on Monday.\n\n"
        "The finance minister said the new support for Ukraine would come from existing budgets. "
        '"Annual inflation is still 5% and the deficit is forecast at €9 billion," she said.'
    )
    figures = by_surface(text)
    assert figures["5%"].donor == "Portugal"
    assert figures["€9 billion"].donor == "Portugal"
