"""Attribution rules of extractor 2026.11.22 (issue 10, fifteenth pass). Each rule is checked on
sentences written for these tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from shared.models import Figure

PUBLISHED = datetime.date(2026, 3, 10)


def _figures(text: str) -> list[Figure]:
    return extract_figures(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Polen rüstet weiter auf. Weitere 58 Milliarden Złoty fließen im kommenden Jahr aus "
            "dem Fonds zur Unterstützung der Streitkräfte, der sich über Anleihen finanziert.",
            "Poland",
        ),
        (
            "Warsaw will also draw about 70 billion zlotys next year from the Armed Forces "
            "Support Fund, which borrows on the bond market.",
            "Poland",
        ),
        (
            "Die Bundeswehr bekommt im kommenden Jahr aus Haushalt und Sondervermögen 95 "
            "Milliarden Euro.",
            "Germany",
        ),
        (
            "Le budget de l'armée suisse atteindra 6,5 milliards de francs l'an prochain.",
            "Switzerland",
        ),
    ],
)
def test_money_for_the_countrys_own_forces_is_its_defence_spending(text: str, donor: str) -> None:
    figure = _figures(text)[-1]
    assert (figure.category, figure.donor, figure.recipient, figure.year) == (
        "defense_spending",
        donor,
        None,
        2027,
    )


def test_the_forces_budget_after_aid_to_ukraine_is_no_aid() -> None:
    text = (
        "Deutschland hat der Ukraine seit 2022 Militärhilfe im Wert von 40 Milliarden Euro "
        "geleistet. Die Bundeswehr erhält im kommenden Jahr 95 Milliarden Euro."
    )
    aid, budget = _figures(text)
    assert (aid.category, aid.recipient) == ("military_aid", "Ukraine")
    assert (budget.category, budget.donor, budget.recipient) == (
        "defense_spending",
        "Germany",
        None,
    )
