"""Years of sums that run over several years whatever the sentence around them dates (extractor
2026.12.02, from the year misses of the train splits). Sentences written for these tests."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 10, 7)


def _year_of(text: str, surface: str) -> int | None:
    figures = extract_figures(text, published=PUBLISHED)
    return next(f.year for f in figures if f.surface == surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the loans as a whole, in a sentence telling of money paid out this year
        (
            "The G7's $50 billion in loans, repaid from the profits on frozen Russian assets, "
            "has been paid out this year.",
            "$50 billion",
        ),
        # a member's share named before its sum
        (
            "Most of the budget support came this year from the G7 loans backed by Russian "
            "assets, with the EU's share of EUR 18.1 billion now paid out in full.",
            "EUR 18.1 billion",
        ),
        (
            "Die EU hat in diesem Jahr Geld aus den G7-Krediten überwiesen, deren EU-Anteil von "
            "18,1 Milliarden Euro inzwischen ausgezahlt ist.",
            "18,1 Milliarden Euro",
        ),
    ],
)
def test_the_g7_loans_and_a_members_share_of_them_have_no_year(text: str, surface: str) -> None:
    assert _year_of(text, surface) is None


def test_the_part_of_a_g7_loan_share_paid_out_keeps_its_year() -> None:
    text = "Ottawa disbursed $2 billion of its share of the G7 loans to Kyiv this month."
    assert _year_of(text, "$2 billion") == 2025


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a tally's period, from a month of one year to the end of a later one
        (
            "Donors allocated €150 billion in aid between March 2022 and the end of June 2025, "
            "the tracker said.",
            "€150 billion",
        ),
        (
            "Allies gave €80 billion in military aid from January 2022 to the end of May 2025.",
            "€80 billion",
        ),
        # a total since a start told as a clause
        ("Purchases through the fund reached $2 billion since the scheme began.", "$2 billion"),
        (
            "Since the Joint Drone Initiative (JDI) was launched last spring, members put $900 "
            "million into it.",
            "$900 million",
        ),
    ],
)
def test_a_total_over_a_tallys_period_or_since_a_start_has_no_year(text: str, surface: str) -> None:
    assert _year_of(text, surface) is None


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        # the base of a change to a level with a deadline
        (
            "The plan will lift defence spending from about 1.3% of GDP to more than 2% by 2031.",
            "1.3%",
            None,
        ),
        (
            "The plan will lift defence spending from about 1.3% of GDP to more than 2% by 2031.",
            "2%",
            2031,
        ),
        # a level asked of one country, then another's target with its deadline
        (
            "The senator said Ireland should commit to at least 0.6% of GDP, noting that Malta had "
            "set itself a target of 1% by 2030.",
            "0.6%",
            None,
        ),
        # two levels, each with its own deadline
        (
            "The government aims to raise core defence spending to at least 3% of GDP by 2029 and "
            "to 3.5% by 2035.",
            "3%",
            2029,
        ),
    ],
)
def test_a_deadline_belongs_to_the_level_to_reach_not_to_a_level_before_it(
    text: str, surface: str, year: int | None
) -> None:
    assert _year_of(text, surface) == year


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the year, Nordic military aid has reached EUR 6.2 billion, compared "
        "with EUR 5.9 billion in the whole of 2024.",
        "Seit Jahresbeginn summieren sich die nordischen Militärhilfen auf 6,2 Milliarden Euro, "
        "verglichen mit 5,9 Milliarden Euro im gesamten Jahr 2024.",
    ],
)
def test_a_sum_so_far_this_year_is_this_years_and_its_base_keeps_the_whole_year(
    text: str,
) -> None:
    total, base = extract_figures(text, published=PUBLISHED)
    assert (total.year, base.year) == (2025, 2024)
