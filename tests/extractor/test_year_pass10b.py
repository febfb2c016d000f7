"""Years: the G7's loans backed by Russia's immobilised assets run over several years (README,
settled), and so does a member's own loan under them. The scheme may go unnamed, told only as
repaid from the profits of the Russian assets ("repaid from the windfall profits of frozen
Russian assets", "remboursé grâce aux revenus des avoirs russes immobilisés", "der aus den
Zinserträgen des eingefrorenen russischen Vermögens getilgt wird"), and the member's sum may be
told as its own loan ("Norway's NOK 20 billion loan"). Such a sum has no year even when the
story's time is dated. Every sentence is written for these tests, in English, German and French."""

import datetime

import pytest

from tests.support.figures import by_surface

_MAY = datetime.date(2025, 5, 20)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "This year the Dutch government is also handing Kyiv its EUR 1.2 billion loan, "
            "repaid from the windfall profits of frozen Russian assets.",
            "EUR 1.2 billion",
        ),
        (
            "In diesem Jahr gewährt die Regierung in Den Haag der Ukraine zudem einen Kredit von "
            "1,2 Milliarden Euro, der aus den Zinserträgen des eingefrorenen russischen "
            "Vermögens getilgt wird.",
            "1,2 Milliarden Euro",
        ),
        (
            "Cette année, le gouvernement néerlandais accorde en outre à Kiev un prêt de 1,2 "
            "milliard d'euros, remboursé grâce aux revenus des avoirs russes immobilisés.",
            "1,2 milliard d'euros",
        ),
    ],
)
def test_a_loan_repaid_from_russian_asset_profits_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text, published=_MAY)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "This year the first NOK 4 billion of Norway's NOK 20 billion loan under the G7 "
            "scheme was paid to Kyiv.",
            "NOK 20 billion",
        ),
        (
            "Die erste Rate Norwegens aus seinem 20 Milliarden Kronen schweren Kredit im "
            "Rahmen des G7-Kreditprogramms wurde in diesem Jahr ausgezahlt.",
            "20 Milliarden Kronen",
        ),
    ],
)
def test_a_members_own_loan_under_the_g7_scheme_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text, published=_MAY)[surface].year is None
