"""Years of this pass (pass/year): a level to be reached "long before" or "well before" a year still
ahead ("lange vor 2035", "bien avant 2035") is of that year, the deadline it is told against, as "by
2035" is; a year already passed told so ("long before 2022") is a landmark and dates nothing. A
member's share of the G7's loans named right after its sum ("lending Ukraine £2 billion as its share
of the G7's loan") has no year, as one named before it has none. A share of GDP told as today's
right after it ("1.4% of GDP today") is the level now, of no year. A stretch that starts in the
report's own year ("since April 2025", "seit 2025", "depuis 2025" in a story of 2025) lies within
that year. A sum told with the thing it is and the date that thing was signed or adopted ("the $40
billion package for Ukraine and Israel signed in March 2024") is of that date. A German budget named
by a compound ("Bundeshaushalt 2027", "Kernhaushalt") is a budget as "Haushalt 2027" is. Each rule
is checked on sentences written for these tests, never copied from an evaluation article."""

import datetime

import pytest

from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Latvia's prime minister said the country would hit 4% of GDP on defence long before "
            "2030.",
            "4%",
            2030,
        ),
        (
            "Officials in Vilnius expect defence spending to reach 6% of GDP well before 2029, "
            "the finance ministry said.",
            "6%",
            2029,
        ),
        (
            "Die Regierung in Tallinn will die Marke von 5 Prozent lange vor 2035 erreichen.",
            "5 Prozent",
            2035,
        ),
        (
            "Le gouvernement finlandais compte atteindre 3 % du PIB bien avant 2030, selon le "
            "ministre.",
            "3 %",
            2030,
        ),
    ],
)
def test_level_long_before_a_year_ahead_is_of_that_year(text: str, surface: str, year: int) -> None:
    assert year > PUBLISHED.year
    assert by_surface(text)[surface].year == year


def test_long_before_a_past_year_dates_nothing() -> None:
    text = "Estonia was spending 2% of its GDP on its armed forces long before 2014."
    assert by_surface(text)["2%"].year is None


# A member's share of the G7's loans backed by Russian assets, named right after its sum ("as its
# share of", "au titre de sa quote-part"), runs over the scheme's years like a share named before
# the sum, though a verb of lending governs it: the time the sentence before gave is not its own.
@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "Ottawa sent Kyiv C$800 million in budget support this year. Canada is also lending "
            "Ukraine C$5 billion (US$3.6 billion) as its share of the G7's $50 billion loan, "
            "repaid from the profits of frozen Russian assets.",
            ("C$5 billion", "US$3.6 billion"),
        ),
        (
            "Seoul gave $300 million in humanitarian aid this year. It is lending $1 billion to "
            "Ukraine as its contribution to the G7's Extraordinary Revenue Acceleration loans.",
            ("$1 billion",),
        ),
        (
            "Rome a versé cette année 400 millions d'euros d'aide budgétaire à Kiev. L'Italie "
            "prêtera en outre 2,5 milliards d'euros à l'Ukraine au titre de sa quote-part des "
            "prêts ERA du G7.",
            ("2,5 milliards d'euros",),
        ),
    ],
)
def test_g7_loan_share_named_after_its_sum_has_no_year(
    text: str, surfaces: tuple[str, ...]
) -> None:
    figures = by_surface(text)
    for surface in surfaces:
        assert figures[surface].year is None, surface


# A share of GDP told as today's right after it ("1.2% of GDP today", "1,1 Prozent des BIP
# heute", "1,3 % du PIB aujourd'hui") is the level now, of no year, as "currently 1.2%" is:
# neither the deadline of the level to reach after it nor the story's year dates it.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Wellington spends about $5 billion on defence this year. The new plan lifts "
            "spending from around 1.4% of GDP today to 2% by 2031.",
            "1.4%",
        ),
        (
            "Prag gibt in diesem Jahr 6 Milliarden Euro für die Armee aus. Die Quote soll von "
            "2,1 Prozent der Wirtschaftsleistung heute auf 3 Prozent im Jahr 2030 steigen.",
            "2,1 Prozent",
        ),
        (
            "Lisbonne dépense cette année 4 milliards d'euros pour ses armées. Le plan doit "
            "porter l'effort de 1,6 % du PIB aujourd'hui à 2,5 % d'ici 2030.",
            "1,6 %",
        ),
    ],
)
def test_share_of_gdp_told_as_todays_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year is None


