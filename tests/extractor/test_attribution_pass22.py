"""Attribution rules of extractor 2026.11.22 (issue 10, fifteenth pass). Each rule is checked on
sentences written for these tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from shared.models import Figure

PUBLISHED = datetime.date(2026, 3, 10)


def _figures(text: str) -> list[Figure]:
    return extract_figures(text, published=PUBLISHED)


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
    figure = _figures(text)[-1]
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
    aid, budget = _figures(text)
    assert (aid.category, aid.recipient) == ("military_aid", "Ukraine")
    assert (budget.category, budget.donor, budget.recipient) == (
        "defense_spending",
        "Germany",
        None,
    )


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
    budget, share = _figures(text)
    assert (budget.category, budget.donor, budget.year) == ("defense_spending", "Austria", year)
    assert (share.category, share.donor, share.year) == ("defense_spending", "Austria", year)


def test_a_restated_share_is_its_sums_spender_not_the_story_giver() -> None:
    text = (
        "Die Schweiz gibt heuer 5,9 Milliarden Franken für ihre Armee aus. Zum Vergleich: Das "
        "neutrale Österreich budgetiert für das Bundesheer heuer rund 4 Milliarden Euro, knapp 1 "
        "Prozent der Wirtschaftsleistung."
    )
    share = _figures(text)[-1]
    assert (share.category, share.donor) == ("defense_spending", "Austria")


def test_a_share_after_a_comma_that_is_no_share_of_the_economy_keeps_its_own_reading() -> None:
    text = (
        "Das Bundesheer verfügt heuer über ein Budget von 4,4 Milliarden Euro, 8 Prozent mehr als "
        "im Vorjahr. Die Inflation lag im Februar bei 3,1 Prozent, 0,4 Prozent der Teuerung "
        "entfallen auf Energie."
    )
    readings = [(f.surface, f.category) for f in _figures(text)]
    assert readings[1] == ("8 Prozent", "defense_spending")
    assert [category for _, category in readings[2:]] == ["other", "other"]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Austria's coalition wants its fiscal rules to exempt defence outlays above 1.2% of "
            "GDP, the finance minister said on Tuesday.",
            "Austria",
        ),
        (
            "Der Bundestag hat Verteidigungsausgaben oberhalb von 1 Prozent des BIP von der "
            "Schuldenbremse ausgenommen.",
            "Germany",
        ),
        (
            "Les Pays-Bas veulent que leur frein à l'endettement ne compte plus les dépenses "
            "militaires au-delà de 2 % du PIB.",
            "Netherlands",
        ),
    ],
)
def test_a_fiscal_rule_threshold_is_the_rule_not_spending(text: str, donor: str) -> None:
    [figure] = _figures(text)
    assert (figure.category, figure.aid_related, figure.year) == ("other", False, None)
    assert figure.donor == donor


def test_a_defence_share_beside_a_fiscal_rule_is_still_spending() -> None:
    text = "Germany spent 2.1% of GDP on defence last year, even under the debt brake."
    [figure] = _figures(text)
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", "Germany", 2025)
