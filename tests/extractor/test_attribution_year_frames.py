"""Year rules: the frame a figure is told in (a comparison's base, the month a change takes
effect from) fixes its year. Each rule is checked on sentences written for these tests, never
copied from an evaluation article."""

import datetime

import pytest

from tests.support.figures import by_surface

NOVEMBER = datetime.date(2026, 11, 10)


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("Growth slowed to about 1.2% in 2025, after 3.1% the year before.", "3.1%", 2024),
        (
            "Le pays a consacré 2,1 % de son PIB à la défense au cours de l'exercice 2025, "
            "contre 1,4 % l'exercice précédent.",
            "1,4 %",
            2024,
        ),
        (
            "Die Ausgaben stiegen 2025 auf 2,1 Prozent, nach 1,6 Prozent im Jahr davor.",
            "1,6 Prozent",
            2024,
        ),
    ],
)
def test_the_year_before_counts_from_the_year_just_named(
    text: str, surface: str, year: int
) -> None:
    assert by_surface(text, published=NOVEMBER)[surface].year == year


@pytest.mark.parametrize(
    ("text", "published", "surface", "year"),
    [
        (
            "The draft budget assumes a deficit of 1.9% of GDP, after an expected 2.8% this year.",
            datetime.date(2026, 10, 3),
            "1.9%",
            2027,
        ),
        (
            "Military allocations in the first quarter of the year totalled EUR 3 billion, "
            "compared with a monthly average of EUR 1.1 billion last year.",
            datetime.date(2026, 5, 4),
            "EUR 3 billion",
            2026,
        ),
    ],
)
def test_a_base_s_time_is_not_the_figure_s(
    text: str, published: datetime.date, surface: str, year: int
) -> None:
    # The time told after the comparison base is the base's; the figure is the year after it.
    assert by_surface(text, published=published)[surface].year == year


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        # planned: the next January after a November publication
        ("The budget raises the corporate tax rate from 20% to 22% from January.", "22%", 2027),
        ("Der Entwurf sieht vor, den Satz auf 17 Prozent ab Januar anzuheben.", "17 Prozent", 2027),
        # done: the last January
        ("Moscow raised value-added tax from 20% to 22% from January.", "22%", 2026),
        # a year written out in the figure's clause is the change's
        ("In 2028 the corporate tax rate rises to 25% from January.", "25%", 2028),
        # a month still ahead this year is this year's
        ("The budget raises the corporate tax rate from 20% to 22% from December.", "22%", 2026),
    ],
)
def test_a_change_is_of_the_month_it_takes_effect_from(text: str, surface: str, year: int) -> None:
    assert by_surface(text, published=NOVEMBER)[surface].year == year


def test_a_new_giver_s_pledge_after_an_aside_on_a_past_year_is_news() -> None:
    # The story's time went back to a past loan ("granted in December 2024") inside a paragraph
    # on totals; a new giver's pledge told after it is the report's news, not of no year.
    text = (
        "Since February 2022, Canada has committed more than C$22 billion to Ukraine. Most of "
        "the rest took the form of loans, including a C$5 billion loan granted in December 2024 "
        "under the G7 initiative.\n\nOther countries used the meeting to make their own "
        "announcements. The Netherlands promised 700 million euros for air defence systems, "
        "Norway 1 billion US dollars for drones."
    )
    figures = by_surface(text, published=datetime.date(2026, 2, 24))
    assert (figures["C$22 billion"].year, figures["C$5 billion"].year) == (None, 2024)
    assert figures["700 million euros"].year == 2026
    assert figures["1 billion US dollars"].year == 2026


def test_a_pledge_in_a_story_framed_by_a_past_year_keeps_the_frame() -> None:
    text = (
        "Denmark gave DKK 3 billion in 2024.\n\nThe Netherlands promised 700 million euros for "
        "air defence systems."
    )
    assert by_surface(text, published=datetime.date(2026, 2, 24))["700 million euros"].year == 2024


@pytest.mark.parametrize(
    ("text", "base", "end", "years"),
    [
        ("Defence spending rose from 1.9% of GDP last year to 2.4%.", "1.9%", "2.4%", (2025, 2026)),
        (
            "Das Defizit soll von 4,7 Prozent im Vorjahr auf 4,5 Prozent sinken.",
            "4,7 Prozent",
            "4,5 Prozent",
            (2025, 2026),
        ),
        (
            "Le déficit devrait passer de 4,7 % du PIB cette année à 4,5 %.",
            "4,7 %",
            "4,5 %",
            (2026, 2027),
        ),
    ],
)
def test_a_change_s_end_is_the_year_after_its_base(
    text: str, base: str, end: str, years: tuple[int, int]
) -> None:
    figures = by_surface(text, published=datetime.date(2026, 5, 13))
    assert (figures[base].year, figures[end].year) == years


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Inflation lag im April bei 1,8 Prozent, nach fast 8 Prozent im Durchschnitt "
            "des vergangenen Jahres.",
            "1,8 Prozent",
        ),
        (
            "L'inflation s'établissait en avril à 1,8 %, contre près de 8 % en moyenne l'an "
            "dernier.",
            "1,8 %",
        ),
    ],
)
def test_a_month_right_before_a_level_dates_it_over_its_base_s_year(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=datetime.date(2026, 5, 13))[surface].year == 2026