# A stretch that starts in the report's own year ("since March 2025", "seit 2025", "depuis 2025"
# in a story of December 2025) lies within that year: what was given or has held since then is of
# this year, as "since the start of the year" is; a start in an earlier year still dates nothing.
@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Since April 2025, Norway has given €900 million to Ukraine's drone makers.",
            "€900 million",
            2025,
        ),
        (
            "Seit 2025 fließen 7 Prozent der Zinserträge an die Ukraine-Fazilität.",
            "7 Prozent",
            2025,
        ),
        ("Depuis 2025, 8 % des revenus vont à la Facilité européenne pour la paix.", "8 %", 2025),
        ("Since 2023, Norway has given €4.5 billion to Ukraine.", "€4.5 billion", None),
    ],
)
def test_since_the_reports_own_year_is_of_that_year(
    text: str, surface: str, year: int | None
) -> None:
    assert by_surface(text, published=datetime.date(2025, 12, 8))[surface].year == year


# A sum told with the thing it is and the date that thing was signed or adopted ("the $40 billion
# package for Ukraine and Israel signed in March 2024", "le plan de 3 milliards d'euros pour
# l'Ukraine adopté en mars 2024") is of that date, as a sum signed right after it is ("$40
# billion signed in March 2024"); so are the parts the sentence tells of it.
@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "Washington has sent no new aid this year. The $40 billion package for Ukraine and "
            "Israel signed in March 2024 included $20 billion for Kyiv's forces.",
            ("$40 billion", "$20 billion"),
        ),
        (
            "Paris n'a rien annoncé de nouveau cette année. Le plan de 3 milliards d'euros pour "
            "l'Ukraine adopté en mars 2024 prévoyait 1 milliard d'euros pour les munitions.",
            ("3 milliards d'euros", "1 milliard d'euros"),
        ),
    ],
)
def test_sum_and_its_thing_signed_in_a_year_is_of_that_year(
    text: str, surfaces: tuple[str, ...]
) -> None:
    figures = by_surface(text, published=datetime.date(2025, 11, 10))
    for surface in surfaces:
        assert figures[surface].year == 2024, surface


def test_sum_since_its_approval_is_not_dated_by_it() -> None:
    text = (
        "The payout brings the Fund's loans to Kyiv to $9.1 billion since the programme was "
        "approved in March 2023."
    )
    assert by_surface(text, published=datetime.date(2024, 12, 20))["$9.1 billion"].year != 2023


# A German budget named by a compound ("den Bundeshaushalt 2027", "im Kernhaushalt") is a budget as
# "Haushalt 2027" is: the story is about that year's budget, and a line of it told without a year
# after a total over the years is that year's.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Der Bundestag hat am Dienstag mit den Beratungen über den Bundeshaushalt 2027 "
            "begonnen. Für Munition sind bis 2031 Verpflichtungen von bis zu 25 Milliarden Euro "
            "geplant. Die Nettokreditaufnahme im Kernhaushalt liegt bei 95,2 Milliarden Euro.",
            "95,2 Milliarden Euro",
        ),
        (
            "Das Kabinett hat den Entwurf für den Bundeshaushalt 2027 beschlossen. Für Munition "
            "sind bis 2031 Verpflichtungen von bis zu 25 Milliarden Euro geplant. Für den "
            "Kernhaushalt plant die Regierung eine Nettokreditaufnahme von 98,5 Milliarden Euro.",
            "98,5 Milliarden Euro",
        ),
    ],
)
def test_german_budget_compound_dates_its_lines(text: str, surface: str) -> None:
    figures = by_surface(
        text, title="Haushaltswoche: Wehretat wächst weiter", published=datetime.date(2026, 9, 16)
    )
    assert figures[surface].year == 2027
