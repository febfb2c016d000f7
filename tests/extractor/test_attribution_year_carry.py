"""Year rules: where the year a story has reached stops carrying to a figure, or another time
takes over. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import datetime

import pytest

from tests.support.figures import by_surface

PUBLISHED = datetime.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Finland's economy shrank by 0.4% in 2024. In a recent survey, 63% of Finns backed "
            "more spending on the armed forces.",
            "63%",
        ),
        (
            "En 2024, la Belgique a consacré 1,3 % de son PIB à la défense. Selon un sondage, "
            "57 % des Belges approuvent une hausse.",
            "57 %",
        ),
        (
            "Im Jahr 2024 lag die Inflation bei 2,9 Prozent. Laut einer aktuellen Umfrage "
            "befürworten 48 Prozent der Befragten höhere Verteidigungsausgaben.",
            "48 Prozent",
        ),
    ],
)
def test_a_poll_is_of_the_report_s_time_not_the_paragraph_s_year(text: str, surface: str) -> None:
    figure = by_surface(text, published=PUBLISHED)[surface]
    assert (figure.category, figure.year) == ("other", 2026)
