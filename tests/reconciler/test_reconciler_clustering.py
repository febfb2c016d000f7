"""Clustering a block's mentions into claims: restatements, conversions, parts, look-alikes."""

import datetime
import random
from decimal import Decimal

from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.rules import Link
from shared.models import ClaimBlock
from tests.reconciler import support

BLOCK = ClaimBlock("military", "increment")
BUDGET = ClaimBlock("defense_spending", "budget")


def mention(
    doc: int,
    start: int,
    eur: str,
    *,
    donor: str | None = "Germany",
    qualifier: str = "exact",
    unit: str = "EUR",
    day: int = 1,
    block: ClaimBlock = BLOCK,
    period: str | None = "2024",
    link: Link | None = None,
    link_start: int | None = None,
) -> Mention:
    return support.mention(
        doc,
        eur,
        eur=eur,
        unit=unit,
        qualifier=qualifier,
        block=block,
        donor=donor,
        recipient="Ukraine" if block is BLOCK else None,
        period=period,
        published=datetime.date(2024, 6, day),
        start=start,
        link=link,
        link_start=link_start,
    )


def relations(claims: list) -> list[list[tuple[int, int, str]]]:  # type: ignore[type-arg]
    return [[(m.document_id, m.start, r) for m, r in c.members] for c in claims]


def test_a_fact_reported_three_times_is_one_claim_stated_by_the_earliest() -> None:
    claims = reconcile_block(
        [
            mention(2, 10, "7100000000", day=3),
            mention(1, 50, "7100000000", day=1),
            mention(3, 5, "7000000000", qualifier="approx", donor=None, day=4, period=None),
        ]
    )
    assert relations(claims) == [[(1, 50, "states"), (2, 10, "restates"), (3, 5, "restates")]]
    (claim,) = claims
    assert (claim.donor, claim.value, claim.documents, claim.year) == (
        "Germany",
        Decimal("7100000000"),
        3,
        2024,
    )


def test_look_alikes_stay_apart() -> None:
    claims = reconcile_block(
        [
            mention(1, 0, "500000000", donor="Germany"),
            mention(2, 0, "500000000", donor="France"),  # the same amount from another donor
            mention(3, 0, "1200000000", donor="Germany"),  # another package of one donor
            mention(4, 0, "500000000", donor="Germany", period="2023"),  # another year
        ]
    )
    assert len(claims) == 4
    assert not any(c.conflict for c in claims)  # several packages a year are no conflict


def test_a_conversion_and_a_part_join_the_claim_of_their_figure() -> None:
    claims = reconcile_block(
        [
            mention(1, 0, "7100000000"),
            mention(1, 20, "7700000000", unit="USD", link=Link.CONVERTS, link_start=0),
            mention(1, 60, "2500000000", link=Link.PART_OF, link_start=0),
        ]
    )
    assert relations(claims) == [[(1, 0, "states"), (1, 20, "converts"), (1, 60, "part_of")]]


def test_budgets_that_disagree_are_a_conflict() -> None:
    claims = reconcile_block(
        [
            mention(1, 0, "86000000000", block=BUDGET),
            mention(2, 0, "68000000000", block=BUDGET),  # one outlet's wrong number
        ]
    )
    assert [c.conflict for c in claims] == [True, True]


def test_the_result_does_not_depend_on_the_order_of_arrival() -> None:
    mentions = [
        mention(doc, start, amount, day=doc)
        for doc, start, amount in [
            (1, 0, "500000000"),
            (2, 0, "510000000"),
            (3, 0, "1200000000"),
            (4, 7, "1200000000"),
            (5, 0, "90000000"),
        ]
    ]
    expected = relations(reconcile_block(mentions))
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert relations(reconcile_block(shuffled)) == expected
