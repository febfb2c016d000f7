"""Kinds from the words around a figure (reconciler 2026.11.5): a superlative "since" is no
running total, a sentence that opens with part of a year is about a partial-year aggregate, and
an "at least" or "up to" sum someone will give or commits to is a target; a payment "under the
Facility" is a part of it; a package's year read from another paragraph is no year of its
own."""

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
    # a group noun read from context names no giver: it does not keep the part from its whole
    payment = replace(
        figure(text, "€4.5 billion", "4500000000", donor="European countries"),
        attribution={"donor": "context"},
    )
    assert kinds(text, [whole, payment])[1] == ("€4.5 billion", Kind.INCREMENT, Link.PART_OF)
    # another giver named in the payment's sentence does
    named = replace(payment, donor="France", attribution={"donor": "sentence"})
    assert kinds(text, [whole, named])[1] == ("€4.5 billion", Kind.INCREMENT, None)
    # drawn "from the fund" too; a figure with no such words is no part
    for after, link in ((" from the fund in March.", Link.PART_OF), (" in March.", None)):
        other = text.replace(" under the Facility in March.", after)
        parts = [replace(whole), figure(other, "€4.5 billion", "4500000000", donor="EU")]
        assert kinds(other, parts)[1][2] == link


def _dated(text: str, surface: str, year: int, source: str) -> list[str | None]:
    found = replace(
        figure(text, surface, "124000000", donor="Finland", year=year),
        attribution={"year": source},
    )
    mentions = document_mentions(1, text, [found], datetime.date(2025, 9, 23))
    return [m.period for m in mentions]


def test_a_package_year_from_another_paragraph_is_no_year_of_its_own() -> None:
    text = (
        "Sweden will set aside SEK 40 billion for Ukraine next year.\n\n"
        "Helsinki had approved its 30th package, worth €124 million. Its content is secret."
    )
    # read from context, not the report's year, and its paragraph names no year: undated, so
    # the claim counts in the report's year
    assert _dated(text, "€124 million", 2026, "context") == [None]
    # read in its sentence, or the report's own year, it stands
    assert _dated(text, "€124 million", 2026, "sentence") == ["2026"]
    assert _dated(text, "€124 million", 2025, "context") == ["2025"]
    # its paragraph dates it: "im Jahr 2025", "next year"
    for dated in (
        "The aid goes on in 2026. Helsinki approved a package worth €124 million.",
        "The aid goes on next year. Helsinki approved a package worth €124 million.",
    ):
        assert _dated(dated, "€124 million", 2026, "context") == ["2026"]


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
