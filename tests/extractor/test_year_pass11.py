"""Years: a month named without a year in a sentence told as expected ("attendue en mars",
"erwartet im März", like "is expected in March") is the coming one, not last year's: a
report from January on a tranche "expected in March" dates it to the March ahead. Every sentence
is written for these tests, in English, German and French."""

import datetime

import pytest

from tests.support.figures import by_surface

_JANUARY = datetime.date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Brussels said a tranche of €6 billion from the loan is expected in March.",
            "€6 billion",
        ),
        (
            "Brüssel erwartet im März eine Tranche von 6 Milliarden Euro aus dem Kredit.",
            "6 Milliarden Euro",
        ),
        (
            "Une tranche de 6 milliards d'euros du prêt est attendue en mars.",
            "6 milliards d'euros",
        ),
    ],
)
def test_a_month_told_as_expected_is_the_coming_one(text: str, surface: str) -> None:
    assert by_surface(text, published=_JANUARY)[surface].year == 2027
