"""Extractor 2026.11.9: precision of years and givers on news text in general.

Each rule is stated for news text in general (docs/extractor.md, 2026.11.9) and checked here in
English and in German or French, on sentences written for these tests.
"""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Germany announced EUR 500 million in air defence for Ukraine in 2025. A single "
        "interceptor costs about EUR 4 million.",
        "Deutschland sagte der Ukraine 2025 Luftverteidigung für 500 Millionen Euro zu. Ein "
        "einzelner Abfangflugkörper kostet rund 4 Millionen Euro.",
        "L'Allemagne a promis à l'Ukraine 500 millions d'euros de défense aérienne en 2025. Un "
        "seul intercepteur coûte environ 4 millions d'euros.",
    ],
)
def test_the_price_of_one_item_has_no_year(text: str) -> None:
    # What one item costs is a standing price, not a sum of the time the story tells.
    package, price = extract_figures(text, published=PUBLISHED)
    assert package.year == 2025
    assert (price.category, price.year) == ("other", None)
    assert "year" not in price.attribution


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Für das Bundesheer sind heuer 4,7 Milliarden Euro vorgesehen, im kommenden Jahr 5,0 "
            "Milliarden Euro.",
            [2025, 2026],
        ),
        (
            "Aus dem Katastrophenfonds sollen heuer 20 Millionen Euro an die Ukraine gehen, nach "
            "25 Millionen Euro im Vorjahr.",
            [2025, 2024],
        ),
        ("The defence budget rises to EUR 4.7 billion this year.", [2025]),
    ],
)
def test_heuer_is_this_year(text: str, years: list[int]) -> None:
    # Austrian and southern German "heuer" is "this year", counted from the publication date.
    assert [f.year for f in extract_figures(text, published=PUBLISHED)] == years
