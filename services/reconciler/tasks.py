"""reconciler.reconcile: a document's figures → the claims of the blocks they are in.

The document's mentions are rewritten and each block it touches (before or now) is brought up to
date, in one transaction under the blocks' advisory locks: two documents of one block reconcile
one after the other, and the result is the same in any order of arrival.

Bringing a block up to date is one of two things, with the same result (a test compares them):
- the common case, a new document later than everything in the block: the clustering resumes
  from the stored claims its mentions could join (amounts in reach: each claim's stating
  mention, giver, receiver, period and parts) and takes the document's mentions, which come
  last; conflicts are then counted again for the givers involved. The cost depends on the claims
  in reach, not on the size of the ledger;
- otherwise (a re-reconciled or an older document): the block is rebuilt from all of its
  mentions.
"""

import datetime

from services.reconciler.clustering import ClaimDraft, Clustering, Mention, Seed, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import WINDOW, Kind, Link, donor_family
from shared import db, pipeline
from shared.db import Connection
from shared.errors import Permanent
from shared.failure_causes import MISSING
from shared.models import ClaimBlock
from shared.stage import stage_task
from shared.store import articles, claims, views

# Bump when a change can alter the claims of stored figures (reprocess --stage reconcile).
RECONCILER_VERSION = "2026.11.3"


def reconcile_and_store(document_id: int) -> int:
    """Reconcile one document; returns how many blocks were rebuilt."""
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
        claims.replace_document_mentions(
            conn,
            document_id,
            published,
            [
                claims.MentionRow(
                    m.start, m.end, m.block, m.recipient, m.period, m.link, m.link_start
                )
                for m in mentions
            ],
        )
        for block in sorted(blocks):
            new = [m for m in mentions if m.block == block]
            reach = None if before else _appending_to(conn, block, document_id, published, new)
            if reach is None:
                rebuild_block(conn, block)
            else:
                _join(conn, block, reach, new)
        claims.set_reconciled(conn, document_id, RECONCILER_VERSION)
        articles.mark_reconciled(conn, document_id)
        return len(blocks)


def _appending_to(
    conn: Connection,
    block: ClaimBlock,
    document_id: int,
    published: datetime.date | None,
    new: list[Mention],
) -> list[int] | None:
    """The claims a new document's mentions could join when it comes after everything in the
    block (see the module's docstring); None when the block must be rebuilt."""
    if any(m.amount is None for m in new):
        return None
    latest = claims.latest_in_block(conn, block, document_id)
    if latest is not None:
        mine = (published or datetime.date.max, new[0].document_key)
        if mine <= (latest[0] or datetime.date.max, latest[1]):
            return None
    windows = [
        (amount * (1 - WINDOW), amount * (1 + WINDOW), donor_family(m.donor))
        for m in new
        if (amount := m.amount) is not None  # always, past the check above: for the type
    ]
    return claims.claims_near(conn, block, windows) if windows else []


def rebuild_block(conn: Connection, block: ClaimBlock) -> None:
    """Replace a block's claims by the ones all of its mentions make now."""
    stored = claims.block_mentions(conn, block)
    mentions = [_mention(block, m) for m in stored]
    drafts = reconcile_block(mentions)
    claims.replace_block_claims(conn, block, [_row(d) for d in drafts], RECONCILER_VERSION, stored)


def _join(conn: Connection, block: ClaimBlock, reach: list[int], new: list[Mention]) -> None:
    """Add a later document's mentions to the claims in reach, or as claims of their own."""
    by_claim: dict[str, list[claims.SeedMention]] = {}
    for seed_mention in claims.seed_mentions(conn, reach):
        by_claim.setdefault(seed_mention.key, []).append(seed_mention)
    seeds = []
    for found in by_claim.values():
        stating = next((m for m in found if m.relation == "states"), None)
        if stating is None:  # its stating figure is gone until that document is reconciled
            continue
        seeds.append(
            Seed(
                key=stating.key,
                anchor=_mention(block, stating),
                donor=stating.claim_donor,
                recipient=stating.claim_recipient,
                period=stating.claim_period,
                parts=tuple(_mention(block, m) for m in found if m.relation == Link.PART_OF),
            )
        )
    clustering = Clustering(seeds)
    for mention in sorted(new, key=lambda m: m.order):
        clustering.add(mention)
    drafts = clustering.drafts()
    claims.add_to_claims(conn, block, [_row(d) for d in drafts], RECONCILER_VERSION)
    if block.kind != Kind.INCREMENT:
        claims.refresh_conflicts(conn, block, {donor_family(d.donor) for d in drafts})


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
        donor=m.donor,
        recipient=m.recipient,
        period=m.period,
        link=Link(m.link) if m.link else None,
        link_start=m.link_start,
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
        mentions=len(draft.members),
        documents=draft.documents,
        conflict=draft.conflict,
        seeded=draft.seeded,
        members=[(m.document_id, m.start, m.end, relation) for m, relation in draft.members],
    )


@stage_task(pipeline.RECONCILE_TASK)
def reconcile_document(document_id: int) -> None:
    reconcile_and_store(document_id)
