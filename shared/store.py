"""Every SQL statement the services run, one named function each. Callers own the transaction."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shared.db import Connection
from shared.models import CleanedDocument, Figure

TERMINAL_STATUSES = ("done", "skipped", "failed")


@dataclass(frozen=True, slots=True)
class ArticleBody:
    id: int
    original_url: str
    content_type: str | None
    raw_body: bytes
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class DocumentText:
    id: int
    text: str
    published_at: datetime | None
    extractor_version: str | None


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
    status: str = "pending",
    feed_id: int | None = None,
    guid: str | None = None,
    title: str | None = None,
    published_at: datetime | None = None,
) -> tuple[int, bool]:
    """Insert an article unless its URL (or its feed's GUID) is known; returns (id, inserted)."""
    row = conn.execute(
        """
        INSERT INTO articles (url, original_url, source, raw_body, body_sha256, content_type,
                              status, feed_id, guid, title, published_at, fetched_at)
        VALUES (%(url)s, %(original_url)s, %(source)s, %(raw_body)s, %(body_sha256)s,
                %(content_type)s, %(status)s, %(feed_id)s, %(guid)s, %(title)s, %(published_at)s,
                CASE WHEN %(raw_body)s::bytea IS NULL THEN NULL ELSE now() END)
        ON CONFLICT DO NOTHING
        RETURNING id
        """,
        {
            "url": url,
            "original_url": original_url,
            "source": source,
            "raw_body": raw_body,
            "body_sha256": body_sha256,
            "content_type": content_type,
            "status": status,
            "feed_id": feed_id,
            "guid": guid,
            "title": title,
            "published_at": published_at,
        },
    ).fetchone()
    if row is not None:
        return int(row["id"]), True
    existing = conn.execute(
        """
        SELECT id FROM articles
        WHERE md5(url) = md5(%(url)s)
           OR (%(guid)s::text IS NOT NULL AND feed_id = %(feed_id)s AND md5(guid) = md5(%(guid)s))
        ORDER BY id LIMIT 1
        """,
        {"url": url, "guid": guid, "feed_id": feed_id},
    ).fetchone()
    assert existing is not None, "ON CONFLICT skipped the insert, so a conflicting row exists"
    return int(existing["id"]), False


def article_body(conn: Connection, article_id: int) -> ArticleBody | None:
    row = conn.execute(
        """
        SELECT id, original_url, content_type, raw_body, published_at FROM articles
        WHERE id = %s AND raw_body IS NOT NULL
        """,
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    return ArticleBody(
        id=row["id"],
        original_url=row["original_url"],
        content_type=row["content_type"],
        raw_body=bytes(row["raw_body"]),
        published_at=row["published_at"],
    )


def set_article_status(
    conn: Connection, article_id: int, status: str, reason: str | None = None
) -> None:
    conn.execute(
        "UPDATE articles SET status = %s, status_reason = %s, updated_at = now() WHERE id = %s",
        (status, reason, article_id),
    )


def set_entity_status(
    conn: Connection, entity: str, entity_id: int, status: str, reason: str
) -> None:
    """Record a stage's end for the articles an entity stands for (an article, or a document's)."""
    if entity == "article":
        set_article_status(conn, entity_id, status, reason)
    elif entity == "document":
        mark_document_articles(conn, entity_id, status, reason)


def article_status_by_id(conn: Connection, article_ids: Sequence[int]) -> dict[int, str]:
    rows = conn.execute(
        "SELECT id, status FROM articles WHERE id = ANY(%s)", (list(article_ids),)
    ).fetchall()
    return {int(row["id"]): row["status"] for row in rows}


def article_statuses(conn: Connection, article_ids: Sequence[int]) -> dict[str, int]:
    rows = conn.execute(
        "SELECT status, count(*) AS n FROM articles WHERE id = ANY(%s) GROUP BY status",
        (list(article_ids),),
    ).fetchall()
    return {row["status"]: int(row["n"]) for row in rows}


# --- documents --------------------------------------------------------------------------------


def save_document(
    conn: Connection, article_id: int, doc: CleanedDocument, cleaner_version: str
) -> int:
    """Store clean text once per content hash and link the article to it; returns the document id.

    One story reached by two URLs is one document: the second article links to the first's row.
    """
    row = conn.execute(
        """
        INSERT INTO documents (text, text_sha256, title, author, language, published_at,
                               site_name, canonical_url, cleaner_version)
        VALUES (%(text)s, %(sha)s, %(title)s, %(author)s, %(language)s, %(published_at)s,
                %(site_name)s, %(canonical_url)s, %(cleaner_version)s)
        ON CONFLICT (text_sha256) DO UPDATE SET text_sha256 = EXCLUDED.text_sha256
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
        },
    ).fetchone()
    assert row is not None
    document_id = int(row["id"])
    conn.execute(
        """
        UPDATE articles SET document_id = %s, status = 'cleaned', status_reason = NULL,
                            updated_at = now()
        WHERE id = %s
        """,
        (document_id, article_id),
    )
    return document_id


def lock_document(conn: Connection, document_id: int) -> DocumentText | None:
    """Read a document for extraction, locked so two extractions of it run one at a time."""
    row = conn.execute(
        """
        SELECT id, text, published_at, extractor_version FROM documents WHERE id = %s FOR UPDATE
        """,
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    return DocumentText(
        id=row["id"],
        text=row["text"],
        published_at=row["published_at"],
        extractor_version=row["extractor_version"],
    )


def replace_figures(
    conn: Connection, document_id: int, extractor_version: str, figures: Iterable[Figure]
) -> int:
    """Replace a document's figures by this version's, and mark its articles done.

    Runs under lock_document's row lock, in one transaction: readers see the old set or the new one,
    never a mix of versions or nothing.
    """
    conn.execute("DELETE FROM figures WHERE document_id = %s", (document_id,))
    rows = [
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
        )
        for f in figures
    ]
    with conn.cursor() as cur:
        cur.executemany(
            """
            INSERT INTO figures (document_id, extractor_version, start_offset, end_offset, surface,
                                 sentence, value, unit, value_eur, qualifier, category,
                                 aid_related, donor, recipient, year)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
            ON CONFLICT DO NOTHING
            """,
            rows,
        )
    conn.execute(
        "UPDATE documents SET extractor_version = %s, extracted_at = now() WHERE id = %s",
        (extractor_version, document_id),
    )
    mark_document_articles(conn, document_id, "done")
    return len(rows)


def mark_document_articles(
    conn: Connection, document_id: int, status: str, reason: str | None = None
) -> None:
    conn.execute(
        """
        UPDATE articles SET status = %s, status_reason = %s, updated_at = now()
        WHERE document_id = %s
        """,
        (status, reason, document_id),
    )


# --- failures ---------------------------------------------------------------------------------


def record_failure(
    conn: Connection, *, task: str, entity: str, entity_id: int, error: BaseException
) -> None:
    """Count a failure once per (task, entity): attempts grow, rows don't."""
    message = (str(error).strip() or type(error).__name__).splitlines()[0][:2000]
    conn.execute(
        """
        INSERT INTO failures (task, entity, entity_id, error_class, message)
        VALUES (%s, %s, %s, %s, %s)
        ON CONFLICT (task, entity, entity_id) DO UPDATE
        SET error_class = EXCLUDED.error_class, message = EXCLUDED.message,
            attempts = failures.attempts + 1, last_seen = now(), resolved_at = NULL
        """,
        (task, entity, entity_id, type(error).__name__, message),
    )


def resolve_failure(conn: Connection, *, task: str, entity: str, entity_id: int) -> None:
    conn.execute(
        """
        UPDATE failures SET resolved_at = now()
        WHERE task = %s AND entity = %s AND entity_id = %s AND resolved_at IS NULL
        """,
        (task, entity, entity_id),
    )


# --- reading the ledger -----------------------------------------------------------------------

FIGURE_COLUMNS = (
    "doc",
    "value",
    "unit",
    "value_eur",
    "qualifier",
    "category",
    "aid_related",
    "donor",
    "recipient",
    "year",
    "start",
    "end",
    "text",
    "sentence",
    "extractor_version",
)


def list_figures(
    conn: Connection,
    *,
    doc: str | None = None,
    category: str | None = None,
    aid_only: bool = False,
    article_ids: Sequence[int] | None = None,
) -> list[dict[str, Any]]:
    """Stored figures in document order, each named by its first article's URL or file name."""
    return conn.execute(
        """
        SELECT a.original_url AS doc, f.value, f.unit, f.value_eur, f.qualifier, f.category,
               f.aid_related, f.donor, f.recipient, f.year, f.start_offset AS start,
               f.end_offset AS "end", f.surface AS text, f.sentence, f.extractor_version
        FROM figures f
        JOIN LATERAL (
            SELECT original_url FROM articles WHERE document_id = f.document_id ORDER BY id LIMIT 1
        ) a ON true
        WHERE (%(doc)s::text IS NULL OR a.original_url = %(doc)s)
          AND (%(category)s::text IS NULL OR f.category = %(category)s)
          AND (NOT %(aid_only)s OR f.aid_related)
          AND (%(article_ids)s::bigint[] IS NULL OR f.document_id IN (
                SELECT document_id FROM articles WHERE id = ANY(%(article_ids)s::bigint[])))
        ORDER BY a.original_url, f.start_offset
        """,
        {
            "doc": doc,
            "category": category,
            "aid_only": aid_only,
            "article_ids": list(article_ids) if article_ids is not None else None,
        },
    ).fetchall()


def counts(conn: Connection) -> dict[str, int]:
    row = conn.execute(
        """
        SELECT (SELECT count(*) FROM feeds) AS feeds,
               (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM documents) AS documents,
               (SELECT count(*) FROM figures) AS figures,
               (SELECT count(*) FROM failures WHERE resolved_at IS NULL) AS failures
        """
    ).fetchone()
    assert row is not None
    return {k: int(v) for k, v in row.items()}
