""" "Financial" in a document speaks of financial aid only where it names aid: a financial crisis,
a financial year or a country's place financière are no other kind of aid beside which
unqualified aid would be all aid (`rules.names_other_aid`), so unqualified aid there is the
military aid other outlets report."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import names_other_aid

_DAY = datetime.date(2026, 1, 12)


@pytest.mark.parametrize(
    "text",
    [
        "The government, still recovering from the financial crisis, kept spending flat.",
        "The money is booked in the financial year that starts in April.",
        "Officials warned of financial risks for the country's banks.",
        "Le pays, marqué par la crise financière, n'augmente pas ses dépenses.",
        "La place financière du pays reste sous pression.",
    ],
)
def test_money_in_other_senses_names_no_other_aid(text: str) -> None:
    assert not names_other_aid(text)


@pytest.mark.parametrize(
    "text",
    [
        "It also pledged financial support for the reconstruction of schools.",
        "Le pays a aussi promis une aide financière au budget ukrainien.",
        "Berlin sagte zudem finanzielle Hilfe zu.",
    ],
)
def test_financial_aid_is_other_aid(text: str) -> None:
    assert names_other_aid(text)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will give €40 million in aid to Ukraine in 2026, the minister said on Monday."
        " The government, still recovering from the financial crisis, keeps its own spending"
        " flat.",
        "Le Portugal versera 40 millions d'euros à l'Ukraine en 2026, a annoncé lundi le"
        " ministre. Le pays, marqué par la crise financière, n'augmentera pas ses dépenses.",
    ],
)
def test_unqualified_aid_beside_a_financial_crisis_is_military_aid(text: str) -> None:
    figures = extract_figures(text, published=_DAY)
    [mention] = document_mentions(1, text, figures, _DAY)
    assert mention.claim_category == "military_aid"
