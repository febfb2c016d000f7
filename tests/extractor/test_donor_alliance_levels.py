"""Donor rules of the second donor pass, each on sentences written for these tests (never copied
from an evaluation article), in English and, where the rule reads them, German and French.

- A level the leaders as such bind themselves to ("the leaders had committed to spending 4%",
  "hatten sich die Staats- und Regierungschefs verpflichtet", "les chefs d'État et de
  gouvernement se sont engagés") is the alliance's target, the allies', not the story's country;
  one country's leaders ("Spanish leaders", "its leaders") bind that country."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain's government approved a new budget on Tuesday. At the summit, the leaders had "
            "committed to spending 4% of GDP on defence by 2036.",
            {"4%": "NATO allies"},
        ),
        (
            "Frankreich hat seinen Haushalt vorgelegt. Beim Gipfel hatten sich die Staats- und "
            "Regierungschefs verpflichtet, bis 2036 jährlich 4 Prozent der Wirtschaftsleistung "
            "für Sicherheit aufzuwenden.",
            {"4 Prozent": "NATO allies"},
        ),
        (
            "L'Italie a présenté son budget mardi. Au sommet, les chefs d'État et de gouvernement "
            "se sont engagés à consacrer 4 % du PIB à la sécurité d'ici 2036, dont 3 % pour la "
            "défense.",
            {"4 %": "NATO allies", "3 %": "NATO allies"},
        ),
        (
            "Spain's government approved a new budget on Tuesday. Spanish leaders committed to "
            "spending 2.5% of GDP on defence by 2030.",
            {"2.5%": "Spain"},
        ),
    ],
)
def test_a_level_the_leaders_bind_themselves_to_is_the_allies(
    text: str, expected: dict[str, str]
) -> None:
    figures = by_surface(text)
    assert {surface: figures[surface].donor for surface in expected} == expected
