"""Givers named as a group that holds a claim's giver ("Estonia and Latvia", NATO's allies for a
member's share of GDP) restate its very figure in another report of the week, and the claim keeps
the member as its giver, or the allies for their own target; another figure, another year, the
same report, a report weeks later or a list without the giver stays apart. In memory, through the
stage in either order of arrival, and after a rebuild."""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.rules import aggregate_giver, holds_giver
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock, block_family
from tests.reconciler.test_reconciler_kind_guess import claims_of, mention
from tests.reconciler.test_reconciler_rules import figure
from tests.support.ledger import query, store_document

SHARE = ClaimBlock("defense_spending", "share")


def _share(doc: int, donor: str, value: str = "2", period: str | None = "2025") -> Mention:
    """A share of GDP spent on defence, of `donor`, published on day `doc` of June 2025."""
    return replace(
        mention(doc, "defense_spending", donor=donor),
        block=SHARE,
        group="defense_spending",
        unit="percent",
        value=Decimal(value),
        value_eur=None,
        recipient=None,
        period=period,
    )


def _givers(mentions: list[Mention]) -> list[list[int]]:
    return [docs for _, docs in claims_of(mentions)]


def test_a_group_holds_the_givers_it_names() -> None:
    assert holds_giver("Estonia and Latvia", "Estonia")
    assert holds_giver("European countries and Lithuania", "Lithuania")
    assert holds_giver("Denmark, Netherlands and Canada", "Canada")
    assert holds_giver("NATO", "Canada")
    # NATO's allies hold a member, for its shares and since 2026.11.24 its sums (one package that
    # another report of the week gives the alliance); not a country outside the alliance
    assert holds_giver("NATO allies", "Spain")
    assert not holds_giver("NATO allies", "Austria")
    # a list that does not name the giver, the same giver, no giver
    assert not holds_giver("Denmark, Netherlands and Canada", "Finland")
    assert not holds_giver("Estonia", "Estonia")
    assert not holds_giver(None, "Estonia")
    assert aggregate_giver("Estonia and Latvia", "EUR")
    assert aggregate_giver("NATO allies", "percent")
    assert aggregate_giver("NATO allies", "EUR")
    assert not aggregate_giver("Spain", "EUR")
    assert not aggregate_giver("Austria", "percent")
    assert not aggregate_giver("Estonia", "EUR")


def test_a_list_of_givers_restates_its_members_figure() -> None:
    # "Estonia will spend €2.4 billion" (16), then a think tank's "Estonia and Latvia ... EUR
    # 2.4bn" four days later
    assert _givers(
        [
            mention(1, "aid_total", donor="Estonia"),
            mention(4, "aid_total", donor="Estonia and Latvia"),
        ]
    ) == [[1, 4]]


@pytest.mark.parametrize(
    "other",
    [
        mention(4, "aid_total", donor="Estonia and Latvia", eur="10100000"),  # not the figure
        mention(20, "aid_total", donor="Estonia and Latvia"),  # weeks later
        mention(1, "aid_total", donor="Estonia and Latvia", start=90),  # the same report
        mention(4, "aid_total", donor="Latvia and Lithuania"),  # a list without the giver
        mention(4, "aid_total", donor="Estonia and Latvia", period="2024"),  # another year
    ],
)
def test_a_list_of_givers_stays_apart_from_another_figure(other: Mention) -> None:
    assert _givers([mention(1, "aid_total", donor="Estonia"), other]) == [[1], [other.document_id]]


def test_the_allies_share_restates_a_members_share() -> None:
    # "Canada will reach 2% this year" (92), then "Canada meets NATO's 2% target" read as the
    # allies' own
    assert _givers([_share(1, "Canada", period=None), _share(2, "NATO allies")]) == [[1, 2]]
    # the claim keeps the member as its giver
    claims = reconcile_block([_share(1, "Canada"), _share(2, "NATO allies")])
    assert [c.donor for c in claims] == ["Canada"]


