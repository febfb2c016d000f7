"""Years: a yearly sum told as a wish or plan for the years ahead ("wants to spend 3% every year
from now on", "will künftig jedes Jahr", "veut consacrer 3 % par an désormais") is the plan's, of
no year; but it is no tally either. A level told before the plan in its sentence keeps the
story's year, and the story's year goes on to the figures after it. Every sentence is written
for these tests, in English, German and French."""

import datetime

import pytest

from tests.support.figures import year_by_surface

_JUNE = datetime.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "level", "plan", "later"),
    [
        (
            "Defence spending by the allies is estimated to rise by 18% this year. "
            "Romania, at 2.31%, has said it wants to spend 2.5% every year from now on. "
            "Slovakia follows at 2.04%.",
            "2.31%",
            "2.5%",
            "2.04%",
        ),
        (
            "Die Verteidigungsausgaben der Verbündeten steigen dieses Jahr um 18 Prozent. "
            "Rumänien, bei 2,31 Prozent, will künftig 2,5 Prozent pro Jahr ausgeben. "
            "Die Slowakei folgt mit 2,04 Prozent.",
            "2,31 Prozent",
            "2,5 Prozent",
            "2,04 Prozent",
        ),
        (
            "Les dépenses de défense des alliés augmentent de 18 % cette année. "
            "La Roumanie, à 2,31 %, veut désormais consacrer 2,5 % par an à sa défense. "
            "La Slovaquie suit avec 2,04 %.",
            "2,31 %",
            "2,5 %",
            "2,04 %",
        ),
    ],
)
def test_yearly_plan_keeps_the_story_year(text: str, level: str, plan: str, later: str) -> None:
    got = year_by_surface(text, _JUNE)
    assert got[level] == 2025
    assert got[plan] is None
    assert got[later] == 2025
