"""reconciler.reconcile: a document's figures → the claims of the blocks they are in.

The document's mentions are rewritten and each block it touches (before or now) is brought up to
date, in one transaction under the blocks' advisory locks: two documents of one block reconcile
one after the other, and the result is the same in any order of arrival.

Bringing a block up to date is one of two things, with the same result:
- the common case, a new document later than everything in the block: the clustering runs over
  the claims its mentions could join (amounts in reach; for kinds with conflicts, every claim
  of the givers involved) and the document's mentions, so the cost stays flat as the ledger
  grows. Earlier mentions of those claims decide as they did, since every claim they could
  have joined is among them, and the new ones come last;
- otherwise (a re-reconciled or an older document): the block is rebuilt from all of its
  mentions.
"""

import datetime
from dataclasses import asdict

from services.reconciler.clustering import ClaimDraft, Mention, reconcile_block
from services.reconciler.mentions import FigureFacts, document_mentions
from services.reconciler.rules import WINDOW, Kind, Link, donor_family
from shared import db, pipeline
from shared.db import Connection
from shared.errors import Permanent
from shared.failure_causes import MISSING
from shared.models import ClaimBlock
from shared.stage import stage_task
from shared.store import articles, claims

# Bump when a change can alter the claims of stored figures (reprocess --stage reconcile).
RECONCILER_VERSION = "2026.11.1"


def reconcile_and_store(document_id: int) -> int:
    """Reconcile one document; returns how many blocks were rebuilt."""
    with db.transaction() as conn:
        document = claims.lock_document(conn, document_id)
        if document is None:
            raise Permanent(f"document {document_id} does not exist", code=MISSING)
        figures = [FigureFacts(**asdict(f)) for f in claims.document_figures(conn, document_id)]
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
            scope = None if before else _appending_to(conn, block, document_id, published, new)
            rebuild_block(conn, block, scope=scope, document_id=document_id)
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
    block, with every claim of their givers where conflicts are judged (see the module's
    docstring); None when the block must be rebuilt."""
    if any(m.amount is None for m in new):
        return None
    latest = claims.latest_in_block(conn, block, document_id)
    if latest is not None:
        mine = (published or datetime.date.max, document_id)
        if mine <= (latest[0] or datetime.date.max, latest[1]):
            return None
    windows = [
        (m.amount * (1 - WINDOW), m.amount * (1 + WINDOW)) for m in new if m.amount is not None
    ]
    near = claims.claims_near(conn, block, windows) if windows else []
    if block.kind == Kind.INCREMENT:  # no conflicts among increments
        return near
    # A conflict is judged over all claims of a giver: take whole givers, those the document
    # names and those of the claims in reach (a mention without a giver may join any of them).
    givers = {donor_family(m.donor) for m in new} | set(claims.givers_of(conn, near))
    return sorted(set(near) | set(claims.claims_of_givers(conn, block, givers)))


def rebuild_block(
    conn: Connection,
    block: ClaimBlock,
    *,
    scope: list[int] | None = None,
    document_id: int | None = None,
) -> None:
    """Replace a block's claims (or the claims in `scope`, with the document's new mentions) by
    the ones their mentions make now."""
    stored = claims.block_mentions(conn, block, claim_ids=scope, document_id=document_id)
    mentions = [
        Mention(
            document_id=m.document_id,
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
        for m in stored
    ]
    drafts = reconcile_block(mentions)
    claims.replace_block_claims(
        conn, block, [_row(d) for d in drafts], RECONCILER_VERSION, stored, scope
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
        members=[(m.document_id, m.start, m.end, relation) for m, relation in draft.members],
    )


@stage_task(pipeline.RECONCILE_TASK)
def reconcile_document(document_id: int) -> None:
    reconcile_and_store(document_id)
