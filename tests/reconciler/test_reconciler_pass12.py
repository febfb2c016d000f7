"""Pass 12: the currencies the EU's Peace Facility sums are converted into (CFA franc, Rwandan
franc, metical, ouguiya) and the peso and real signs, read as figures so that a conversion in
them is a mention of the sum it converts."""

import datetime
from decimal import Decimal

import pytest

from services.extractor.figures import extract_figures

_DAY = datetime.date(2024, 6, 1)


def _units(text: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, published=_DAY)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "L'armée nigérienne recevra du matériel d'une valeur de 9 millions d'euros, soit "
            "près de 5,9 milliards de francs CFA, a annoncé Bruxelles.",
            Decimal("5900000000"),
            "XOF",
        ),
        (
            "Le Sénégal consacrera 420 milliards de FCFA à sa défense l'an prochain.",
            Decimal("420000000000"),
            "XOF",
        ),
        (
            "Die EU stellt Niger 9 Millionen Euro bereit, rund 5,9 Milliarden CFA-Francs.",
            Decimal("5900000000"),
            "XOF",
        ),
        (
            "Brussels pledged a further €15 million (about RWF 21 billion) to the Rwandan troops.",
            Decimal("21000000000"),
            "RWF",
        ),
        (
            "The EU will add €10 million, roughly 14 billion Rwandan francs, for the deployment.",
            Decimal("14000000000"),
            "RWF",
        ),
        (
            "The new tranche of €30 million, or about 2 billion meticais, goes to the FADM.",
            Decimal("2000000000"),
            "MZN",
        ),
        (
            "Nouakchott recevra 8 millions d'euros, soit environ 340 millions de nouvelles "
            "ouguiyas, pour ses gardes-frontières.",
            Decimal("340000000"),
            "MRU",
        ),
        (
            "Tokyo will hand over patrol boats worth about ₱900 million to the coast guard.",
            Decimal("900000000"),
            "PHP",
        ),
        (
            "Lisbon's aid, €100 million (about R$600 million), includes drones.",
            Decimal("600000000"),
            "BRL",
        ),
    ],
)
def test_peace_facility_conversion_currencies(text: str, value: Decimal, unit: str) -> None:
    assert (value, unit) in _units(text)


def test_cfa_franc_is_valued_at_its_peg() -> None:
    (figure,) = [
        f
        for f in extract_figures(
            "Le Mali recevra 6,56 milliards de francs CFA pour ses forces armées.", published=_DAY
        )
        if f.unit == "XOF"
    ]
    assert figure.value_eur is not None
    assert abs(figure.value_eur - Decimal("10000000")) < Decimal("10000")


def test_francs_alone_stay_swiss() -> None:
    assert (Decimal("12000000"), "CHF") in _units(
        "La Suisse versera 12 millions de francs au déminage en Ukraine."
    )
