"""Category: a share told as where defence spending stands now may name its subject between the
time word and the level ("Derzeit liegt der Anteil bei rund 1,3 Prozent", "Currently the spending
level stands at 1.3%", "Actuellement la part se situe à 1,3 %"): the level had, defence spending,
after the goal its paragraph set. A share named by a definite article ("at least the 2% of GDP
that the alliance set") stays the goal. Every sentence is written for these tests, in English,
German and French."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Bis 2030 sollen die Militärausgaben 2 Prozent des BIP erreichen. Derzeit liegt der "
            "Anteil bei rund 1,3 Prozent.",
            "1,3 Prozent",
        ),
        (
            "Defence spending is to reach 2% of GDP by 2030. Currently the spending level stands "
            "at 1.3%.",
            "1.3%",
        ),
        (
            "Les dépenses militaires doivent atteindre 2 % du PIB d'ici 2030. Actuellement la "
            "part se situe à 1,3 %.",
            "1,3 %",
        ),
    ],
)
def test_the_level_had_now_is_defence_spending(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "defense_spending"


def test_a_share_named_by_its_article_stays_the_goal() -> None:
    text = (
        "NATO set its defence spending guideline in 2014. All allies but one now report "
        "spending at least the 2% of GDP that the alliance set as a guideline."
    )
    assert by_surface(text)["2%"].category == "pledge_target"
