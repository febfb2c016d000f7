"""Category, pass 11b. Every sentence is written for these tests, in English, German and French.

- In a story on defence levels, a share a giver is estimated at ("Denmark is estimated at
  2.4%, Norway at 2.2%", "Die Nato schätzt Dänemark auf 2,4 Prozent", "le Danemark est estimé
  à 2,4 %") is its level (defense_spending): an estimate of a share is no damage bill.
"""

import pytest

from tests.support.figures import by_surface

_GOAL = {
    "en": "NATO published its annual estimates of defence spending on Monday. Twenty allies are "
    "expected to meet the 2% guideline this year.\n\n",
    "de": "Die Nato hat am Montag ihre jährlichen Schätzungen der Verteidigungsausgaben "
    "veröffentlicht. Zwanzig Verbündete dürften in diesem Jahr das Ziel von 2 Prozent "
    "erreichen.\n\n",
    "fr": "L'Otan a publié lundi ses estimations annuelles des dépenses de défense. Vingt alliés "
    "devraient atteindre cette année l'objectif de 2 %.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "surfaces"),
    [
        (
            "en",
            "Among the smaller allies, Denmark is estimated at 2.4%, Norway at 2.2%.",
            ("2.4%", "2.2%"),
        ),
        (
            "de",
            "Unter den kleineren Verbündeten schätzt die Nato Dänemark bei 2,4 Prozent, "
            "Norwegen bei 2,2 Prozent.",
            ("2,4 Prozent", "2,2 Prozent"),
        ),
        (
            "fr",
            "Parmi les petits alliés, le Danemark est estimé à 2,4 %, la Norvège à 2,2 %.",
            ("2,4 %", "2,2 %"),
        ),
    ],
)
def test_a_share_estimated_is_a_level(lang: str, sentence: str, surfaces: tuple[str, ...]) -> None:
    figures = by_surface(_GOAL[lang] + sentence)
    assert [figures[s].category for s in surfaces] == ["defense_spending"] * len(surfaces)


def test_a_damage_estimate_stays_other() -> None:
    text = _GOAL["en"] + "The damage to the grid is estimated at 12 billion euros."
    assert by_surface(text)["12 billion euros"].category == "other"
