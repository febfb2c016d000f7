"""Category, pass 11. Every sentence is written for these tests, in English, German and French.

- A defence level its giver's own clause says it wants to reach ("wants spending to reach 4% in
  2028", "would like the country to reach 4%", "möchte ... 3 Prozent erreichen", "Litauen will
  ab ... 4 Prozent ausgeben", "souhaite porter ... à 3 %") is a goal (pledge_target), even for a
  year after next told with "in", unless dated to a year that has come.
- After such a goal, a share its clause dates to a year gone by only ("Spanien, das 2024 nur
  1,3 Prozent auswies") is a level had (defense_spending), not other.
"""

import pytest

from tests.support.figures import by_surface

_BUDGET = {
    "en": "The defence budget for next year rises to 30 billion zlotys, or 2.9% of GDP. ",
    "de": "Der Wehretat steigt im kommenden Jahr auf 30 Milliarden Euro, 2,9 Prozent des BIP. ",
    "fr": "Le budget de la défense passera l'an prochain à 30 milliards d'euros, 2,9 % du PIB. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("en", "The defence minister has said he wants spending to reach 4% in 2028.", "4%"),
        (
            "en",
            "The president said he would like the country to reach 4% within a few years.",
            "4%",
        ),
        (
            "en",
            "The finance minister has said he wants to spend between 3 and 3.5% every year.",
            "3.5%",
        ),
        (
            "de",
            "Die Regierung will ab dem übernächsten Jahr zwischen 3 und 4 Prozent ausgeben.",
            "4 Prozent",
        ),
        (
            "de",
            "Der Minister möchte die Ausgaben in den kommenden Jahren auf 3 Prozent bringen.",
            "3 Prozent",
        ),
        (
            "fr",
            "Le ministre souhaite porter l'effort de défense à 3,5 % dans les prochaines années.",
            "3,5 %",
        ),
    ],
)
def test_a_level_wanted_is_a_goal(lang: str, sentence: str, surface: str) -> None:
    figure = by_surface(_BUDGET[lang] + sentence)[surface]
    assert figure.category == "pledge_target"


def test_a_level_wanted_for_this_year_is_spending() -> None:
    text = _BUDGET["en"] + "The minister said he wants spending to reach 2.8% this year."
    assert by_surface(text)["2.8%"].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Nato-Staaten wollen ihre Verteidigungsausgaben bis 2035 auf 3,5 Prozent des BIP "
            "anheben. «Das ist ehrgeizig», sagte ein Diplomat. Schlusslicht ist Portugal, das "
            "2024 nur 1,3 Prozent auswies.",
            "1,3 Prozent",
        ),
        (
            'NATO allies have agreed to raise defence spending to 3.5% of GDP by 2035. "It is '
            'ambitious," a diplomat said. Bottom of the table is Portugal, which in 2024 reported '
            "just 1.3%.",
            "1.3%",
        ),
        (
            "Les alliés se sont engagés à porter leurs dépenses de défense à 3,5 % du PIB d'ici "
            "2035. « C'est ambitieux », a dit un diplomate. En queue de peloton figure le "
            "Portugal, qui affichait en 2024 à peine 1,3 %.",
            "1,3 %",
        ),
    ],
)
def test_a_level_dated_to_a_past_year_after_a_goal_is_spending(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "defense_spending"
