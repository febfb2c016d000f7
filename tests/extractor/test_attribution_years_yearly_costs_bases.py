"""Years: a yearly sum told in the present or pledged in a past year is
recurring, of no one year, also when the kind of its money stands between it and "a year"; a
later year is its start or the deadline it is needed by."""

import datetime

from tests.support.figures import by_surface


def test_a_yearly_pledge_beside_this_years_sum_has_no_year() -> None:
    text = (
        "Norway has promised NOK 15 billion a year in support to Ukraine and is giving "
        "NOK 22 billion this year."
    )
    figures = by_surface(text, published=datetime.date(2025, 5, 6))
    assert figures["NOK 15 billion"].year is None
    assert figures["NOK 22 billion"].year == 2025


def test_a_yearly_sum_after_the_kind_of_its_money_has_no_year() -> None:
    french = (
        "Le Portugal versera 300 millions d'euros cette année, puis 250 millions d'euros "
        "d'aide militaire par an jusqu'en 2029."
    )
    figures = by_surface(french, published=datetime.date(2025, 5, 6))
    assert figures["300 millions d'euros"].year == 2025
    assert figures["250 millions d'euros"].year is None
    german = (
        "Die Niederlande stellen in diesem Jahr 3 Milliarden Euro bereit und danach "
        "2 Milliarden Euro an Militärhilfe pro Jahr bis 2028."
    )
    assert by_surface(german, published=datetime.date(2025, 5, 6))["2 Milliarden Euro"].year is None


def test_a_yearly_sum_from_a_later_year_keeps_that_year() -> None:
    text = (
        "This year the government spends £60 billion on defence; an extra £4 billion a year "
        "will follow from 2028."
    )
    figures = by_surface(text, published=datetime.date(2025, 5, 6))
    assert figures["£4 billion"].year == 2028


def test_what_a_weapons_programme_costs_has_no_year() -> None:
    published = datetime.date(2025, 10, 1)
    text = (
        "The budget for 2026 raises defence spending to $40 billion and funds the new frigates, "
        "a programme whose total cost is estimated at $12 billion."
    )
    figures = by_surface(text, published=published)
    assert figures["$40 billion"].year == 2026
    assert figures["$12 billion"].year is None
    french = (
        "Le budget 2026 porte les crédits de la défense à 20 milliards d'euros et finance les "
        "nouveaux chars, dont le coût total devrait atteindre 5 milliards d'euros."
    )
    assert by_surface(french, published=published)["5 milliards d'euros"].year is None
    german = (
        "Der Wehretat 2026 steigt auf 83 Milliarden Euro. Das Programm für neue Fregatten "
        "kostet insgesamt 9 Milliarden Euro."
    )
    figures = by_surface(german, published=published)
    assert figures["83 Milliarden Euro"].year == 2026
    assert figures["9 Milliarden Euro"].year is None


def test_a_cost_dated_right_after_its_sum_keeps_its_year() -> None:
    text = "The new air-defence system will cost $3 billion in 2026, the defence ministry said."
    assert by_surface(text, published=datetime.date(2025, 10, 1))["$3 billion"].year == 2026


def test_a_change_against_a_dated_base_is_of_the_year_after_it() -> None:
    published = datetime.date(2025, 10, 2)
    text = (
        "The defence ministry's request for next year is 6.2% higher than the budget of "
        "$30 billion approved for the current fiscal year."
    )
    figures = by_surface(text, published=published)
    assert figures["$30 billion"].year == 2025
    assert figures["6.2%"].year == 2026
    german = (
        "Der Entwurf des Wehretats liegt 4,5 Prozent höher als der Etat von 52 Milliarden Euro "
        "für das laufende Jahr."
    )
    assert by_surface(german, published=published)["4,5 Prozent"].year == 2026
    french = (
        "Le projet de budget des armées est supérieur de 5 % au budget de 40 milliards d'euros "
        "voté pour 2025."
    )
    assert by_surface(french, published=published)["5 %"].year == 2026


def test_a_level_close_to_a_mark_in_the_present_tense_has_no_year() -> None:
    text = "The deficit is forecast at 3.9% this year, and public debt is close to 88% of GDP."
    figures = by_surface(text, published=datetime.date(2025, 9, 3))
    assert figures["3.9%"].year == 2025
    assert figures["88%"].year is None


def test_a_named_central_banks_target_has_no_year() -> None:
    text = (
        "Inflation, at 2.9% in August, is still above the Bank of Canada's 2% target, and the "
        "bank cut its key rate to 2.5% last week."
    )
    figures = by_surface(text, published=datetime.date(2025, 9, 22))
    assert figures["2.9%"].year == 2025
    assert figures["2%"].year is None


def test_the_year_a_fund_was_set_up_in_does_not_date_the_story() -> None:
    text = (
        "Norway's Ukraine fund, set up in 2023, is run by the defence ministry. In March Oslo "
        "paid NOK 500 million to Ukrainian drone makers."
    )
    figures = by_surface(text, published=datetime.date(2025, 6, 10))
    assert figures["NOK 500 million"].year == 2025
