"""The restoration of power or energy facilities is humanitarian aid, as their repair is: one
grant for the grid, called "restoration" by one outlet and "repair" by another, is one kind of
aid (English, German, French); the grant alone stays financial aid, the sum alone unqualified."""

import pytest

from services.extractor.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Tokyo will give Kyiv a grant of ¥30 billion for the restoration of power plants "
            "hit by missile strikes.",
            "humanitarian_aid",
        ),
        (
            "Österreich stellt der Ukraine 8 Millionen Euro für die Wiederherstellung der "
            "Energieversorgung in Charkiw bereit.",
            "humanitarian_aid",
        ),
        (
            "La Belgique verse à l'Ukraine 8 millions d'euros pour le rétablissement du réseau "
            "électrique de Kharkiv.",
            "humanitarian_aid",
        ),
        ("Tokyo will give Kyiv a grant of ¥30 billion.", "financial_aid"),
    ],
)
def test_restoring_power_is_humanitarian_aid(text: str, category: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == category
