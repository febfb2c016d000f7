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


def article_stages(
    conn: Connection, article_ids: Sequence[int]
) -> list[tuple[int, str, int | None]]:
    """(id, status, document_id) of each article."""
    rows = conn.execute(
        "SELECT id, status, document_id FROM articles WHERE id = ANY(%s) ORDER BY id",
        (list(article_ids),),
    ).fetchall()
    return [(int(r["id"]), r["status"], r["document_id"]) for r in rows]


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
        ON CONFLICT (text_sha256) DO UPDATE SET
            title = EXCLUDED.title, author = EXCLUDED.author, language = EXCLUDED.language,
            published_at = EXCLUDED.published_at, site_name = EXCLUDED.site_name,
            canonical_url = EXCLUDED.canonical_url, cleaner_version = EXCLUDED.cleaner_version,
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
        },
    ).fetchone()
    if row is None:  # the conflict's WHERE left the row alone
        row = conn.execute(
            "SELECT id FROM documents WHERE text_sha256 = %s", (doc.text_sha256,)
        ).fetchone()
    assert row is not None
    document_id = int(row["id"])
    # A late or duplicate delivery must not move a finished article back: it stays done when its
    # document, figures in place, is the same.
    conn.execute(
        """
        UPDATE articles SET
            status = CASE WHEN status = 'done' AND document_id = %(doc)s
                               AND (SELECT extractor_version IS NOT NULL
                                    FROM documents WHERE id = %(doc)s)
                          THEN 'done' ELSE 'cleaned' END,
            document_id = %(doc)s, status_reason = NULL, cleaner_version = %(version)s,
            updated_at = now()
        WHERE id = %(id)s
        """,
        {"doc": document_id, "version": cleaner_version, "id": article_id},
    )
    return document_id


def set_article_cleaner_version(conn: Connection, article_id: int, cleaner_version: str) -> None:
    """Remember which cleaner skipped or refused an article."""
    conn.execute(
        "UPDATE articles SET cleaner_version = %s WHERE id = %s", (cleaner_version, article_id)
    )


def stale_documents(conn: Connection, extractor_version: str, *, everything: bool) -> list[int]:
    """Documents whose figures are not this extractor version's (all of them with `everything`)."""
    rows = conn.execute(
        """
        SELECT id FROM documents
        WHERE %(everything)s OR extractor_version IS DISTINCT FROM %(version)s
        ORDER BY id
        """,
        {"everything": everything, "version": extractor_version},
    ).fetchall()
    return [int(r["id"]) for r in rows]


def stale_articles(conn: Connection, cleaner_version: str, *, everything: bool) -> list[int]:
    """Articles with a stored body that another cleaner version handled."""
    rows = conn.execute(
        """
        SELECT id FROM articles
        WHERE raw_body IS NOT NULL AND status IN ('cleaned', 'done', 'skipped', 'failed')
          AND (%(everything)s OR cleaner_version IS DISTINCT FROM %(version)s)
        ORDER BY id
        """,
        {"everything": everything, "version": cleaner_version},
    ).fetchall()
    return [int(r["id"]) for r in rows]


def article_state(conn: Connection, article_id: int) -> tuple[str, str | None, int | None]:
    """(status, status_reason, document_id) of an article."""
    row = conn.execute(
        "SELECT status, status_reason, document_id FROM articles WHERE id = %s", (article_id,)
    ).fetchone()
    assert row is not None, f"article {article_id} does not exist"
    return row["status"], row["status_reason"], row["document_id"]


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


# --- feeds ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedToPoll:
    id: int
    url: str
    status: str
    etag: str | None
    last_modified: str | None


def add_feed(conn: Connection, url: str, interval_s: int) -> tuple[int, bool]:
    row = conn.execute(
        """
        INSERT INTO feeds (url, poll_interval_s) VALUES (%s, %s)
        ON CONFLICT ((md5(url))) DO NOTHING RETURNING id
        """,
        (url, interval_s),
    ).fetchone()
    if row is not None:
        return int(row["id"]), True
    existing = conn.execute("SELECT id FROM feeds WHERE md5(url) = md5(%s)", (url,)).fetchone()
    assert existing is not None
    return int(existing["id"]), False


