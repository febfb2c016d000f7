"""Donor attribution, pass 13b: a tracker's bare governments joined to the EU's institutions are all
its donors ("donor countries"), not the EU; Europe's own governments stay European countries."""

import pytest

from services.extractor.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "In the first half of the year, governments and EU institutions committed "
            "€4.2 billion in new aid to Ukraine.",
            "€4.2 billion",
            "donor countries",
        ),
        (
            "Im ersten Halbjahr sagten Regierungen und EU-Institutionen der Ukraine "
            "4,2 Milliarden Euro an neuer Hilfe zu.",
            "4,2 Milliarden Euro",
            "donor countries",
        ),
        (
            "Au premier semestre, les gouvernements et les institutions de l'UE ont promis "
            "4,2 milliards d'euros d'aide nouvelle à l'Ukraine.",
            "4,2 milliards d'euros",
            "donor countries",
        ),
        (
            "European governments and EU institutions committed €4.2 billion in new aid.",
            "€4.2 billion",
            "European countries",
        ),
    ],
)
def test_governments_and_eu_institutions_are_the_donors(
    text: str, surface: str, donor: str
) -> None:
    figures = {f.surface: f.donor for f in extract_figures(text)}
    assert figures[surface] == donor
