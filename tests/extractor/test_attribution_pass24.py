"""Attribution rules of extractor 2026.11.24 (issue 10, seventeenth pass): the EU's loan
instrument for its members' arms lends in the EU's name to the member that borrows. Each rule is
checked on sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface", "borrower"),
    [
        (
            "Slovakia's defence budget will rise to 2.2% of GDP next year. The government said "
            "the new radars would be paid for partly from the EU's SAFE loan instrument, under "
            "which Bratislava has requested about EUR 2.3 billion.",
            "EUR 2.3 billion",
            "Slovakia",
        ),
        (
            "Die Slowakei erhöht ihren Wehretat deutlich. Aus dem Kreditprogramm SAFE hat "
            "Bratislava rund 2,3 Milliarden Euro beantragt, vor allem für Luftabwehr.",
            "2,3 Milliarden Euro",
            "Slovakia",
        ),
        (
            "La Slovaquie augmente fortement son budget militaire. Elle compte sur l'instrument "
            "SAFE de l'Union : Bratislava a demandé 2,3 milliards d'euros de prêts.",
            "2,3 milliards d'euros",
            "Slovakia",
        ),
    ],
)
def test_a_members_loan_from_the_eu_instrument_is_the_eus_to_that_member(
    text: str, surface: str, borrower: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.donor == "EU"
    assert figure.recipient == borrower
    assert figure.category == "financial_aid"
    assert figure.year is None  # a member's allocation from a standing instrument


def test_the_borrowers_listed_after_the_instrument_borrow_from_the_eu() -> None:
    text = (
        "Greece has applied for €6.1 billion in loans under the EU's SAFE instrument. "
        "Slovakia (€2.3 billion) and Croatia (€1.7 billion) have also applied."
    )
    figures = by_surface(text)
    for surface, borrower in (("€2.3 billion", "Slovakia"), ("€1.7 billion", "Croatia")):
        assert figures[surface].donor == "EU", surface
        assert figures[surface].recipient == borrower, surface


def test_the_instrument_as_a_whole_is_lent_to_the_member_states() -> None:
    text = (
        "Brussels has eased its fiscal rules and set up the SAFE instrument, which will lend "
        "member states up to €150 billion for joint arms purchases."
    )
    figure = by_surface(text)["€150 billion"]
    assert (figure.donor, figure.recipient, figure.category) == (
        "EU",
        "EU member states",
        "financial_aid",
    )


def test_the_story_keeps_its_own_giver_after_the_loans() -> None:
    text = (
        "Slovakia will give Ukraine a further €40 million in military aid this year. The "
        "government has also requested €2.3 billion from the EU's SAFE instrument for its own "
        "army. The new aid package includes €25 million for artillery shells."
    )
    figures = by_surface(text)
    assert figures["€2.3 billion"].donor == "EU"
    assert figures["€25 million"].donor == "Slovakia"
    assert figures["€25 million"].recipient == "Ukraine"


def test_another_plan_named_in_the_sentence_keeps_its_own_sum() -> None:
    text = (
        "Governments approved the €150 billion SAFE instrument as part of a plan to mobilise "
        "up to €800 billion for defence."
    )
    assert by_surface(text)["€800 billion"].category != "financial_aid"


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
    # (whose it is the sets disagree: the articles say Ukraine, the regression set no one's)
    assert (figure.category, figure.donor, figure.recipient) == ("other", None, None)
    assert figure.aid_related is False


def test_aid_for_reconstruction_stays_aid() -> None:
    text = (
        "Ireland said its humanitarian assistance, together with support for energy and "
        "reconstruction, amounted to more than €150 million, separate from the cost of "
        "housing refugees."
    )
    figure = by_surface(text)["€150 million"]
    assert figure.donor == "Ireland"
    assert figure.category != "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Malta spends about 0.5% of GDP on defence, compared with an EU average of 1.9%.",
            "1.9%",
        ),
        (
            "Malta gibt rund 0,5 Prozent für Verteidigung aus, der EU-Durchschnitt liegt bei "
            "1,9 Prozent.",
            "1,9 Prozent",
        ),
    ],
)
def test_an_eu_average_is_the_members_not_the_unions(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU member states"
