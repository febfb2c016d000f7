"""How coverage words a running total, an asset's value and a conversion (reconciler
2026.11.13): "European donors have now allocated €138 billion" is a running total; "The assets
themselves, worth about €210 billion" is no sum given; "a €40.3m package ..., worth almost CZK 1
billion" gives the package in another currency."""

import pytest

from services.reconciler.rules import Kind, kind_of
from tests.reconciler.test_reconciler_rules import figure, kinds


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("In total, European donors have now allocated ", Kind.CUMULATIVE),
        ("Over the whole war, Europe has now committed ", Kind.CUMULATIVE),
        ("Together with the EUR 1.5bn paid last summer, it has now yielded ", Kind.CUMULATIVE),
        ("The country has now given Ukraine more than ", Kind.CUMULATIVE),
        ("Unit costs of the smallest drones have now fallen below ", Kind.INCREMENT),
        ("Germany has approved a new package of ", Kind.INCREMENT),
    ],
)
def test_what_a_giver_has_now_given_is_a_running_total(before: str, kind: Kind) -> None:
    found = kind_of(unit="EUR", category="aid_total", qualifier="exact", before=before, after="")
    assert found is kind


def test_the_value_of_assets_held_is_no_mention() -> None:
    text = (
        "The EU transferred €2.1 billion from the profits on frozen Russian assets. "
        "The assets themselves, worth about €210 billion in the EU, are held at Euroclear. "
        "Ministers back a €140 billion reparations loan based on frozen Russian assets. "
        "The immobilised assets are worth roughly €260bn."
    )
    figures = [
        figure(text, "€2.1 billion", "2100000000", donor="EU"),
        figure(text, "€210 billion", "210000000000", donor="EU", qualifier="approx"),
        figure(text, "€140 billion", "140000000000", donor="EU", category="financial_aid"),
        figure(text, "€260bn", "260000000000", donor="EU", qualifier="approx"),
    ]
    assert [surface for surface, _, _ in kinds(text, figures)] == ["€2.1 billion", "€140 billion"]
