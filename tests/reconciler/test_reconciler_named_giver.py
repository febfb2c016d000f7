"""A guessed giver gives way to a named one (reconciler 2026.11.12): a claim whose giver its
stating mention read from the text around the figure, and whose document does not name that giver
before it, takes a later report of the amount that names another giver within a week, and that
giver; in memory, through the stage in any order of arrival, and after a rebuild."""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.rules import Link
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock
from tests.reconciler.test_reconciler_apart import SHARE
from tests.reconciler.test_reconciler_clustering import mention
from tests.reconciler.test_reconciler_rules import figure
from tests.support.ledger import query, store_document


def _guess(giver_named: bool = False, other_givers: frozenset[str] = frozenset()) -> Mention:
    """The wire's "€100 million", its giver read from a paragraph about another country."""
    return replace(
        mention(1, 10, "100000000", donor="United States"),
        donor_weak=True,
        giver_named=giver_named,
        other_givers=other_givers,
    )


def _named(doc: int, donor: str, day: int) -> Mention:
    return replace(mention(doc, 10, "100000000", donor=donor, day=day), giver_named=True)


def _claims(mentions: list[Mention]) -> list[tuple[str | None, int, bool]]:
    return [(c.donor, len(c.members), c.giver_guessed) for c in reconcile_block(mentions)]


def test_a_named_giver_takes_a_guessed_claim_and_keeps_it() -> None:
    # Belgium names its €100 million; the Netherlands' equal package stays apart afterwards
    claims = _claims([_guess(), _named(2, "Belgium", 2), _named(3, "Netherlands", 3)])
    assert claims == [("Belgium", 2, False), ("Netherlands", 1, False)]


def test_a_guess_its_document_names_before_the_figure_stays_its_own() -> None:
    # "Latvia ... This year the defence budget will reach EUR 1.57 billion" read from context:
    # Latvia is the document's subject, and Estonia's €1.6 billion is another fact
    claims = _claims([_guess(giver_named=True), _named(2, "Belgium", 2)])
    assert claims == [("United States", 1, False), ("Belgium", 1, False)]


def test_a_guessed_claim_waits_a_week_for_its_giver() -> None:
    claims = _claims([_guess(), _named(2, "Belgium", 12)])
    assert claims == [("United States", 1, True), ("Belgium", 1, False)]


def test_a_named_giver_takes_no_share_no_part_and_no_other_currency() -> None:
    # "2.3%" of two countries; a sum of another currency of the same value in EUR
    share = replace(_guess(), unit="percent", value=Decimal("2.3"), block=SHARE)
    named_share = replace(
        _named(2, "Belgium", 2), unit="percent", value=Decimal("2.3"), block=SHARE
    )
    assert [d for d, _, _ in _claims([share, named_share])] == ["United States", "Belgium"]
    dollars = replace(_named(2, "Belgium", 2), unit="USD", value=Decimal(108000000))
    assert [d for d, _, _ in _claims([_guess(), dollars])] == ["United States", "Belgium"]
    # a part of the guessed claim: Belgium's €100 million is not the wire's €20 million's whole
    whole = replace(mention(1, 10, "500000000", donor="United States"), donor_weak=True)
    part = replace(
        mention(1, 60, "100000000", donor="United States", link=Link.PART_OF, link_start=10),
        donor_weak=True,
    )
    claims = reconcile_block([whole, part, _named(2, "Belgium", 2)])
    assert [(c.donor, len(c.members)) for c in claims] == [("United States", 2), ("Belgium", 1)]


def test_a_guess_the_text_gives_to_another_figure_stays_apart() -> None:
    # the wire names Belgium for another "€100 million" ("Portugal matched Belgium's ...")
    claims = _claims([_guess(other_givers=frozenset({"Belgium"})), _named(2, "Belgium", 2)])
    assert [donor for donor, _, _ in claims] == ["United States", "Belgium"]


WIRE = "Allies met at Ramstein on Tuesday. A new package worth €100 million will buy shells. "


def _document(number: int, lead: str, donor: str, weak: bool) -> int:
    text = f"Report {number}. {lead}{WIRE}"
    found = figure(text, "€100 million", "100000000", donor=donor)
    if weak:
        found = replace(found, attribution={"donor": "context"})
    return store_document(number, text, [found], datetime.date(2025, 9, number))


def _stored() -> list[tuple[int, int, str, bool]]:
    return [
        (row["value_eur"], row["mentions"], row["donor"], row["giver_guessed"])
        for row in query(
            "SELECT value_eur, mentions, donor, giver_guessed FROM claims ORDER BY key"
        )
    ]


# (1, 3, 2, 4): the Belgian report has taken the claim when the Dutch one, earlier, arrives; the
# claim stood as a guess before it, so the Dutch giver takes it, as in a rebuild
@pytest.mark.parametrize("order", [(1, 2, 3, 4), (4, 3, 2, 1), (1, 3, 2, 4), (3, 1, 4, 2)])
def test_the_stage_replaces_a_guessed_giver_as_a_rebuild_does(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    leads = {
        1: ("", "United States", True),  # the giver guessed from the meeting's host
        2: ("The Netherlands announced aid. ", "Netherlands", False),
        3: ("Belgium announced aid too. ", "Belgium", False),
        4: ("Brussels confirmed it. Belgium will pay. ", "Belgium", False),
    }
    documents = {number: _document(number, *leads[number]) for number in sorted(leads)}
    for number in order:
        reconcile_and_store(documents[number])
    stored = _stored()
    assert sorted(stored) == [
        (100000000, 2, "Belgium", False),
        (100000000, 2, "Netherlands", False),
    ]
    with db.transaction() as conn:
        rebuild_block(conn, ClaimBlock("military", "increment"))
    assert _stored() == stored