def list_feeds(conn: Connection) -> list[dict[str, Any]]:
    return conn.execute(
        """
        SELECT id, url, title, status, poll_interval_s AS interval_s, last_polled_at,
               next_poll_at, consecutive_failures AS failures, last_error, articles_found
        FROM feeds ORDER BY id
        """
    ).fetchall()


def set_feed_status(conn: Connection, feed_id: int, status: str) -> bool:
    """Pause, or resume (which also forgets past failures and makes the feed due now)."""
    updated = conn.execute(
        """
        UPDATE feeds SET status = %(status)s,
               consecutive_failures = CASE WHEN %(status)s = 'active' THEN 0
                                           ELSE consecutive_failures END,
               next_poll_at = CASE WHEN %(status)s = 'active' THEN now() ELSE next_poll_at END
        WHERE id = %(id)s
        """,
        {"status": status, "id": feed_id},
    )
    return updated.rowcount > 0


def remove_feed(conn: Connection, feed_id: int) -> bool:
    """Forget a feed; its articles, documents and figures stay in the ledger."""
    return conn.execute("DELETE FROM feeds WHERE id = %s", (feed_id,)).rowcount > 0


def claim_due_feeds(conn: Connection, limit: int) -> list[int]:
    """Feeds due for a poll, leased until their next interval: two beats never claim one feed."""
    rows = conn.execute(
        """
        WITH due AS (
            SELECT id FROM feeds
            WHERE status <> 'paused' AND next_poll_at <= now()
            ORDER BY next_poll_at
            LIMIT %s
            FOR UPDATE SKIP LOCKED
        )
        UPDATE feeds f SET next_poll_at = now() + make_interval(secs => f.poll_interval_s)
        FROM due WHERE f.id = due.id
        RETURNING f.id
        """,
        (limit,),
    ).fetchall()
    return [int(r["id"]) for r in rows]


def feed_to_poll(conn: Connection, feed_id: int) -> FeedToPoll | None:
    row = conn.execute(
        "SELECT id, url, status, etag, last_modified FROM feeds WHERE id = %s", (feed_id,)
    ).fetchone()
    return None if row is None else FeedToPoll(**row)


def record_poll(
    conn: Connection,
    feed_id: int,
    *,
    etag: str | None,
    last_modified: str | None,
    title: str | None,
    new_articles: int,
) -> None:
    """A successful poll (304 included): validators kept, failures forgotten."""
    conn.execute(
        """
        UPDATE feeds SET etag = %(etag)s, last_modified = %(last_modified)s,
               title = COALESCE(%(title)s, title), last_polled_at = now(), last_error = NULL,
               consecutive_failures = 0, articles_found = articles_found + %(new)s,
               status = CASE WHEN status = 'failing' THEN 'active' ELSE status END
        WHERE id = %(id)s
        """,
        {
            "etag": etag,
            "last_modified": last_modified,
            "title": title,
            "new": new_articles,
            "id": feed_id,
        },
    )


def record_poll_failure(
    conn: Connection, feed_id: int, error: str, *, max_failures: int, retry_in_s: float
) -> None:
    """A failed poll: counted, its error kept, the next poll pushed back; `failing` after N."""
    conn.execute(
        """
        UPDATE feeds SET consecutive_failures = consecutive_failures + 1, last_error = %(error)s,
               last_polled_at = now(), next_poll_at = now() + make_interval(secs => %(retry)s),
               status = CASE WHEN status <> 'paused' AND consecutive_failures + 1 >= %(max)s
                             THEN 'failing' ELSE status END
        WHERE id = %(id)s
        """,
        {"error": error[:2000], "retry": retry_in_s, "max": max_failures, "id": feed_id},
    )


def feed_failures(conn: Connection, feed_id: int) -> int:
    row = conn.execute(
        "SELECT consecutive_failures FROM feeds WHERE id = %s", (feed_id,)
    ).fetchone()
    return 0 if row is None else int(row["consecutive_failures"])


