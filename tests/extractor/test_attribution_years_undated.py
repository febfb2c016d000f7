"""Figures of no year: a total since the war began (told right after its sum, as a share of all
aid, or as news), a sum for two years named together, a standing instrument or the G7 loans as a
whole (their payouts keep their year), frozen assets told as a stock, and a market yield that
only its context would date."""

import datetime

from services.extractor import years
from tests.support.figures import by_surface, year_by_surface


def test_a_total_told_right_after_its_sum_has_no_year() -> None:
    text = (
        "Sweden spent 2.2% of GDP on defence last year and has given Ukraine military aid "
        "worth SEK 80 billion since the invasion."
    )
    figures = by_surface(text, published=datetime.date(2026, 3, 10))
    assert figures["2.2%"].year == 2025
    assert figures["SEK 80 billion"].year is None


def test_a_share_of_all_aid_since_the_war_began_has_no_year() -> None:
    text = (
        "Europe now accounts for 71% of all military aid allocated since the start of the war, "
        "up from 52% at the end of last year."
    )
    assert by_surface(text, published=datetime.date(2026, 3, 10))["71%"].year is None


def test_a_total_told_as_news_stays_undated() -> None:
    text = (
        "Since the invasion, Canada has sent weapons and money to Ukraine. In total, Ottawa has "
        "committed more than C$19 billion."
    )
    assert by_surface(text, published=datetime.date(2025, 10, 2))["C$19 billion"].year is None


def test_a_sum_for_two_years_named_together_has_no_year() -> None:
    published = datetime.date(2026, 1, 15)
    french = (
        "En décembre, les Vingt-Sept ont décidé de prêter 70 milliards d'euros à l'Ukraine en "
        "2026 et 2027."
    )
    assert by_surface(french, published=published)["70 milliards d'euros"].year is None
    german = (
        "Die EU stellt Kiew für die Jahre 2026 und 2027 ein Darlehen über 70 Milliarden Euro "
        "bereit."
    )
    assert by_surface(german, published=published)["70 Milliarden Euro"].year is None


def test_a_part_of_a_standing_instrument_has_no_year_the_story_reached() -> None:
    text = (
        "The European Union agreed its support programme for Ukraine on Tuesday. The Facility "
        "combines €20 billion in loans with €8 billion in grants. Its second pillar provides "
        "€5 billion in guarantees. In May the Commission disbursed a tranche of €2 billion."
    )
    figures = by_surface(text, published=datetime.date(2026, 6, 4))
    assert figures["€20 billion"].year is None
    assert figures["€5 billion"].year is None
    assert figures["€2 billion"].year == 2026


def test_the_g7_loans_as_a_whole_have_no_year_their_payouts_do() -> None:
    text = (
        "En 2024, le G7 a accordé à l'Ukraine des prêts dits ERA de 50 milliards de dollars. "
        "Cette année, le Japon en a versé 1 milliard de dollars."
    )
    figures = by_surface(text, published=datetime.date(2026, 4, 2))
    assert figures["50 milliards de dollars"].year is None
    assert figures["1 milliard de dollars"].year == 2026


def test_the_g7_loan_agreed_with_words_between_has_no_year() -> None:
    text = (
        "Separately, the G7 agreed in June to provide Ukraine with a loan of $50 billion, "
        "to be repaid from the windfall profits on immobilised Russian central bank assets."
    )
    assert year_by_surface(text, datetime.date(2024, 7, 8))["$50 billion"] is None


def test_frozen_assets_told_as_a_stock_are_of_no_year() -> None:
    assert years.frozen_stock(
        "The immobilised assets are worth roughly €230bn, most of them held at a clearing house."
    )
    assert not years.frozen_stock(
        "The windfall profits on immobilised assets reached about €3.4 billion last year."
    )


def test_a_market_yield_told_as_news_takes_the_reports_year() -> None:
    # a reading reported in the past tense is the report's (README, settled), not the year of
    # the sentence before; a level in the present tense alone has none
    text = (
        "Romania will spend EUR 9.4 billion on defence in 2027. "
        "The yield on the 10-year leu bond stood at 7.1%, and the leu traded flat."
    )
    found = year_by_surface(text, datetime.date(2026, 10, 14))
    assert found["EUR 9.4 billion"] == 2027
    assert found["7.1%"] == 2026
    now = "Romania will spend EUR 9.4 billion on defence in 2027. The 10-year yield stands at 7.1%."
    assert year_by_surface(now, datetime.date(2026, 10, 14))["7.1%"] is None


def test_a_yield_dated_in_its_own_sentence_keeps_the_year() -> None:
    text = "Italy's 10-year bond yield stood at 3.6% in 2026, the ministry said."
    assert year_by_surface(text, datetime.date(2026, 9, 22))["3.6%"] == 2026
