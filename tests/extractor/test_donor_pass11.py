"""Donor rules of the eleventh donor pass, each on sentences written for these tests (never copied
from an evaluation article), in English, German and French.

- A country named by the common noun alone ("the country", "das Land", "des Landes", "le pays",
  "du pays") in a sentence that names no giver before it nor before the figure stands for the
  first country the sentence names before it ("Ukrainian officials said ... the country's"),
  else the one the paragraph has spoken of last: its defence spending and its economy's figures
  are that country's, not the story's main giver's. Not an apposition on another noun
  ("Mitsubishi Heavy Industries, the country's biggest arms maker, rose 2%"), nor aid or a
  target, where "the country" is often the one that receives or meets it.
- A company named as the one investing ("The company is investing", "Der Konzern investiert",
  "Le groupe investit") puts no state's money in: other, no giver and no recipient, whatever
  aid the story told before.
"""

import pytest

from tests.support.figures import by_surface

_MOLDOVA_STORY = {
    "en": (
        "Germany will give Moldova €40 million in budget support this year, the ministry said. "
        "Moldova's economy has suffered badly from the war next door. The country spends about "
        "0.6% of its GDP on defence and cannot count on Washington. Russian strikes have cut "
        "30% of the country's power imports.",
        ("0.6%", "30%"),
    ),
    "de": (
        "Deutschland gibt der Republik Moldau in diesem Jahr 40 Millionen Euro Budgethilfe, "
        "teilte das Ministerium mit. Die Wirtschaft der Republik Moldau leidet stark unter dem "
        "Krieg im Nachbarland. Für Verteidigung gibt das Land rund 0,6 Prozent seiner "
        "Wirtschaftsleistung aus und kann nicht auf Washington zählen. Nach russischen Angriffen "
        "fehlen rund 30 Prozent der Stromimporte des Landes.",
        ("0,6 Prozent", "30 Prozent"),
    ),
    "fr": (
        "L'Allemagne versera cette année 40 millions d'euros d'aide budgétaire à la Moldavie, "
        "a indiqué le ministère. L'économie de la Moldavie souffre durement de la guerre "
        "voisine. Le pays consacre environ 0,6 % de son PIB à la défense et ne peut pas "
        "compter sur Washington. Les frappes russes ont privé le réseau du pays de 30 % de ses "
        "importations d'électricité.",
        ("0,6 %", "30 %"),
    ),
}


@pytest.mark.parametrize("lang", sorted(_MOLDOVA_STORY))
def test_the_country_is_the_one_the_paragraph_spoke_of(lang: str) -> None:
    text, surfaces = _MOLDOVA_STORY[lang]
    figures = by_surface(text)
    for surface in surfaces:
        assert figures[surface].donor == "Moldova", surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Sweden will send Ukraine SEK 2 billion in winter aid, the government said. "
            "Ukrainian officials say Russian strikes have destroyed about 45% of the country's "
            "generating capacity.",
            "45%",
        ),
        (
            "Schweden schickt der Ukraine 2 Milliarden Kronen Winterhilfe. Nach Angaben "
            "ukrainischer Behörden haben russische Angriffe rund 45 Prozent der Kraftwerke des "
            "Landes zerstört.",
            "45 Prozent",
        ),
    ],
)
def test_the_country_is_the_one_its_sentence_named_before_it(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "Ukraine"


def test_the_country_in_an_apposition_is_no_giver() -> None:
    text = (
        "Japan's cabinet approved a record defence budget on Friday. Shares in Mitsubishi Heavy "
        "Industries, the country's biggest arms maker, rose 2% in Tokyo."
    )
    assert by_surface(text)["2%"].donor is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Lower Saxony will send EUR 5 million in humanitarian aid to Mykolaiv, the state "
            "government said. Rheinmetall is building a new shell factory near Celle. The company "
            "is investing about EUR 300 million there.",
            "EUR 300 million",
        ),
        (
            "Niedersachsen stellt Mykolajiw 5 Millionen Euro humanitäre Hilfe bereit, teilte die "
            "Landesregierung mit. Rheinmetall baut bei Celle ein neues Munitionswerk. Der Konzern "
            "investiert dort rund 300 Millionen Euro.",
            "300 Millionen Euro",
        ),
        (
            "La Basse-Saxe versera 5 millions d'euros d'aide humanitaire à Mykolaïv, a indiqué le "
            "gouvernement régional. Rheinmetall construit une nouvelle usine d'obus près de Celle. "
            "Le groupe investit environ 300 millions d'euros sur le site.",
            "300 millions d'euros",
        ),
    ],
)
def test_a_company_investing_gives_no_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.recipient) == ("other", None, None)
