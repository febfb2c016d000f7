"""The pipeline's reads and writes along the chain: articles, their documents and figures.

Status words come from `shared.pipeline` as parameters; no status is written here as a literal.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from psycopg.types.json import Jsonb

from shared.db import Connection
from shared.models import CleanedDocument, Figure
from shared.pipeline import (
    CLEAN_TASK,
    CLEANER_HANDLED,
    EXTRACT_TASK,
    FETCH_ARTICLE_TASK,
    IN_FLIGHT,
    RECONCILE_TASK,
    STAGE_BY_TASK,
    ArticleStatus,
    reached_after,
)
from shared.store import row, rows

# What each stage's output makes of an article.
FETCHED = STAGE_BY_TASK[FETCH_ARTICLE_TASK].gives
CLEANED = STAGE_BY_TASK[CLEAN_TASK].gives
EXTRACTED = STAGE_BY_TASK[EXTRACT_TASK].gives
RECONCILED = STAGE_BY_TASK[RECONCILE_TASK].gives


@dataclass(frozen=True, slots=True)
class ArticleBody:
    id: int
    original_url: str
    content_type: str | None
    raw_body: bytes
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class ArticleToFetch:
    original_url: str
    status: str


@dataclass(frozen=True, slots=True)
class ArticleState:
    id: int
    status: str
    status_reason: str | None
    document_id: int | None


@dataclass(frozen=True, slots=True)
class DocumentText:
    id: int
    text: str
    text_sha256: str  # the document's key in the claims' order
    title: str | None
    published_at: datetime | None
    extractor_version: str | None


@dataclass(frozen=True, slots=True)
class StuckArticle:
    id: int
    status: str
    document_id: int | None
    resends: int  # this one included


@dataclass(frozen=True, slots=True)
class _Id:
    id: int


# --- articles ---------------------------------------------------------------------------------


def insert_article(
    conn: Connection,
    *,
    url: str,
    original_url: str,
    source: str,
    raw_body: bytes | None = None,
    body_sha256: str | None = None,
    content_type: str | None = None,
    status: ArticleStatus = ArticleStatus.PENDING,
    feed_id: int | None = None,
    guid: str | None = None,
    title: str | None = None,
    published_at: datetime | None = None,
) -> tuple[int, bool]:
    """Insert an article unless its URL (or its feed's GUID) is known; returns (id, inserted)."""
    inserted = row(
        conn,
        _Id,
        """
        INSERT INTO articles (url, original_url, source, raw_body, body_sha256, content_type,
                              status, feed_id, guid, title, published_at, fetched_at)
        VALUES (%(url)s, %(original_url)s, %(source)s, %(raw_body)s, %(body_sha256)s,
                %(content_type)s, %(status)s, %(feed_id)s, %(guid)s, %(title)s, %(published_at)s,
                CASE WHEN %(has_body)s THEN now() END)
        ON CONFLICT DO NOTHING
        RETURNING id
        """,
        {
            "url": url,
            "original_url": original_url,
            "source": source,
            "raw_body": raw_body,
            "has_body": raw_body is not None,
            "body_sha256": body_sha256,
            "content_type": content_type,
            "status": status,
            "feed_id": feed_id,
            "guid": guid,
            "title": title,
            "published_at": published_at,
        },
    )
    if inserted is not None:
        return inserted.id, True
    existing = row(
        conn,
        _Id,
        """
        SELECT id FROM articles
        WHERE md5(url) = md5(%(url)s)
           OR (%(guid)s::text IS NOT NULL AND feed_id = %(feed_id)s AND md5(guid) = md5(%(guid)s))
        ORDER BY id LIMIT 1
        """,
        {"url": url, "guid": guid, "feed_id": feed_id},
    )
    assert existing is not None, "ON CONFLICT skipped the insert, so a conflicting row exists"
    return existing.id, False


def article_to_fetch(conn: Connection, article_id: int) -> ArticleToFetch | None:
    return row(
        conn,
        ArticleToFetch,
        "SELECT original_url, status FROM articles WHERE id = %s",
        (article_id,),
    )


def save_fetched(
    conn: Connection,
    article_id: int,
    *,
    http_status: int,
    content_type: str | None,
    body: bytes,
    body_sha256: str,
) -> None:
    conn.execute(
        """
        UPDATE articles SET http_status = %s, content_type = %s, raw_body = %s, body_sha256 = %s,
               fetched_at = now(), status = %s, status_reason = NULL, updated_at = now()
        WHERE id = %s
        """,
        (http_status, content_type, body, body_sha256, FETCHED, article_id),
    )


def article_body(conn: Connection, article_id: int) -> ArticleBody | None:
    return row(
        conn,
        ArticleBody,
        """
        SELECT id, original_url, content_type, raw_body, published_at FROM articles
        WHERE id = %s AND raw_body IS NOT NULL
        """,
        (article_id,),
    )


def set_article_status(
    conn: Connection, article_id: int, status: ArticleStatus, reason: str | None = None
) -> None:
    conn.execute(
        "UPDATE articles SET status = %s, status_reason = %s, updated_at = now() WHERE id = %s",
        (status, reason, article_id),
    )


def mark_document_articles(
    conn: Connection, document_id: int, status: ArticleStatus, reason: str | None = None
) -> None:
    """Set the status of every article linked to a document (a document stands for them)."""
    conn.execute(
        """
        UPDATE articles SET status = %s, status_reason = %s, updated_at = now()
        WHERE document_id = %s
        """,
        (status, reason, document_id),
    )


def set_article_cleaner_version(conn: Connection, article_id: int, cleaner_version: str) -> None:
    """Remember which cleaner skipped or refused an article."""
    conn.execute(
        "UPDATE articles SET cleaner_version = %s WHERE id = %s", (cleaner_version, article_id)
    )


def article_states(conn: Connection, article_ids: Sequence[int]) -> list[ArticleState]:
    """Where each article is, in id order."""
    return rows(
        conn,
        ArticleState,
        """
        SELECT id, status, status_reason, document_id FROM articles
        WHERE id = ANY(%s) ORDER BY id
        """,
        (list(article_ids),),
    )


def article_state(conn: Connection, article_id: int) -> ArticleState:
    found = article_states(conn, [article_id])
    assert found, f"article {article_id} does not exist"
    return found[0]


def stale_articles(conn: Connection, cleaner_version: str, *, everything: bool) -> list[int]:
    """Articles with a stored body that another cleaner version handled."""
    found = rows(
        conn,
        _Id,
        """
        SELECT id FROM articles
        WHERE raw_body IS NOT NULL AND status = ANY(%(handled)s)
          AND (%(everything)s OR cleaner_version IS DISTINCT FROM %(version)s)
        ORDER BY id
        """,
        {"handled": list(CLEANER_HANDLED), "everything": everything, "version": cleaner_version},
    )
    return [r.id for r in found]


# --- documents and figures --------------------------------------------------------------------


def save_document(
    conn: Connection, article_id: int, doc: CleanedDocument, cleaner_version: str
) -> int:
    """Store clean text once per content hash and link the article to it; returns the document id.

    One story reached by two URLs is one document: the second article links to the first's row.
    """
    saved = row(
        conn,
        _Id,
        """
        INSERT INTO documents (text, text_sha256, title, author, language, published_at,
                               site_name, canonical_url, cleaner_version, quality,
                               quality_reasons)
        VALUES (%(text)s, %(sha)s, %(title)s, %(author)s, %(language)s, %(published_at)s,
                %(site_name)s, %(canonical_url)s, %(cleaner_version)s, %(quality)s,
                %(quality_reasons)s)
        ON CONFLICT (text_sha256) DO UPDATE SET
            title = EXCLUDED.title, author = EXCLUDED.author, language = EXCLUDED.language,
            published_at = EXCLUDED.published_at, site_name = EXCLUDED.site_name,
            canonical_url = EXCLUDED.canonical_url, cleaner_version = EXCLUDED.cleaner_version,
            quality = EXCLUDED.quality, quality_reasons = EXCLUDED.quality_reasons,
            -- The date feeds value_eur: figures of the old date must be extracted again.
            extractor_version = CASE
                WHEN documents.published_at IS DISTINCT FROM EXCLUDED.published_at THEN NULL
                ELSE documents.extractor_version END
        -- Same version: another URL of a known story; the first article's metadata stays.
        WHERE documents.cleaner_version IS DISTINCT FROM EXCLUDED.cleaner_version
        RETURNING id
        """,
        {
            "text": doc.text,
            "sha": doc.text_sha256,
            "title": doc.title,
            "author": doc.author,
            "language": doc.language,
            "published_at": doc.published_at,
            "site_name": doc.site_name,
            "canonical_url": doc.canonical_url,
            "cleaner_version": cleaner_version,
            "quality": doc.quality,
            "quality_reasons": list(doc.quality_reasons),
        },
    )
    if saved is None:  # the conflict's WHERE left the row alone
        saved = row(
            conn, _Id, "SELECT id FROM documents WHERE text_sha256 = %s", (doc.text_sha256,)
        )
    assert saved is not None
    # A late or duplicate delivery must not move an article back: it stays where it is (extracted
    # or done) when its document, figures in place, is the same.
    conn.execute(
        """
        UPDATE articles SET
            status = CASE WHEN status = ANY(%(past_extract)s) AND document_id = %(doc)s
                               AND (SELECT extractor_version IS NOT NULL
                                    FROM documents WHERE id = %(doc)s)
                          THEN status ELSE %(cleaned)s END,
            document_id = %(doc)s, status_reason = NULL, cleaner_version = %(version)s,
            updated_at = now()
        WHERE id = %(id)s
        """,
        {
            "doc": saved.id,
            "version": cleaner_version,
            "id": article_id,
            "past_extract": [EXTRACTED, *reached_after(EXTRACTED)],
            "cleaned": CLEANED,
        },
    )
    return saved.id


def delete_orphan_document(conn: Connection, document_id: int) -> bool:
    """Drop a document (and its figures) that no article links to any more."""
    deleted = conn.execute(
        """
        DELETE FROM documents d WHERE d.id = %s
          AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)
        """,
        (document_id,),
    )
    return deleted.rowcount > 0


def stale_documents(conn: Connection, extractor_version: str, *, everything: bool) -> list[int]:
    """Documents whose figures are not this extractor version's (all of them with `everything`)."""
    found = rows(
        conn,
        _Id,
        """
        SELECT id FROM documents
        WHERE %(everything)s OR extractor_version IS DISTINCT FROM %(version)s
        ORDER BY id
        """,
        {"everything": everything, "version": extractor_version},
    )
    return [r.id for r in found]


def lock_document(conn: Connection, document_id: int) -> DocumentText | None:
    """Read a document for extraction, locked so two extractions of it run one at a time.

    FOR NO KEY UPDATE, not FOR UPDATE: it serializes the stages of this document all the same,
    but leaves the key-share lock free that a foreign key takes when another transaction writes
    a row naming this document. A reconciliation refolding a block writes the claim mentions of
    later documents while it holds the block's lock; with FOR UPDATE it waited there for such a
    document's stage, which waited for the block: a deadlock (`test_reprocess_while_workers_
    extract`, 2026-12-02)."""
    return row(
        conn,
        DocumentText,
        """
        SELECT id, text, text_sha256, title, published_at, extractor_version FROM documents
        WHERE id = %s FOR NO KEY UPDATE
        """,
        (document_id,),
    )


def replace_figures(
    conn: Connection, document_id: int, extractor_version: str, figures: Iterable[Figure]
) -> int:
    """Replace a document's figures by this version's, and move its articles on.

    Runs under lock_document's row lock, in one transaction: readers see the old set or the new one,
    never a mix of versions or nothing.
    """
    conn.execute("DELETE FROM figures WHERE document_id = %s", (document_id,))
    values = [
        (
            document_id,
            extractor_version,
            f.start,
            f.end,
            f.surface,
            f.sentence,
            f.value,
            f.unit,
            f.value_eur,
            f.qualifier,
            f.category,
            f.aid_related,
            f.donor,
            f.recipient,
            f.year,
            Jsonb(f.attribution),
        )
        for f in figures
    ]
    with conn.cursor() as cur:
        cur.executemany(
            """
            INSERT INTO figures (document_id, extractor_version, start_offset, end_offset, surface,
                                 sentence, value, unit, value_eur, qualifier, category,
                                 aid_related, donor, recipient, year, attribution)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
            ON CONFLICT DO NOTHING
            """,
            values,
        )
    conn.execute(
        "UPDATE documents SET extractor_version = %s, extracted_at = now() WHERE id = %s",
        (extractor_version, document_id),
    )
    mark_extracted(conn, document_id)
    return len(values)


def mark_extracted(conn: Connection, document_id: int) -> None:
    """The document's figures are in place: its articles have passed the extract stage."""
    mark_document_articles(conn, document_id, EXTRACTED)


def mark_reconciled(conn: Connection, document_id: int) -> None:
    """The document's claims are in place: its articles are at the end of the chain."""
    mark_document_articles(conn, document_id, RECONCILED)


# --- the sweeper ------------------------------------------------------------------------------


def claim_stuck_articles(conn: Connection, older_than_s: float, limit: int) -> list[StuckArticle]:
    """Articles idle mid-chain for longer than `older_than_s`, their re-sends counted.

    Claimed rows get a fresh `updated_at`, so the next sweep leaves them alone for as long again.
    """
    return rows(
        conn,
        StuckArticle,
        """
        WITH stuck AS (
            SELECT id FROM articles
            WHERE status = ANY(%(in_flight)s)
              AND updated_at < now() - make_interval(secs => %(older_than_s)s)
            ORDER BY updated_at
            LIMIT %(limit)s
            FOR UPDATE SKIP LOCKED
        )
        UPDATE articles a SET updated_at = now(), resends = a.resends + 1
        FROM stuck WHERE a.id = stuck.id
        RETURNING a.id, a.status, a.document_id, a.resends
        """,
        {"in_flight": list(IN_FLIGHT), "older_than_s": older_than_s, "limit": limit},
    )
