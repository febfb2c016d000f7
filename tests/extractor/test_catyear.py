"""Year and category rules that generalize across unseen articles (catyear, 2026-12-02)."""

import datetime

from services.extractor.figures import extract_figures


def _years(text: str, published: datetime.date) -> dict[str, int | None]:
    return {f.surface: f.year for f in extract_figures(text, published=published)}


def test_a_market_yield_takes_no_year_from_the_context() -> None:
    text = (
        "Romania will spend EUR 9.4 billion on defence this year. "
        "The yield on the 10-year leu bond stood at 7.1%, and the leu traded flat."
    )
    found = _years(text, datetime.date(2026, 10, 14))
    assert found["EUR 9.4 billion"] == 2026
    assert found["7.1%"] is None


def test_a_yield_dated_in_its_own_sentence_keeps_the_year() -> None:
    text = "Italy's 10-year bond yield stood at 3.6% in 2026, the ministry said."
    assert _years(text, datetime.date(2026, 9, 22))["3.6%"] == 2026


def test_an_oil_price_is_other_beside_an_arms_maker() -> None:
    text = (
        "Germany will spend EUR 80 billion on defence this year. Shares in German arms maker "
        "Rheinmetall rose 4% in Frankfurt, while Brent crude traded near $75 a barrel."
    )
    found = {f.surface: f for f in extract_figures(text, published=datetime.date(2025, 2, 12))}
    assert found["EUR 80 billion"].category == "defense_spending"
    assert found["$75"].category == "other"
    assert found["$75"].donor is None


def test_a_possessive_relative_year_dates_the_figure_after_it() -> None:
    text = "The defence allocation is EUR 1.4 billion higher than this year's EUR 3.35 billion."
    found = _years(text, datetime.date(2025, 12, 9))
    assert found["EUR 3.35 billion"] == 2025
    text = "Defence gets EUR 4.8 billion in 2026, up from last year's EUR 3.35 billion."
    assert _years(text, datetime.date(2026, 2, 1))["EUR 3.35 billion"] == 2025


def test_the_g7_loan_agreed_with_words_between_has_no_year() -> None:
    text = (
        "Separately, the G7 agreed in June to provide Ukraine with a loan of $50 billion, "
        "to be repaid from the windfall profits on immobilised Russian central bank assets."
    )
    assert _years(text, datetime.date(2024, 7, 8))["$50 billion"] is None
