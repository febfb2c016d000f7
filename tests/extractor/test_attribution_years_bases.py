"""The year of a comparison's base and of the change on it: a base with no time of its own is the
year before's, a possessive "this year's" or "last year's" dates the figure after it, and a
change on a base year is of the year after; a poll's base is left alone."""

import datetime

import pytest

from services.extractor import years
from tests.support.figures import by_surface, year_by_surface


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("Its defence budget for this year is EUR 4.1 billion, up from EUR 3.8 billion.",
         "EUR 3.8 billion", 2025),
        ("Its defence budget for this year is EUR 4.1 billion, up from EUR 3.8 billion in 2023.",
         "EUR 3.8 billion", 2023),
    ],
)  # fmt: skip
def test_a_base_with_no_time_of_its_own_is_the_year_befores(
    text: str, surface: str, year: int
) -> None:
    assert by_surface(text)[surface].year == year


def test_a_polls_base_is_left_alone() -> None:
    between = " in favour of aid, down from "
    text = "Support for aid stood at 48%" + between + "55%."
    assert not years.last_years_base(text, between, len(text) - 1, "percent")


def test_a_possessive_relative_year_dates_the_figure_after_it() -> None:
    text = "The defence allocation is EUR 1.4 billion higher than this year's EUR 3.35 billion."
    found = year_by_surface(text, datetime.date(2025, 12, 9))
    assert found["EUR 3.35 billion"] == 2025
    text = "Defence gets EUR 4.8 billion in 2026, up from last year's EUR 3.35 billion."
    assert year_by_surface(text, datetime.date(2026, 2, 1))["EUR 3.35 billion"] == 2025


def test_a_change_on_a_base_year_is_of_the_year_after() -> None:
    published = datetime.date(2026, 9, 15)
    text = (
        "The draft sets defence spending at SEK 160 billion, an increase of SEK 24 billion from "
        "2026."
    )
    assert by_surface(text, published=published)["SEK 24 billion"].year == 2027
    relative = (
        "Next year the ministry receives EUR 9 billion, a rise of about EUR 1.1 billion on this "
        "year."
    )
    assert by_surface(relative, published=published)["EUR 1.1 billion"].year == 2027
