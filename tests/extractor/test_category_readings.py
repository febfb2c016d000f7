"""Category readings of the category pass of 2026-12-03, each checked on short stories written
for these tests, never copied from an evaluation article:

- aid told as a share of GDP is all aid even after a sentence on one kind of aid, unless a
  sentence with no figure of its own opens the comparison on that kind;
- a level one country is pressed to spend ("has pressed Ottawa to spend", "drängt", "presse ...
  de"), or told after the share as asked of it ("the 3.5% that Washington has urged Ottawa to
  adopt"), is its goal, of no year even beside The Hague;
- a defence sum for a year to come that a goal named before its verb sets ("Objectif affiché :
  porter le budget à", "The goal is to lift", "Das Ziel ist, ... anzuheben") is a goal;
- in a story on defence budgets, a state's whole general-account budget, its bond issuance, its
  borrowing cost ("refinanziert sich zu") and the Swiss and Austrian word for inflation
  ("Teuerung") are other;
- a sum told right before civil aid of no narrower kind ("NOK 15 billion for civilian support",
  "für zivile Hilfe", "pour l'aide civile") is all aid, civil aid for rebuilding still relief;
- a member's share of the Peace Facility ("pays about 25% of the Facility", "trägt rund 25
  Prozent der Kosten der Friedensfazilität", "finance près de 25 % de la Facilité") is its
  military aid of no one recipient and no year, as is a bare share listed beside it.
"""

import pytest

from tests.support.figures import by_surface


def _categories(text: str) -> dict[str, str]:
    return {surface: figure.category for surface, figure in by_surface(text).items()}


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "Europe's share of all military aid rose to 58% last year. Relative to the size of "
            "their economies, the most generous donors are Latvia, which has allocated 1.9% of "
            "its 2021 GDP since 2022, and Lithuania, with 1.7%. Austria and Ireland have each "
            "given less than 0.1%.",
            ("1.9%", "1.7%", "0.1%"),
        ),
        (
            "Der Anteil Europas an der gesamten Militärhilfe stieg auf 58 Prozent. Gemessen an "
            "der Wirtschaftsleistung liegen Lettland, das seit 2022 1,9 Prozent seines BIP "
            "bereitgestellt hat, und Litauen mit 1,7 Prozent vorn.",
            ("1,9 Prozent", "1,7 Prozent"),
        ),
        (
            "La part de l'Europe dans l'aide militaire totale a atteint 58 %. La Lettonie, qui a "
            "alloué 1,9 % de son PIB depuis 2022, et la Lituanie, avec 1,7 %, restent en tête.",
            ("1,9 %", "1,7 %"),
        ),
    ],
)
def test_aid_as_a_share_of_gdp_is_all_aid_after_a_share_of_military_aid(
    text: str, shares: tuple[str, ...]
) -> None:
    categories = _categories(text)
    assert [categories[share] for share in shares] == ["aid_total"] * len(shares)


