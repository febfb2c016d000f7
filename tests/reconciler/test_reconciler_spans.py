"""Facts that span time, read from their words (reconciler 2026.12): a figure "over the same
period" as a running total, or measured against it, is one too; "in total" opening what a giver
has given is a running total; "the next two years" and "since the full-scale invasion" give
ranges; a loan agreed over several years is an envelope, not a promise; a sum lobbied for is a
target; a payment "under the Facility" is a part of the Facility's sum named later; and a
package the extractor read as defence spending is aid."""

import datetime

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, Link, names_a_package, period_of
from tests.reconciler.support import military_aid_kind
from tests.reconciler.test_reconciler_rules import figure, kinds


def test_a_figure_over_the_same_period_as_a_running_total_is_one() -> None:
    text = (
        "Since 2022 the Dutch government has given €900 million in humanitarian aid. "
        "Its military aid over the same period comes to about €6 billion."
    )
    figures = [
        figure(text, "€900 million", "900000000", donor="Netherlands", year=None),
        figure(text, "€6 billion", "6000000000", donor="Netherlands", year=None),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert [(m.block.kind, m.period) for m in mentions] == [
        (Kind.CUMULATIVE, "2022-2025"),
        (Kind.CUMULATIVE, "2022-2025"),
    ]


def test_a_figure_measured_against_a_running_total_is_one() -> None:
    text = (
        "Since 2022 Oslo has given €900 million in civil aid. "
        "Its military aid is much larger, at €6 billion."
    )
    figures = [
        figure(text, "€900 million", "900000000", donor="Norway", year=None),
        figure(text, "€6 billion", "6000000000", donor="Norway", year=None),
    ]
    assert [kind for _, kind, _ in kinds(text, figures)] == [Kind.CUMULATIVE, Kind.CUMULATIVE]


def test_a_package_after_a_running_total_stays_a_package() -> None:
    text = (
        "Since 2022 Oslo has given €900 million in civil aid. "
        "On Monday it added a package of €60 million for air defence."
    )
    figures = [
        figure(text, "€900 million", "900000000", donor="Norway", year=None),
        figure(text, "€60 million", "60000000", donor="Norway"),
    ]
    assert [kind for _, kind, _ in kinds(text, figures)] == [Kind.CUMULATIVE, Kind.INCREMENT]


def test_in_total_opening_what_a_giver_has_given_is_a_running_total() -> None:
    assert military_aid_kind("In total, Belgium has now sent Ukraine ") is Kind.CUMULATIVE
    assert military_aid_kind("Au total, Paris a désormais versé ") is Kind.CUMULATIVE
    assert military_aid_kind("Insgesamt hat Wien der Ukraine ") is Kind.CUMULATIVE
    assert military_aid_kind("Lisbonne a désormais versé ") is Kind.CUMULATIVE
    # a package worth a sum "in total" is a package
    assert military_aid_kind("The new package is worth ", " in total.") is Kind.INCREMENT


def test_a_sum_lobbied_for_is_a_target() -> None:
    assert military_aid_kind("Kyiv had lobbied for the full ", " loan.") is Kind.TARGET
    assert military_aid_kind("Opposition parties called for ", " in new aid.") is Kind.TARGET
    assert military_aid_kind("The ministry asked parliament for ", ".") is Kind.INCREMENT


def test_a_loan_agreed_over_several_years_is_no_promise() -> None:
    before = "The leaders agreed to provide Kyiv with a loan of "
    assert military_aid_kind(before, ".") is Kind.TARGET
    assert military_aid_kind(before, " for 2027 and 2028.") is Kind.INCREMENT
    assert military_aid_kind(before, " over the next three years.") is Kind.INCREMENT


def test_the_next_years_are_a_range_from_the_report() -> None:
    def period(after: str, late: bool) -> str | None:
        return period_of(
            kind=Kind.INCREMENT,
            year=None,
            published_year=2025,
            before="The bloc will lend Kyiv ",
            after=after,
            late_in_year=late,
        )

    # early in the year the years ahead include it; in its last quarter they start after it
    assert period(" over the next three years.", late=False) == "2025-2027"
    assert period(" over the next three years.", late=True) == "2026-2028"
    assert period(" sur les deux prochaines années.", late=True) == "2026-2027"
    assert period(" next year.", late=True) is None


def test_a_running_total_since_the_full_scale_invasion_starts_in_2022() -> None:
    assert (
        period_of(
            kind=Kind.CUMULATIVE,
            year=None,
            published_year=2025,
            before="Norway has given about ",
            after=" in military aid since the full-scale invasion.",
        )
        == "2022-2025"
    )


def test_a_payment_under_a_facility_named_later_is_its_part() -> None:
    text = (
        "The Commission paid €2 billion to Ukraine under the Facility on Tuesday. "
        "Ministers also discussed the next reforms. "
        "The Facility, worth €40 billion for 2025-2028, supports the state budget."
    )
    figures = [
        figure(text, "€2 billion", "2000000000", category="financial_aid", donor="EU"),
        figure(text, "€40 billion", "40000000000", category="financial_aid", donor="EU"),
    ]
    assert kinds(text, figures) == [
        ("€2 billion", Kind.INCREMENT, Link.PART_OF),
        ("€40 billion", Kind.INCREMENT, None),
    ]
    # a sum not said to be drawn from it stays a fact of its own
    other = text.replace("under the Facility", "for energy repairs")
    figures = [
        figure(other, "€2 billion", "2000000000", category="financial_aid", donor="EU"),
        figure(other, "€40 billion", "40000000000", category="financial_aid", donor="EU"),
    ]
    assert [link for _, _, link in kinds(other, figures)] == [None, None]


def test_a_package_read_as_defence_spending_is_aid() -> None:
    text = (
        "Helsinki said it would send a 12th package worth €80 million, mostly shells and spare "
        "parts. Its defence budget for the year stands at €6 billion."
    )
    figures = [
        figure(text, "€80 million", "80000000", category="defense_spending", donor="Finland"),
        figure(text, "€6 billion", "6000000000", category="defense_spending", donor="Finland"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert [(m.block.category_group, m.block.kind) for m in mentions] == [
        ("aid", Kind.INCREMENT),
        ("defense_spending", Kind.BUDGET),
    ]
    assert names_a_package("defense_spending", "ein Teil des Winterpakets (", " ) ausmachen")
    # a country's own defence package is no aid
    assert not names_a_package("defense_spending", "a defence package worth ", " for the army")
    assert not names_a_package("military_aid", "a package worth ", "")


def test_a_running_total_is_no_part_of_a_sum_it_merely_adds_up_to() -> None:
    text = (
        "The bloc agreed to give Kyiv €80 billion. Its first tranche, €40 billion, comes next "
        "year. Donors have allocated around €40 billion to Ukraine in 2025 so far."
    )
    figures = [
        figure(text, "€80 billion", "80000000000", donor="EU", year=None),
        figure(text, "€40 billion", "40000000000", donor="EU", year=2026),
        figure(text, "€40 billion", "40000000000", nth=2, donor="EU", qualifier="approx"),
    ]
    assert [(kind, link) for _, kind, link in kinds(text, figures)] == [
        (Kind.INCREMENT, None),
        (Kind.INCREMENT, Link.PART_OF),
        (Kind.CUMULATIVE, None),
    ]


def test_a_year_in_a_clause_right_after_a_figure_is_its_own() -> None:
    before = "The new loan comes on top of the €30 billion fund for 2024-2027 and of the "

    def period(after: str) -> str | None:
        return period_of(
            kind=Kind.INCREMENT, year=2025, published_year=2025, before=before, after=after
        )

    assert period(" that the bloc paid out in 2025.") == "2025"
    assert period(", die Brüssel im Jahr 2025 ausgezahlt hat.") == "2025"
    # without a year of its own, the range before it stands
    assert period(" that the bloc paid out.") == "2024-2027"
