"""reconciler.reconcile: a document's figures → the claims of the blocks they are in.

The document's mentions are rewritten and each block it touches (before or now) is brought up to
date, in one transaction under the blocks' advisory locks: two documents of one block reconcile
one after the other, and the result is the same in any order of arrival.

The clustering (services/reconciler/clustering.py) is a left fold over the block's mentions in
their order (publication date, document key, position): a mention only joins one claim or states
a new one, and never changes a claim it does not join. So the claims as they stood before a
place in that order are the stored claims cut down to their mentions from before it (their
giver, receiver and period the first those mentions named), and a block is brought up to date by
taking again only the mentions from the document's place on (its own, and those of documents
that sort after it: typically the rest of its day): from the stored claims they could join
(amounts in reach, and every claim that held one of them), exactly as a rebuild would take them.
The one change a mention makes to a claim it does not join, a part taking the claim an earlier
report of the week stated with its figure alone, moves that place back to that report
(`_before_adoptions`).
Conflicts are then counted again for the givers involved. The cost depends on the mentions after
the document and the claims in their reach, not on the size of the block; a test compares it
with a rebuild on many orders of arrival. A block whose later mentions include an amount with no
EUR value (compared by currency, with no index), or a claim whose stating figure is gone, is
rebuilt from all of its mentions instead, and so is a block with more than REFOLD_AT_MOST
mentions to take again (a rebuild is then cheaper, for the same result).
"""

import datetime
import logging

import psycopg

from services.reconciler.clustering import (
    ADOPTION_DAYS,
    ClaimDraft,
    Clustering,
    Mention,
    Seed,
    may_adopt,
    reconcile_block,
)
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import (
    WINDOW,
    Kind,
    Link,
    claim_category,
    donor_family,
    giver_from_currency,
    names_another,
    weak_period,
    weakly_attributed,
)
from shared import db, pipeline
from shared.db import Connection
from shared.errors import Permanent
from shared.failure_causes import MISSING
from shared.models import ClaimBlock, category_group
from shared.stage import stage_task
from shared.store import articles, claims, views

log = logging.getLogger(__name__)

# Bump when a change can alter the claims of stored figures (reprocess --stage reconcile).
RECONCILER_VERSION = "2026.11.29"

# Past this many mentions to take again (an old document arriving late, `reprocess --all` oldest
# first), a rebuild is cheaper than seeding from the claims in reach of each: same result.
REFOLD_AT_MOST = 500


# How often a reconciliation chosen as a deadlock's victim is run again before it fails.
DEADLOCK_RETRIES = 3


def reconcile_and_store(document_id: int) -> int:
    """Reconcile one document; returns how many blocks were rebuilt.

    Reconciliations of documents that share a block serialize on the block's advisory lock,
    taken under each document's row lock; with reprocess and workers reconciling at once
    PostgreSQL has been seen to end one of three such transactions as a deadlock (CI, 2026-12-01,
    `test_reprocess_while_workers_extract`). Its work was rolled back whole, so it runs again.
    """
    victims = 0
    while True:
        try:
            return _reconcile(document_id)
        except db.DatabaseUnavailable as exc:
            victims += 1
            if victims > DEADLOCK_RETRIES or not isinstance(
                exc.__cause__, psycopg.errors.DeadlockDetected
            ):
                raise
            log.warning("reconcile of document %s ended as a deadlock's victim; again", document_id)


def _reconcile(document_id: int) -> int:
    with db.transaction() as conn:
        document = articles.lock_document(conn, document_id)
        if document is None:
            raise Permanent(f"document {document_id} does not exist", code=MISSING)
        figures = views.document_figures(conn, document_id)
        published = document.published_at.date() if document.published_at else None
        mentions = document_mentions(document_id, document.text, figures, published)
        before = set(claims.document_blocks(conn, document_id))
        blocks = {m.block for m in mentions} | before
        claims.lock_blocks(conn, blocks)
        standing = claims.document_standing(conn, document_id)  # its claims, under the locks
        claims.replace_document_mentions(
            conn,
            document_id,
            published,
            [mention_row(m) for m in mentions],
        )
        # A document reconciled again is taken from where it stood before, if that was earlier.
        day = min(published or datetime.date.max, standing.earliest or datetime.date.max)
        since = (day, document.text_sha256)
        moved = standing.held()
        for block in sorted(blocks):
            if not _refold(conn, block, since, document_id, moved):
                rebuild_block(conn, block)
        claims.set_reconciled(conn, document_id, RECONCILER_VERSION)
        articles.mark_reconciled(conn, document_id)
        return len(blocks)