def test_a_comparison_opened_on_military_aid_keeps_the_kind() -> None:
    text = (
        "Relative to its economy, Finnish military aid is well above the European average. "
        "Finland has given about 0.9% of its GDP, compared with Austria's 0.1%."
    )
    categories = _categories(text)
    assert (categories["0.9%"], categories["0.1%"]) == ("military_aid", "military_aid")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The White House has pressed Ottawa to spend 3.5% of GDP on defence.", "3.5%"),
        (
            "Washington drängt Ottawa, 3,5 Prozent des BIP für Verteidigung auszugeben.",
            "3,5 Prozent",
        ),
        ("Washington presse Ottawa de consacrer 3,5 % de son PIB à la défense.", "3,5 %"),
        ("Washington pousse Ottawa à consacrer 3,5 % de son PIB à la défense.", "3,5 %"),
        (
            "Canada spends 1.4% of GDP on defence, far below the 3.5% that Washington has urged "
            "Ottawa to adopt.",
            "3.5%",
        ),
        (
            "Kanada gibt 1,4 Prozent des BIP für Verteidigung aus, weit unter den 3,5 Prozent, die "
            "Washington von Ottawa fordert.",
            "3,5 Prozent",
        ),
        (
            "Le Canada consacre 1,4 % de son PIB à la défense, loin des 3,5 % que Washington "
            "réclame à Ottawa.",
            "3,5 %",
        ),
    ],
)
def test_a_level_pressed_on_one_country_is_its_goal(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("pledge_target", "Canada")


def test_a_level_pressed_on_one_ally_takes_no_hague_deadline() -> None:
    text = (
        "Washington has pressed Ottawa to spend 3.5% of GDP, in line with what allies agreed in "
        "The Hague."
    )
    figure = by_surface(text)["3.5%"]
    assert (figure.category, figure.year) == ("pledge_target", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The defence minister presented the plan. The goal is to lift the defence budget to "
            "$30 billion by 2030.",
            "$30 billion",
        ),
        (
            "Der Minister stellte den Plan vor. Das Ziel ist, den Wehretat auf 90 Milliarden Euro "
            "bis 2029 anzuheben.",
            "90 Milliarden Euro",
        ),
        (
            "Le ministre a présenté sa loi de programmation. Objectif affiché : porter le budget "
            "des armées à 64 milliards d'euros en 2028.",
            "64 milliards d'euros",
        ),
    ],
)
def test_a_budget_sum_a_named_goal_sets_is_a_goal(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "pledge_target"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "Seoul raised its defence budget to 66 trillion won. The overall general-account "
            "budget for next year totals 728 trillion won, with new bond issuance of 110 trillion "
            "won.",
            ("728 trillion won", "110 trillion won"),
        ),
        (
            "Der Bund erhöht den Wehretat auf 62 Milliarden Euro. Für zehnjährige Anleihen zahlt "
            "Italien rund 3,6 Prozent, während sich die EU zu etwa 2,9 Prozent refinanziert.",
            ("3,6 Prozent", "2,9 Prozent"),
        ),
        (
            "Das Armeebudget steigt auf 6,3 Milliarden Franken. Die Teuerung lag im Mai bei 0,5 "
            "Prozent.",
            ("0,5 Prozent",),
        ),
        (
            "Le budget des armées atteindra 50 milliards d'euros. L'État prévoit 300 milliards "
            "d'euros d'émissions obligataires l'an prochain.",
            ("300 milliards d'euros",),
        ),
    ],
)
def test_a_states_whole_budget_borrowing_and_inflation_are_other(
    text: str, surfaces: tuple[str, ...]
) -> None:
    categories = _categories(text)
    assert [categories[surface] for surface in surfaces] == ["other"] * len(surfaces)


@pytest.mark.parametrize(
    ("text", "military", "civil"),
    [
        (
            "Of the package, DKK 6 billion goes to military support and DKK 2 billion to "
            "civilian support.",
            "DKK 6 billion",
            "DKK 2 billion",
        ),
        (
            "Davon sind 5 Milliarden Euro für Militärhilfe und 2 Milliarden Euro für zivile "
            "Hilfe vorgesehen.",
            "5 Milliarden Euro",
            "2 Milliarden Euro",
        ),
        (
            "Dont 5 milliards d'euros pour l'aide militaire et 2 milliards d'euros pour l'aide "
            "civile.",
            "5 milliards d'euros",
            "2 milliards d'euros",
        ),
    ],
)
def test_civil_aid_beside_military_aid_is_all_aid(text: str, military: str, civil: str) -> None:
    categories = _categories(text)
    assert (categories[military], categories[civil]) == ("military_aid", "aid_total")


def test_civil_aid_for_rebuilding_stays_relief() -> None:
    text = "Sweden gave SEK 1.2 billion for civil support and reconstruction."
    assert _categories(text)["SEK 1.2 billion"] == "humanitarian_aid"


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "The ministers agreed a €5 billion fund for Ukraine under the Peace Facility. Germany "
            "pays about 25% of the Facility, or some €1.3 billion, and France 17%.",
            ("25%", "17%"),
        ),
        (
            "Die Minister beschlossen einen Fonds von 5 Milliarden Euro für die Ukraine. "
            "Deutschland trägt rund 25 Prozent der Kosten der Friedensfazilität.",
            ("25 Prozent",),
        ),
        (
            "Les ministres ont adopté un fonds de 5 milliards d'euros pour l'Ukraine au sein de "
            "la FEP. L'Allemagne, qui finance près de 25 % de la Facilité, versera 1,3 milliard "
            "d'euros.",
            ("25 %",),
        ),
    ],
)
def test_a_members_share_of_the_peace_facility_is_its_military_aid_to_no_one(
    text: str, shares: tuple[str, ...]
) -> None:
    figures = by_surface(text)
    for share in shares:
        figure = figures[share]
        assert (figure.category, figure.recipient, figure.year) == ("military_aid", None, None)
