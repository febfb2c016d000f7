"""Givers read from context (reconciler 2026.11.4): when both mentions' givers were read from
the text around them, not their own sentence, a disagreement between them is no evidence."""

from dataclasses import replace

from services.reconciler.clustering import reconcile_block
from tests.reconciler.test_reconciler_clustering import BUDGET, mention


def test_two_givers_read_from_context_do_not_keep_one_fact_apart() -> None:
    claims = reconcile_block(
        [
            replace(mention(1, 10, "3500000000", donor="United Kingdom"), donor_weak=True),
            replace(mention(2, 10, "3500000000", donor="Netherlands", day=2), donor_weak=True),
        ]
    )
    assert [len(c.members) for c in claims] == [2]


def test_a_giver_from_its_own_sentence_keeps_a_look_alike_apart() -> None:
    for first, second in ((True, False), (False, True), (False, False)):
        claims = reconcile_block(
            [
                replace(
                    mention(1, 10, "2400000000", donor="Estonia", block=BUDGET), donor_weak=first
                ),
                replace(
                    mention(2, 10, "2400000000", donor="Latvia", block=BUDGET, day=2),
                    donor_weak=second,
                ),
            ]
        )
        assert [len(c.members) for c in claims] == [1, 1]
