"""Category: what Ukraine asks of its partners or says it needs is its own figure ("other", Ukraine
the one it describes), not aid, even in a story on one kind of aid: a request named before the
sum ("Ukraine has asked its partners to spend at least $4 billion", "Selenskyj hat die
Verbündeten gebeten, ... bereitzustellen", "Kiev a demandé à ses partenaires de financer ...") and
a need stated a few words before it with only its own words between ("Die Ukraine brauche im
kommenden Jahr allein für ihre Stromnetze rund 3 Milliarden Dollar"). Every sentence is written
for these tests, in English, German and French."""

import pytest

from tests.support.figures import by_surface

_STORY = {
    "en": "Norway will give Ukraine NOK 2 billion in humanitarian aid this winter. ",
    "de": "Die Schweiz stockt ihre humanitäre Hilfe für die Ukraine um 100 Millionen Franken auf. ",
    "fr": "La Belgique versera 80 millions d'euros d'aide humanitaire à l'Ukraine cet hiver. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        (
            "en",
            "Ukraine has asked its partners to spend at least $4 billion on shelters next year.",
            "$4 billion",
        ),
        (
            "de",
            "Präsident Selenskyj hat die Geberländer gebeten, künftig mindestens 500 Millionen "
            "Dollar pro Monat für Generatoren bereitzustellen.",
            "500 Millionen Dollar",
        ),
        (
            "fr",
            "Kiev a demandé à ses partenaires de financer des abris à hauteur de 2 milliards "
            "d'euros l'an prochain.",
            "2 milliards d'euros",
        ),
    ],
)
def test_a_sum_ukraine_asks_for_is_its_request(lang: str, sentence: str, surface: str) -> None:
    figure = by_surface(_STORY[lang] + sentence)[surface]
    assert (figure.category, figure.donor) == ("other", "Ukraine")


def test_a_giver_after_the_request_gives_its_own_aid() -> None:
    text = (
        _STORY["en"] + "Kyiv asked for more generators, and Sweden said it would send €50 million "
        "in humanitarian aid."
    )
    assert by_surface(text)["€50 million"].category == "humanitarian_aid"


def test_a_need_told_a_few_words_before_its_sum_is_ukraines() -> None:
    text = (
        _STORY["de"] + "Die Ukraine brauche im kommenden Jahr allein für die Reparatur ihrer "
        "Stromnetze rund 3 Milliarden Dollar von außen."
    )
    figure = by_surface(text)["3 Milliarden Dollar"]
    assert (figure.category, figure.donor) == ("other", "Ukraine")
