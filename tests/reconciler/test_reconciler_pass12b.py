"""Pass 12b: a country's own defence sums that were read as `other` (so no claim saw them): a sum
put into "its defence" ("dans sa défense", "in seine Verteidigung") and a sum its
army is to receive with the amount between ("Das Bundesheer soll ... 3 Milliarden Euro
erhalten"); and
the alliance's goal counted in national income ("l'objectif de 3,5 % du RNB")."""

import datetime

import pytest

from services.extractor.figures import extract_figures

_DAY = datetime.date(2025, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Les Pays-Bas investiront 6 milliards d'euros de plus dans leur défense en 2026.",
        "Le Portugal injectera 900 millions d'euros en sa défense cette année.",
        "Sweden will invest SEK 40 billion more in its defence over the coming years.",
        "Dänemark investiert weitere 3 Milliarden Euro in seine Verteidigung.",
        "Die Streitkräfte sollen im nächsten Jahr insgesamt 8 Milliarden Euro erhalten.",
        "Die Armee des Landes soll bis 2027 rund 2 Milliarden Franken mehr bekommen.",
    ],
)
def test_own_defence_sum_is_spending(text: str) -> None:
    categories = [f.category for f in extract_figures(text, published=_DAY)]
    assert categories == ["defense_spending"]


@pytest.mark.parametrize(
    "text",
    [
        "Luxembourg's armed forces are close to the target of 2% of its gross national income.",
        "Das Ziel von 2 Prozent des Bruttonationaleinkommens erreicht die Armee 2026.",
        "L'objectif de 3,5 % du RNB en 2035 inquiète toutefois le syndicat des militaires.",
    ],
)
def test_goal_in_national_income_is_target(text: str) -> None:
    categories = [f.category for f in extract_figures(text, published=_DAY)]
    assert categories == ["pledge_target"]
