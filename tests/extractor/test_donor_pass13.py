"""Donor attribution, pass 13: a figure in a fronted "with" phrase belongs to the subject after it,
not to the giver the sentence before made current."""

import pytest

from services.extractor.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "The United States carry 70 percent of the alliance's military spending.\n\n"
            "With 1.4 percent of GDP last year, according to NATO, Italy stays below the mark.",
            "1.4 percent",
            "Italy",
        ),
        (
            "Die USA tragen 70 Prozent der Verteidigungsausgaben der Allianz.\n\n"
            "Mit 1,2 Prozent des BIP im vergangenen Jahr bleibt Spanien unter der Marke.",
            "1,2 Prozent",
            "Spain",
        ),
        (
            "Les États-Unis assurent 70 % des dépenses militaires de l'Alliance.\n\n"
            "Avec 1,3 % du PIB l'an dernier, selon l'OTAN, la Belgique reste loin du compte.",
            "1,3 %",
            "Belgium",
        ),
    ],
)
def test_fronted_with_phrase_takes_its_subject(text: str, surface: str, donor: str) -> None:
    figures = {f.surface: f.donor for f in extract_figures(text)}
    assert figures[surface] == donor
