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


_RISING = {
    "en": "The alliance's defence budgets keep rising.\n\n",
    "de": "Die Verteidigungsetats der Allianz steigen weiter.\n\n",
    "fr": "Les budgets de défense de l'Alliance continuent d'augmenter.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        (
            "en",
            "Washington's envoy has said Japan should spend 3.5% of GDP on its defence.",
            "3.5%",
        ),
        (
            "en",
            "Officials in Washington have urged Tokyo to go further and lift spending to 3%.",
            "3%",
        ),
        (
            "de",
            "Washingtons Gesandter meint, Japan sollte 3,5 Prozent seines BIP für Verteidigung "
            "ausgeben.",
            "3,5 Prozent",
        ),
        (
            "de",
            "Washington hat Tokio gedrängt, die Ausgaben auf 3 Prozent zu steigern.",
            "3 Prozent",
        ),
        ("fr", "Selon Washington, le Japon doit consacrer 3,5 % de son PIB à sa défense.", "3,5 %"),
        (
            "fr",
            "Le budget de la défense japonais atteint 8 700 milliards de yens. "
            "Washington presse Tokyo de porter ses dépenses à 3 %.",
            "3 %",
        ),
    ],
)
def test_a_level_pressed_on_a_country_is_a_goal(lang: str, sentence: str, surface: str) -> None:
    assert by_surface(_RISING[lang] + sentence)[surface].category == "pledge_target"


def test_a_level_spent_stays_spending() -> None:
    text = _RISING["en"] + "Japan already spends 1.8% of GDP on its defence."
    assert by_surface(text)["1.8%"].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "NATO leaders agreed to spend 5% of GDP on defence by 2035.\n\nPortugal, which spent "
            "about 1.6% of GDP on defence last year, said it had won the right to stop at 2.2%.",
            "2.2%",
        ),
        (
            "Die Nato-Staaten wollen bis 2035 5 Prozent des BIP für Verteidigung ausgeben.\n\n"
            "Portugal, das im vergangenen Jahr 1,6 Prozent ausgab, begrenzt seine Ausgaben auf "
            "2,2 Prozent.",
            "2,2 Prozent",
        ),
        (
            "L'Otan vise 5 % du PIB d'ici 2035. La Pologne dépasse déjà 4,5 %. Au sud, le Portugal "
            "a consacré 1,6 % l'an dernier, et Lisbonne refuse d'aller au-delà de 2,2 %.",
            "2,2 %",
        ),
    ],
)
def test_a_ceiling_set_is_a_goal(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "pledge_target"


def test_a_level_that_tops_out_stays_spending() -> None:
    text = (
        "L'Otan vise 5 % du PIB d'ici 2035. La Pologne dépense déjà 4,1 % de son PIB, tandis que "
        "l'Espagne plafonne à 1,3 %."
    )
    assert by_surface(text)["1,3 %"].category == "defense_spending"


def test_a_level_it_would_reach_by_a_date_is_a_goal() -> None:
    text = (
        "NATO allies agreed to spend 3.5% on core defence by 2035.\n\nBy NATO's count, Greece's "
        "defence spending reached 3.1% of GDP last year, and its prime minister told the summit "
        'that Greece would reach 3.5% "well before 2035".'
    )
    figures = by_surface(text)
    assert (figures["3.1%"].category, figures["3.5%"].category) == (
        "defense_spending",
        "pledge_target",
    )
