"""The fetcher's tasks: claim due feeds, poll one feed, download one article.

A feed's poll is not retried by Celery: its schedule is the retry. A failed poll is counted on the
feed by the stage wrapper (backoff, `failing` after N) and recorded in `failures`; an article's
download is retried like any transient error.

Both downloads first wait for their host's turn (`services.fetcher.ratelimit`, shared by every
worker through Redis); a task that would wait long re-sends itself with a countdown and returns,
which spends no retry and is not a failure.
"""

import hashlib
import logging
from dataclasses import asdict

from services.fetcher import ratelimit
from services.fetcher.feeds import parse_feed, poll_counts
from services.fetcher.http import FetchLimits, Response, download, tls_context
from shared import db, logs, metrics, pipeline, preload
from shared.celery_app import app, send, send_next
from shared.config import Settings, get_settings
from shared.errors import Permanent, Transient
from shared.failure_causes import MISSING
from shared.stage import stage_task
from shared.store import articles, feeds

CLAIM_BATCH = 500

log = logging.getLogger(__name__)


@preload.on_worker_start
def warm_up() -> None:
    # Every download's client uses it: built in the worker's parent, inherited by the pool.
    tls_context()


def fetch_limits(settings: Settings) -> FetchLimits:
    return FetchLimits(
        deadline_s=settings.fetch_deadline_s,
        max_bytes=settings.fetch_max_bytes,
        user_agent=settings.fetch_user_agent,
        allowed_networks=settings.fetch_allowed_entries,
    )


def counted_download(
    url: str, limits: FetchLimits, *, etag: str | None = None, last_modified: str | None = None
) -> Response:
    """`download`, with its response (or error status) and bytes counted in the metrics."""
    try:
        response = download(url, limits=limits, etag=etag, last_modified=last_modified)
    except (Permanent, Transient) as exc:
        metrics.count_failed_download(exc)
        raise
    metrics.count_download(response.status, len(response.body))
    return response


@app.task(name=pipeline.POLL_DUE_TASK, ignore_result=True)
def poll_due() -> int:
    """Beat's every-minute task: lease the due feeds and send each to poll_feed."""
    with db.transaction() as conn:
        feed_ids = feeds.claim_due_feeds(conn, CLAIM_BATCH)
    for feed_id in feed_ids:
        send(pipeline.POLL_FEED_TASK, feed_id)
    return len(feed_ids)


@stage_task(pipeline.POLL_FEED_TASK, retry=False)
def poll_feed(feed_id: int) -> None:
    settings = get_settings()
    with db.autocommit() as conn:  # one read
        feed = feeds.feed_to_poll(conn, feed_id)
    if feed is None or feed.status == feeds.FeedStatus.PAUSED:
        return
    defer_s = ratelimit.wait_turn(settings, feed.url)
    if defer_s is not None:
        send(pipeline.POLL_FEED_TASK, feed_id, countdown=defer_s)
        return
    # A failure here is counted on the feed by the stage wrapper, with backoff.
    logs.add(url=feed.url)
    response = counted_download(
        feed.url,
        fetch_limits(settings),
        etag=feed.etag,
        last_modified=feed.last_modified,
    )
    parsed = (
        None
        if response.not_modified
        else parse_feed(response.body, base_url=response.url, content_type=response.content_type)
    )

    new_ids: list[int] = []
    with db.transaction() as conn:
        for entry in parsed.entries if parsed else []:
            article_id, inserted = articles.insert_article(
                conn,
                url=entry.url,
                original_url=entry.original_url,
                source="feed",
                feed_id=feed_id,
                guid=entry.guid,
                title=entry.title,
                published_at=entry.published,
            )
            if inserted:
                new_ids.append(article_id)
        feeds.record_poll(
            conn,
            feed_id,
            etag=response.etag,
            last_modified=response.last_modified,
            title=parsed.title if parsed else None,
            counts=poll_counts(parsed, len(new_ids)) if parsed else None,
            parsed_with_errors=parsed.parsed_with_errors if parsed else False,
            feed_format=parsed.format if parsed else None,
            skipped_items=[asdict(item) for item in parsed.skipped] if parsed else (),
        )
    if parsed is not None and (parsed.items_skipped or parsed.parsed_with_errors):
        log.info(
            "feed %s: %d of %d items skipped %s%s",
            feed_id,
            parsed.items_skipped,
            parsed.items_seen,
            parsed.skip_counts,
            f"; parsed with errors: {parsed.bozo_reason}" if parsed.parsed_with_errors else "",
        )
    for article_id in new_ids:
        send(pipeline.FETCH_ARTICLE_TASK, article_id)


# A page that times out holds a download slot for the whole deadline: a few tries, not the
# stages' usual budget, so one slow server costs minutes, not the run.
@stage_task(pipeline.FETCH_ARTICLE_TASK, max_retries=lambda settings: settings.fetch_max_retries)
def fetch_article(article_id: int) -> None:
    with db.autocommit() as conn:  # one read
        found = articles.article_to_fetch(conn, article_id)
    if found is None:
        raise Permanent(f"article {article_id} does not exist", code=MISSING)
    url = found.original_url
    stage = pipeline.STAGE_BY_TASK[pipeline.FETCH_ARTICLE_TASK]
    if found.status == stage.takes:
        settings = get_settings()
        defer_s = ratelimit.wait_turn(settings, url)
        if defer_s is not None:
            send(pipeline.FETCH_ARTICLE_TASK, article_id, countdown=defer_s)
            return
        logs.add(url=url)
        response = counted_download(url, fetch_limits(settings))
        with db.transaction() as conn:
            articles.save_fetched(
                conn,
                article_id,
                http_status=response.status,
                content_type=response.content_type,
                body=response.body,
                body_sha256=hashlib.sha256(response.body).hexdigest(),
            )
    elif found.status != stage.gives:
        return  # delivered again after the chain moved on: nothing to do
    send_next(pipeline.FETCH_ARTICLE_TASK, article_id)
