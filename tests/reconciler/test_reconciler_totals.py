"""Totals count each package once (issue 14): a part is never an increment of its own, whichever
report came first. A report that gives a sum alone ("arms worth €650 million") and a later report
of the week that gives it as a part of a year's sum ("of which €650 million") tell one fact: the
earlier claim becomes a part of the whole, as it would had the reports come the other way round
(the left fold files a sum given after its whole among the whole's parts)."""

import datetime
import itertools
import random
from dataclasses import replace
from decimal import Decimal

import pytest

from services.reconciler.clustering import ClaimDraft, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import Figure
from shared.store import articles
from shared.store import claims as claim_store
from tests.reconciler.test_reconciler_rules import figure
from tests.reconciler.test_reconciler_tasks import _snapshot
from tests.support.ledger import query, store_document

ALONE = "Germany will hand Ukraine arms worth €650 million in December, the chancellor said."
WHOLE = (
    "Germany has set aside €7.5 billion for military aid to Ukraine in 2024, of which €650 million "
    "for the arms the chancellor promised in Kyiv."
)
LATER_ALONE = "The €650 million in arms for Ukraine will arrive in December, Germany said."


def _figures(text: str) -> list[Figure]:
    found = [figure(text, "€650 million", "650000000", year=2024)] if "€650" in text else []
    if "€7.5 billion" in text:
        found.append(figure(text, "€7.5 billion", "7500000000", year=2024))
    return found


def _claims(*reports: tuple[str, int]) -> list[ClaimDraft]:
    mentions = []
    for number, (text, day) in enumerate(reports, start=1):
        published = datetime.date(2024, 12, day)
        mentions += document_mentions(number, text, _figures(text), published)
    return [
        claim
        for block in sorted({m.block for m in mentions})
        for claim in reconcile_block([m for m in mentions if m.block == block])
    ]


def _increments(claims: list[ClaimDraft]) -> Decimal:
    return sum(
        (c.value_eur or Decimal(0) for c in claims if c.block.kind == Kind.INCREMENT),
        Decimal(0),
    )


def _shape(claims: list[ClaimDraft]) -> list[tuple[Decimal, list[tuple[int, str]]]]:
    return sorted((c.value, [(m.document_id, r) for m, r in c.members]) for c in claims)


def test_a_sum_given_alone_then_as_a_part_is_a_part_of_the_whole() -> None:
    claims = _claims((ALONE, 2), (WHOLE, 4))
    assert _shape(claims) == [
        (Decimal("7500000000"), [(2, "states"), (2, "part_of"), (1, "part_of")]),
    ]
    assert _increments(claims) == Decimal("7500000000")


def test_a_later_report_of_the_part_alone_joins_the_parts() -> None:
    claims = _claims((ALONE, 2), (WHOLE, 4), (LATER_ALONE, 5))
    assert _shape(claims) == [
        (Decimal("7500000000"), [(2, "states"), (2, "part_of"), (1, "part_of"), (3, "part_of")]),
    ]


def test_the_other_order_gives_the_same_total() -> None:
    assert _increments(_claims((WHOLE, 2), (ALONE, 4))) == Decimal("7500000000")


def test_aid_of_no_kind_given_alone_is_a_part_of_a_military_whole() -> None:
    # "aid" joins a "military aid" claim, so it may be its part; humanitarian aid may not
    # (a report that names another kind: its unqualified aid is no military aid by default)
    text = ALONE + " Its humanitarian aid goes on."

    def alone(category: str) -> list[ClaimDraft]:
        found = [figure(text, "€650 million", "650000000", year=2024, category=category)]
        mentions = document_mentions(1, text, found, datetime.date(2024, 12, 2))
        mentions += document_mentions(2, WHOLE, _figures(WHOLE), datetime.date(2024, 12, 4))
        return reconcile_block(mentions)

    assert _increments(alone("aid_total")) == Decimal("7500000000")
    assert _increments(alone("humanitarian_aid")) == Decimal("8150000000")