def rebuild_block(conn: Connection, block: ClaimBlock) -> None:
    """Replace a block's claims by the ones all of its mentions make now."""
    stored = claims.block_mentions(conn, block)
    mentions = [_mention(block, m) for m in stored]
    drafts = reconcile_block(mentions)
    claims.replace_block_claims(conn, block, [_row(d) for d in drafts], RECONCILER_VERSION, stored)


def _refold(
    conn: Connection,
    block: ClaimBlock,
    since: claims.Since,
    document_id: int,
    moved: dict[int, int],
) -> bool:
    """Bring a block up to date from `since` on (see the module's docstring); False when it must
    be rebuilt instead. `moved`: the claims that held mentions of the document before it is
    reconciled again, and how many."""
    taken = _before_adoptions(conn, block, since, moved)
    if taken is None:
        return False
    since, later, mentions = taken
    if any(m.amount is None for m in mentions):
        return False
    windows = [
        claims.Window(
            amount * (1 - WINDOW),
            amount * (1 + WINDOW),
            m.reach,
            m.recipient,
            None if m.period_weak else m.period,
            m.value,
            category_group(m.joins_as),  # the kind it joins by (`Mention.joins_as`)
        )
        for m in mentions
        if (amount := m.amount) is not None  # always, past the check above: for the type
    ]
    # Claims that held a later mention or one of the document's before: they stood otherwise
    # before `since`, by those mentions (documents never straddle `since`).
    lost: dict[int, tuple[int, set[int]]] = {}
    for claim_id, count in moved.items():
        lost[claim_id] = (count, {document_id})  # not among `later`: its mentions are new
    for m in later:
        if m.claim_id is not None:
            count, documents = lost.get(m.claim_id, (0, set()))
            lost[m.claim_id] = (count + 1, documents | {m.document_id})
    # The others stand as stored, so the stored giver finds the ones in reach.
    reach = claims.claims_near(conn, block, windows) if windows else []
    so_far, anchors = claims.claims_so_far(
        conn, block, sorted(set(lost) | set(reach)), sorted(lost), since
    )
    by_claim: dict[int, list[Mention]] = {}
    relations: dict[tuple[int, int], str | None] = {}
    for anchor in anchors:
        if anchor.claim_id is not None:
            by_claim.setdefault(anchor.claim_id, []).append(_mention(block, anchor))
            relations[(anchor.document_id, anchor.start)] = anchor.relation
    seeds, dropped = [], []
    for claim in so_far:
        found = sorted(by_claim.get(claim.id, []), key=lambda m: m.order)
        count, documents = lost.get(claim.id, (0, set()))
        stating = next((m for m in found if relations[(m.document_id, m.start)] == "states"), None)
        if stating is None:
            if claim.mentions > count:  # mentions before `since` but its stating figure is gone
                return False
            dropped.append(claim)  # stated from `since` on: made again, or not, below
            continue
        seeds.append(
            Seed(
                key=claim.key,
                anchor=stating,
                donor=claim.donor,
                recipient=claim.recipient,
                period=claim.period,
                parts=tuple(
                    m for m in found if relations[(m.document_id, m.start)] == Link.PART_OF
                ),
                mentions=claim.mentions - count,
                documents=claim.documents - len(documents),
                specific=claim_category(claim.kind_category, claim.kind_group)
                if claim.kind_category and claim.kind_group
                else None,
                specific_weak=weakly_attributed(claim.kind_source),
                specific_document=claim.kind_document,
                kinds=tuple(
                    claim_category(category, group)
                    for category, group in zip(
                        claim.kind_categories, claim.kind_groups, strict=True
                    )
                ),
                changed=claim.id in lost,
            )
        )
    clustering = Clustering(seeds)
    for mention in sorted(mentions, key=lambda m: m.order):
        clustering.add(mention)
    drafts = clustering.drafts()
    claims.refold_claims(conn, [_row(d) for d in drafts], dropped, later, RECONCILER_VERSION)
    if block.kind != Kind.INCREMENT:
        givers = {donor_family(d.donor) for d in drafts} | {c.giver for c in so_far if c.id in lost}
        claims.refresh_conflicts(conn, block, givers)
    return True


