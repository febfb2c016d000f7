"""Donor rules of pass 12, each checked on sentences written for these tests, never copied from an
evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Belgium pays roughly 3% of the European Peace Facility. The facility has so far "
            "mobilised €5.2 billion to reimburse arms sent to Ukraine.",
            "€5.2 billion",
        ),
        (
            "Italien trägt rund 12 Prozent der Europäischen Friedensfazilität. Deren Obergrenze "
            "wurde im März um 2 Milliarden Euro angehoben.",
            "2 Milliarden Euro",
        ),
        (
            "L'Italie finance environ 12 % de la Facilité européenne pour la paix. Son plafond a "
            "été relevé de 2 milliards d'euros en mars.",
            "2 milliards d'euros",
        ),
    ],
)
def test_the_peace_facilitys_own_sums_are_the_eus_not_the_members(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU"


def test_a_national_fund_opening_the_next_sentence_stays_the_countrys() -> None:
    text = (
        "Paris compte sa part de la Facilité européenne pour la paix et son propre fonds. "
        "Le fonds de soutien, doté de 150 millions d'euros, a servi à payer des obus."
    )
    assert by_surface(text)["150 millions d'euros"].donor != "EU"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Portugal's finance minister expects a deficit of 2.6% of GDP, comfortably below "
            "the European Union's 3% limit.",
            "3%",
        ),
        (
            "Mit einem Defizit von 3,4 Prozent reißt Österreich die EU-Grenze von 3 Prozent.",
            "3 Prozent",
        ),
        (
            "Le déficit de l'Italie reste élevé, au-dessus du seuil de 3 % fixé par Bruxelles.",
            "3 %",
        ),
    ],
)
def test_the_eus_deficit_limit_is_no_ones(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


def test_a_debt_ceiling_told_after_the_deficit_is_not_the_deficit_limit() -> None:
    text = (
        "Poland's deficit is forecast at 5% of GDP, and its public debt is nearing the "
        "constitutional ceiling of 60%."
    )
    assert by_surface(text)["60%"].donor == "Poland"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Warsaw signed a new contract with South Korea's Hanwha for 300 rocket launchers, "
            "worth about $4 billion.",
            "$4 billion",
        ),
        (
            "Polen hat einen Vertrag mit Südkorea über 300 Raketenwerfer im Wert von rund 4 "
            "Milliarden Dollar unterzeichnet.",
            "4 Milliarden Dollar",
        ),
        (
            "La Pologne a signé un contrat avec la Corée du Sud pour 300 lance-roquettes, d'une "
            "valeur d'environ 4 milliards de dollars.",
            "4 milliards de dollars",
        ),
    ],
)
def test_the_seller_in_an_arms_deal_is_not_the_giver(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "Poland"
