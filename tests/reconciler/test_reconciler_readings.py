"""One fact that outlets read differently (reconciler 2026.11.8): a share of GDP read as aid, as a
pledge or as defence spending; the very figure of one news event dated otherwise; a year after the
figure's conversion; a giver read from an outlet's currency; a total that "rises to"; a pledge
of unqualified aid."""

import datetime
from dataclasses import replace

import pytest

from services.reconciler.clustering import reconcile_block
from services.reconciler.rules import Kind, claim_group, giver_from_currency, kind_of, period_of
from tests.reconciler.test_reconciler_clustering import mention


@pytest.mark.parametrize(
    ("category", "sentence", "given_to"),
    [
        # one "0.25% of GDP" for Ukraine, read three ways by three outlets
        ("military_aid", "Latvia keeps its military aid to Ukraine at 0.25% of GDP.", "Ukraine"),
        ("pledge_target", "Latvia would give Ukraine aid equal to 0.25% of GDP.", "Ukraine"),
        (
            "defense_spending",
            "Latvia's contribution for this year, 0.25% of gross domestic product, amounts to "
            "€112 million, the Ministry of Defence said on Thursday.",
            None,
        ),
        ("pledge_target", "Estonia said it would keep to its 0.25% of GDP as well.", "Ukraine"),
    ],
)
def test_a_share_given_as_aid_is_one_group_whatever_category_was_read(
    category: str, sentence: str, given_to: str | None
) -> None:
    assert claim_group(category, Kind.SHARE, sentence, given_to=given_to) == "pledge_target"


@pytest.mark.parametrize(
    ("category", "sentence", "given_to"),
    [
        ("pledge_target", "Das Ziel von 3,5 Prozent des BIP für Kernverteidigung.", None),
        ("military_aid", "Allies will spend at least 3.5 per cent of GDP on core defence.", None),
        ("pledge_target", "Spain has promised to reach the 2% guideline this year.", None),
        # aid words beside a share of one's own defence spending: the share is defence
        (
            "pledge_target",
            "The Minister stressed that the assistance is compatible with Spain's commitment to "
            "reach 2% of GDP in defence spending in 2025.",
            "Ukraine",
        ),
        ("military_aid", "It will spend 3.2% of its GDP on its own defence this year.", "Ukraine"),
    ],
)
def test_a_share_of_defence_spending_is_one_group_whatever_category_was_read(
    category: str, sentence: str, given_to: str | None
) -> None:
    assert claim_group(category, Kind.SHARE, sentence, given_to=given_to) == "defense_spending"


def test_the_very_figure_within_a_week_joins_a_claim_dated_otherwise() -> None:
    # "DKK 4.2 billion" for 2025 in the government's release, for 2024 in the next day's wire
    release = mention(1, 10, "4.2", unit="DKK", period="2025")
    wire = mention(2, 10, "4.2", unit="DKK", period="2024", day=2)
    assert len(reconcile_block([release, wire])) == 1


@pytest.mark.parametrize(
    ("value", "qualifier", "day"),
    [
        ("4", "exact", 2),  # a round figure: a giver names it for two years
        ("4.2", "approx", 2),  # not exact
        ("4.2", "exact", 20),  # not one news event
    ],
)
def test_a_round_inexact_or_later_figure_does_not_join_a_claim_dated_otherwise(
    value: str, qualifier: str, day: int
) -> None:
    release = mention(1, 10, value, unit="DKK", qualifier=qualifier, period="2025")
    other = mention(2, 10, value, unit="DKK", qualifier=qualifier, period="2024", day=day)
    assert len(reconcile_block([release, other])) == 2


def test_a_year_after_the_figures_conversion_is_its_own() -> None:
    after = " (environ 2,3 milliards de dollars) en 2025, a annoncé mercredi le ministre."
    period = period_of(
        kind=Kind.INCREMENT, year=2024, published_year=2025, before="et prévoit ", after=after
    )
    assert period == "2025"


def test_a_giver_read_from_the_currency_alone_is_a_guess() -> None:
    # "Das entspricht rund 7,7 Milliarden Franken": Switzerland, from the francs
    assert giver_from_currency("Switzerland", "CHF", "Das entspricht rund ")
    # named before the figure, the country is the giver
    assert not giver_from_currency("Switzerland", "CHF", "Der Bundesrat hat ")
    assert not giver_from_currency("United States", "USD", "The U.S. will send ")
    # another giver than the currency's country is read from the words, not the currency
    assert not giver_from_currency("Germany", "CHF")


def test_a_conversion_for_the_outlets_readers_joins_the_figure_of_another_giver() -> None:
    germany = mention(1, 10, "8000000000", donor="Germany", period="2024")
    # a Swiss outlet two days later: "rund 7,7 Milliarden Franken", read as Switzerland's
    francs = replace(
        mention(2, 10, "7964000000", donor="Switzerland", unit="CHF", qualifier="approx", day=3),
        currency_giver=True,
    )
    assert len(reconcile_block([germany, francs])) == 1
    # more than a week later, another event
    later = replace(francs, published=datetime.date(2024, 6, 20))
    assert len(reconcile_block([germany, later])) == 2
    # a currency guess gives way to a conversion only: not to another guess in its own currency
    guessed = replace(
        mention(1, 10, "7964000000", donor="Poland", unit="CHF", qualifier="approx"),
        donor_weak=True,
    )
    assert len(reconcile_block([guessed, francs])) == 2


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        (
            "With this package, the total value of Finland's defence materiel assistance to "
            "Ukraine rises to ",
            Kind.CUMULATIVE,
        ),
        ("The total amount of Dutch support rose to about ", Kind.CUMULATIVE),
        # a package's own total value is the package
        ("The total value of the package rises to ", Kind.INCREMENT),
    ],
)
def test_a_total_that_rises_to_a_figure_is_a_running_total(before: str, kind: Kind) -> None:
    read = kind_of(unit="EUR", category="military_aid", qualifier="exact", before=before, after="")
    assert read is kind


def test_a_pledge_of_unqualified_aid_is_a_military_pledge_even_beside_other_aid() -> None:
    # "Pour les années suivantes, le gouvernement s'engage à un soutien annuel d'au moins 1
    # milliard d'euros", in a text that also names reconstruction
    assert claim_group("aid_total", Kind.TARGET, other_aid=True) == "military"
    # a package beside other aid stays all aid, as before
    assert claim_group("aid_total", Kind.INCREMENT, other_aid=True) == "aid_total"