def _before_adoptions(
    conn: Connection, block: ClaimBlock, since: claims.Since, moved: dict[int, int]
) -> tuple[claims.Since, list[claims.BlockMention], list[Mention]] | None:
    """`since` and the mentions from it on (as stored, and as the clustering reads them), moved
    back to the first figure before it that a later part may take (`clustering.Clustering._adopt`:
    a part its report links to a whole takes the claim an earlier report of the week stated with
    its figure): that claim's mentions are taken again with the part, as a rebuild takes them. So
    for the parts of the week before of the claims a document reconciled again held (`moved`):
    its part may have taken them, and be gone. None: too many to take again."""
    if moved:
        day = since[0] - datetime.timedelta(ADOPTION_DAYS)
        since = claims.first_part_between(conn, sorted(moved), day, since) or since
    later = claims.mentions_since(conn, block, since)
    while True:
        if len(later) > REFOLD_AT_MOST:
            return None
        mentions = [_mention(block, x) for x in later]
        earlier = []
        for part in mentions:  # each part's week and amount: a few small ranges of the index
            if part.link != Link.PART_OF or part.published is None or part.amount is None:
                continue
            day = part.published - datetime.timedelta(ADOPTION_DAYS)
            if (day, "") >= since:
                continue
            low, high = part.amount * (1 - WINDOW), part.amount * (1 + WINDOW)
            earlier += [
                m.order[:2]
                for m in (
                    _mention(block, x)
                    for x in claims.mentions_in_reach_before(conn, block, day, since, low, high)
                )
                if may_adopt(m, part)
            ]
        if not earlier:
            return since, later, mentions
        since = min(earlier)
        later = claims.mentions_since(conn, block, since)


def mention_row(m: Mention) -> claims.MentionRow:
    """A mention as stored: its place, block, receiver, period and link."""
    return claims.MentionRow(
        m.start,
        m.end,
        m.block,
        m.own_group,
        m.recipient,
        m.period,
        m.link,
        m.link_start,
    )


def _mention(block: ClaimBlock, m: claims.BlockMention) -> Mention:
    return Mention(
        document_id=m.document_id,
        document_key=m.document_key,
        start=m.start,
        end=m.end,
        block=block,
        published=m.published,
        value=m.value,
        unit=m.unit,
        qualifier=m.qualifier,
        value_eur=m.value_eur,
        category=m.category,
        group=m.group,
        donor=m.donor,
        recipient=m.recipient,
        period=m.period,
        link=Link(m.link) if m.link else None,
        link_start=m.link_start,
        donor_weak=weakly_attributed(m.donor_source),
        currency_giver=giver_from_currency(m.donor, m.unit, m.words_before),
        another=names_another(m.words_before),
        period_weak=weak_period(m.period, m.year_source),
        other_givers=frozenset(m.other_givers),
        other_years=frozenset(m.other_years),
        giver_named=m.giver_named,
        kind_weak=weakly_attributed(m.category_source),
    )


def _row(draft: ClaimDraft) -> claims.ClaimRow:
    return claims.ClaimRow(
        key=draft.key,
        block=draft.block,
        donor=draft.donor,
        giver=donor_family(draft.donor),
        recipient=draft.recipient,
        period=draft.period,
        category=draft.category,
        year=draft.year,
        value=draft.value,
        unit=draft.unit,
        qualifier=draft.qualifier,
        value_eur=draft.value_eur,
        mentions=draft.mentions,
        documents=draft.documents,
        conflict=draft.conflict,
        giver_guessed=draft.giver_guessed,
        seeded=draft.seeded,
        members=[(m.document_id, m.start, m.end, relation) for m, relation in draft.members],
    )


@stage_task(pipeline.RECONCILE_TASK)
def reconcile_document(document_id: int) -> None:
    reconcile_and_store(document_id)
