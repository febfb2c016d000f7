"""Category: in a story on aid, a town's revenue named in a German compound ("Gewerbesteuereinnahmen
von rund 40 Millionen Euro") and a company's investment in a plant or a production line ("invested
about €300 million in the new plant", "in das Werk investiert", "a investi 60 millions d'euros dans
une nouvelle ligne de production") are no aid: the story's kind is not theirs. Every sentence is
written for these tests, in English, German and French."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Berlin sagte der Ukraine in diesem Jahr weitere 2 Milliarden Euro Militärhilfe zu. "
            "Die Stadt rechnet für dieses Jahr mit Gewerbesteuereinnahmen von 25 Millionen Euro.",
            "25 Millionen Euro",
        ),
        (
            "Berlin sagte der Ukraine in diesem Jahr weitere 2 Milliarden Euro Militärhilfe zu. "
            "Der Hersteller hatte zuvor rund 150 Millionen Euro in das neue Werk investiert.",
            "150 Millionen Euro",
        ),
        (
            "Germany pledged another €2 billion in military aid to Ukraine this year. The arms "
            "maker invested about €150 million in the new plant last year.",
            "€150 million",
        ),
        (
            "L'Allemagne a promis 2 milliards d'euros d'aide militaire à l'Ukraine cette année. "
            "Le fabricant a investi 45 millions d'euros dans une nouvelle ligne de production.",
            "45 millions d'euros",
        ),
    ],
)
def test_local_revenue_and_a_plant_investment_are_no_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "other"
    assert not figure.aid_related


def test_the_aid_beside_them_keeps_its_kind() -> None:
    text = (
        "Germany pledged another €2 billion in military aid to Ukraine this year. The arms maker "
        "invested about €150 million in the new plant last year."
    )
    assert by_surface(text)["€2 billion"].category == "military_aid"
