"""Category: money for the demining coalition, one of the Ramstein group's capability coalitions
that clear mines for Ukraine's forces, is military aid ("€8 million to the demining coalition",
"à la coalition de déminage", "an die Minenräum-Koalition"), while humanitarian demining stays
humanitarian aid, also when paid into a fund for it ("au fonds de soutien au déminage
humanitaire", which is not France's arms fund, the "fonds de soutien"). Every sentence is written
for these tests, in English, German and French."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Portugal will give €8 million to the demining coalition led by Lithuania and Iceland.",
            "€8 million",
        ),
        (
            "Le Portugal versera 8 millions d'euros à la coalition de déminage menée par la "
            "Lituanie.",
            "8 millions d'euros",
        ),
        (
            "Portugal zahlt 8 Millionen Euro an die Minenräum-Koalition unter Führung Litauens.",
            "8 Millionen Euro",
        ),
    ],
)
def test_money_for_the_demining_coalition_is_military_aid(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Portugal will give €8 million for humanitarian demining in Kharkiv.", "€8 million"),
        (
            "Le Portugal apporte une contribution de 8 millions d'euros au fonds de soutien au "
            "déminage humanitaire.",
            "8 millions d'euros",
        ),
    ],
)
def test_humanitarian_demining_stays_humanitarian(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "humanitarian_aid"