def test_a_sum_alone_more_than_a_week_earlier_stays_a_claim_of_its_own() -> None:
    # a month apart: two deliveries of one amount, not one news event
    claims = _claims((ALONE.replace("December", "November"), 1), (WHOLE, 30))
    assert _increments(claims) == Decimal("8150000000")


def test_another_givers_sum_alone_is_not_taken() -> None:
    france = ALONE.replace("Germany", "France")
    mentions = document_mentions(
        1,
        france,
        [figure(france, "€650 million", "650000000", donor="France", year=2024)],
        datetime.date(2024, 12, 2),
    ) + document_mentions(2, WHOLE, _figures(WHOLE), datetime.date(2024, 12, 4))
    claims = reconcile_block(mentions)
    assert _increments(claims) == Decimal("8150000000")


def _budget_reports() -> list[tuple[str, list[Figure], datetime.date]]:
    item = "Germany will spend €8 billion on air defence in 2025, the defence ministry said."
    budget = (
        "Germany's defence budget for 2025 is €53 billion, of which €8 billion for air defence."
    )

    def spending(text: str, surface: str, value: str) -> Figure:
        return figure(text, surface, value, category="defense_spending", recipient=None)

    return [
        (item, [spending(item, "€8 billion", "8000000000")], datetime.date(2025, 3, 1)),
        (
            budget,
            [
                spending(budget, "€53 billion", "53000000000"),
                spending(budget, "€8 billion", "8000000000"),
            ],
            datetime.date(2025, 3, 3),
        ),
    ]


def test_a_budget_item_given_alone_first_is_no_second_budget_in_conflict() -> None:
    # a budget has one value per giver and year: the item taken as a part leaves one claim
    item = "Germany will spend €8 billion on air defence in 2025, the defence ministry said."
    budget = (
        "Germany's defence budget for 2025 is €53 billion, of which €8 billion for air defence."
    )

    def spending(text: str, surface: str, value: str) -> Figure:
        return figure(text, surface, value, category="defense_spending", recipient=None)

    mentions = document_mentions(
        1, item, [spending(item, "€8 billion", "8000000000")], datetime.date(2025, 3, 1)
    ) + document_mentions(
        2,
        budget,
        [
            spending(budget, "€53 billion", "53000000000"),
            spending(budget, "€8 billion", "8000000000"),
        ],
        datetime.date(2025, 3, 3),
    )
    claims = reconcile_block(mentions)
    assert [(c.block.kind, c.value, c.conflict) for c in claims] == [
        (Kind.BUDGET, Decimal("53000000000"), False)
    ]
    assert [(m.document_id, r) for m, r in claims[0].members] == [
        (2, "states"),
        (2, "part_of"),
        (1, "part_of"),
    ]


def _stored() -> list[tuple[int, int, str, int]]:
    return [
        (row["document_id"], row["value_eur"], row["relation"], row["claim_value"])
        for row in query(
            """SELECT m.document_id, f.value_eur, m.relation, c.value_eur AS claim_value
               FROM claim_mentions m
               JOIN claims c ON c.id = m.claim_id
               JOIN figures f ON f.document_id = m.document_id
                             AND f.start_offset = m.start_offset
               ORDER BY m.document_id, m.start_offset"""
        )
    ]


