"""Years of this pass (pass/year): a level to be reached "long before" or "well before" a year
still ahead ("lange vor 2035", "bien avant 2035") is of that year, the deadline it is told
against, as "by 2035" is; a year already passed told so ("long before 2022") is a landmark and
dates nothing. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

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
