"""Figures that are neither aid nor defence spending (category other), read beside sums of aid
they must not be taken for: a state's interest bill, borrowing and budget hole, unit prices, war
damage and reconstruction estimates, a ministry's aid worldwide, a surplus, a turnover, growth
and an oil price. The aid that only looks like them (a loan to Ukraine, surplus weapons, aid for
reconstruction) stays aid."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import PUBLISHED, by_surface

# A story on military aid, whose kind a bare sum would otherwise take.
_AID_STORY = (
    "Die Bundesregierung stellt der Ukraine in diesem Jahr weitere 9 Milliarden Euro an "
    "Militärhilfe bereit, sagte der Minister am Dienstag. "
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _AID_STORY + "Die Zinsausgaben des Bundes klettern auf 41 Milliarden Euro.",
            "41 Milliarden Euro",
        ),
        (
            _AID_STORY + "Das Gericht kippte die Umbuchung von 45 Milliarden Euro an alten "
            "Kreditermächtigungen.",
            "45 Milliarden Euro",
        ),
    ],
)
def test_a_states_interest_bill_and_borrowing_powers_are_no_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "other"
    assert figure.aid_related is False


_LOAN_STORY = (
    "Die Bundesregierung gibt der Ukraine einen Kredit über 2 Milliarden Euro, sagte der "
    "Finanzminister.\n\n"
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _LOAN_STORY + "Die Neuverschuldung des Bundes steigt 2027 auf rund 81 Milliarden "
            "Euro, dazu Kredite aus den Sondervermögen.",
            "81 Milliarden Euro",
        ),
        (
            _LOAN_STORY + "Für 2028 klafft im Finanzplan noch eine Lücke von rund 40 Milliarden "
            "Euro.",
            "40 Milliarden Euro",
        ),
        (
            "Britain will lend Ukraine £2 billion for air defence.\n\nThe minister said his "
            "predecessor had left a £9 billion black hole in the public finances.",
            "£9 billion",
        ),
    ],
)
def test_a_states_own_borrowing_and_budget_hole_are_no_aid(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "other"


def test_a_loan_to_ukraine_stays_financial_aid() -> None:
    text = "Deutschland gewährt der Ukraine Kredite von 1,5 Milliarden Euro für den Haushalt."
    assert by_surface(text)["1,5 Milliarden Euro"].category == "financial_aid"


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            _AID_STORY + "Ein Schützenpanzer koste inzwischen rund 18 Millionen Euro, hieß es.",
            "18 Millionen Euro",
            None,
        ),
        (
            "Britain will send 20,000 more drones to Ukraine this year. Unit costs for the "
            "cheapest models have dropped below £800.",
            "£800",
            PUBLISHED.year,  # a move told as news: the report's year (README, settled)
        ),
        (
            "La France livrera de nouveaux canons à l'Ukraine cette année, a annoncé le ministre. "
            "Chaque canon coûte environ 4 millions d'euros.",
            "4 millions d'euros",
            None,
        ),
    ],
)
def test_a_unit_price_is_no_aid(text: str, surface: str, year: int | None) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "other"
    assert figure.donor is None
    assert figure.year == year


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Norway will give Ukraine NOK 2 billion in financial aid for its energy sector. The "
            "World Bank estimated that rebuilding Ukraine would cost at least $506 billion.",
            "$506 billion",
        ),
        (
            "Der Bund hat der Ukraine bisher 300 Millionen Euro an humanitärer Hilfe geleistet. "
            "Die Weltbank schätzt die Kosten für den Wiederaufbau der Ukraine auf 506 Milliarden "
            "Dollar.",
            "506 Milliarden Dollar",
        ),
        (
            "Le Canada versera 50 millions de dollars d'aide humanitaire à l'Ukraine. Le président "
            "Zelensky a rappelé que l'Ukraine estime à 506 milliards de dollars américains le coût "
            "de sa reconstruction.",
            "506 milliards de dollars américains",
        ),
        (
            "Sweden gave SEK 1 billion in budget support to Ukraine. According to the World Bank, "
            "the cost of Ukraine's recovery and reconstruction was estimated at $506 billion.",
            "$506 billion",
        ),
    ],
)
def test_the_estimated_cost_of_ukraines_damage_is_no_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    # Ukraine's, the country it describes (the articles' README, "Settled cases")
    assert (figure.category, figure.donor, figure.recipient) == ("other", "Ukraine", None)
    assert figure.aid_related is False


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Japan pledged another $2 billion in financial aid to Ukraine this year. The World "
            "Bank puts the cost of Ukraine's reconstruction at $560 billion.",
            "$560 billion",
        ),
        (
            _AID_STORY + "Die Schäden am Stromnetz beziffert Kiew auf 12 Milliarden Dollar.",
            "12 Milliarden Dollar",
        ),
        (
            "Le Canada a versé 300 millions de dollars d'aide à l'Ukraine cette année. Kiev "
            "estime à 500 milliards de dollars le coût de sa reconstruction.",
            "500 milliards de dollars",
        ),
    ],
)
def test_war_damage_and_reconstruction_estimates_are_other_of_no_year(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "other"
    assert figure.aid_related is False
    assert figure.year is None


def test_aid_for_reconstruction_stays_aid() -> None:
    text = (
        "Ireland said its humanitarian assistance, together with support for energy and "
        "reconstruction, amounted to more than €150 million, separate from the cost of "
        "housing refugees."
    )
    figure = by_surface(text)["€150 million"]
    assert figure.donor == "Ireland"
    assert figure.category != "other"


def test_a_ministrys_humanitarian_aid_worldwide_is_no_aid_to_ukraine() -> None:
    text = (
        "Der Haushaltsausschuss billigte 8 Milliarden Euro an Militärhilfe für die Ukraine. "
        "Für humanitäre Hilfe weltweit sind im Etat des Auswärtigen Amts 1,9 Milliarden Euro "
        "vorgesehen."
    )
    figure = by_surface(text)["1,9 Milliarden Euro"]
    assert figure.category == "other"
    assert figure.recipient is None


# A story on defence budgets, whose kind a bare share would otherwise take.
_BUDGET_STORY = (
    "Finland will raise its defence spending to 3% of GDP by 2029, the government said on "
    "Tuesday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _BUDGET_STORY + "The finance ministry still expects a budget surplus of 0.4% of GDP "
            "next year.",
            "0.4%",
        ),
        (_BUDGET_STORY + "Output grew 1.1% last year, the statistics office said.", "1.1%"),
        (
            _BUDGET_STORY + "Patria, the state-owned armoured vehicle maker, reported a turnover "
            "of €1.2 billion for last year.",
            "€1.2 billion",
        ),
        (
            "Die Regierung stellt der Ukraine weitere 300 Millionen Euro an Militärhilfe bereit."
            "\n\nDer Hersteller meldete für das erste Halbjahr einen Umsatz von 2,3 Milliarden "
            "Euro.",
            "2,3 Milliarden Euro",
        ),
        (
            "La France consacrera 2,1 % de son PIB à sa défense cette année.\n\nLe chiffre "
            "d'affaires du groupe a progressé de 14 % l'an dernier.",
            "14 %",
        ),
    ],
)
def test_a_surplus_a_turnover_and_growth_are_no_aid_or_defence(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "other"


def test_surplus_weapons_stay_aid() -> None:
    text = "Canada will send surplus artillery shells worth C$50 million to Ukraine."
    assert by_surface(text)["C$50 million"].category == "military_aid"


def test_an_oil_price_is_other_beside_an_arms_maker() -> None:
    text = (
        "Germany will spend EUR 80 billion on defence this year. Shares in German arms maker "
        "Rheinmetall rose 4% in Frankfurt, while Brent crude traded near $75 a barrel."
    )
    found = {f.surface: f for f in extract_figures(text, published=datetime.date(2025, 2, 12))}
    assert found["EUR 80 billion"].category == "defense_spending"
    assert found["$75"].category == "other"
    assert found["$75"].donor is None
