"""Donor rules of the second donor pass after extractor 2026.11.32 (issue 10): aid, defence and
target figures whose giver the sentence names in a form the lexicon did not read. Each rule is
checked on sentences written for these tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from shared.models import Figure

PUBLISHED = datetime.date(2026, 3, 10)


def _by_surface(text: str, title: str | None = None) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, title=title, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Hungary spends 2.1% of GDP on its military, while the Slovak budget for next year "
            "sets aside 2.0%.",
            "2.0%",
            "Slovakia",
        ),
        (
            "Norway doubled its aid this year, and Danish defence spending will reach 3.2% of "
            "GDP in 2026.",
            "3.2%",
            "Denmark",
        ),
    ],
)
def test_a_nationality_adjective_before_a_budget_names_the_spender(
    text: str, surface: str, donor: str
) -> None:
    assert _by_surface(text)[surface].donor == donor


def test_a_nationality_adjective_before_other_nouns_still_names_no_one() -> None:
    figures = _by_surface("Shares in Czech carmakers fell 1.2% on Tuesday.")
    assert figures["1.2%"].donor is None
