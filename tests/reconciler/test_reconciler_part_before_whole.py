"""A part stated before its whole (reconciler 2026.11.12): "an additional £500 million for
Ukraine, taking the UK's military support for Ukraine this year to £3 billion". The sum raises a
package or a year's sum to its level, so it is a part of it; a running total it raises ("bringing
the total since 2022 to") is a fact of its own."""

import datetime
from dataclasses import replace

import pytest

from services.reconciler.clustering import reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import raises_to
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock
from tests.reconciler.test_reconciler_clustering import relations
from tests.reconciler.test_reconciler_rules import figure, kinds
from tests.support.ledger import query, store_document

UK = (
    "The Prime Minister will today announce an additional £500 million for Ukraine, taking the "
    "UK's military support for Ukraine this year to £3 billion."
)
WIRE = (
    "Britain will give Ukraine an extra 500 million pounds ($620 million) in military aid this "
    "year, raising its support to a record 3 billion pounds."
)


@pytest.mark.parametrize(
    "between",
    [
        " for Ukraine, taking the UK's military support for Ukraine this year to ",
        " ($620 million) in military aid this year, raising its support to a record ",
        " for radar systems, bringing the Netherlands' military support for Kyiv this year to ",
        ", which brings the package to ",
    ],
)
def test_a_sum_that_raises_a_larger_one_to_its_level(between: str) -> None:
    assert raises_to(between)


@pytest.mark.parametrize(
    "between",
    [" for Ukraine, and its support this year is ", " in aid, compared with "],
)
def test_other_words_between_two_sums_raise_nothing(between: str) -> None:
    assert not raises_to(between)


def _uk(
    text: str, part: str, whole: str, *, unit: str = "GBP"
) -> list[tuple[str, str, str | None]]:
    figures = [
        figure(text, part, "500000000", unit=unit, donor="United Kingdom", year=2025),
        figure(text, whole, "3000000000", unit=unit, donor="United Kingdom", year=2025),
    ]
    return kinds(text, figures)


def test_the_sum_before_a_years_sum_it_raises_is_its_part() -> None:
    assert _uk(UK, "£500 million", "£3 billion") == [
        ("£500 million", "increment", "part_of"),
        ("£3 billion", "increment", None),
    ]


def test_the_sum_before_a_running_total_it_raises_is_a_fact_of_its_own() -> None:
    text = "Norway adds NOK 500 million, bringing its total support since 2022 to NOK 3 billion."
    found = _uk(text, "NOK 500 million", "NOK 3 billion", unit="NOK")
    assert [(surface, link) for surface, _, link in found] == [
        ("NOK 500 million", None),
        ("NOK 3 billion", None),
    ]
    assert found[1][1] == "cumulative"


def test_a_part_before_its_whole_and_its_conversion_join_the_whole() -> None:
    figures = [
        figure(WIRE, "500 million pounds", "500000000", unit="GBP", donor="United Kingdom"),
        replace(
            figure(WIRE, "$620 million", "620000000", unit="USD", donor="United Kingdom"),
            value_eur=None,
        ),
        figure(WIRE, "3 billion pounds", "3000000000", unit="GBP", donor="United Kingdom"),
    ]
    mentions = document_mentions(1, WIRE, figures, datetime.date(2024, 4, 24))
    starts = {f.surface: f.start for f in figures}
    claims = reconcile_block(mentions)
    assert relations(claims) == [
        [
            (1, starts["3 billion pounds"], "states"),
            (1, starts["500 million pounds"], "part_of"),
            (1, starts["$620 million"], "part_of"),
        ]
    ]


def _stored() -> list[tuple[int, str, str]]:
    return [
        (row["value_eur"], row["relation"], row["donor"])
        for row in query(
            """SELECT f.value_eur, m.relation, c.donor FROM claim_mentions m
               JOIN claims c ON c.id = m.claim_id
               JOIN figures f ON f.document_id = m.document_id
                             AND f.start_offset = m.start_offset
               ORDER BY m.document_id, m.start_offset"""
        )
    ]


def test_a_part_before_its_whole_in_the_store_as_in_a_rebuild(clean_db: Settings) -> None:
    documents = []
    for number, text in ((1, UK), (2, UK.replace("today", "on Tuesday"))):
        figures = [
            figure(text, "£500 million", "500000000", unit="GBP", donor="United Kingdom"),
            figure(text, "£3 billion", "3000000000", unit="GBP", donor="United Kingdom"),
        ]
        # (the figures' EUR values as the bench gives them: GBP taken at par)
        documents.append(store_document(number, text, figures, datetime.date(2025, 4, number)))
    for document_id in reversed(documents):  # the later report first: the stage refolds
        reconcile_and_store(document_id)
    stored = _stored()
    assert stored == [
        (500000000, "part_of", "United Kingdom"),
        (3000000000, "states", "United Kingdom"),
        (500000000, "part_of", "United Kingdom"),
        (3000000000, "restates", "United Kingdom"),
    ]
    with db.transaction() as conn:
        rebuild_block(conn, ClaimBlock("military", "increment"))
    assert _stored() == stored
