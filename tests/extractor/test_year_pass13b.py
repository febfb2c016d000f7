"""Years: a year that closes a quoted plan's name („Aufbauplan 2032“, 'Readiness 2033', « programme
2033 ») is the name's, not the time of a sum told over the coming years in the same clause. Every
sentence is written for these tests."""

import datetime

import pytest

from tests.support.figures import year_by_surface

_MAY = datetime.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "In the next eight years about €9 billion will go into the 'Readiness 2033' "
            "programme, mostly for artillery and drones.",
            "€9 billion",
        ),
        (
            "Insgesamt sollen in den kommenden acht Jahren rund 9 Mrd. Euro in den "
            "„Rüstungsplan 2033“ fließen – vor allem für Artillerie und Drohnen.",
            "9 Mrd. Euro",
        ),
        (
            "Dans les huit prochaines années, environ 9 milliards d'euros iront au « programme "
            "2033 », surtout pour l'artillerie et les drones.",
            "9 milliards d'euros",
        ),
    ],
)
def test_a_year_closing_a_plans_name_does_not_date_a_sum_over_the_years(
    text: str, surface: str
) -> None:
    assert year_by_surface(text, _MAY)[surface] is None


def test_a_year_not_in_a_name_still_dates_its_sum() -> None:
    text = "Im Jahr 2027 sollen rund 9 Mrd. Euro in den Rüstungsplan fließen."
    assert year_by_surface(text, _MAY)["9 Mrd. Euro"] == 2027
