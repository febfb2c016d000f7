"""Year rules: the time a story carries from one sentence to the next (the year a report is
about, a comparison's base, the deadline agreed for a target). Each rule is checked on
paragraphs written for these tests, never copied from an evaluation article."""

import datetime

from tests.support.figures import by_surface

APRIL = datetime.date(2026, 4, 20)


def test_a_lead_without_a_time_is_dated_by_the_sentence_after_it() -> None:
    # A yearly report published in spring: its lead names no year, the sentence after it the
    # year the data are for, which the figures of each new country keep.
    text = (
        "For the twelfth year running, governments spent more on their armies than the year "
        "before. They devoted $3.1 trillion to the military in 2025, according to a research "
        "institute's figures released on Monday.\n\n"
        "Russia spent an estimated $160 billion, or 7% of its GDP. Germany's outlays rose 20% "
        "to $100 billion."
    )
    figures = by_surface(text, published=APRIL)
    assert figures["20%"].year == 2025
    assert figures["$100 billion"].year == 2025


def test_a_lead_with_a_time_of_its_own_is_not_dated_by_the_next_sentence() -> None:
    # "on Thursday" places the lead in the report's present: the clause on last year after it
    # does not become the story's time.
    text = (
        "Allies pledged new air-defence aid for Ukraine on Thursday at a meeting in Brussels. "
        "The group, which Britain took over last year, meets every two months.\n\n"
        "Norway said it would give NOK 2 billion."
    )
    assert by_surface(text, published=APRIL)["NOK 2 billion"].year == 2026


def test_a_level_named_as_a_base_is_not_the_story_s_time() -> None:
    text = (
        "Poland's military spending reached an estimated $44 billion in 2025, double the "
        "level of 2019. It represented 4.5% of GDP."
    )
    assert by_surface(text, published=APRIL)["4.5%"].year == 2025


def test_the_hague_levels_keep_their_deadline() -> None:
    # Agreed in June 2025 with 2035 as their deadline: named later without it, they keep it.
    text = (
        "The alliance's new target is split into 3.5% of GDP for core defence and 1.5% for "
        "related security spending."
    )
    figures = by_surface(text, published=datetime.date(2025, 11, 4))
    assert figures["3.5%"].year == 2035
    assert figures["1.5%"].year == 2035


def test_a_level_urged_on_one_country_has_no_year() -> None:
    text = (
        "Japan is not a NATO member and has no formal spending target, though Washington has "
        "urged Tokyo to aim for 3.5%."
    )
    assert by_surface(text, published=datetime.date(2025, 11, 4))["3.5%"].year is None


def test_a_level_before_the_hague_summit_keeps_no_deadline() -> None:
    text = "Some allies want a new target of 3.5% of GDP for core defence."
    assert by_surface(text, published=datetime.date(2025, 3, 4))["3.5%"].year is None


def test_a_sum_still_to_come_after_a_paragraph_on_a_past_year_is_the_report_s() -> None:
    # The paragraph before told last year's outturn; a level still to come is not of that year.
    text = (
        "Finland spent 2.3% of GDP on defence in 2025, its highest share since the Cold War.\n\n"
        "The government will lift the budget further, and Finland will thereby spend 2.6% of GDP "
        "on its armed forces."
    )
    assert by_surface(text, published=APRIL)["2.6%"].year == 2026


def test_a_year_named_as_the_base_of_a_comparison_is_not_the_figure_s() -> None:
    text = (
        "New pledges in March and April came to just EUR 5.1 billion, down 40% from the same "
        "two months of 2025."
    )
    figures = by_surface(text, published=datetime.date(2026, 5, 12))
    assert figures["EUR 5.1 billion"].year == 2026
    assert figures["40%"].year == 2026


def test_aid_given_on_top_after_a_total_over_the_years_is_the_report_s() -> None:
    text = (
        "Das Ministerium stellt in diesem Winter 120 Millionen Euro für die Ukraine bereit. "
        "Insgesamt hat Deutschland seit 2022 rund 1,5 Milliarden Euro für die Energieversorgung "
        "gegeben. Zusätzlich vergibt die KfW einen Kredit über 60 Millionen Euro an den "
        "Netzbetreiber."
    )
    figures = by_surface(text, published=APRIL)
    assert figures["1,5 Milliarden Euro"].year is None
    assert figures["60 Millionen Euro"].year == 2026


def test_a_share_of_the_g7_loans_told_on_top_keeps_no_year() -> None:
    text = (
        "Canada will send Ukraine C$300 million in drones, the defence minister said on "
        "Tuesday. Since 2022 Canada has committed more than C$20 billion to Ukraine. Ottawa is "
        "also lending Kyiv C$5 billion as its share of the G7 loans backed by the profits of "
        "frozen Russian assets."
    )
    assert by_surface(text, published=APRIL)["C$5 billion"].year is None


