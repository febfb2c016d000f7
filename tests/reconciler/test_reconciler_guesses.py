"""Two exact shares given to different precision ("4.8%", "4.81%") agree when the finer rounds to
the coarser (`rules.amounts_agree`): one share, rounded by an outlet, in another report of the
same news event (a week). In one report, or in reports more than a week apart, they are two
figures: a report gives a share once, to the precision it has, and a share is given anew each
year. In the store as in a rebuild."""

import datetime
from typing import Any

import pytest

from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock, Figure
from tests.reconciler import support
from tests.reconciler.test_reconciler_rules import figure
from tests.support.ledger import query, store_document

SHARE = ClaimBlock("defense_spending", "share")


def share(doc: int, value: str, *, day: int, start: int = 0, qualifier: str = "exact") -> Mention:
    """Poland's defence spending as a share of GDP in 2026, published on `day` (from June 1)."""
    return support.mention(
        doc,
        value,
        unit="percent",
        qualifier=qualifier,
        category="defense_spending",
        block=SHARE,
        donor="Poland",
        recipient=None,
        period="2026",
        published=datetime.date(2025, 6, 1) + datetime.timedelta(days=day),
        start=start,
    )


def claims_of(mentions: list[Mention]) -> list[list[tuple[int, str]]]:
    return [
        [(m.document_id, str(m.value)) for m, _ in claim.members]
        for claim in reconcile_block(mentions)
    ]


def test_a_share_rounded_in_another_report_of_the_week_is_that_share() -> None:
    # 93: "4.8% of gross domestic product" on the 26th, "4.81% of GDP" on the 29th
    assert claims_of([share(1, "4.8", day=0), share(2, "4.81", day=3)]) == [
        [(1, "4.8"), (2, "4.81")]
    ]


def test_shares_of_two_precisions_weeks_apart_are_two_figures() -> None:
    assert claims_of([share(1, "4.8", day=0), share(2, "4.81", day=40)]) == [
        [(1, "4.8")],
        [(2, "4.81")],
    ]


def test_shares_of_two_precisions_in_one_report_are_two_figures() -> None:
    assert claims_of([share(1, "4.8", day=0), share(1, "4.81", day=0, start=40)]) == [
        [(1, "4.8")],
        [(1, "4.81")],
    ]


def test_the_same_share_or_an_approximate_one_still_joins_weeks_apart() -> None:
    # the very figure, or one said "about": `amounts_agree` decides, as before
    assert claims_of([share(1, "4.8", day=0), share(2, "4.8", day=40)]) == [
        [(1, "4.8"), (2, "4.8")]
    ]
    assert claims_of([share(1, "4.8", day=0, qualifier="approx"), share(2, "4.81", day=40)]) == [
        [(1, "4.8"), (2, "4.81")]
    ]


REPORT = "Report {n}. Poland will spend {share} of GDP on defence in 2026. "


def _figure(text: str, surface: str, value: str) -> Figure:
    return figure(text, surface, value, unit="percent", category="defense_spending", **_POLAND)


_POLAND: dict[str, Any] = {"donor": "Poland", "recipient": None, "year": 2026}


def _store(number: int, day: int, surface: str, value: str) -> int:
    text = REPORT.format(n=number, share=surface)
    published = datetime.date(2025, 6, 1) + datetime.timedelta(days=day)
    return store_document(number, text, [_figure(text, surface, value)], published)


def _claims() -> list[tuple[str, int]]:
    return [
        (str(r["value"].normalize()), r["mentions"])
        for r in query("SELECT value, mentions FROM claims ORDER BY value, mentions")
    ]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0, 1)])
def test_the_stage_gives_what_a_rebuild_gives(clean_db: Settings, order: tuple[int, ...]) -> None:
    """Through the stage, in and out of order and again, as a rebuild: the rounded share of the
    week joins, the one five weeks later is a figure of its own."""
    documents = [
        _store(1, 0, "4.81%", "4.81"),
        _store(2, 3, "4.8%", "4.8"),
        _store(3, 38, "4.8%", "4.8"),
    ]
    for index in order:
        reconcile_and_store(documents[index])
    stored = _claims()
    assert stored == [("4.8", 1), ("4.81", 2)]
    text = REPORT.format(n=1, share="4.81%")
    found = _figure(text, "4.81%", "4.81")
    block = document_mentions(1, text, [found], datetime.date(2025, 6, 1))[0].block
    with db.transaction() as conn:
        rebuild_block(conn, block)
    assert _claims() == stored
