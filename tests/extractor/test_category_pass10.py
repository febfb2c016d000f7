"""Category, tenth pass. Every sentence is written for these tests, in English, German and French.

- A member's share of the Peace Facility told through the part of the Facility it pays into
  ("Anteil an der Finanzierung der Fazilität", "its share of the funding of the Facility", "sa
  quote-part du financement de la Facilité") is its military aid, as the bare share of the
  Facility is; the EU, which the sentence before named as the Facility's owner, is not its giver.
- A part of Ukraine's need told just before it ("of which", "davon", "dont") is still the need
  (other, Ukraine), whatever budget or aid the part is for, and takes the need's year unless its
  own words date it.
- A need of Ukraine's that a relative clause puts a figure on ("its financing needs, which the IMF
  puts at about $40 billion") is Ukraine's need, not the estimator's aid.
"""

import pytest

from tests.support.figures import by_surface

_FACILITY = {
    "en": "Portugal sends few weapons, but it pays into the EU's European Peace Facility. ",
    "de": "Irland liefert keine Waffen, zahlt aber in die Friedensfazilität der EU ein. ",
    "fr": "Le Luxembourg contribue aussi à la Facilité européenne pour la paix de l'UE. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "donor"),
    [
        (
            "en",
            "Its share of the funding of the Facility is about 1.6%.",
            "1.6%",
            "Portugal",
        ),
        (
            "de",
            "Irlands Anteil an der Finanzierung der Fazilität beträgt etwa 2,1 Prozent.",
            "2,1 Prozent",
            "Ireland",
        ),
        (
            "de",
            "Sein Anteil am Verteilungsschlüssel der Fazilität liegt bei rund 2,1 Prozent.",
            "2,1 Prozent",
            "Ireland",
        ),
        (
            "fr",
            "Sa quote-part du financement de la Facilité s'élève à environ 0,3 %.",
            "0,3 %",
            "Luxembourg",
        ),
    ],
)
def test_a_members_share_of_the_facilitys_funding_is_its_military_aid(
    lang: str, sentence: str, surface: str, donor: str
) -> None:
    figure = by_surface(_FACILITY[lang] + sentence)[surface]
    assert (figure.category, figure.donor, figure.recipient) == ("military_aid", donor, None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The monitor also says that Ukraine's government puts its external financing gap for "
            "next year at $48 billion, of which around $30 billion relates to the military budget.",
            "$30 billion",
        ),
        (
            "Laut dem Bericht beziffert die ukrainische Regierung ihre Finanzierungslücke für das "
            "kommende Jahr auf 48 Milliarden Dollar, davon rund 30 Milliarden Dollar für den "
            "Verteidigungshaushalt.",
            "30 Milliarden Dollar",
        ),
        (
            "Selon le rapport, le gouvernement ukrainien évalue son déficit de financement pour "
            "l'an prochain à 48 milliards de dollars, dont environ 30 milliards de dollars pour le "
            "budget militaire.",
            "30 milliards de dollars",
        ),
    ],
)
def test_a_part_of_ukraines_need_is_the_need(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.recipient, figure.year) == (
        "other",
        "Ukraine",
        None,
        2027,
    )


def test_a_part_of_a_need_told_in_the_next_sentence_takes_the_needs_year() -> None:
    text = (
        "Finland sent Ukraine more air defence this month. Die Ukraine beziffert ihren "
        "Finanzbedarf für das kommende Jahr auf 48 Milliarden Dollar. Davon entfallen rund 30 "
        "Milliarden Dollar auf Waffen und Munition."
    )
    figure = by_surface(text)["30 Milliarden Dollar"]
    assert (figure.category, figure.donor, figure.recipient, figure.year) == (
        "other",
        "Ukraine",
        None,
        2027,
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The EU's new loan of $20 billion should cover half of Ukraine's external financing "
            "needs for next year, which the IMF puts at about $40 billion.",
            "$40 billion",
        ),
        (
            "Der neue EU-Kredit über 20 Milliarden Dollar deckt die Hälfte dessen, was die Ukraine "
            "im kommenden Jahr an Außenfinanzierung braucht, die der IWF auf rund 40 Milliarden "
            "Dollar schätzt.",
            "40 Milliarden Dollar",
        ),
    ],
)
def test_a_need_a_relative_clause_puts_a_figure_on_is_ukraines(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.recipient) == ("other", "Ukraine", None)
