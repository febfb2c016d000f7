"""One fact as several outlets word it (reconciler 2026.11.7): records "so far" that are no
running totals, pledges and refused packages that are no increments, conversions after a comma,
parts named in French, a year said right after a figure, and two guesses at once."""

import datetime
from dataclasses import replace

import pytest

from services.reconciler.clustering import reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, converts, names_a_part, period_of
from tests.reconciler.support import military_aid_kind
from tests.reconciler.test_reconciler_clustering import mention
from tests.reconciler.test_reconciler_rules import figure, kinds


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # "the largest so far" dates a record: the package is no running total
        ("Berlin schnürt das bisher grösste Hilfspaket für die Ukraine: im Wert von ", ""),
        ("Sweden announced its biggest package to date, worth ", ""),
        ("The package of ", ", the largest so far,"),
    ],
)
def test_a_record_so_far_is_no_running_total(before: str, after: str) -> None:
    assert military_aid_kind(before, after) is Kind.INCREMENT


def test_so_far_without_a_record_is_still_a_running_total() -> None:
    assert (
        military_aid_kind("Deutschland hat der Ukraine bisher Waffen im Wert von ")
        is Kind.CUMULATIVE
    )


@pytest.mark.parametrize(
    "before",
    [
        "The Prime Minister will commit to providing at least ",
        "La France fournira jusqu'à ",
        "En 2024, la France apportera jusqu'à ",
        "Paris promet à Kiev jusqu'à ",
        "Plus tôt ce mois-ci, la France s'est engagée à verser jusqu'à ",
    ],
)
def test_a_ceiling_or_floor_promised_in_any_wording_is_a_target(before: str) -> None:
    assert military_aid_kind(before, qualifier="up_to") is Kind.TARGET
    # an exact sum given is a package, whatever verb
    assert military_aid_kind(before, qualifier="exact") is Kind.INCREMENT


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Slovakia's new government on Wednesday rejected a military aid package worth ", ""),
        ("Bratislava has turned down a ", " package of ammunition"),
        ("The ", " package that the cabinet rejected last week would have been small"),
    ],
)
def test_a_package_turned_down_is_never_added(before: str, after: str) -> None:
    assert military_aid_kind(before, after) is Kind.TARGET


@pytest.mark.parametrize(
    ("gap", "conversion"),
    [
        (", umgerechnet rund ", True),
        (", soit près de ", True),
        (", soit environ ", True),
        (", or about ", True),
        (", and ", False),
        (", ", False),
    ],
)
def test_a_conversion_after_a_comma(gap: str, conversion: bool) -> None:
    assert converts(gap, same_unit=False, agree=False) is conversion


def test_a_percentage_is_never_a_conversion() -> None:
    text = "Poland will spend PLN 186.6 billion, or 4.7% of GDP, on defence."
    figures = [
        figure(text, "PLN 186.6 billion", "43600000000", unit="PLN", category="defense_spending"),
        figure(text, "4.7%", "4.7", unit="percent", category="defense_spending"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, None]


def test_comprend_names_a_part() -> None:
    assert names_a_part("l'enveloppe, qui s'élève à 3,02 milliards de dollars, comprend ")
    assert names_a_part("Das Paket umfasst ")


def test_a_year_right_after_a_figure_is_its_own() -> None:
    before = "In line with the commitment of 0.25% of GDP a year in 2025-2027, Latvia will provide "
    period = period_of(
        kind=Kind.INCREMENT, year=2026, published_year=2025, before=before, after=" in 2026."
    )
    assert period == "2026"
    # a range right after the figure is its period
    assert (
        period_of(
            kind=Kind.INCREMENT, year=2025, published_year=2025, before="", after=" in 2025-2027"
        )
        == "2025-2027"
    )


def test_the_second_of_two_equal_surfaces_in_a_sentence_reads_its_own_words() -> None:
    text = (
        "Après 2 milliards d'euros en 2024, la France maintiendra son effort avec "
        "2 milliards d'euros en 2025."
    )
    figures = [
        figure(text, "2 milliards d'euros", "2000000000", year=2024),
        figure(text, "2 milliards d'euros", "2000000000", nth=2, year=2025),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 1, 10))
    assert [m.period for m in mentions] == ["2024", "2025"]


def test_a_giver_and_a_year_both_guessed_do_not_join_another_givers_claim_of_another_year() -> None:
    # France's 2,1 milliards of 2023, its giver read from context; a week on, "3,02 milliards de
    # dollars" (about 2,06 milliards d'euros), Canada's and 2024's, both read from context
    stated = replace(mention(1, 10, "2100000000", donor="France", period="2023"), donor_weak=True)
    guessed = replace(
        mention(2, 10, "2058000000", donor="Canada", period="2024", day=8),
        donor_weak=True,
        period_weak=True,
    )
    assert len(reconcile_block([stated, guessed])) == 2
    # one guess alone still gives way: the giver, or the year
    assert len(reconcile_block([stated, replace(guessed, period="2023")])) == 1
    assert len(reconcile_block([stated, replace(guessed, donor="France")])) == 1


def test_shares_listed_after_a_share_cue_are_all_shares() -> None:
    text = (
        "Luxembourg will make available €80 million for military support to Ukraine in 2025. "
        "Of this amount, €25 million will be allocated to the IT coalition, which Luxembourg "
        "leads together with Estonia, and €10 million to the demining coalition."
    )
    figures = [
        figure(text, "€80 million", "80000000", donor="Luxembourg"),
        figure(text, "€25 million", "25000000", donor="Luxembourg"),
        # the extractor read the giver of the second share from "together with Estonia"
        figure(text, "€10 million", "10000000", donor="Estonia", category="humanitarian_aid"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, "part_of", "part_of"]
    # shares that would exceed the whole are no list of its shares
    over = text.replace("€10 million", "€70 million")
    figures[2] = figure(over, "€70 million", "70000000", donor="Estonia")
    figures[:2] = [figure(over, f.surface, str(f.value), donor="Luxembourg") for f in figures[:2]]
    assert [link for _, _, link in kinds(over, figures)] == [None, "part_of", None]


def test_a_hole_in_a_budget_is_no_mention() -> None:
    text = (
        "Für das kommende Jahr sind 5,4 Milliarden Euro für die Ukraine eingeplant. Lindner muss "
        "zugleich eine Lücke von rund 20 Milliarden Euro im Bundeshaushalt schließen."
    )
    figures = [
        figure(text, "5,4 Milliarden Euro", "5400000000"),
        figure(text, "20 Milliarden Euro", "20000000000"),
    ]
    assert [surface for surface, _, _ in kinds(text, figures)] == ["5,4 Milliarden Euro"]


def test_a_floor_for_a_later_year_is_a_target() -> None:
    text = (
        "Portugal will give Ukraine €126 million in military aid this year and at least €220 "
        "million next year."
    )
    figures = [
        figure(text, "€126 million", "126000000", donor="Portugal", year=2025),
        figure(
            text, "€220 million", "220000000", donor="Portugal", year=2026, qualifier="at_least"
        ),
    ]
    assert [kind for _, kind, _ in kinds(text, figures)] == ["increment", "target"]
    # the same floor for the report's own year stays a package
    figures[1] = replace(figures[1], year=2025)
    assert [kind for _, kind, _ in kinds(text, figures)] == ["increment", "increment"]


def test_the_first_of_two_years_is_no_own_year() -> None:
    assert (
        period_of(
            kind=Kind.INCREMENT,
            year=None,
            published_year=2025,
            before="un prêt de ",
            after=" pour 2026 et 2027",
        )
        is None
    )
