"""Years: a sum whose own phrase (between the commas around it) tells the report's present
("this week", "diese Woche", "cette semaine") is of the report's year, even when another phrase
of its sentence names a month that, told in January, is last year's ("in addition to generators
sent in December"). A month in its own phrase still dates it. Every sentence is written for
these tests, in English, German and French."""

import datetime

import pytest

from tests.support.figures import by_surface

_JANUARY = datetime.date(2026, 1, 21)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Portugal pledged €15 million in humanitarian aid for Ukraine this week, the foreign "
            "ministry said, on top of blankets it shipped to Kharkiv in November.",
            "€15 million",
        ),
        (
            "Portugal sagte der Ukraine diese Woche 15 Millionen Euro humanitäre Hilfe zu, "
            "teilte das Außenministerium mit, zusätzlich zu Decken, die im November geliefert "
            "wurden.",
            "15 Millionen Euro",
        ),
        (
            "Le Portugal a promis cette semaine 15 millions d'euros d'aide humanitaire à "
            "l'Ukraine, a indiqué le ministère, en plus des couvertures livrées en novembre.",
            "15 millions d'euros",
        ),
    ],
)
def test_this_week_in_the_sums_phrase_dates_it(text: str, surface: str) -> None:
    assert by_surface(text, published=_JANUARY)[surface].year == 2026


def test_a_month_in_the_sums_own_phrase_still_dates_it() -> None:
    text = (
        "Portugal gave €15 million in humanitarian aid for Ukraine in November, the foreign "
        "ministry said this week."
    )
    assert by_surface(text, published=_JANUARY)["€15 million"].year == 2025
