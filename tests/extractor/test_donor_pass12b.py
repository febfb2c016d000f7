"""Donor rules of pass 12b, each checked on sentences written for these tests, never copied from an
evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "At the meeting in Brussels, the Pentagon chief said the old goal fell short "
            "and echoed the White House's call for 5% of GDP.",
            "5%",
        ),
        (
            "Der amerikanische Minister wiederholte in Brüssel die Forderung nach 5 Prozent der "
            "Wirtschaftsleistung.",
            "5 Prozent",
        ),
        (
            "À Bruxelles, le ministre américain a répété l'exigence de 5 % du PIB pour la défense.",
            "5 %",
        ),
    ],
)
def test_a_call_for_a_share_of_gdp_is_asked_of_the_allies(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "NATO allies"
