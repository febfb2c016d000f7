"""The parts of a package listed after it keep its giver and its year, until a sentence names
another giver's package or a sentence that is no item ends the list. Each rule is checked on
sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "parts", "donor"),
    [
        (
            "Norway will provide a further NOK 500 million in military aid to Ukraine. The "
            "package includes NOK 300 million for air defence, delivered through the drone "
            "coalition led by Latvia, and NOK 200 million for mine clearing.",
            ["NOK 300 million", "NOK 200 million"],
            "Norway",
        ),
        (
            "Österreich wird der Ukraine weitere 30 Millionen Euro an humanitärer Hilfe "
            "zukommen lassen, kündigte die Regierung an. Das Paket umfasst 20 Millionen Euro "
            "für Minenräumung, gemeinsam mit Deutschland, und 10 Millionen Euro für Generatoren.",
            ["20 Millionen Euro", "10 Millionen Euro"],
            "Austria",
        ),
        (
            "La Belgique débloque 40 millions d'euros d'aide militaire pour l'Ukraine cette "
            "année.\n\nL'enveloppe se répartit comme suit :\n\n12 millions d'euros pour la "
            "coalition « drones » menée par la Lettonie ;\n\nl'achat de munitions par le biais "
            "du mécanisme de l'OTAN, à hauteur de 28 millions d'euros.",
            ["12 millions d'euros", "28 millions d'euros"],
            "Belgium",
        ),
    ],
)
def test_the_parts_of_a_package_keep_its_giver_and_its_year(
    text: str, parts: list[str], donor: str
) -> None:
    figures = by_surface(text)
    for surface in parts:
        assert figures[surface].donor == donor, surface
        assert figures[surface].year == 2026, surface
        assert figures[surface].attribution["year"] == "context", surface


def test_a_package_its_sentence_gives_another_giver_is_a_new_one() -> None:
    figures = by_surface(
        "Portugal pledged €40 million in military aid this year. Spain said its package "
        "includes €30 million for drones."
    )
    assert figures["€30 million"].donor == "Spain"


def test_a_list_ends_where_a_sentence_no_item_begins() -> None:
    figures = by_surface(
        "Denmark will give a further €120 million in military aid this year. The package "
        "includes €80 million for artillery and €40 million for drones.\n\nFinland sent "
        "€20 million in humanitarian aid in 2024."
    )
    assert figures["€80 million"].donor == "Denmark"
    assert figures["€20 million"].donor == "Finland"
    assert figures["€20 million"].year == 2024
