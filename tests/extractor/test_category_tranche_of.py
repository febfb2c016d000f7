"""Category: the sum a tranche is taken from ("the first tranche of the €600 million", "die erste
Tranche der 600 Millionen Euro", "la première tranche des 600 millions d'euros") is no tranche
itself, so the word says nothing of its kind: the purpose its clause names (military support) is
its kind. A tranche given as the sum's own stays financial aid. Every sentence is written for these
tests, in English, German and French."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The package is the first tranche of the €600 million that the government has set "
            "aside for military support to Ukraine this year.",
            "€600 million",
        ),
        (
            "Das Paket ist die erste Tranche der 600 Millionen Euro, die Lissabon in diesem Jahr "
            "für militärische Unterstützung der Ukraine eingeplant hat.",
            "600 Millionen Euro",
        ),
        (
            "Ce paquet est la première tranche des 600 millions d'euros que Lisbonne a réservés "
            "cette année à l'aide militaire à l'Ukraine.",
            "600 millions d'euros",
        ),
    ],
)
def test_the_whole_a_tranche_is_taken_from_has_its_purpose(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "military_aid"


def test_a_tranche_of_its_own_is_financial_aid() -> None:
    text = "The EU paid Ukraine a tranche of €600 million under its Ukraine Facility on Monday."
    assert by_surface(text)["€600 million"].category == "financial_aid"