def article_to_fetch(conn: Connection, article_id: int) -> tuple[str, str] | None:
    """(URL to download, status) of an article."""
    row = conn.execute(
        "SELECT original_url, status FROM articles WHERE id = %s", (article_id,)
    ).fetchone()
    return None if row is None else (row["original_url"], row["status"])


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
               fetched_at = now(), status = 'fetched', status_reason = NULL, updated_at = now()
        WHERE id = %s
        """,
        (http_status, content_type, body, body_sha256, article_id),
    )


def database_now(conn: Connection) -> datetime:
    """The database's clock, which stamps every row (the CLI's may differ)."""
    row = conn.execute("SELECT now() AS now").fetchone()
    assert row is not None
    return row["now"]  # type: ignore[no-any-return]


def unfinished_feed_articles(conn: Connection, feed_ids: Sequence[int]) -> int:
    row = conn.execute(
        """
        SELECT count(*) AS n FROM articles
        WHERE feed_id = ANY(%s) AND status NOT IN ('done', 'skipped', 'failed')
        """,
        (list(feed_ids),),
    ).fetchone()
    assert row is not None
    return int(row["n"])


def feeds_polled_since(conn: Connection, feed_ids: Sequence[int], since: datetime) -> int:
    row = conn.execute(
        "SELECT count(*) AS n FROM feeds WHERE id = ANY(%s) AND last_polled_at >= %s",
        (list(feed_ids), since),
    ).fetchone()
    assert row is not None
    return int(row["n"])


# --- the sweeper ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StuckArticle:
    id: int
    status: str
    document_id: int | None
    resends: int  # this one included


def claim_stuck_articles(conn: Connection, older_than_s: float, limit: int) -> list[StuckArticle]:
    """Articles idle mid-chain for longer than `older_than_s`, their re-sends counted.

    Claimed rows get a fresh `updated_at`, so the next sweep leaves them alone for as long again.
    """
    rows = conn.execute(
        """
        WITH stuck AS (
            SELECT id FROM articles
            WHERE status IN ('pending', 'fetched', 'cleaned')
              AND updated_at < now() - make_interval(secs => %s)
            ORDER BY updated_at
            LIMIT %s
            FOR UPDATE SKIP LOCKED
        )
        UPDATE articles a SET updated_at = now(), resends = a.resends + 1
        FROM stuck WHERE a.id = stuck.id
        RETURNING a.id, a.status, a.document_id, a.resends
        """,
        (older_than_s, limit),
    ).fetchall()
    return [StuckArticle(**row) for row in rows]


# --- operator views ---------------------------------------------------------------------------

FAILURE_COLUMNS = (
    "id",
    "task",
    "entity",
    "entity_id",
    "error_class",
    "message",
    "attempts",
    "first_seen",
    "last_seen",
)

# The status an article goes back to when the task that failed on it is retried.
RETRY_STATUS = {"fetcher.fetch_article": "pending", "cleaner.clean": "fetched"}


def list_failures(conn: Connection, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    return conn.execute(
        f"""
        SELECT {", ".join(FAILURE_COLUMNS)}, resolved_at FROM failures
        WHERE %s OR resolved_at IS NULL ORDER BY last_seen DESC
        """,  # noqa: S608 (column names are constants)
        (include_resolved,),
    ).fetchall()


def failure(conn: Connection, failure_id: int) -> dict[str, Any] | None:
    return conn.execute("SELECT * FROM failures WHERE id = %s", (failure_id,)).fetchone()


def prepare_retry(conn: Connection, task: str, entity: str, entity_id: int) -> None:
    """Put an article back where the failed task expects it."""
    if entity == "article" and task in RETRY_STATUS:
        set_article_status(conn, entity_id, RETRY_STATUS[task], "retry requested")


def status_summary(conn: Connection) -> dict[str, Any]:
    articles = conn.execute(
        "SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY status"
    ).fetchall()
    feeds = conn.execute(
        "SELECT status, count(*) AS n FROM feeds GROUP BY status ORDER BY status"
    ).fetchall()
    return {
        **counts(conn),
        "articles_by_status": {r["status"]: int(r["n"]) for r in articles},
        "feeds_by_status": {r["status"]: int(r["n"]) for r in feeds},
    }
