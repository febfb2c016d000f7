"""Category, pass 12b. Every sentence is written for these tests, in English, German and French.

- A defence share named as a floor ("a floor of 3%", "un plancher de 2,5 %", "eine Untergrenze
  von 2 Prozent") is a level set, a goal (pledge_target), not what is spent.
"""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Finland's new defence law sets a floor of 3% of GDP for military spending.",
            "3%",
        ),
        (
            "Le budget grec de la défense repose sur un plancher de 2,5 % du PIB.",
            "2,5 %",
        ),
        (
            "Das Gesetz legt eine Untergrenze von 2 Prozent des BIP für die Verteidigung fest.",
            "2 Prozent",
        ),
    ],
)
def test_defence_floor_is_a_goal(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "pledge_target"
