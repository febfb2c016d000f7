"""Category: contracts and orders told by their worth ("schloss Verträge im Wert von 40
Milliarden Euro ab", "des commandes d'un montant de 18 milliards d'euros"), in a story on no kind
of aid, are procurement for one's own forces: defence spending, as "contracts worth" was. And
the country a war is waged on, or the one that wages it ("vor dem Angriffskrieg gegen die
Ukraine", "before Russia's war against Ukraine"), does not spend the defence budget the sentence
tells: the story's country does. Every sentence is written for these tests, in English, German
and French."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Das Amt in Koblenz schloss 2025 Verträge im Wert von 40 Milliarden Euro ab.",
            "40 Milliarden Euro",
        ),
        (
            "La Direction générale de l'armement a passé l'an dernier des commandes d'un montant "
            "de 18 milliards d'euros.",
            "18 milliards d'euros",
        ),
    ],
)
def test_contracts_told_by_their_worth_are_defence_spending(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Deutschland gab 2025 rund 86 Milliarden Euro für die Bundeswehr aus. Vor dem "
            "Angriffskrieg gegen die Ukraine hatte der Wehretat bei 47 Milliarden Euro gelegen.",
            "47 Milliarden Euro",
            "Germany",
        ),
        (
            "Poland spent about $40 billion on defence this year. Before Russia's war against "
            "Ukraine, the budget stood at about $15 billion.",
            "$15 billion",
            "Poland",
        ),
    ],
)
def test_a_side_of_the_war_is_not_the_spender(text: str, surface: str, donor: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("defense_spending", donor)
