"""Years: a level told as where spending stands now, before a later level with its own time
("already spend 3.2% and plan to reach 4% next year"), or a level before a named goal with its
deadline ("reached 1.6% and is on track for its 2% goal by 2028"), is not of that later time.
Every sentence is written for these tests."""

import datetime

import pytest

from tests.support.figures import year_by_surface

_JUNE = datetime.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "level", "later"),
    [
        (
            "The Nordic states already spend more than 3.2% and plan to reach 4% next year.",
            "3.2%",
            "4%",
        ),
        (
            "Romania, which now spends 2.3% of GDP on defence, says it will go to 3% next year.",
            "2.3%",
            "3%",
        ),
        (
            "Rumänien gibt bereits 2,3 Prozent aus und will im nächsten Jahr auf 3 Prozent gehen.",
            "2,3 Prozent",
            "3 Prozent",
        ),
        (
            "La Roumanie consacre déjà 2,3 % de son PIB et passera à 3 % l'an prochain.",
            "2,3 %",
            "3 %",
        ),
        (
            "Spain reached 1.6% of GDP and is on track for its 2% goal by 2028.",
            "1.6%",
            "2%",
        ),
    ],
)
def test_level_now_is_not_of_the_later_levels_time(text: str, level: str, later: str) -> None:
    years = year_by_surface(text, _JUNE)
    assert years[level] not in (2026, 2028)
    assert years[later] in (2026, 2028)
