"""reconciler.reconcile: a document's figures → the claims of the blocks they are in.

The document's mentions are rewritten and each block it touches (before or now) is rebuilt from
all of the block's mentions, in one transaction under the blocks' advisory locks: two documents
of one block reconcile one after the other, and the result is the same in any order of arrival.
"""

from dataclasses import asdict

from services.reconciler.clustering import ClaimDraft, Mention, reconcile_block
from services.reconciler.mentions import FigureFacts, document_mentions
from services.reconciler.rules import Link
from shared import db, pipeline
from shared.db import Connection
from shared.errors import Permanent
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
            raise Permanent(f"document {document_id} does not exist")
        figures = [FigureFacts(**asdict(f)) for f in claims.document_figures(conn, document_id)]
        published = document.published_at.date() if document.published_at else None
        mentions = document_mentions(document_id, document.text, figures, published)
        blocks = {m.block for m in mentions} | set(claims.document_blocks(conn, document_id))
        claims.lock_blocks(conn, blocks)
        claims.replace_document_mentions(
            conn,
            document_id,
            [
                claims.MentionRow(
                    m.start, m.end, m.block, m.recipient, m.period, m.link, m.link_start
                )
                for m in mentions
            ],
        )
        for block in sorted(blocks):
            rebuild_block(conn, block)
        claims.set_reconciled(conn, document_id, RECONCILER_VERSION)
        articles.mark_reconciled(conn, document_id)
        return len(blocks)


def rebuild_block(conn: Connection, block: ClaimBlock) -> None:
    """Replace a block's claims by the ones its mentions make now."""
    stored = claims.block_mentions(conn, block)
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
    claims.replace_block_claims(conn, block, [_row(d) for d in drafts], RECONCILER_VERSION, stored)


def _row(draft: ClaimDraft) -> claims.ClaimRow:
    return claims.ClaimRow(
        key=draft.key,
        block=draft.block,
        donor=draft.donor,
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
