"""How coverage words a running total, an asset's value and a conversion (reconciler
2026.11.13): "European donors have now allocated €138 billion" and "Croatia has so far provided
... about EUR 260 million" are running totals; "The assets themselves, worth about €210 billion"
is no sum given; "a €40.3m package ..., worth almost CZK 1 billion" gives the package in another
currency; "£150 million" and, a paragraph on, "It will be drawn from the £3 billion" is a part
stated before its whole."""

from dataclasses import replace
from decimal import Decimal

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
        ("Croatia has so far provided military aid worth about ", Kind.CUMULATIVE),
        ("So far it has committed about ", Kind.CUMULATIVE),
        ("Donor countries have so far pledged about ", Kind.CUMULATIVE),
        ("Germany has now pledged another ", Kind.INCREMENT),
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


PACKAGE = (
    "Bratislava has turned down a €40.3m package of ammunition and equipment for Ukraine, "
    "worth almost CZK {czk} billion."
)


@pytest.mark.parametrize(
    ("czk", "eur", "link"),
    [
        ("1", "40774719.67", "converts"),  # the package in crowns
        ("2", "81549439.34", None),  # a cue, but another sum
    ],
)
def test_a_conversion_after_words_on_its_figure(czk: str, eur: str, link: str | None) -> None:
    text = PACKAGE.format(czk=czk)
    figures = [
        figure(text, "€40.3m", "40300000", donor="Slovakia"),
        replace(
            figure(text, f"CZK {czk} billion", f"{czk}000000000", unit="CZK", donor="Slovakia"),
            value_eur=Decimal(eur),
            qualifier="approx",
        ),
    ]
    assert [found for _, _, found in kinds(text, figures)] == [None, link]


def test_a_bare_about_after_words_is_another_sum() -> None:
    text = "The EU's €50 billion Ukraine Facility and the G7 loan of about $50 billion helped."
    figures = [
        figure(text, "€50 billion", "50000000000", donor="EU", category="financial_aid"),
        replace(
            figure(text, "$50 billion", "50000000000", unit="USD", donor="G7"),
            value_eur=Decimal("46000000000"),
            qualifier="approx",
            category="financial_aid",
        ),
    ]
    assert [found for _, _, found in kinds(text, figures)] == [None, None]


UK = (
    "The Defence Secretary has announced £150 million in new support for Ukraine's drones.\n\n"
    "The funding will be spent on drones built in the UK. It will be {cue} the £3 billion in "
    "military aid that the UK has committed to Ukraine for this financial year."
)


@pytest.mark.parametrize(
    ("cue", "link"),
    [
        ("drawn from", "part_of"),  # a package paid from the year's allocation, a paragraph on
        ("added to", None),
    ],
)
def test_a_package_paid_from_a_larger_sum_after_it_is_its_part(cue: str, link: str | None) -> None:
    text = UK.format(cue=cue)
    figures = [
        figure(text, "£150 million", "150000000", unit="GBP", donor="United Kingdom"),
        figure(text, "£3 billion", "3000000000", unit="GBP", donor="United Kingdom"),
    ]
    assert [found for _, _, found in kinds(text, figures)] == [link, None]
