"""Extractor 2026.11.18: currencies named the way French, German and English news name them.

French puts "de" between the scale word and every currency ("200,1 milliards de zlotys"), and an
Icelandic or Czech crown is named by its country in every language; before, such sums were not
read at all, or read as Danish crowns.
"""

from decimal import Decimal

import pytest

from services.extractor.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "La Pologne consacrera 200,1 milliards de zlotys à sa défense en 2026.",
            "200,1 milliards de zlotys",
            "200100000000",
            "PLN",
        ),
        (
            "Iceland will give 1.5 billion Icelandic crowns to Ukraine in 2025.",
            "1.5 billion Icelandic crowns",
            "1500000000",
            "ISK",
        ),
        (
            "Island gibt der Ukraine 2 Milliarden isländische Kronen.",
            "2 Milliarden isländische Kronen",
            "2000000000",
            "ISK",
        ),
        (
            "L'Islande donnera 3 milliards de couronnes islandaises à l'Ukraine.",
            "3 milliards de couronnes islandaises",
            "3000000000",
            "ISK",
        ),
        (
            "Prague a débloqué 2 milliards de couronnes tchèques pour l'Ukraine.",
            "2 milliards de couronnes tchèques",
            "2000000000",
            "CZK",
        ),
        (
            "Bulgaria sent 58.7 million levs to Ukraine in 2025.",
            "58.7 million levs",
            "58700000",
            "BGN",
        ),
        (
            "Le Japon a promis 500 milliards de yens à l'Ukraine.",
            "500 milliards de yens",
            "500000000000",
            "JPY",
        ),
        (
            "La Hongrie a dépensé 10 milliards de forints pour sa défense.",
            "10 milliards de forints",
            "10000000000",
            "HUF",
        ),
    ],
)
def test_a_currency_named_by_its_country_or_after_de_is_read(
    text: str, surface: str, value: str, unit: str
) -> None:
    (figure,) = extract_figures(text)
    assert text[figure.start : figure.end] == surface
    assert (figure.value, figure.unit) == (Decimal(value), unit)
    assert figure.value_eur is not None
    assert figure.value_eur > 0


def test_a_word_that_starts_like_a_currency_is_no_currency() -> None:
    assert extract_figures("Noise reached 2 million levels and 3 billion yenta.") == []
