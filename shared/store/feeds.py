"""The feed registry and its polls."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from psycopg.types.json import Jsonb

from shared.db import Connection
from shared.models import PollCounts
from shared.pipeline import TERMINAL
from shared.store import row, rows, scalar

# A feed's poll is retried by its schedule, not by Celery: failures push the next poll back.
MAX_BACKOFF_S = 24 * 3600


class FeedStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    FAILING = "failing"  # too many polls in a row failed; still polled, with backoff


@dataclass(frozen=True, slots=True)
class FeedToPoll:
    id: int
    url: str
    status: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class FeedRow:
    id: int
    url: str
    title: str | None
    status: str
    interval_s: int
    last_polled_at: datetime | None
    next_poll_at: datetime
    failures: int
    last_error: str | None
    articles_found: int
    # The last poll's account of its items, and how the document parsed.
    items_seen: int
    items_new: int
    items_duplicate: int
    items_skipped: int
    parsed_with_errors: bool
    feed_format: str | None


FEED_COLUMNS = tuple(FeedRow.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class FeedDetail:
    """A feed, whole: its row and the items its last poll skipped, each with the reason."""

    feed: FeedRow
    skipped_items: list[dict[str, Any]]


_FEED_SELECT = """
    SELECT id, url, title, status, poll_interval_s AS interval_s, last_polled_at,
           next_poll_at, consecutive_failures AS failures, last_error, articles_found,
           items_seen, items_new, items_duplicate, items_skipped, parsed_with_errors, feed_format
    FROM feeds
