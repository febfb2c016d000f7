"""The year of a budget's figures: a draft budget of the year's second half, and a fiscal year
named by the month it starts in, are of the year to come; a budget named by its year, in the
story or in its headline, dates its lines, even after an aside on this year; aid approved apart
from the budget keeps the story's time. Each rule is checked on sentences written for these
tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor import years
from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("text", "surface", "published", "year"),
    [
        (
            "The draft budget the government sent to parliament on Tuesday allocates 41 billion "
            "lei to defence.",
            "41 billion lei",
            datetime.date(2026, 9, 15),
            2027,
        ),
        (
            "Insgesamt sieht der Haushaltsentwurf Ausgaben von 502,4 Milliarden Euro vor.",
            "502,4 Milliarden Euro",
            datetime.date(2026, 7, 2),
            2027,
        ),
        (
            "The draft budget the government sent to parliament on Tuesday allocates 41 billion "
            "lei to defence.",
            "41 billion lei",
            datetime.date(2026, 3, 15),  # a spring draft may be this year's: left to the story
            None,
        ),
    ],
)
def test_a_draft_budget_of_the_second_half_is_next_years(
    text: str, surface: str, published: datetime.date, year: int | None
) -> None:
    start = text.index(surface)
    span = (start, start + len(surface))
    assert years.draft_budget_year(text, span, (0, len(text)), published) == year


def test_a_draft_budget_figure_keeps_the_year_its_sentence_gives() -> None:
    text = "The draft budget keeps defence spending at 2.1% of GDP this year."
    start = text.index("2.1%")
    assert years.draft_budget_year(text, (start, start + 4), (0, len(text)), PUBLISHED) is None


def test_a_fiscal_year_named_by_its_starting_month_is_the_next_to_start() -> None:
    text = (
        "Japan's cabinet approved a record defence budget of ¥9.5 trillion for the fiscal year "
        "starting in April."
    )
    assert by_surface(text, published=datetime.date(2026, 12, 22))["¥9.5 trillion"].year == 2027
    assert by_surface(text, published=datetime.date(2026, 2, 3))["¥9.5 trillion"].year == 2026


def test_a_budget_story_dates_its_lines_after_an_aside_on_this_year() -> None:
    text = (
        "OSLO - Norway's government on Tuesday presented a draft 2027 budget that lifts defence "
        "spending to NOK 110 billion. The armed forces expect to spend NOK 98 billion on "
        "defence this year. Of the defence total, NOK 20 billion will go to new frigates."
    )
    figures = by_surface(text, published=datetime.date(2026, 10, 6))
    assert figures["NOK 110 billion"].year == 2027
    assert figures["NOK 98 billion"].year == 2026
    assert figures["NOK 20 billion"].year == 2027


def test_a_budget_named_in_the_headline_frames_the_story() -> None:
    text = (
        "Das Kabinett hat den Entwurf am Mittwoch beschlossen. Der Wehretat wächst auf 60 "
        "Milliarden Euro, nach 52 Milliarden Euro im laufenden Jahr. Bereits im vergangenen "
        "Juni hatte die Regierung 2 Milliarden Euro für Munition zugesagt. Die Zinsausgaben "
        "steigen auf 30 Milliarden Euro."
    )
    title = "Haushaltsentwurf 2027: Wehretat wächst deutlich"
    figures = by_surface(text, title, datetime.date(2026, 7, 2))
    assert figures["60 Milliarden Euro"].year == 2027
    assert figures["30 Milliarden Euro"].year == 2027


def test_a_budget_named_by_its_year_after_own_dates_its_sums() -> None:
    text = "Seoul's own 2026 defence budget rose 7.5% to 66.3 trillion won."
    figures = by_surface(text, published=datetime.date(2026, 3, 2))
    assert figures["66.3 trillion won"].year == 2026
    assert figures["7.5%"].year == 2026


def test_aid_approved_apart_from_the_budget_keeps_the_story_time() -> None:
    text = (
        "VIENNA, Dec 12 - Austria's parliament on Thursday approved the 2026 budget, which lifts "
        "defence spending to EUR 5.1 billion. The finance minister expects a deficit of 3.9% of "
        "GDP this year. Of the defence total, EUR 1.2 billion goes to new radars. The cabinet "
        "separately approved EUR 4 million of winter aid for Ukraine, mostly for generators."
    )
    figures = by_surface(text, published=datetime.date(2025, 12, 12))
    assert figures["EUR 5.1 billion"].year == 2026  # the relative clause of the 2026 budget
    assert figures["EUR 1.2 billion"].year == 2026
    assert figures["EUR 4 million"].year == 2025
