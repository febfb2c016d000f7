"""Givers: a ministry named without its country ("the ministry", "das Außenministerium", "le
ministère") in a story about another giver is the ministry of the country the sentence just
before was about, not the story's main giver, in a paragraph that has not named the story's own;
otherwise the story's own. Every sentence is written for these tests, in English, German and
French."""

import pytest

from tests.support.figures import by_surface

_GERMAN_STORY = (
    "Germany will send Ukraine three more IRIS-T systems worth €1.2 billion, Berlin said. "
    "Germany remains Kyiv's largest European backer, and Berlin plans more.\n\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "giver"),
    [
        (
            _GERMAN_STORY + "Ireland, a neutral country, sends no weapons. The ministry added €9 "
            "million in humanitarian aid for Ukraine this month.",
            "€9 million",
            "Ireland",
        ),
        (
            "Deutschland liefert der Ukraine weitere Flugabwehrsysteme für 1,2 Milliarden Euro. "
            "Deutschland bleibt damit der größte Geber in Europa, heißt es in Berlin.\n\n"
            "Die Schweiz liefert als neutrales Land keine Waffen. Das Außenministerium stellte "
            "aber 9 Millionen Euro humanitäre Hilfe für die Ukraine bereit.",
            "9 Millionen Euro",
            "Switzerland",
        ),
        (
            "L'Allemagne livre à l'Ukraine des systèmes de défense aérienne pour 1,2 milliard "
            "d'euros. L'Allemagne reste le premier donateur européen, selon Berlin.\n\n"
            "L'Irlande, pays neutre, ne livre pas d'armes. Le ministère a toutefois débloqué 9 "
            "millions d'euros d'aide humanitaire pour l'Ukraine.",
            "9 millions d'euros",
            "Ireland",
        ),
    ],
)
def test_a_ministry_is_the_country_just_named(text: str, surface: str, giver: str) -> None:
    assert by_surface(text)[surface].donor == giver


def test_a_ministry_after_a_group_is_the_story_country() -> None:
    """A group named before ("The Nordic countries ...") is no country whose ministry it is."""
    text = (
        "Norway will give Ukraine NOK 2 billion for air defence, Oslo said. Norway has given "
        "more than any other Nordic state.\n\nThe Nordic countries have long backed Kyiv. The "
        "ministry said it would add NOK 300 million for demining this year."
    )
    assert by_surface(text)["NOK 300 million"].donor == "Norway"


def test_a_ministry_in_a_paragraph_that_named_the_story_country_is_its_own() -> None:
    """Another country named in passing within the story's own paragraph gives no ministry."""
    text = (
        _GERMAN_STORY + "Germany also trains pilots. Ireland sends no weapons. The ministry "
        "added €9 million in humanitarian aid for Ukraine this month."
    )
    assert by_surface(text)["€9 million"].donor == "Germany"