def _rebuild(documents: list[int]) -> None:
    """Rebuild every block the documents' mentions are in."""
    with db.transaction() as conn:
        blocks = {b for d in documents for b in claim_store.document_blocks(conn, d)}
        assert blocks
        for block in sorted(blocks):
            rebuild_block(conn, block)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_the_stage_takes_the_part_in_any_order_as_a_rebuild(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    documents = [
        store_document(number, text, _figures(text), datetime.date(2024, 12, day))
        for number, (text, day) in enumerate(((ALONE, 2), (WHOLE, 4), (LATER_ALONE, 5)), start=1)
    ]
    for index in order:
        reconcile_and_store(documents[index])
    stored = _stored()
    assert [(relation, claim) for _, _, relation, claim in stored] == [
        ("part_of", 7500000000),  # the sum alone
        ("states", 7500000000),  # the whole, then its part
        ("part_of", 7500000000),
        ("part_of", 7500000000),  # the part alone again
    ]
    _rebuild(documents)
    assert _stored() == stored


def _report(rng: random.Random, number: int) -> tuple[str, list[Figure], datetime.date]:
    """A report of a sum alone, or of a whole with it as a part, of one of two givers and years."""
    giver = rng.choice(["Germany", "France"])
    year = rng.choice([2024, 2025])
    part = rng.choice(["650", "600", "700"])
    day = datetime.date(2024, 12, 1) + datetime.timedelta(days=rng.randint(0, 12))
    if rng.random() < 0.5:
        text = f"{giver} will hand Ukraine arms worth €{part} million in {year}, it said."
        found = [figure(text, f"€{part} million", f"{part}000000", donor=giver, year=year)]
    else:
        whole = rng.choice(["7.5", "3"])
        text = (
            f"{giver} has set aside €{whole} billion for military aid to Ukraine in {year}, of "
            f"which €{part} million for the arms its leader promised in Kyiv."
        )
        found = [
            figure(text, f"€{whole} billion", str(Decimal(whole) * 10**9), donor=giver, year=year),
            figure(text, f"€{part} million", f"{part}000000", donor=giver, year=year),
        ]
    return f"Report {number}. {text}", found, day


def test_the_stage_stores_what_a_rebuild_does_in_many_orders(clean_db: Settings) -> None:
    rng = random.Random(14)
    documents = []
    for number in range(1, 19):
        text, found, day = _report(rng, number)
        # (the figures' places in the text with its prefix)
        shift = len(f"Report {number}. ")
        found = [replace(f, start=f.start + shift, end=f.end + shift) for f in found]
        documents.append(store_document(number, text, found, day))
    first = None
    for attempt in range(4):
        with db.transaction() as conn:
            conn.execute("TRUNCATE claim_mentions, claims")
        order = documents[:]
        rng.shuffle(order)
        for step, document_id in enumerate(order + rng.sample(order, 4)):
            reconcile_and_store(document_id)
            arrived = _snapshot()  # after each arrival: later ones may refold from earlier on
            _rebuild(documents)
            assert _snapshot() == arrived, f"order {attempt}, step {step}"
        first = first or arrived
        assert arrived == first, f"order {attempt}"
    # some sum given alone was taken as a part
    alone = query(
        """SELECT count(*) AS n FROM claim_mentions m JOIN documents d ON d.id = m.document_id
           WHERE m.relation = 'part_of' AND strpos(d.text, 'of which') = 0"""
    )
    assert alone[0]["n"] > 0


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_stage_flags_no_conflict_for_an_item_taken_as_a_part(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    documents = [
        store_document(number, text, found, day)
        for number, (text, found, day) in enumerate(_budget_reports(), start=1)
    ]
    for index in order:
        reconcile_and_store(documents[index])
    arrived = _snapshot()
    assert [(c["value_eur"], c["conflict"]) for c in arrived] == [(53000000000, False)]
    _rebuild(documents)
    assert _snapshot() == arrived


def test_a_report_reconciled_again_without_its_part_gives_the_sum_back(clean_db: Settings) -> None:
    # the report that linked the part is extracted again (another extractor) without it: the sum
    # given alone is a claim of its own again, as a rebuild makes it (the whole stated earlier)
    budget = "Germany has set aside €7.5 billion for military aid to Ukraine in 2024."
    reports = ((budget, 1), (ALONE, 2), (WHOLE, 4))
    documents = [
        store_document(number, text, _figures(text), datetime.date(2024, 12, day))
        for number, (text, day) in enumerate(reports, start=1)
    ]
    for document_id in documents:
        reconcile_and_store(document_id)
    assert [c["value_eur"] for c in _snapshot()] == [7500000000]
    with db.transaction() as conn:
        articles.replace_figures(conn, documents[2], "test", _figures(WHOLE)[1:])  # the whole
    reconcile_and_store(documents[2])
    arrived = _snapshot()
    assert sorted(c["value_eur"] for c in arrived) == [650000000, 7500000000]
    _rebuild(documents)
    assert _snapshot() == arrived
