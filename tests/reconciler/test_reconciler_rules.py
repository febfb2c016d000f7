"""The reconciler's pure rules: kind, period, links between figures, agreement of amounts."""

from decimal import Decimal

import pytest

from services.reconciler.rules import (
    Kind,
    amounts_agree,
    converts,
    donors_compatible,
    kind_of,
    names_a_part,
    period_of,
)


@pytest.mark.parametrize(
    ("unit", "category", "qualifier", "before", "after", "kind"),
    [
        ("percent", "defense_spending", "exact", "spending rose by ", " in 2024", Kind.SHARE),
        ("EUR", "pledge_target", "exact", "allies agreed to spend ", " a year", Kind.TARGET),
        ("EUR", "defense_spending", "exact", "Germany's defence budget is ", "", Kind.BUDGET),
        (
            "EUR",
            "military_aid",
            "exact",
            "Germany has given Ukraine ",
            " since 2022",
            Kind.CUMULATIVE,
        ),
        ("EUR", "military_aid", "exact", "bringing its total aid to ", "", Kind.CUMULATIVE),
        ("EUR", "military_aid", "exact", "Bisher hat Deutschland ", " geliefert", Kind.CUMULATIVE),
        ("EUR", "security_aid", "at_least", "leaders pledged to provide ", "", Kind.TARGET),
        ("EUR", "military_aid", "exact", "Germany announced a package of ", "", Kind.INCREMENT),
        (
            "EUR",
            "military_aid",
            "over",
            "NATO partners have mobilized aid totaling ",
            "",
            Kind.INCREMENT,
        ),
    ],
)
def test_kind_of(
    unit: str, category: str, qualifier: str, before: str, after: str, kind: Kind
) -> None:
    found = kind_of(unit=unit, category=category, qualifier=qualifier, before=before, after=after)
    assert found is kind


def test_period_of_a_year_a_range_and_a_running_total() -> None:
    assert (
        period_of(kind=Kind.INCREMENT, year=2024, published_year=2024, before="", after="")
        == "2024"
    )
    assert (
        period_of(
            kind=Kind.INCREMENT, year=None, published_year=2025, before="for 2022-2025 ", after=""
        )
        == "2022-2025"
    )
    assert (
        period_of(
            kind=Kind.CUMULATIVE, year=None, published_year=2024, before="", after=" since 2022"
        )
        == "2022-2024"
    )
    assert (
        period_of(kind=Kind.INCREMENT, year=None, published_year=None, before="", after="") is None
    )


@pytest.mark.parametrize(
    ("gap", "same_unit", "conversion"),
    [
        (" (", False, True),
        (" (about ", False, True),
        (" (", True, False),  # the same currency in brackets is no conversion
        (" and another ", False, False),
    ],
)
def test_converts(gap: str, same_unit: bool, conversion: bool) -> None:
    assert converts(gap, same_unit=same_unit) is conversion


@pytest.mark.parametrize(
    ("before", "part"),
    [
        ("The package, of which ", True),
        ("Of the total, ", True),
        ("It consists of ", True),
        ("Davon entfallen ", True),
        ("Germany also announced ", False),
        (
            "including tanks; the ministry said that the sum would rise further in the coming"
            " months and years to ",
            False,
        ),
    ],
)
def test_names_a_part(before: str, part: bool) -> None:
    assert names_a_part(before) is part


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "agree"),
    [
        ("50", "over", "50", "approx", True),  # "over 50" and "about 50"
        ("7.1", "exact", "7", "approx", True),  # a rounded restatement
        ("20", "exact", "50", "exact", False),
        ("7.1", "exact", "7", "exact", True),  # "€7 billion" is how many write 7.1
        ("7.1", "exact", "6.5", "exact", False),
        ("50", "over", "50", "under", True),  # the very same number is the same fact
        ("51", "over", "50", "under", False),
    ],
)
def test_amounts_agree(a: str, qa: str, b: str, qb: str, agree: bool) -> None:
    assert amounts_agree(Decimal(a), qa, "EUR", Decimal(b), qb, "EUR") is agree


def test_a_percentage_never_agrees_with_money() -> None:
    assert not amounts_agree(Decimal(20), "exact", "percent", Decimal(20), "exact", "EUR")


def test_donors_compatible() -> None:
    assert donors_compatible("Germany", "Germany")
    assert donors_compatible(None, "Germany")
    assert donors_compatible("NATO European members", "NATO allies")
    assert not donors_compatible("Germany", "France")
