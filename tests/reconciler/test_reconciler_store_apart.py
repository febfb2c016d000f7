"""What tells facts apart holds in the store as in memory (reconciler 2026.11.4): equal packages
a document tells apart, givers and years read from context, and a group noun read from context
that names no giver, through the stage and after a rebuild."""

import datetime
from dataclasses import replace
from decimal import Decimal

from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock, Figure
from tests.reconciler.test_reconciler_rules import figure
from tests.support.ledger import query, store_document

LATVIA = (
    "Latvia announced two new packages. The first, €20 million, will buy drones. "
    "The second, another €20 million, will pay for ammunition. "
)
NETHERLANDS = "The government reserves €3.5 billion for military support to Ukraine in 2026. "
FINLAND = "Finland approved its 30th package, worth €124 million."


def _store(number: int, text: str, figures: list[Figure]) -> int:
    return store_document(number, text, figures, datetime.date(2025, 9, number))


def _document(number: int, netherlands_giver: str) -> int:
    text = f"Report {number}. {LATVIA}{NETHERLANDS}{FINLAND}"
    weak = {"donor": "context"}
    # the wire reads the first package's giver from the meeting around it: "donor countries"
    first = figure(text, "€20 million", "20000000", donor="Latvia")
    if number == 1:
        first = replace(first, donor="donor countries", attribution=weak)
    # the second report dates Finland's package 2026, from the sentence before it
    finland = figure(text, "€124 million", "124000000", donor="Finland")
    if number == 2:
        finland = replace(  # and rounds it: read as about €125 million
            finland,
            year=2026,
            attribution={"year": "context"},
            value=Decimal(125000000),
            value_eur=Decimal(125000000),
            qualifier="approx",
        )
    figures = [
        first,
        finland,
        figure(text, "€20 million", "20000000", donor="Latvia", nth=2),
        replace(
            figure(text, "€3.5 billion", "3500000000", donor=netherlands_giver, year=2026),
            attribution=weak,
        ),
    ]
    return _store(number, text, figures)


def stored_claims() -> list[tuple[int, int, str]]:
    """Each stored claim's (value in EUR, mentions, donor), in key order."""
    return [
        (row["value_eur"], row["mentions"], row["donor"])
        for row in query("SELECT value_eur, mentions, donor FROM claims ORDER BY key")
    ]


def test_equal_packages_and_context_givers_in_the_store(clean_db: Settings) -> None:
    documents = [_document(1, "United Kingdom"), _document(2, "Netherlands")]
    for document_id in documents:
        reconcile_and_store(document_id)
    stored = stored_claims()
    assert sorted(stored) == sorted(
        [
            (20000000, 2, "Latvia"),
            (20000000, 2, "Latvia"),
            (124000000, 2, "Finland"),
            (3500000000, 2, "United Kingdom"),
        ]
    )
    with db.transaction() as conn:
        rebuild_block(conn, ClaimBlock("military", "increment"))
    assert stored_claims() == stored
