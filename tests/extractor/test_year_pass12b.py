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


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Norway paid a further €1 billion to Ukraine this year, bringing payments since 2023 "
            "to €4.6 billion.",
            "€4.6 billion",
        ),
        (
            "Denmark gave DKK 2 billion more in 2025, taking its aid since the invasion to about "
            "DKK 9 billion.",
            "DKK 9 billion",
        ),
        (
            "Norwegen zahlte dieses Jahr weitere 1 Milliarde Euro, womit sich die Zahlungen seit "
            "2023 auf 4,6 Milliarden Euro belaufen.",
            "4,6 Milliarden Euro",
        ),
        (
            "La Norvège a versé cette année 1 milliard d'euros de plus, portant ses versements "
            "depuis 2023 à 4,6 milliards d'euros.",
            "4,6 milliards d'euros",
        ),
    ],
)
def test_total_brought_up_since_a_start_has_no_year(text: str, total: str) -> None:
    assert year_by_surface(text, _JUNE)[total] is None


@pytest.mark.parametrize(
    ("text", "gift"),
    [
        ("Sweden has pledged new aid of €30 million for Ukraine's power grid.", "€30 million"),
        ("Austria has pledged fresh aid of €15 million for Ukraine's power grid.", "€15 million"),
    ],
)
def test_sum_named_new_in_the_perfect_is_news_of_the_year(text: str, gift: str) -> None:
    # (English only: the French passé composé and the German Perfekt are plain past tenses)
    assert year_by_surface(text, _JUNE)[gift] == 2025
