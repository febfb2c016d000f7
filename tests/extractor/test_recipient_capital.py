"""Recipients: Moldova's capital stands for Moldova as Kyiv stands for Ukraine, so a sum pledged
"in Chișinău" goes to Moldova, not to Ukraine named in passing elsewhere in the story. Every
sentence is written for these tests, in English, German and French."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The radar, also used in Ukraine, comes from a plant near Munich. Of the €25 million "
            "in military aid that Germany's defence minister promised in Chisinau last week, €9 "
            "million goes to its maker.",
            "€25 million",
        ),
        (
            "Das Radar, das auch in der Ukraine eingesetzt wird, stammt aus Bayern. Von den 25 "
            "Millionen Euro Militärhilfe, die der deutsche Verteidigungsminister in Chișinău "
            "zugesagt hat, gehen 9 Millionen Euro an den Hersteller.",
            "25 Millionen Euro",
        ),
        (
            "Le radar, déjà utilisé en Ukraine, est fabriqué en Bavière. Sur les 25 millions "
            "d'euros d'aide militaire promis à Chișinău par le ministre allemand de la Défense, "
            "9 millions d'euros iront au fabricant.",
            "25 millions d'euros",
        ),
    ],
)
def test_a_sum_promised_in_chisinau_goes_to_moldova(text: str, surface: str) -> None:
    assert by_surface(text)[surface].recipient == "Moldova"
