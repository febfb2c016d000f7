"""Telling facts of one giver apart (reconciler 2026.11.4): givers read from context (when both
mentions' givers were read from the text around them, not their own sentence, a disagreement
between them is no evidence), equal amounts a document tells apart ("another €20 million"), and
the year of a package no report dates."""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from services.reconciler.clustering import reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import named_giver, names_another, weak_period, words_before
from shared.models import ClaimBlock
from tests.reconciler.test_reconciler_clustering import BUDGET, mention, relations
from tests.reconciler.test_reconciler_rules import figure

CUMULATIVE = ClaimBlock("military", "cumulative")
SHARE = ClaimBlock("defense_spending", "share")


def test_two_givers_read_from_context_do_not_keep_one_fact_apart() -> None:
    claims = reconcile_block(
        [
            replace(mention(1, 10, "3500000000", donor="United Kingdom"), donor_weak=True),
            replace(mention(2, 10, "3500000000", donor="Netherlands", day=2), donor_weak=True),
        ]
    )
    assert [len(c.members) for c in claims] == [2]


def test_a_giver_from_its_own_sentence_keeps_a_look_alike_apart() -> None:
    # (a later giver read from context that its document names for no other figure gives way:
    # test_reconciler_contrast; a guess its document does not name before the figure gives way
    # to a later named giver: test_reconciler_named_giver)
    for first, second in ((True, False), (False, True), (False, False)):
        claims = reconcile_block(
            [
                replace(
                    mention(1, 10, "2400000000", donor="Estonia", block=BUDGET),
                    donor_weak=first,
                    giver_named=True,
                ),
                replace(
                    mention(2, 10, "2400000000", donor="Latvia", block=BUDGET, day=2),
                    donor_weak=second,
                    giver_named=True,
                ),
            ]
        )
        assert [len(c.members) for c in claims] == [1, 1]


def test_a_document_that_tells_two_equal_packages_apart_keeps_them_apart() -> None:
    # "The first, €20 million, ... The second, another €20 million"; a later report the same
    first, second = mention(1, 10, "20000000"), replace(mention(1, 90, "20000000"), another=True)
    later = [
        mention(2, 10, "20000000", day=2),
        replace(mention(2, 90, "20000000", day=2), another=True),
    ]
    claims = reconcile_block([first, second, *later])
    assert relations(claims) == [
        [(1, 10, "states"), (2, 10, "restates")],
        [(1, 90, "states"), (2, 90, "restates")],
    ]
    # whichever the text names first: "An earlier package of €50 million ... the new one"
    claims = reconcile_block([replace(first, another=True), replace(second, another=False)])
    assert len(claims) == 2
    # without such words, one document's equal figures are one fact told twice
    assert len(reconcile_block([first, replace(second, another=False)])) == 1


@pytest.mark.parametrize(
    ("sentence", "surface", "another"),
    [
        ("The second, another €20 million, will pay for ammunition.", "€20 million", True),
        ("The second package, also worth €20 million, will finance shells.", "€20 million", True),
        (
            "An earlier package of €50 million, approved in March, held artillery.",
            "€50 million",
            True,
        ),
        ("This is the second package, following the package of €50 million.", "€50 million", True),
        (
            "This is distinct from the March package, also valued at EUR 50 million.",
            "EUR 50 million",
            True,
        ),
        ("Deutschland hat weitere 1,9 Milliarden Euro zugesagt.", "1,9 Milliarden Euro", False),
        ("Croatia approved a new €50 million package.", "€50 million", False),
        # words of sequence that tell no figure apart: a restatement of the same package
        ("Germany, the second-largest donor, confirmed its €7.1 billion.", "€7.1 billion", False),
        (
            "Following the announcement, the €7.1 billion package was approved.",
            "€7.1 billion",
            False,
        ),
        ("The earlier announced €7.1 billion package is now law.", "€7.1 billion", False),
    ],
)
def test_words_that_tell_a_figure_from_an_equal_one(
    sentence: str, surface: str, another: bool
) -> None:
    assert names_another(words_before(sentence, surface)) is another


def test_a_package_no_report_dates_is_counted_in_the_year_it_was_reported() -> None:
    # "Finland approved its 29th package, worth €160 million": no year in any report
    undated = mention(1, 10, "160000000", donor="Finland", period=None, day=3)
    (claim,) = reconcile_block([undated, replace(undated, document_id=2, document_key="2" * 64)])
    assert (claim.period, claim.year) == (None, 2024)  # the stating report's year
    # a running total, a target or a budget with no year has none
    (total,) = reconcile_block([replace(undated, block=CUMULATIVE)])
    assert (total.period, total.year) == (None, None)
    # a year said by a later report is the claim's
    (dated,) = reconcile_block(
        [undated, mention(2, 10, "160000000", donor="Finland", period="2025", day=4)]
    )
    assert (dated.period, dated.year) == ("2025", 2025)


def test_a_group_noun_read_from_context_names_no_giver() -> None:
    text = (
        "Ministers met in Riga. The host announced a package. The first, €20 million, buys drones."
    )
    read = figure(text, "€20 million", "20000000", donor="donor countries")
    from_context = replace(read, attribution={"donor": "context"})
    from_sentence = replace(read, attribution={"donor": "sentence"})
    found = document_mentions(1, text, [from_context], None) + document_mentions(
        2, text, [from_sentence], None
    )
    assert [m.donor for m in found] == [None, "donor countries"]
    assert named_giver("Latvia", "context") == "Latvia"  # a country read from context is one


def test_a_year_read_from_context_does_not_keep_a_mention_from_its_fact() -> None:
    stated = mention(1, 10, "1.5", unit="percent", block=SHARE, period="2025")
    # "1.5%" in a later report, dated 2024 from the sentence before it
    guessed = replace(
        mention(2, 10, "1.5", unit="percent", block=SHARE, period="2024", day=2), period_weak=True
    )
    (claim,) = reconcile_block([stated, guessed])
    assert len(claim.members) == 2
    # read in its own sentence, the year keeps it apart: in a report more than a week later (the
    # very figure within a week is one news event, 2026.11.8: test_reconciler_readings)
    later = replace(guessed, period_weak=False, published=datetime.date(2024, 6, 20))
    assert len(reconcile_block([stated, later])) == 2
    # of two claims as close, it joins the one of its own year (the same 1.5% for 2024)
    last_year = mention(1, 50, "1.5", unit="percent", block=SHARE, period="2024")
    claims = reconcile_block([stated, last_year, guessed])
    assert [len(c.members) for c in claims] == [1, 2]
    # and the closer amount, whatever its year ("1.5%" for 2025, not "1.49%" for 2024)
    last_year = replace(last_year, value=Decimal("1.49"))
    claims = reconcile_block([stated, last_year, guessed])
    assert [len(c.members) for c in claims] == [2, 1]
    assert weak_period("2024", "context")
    assert not weak_period("2022-2025", "context")
    assert not weak_period("2024", "sentence")
