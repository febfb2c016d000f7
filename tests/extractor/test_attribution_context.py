"""Attribution rules of extractor 2026.11.13 (issue 10, ninth pass), from the misses of holdouts
7 and 8 classified by cause. Each rule is checked on sentences written for these tests, never
copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 10, 7)


@pytest.mark.parametrize(
    "text",
    [
        # a Ukrainian official, spelt the German way, gives "his country's" need
        "Finanzminister Martschenko schätzte den Bedarf seines Landes für 2026 auf 41 Milliarden "
        "Dollar.",
        "Le Premier ministre Chmyhal a chiffré les besoins de son pays à 38 milliards de dollars.",
        # the need told in the past, after the Ukrainian government is named
        "The Ukrainian government said last month it needed some $2.5 billion a month from abroad.",
    ],
)
def test_a_need_ukraine_states_is_ukraines(text: str) -> None:
    first = extract_figures(text, published=PUBLISHED)[0]
    assert (first.category, first.donor) == ("other", "Ukraine")
