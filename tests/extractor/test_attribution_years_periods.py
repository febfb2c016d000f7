"""A time told beside a figure that dates it: a month after it (of last year when that month is
still to come), a stretch of months, "so far this year", the year a sum was adopted in (not the
year its fund was created). A part of the year not yet reached, and a total since a start, are no
such time. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import datetime

import pytest

from services.extractor import years
from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Inflation, which had peaked at 9% at the end of last year, eased to 4.1% in February.",
            "4.1%",
            2026,
        ),
        (
            "L'inflation, qui avait dépassé 7 % l'an dernier, est retombée à 3,2 % en février.",
            "3,2 %",
            2026,
        ),
        (
            "Consumer prices rose 2.9% in January from a year earlier, the statistics office said.",
            "2.9%",
            2026,
        ),
    ],
)
def test_a_month_after_the_figure_dates_it(text: str, surface: str, year: int) -> None:
    assert by_surface(text)[surface].year == year


def test_a_month_after_the_publication_month_is_last_year() -> None:
    text = "The central bank, which cut rates twice last year, held its key rate at 4.5% in May."
    start = text.index("4.5%")
    assert years.month_after_year(text, start + 4, PUBLISHED) == 2025


def test_a_month_beside_a_written_year_is_left_to_that_year() -> None:
    text = "Inflation fell to 2.1% in May, after 3.4% in 2025."
    start = text.index("2.1%")
    assert years.month_after_year(text, start + 4, PUBLISHED) is None


_TRACKER = "Donors have given Ukraine more than €300 billion since 2022, the tracker says. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _TRACKER + "Nordic governments disbursed €2.4 billion in the first two months.",
            "€2.4 billion",
        ),
        (
            _TRACKER + "Between January and February, European donors allocated €5.1 billion in "
            "new military aid.",
            "€5.1 billion",
        ),
        (
            "Seit 2022 summiert sich die Hilfe auf 40 Milliarden Euro. Im Halbjahr finanzierten "
            "die Verbündeten Lieferungen für rund 2,6 Milliarden Euro.",
            "2,6 Milliarden Euro",
        ),
    ],
)
def test_a_stretch_of_months_dates_its_sum(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year == 2026


def test_a_later_part_of_the_year_not_reached_is_not_this_years() -> None:
    text = "Allies financed weapons worth about €3.1 billion in the second half of the year."
    start = text.index("€3.1 billion")
    span = (start, start + len("€3.1 billion"))
    assert years.period_in_year(text, span, (0, len(text)), PUBLISHED) is None


def test_a_total_since_a_start_is_not_the_periods() -> None:
    text = (
        "Between January and February, donors allocated €5.1 billion, bringing their total "
        "since the start of the war to €310 billion."
    )
    start = text.index("€310 billion")
    span = (start, start + len("€310 billion"))
    assert years.period_in_year(text, span, (0, len(text)), PUBLISHED) is None


def test_a_sum_so_far_this_year_keeps_its_year() -> None:
    text = "The coalition's members have committed £5 billion so far this year, the minister said."
    assert by_surface(text, published=datetime.date(2026, 3, 10))["£5 billion"].year == 2026


def test_a_sum_adopted_in_a_year_is_that_years() -> None:
    text = (
        "The Council on Tuesday adopted a new assistance measure worth €35 million for the armed "
        "forces of Georgia. It follows a measure of €20 million adopted in 2024."
    )
    assert by_surface(text)["€20 million"].year == 2024


def test_a_fund_created_in_a_year_does_not_date_the_sum() -> None:
    text = "The special fund created in 2022 will receive €12 billion this year."
    assert by_surface(text)["€12 billion"].year == 2026
