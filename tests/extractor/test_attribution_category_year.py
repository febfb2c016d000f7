"""Category of a figure read in its document: sums called aid, running totals, shares of GDP
going on from one another, goals by a date, budgets after a target and changes of a budget
(branch catyear)."""

import datetime

from services.extractor.figures import extract_figures
from shared.models import Figure

PUBLISHED = datetime.date(2025, 9, 16)


def _figures(text: str, published: datetime.date = PUBLISHED) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, published=published)}


def test_sum_called_aid_keeps_all_kinds_despite_a_weapon_in_a_later_phrase() -> None:
    text = (
        "The senate on Tuesday passed $48 billion in aid for Ukraine, breaking a deadlock that "
        "had left Kyiv's gunners rationing artillery shells."
    )
    assert _figures(text)["$48 billion"].category == "aid_total"


def test_total_before_its_parts_is_all_aid_and_parts_keep_their_kind() -> None:
    text = (
        "In July and August, donors allocated €7.2 billion in new aid: €3.1 billion in military "
        "aid, €3.6 billion in financial aid and €0.5 billion in humanitarian aid."
    )
    figures = _figures(text)
    assert figures["€7.2 billion"].category == "aid_total"
    assert figures["€3.1 billion"].category == "military_aid"
    assert figures["€3.6 billion"].category == "financial_aid"


def test_weapon_in_the_sums_own_phrase_still_makes_it_military() -> None:
    text = "Oslo approved NOK 900 million in aid for artillery ammunition, the ministry said."
    assert _figures(text)["NOK 900 million"].category == "military_aid"


def test_running_total_since_the_invasion_is_not_the_kind_the_story_was_on() -> None:
    text = (
        "Sweden will send more air defence systems and artillery shells to Ukraine. "
        "Since the start of the invasion, donor countries have allocated more than €250 billion "
        "to Ukraine."
    )
    assert _figures(text)["€250 billion"].category == "aid_total"


def test_a_new_allocation_takes_the_kind_the_story_is_on() -> None:
    text = (
        "Sweden will send more air defence systems and artillery shells to Ukraine. "
        "In August, Finland allocated EUR 140 million."
    )
    assert _figures(text)["EUR 140 million"].category == "military_aid"


def test_share_committed_by_a_date_ahead_is_a_goal_after_a_list_of_levels() -> None:
    text = (
        "Slovenia raised defence spending by €600 million in 2025 to hit 2%, and the government "
        "of the prime minister has committed to reach 3% by 2030."
    )
    figures = _figures(text, datetime.date(2026, 3, 10))
    assert figures["2%"].category == "defense_spending"
    assert figures["3%"].category == "pledge_target"


def test_budget_after_a_target_is_still_defence_spending() -> None:
    text = (
        "Croatia spends around 1.9% of GDP on defence this year. NATO wants 3.5% by 2035. "
        "Can Zagreb get there? Next year the budget in cash rises to EUR 1.6 billion."
    )
    figures = _figures(text, datetime.date(2026, 3, 10))
    assert figures["3.5%"].category == "pledge_target"
    assert figures["EUR 1.6 billion"].category == "defense_spending"


def test_shares_going_on_from_a_share_of_gdp_are_of_all_aid_after_a_military_paragraph() -> None:
    text = (
        "Most of the new money goes to air defence and artillery ammunition for Ukraine. "
        "The ranking looks different for the big economies. Italy's allocations amount to "
        "0.3% of its GDP, Spain's to 0.2% and Portugal's to 0.1%."
    )
    figures = _figures(text)
    assert [figures[s].category for s in ("0.3%", "0.2%", "0.1%")] == ["aid_total"] * 3


def test_change_told_after_a_defence_budget_is_defence_spending() -> None:
    text = (
        "Hungary's defence budget for next year is HUF 1.6 trillion, or about €4.1 billion, "
        "an increase of more than 20% in forint terms."
    )
    assert _figures(text)["20%"].category == "defense_spending"


def test_change_of_a_world_total_is_no_ones() -> None:
    text = (
        "Globally, military expenditure reached a record $2.6 trillion in 2023, according to "
        "a research institute, a rise of 6.8% on the previous year."
    )
    figure = _figures(text)["6.8%"]
    assert (figure.category, figure.donor) == ("defense_spending", None)


def test_change_after_an_economic_subject_is_not_the_budgets() -> None:
    text = (
        "The defence budget grows again, while inflation has slowed after a rise of 4.2% in "
        "consumer prices."
    )
    assert _figures(text)["4.2%"].category == "other"


def test_grant_for_energy_repairs_is_humanitarian_and_a_loan_stays_financial() -> None:
    grant = "The agency will provide a grant of $45 million for the repair of power substations."
    loan = "The bank will provide a loan of $45 million for the repair of power substations."
    assert _figures(grant)["$45 million"].category == "humanitarian_aid"
    assert _figures(loan)["$45 million"].category == "financial_aid"


def test_arms_sold_by_an_industry_are_trade_not_aid() -> None:
    text = (
        "Estonian plants sold ammunition worth more than EUR 2 billion last year, much of it "
        "ending up in Ukraine."
    )
    figure = _figures(text)["EUR 2 billion"]
    assert (figure.category, figure.recipient) == ("other", None)


def test_what_an_industry_could_produce_is_no_aid_and_its_share_keeps_the_year() -> None:
    text = (
        "Ukraine's drone makers could produce weapons worth $20 billion this year, but only 30% "
        "of this capacity is funded."
    )
    figures = _figures(text)
    assert figures["$20 billion"].category == "other"
    assert figures["30%"].year == 2025


def test_weapons_sent_from_sales_proceeds_stay_aid() -> None:
    text = (
        "Denmark sent Ukraine weapons worth DKK 2 billion bought with the proceeds of arms sales."
    )
    assert _figures(text)["DKK 2 billion"].category == "military_aid"


def test_an_exchange_rate_is_no_aid_and_of_no_year_the_story_told() -> None:
    text = (
        "Germany will send Ukraine more air defence this year. The rouble has weakened, and it "
        "trades at about 95 roubles to the dollar."
    )
    figure = _figures(text)["95 roubles"]
    assert (figure.category, figure.recipient, figure.year) == ("other", None, None)
