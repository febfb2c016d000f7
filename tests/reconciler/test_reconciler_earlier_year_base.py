"""An earlier year's sum a package is compared with ("en baisse par rapport aux 1,5 milliard
d'euros de 2025", "niedriger im Vergleich zu den 1,5 Milliarden Euro von 2025", "down from the
€1.5 billion of 2025"): the sum is that year's, dated by the year right after its money, and it is
no whole of the parts the package's sentence goes on to name ("comprend 400 millions d'euros"):
they are the package's. Every sentence is written for these tests, in English, German and French."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from services.reconciler.mentions import document_mentions

PUBLISHED = datetime.date(2026, 2, 10)


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    """surface → (period, surface of the figure it is a part of)."""
    figures = extract_figures(text, published=PUBLISHED)
    found = document_mentions(1, text, figures, PUBLISHED)
    at = {m.start: text[m.start : m.end] for m in found}
    return {
        text[m.start : m.end]: (
            m.period,
            at.get(m.link_start) if m.link == "part_of" and m.link_start is not None else None,
        )
        for m in found
    }


@pytest.mark.parametrize(
    ("text", "whole", "base", "part"),
    [
        (
            "Les Pays-Bas verseront 900 millions d'euros d'aide militaire à l'Ukraine en 2026. "
            "Cette somme, en baisse par rapport aux 1,1 milliard d'euros de 2025, comprend 300 "
            "millions d'euros pour des drones.",
            "900 millions d'euros",
            "1,1 milliard d'euros",
            "300 millions d'euros",
        ),
        (
            "Die Niederlande geben der Ukraine 2026 Militärhilfe über 900 Millionen Euro. Die "
            "Summe, niedriger im Vergleich zu den 1,1 Milliarden Euro von 2025, umfasst 300 "
            "Millionen Euro für Drohnen.",
            "900 Millionen Euro",
            "1,1 Milliarden Euro",
            "300 Millionen Euro",
        ),
    ],
)
def test_the_earlier_years_base_is_dated_and_no_whole(
    text: str, whole: str, base: str, part: str
) -> None:
    read = _read(text)
    assert read[base][0] == "2025"
    assert read[part] == ("2026", whole)


def test_the_english_base_is_dated_too() -> None:
    text = (
        "The Netherlands will give Ukraine €900 million in military aid in 2026. The sum, down "
        "from the €1.1 billion of 2025, includes €300 million for drones."
    )
    read = _read(text)
    assert read["€1.1 billion"][0] == "2025"
    assert read["€300 million"][1] == "€900 million"
