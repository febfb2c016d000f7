"""Claims split by one report's guess: a sum a report gives alone, whose year it read only from
the text around the figure, and that a later report of the week gives as a part of a whole of
another year, is that part (as a year read from context never keeps a mention from a claim of
another year). A year the sum's own sentence gives still keeps it apart. Shares that break a
share down in one sentence ("5% of GDP ... at least 3.5% on core defence and up to 1.5% on related
spending") are its parts, so that another report's "3.5%" of the same target joins them. A share
given to two precisions ("4.81%", "4.8%") in reports up to two weeks apart is one share."""

import datetime
from dataclasses import replace
from decimal import Decimal

from services.reconciler.clustering import ClaimDraft, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, Link
from shared.models import Figure
from tests.reconciler.test_reconciler_guesses import claims_of as share_claims
from tests.reconciler.test_reconciler_guesses import share
from tests.reconciler.test_reconciler_rules import figure, kinds

# A wire story: the year of its sums is read from the paragraph before (last year's plan)
ALONE = (
    "Spain spent heavily on defence in 2024. The minister said almost €3.7 billion would go to "
    "cybersecurity and telecommunications."
)
# The ministry's release, two days later: the plan for 2025 and its parts
WHOLE = (
    "The plan mobilises €10,471 million in 2025 for defence. Of this amount, €3,678 million will "
    "go to cybersecurity and telecommunications."
)


def _claims(year_source: str) -> list[ClaimDraft]:
    alone = replace(
        figure(
            ALONE, "€3.7 billion", "3700000000", category="defense_spending", donor="Spain",
            recipient=None, year=2024, qualifier="approx",
        ),
        attribution={"year": year_source, "donor": "sentence"},
    )  # fmt: skip
    whole: list[Figure] = [
        figure(
            WHOLE, surface, value, category="defense_spending", donor="Spain", recipient=None,
            year=2025,
        )
        for surface, value in (("€10,471 million", "10471000000"), ("€3,678 million", "3678000000"))
    ]  # fmt: skip
    mentions = document_mentions(1, ALONE, [alone], datetime.date(2025, 4, 22))
    mentions += document_mentions(2, WHOLE, whole, datetime.date(2025, 4, 24))
    return reconcile_block(mentions)


def _shape(claims: list[ClaimDraft]) -> list[tuple[Decimal, list[tuple[int, str]]]]:
    return sorted((c.value, [(m.document_id, r) for m, r in c.members]) for c in claims)


def test_a_sum_dated_from_context_given_alone_is_the_part_a_later_report_gives() -> None:
    claims = _claims("context")
    assert {c.block.kind for c in claims} == {Kind.BUDGET}
    assert _shape(claims) == [
        (Decimal("10471000000"), [(2, "states"), (2, "part_of"), (1, "part_of")]),
    ]


def test_a_sum_dated_in_its_own_sentence_stays_a_claim_of_its_own() -> None:
    claims = _claims("sentence")
    assert _shape(claims) == [
        (Decimal("3700000000"), [(1, "states")]),
        (Decimal("10471000000"), [(2, "states"), (2, "part_of")]),
    ]


# Shares that break a share down in one sentence are its parts
TARGET = (
    "NATO allies agreed on Wednesday to spend 5% of GDP on defence by 2035. Under the deal, they "
    "will spend at least 3.5% on core defence and up to 1.5% on related security spending. "
    "The old goal, set in 2014, was 2% by 2024."
)


def _shares(text: str, surfaces: list[str]) -> list[tuple[str, str, str | None]]:
    found = [
        figure(
            text, surface, surface.rstrip("%"), unit="percent", category="pledge_target",
            donor="NATO allies", recipient=None, year=None,
        )
        for surface in surfaces
    ]  # fmt: skip
    return kinds(text, found)


def test_shares_that_add_up_to_a_share_before_them_in_one_sentence_are_its_parts() -> None:
    assert _shares(TARGET, ["5%", "3.5%", "1.5%", "2%"]) == [
        ("5%", Kind.SHARE, None),
        ("3.5%", Kind.SHARE, Link.PART_OF),
        ("1.5%", Kind.SHARE, Link.PART_OF),
        ("2%", Kind.SHARE, None),
    ]


def test_shares_that_add_up_by_chance_across_sentences_stay_apart() -> None:
    # "3.5% ... 1.5% ... 2% by 2024": 1.5 and 2 make 3.5, a paragraph apart
    text = (
        "The first, 3.5% of GDP for core defence, is the real increase. The second, 1.5% for "
        "related spending, is loosely defined. Ten years is a long time. The 2014 commitment to "
        "reach 2% by 2024 was met by only 23 allies."
    )
    assert [link for _, _, link in _shares(text, ["3.5%", "1.5%", "2%"])] == [None, None, None]
    # nor does a sum of money break a share down, or a share a sum
    money = TARGET.replace("up to 1.5%", "up to €1.5 billion")
    found = [
        figure(money, "5%", "5", unit="percent", category="pledge_target", donor="NATO allies"),
        figure(money, "3.5%", "3.5", unit="percent", category="pledge_target", donor="NATO allies"),
        figure(
            money, "€1.5 billion", "1500000000", category="defense_spending", donor="NATO allies"
        ),
    ]
    assert [link for _, _, link in kinds(money, found)] == [None, None, None]


def test_a_share_rounded_by_a_roundup_the_week_after_is_that_share() -> None:
    # "4.81% of GDP" in the ministry's release, "4.8%" in a weekly roundup nine days later: one
    # share; five weeks later, or a share given anew the next year, two figures
    assert share_claims([share(1, "4.81", day=0), share(2, "4.8", day=9)]) == [
        [(1, "4.81"), (2, "4.8")]
    ]
    assert share_claims([share(1, "4.81", day=0), share(2, "4.8", day=14)]) == [
        [(1, "4.81"), (2, "4.8")]
    ]
    assert len(share_claims([share(1, "4.81", day=0), share(2, "4.8", day=15)])) == 2
    assert len(share_claims([share(1, "4.81", day=0), share(2, "4.8", day=35)])) == 2
