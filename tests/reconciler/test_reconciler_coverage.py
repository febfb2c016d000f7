"""How coverage words a running total, an asset's value and a conversion (reconciler
2026.11.13): "European donors have now allocated €138 billion" is a running total; "The assets
themselves, worth about €210 billion" is no sum given; "a €40.3m package ..., worth almost CZK 1
billion" gives the package in another currency."""

import pytest

from services.reconciler.rules import Kind, kind_of


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
