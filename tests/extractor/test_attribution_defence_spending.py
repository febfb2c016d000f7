"""A country's own defence spending: money for its own forces, a state's own arms contracts, and
a share of the economy that restates a defence sum or names the country's economy, told apart
from aid to Ukraine and from shares that are no share of the economy. Each rule is checked on
sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface, in_order


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Polen rüstet weiter auf. Weitere 58 Milliarden Złoty fließen im kommenden Jahr aus "
            "dem Fonds zur Unterstützung der Streitkräfte, der sich über Anleihen finanziert.",
            "Poland",
        ),
        (
            "Warsaw will also draw about 70 billion zlotys next year from the Armed Forces "
            "Support Fund, which borrows on the bond market.",
            "Poland",
        ),
        (
            "Die Bundeswehr bekommt im kommenden Jahr aus Haushalt und Sondervermögen 95 "
            "Milliarden Euro.",
            "Germany",
        ),
        (
            "Le budget de l'armée suisse atteindra 6,5 milliards de francs l'an prochain.",
            "Switzerland",
        ),
    ],
)
def test_money_for_the_countrys_own_forces_is_its_defence_spending(text: str, donor: str) -> None:
    figure = in_order(text)[-1]
    assert (figure.category, figure.donor, figure.recipient, figure.year) == (
        "defense_spending",
        donor,
        None,
        2027,
    )


def test_the_forces_budget_after_aid_to_ukraine_is_no_aid() -> None:
    text = (
        "Deutschland hat der Ukraine seit 2022 Militärhilfe im Wert von 40 Milliarden Euro "
        "geleistet. Die Bundeswehr erhält im kommenden Jahr 95 Milliarden Euro."
    )
    aid, budget = in_order(text)
    assert (aid.category, aid.recipient) == ("military_aid", "Ukraine")
    assert (budget.category, budget.donor, budget.recipient) == (
        "defense_spending",
        "Germany",
        None,
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Norway will give Ukraine more air defence this year.\n\nAt home, Oslo signed a "
            "contract worth $1.8 billion for 54 new Leopard tanks.",
            "$1.8 billion",
        ),
        (
            "Die Niederlande liefern der Ukraine weitere Drohnen.\n\nIm Jahr 2024 bestellte Den "
            "Haag in den USA Patriot-Systeme für rund 1,2 Milliarden Euro.",
            "1,2 Milliarden Euro",
        ),
    ],
)
def test_a_states_own_arms_contract_is_defence_spending(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "defense_spending"


def test_contracts_for_ammunition_given_stay_aid() -> None:
    text = (
        "Belgium promised Ukraine €1 billion in military support this year. Some contracts for "
        "ammunition worth €200 million will only be paid next year."
    )
    assert by_surface(text)["€200 million"].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a bare comma before a share of the economy
        (
            "Österreich budgetiert für das Bundesheer heuer rund 4,4 Milliarden Euro, knapp 0,9 "
            "Prozent der Wirtschaftsleistung.",
            2026,
        ),
        (
            "Das Bundesheer verfügt heuer über ein Budget von 4,4 Milliarden Euro, das entspricht "
            "rund 0,9 Prozent der Wirtschaftsleistung.",
            2026,
        ),
        # the German relative clause: "was einer Quote von ... entspricht"
        (
            "Im kommenden Jahr verfügt das Bundesheer über ein Budget von 4,9 Milliarden Euro, was "
            "einer Quote von 1 Prozent der Wirtschaftsleistung entspricht.",
            2027,
        ),
    ],
)
def test_a_share_of_the_economy_restating_a_defence_sum_is_that_spending(
    text: str, year: int
) -> None:
    budget, share = in_order(text)
    assert (budget.category, budget.donor, budget.year) == ("defense_spending", "Austria", year)
    assert (share.category, share.donor, share.year) == ("defense_spending", "Austria", year)


def test_a_restated_share_is_its_sums_spender_not_the_story_giver() -> None:
    text = (
        "Die Schweiz gibt heuer 5,9 Milliarden Franken für ihre Armee aus. Zum Vergleich: Das "
        "neutrale Österreich budgetiert für das Bundesheer heuer rund 4 Milliarden Euro, knapp 1 "
        "Prozent der Wirtschaftsleistung."
    )
    share = in_order(text)[-1]
    assert (share.category, share.donor) == ("defense_spending", "Austria")


def test_a_share_after_a_comma_that_is_no_share_of_the_economy_keeps_its_own_reading() -> None:
    text = (
        "Das Bundesheer verfügt heuer über ein Budget von 4,4 Milliarden Euro, 8 Prozent mehr als "
        "im Vorjahr. Die Inflation lag im Februar bei 3,1 Prozent, 0,4 Prozent der Teuerung "
        "entfallen auf Energie."
    )
    readings = [(f.surface, f.category) for f in in_order(text)]
    assert readings[1] == ("8 Prozent", "defense_spending")
    assert [category for _, category in readings[2:]] == ["other", "other"]


def test_a_share_of_a_countrys_economy_named_by_its_name_is_of_gdp() -> None:
    text = (
        "Moscow will spend 15 trillion roubles on its armed forces next year, more than 7% of "
        "Russia's economy, the finance ministry said."
    )
    assert by_surface(text)["7%"].category == "defense_spending"
