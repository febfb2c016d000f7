"""Years: a yearly sum told as a wish or plan for the years ahead ("wants to spend 3% every year
from now on", "will künftig 2,5 Prozent pro Jahr ausgeben", "veut désormais consacrer 3 % par
an") is the plan's, of no year; but it is no tally either. A level told before the plan in its
sentence keeps the story's year, and the story's year goes on to the figures after it. A coming
year's sum changed from a base to a new level, the year told before both ("wird 2026 von 45 auf
30 Millionen Euro gekürzt"), has its base of the year before; a change within the report's own
year keeps that year. A base dated to a part of another year ("in the final quarter of last
year") takes that year, not the figure compared with it. Every sentence is written for these
tests, in English, German and French."""

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


@pytest.mark.parametrize(
    ("text", "base", "level"),
    [
        (
            "The mine clearance fund will be cut in 2026 from 45 million euros to 30 million "
            "euros, the ministry said.",
            "45 million euros",
            "30 million euros",
        ),
        (
            "Der Minenräumfonds wird 2026 von 45 Millionen Euro auf 30 Millionen Euro gekürzt, "
            "teilte das Ministerium mit.",
            "45 Millionen Euro",
            "30 Millionen Euro",
        ),
        (
            "Le fonds de déminage sera réduit en 2026 de 45 millions d'euros à 30 millions "
            "d'euros, a indiqué le ministère.",
            "45 millions d'euros",
            "30 millions d'euros",
        ),
    ],
)
def test_base_of_a_change_is_the_year_before(text: str, base: str, level: str) -> None:
    """A sum changed from a base to a new level in a year stated before both: the base is the
    level of the year before."""
    got = year_by_surface(text, _JUNE)
    assert got[base] == 2025
    assert got[level] == 2026


def test_change_within_the_year_keeps_its_year() -> None:
    """A change within the report's own year (a top-up) starts from that year's level."""
    got = year_by_surface(
        "With the top-up, the fund for 2025 rises from 45 million euros to 60 million euros.",
        _JUNE,
    )
    assert got["45 million euros"] == 2025
    assert got["60 million euros"] == 2025


@pytest.mark.parametrize(
    ("text", "now", "base"),
    [
        (
            "In the first quarter, European donors allocated €2.4 billion in military aid, "
            "compared with €3.1 billion in the final quarter of last year.",
            "€2.4 billion",
            "€3.1 billion",
        ),
        (
            "Au premier trimestre, les donateurs européens ont alloué 2,4 milliards d'euros "
            "d'aide militaire, contre 3,1 milliards d'euros au dernier trimestre de l'an dernier.",
            "2,4 milliards d'euros",
            "3,1 milliards d'euros",
        ),
    ],
)
def test_base_in_a_part_of_last_year(text: str, now: str, base: str) -> None:
    """A base dated to a part of another year ("in the final quarter of last year") takes that
    year; the figure compared with it keeps its own."""
    got = year_by_surface(text, _JUNE)
    assert got[now] == 2025
    assert got[base] == 2024
