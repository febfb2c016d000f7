"""Donor rules of the donor-referents pass, each on sentences written for these tests (never copied
from an evaluation article), in English and, where the rule reads them, German and French.

- A poll's share followed by the people it was asked of ("64% of Danes, against 39% of
  Hungarians", "52 Prozent der Österreicher", "58 % des Belges") is that people's country's, even
  in a poll across several countries and when it is the base another share is compared with.
- American arms bought for Ukraine through NATO's list (PURL) or told as bought ("European
  governments agreed to buy $1 billion of American weapons", "les Européens financent des
  armements américains") are paid by Europe's allies, and Canada when the allies as a whole are
  named: "NATO European members" or "NATO European members and Canada", not the alliance, which
  is the channel, nor the United States, which sells (README, groups)."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a survey conducted in nine countries, 64% of Danes backed more weapons for Kyiv, "
            "against 39% of Hungarians.",
            {"64%": "Denmark", "39%": "Hungary"},
        ),
        (
            "Laut einer Umfrage in sechs Ländern befürworten 52 Prozent der Österreicher und "
            "70 Prozent der Finnen weitere Hilfen.",
            {"52 Prozent": "Austria", "70 Prozent": "Finland"},
        ),
        (
            "Selon un sondage réalisé dans huit pays, 58 % des Belges soutiennent l'envoi "
            "d'armes, contre 33 % des Grecs.",
            {"58 %": "Belgium", "33 %": "Greece"},
        ),
        (
            "A survey across five countries found 47% of Turks opposed to higher military "
            "spending.",
            {"47%": "Turkey"},
        ),
    ],
)
def test_a_polls_share_is_the_people_it_names(text: str, expected: dict[str, str]) -> None:
    figures = by_surface(text)
    assert {surface: figures[surface].donor for surface in expected} == expected


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "European countries have agreed to buy a further $1.2 billion of American weapons for "
            "Kyiv, officials said.",
            "$1.2 billion",
            "NATO European members",
        ),
        (
            "Through NATO's PURL mechanism, the allies have paid for U.S. equipment worth about "
            "$3 billion since the summer.",
            "$3 billion",
            "NATO European members and Canada",
        ),
        (
            "Les Européens financent désormais des armements américains pour l'Ukraine par le "
            "mécanisme PURL de l'OTAN, à hauteur de 3 milliards de dollars.",
            "3 milliards de dollars",
            "NATO European members",
        ),
    ],
)
def test_american_arms_bought_for_ukraine_are_the_buyers(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor
