"""Kinds from the words around a figure: a superlative "since" is no running total, a sentence
that opens with part of a year is about a partial-year aggregate, and an "at least" or "up to"
sum someone will give or commits to, or a loan promised, is a target; a payment "under the
Facility" is a part of it; a package's year read from another paragraph is no year of its own."""

import datetime
from dataclasses import replace

import pytest

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, Link, kind_of
from tests.reconciler.test_reconciler_rules import figure, kinds


@pytest.mark.parametrize(
    ("before", "after", "qualifier", "kind"),
    [
        # "since" after a superlative dates the record, not a running total
        (
            "Portugal matched it with ",
            " of its own, its largest package since the start of the war, covering vehicles.",
            "exact",
            Kind.INCREMENT,
        ),
        ("It is the biggest single package since 2022: ", ".", "exact", Kind.INCREMENT),
        ("Das ist das größte Paket seit Kriegsbeginn: ", ".", "exact", Kind.INCREMENT),
        ("Portugal's military support since February 2022 exceeds ", ".", "over", Kind.CUMULATIVE),
        # "bisher" is "so far", but "wie bisher geplant" is "as previously planned"
        (
            "Wien stockt die Hilfe im nächsten Jahr auf ",
            " auf, doppelt so viel wie bisher geplant.",
            "exact",
            Kind.INCREMENT,
        ),
        ("Die Hilfe Wiens beläuft sich bisher auf ", ".", "exact", Kind.CUMULATIVE),
        (
            "Aid since the start of the war, the largest since 1945, reached ",
            ".",
            "exact",
            Kind.CUMULATIVE,
        ),
        # a sentence that opens with part of a year: a partial-year aggregate
        ("In the first half of 2026, Europe allocated a further ", ".", "exact", Kind.CUMULATIVE),
        ("Im ersten Halbjahr 2026 stellte Europa weitere ", " bereit.", "exact", Kind.CUMULATIVE),
        ("In 2026, Europe allocated ", ".", "exact", Kind.INCREMENT),
        # a sum someone will give at least, or commits to
        (
            "The United Kingdom will provide military support to Ukraine of at least ",
            " in 2023, matching or exceeding last year.",
            "at_least",
            Kind.TARGET,
        ),
        ("Le royaume s'engage en outre à consacrer au moins ", " par an.", "at_least", Kind.TARGET),
        ("Britain has said it will spend at least ", " this year.", "at_least", Kind.TARGET),
        # without such words, or with another qualifier: a package
        ("The government will spend more than ", " on drones.", "over", Kind.INCREMENT),
        ("a dedicated instrument of up to ", " for 2024-2027.", "up_to", Kind.INCREMENT),
    ],
)
def test_kind_from_the_words_around(before: str, after: str, qualifier: str, kind: Kind) -> None:
    found = kind_of(
        unit="EUR", category="military_aid", qualifier=qualifier, before=before, after=after
    )
    assert found is kind


def test_a_payment_under_a_facility_is_a_part_of_it() -> None:
    text = (
        "The EU adopted the €50 billion Ukraine Facility for 2024-2027. It aims to make a first "
        "payment of €4.5 billion under the Facility in March."
    )
    whole = replace(
        figure(text, "€50 billion", "50000000000", donor="EU"), attribution={"donor": "sentence"}
    )
    # whatever giver was read for each, as "of which": the words say whose it is
    payment = replace(
        figure(text, "€4.5 billion", "4500000000", donor="European countries"),
        attribution={"donor": "context"},
    )
    assert kinds(text, [whole, payment])[1] == ("€4.5 billion", Kind.INCREMENT, Link.PART_OF)
    # drawn "from the fund" too; a figure with no such words is no part
    for after, link in (
        (" from the Facility in March.", Link.PART_OF),
        (" from the fund in March.", None),  # no fund is named before
        (" in March.", None),
    ):
        other = text.replace(" under the Facility in March.", after)
        parts = [replace(whole), figure(other, "€4.5 billion", "4500000000", donor="EU")]
        assert kinds(other, parts)[1][2] == link


def _dated(text: str, year: int, source: str, donor: str = "Sweden") -> str | None:
    """The period of Finland's €124 million (its giver named in its sentence, its year read from
    `source`), after a figure of `donor` dated 2026 in its own sentence."""
    before = replace(
        figure(text, "SEK 40 billion", "3600000000", unit="SEK", donor=donor, year=2026),
        attribution={"year": "sentence", "donor": "sentence"},
    )
    found = replace(
        figure(text, "€124 million", "124000000", donor="Finland", year=year),
        attribution={"year": source, "donor": "sentence"},
    )
    mentions = document_mentions(1, text, [before, found], datetime.date(2025, 9, 23))
    return mentions[-1].period


SWEDEN = "Sweden will set aside SEK 40 billion for Ukraine next year.\n\n"


def test_a_package_year_from_another_givers_paragraph_is_no_year_of_its_own() -> None:
    text = SWEDEN + "Helsinki had approved its 30th package, worth €124 million. It is secret."
    # read from context, not the report's year, its paragraph undated, the year of Sweden's
    # figure before it: undated, so the claim counts in the report's year
    assert _dated(text, 2026, "context") is None
    # read in its sentence, or the report's own year, or the year of its own giver's figure
    assert _dated(text, 2026, "sentence") == "2026"
    assert _dated(text, 2025, "context") == "2025"
    assert _dated(text, 2026, "context", donor="Finland") == "2026"
    # its paragraph dates it: a year, "next year", a month, "the same period"
    for words in ("in 2026", "next year", "in December", "in the same period"):
        dated = SWEDEN + f"Helsinki approved a package {words}, worth €124 million."
        assert _dated(dated, 2026, "context") == "2026"
    # "may" is no month
    text = SWEDEN + "Helsinki may approve a package worth €124 million."
    assert _dated(text, 2026, "context") is None


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("Together, the two packages amount to ", Kind.CUMULATIVE),
        ("Both packages together come to ", Kind.CUMULATIVE),
        ("The new package amounts to ", Kind.INCREMENT),
    ],
)
def test_a_sum_of_packages_named_before_is_a_running_total(before: str, kind: Kind) -> None:
    found = kind_of(
        unit="EUR", category="military_aid", qualifier="exact", before=before, after="."
    )
    assert found is kind


def test_a_loan_promised_is_a_target() -> None:
    def kind(before: str, after: str = "") -> Kind:
        return kind_of(
            unit="USD", category="financial_aid", qualifier="exact", before=before, after=after
        )

    assert kind("Les Européens ont promis un prêt de ") is Kind.TARGET
    assert kind("Les dirigeants se sont entendus lundi pour accorder à Kiev un prêt de ") is (
        Kind.TARGET
    )
    assert kind("The ", " loan promised by the EU will be repaid") is Kind.TARGET
    assert kind("The loan of ", " (about €9 billion) promised by Canada") is Kind.TARGET
    # a loan paid out, or a package promised, is given
    assert kind("The EU paid out a loan of ") is Kind.INCREMENT
    assert kind("Ottawa promised a package of ") is Kind.INCREMENT
