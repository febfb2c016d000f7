"""Years: a sum spread over a stretch of years told with "in" ("in the next five years", "in den
kommenden zehn Jahren", "dans les dix prochaines années") is a multi-year envelope, not of the year
a plan is named after nor of a deadline told in the sentence before. (Without the rule the English
sentence takes the deadline's year; the German and French ones are pinned here.) Every sentence is
written for these tests."""

import datetime

import pytest

from tests.support.figures import year_by_surface

_MAY = datetime.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Finland wants to reach 2.5% of GDP by 2029. In the next eight years about €9 billion "
            "will go into the 'Readiness 2033' programme for artillery and drones.",
            "€9 billion",
        ),
        (
            "Insgesamt sollen in den kommenden acht Jahren rund 9 Mrd. Euro in den "
            "„Rüstungsplan 2033“ fließen.",
            "9 Mrd. Euro",
        ),
        (
            "La Finlande vise 2,5 % du PIB d'ici 2029. Dans les huit prochaines années, environ "
            "9 milliards d'euros iront au « programme 2033 ».",
            "9 milliards d'euros",
        ),
    ],
)
def test_a_sum_over_the_next_years_told_with_in_has_no_single_year(text: str, surface: str) -> None:
    assert year_by_surface(text, _MAY)[surface] is None
