"""Years, second pass: times a story keeps for the figures that follow.

- A list of levels going on after a remark without figures in the same paragraph ("In 2024, the
  European allies spent 2% on average. But the gaps are wide. Poland spends 4.1%, Spain 1.3%")
  keeps the time the list opened with; a new paragraph that opens without figures still ends it.

Every sentence is written for these tests, in English, German and French."""

import datetime

import pytest

from tests.support.figures import by_surface

_JULY = datetime.date(2025, 7, 10)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "In 2023, the Nordic countries spent on average 1.9% of GDP on defence. The "
            "differences are large, however. Finland spends 2.4% of its GDP, while Iceland "
            "stays at 0.1%.",
            ("2.4%", "0.1%"),
        ),
        (
            "Im Jahr 2023 gaben die nordischen Länder im Schnitt 1,9 Prozent des BIP für "
            "Verteidigung aus. Die Unterschiede sind allerdings groß. Finnland gibt 2,4 Prozent "
            "seines BIP für das Militär aus, während Island bei 0,1 Prozent bleibt.",
            ("2,4 Prozent", "0,1 Prozent"),
        ),
        (
            "En 2023, les pays nordiques ont consacré en moyenne 1,9 % de leur PIB à la défense. "
            "Les écarts restent toutefois importants. La Finlande dépense 2,4 % de son PIB, "
            "tandis que l'Islande plafonne à 0,1 %.",
            ("2,4 %", "0,1 %"),
        ),
    ],
)
def test_a_list_goes_on_after_a_remark_without_figures(
    text: str, surfaces: tuple[str, ...]
) -> None:
    figures = by_surface(text, published=_JULY)
    for surface in surfaces:
        assert figures[surface].year == 2023, surface
