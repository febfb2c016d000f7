"""A rise named with its article ("The increase of €300 million over this year", "La hausse de
300 millions d'euros") is a part of the budget it raises, as "an increase of" is: not a sum of
its own beside it."""

import datetime

import pytest

from services.reconciler.rules import Link
from tests.reconciler.support import read_mentions

_DAY = datetime.date(2025, 10, 7)


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        (
            "Croatia will spend €1.9 billion on defence next year, the government said on"
            " Tuesday. The increase of €300 million over this year is the largest since"
            " independence, and most of it goes to air defence.",
            "€300 million",
        ),
        (
            "La Croatie consacrera 1,9 milliard d'euros à sa défense l'an prochain, a indiqué"
            " mardi le gouvernement. La hausse de 300 millions d'euros est la plus forte depuis"
            " l'indépendance.",
            "300 millions d'euros",
        ),
    ],
)
def test_the_rise_named_is_a_part_of_the_budget(text: str, rise: str) -> None:
    read = {surface: link for surface, _, link in read_mentions(text, _DAY)}
    assert read[rise] == Link.PART_OF