def test_the_allies_share_stays_apart_from_another() -> None:
    # the allies' own target stated already: the later one joins it, not the member's
    assert _givers([_share(1, "Canada"), _share(2, "NATO allies"), _share(3, "NATO allies")]) == [
        [1, 2, 3]
    ]
    # the allies' share stated first: the member's of the same kind restates it (below)
    assert _givers([_share(1, "NATO allies"), _share(2, "Canada"), _share(3, "NATO allies")]) == [
        [1, 2, 3]
    ]
    # another share, a country outside the alliance, weeks later
    assert len(_givers([_share(1, "Canada"), _share(2, "NATO allies", value="2.1")])) == 2
    assert len(_givers([_share(1, "Austria"), _share(2, "NATO allies")])) == 2
    assert len(_givers([_share(1, "Canada"), _share(20, "NATO allies")])) == 2


def test_a_members_share_restates_the_allies_target() -> None:
    # "NATO allies agreed on 5%" (10), then a Dutch outlet's "5%" read as the Netherlands'
    # target: the allies' claim, which keeps its giver
    allies = replace(_share(1, "NATO allies", "5"), category="pledge_target", group=None)
    member = replace(_share(3, "Netherlands", "5"), category="pledge_target", group=None)
    claims = reconcile_block([allies, member])
    assert [([m.document_id for m, _ in c.members], c.donor) for c in claims] == [
        ([1, 3], "NATO allies")
    ]
    # a member's own spending share is no target of the allies; nor a sum of theirs
    spent = replace(_share(3, "Netherlands", "5"), category="defense_spending")
    assert len(reconcile_block([allies, spent])) == 2
    assert not holds_giver("Netherlands", "NATO allies")
    assert aggregate_giver("Netherlands", "percent")
    assert not aggregate_giver("Netherlands", "EUR")


TEXT = "Report {n}. {giver} will spend €2.4 billion on defence next year, the ministry said. "


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_list_of_givers_in_the_store_as_in_a_rebuild(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    documents = []
    for number, giver in ((6, "Estonia"), (7, "Estonia and Latvia")):
        text = TEXT.format(n=number, giver=giver)
        found = figure(text, "€2.4 billion", "2400000000", category="military_aid", donor=giver)
        documents.append(store_document(number, text, [found], datetime.date(2025, 6, number)))
    for index in order:
        reconcile_and_store(documents[index])
    stored = sorted(
        (r["giver"], r["mentions"]) for r in query("SELECT giver, mentions FROM claims")
    )
    assert stored == [("Estonia", 2)]
    with db.transaction() as conn:
        rebuild_block(conn, ClaimBlock("aid", "increment"))
    rebuilt = sorted(
        (r["giver"], r["mentions"]) for r in query("SELECT giver, mentions FROM claims")
    )
    assert rebuilt == stored


SHARE_TEXT = "Report {n}. {giver} agreed to spend 5% of GDP on defence by 2035, the summit said. "


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize("givers", [("NATO allies", "Netherlands"), ("Netherlands", "NATO allies")])
def test_a_groups_share_in_the_store_as_in_a_rebuild(
    clean_db: Settings, order: tuple[int, ...], givers: tuple[str, str]
) -> None:
    documents = []
    for number, giver in zip((6, 7), givers, strict=True):
        text = SHARE_TEXT.format(n=number, giver=giver)
        found = figure(
            text, "5%", "5", unit="percent", category="pledge_target", donor=giver, year=2035
        )
        documents.append(store_document(number, text, [found], datetime.date(2025, 6, number)))
    for index in order:
        reconcile_and_store(documents[index])
    stored = sorted(
        (r["giver"], r["mentions"]) for r in query("SELECT giver, mentions FROM claims")
    )
    assert stored == [(givers[0], 2)]
    blocks = query("SELECT DISTINCT category_group, kind FROM claims")
    assert [block_family(b["category_group"]) for b in blocks] == ["defense_spending"]
    with db.transaction() as conn:
        for block in blocks:
            rebuild_block(conn, ClaimBlock(block_family(block["category_group"]), block["kind"]))
    rebuilt = sorted(
        (r["giver"], r["mentions"]) for r in query("SELECT giver, mentions FROM claims")
    )
    assert rebuilt == stored
