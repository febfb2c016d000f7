"""Years: a level told before a verb of reaching a later level with its deadline ("Canada, at
1.42%, has promised to reach 2% by 2030", "a promis d'atteindre 2 % d'ici 2030") is not of that
deadline: the deadline is the later level's. Every sentence is written for these tests."""

import datetime

import pytest

from tests.support.figures import year_by_surface

_JUNE = datetime.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "level", "target"),
    [
        ("Canada, at 1.42%, has promised to reach 2% by 2030.", "1.42%", "2%"),
        (
            "Portugal now spends 1.6% of GDP and is committed to reaching 2% by 2029.",
            "1.6%",
            "2%",
        ),
        ("Le Canada, à 1,42 %, a promis d'atteindre 2 % d'ici 2030.", "1,42 %", "2 %"),
        (
            "Kanada liegt bei 1,42 Prozent und hat zugesagt, bis 2030 2 Prozent zu erreichen.",
            "1,42 Prozent",
            "2 Prozent",
        ),
    ],
)
def test_level_before_reaching_is_not_of_the_deadline(text: str, level: str, target: str) -> None:
    years = year_by_surface(text, _JUNE)
    assert years[level] not in (2029, 2030)
    assert years[target] in (2029, 2030)
