"""Limits, thresholds and standing rates: a fiscal rule's threshold is the rule, not spending; a
fiscal or monetary limit ("the EU's 3% ceiling", "the central bank's 2% target") and a standing
tax or tariff rate are of no year, while the deficit or the inflation measured against them, and
a rate told as changed, keep theirs. Each rule is checked on sentences written for these tests,
never copied from an evaluation article."""

import pytest

from services.extractor import years
from tests.support.figures import by_surface, in_order


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
    [figure] = in_order(text)
    assert (figure.category, figure.aid_related, figure.year) == ("other", False, None)
    assert figure.donor == donor


def test_a_defence_share_beside_a_fiscal_rule_is_still_spending() -> None:
    text = "Germany spent 2.1% of GDP on defence last year, even under the debt brake."
    [figure] = in_order(text)
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", "Germany", 2025)


@pytest.mark.parametrize(
    ("text", "limit", "deficit", "year"),
    [
        (
            "The finance ministry expects the budget deficit to widen to 4.2% of GDP this year, "
            "well above the EU's 3% ceiling.",
            "3%",
            "4.2%",
            2026,
        ),
        (
            "Das Defizit dürfte im kommenden Jahr auf 3,8 Prozent steigen und läge damit über "
            "der EU-Grenze von 3 Prozent.",
            "3 Prozent",
            "3,8 Prozent",
            2027,
        ),
        (
            "Le déficit public devrait atteindre 4,6 % du PIB l'an prochain, loin de la limite "
            "européenne de 3 %.",
            "3 %",
            "4,6 %",
            2027,
        ),
        (
            "Le déficit de l'État resterait à 1,2 % du PIB cette année, bien en deçà du seuil "
            "de 3 %.",
            "3 %",
            "1,2 %",
            2026,
        ),
    ],
)
def test_a_fiscal_limit_is_of_no_year(text: str, limit: str, deficit: str, year: int) -> None:
    figures = by_surface(text)
    assert figures[limit].year is None
    assert figures[deficit].year == year  # the deficit keeps the year it is told for


def test_a_central_bank_target_is_of_no_year() -> None:
    text = "Inflation rose to 3.4% in February, above the central bank's 2% target."
    figures = by_surface(text)
    assert figures["2%"].year is None
    assert figures["3.4%"].year == 2026


def test_a_threshold_told_as_reached_is_no_standing_limit() -> None:
    text = "Elle représentera 2,3 % du PIB, après le seuil de 2 % atteint l'an dernier."
    start = text.index("2 % atteint")
    assert not years.standing_limit(text, (start, start + 3))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Le ministre a rappelé cette année que ces intérêts restent soumis à l'impôt des "
            "sociétés, au taux de 25 %.",
            "25 %",
        ),
        (
            "The government also kept a 35% tariff on all remaining imports from Russia this year.",
            "35%",
        ),
        (
            "Die Exporteure leiden in diesem Jahr unter den US-Zöllen von 39 Prozent auf "
            "Schweizer Waren.",
            "39 Prozent",
        ),
    ],
)
def test_a_standing_tax_rate_is_of_no_year(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year is None


def test_a_rate_told_as_changed_keeps_its_year() -> None:
    text = "The government will raise value-added tax to 24% from 22% next year."
    start = text.index("24%")
    assert not years.standing_rate(text, (start, start + 3), 0)
    assert by_surface(text)["24%"].year == 2027


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        # the borrower named by its adjective before the bond, in English and German
        (
            "Traders said Dutch ten-year bond yields edged up to 2.7% on Friday.",
            "2.7%",
            "Netherlands",
        ),
        ("Die Rendite belgischer Anleihen stieg auf 3,2 Prozent.", "3,2 Prozent", "Belgium"),
        # by its adjective after the noun, in French
        ("Le taux d'emprunt espagnol à dix ans a reculé à 3,1 % mardi.", "3,1 %", "Spain"),
        # by the bond's own name
        ("Gilt yields climbed to 4.8% after the statement.", "4.8%", "United Kingdom"),
        # by the country named before it, not the one it is compared with
        (
            "Portugal's 10-year bond yield stood at 3.0%, below that of Italy.",
            "3.0%",
            "Portugal",
        ),
    ],
)
def test_a_state_bond_yield_is_the_borrowing_states(text: str, surface: str, donor: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("other", donor)


def test_a_bond_yield_naming_no_state_is_the_storys_country() -> None:
    text = (
        "Romania will spend 2.5% of GDP on defence next year, the government said.\n\n"
        "Markets were calm. The yield on the benchmark bond held at 6.9% in Bucharest trading."
    )
    assert by_surface(text)["6.9%"].donor == "Romania"


def test_a_market_move_leaves_an_economy_in_its_own_clause_to_its_country() -> None:
    text = (
        "The forint has lost 6% against the euro since March, while Hungary's budget deficit is "
        "expected to reach 4.9% of GDP."
    )
    figures = by_surface(text)
    # a national currency's move is its country's (README, "Settled cases": "its currency's rate
    # or move"), as the deficit in its own clause is
    assert figures["6%"].donor == "Hungary"
    assert figures["4.9%"].donor == "Hungary"
