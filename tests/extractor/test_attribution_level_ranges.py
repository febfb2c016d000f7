"""A range of defence shares set for years ahead ("between 5% and 6% of GDP from 2026 to 2030") is
two pledge_targets, both ends (`context._range_ahead`, `context._range_of_gdp`; README of the
articles, "Settled cases": a range of levels over a period, or from a year onward); a range
reached, spent or forecast stays defense_spending. Sentences written for these tests, never
copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import by_surface

_BOTH_TARGETS = [
    (
        "Estonia's cabinet agreed to keep defence spending between 4% and 4.5% of GDP from 2027 "
        "to 2031.",
        ("4%", "4.5%"),
    ),
    (
        "The coalition deal sets defence outlays at 3.5-4% of GDP over 2027-2030, the finance "
        "ministry said.",
        ("3.5", "4%"),
    ),
    (
        "Parliament voted on Tuesday to lift defence spending to between 3% and 3.5% of GDP from "
        "2028.",
        ("3%", "3.5%"),
    ),
    (
        "Die Regierung will die Verteidigungsausgaben ab 2027 dauerhaft zwischen 3 und 3,5 Prozent "
        "des BIP halten.",
        ("3", "3,5 Prozent"),
    ),
    (
        "Der Bundestag beschloss, die Verteidigungsausgaben auf 3 bis 3,5 Prozent des BIP ab 2028 "
        "anzuheben.",
        ("3", "3,5 Prozent"),
    ),
    (
        "Le gouvernement veut porter les dépenses de défense entre 2 et 2,5 % du PIB d'ici 2030.",
        ("2", "2,5 %"),
    ),
    (
        "La loi de programmation fixe l'effort de défense entre 3 % et 3,5 % du PIB de 2027 à "
        "2030.",
        ("3 %", "3,5 %"),
    ),
]


@pytest.mark.parametrize(("text", "surfaces"), _BOTH_TARGETS)
def test_a_range_set_for_years_ahead_is_two_pledge_targets(
    text: str, surfaces: tuple[str, str]
) -> None:
    figures = by_surface(text)
    assert [figures[s].category for s in surfaces] == ["pledge_target", "pledge_target"]


def test_an_undated_story_takes_the_period_as_still_to_come() -> None:
    text = (
        "Latvia's parliament approved raising defence spending to between 5% and 5.5% of GDP from "
        "2027 to 2031."
    )
    figures = extract_figures(text, published=None)
    assert [f.category for f in figures] == ["pledge_target", "pledge_target"]
    assert [f.year for f in figures] == [None, None]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a range over a period that is over
        (
            "Defence spending has stayed between 1% and 1.5% of GDP from 2014 to 2019, the "
            "ministry said.",
            ("1%", "1.5%"),
        ),
        # a range spent now
        (
            "Poland spent between 4% and 4.2% of GDP on defence last year, the ministry said.",
            ("4%", "4.2%"),
        ),
        # a range forecast for a later year
        (
            "Nach Schätzungen der Ökonomen dürften die Verteidigungsausgaben 2029 zwischen 2,8 und "
            "3 Prozent des BIP liegen.",
            ("2,8", "3 Prozent"),
        ),
    ],
)
def test_a_range_reached_spent_or_forecast_stays_spending(
    text: str, surfaces: tuple[str, str]
) -> None:
    figures = by_surface(text)
    assert [figures[s].category for s in surfaces] == ["defense_spending", "defense_spending"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # over a period or from a year onward: no one year (README, settled)
        (
            "Estonia's cabinet agreed to keep defence spending between 4% and 4.5% of GDP from "
            "2027 to 2031.",
            [None, None],
        ),
        (
            "La Lituanie vise des dépenses de défense entre 5 % et 6 % du PIB à partir de 2026.",
            [None, None],
        ),
        # by a deadline: that year's goal
        (
            "Le gouvernement veut porter les dépenses de défense entre 2 et 2,5 % du PIB d'ici "
            "2030.",
            [2030, 2030],
        ),
    ],
)
def test_a_range_over_years_has_no_year_and_one_by_a_deadline_has_its_deadline(
    text: str, years: list[int | None]
) -> None:
    figures = extract_figures(text, published=datetime.date(2025, 6, 1))
    assert [f.category for f in figures] == ["pledge_target", "pledge_target"]
    assert [f.year for f in figures] == years
