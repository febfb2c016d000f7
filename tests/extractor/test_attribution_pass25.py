"""Attribution rules of extractor 2026.11.25 (issue 10, seventeenth pass): a state's interest bill,
unit prices, war damage and reconstruction estimates and a ministry's worldwide aid are no aid; a
share of GDP measuring the aid its sentence names is that aid; a share to be reached whose cost
the sentence tells is a goal. Each rule is checked on sentences written for these tests, never
copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface

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


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _AID_STORY + "Ein Schützenpanzer koste inzwischen rund 18 Millionen Euro, hieß es.",
            "18 Millionen Euro",
        ),
        (
            "Britain will send 20,000 more drones to Ukraine this year. Unit costs for the "
            "cheapest models have dropped below £800.",
            "£800",
        ),
        (
            "La France livrera de nouveaux canons à l'Ukraine cette année, a annoncé le ministre. "
            "Chaque canon coûte environ 4 millions d'euros.",
            "4 millions d'euros",
        ),
    ],
)
def test_a_unit_price_is_no_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "other"
    assert figure.donor is None
    assert figure.year is None


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


def test_a_ministrys_humanitarian_aid_worldwide_is_no_aid_to_ukraine() -> None:
    text = (
        "Der Haushaltsausschuss billigte 8 Milliarden Euro an Militärhilfe für die Ukraine. "
        "Für humanitäre Hilfe weltweit sind im Etat des Auswärtigen Amts 1,9 Milliarden Euro "
        "vorgesehen."
    )
    figure = by_surface(text)["1,9 Milliarden Euro"]
    assert figure.category == "other"
    assert figure.recipient is None


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "Sweden's bilateral aid to Ukraine amounts to 0.7% of its GDP, against 0.2% for Spain.",
            {"0.7%": "Sweden", "0.2%": "Spain"},
        ),
        (
            "Selon le centre de recherche, l'aide belge représente environ 0,3 % du PIB.",
            {"0,3 %": "Belgium"},
        ),
    ],
)
def test_a_share_of_gdp_measuring_the_aid_named_is_that_aid(
    text: str, shares: dict[str, str]
) -> None:
    figures = by_surface(text)
    for surface, donor in shares.items():
        assert figures[surface].category == "aid_total", surface
        assert figures[surface].aid_related is True, surface
        assert figures[surface].donor == donor, surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Canada's defence budget will rise again next year. The budget office estimated that "
            "reaching 3.5% would require annual spending of about $140 billion, at current "
            "exchange rates.",
            "3.5%",
        ),
        (
            "Le budget de la défense italien augmentera l'an prochain. Passer à 3,5 % "
            "représenterait, à prix constants, 30 milliards d'euros de plus chaque année.",
            "3,5 %",
        ),
        (
            "Portugal's defence spending rose again last year. Analysts say Lisbon would need to "
            "add about €5 billion a year, in today's prices, to reach 3.5% by 2035.",
            "3.5%",
        ),
    ],
)
def test_a_share_to_be_reached_whose_cost_is_told_is_a_goal(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "pledge_target"
    assert figure.aid_related is True


def test_a_level_reached_is_still_spending() -> None:
    text = "Poland's defence budget rose sharply. Poland reached 4.1% of GDP last year."
    assert by_surface(text)["4.1%"].category == "defense_spending"
