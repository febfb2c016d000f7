"""Attribution rules of extractor 2026.11.14 (issue 10, tenth pass): averages compared with,
sources that are no givers, pronouns and relative clauses that name the giver, goals and
aspirations. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2026, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Nordic military aid rose in 2025. Between January and December, Nordic donors sent "
        "€7 billion, up 12% on the annual average for 2022 to 2024.",
        "Nordic military aid rose in 2025. Between January and December, Nordic donors sent "
        "€7 billion, well above the 2022-2024 average.",
        "Die nordische Militärhilfe stieg 2025. Von Januar bis Dezember gaben die nordischen "
        "Länder 7 Milliarden Euro, mehr als im Durchschnitt der Jahre 2022 bis 2024.",
    ],
)
def test_an_average_compared_with_does_not_undate_the_figure(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].year == 2025


def test_an_averages_own_sum_keeps_its_stretch_of_years() -> None:
    text = "Allocations averaged €4 billion a year over 2022 to 2024, the tracker said."
    assert extract_figures(text, published=PUBLISHED)[0].year is None


def test_the_story_keeps_its_year_after_an_average_compared_with() -> None:
    text = (
        "Denmark's aid in 2025 rose to DKK 20 billion, above its average for 2022 to 2024. "
        "Sweden added SEK 9 billion in the second half of the year."
    )
    figures = extract_figures(text, published=PUBLISHED)
    assert [f.year for f in figures] == [2025, 2025]