def test_the_year_a_fund_was_made_is_not_the_year_of_the_sum_drawn_from_it() -> None:
    text = (
        "Der Wehretat soll im kommenden Jahr auf 90 Milliarden Euro steigen. Hinzu kommen 20 "
        "Milliarden Euro aus dem 2022 eingerichteten Sondervermögen."
    )
    assert by_surface(text, published=datetime.date(2025, 7, 30))["20 Milliarden Euro"].year == (
        2026
    )


def test_the_outlay_a_target_needs_by_the_deadline_is_of_that_deadline() -> None:
    text = (
        "Allies agreed to spend 3.5% of GDP on core defence by 2035. Economists estimate that "
        "Portugal would need an extra EUR 4 billion a year to reach 3.5% by the deadline."
    )
    assert by_surface(text, published=APRIL)["EUR 4 billion"].year == 2035


def test_a_report_on_last_year_goes_back_to_it_after_an_aside_on_this_year() -> None:
    text = (
        "World military expenditure rose for an eleventh year in 2025, a research institute "
        "said on Monday.\n\n"
        "Russia's budget for this year foresees a small cut, to 12.9 trillion roubles.\n\n"
        "Ukraine spent $70 billion, the heaviest burden of any country."
    )
    assert by_surface(text, published=APRIL)["$70 billion"].year == 2025


def test_a_french_horizon_is_a_deadline() -> None:
    text = "Le gouvernement vise des dépenses de défense de 3 % du PIB à l'horizon 2030."
    assert by_surface(text, published=APRIL)["3 %"].year == 2030


def test_aid_given_on_top_keeps_its_time_through_the_list_it_opens() -> None:
    text = (
        "Norway will send Ukraine a new package, the ministry said on Tuesday. It brings "
        "Norwegian aid to NOK 90 billion since 2022. Oslo also said it would contribute NOK "
        "500 million to the drone coalition, and NOK 200 million in humanitarian aid for "
        "heating plants."
    )
    assert by_surface(text, published=APRIL)["NOK 200 million"].year == 2026


def test_the_alliance_s_guideline_reached_last_year_is_that_year_s_level() -> None:
    text = "Belgium reached NATO's 2% target for the first time last year."
    assert by_surface(text, published=APRIL)["2%"].year == APRIL.year - 1


def test_a_tally_named_as_such_is_of_no_one_year() -> None:
    text = (
        "Europe overtook the United States in new aid last year. European military "
        "allocations total EUR 85 billion, against EUR 65 billion from Washington."
    )
    assert by_surface(text, published=APRIL)["EUR 85 billion"].year is None


def test_a_level_told_as_where_it_stands_has_no_year() -> None:
    text = (
        "Inflation eased to 7.9% in August. The central bank's key rate stands at 17%, and "
        "Canada's contribution to the fund stands at C$300 million."
    )
    figures = by_surface(text, published=APRIL)
    assert figures["17%"].year is None
    assert figures["C$300 million"].year is None


def test_a_french_start_of_the_war_of_aggression_dates_no_total() -> None:
    text = (
        "Depuis le début de la guerre d'agression russe en février 2022, la Norvège a engagé "
        "environ 9 milliards d'euros en faveur de l'Ukraine."
    )
    assert by_surface(text, published=APRIL)["9 milliards d'euros"].year is None


def test_aid_given_on_top_in_a_sentence_on_another_time_is_not_the_report_s() -> None:
    # "also" in a clause on an earlier package: that package is not the report's news.
    text = (
        "Oslo approved its 20th military aid package for Ukraine this week. It takes Norwegian "
        "military aid since the start of the full-scale war to roughly NOK 90 billion.\n\n"
        "The package is almost a copy of one approved on 9 March 2025, which was also worth "
        "NOK 1.5 billion."
    )
    assert by_surface(text, published=APRIL)["NOK 1.5 billion"].year != 2026


def test_a_yearly_sum_pledged_in_a_past_year_is_of_no_one_year() -> None:
    text = (
        "At their summit in Vilnius in 2023, the Nordic countries pledged at least EUR 5 billion "
        "a year in military support for Ukraine."
    )
    assert by_surface(text, published=APRIL)["EUR 5 billion"].year is None


def test_a_yearly_sum_from_a_named_year_keeps_it() -> None:
    text = "The government will spend an additional GBP 4 billion a year on defence from 2027."
    assert by_surface(text, published=APRIL)["GBP 4 billion"].year == 2027
