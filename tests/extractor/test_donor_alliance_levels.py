"""Donor rules of the second donor pass, each on sentences written for these tests (never copied
from an evaluation article), in English and, where the rule reads them, German and French.

- A level the leaders as such bind themselves to ("the leaders had committed to spending 4%",
  "hatten sich die Staats- und Regierungschefs verpflichtet", "les chefs d'État et de
  gouvernement se sont engagés") is the alliance's target, the allies', not the story's country;
  one country's leaders ("Spanish leaders", "its leaders") bind that country.
- The alliance named after a channel as its owner ("le mécanisme PURL de l'OTAN", "the PURL
  initiative of NATO", "die PURL-Initiative der Nato") is the channel, as "NATO's PURL" is: the
  sums listed after it stay the giver's."""

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


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Portugal is releasing €60 million for Ukraine. Of this, €20 million will buy "
            "American arms for the PURL initiative of NATO and €12 million will go to demining.",
            "€12 million",
            "Portugal",
        ),
        (
            "Österreich stellt 60 Millionen Euro für die Ukraine bereit. Davon gehen 20 Millionen "
            "Euro an die PURL-Initiative der Nato und 12 Millionen Euro an die Minenräumung.",
            "12 Millionen Euro",
            "Austria",
        ),
        (
            "Le Portugal débloque 60 millions d'euros pour l'Ukraine. Sur cette enveloppe, 20 "
            "millions d'euros iront à l'achat d'armes par le mécanisme PURL de l'OTAN et 12 "
            "millions d'euros au déminage.",
            "12 millions d'euros",
            "Portugal",
        ),
    ],
)
def test_the_alliance_named_as_a_channels_owner_gives_nothing(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor
