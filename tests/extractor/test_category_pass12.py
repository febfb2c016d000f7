"""Category, pass 12. Every sentence is written for these tests, in English, German and French.

- In a story on a defence goal, a share a country already has ("Latvia is already above 3.2%",
  "Lettland liegt bereits über 3,3 Prozent", "la Pologne dépasse déjà 4,2 %") or stands at
  ("Portugal, at 1.6%, ...", "Belgium is at 1.4%", "liegt der Anteil bei 2,4 Prozent", "kommt auf
  etwa 2,6 Prozent", "se situe à 2,4 %") or averages ("averaged 2.4%", "einen Durchschnitt von",
  "en moyenne") is its level (defense_spending), not a goal.
- A rise in soldiers' pay told after the figure ("a 4.2% pay raise") or by the pay rising ("der
  Wehrsold steigt um 4,5 Prozent", "les soldes augmenteront de 3,5 %") is other.
"""

import pytest

from tests.support.figures import by_surface

_GOAL = {
    "en": "The allies agreed to a new goal for defence spending of 3.5% of GDP by 2035.\n\n",
    "de": "Die Verbündeten haben sich auf ein neues Ziel von 3,5 Prozent des BIP für "
    "Verteidigung bis 2035 geeinigt.\n\n",
    "fr": "Les alliés se sont fixé un nouvel objectif de 3,5 % du PIB pour la défense d'ici "
    "2035.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        (
            "en",
            "Several countries missed the 2% target, but Latvia is already above 3.2%.",
            "3.2%",
        ),
        (
            "de",
            "Portugal will das Ziel von 2 Prozent schon in diesem Jahr erreichen, Lettland liegt "
            "bereits über 3,3 Prozent.",
            "3,3 Prozent",
        ),
        (
            "fr",
            "Le Portugal a avancé l'objectif de 2 % à cette année, tandis que la Pologne dépasse "
            "déjà 4,2 %.",
            "4,2 %",
        ),
        ("en", "Portugal, at 1.6%, has promised to reach 2% next year.", "1.6%"),
        ("en", "Belgium is at 1.4% and has set no date for the goal.", "1.4%"),
        (
            "de",
            "Finnland erfüllt das Nato-Ziel von 2 Prozent; laut Ministerium liegt der Anteil bei "
            "2,4 Prozent.",
            "2,4 Prozent",
        ),
        (
            "de",
            "Dänemark kommt in diesem Jahr auf etwa 2,6 Prozent und will bis 2030 das Ziel "
            "erreichen.",
            "2,6 Prozent",
        ),
        (
            "fr",
            "Selon le ministère, l'effort de la Finlande se situe à 2,4 %, loin de l'objectif.",
            "2,4 %",
        ),
        (
            "en",
            "The Nordic allies together averaged 2.4% and have promised to reach the goal.",
            "2.4%",
        ),
        (
            "de",
            "Die nordischen Verbündeten erreichten einen Durchschnitt von 2,4 Prozent und wollen "
            "das Ziel erfüllen.",
            "2,4 Prozent",
        ),
        (
            "fr",
            "Les alliés nordiques ont consacré en moyenne 2,4 % et promettent d'atteindre "
            "l'objectif.",
            "2,4 %",
        ),
    ],
)
def test_a_level_had_is_no_goal(lang: str, sentence: str, surface: str) -> None:
    assert by_surface(_GOAL[lang] + sentence)[surface].category == "defense_spending"


def test_a_goal_already_promised_stays_a_goal() -> None:
    text = _GOAL["en"] + "Spain has already promised to reach 2.1% by 2029."
    assert by_surface(text)["2.1%"].category == "pledge_target"


_BUDGET = {
    "en": "Parliament passed the defence budget on Tuesday.\n\n",
    "de": "Der Bundestag hat am Dienstag den Verteidigungshaushalt beschlossen.\n\n",
    "fr": "Le Parlement a adopté mardi le budget de la défense.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("en", "Soldiers will receive a 4.2% pay raise from January.", "4.2%"),
        ("de", "Der Wehrsold steigt im kommenden Jahr um 4,5 Prozent.", "4,5 Prozent"),
        ("fr", "Les soldes augmenteront l'an prochain de 3,5 %.", "3,5 %"),
    ],
)
def test_a_rise_in_soldiers_pay_is_other(lang: str, sentence: str, surface: str) -> None:
    # A rate of pay is no share of spending, whichever side of the figure names it.
    assert by_surface(_BUDGET[lang] + sentence)[surface].category == "other"