"""


@dataclass(frozen=True, slots=True)
class _Id:
    id: int


def add_feed(
    conn: Connection, url: str, interval_s: int, title: str | None = None
) -> tuple[int, bool]:
    """Register a feed unless its URL is known; returns (id, inserted). A title given here (an
    OPML outline's) is the operator's name for the feed and stays: polls only fill in a title
    that is missing."""
    inserted = row(
        conn,
        _Id,
        """
        INSERT INTO feeds (url, poll_interval_s, title) VALUES (%s, %s, %s)
        ON CONFLICT ((md5(url))) DO NOTHING RETURNING id
        """,
        (url, interval_s, title),
    )
    if inserted is not None:
        return inserted.id, True
    existing = row(conn, _Id, "SELECT id FROM feeds WHERE md5(url) = md5(%s)", (url,))
    assert existing is not None
    return existing.id, False


def list_feeds(conn: Connection) -> list[FeedRow]:
    return rows(conn, FeedRow, f"{_FEED_SELECT} ORDER BY id")


def feeds_by_trouble(conn: Connection, limit: int) -> list[FeedRow]:
    """At most `limit` feeds, the failing first, then by consecutive failures (a front end's
    short list: what needs looking at comes first)."""
    return rows(
        conn,
        FeedRow,
        f"""{_FEED_SELECT}
        ORDER BY status = %s DESC, consecutive_failures DESC, id LIMIT %s""",
        (FeedStatus.FAILING, limit),
    )


def feed_detail(conn: Connection, feed_id: int) -> FeedDetail | None:
    feed = row(conn, FeedRow, f"{_FEED_SELECT} WHERE id = %s", (feed_id,))
    if feed is None:
        return None
    skipped = scalar(conn, "SELECT skipped_items FROM feeds WHERE id = %s", (feed_id,))
    return FeedDetail(feed=feed, skipped_items=list(skipped))


def set_feed_status(conn: Connection, feed_id: int, status: FeedStatus) -> bool:
    """Pause, or resume (which also forgets past failures and makes the feed due now)."""
    updated = conn.execute(
        """
        UPDATE feeds SET status = %(status)s,
               consecutive_failures = CASE WHEN %(status)s = %(active)s THEN 0
                                           ELSE consecutive_failures END,
               next_poll_at = CASE WHEN %(status)s = %(active)s THEN now() ELSE next_poll_at END
        WHERE id = %(id)s
        """,
        {"status": status, "active": FeedStatus.ACTIVE, "id": feed_id},
    )
    return updated.rowcount > 0


def remove_feed(conn: Connection, feed_id: int) -> bool:
    """Forget a feed; its articles, documents and figures stay in the ledger."""
    return conn.execute("DELETE FROM feeds WHERE id = %s", (feed_id,)).rowcount > 0


def claim_due_feeds(conn: Connection, limit: int) -> list[int]:
    """Feeds due for a poll, leased until their next interval: two beats never claim one feed."""
    found = rows(
        conn,
        _Id,
        """
        WITH due AS (
            SELECT id FROM feeds
            WHERE status <> %(paused)s AND next_poll_at <= now()
            ORDER BY next_poll_at
            LIMIT %(limit)s
            FOR UPDATE SKIP LOCKED
        )
        UPDATE feeds f SET next_poll_at = now() + make_interval(secs => f.poll_interval_s)
        FROM due WHERE f.id = due.id
        RETURNING f.id
        """,
        {"paused": FeedStatus.PAUSED, "limit": limit},
    )
    return [r.id for r in found]


def feed_to_poll(conn: Connection, feed_id: int) -> FeedToPoll | None:
    return row(
        conn,
        FeedToPoll,
        "SELECT id, url, status, etag, last_modified FROM feeds WHERE id = %s",
        (feed_id,),
    )


def record_poll(
    conn: Connection,
    feed_id: int,
    *,
    etag: str | None,
    last_modified: str | None,
    title: str | None,
    counts: PollCounts | None,
    parsed_with_errors: bool = False,
    feed_format: str | None = None,
    skipped_items: Sequence[dict[str, Any]] = (),
) -> None:
    """A successful poll: validators kept, failures forgotten, every item of the document
    accounted for. A 304 (`counts` None) keeps the account of the unchanged document."""
    if counts is None:
        conn.execute(
            """
            UPDATE feeds SET etag = %(etag)s, last_modified = %(last_modified)s,
                   last_polled_at = now(), last_error = NULL, consecutive_failures = 0,
                   status = CASE WHEN status = %(failing)s THEN %(active)s ELSE status END
            WHERE id = %(id)s
            """,
            {
                "etag": etag,
                "last_modified": last_modified,
                "failing": FeedStatus.FAILING,
                "active": FeedStatus.ACTIVE,
                "id": feed_id,
            },
        )
        return
    conn.execute(
        """
        UPDATE feeds SET etag = %(etag)s, last_modified = %(last_modified)s,
               title = COALESCE(title, %(title)s), last_polled_at = now(), last_error = NULL,
               consecutive_failures = 0, articles_found = articles_found + %(new)s,
               status = CASE WHEN status = %(failing)s THEN %(active)s ELSE status END,
               items_seen = %(seen)s, items_new = %(new)s, items_duplicate = %(duplicate)s,
               items_skipped = %(skipped)s, parsed_with_errors = %(with_errors)s,
               feed_format = COALESCE(%(format)s, feed_format), skipped_items = %(skipped_items)s
        WHERE id = %(id)s
        """,
        {
            "etag": etag,
            "last_modified": last_modified,
            "title": title,
            "new": counts.items_new,
            "seen": counts.items_seen,
            "duplicate": counts.items_duplicate,
            "skipped": counts.items_skipped,
            "with_errors": parsed_with_errors,
            "format": feed_format,
            "skipped_items": Jsonb(list(skipped_items)),
            "id": feed_id,
            "failing": FeedStatus.FAILING,
            "active": FeedStatus.ACTIVE,
        },
    )


def record_poll_failure(
    conn: Connection,
    feed_id: int,
    error: str,
    *,
    max_failures: int,
    base_interval_s: float,
    retry_after_s: float | None,
) -> None:
    """A failed poll: counted, its error kept, the next poll pushed back; `failing` after N.

    The next poll waits what the server asked for (Retry-After), else the base interval doubled
    per failure in a row, at most a day.
    """
    conn.execute(
        """
        UPDATE feeds SET consecutive_failures = consecutive_failures + 1, last_error = %(error)s,
               last_polled_at = now(),
               next_poll_at = now() + make_interval(secs => least(%(cap)s, coalesce(
                   %(retry_after)s::float8,
                   %(base)s::float8 * 2 ^ least(consecutive_failures + 1, 10)))),
               status = CASE WHEN status <> %(paused)s AND consecutive_failures + 1 >= %(max)s
                             THEN %(failing)s ELSE status END
        WHERE id = %(id)s
        """,
        {
            "error": error[:2000],
            "cap": MAX_BACKOFF_S,
            "retry_after": retry_after_s,
            "base": base_interval_s,
            "max": max_failures,
            "paused": FeedStatus.PAUSED,
            "failing": FeedStatus.FAILING,
            "id": feed_id,
        },
    )


def unfinished_feed_articles(conn: Connection, feed_ids: Sequence[int]) -> int:
    """Articles of these feeds still on their way through the chain."""
    return int(
        scalar(
            conn,
            """
            SELECT count(*) FROM articles
            WHERE feed_id = ANY(%s) AND status <> ALL(%s)
            """,
            (list(feed_ids), list(TERMINAL)),
        )
    )


def feeds_polled_since(conn: Connection, feed_ids: Sequence[int], since: datetime) -> int:
    return int(
        scalar(
            conn,
            "SELECT count(*) FROM feeds WHERE id = ANY(%s) AND last_polled_at >= %s",
            (list(feed_ids), since),
        )
    )
