"""The fetcher's tasks against real PostgreSQL (and, for the end-to-end test, a real worker).

Feeds and pages are served on 127.0.0.1 by `LocalServer`. Only the end-to-end test needs a worker
and the CLI; the others call the tasks in this process (`InProcessChain` captures every message a
task sends and runs them here), which is fast and lets each test look at exactly what was
recorded.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from fetcher_testing import (
    ALLOW_LOCAL,
    FEEDS,
    Item,
    LocalServer,
    Reply,
    atom,
    conditional,
    rss10,
    rss20,
    running_local_worker,
    serve_site,
)

from services.cli.worker import Pool
from shared import db, pipeline
from shared.config import Settings, get_settings
from shared.store import articles, feeds, views
from shared.store.feeds import FeedStatus
from tests.support.chain import InProcessChain
from tests.support.ledger import counts as ledger_counts
from tests.support.processes import CliRunner

SEED_000 = "000_f0ac4543b9476d1e"
SEED_001 = "001_94711507541671b2"
FIVE = [SEED_000, SEED_001, "germany", "japan", "france"]


@pytest.fixture
def in_process(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., InProcessChain]]:
    """Make this process's settings allow 127.0.0.1 (plus `env`), and capture sent messages."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("AIDLEDGER_")}

    def setup(**env: str) -> InProcessChain:
        for key in [k for k in os.environ if k.startswith("AIDLEDGER_")]:
            del os.environ[key]
        os.environ.update({**ALLOW_LOCAL, **env})
        get_settings.cache_clear()
        return InProcessChain(monkeypatch)

    try:
        yield setup
    finally:
        for key in [k for k in os.environ if k.startswith("AIDLEDGER_")]:
            del os.environ[key]
        os.environ.update(saved)
        get_settings.cache_clear()


def _query(sql: str, *params: Any) -> list[dict[str, Any]]:
    with db.transaction() as conn:
        return conn.execute(sql, params).fetchall()


def _counts() -> dict[str, int]:
    return ledger_counts()


def _feed(feed_id: int) -> dict[str, Any]:
    return _query("SELECT * FROM feeds WHERE id = %s", feed_id)[0]


def _failures() -> list[dict[str, Any]]:
    return _query("SELECT * FROM failures ORDER BY id")


def _add_feed(url: str) -> int:
    with db.transaction() as conn:
        return feeds.add_feed(conn, url, 900)[0]


def _figure(slug: str, value: int, unit: str) -> list[dict[str, Any]]:
    with db.transaction() as conn:
        rows = [asdict(r) for r in views.list_figures(conn)]
    return [
        r
        for r in rows
        if f"/news/{slug}.html" in r["doc"] and r["value"] == Decimal(value) and r["unit"] == unit
    ]


def _near(when: datetime, seconds: float, slack: float = 15) -> bool:
    return abs((when - datetime.now(UTC)) - timedelta(seconds=seconds)) < timedelta(seconds=slack)


# --- the end-to-end test: CLI + a real worker ----------------------------------------------------


@pytest.mark.integration
def test_feed_to_figures_then_conditional_poll(
    clean_db: Settings, cli: CliRunner, local_server: LocalServer
) -> None:
    items = serve_site(local_server, FIVE)
    feed_url = local_server.add("/feed.xml", conditional(rss20(items)))
    added = cli("feeds", "add", feed_url)
    assert added.returncode == 0, added.stderr

    with running_local_worker(clean_db):
        first = cli("poll", "--wait", "--timeout", "180", env=ALLOW_LOCAL)
        assert first.returncode == 0, first.stderr
        after_first = _counts()
        assert after_first["articles"] == 5
        assert after_first["documents"] == 5
        assert after_first["figures"] > 0
        assert after_first["failures"] == 0
        assert {r["status"] for r in _query("SELECT status FROM articles")} == {"done"}

        second = cli("poll", "--wait", "--timeout", "180", env=ALLOW_LOCAL)
        assert second.returncode == 0, second.stderr
        assert _counts() == after_first

    # Every item's figures are in Postgres, with the values the text states.
    assert _figure(SEED_000, 50_000_000_000, "EUR")
    assert _figure(SEED_001, 20_000_000_000, "EUR")
    assert _figure("germany", 3_000_000_000, "EUR")
    assert _figure("japan", 450_000_000, "USD")
    assert _figure("france", 2_000_000_000, "EUR")
    germany = _figure("germany", 3_000_000_000, "EUR")[0]
    assert (germany["recipient"], germany["year"]) == ("Ukraine", 2025)
    # Tracking parameters are gone from the stored URL, kept in the original one.
    urls = _query("SELECT url, original_url, title, guid, published_at FROM articles ORDER BY id")
    assert all("utm_" not in r["url"] and "utm_source=rss" in r["original_url"] for r in urls)
    assert {r["guid"] for r in urls} == {f"tag:test,2025:{slug}" for slug in FIVE}
    assert all(r["published_at"] == datetime(2025, 2, 11, 10, tzinfo=UTC) for r in urls)

    # The second poll was conditional and answered 304; no page was downloaded twice.
    feed_hits = local_server.hits("/feed.xml")
    assert len(feed_hits) == 2
    assert "if-none-match" not in feed_hits[0].headers
    assert feed_hits[1].headers["if-none-match"] == '"v1"'
    assert feed_hits[1].headers["if-modified-since"] == "Tue, 11 Feb 2025 10:00:00 GMT"
    assert feed_hits[1].headers["user-agent"].startswith("aidledger/")
    for slug in FIVE:
        assert len(local_server.hits(f"/news/{slug}.html?utm_source=rss")) == 1
    feed = _feed(1)
    assert (feed["status"], feed["articles_found"], feed["etag"]) == ("active", 5, '"v1"')
    assert feed["last_error"] is None
    assert feed["consecutive_failures"] == 0


@pytest.mark.integration
def test_fetch_on_threads_beside_processes_for_the_rest(
    clean_db: Settings, cli: CliRunner, local_server: LocalServer
) -> None:
    """How `aidledger up` and compose run it: downloads on a thread pool, the computing stages
    on prefork processes, the same ledger at the end."""
    items = serve_site(local_server, FIVE)
    feed_url = local_server.feed("/feed.xml", rss20(items))
    assert cli("feeds", "add", feed_url).returncode == 0
    computing = [q for q in pipeline.QUEUES if q != pipeline.FETCH]

    with (
        running_local_worker(clean_db, queues=[pipeline.FETCH], concurrency=8, pool=Pool.threads),
        running_local_worker(clean_db, queues=computing),
    ):
        polled = cli("poll", "--wait", "--timeout", "180", env=ALLOW_LOCAL)
        assert polled.returncode == 0, polled.stderr

    assert {r["status"] for r in _query("SELECT status FROM articles")} == {"done"}
    assert _counts()["articles"] == 5
    assert _figure("germany", 3_000_000_000, "EUR")
    assert _failures() == []


# --- other formats, in process -----------------------------------------------------------------


@pytest.mark.parametrize("make_feed", [atom, rss10], ids=["atom", "rss10"])
def test_atom_and_rss10(
    in_process: Callable[..., InProcessChain],
    local_server: LocalServer,
    make_feed: Callable[[list[Item]], bytes],
) -> None:
    chain = in_process()
    items = serve_site(local_server, ["germany", SEED_000])
    feed_id = _add_feed(local_server.feed("/feed", make_feed(items), "application/xml"))

    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    assert [name for name, _, _ in chain.sent] == [pipeline.FETCH_ARTICLE_TASK] * 2
    ran = chain.drain()
    assert [name for name, _ in ran].count(pipeline.EXTRACT_TASK) == 2

    rows = _query("SELECT status, title, published_at, feed_id FROM articles ORDER BY id")
    assert [r["status"] for r in rows] == ["done", "done"]
    assert rows[0]["title"] == "Germany pledges more military aid"
    assert rows[0]["published_at"] == datetime(2025, 2, 11, 10, tzinfo=UTC)
    assert {r["feed_id"] for r in rows} == {feed_id}
    assert _figure("germany", 3_000_000_000, "EUR")
    assert _figure(SEED_000, 50_000_000_000, "EUR")
    assert _feed(feed_id)["articles_found"] == 2


def test_duplicate_guids_and_items_without_links(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process()
    (germany,) = serve_site(local_server, ["germany"])
    japan = serve_site(local_server, ["japan"])[0]
    twin = Item(guid=germany.guid, title="Same GUID", link=japan.link)
    body = rss20([germany, twin]).replace(
        b"</channel>",
        b"<item><title>No link</title><guid isPermaLink='false'>x</guid></item></channel>",
    )
    feed_id = _add_feed(local_server.feed("/feed.xml", body))
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    assert _query("SELECT original_url FROM articles") == [{"original_url": germany.link}]
    assert _feed(feed_id)["articles_found"] == 1
    assert _failures() == []


def test_repolling_a_changed_feed_adds_only_new_items(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process()
    items = serve_site(local_server, ["germany", "japan", "france"])
    feed_id = _add_feed(local_server.feed("/feed.xml", rss20(items[:2])))
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    local_server.feed("/feed.xml", rss20(items))  # one new item on top of the two known ones
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    fetches = [entity for name, entity, _ in chain.sent if name == pipeline.FETCH_ARTICLE_TASK]
    rows = _query("SELECT id, title FROM articles ORDER BY id")
    assert fetches == [r["id"] for r in rows]  # each article sent once, the known ones not again
    assert rows[-1]["title"] == "France sends financial support"
    assert _feed(feed_id)["articles_found"] == 3


# --- bad cases ---------------------------------------------------------------------------------


def _poll_failure(
    feed_id: int, *message_parts: str, error_class: str = "Permanent"
) -> dict[str, Any]:
    """The one open failures row for polling `feed_id`, checked to mention `message_parts`."""
    rows = _failures()
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row["task"], row["entity"], row["entity_id"]) == (
        pipeline.POLL_FEED_TASK,
        "feed",
        feed_id,
    )
    assert row["error_class"] == error_class
    assert row["resolved_at"] is None
    for part in message_parts:
        assert part in row["message"], row["message"]
    feed = _feed(feed_id)
    for part in message_parts:
        assert part in feed["last_error"], feed["last_error"]
    return row


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(status=404, body=b"gone"), "HTTP 404"),
        (Reply(status=500, body=b"oops"), "HTTP 500"),
        (
            Reply(headers={"Content-Type": "application/rss+xml"}, body=b"<rss><channel><item>"),
            "malformed XML",
        ),
        (
            Reply(
                headers={"Content-Type": "text/html"},
                body=b"<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>",
            ),
            "not a feed: HTML page",
        ),
        (
            Reply(status=302, headers={"Location": "http://10.1.2.3/feed.xml"}),
            "refused: 10.1.2.3 resolves to private address",
        ),
        (
            Reply(headers={"Content-Type": "application/rss+xml"}, body=b"<rss>" + b" " * 20_000),
            "body over 10000 bytes",
        ),
    ],
    ids=["404", "500", "malformed-xml", "html-page", "redirect-to-private", "over-cap"],
)
def test_bad_feed_is_a_recorded_failure(
    in_process: Callable[..., InProcessChain],
    local_server: LocalServer,
    reply: Reply,
    message: str,
) -> None:
    chain = in_process(AIDLEDGER_FETCH_MAX_BYTES="10000")
    feed_id = _add_feed(local_server.add("/feed.xml", reply))

    chain.run(pipeline.POLL_FEED_TASK, feed_id)

    # A server error may pass: it is filed as transient; the rest can't succeed as they are.
    row = _poll_failure(
        feed_id, message, error_class="Transient" if "500" in message else "Permanent"
    )
    assert row["attempts"] == 1
    feed = _feed(feed_id)
    assert (feed["status"], feed["consecutive_failures"], feed["articles_found"]) == (
        "active",
        1,
        0,
    )
    # Backoff: the next poll is pushed back to twice the default interval.
    assert _near(feed["next_poll_at"], 2 * 900)
    assert chain.sent == []
    assert _counts()["articles"] == 0


def test_429_honours_retry_after(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process()
    feed_id = _add_feed(
        local_server.add("/feed.xml", Reply(status=429, headers={"Retry-After": "120"}))
    )
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    _poll_failure(feed_id, "HTTP 429", "retry after 120 s", error_class="Transient")
    feed = _feed(feed_id)
    assert feed["consecutive_failures"] == 1
    assert _near(feed["next_poll_at"], 120)


def test_retry_after_far_away_is_capped(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process()
    feed_id = _add_feed(
        local_server.add("/feed.xml", Reply(status=503, headers={"Retry-After": "99999999"}))
    )
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    assert _near(_feed(feed_id)["next_poll_at"], 24 * 3600)


def test_feed_turns_failing_after_max_failures_and_recovers(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process(AIDLEDGER_FEED_MAX_FAILURES="3")
    feed_id = _add_feed(local_server.add("/feed.xml", Reply(status=500)))
    statuses = []
    for _ in range(4):
        chain.run(pipeline.POLL_FEED_TASK, feed_id)
        statuses.append(_feed(feed_id)["status"])
    assert statuses == ["active", "active", "failing", "failing"]
    row = _poll_failure(feed_id, "HTTP 500", error_class="Transient")
    assert row["attempts"] == 4
    feed = _feed(feed_id)
    assert feed["consecutive_failures"] == 4
    assert _near(feed["next_poll_at"], 900 * 2**4)  # exponential backoff

    # The feed comes back: the failure is resolved, the count forgotten, the feed active.
    (item,) = serve_site(local_server, ["japan"])
    local_server.feed("/feed.xml", rss20([item]))
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    feed = _feed(feed_id)
    assert (feed["status"], feed["consecutive_failures"], feed["last_error"]) == (
        "active",
        0,
        None,
    )
    assert _failures()[0]["resolved_at"] is not None
    assert _counts()["failures"] == 0


def test_paused_feed_is_not_fetched(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process()
    feed_id = _add_feed(local_server.feed("/feed.xml", rss20([])))
    with db.transaction() as conn:
        feeds.set_feed_status(conn, feed_id, FeedStatus.PAUSED)
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    assert local_server.hits("/feed.xml") == []
    assert _feed(feed_id)["last_polled_at"] is None


def test_article_404_fails_that_article_only(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process()
    good, missing = serve_site(local_server, ["germany", "japan"])
    del local_server.routes["/news/japan.html"]
    feed_id = _add_feed(local_server.feed("/feed.xml", rss20([good, missing])))
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    chain.drain()

    rows = _query("SELECT id, status, status_reason FROM articles ORDER BY id")
    assert [r["status"] for r in rows] == ["done", "failed"]
    assert rows[1]["status_reason"].startswith("Permanent: HTTP 404")
    (failure,) = _failures()
    assert (failure["task"], failure["entity"], failure["entity_id"]) == (
        pipeline.FETCH_ARTICLE_TASK,
        "article",
        rows[1]["id"],
    )
    assert failure["error_class"] == "Permanent"
    assert "HTTP 404" in failure["message"]
    assert "/news/japan.html" in failure["message"]
    assert _figure("germany", 3_000_000_000, "EUR")
    assert _feed(feed_id)["last_error"] is None  # the feed itself was fine


@pytest.mark.parametrize(
    "broken",
    [Reply(status=500), Reply(headers={"Content-Type": "text/xml"}, body=b"<rss><channel>&bad")],
    ids=["500", "malformed"],
)
def test_a_broken_poll_loses_nothing_stored_before(
    in_process: Callable[..., InProcessChain], local_server: LocalServer, broken: Reply
) -> None:
    chain = in_process()
    items = serve_site(local_server, ["germany", SEED_001])
    feed_id = _add_feed(local_server.feed("/feed.xml", rss20(items)))
    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    chain.drain()
    before = _counts()
    figures_before = _query("SELECT id, value, unit FROM figures ORDER BY id")
    assert before["articles"] == 2
    assert before["figures"] > 0

    local_server.add("/feed.xml", broken)
    chain.run(pipeline.POLL_FEED_TASK, feed_id)

    assert {**_counts(), "failures": 0} == {**before, "failures": 0}
    assert _counts()["failures"] == 1
    assert _query("SELECT id, value, unit FROM figures ORDER BY id") == figures_before
    assert {r["status"] for r in _query("SELECT status FROM articles")} == {"done"}
    feed = _feed(feed_id)
    assert feed["articles_found"] == 2
    assert feed["consecutive_failures"] == 1


def test_deleted_feed_or_article_is_not_an_error(
    in_process: Callable[..., InProcessChain],
) -> None:
    chain = in_process()
    chain.run(pipeline.POLL_FEED_TASK, 12345)
    assert _failures() == []
    chain.run(pipeline.FETCH_ARTICLE_TASK, 12345)
    (failure,) = _failures()
    assert failure["message"] == "article 12345 does not exist"


# --- the per-host rate limit, wired into the tasks ----------------------------------------------


def test_busy_host_defers_the_poll_without_counting_a_failure(
    in_process: Callable[..., InProcessChain],
    local_server: LocalServer,
    test_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chain = in_process(
        AIDLEDGER_BROKER_URL=test_settings.broker_url or "",
        AIDLEDGER_BROKER_KEY_PREFIX=test_settings.broker_key_prefix + "defer:",
        AIDLEDGER_DATABASE_URL=test_settings.database_url or "",
        AIDLEDGER_FETCH_HOST_INTERVAL_S="30",
    )
    first = _add_feed(local_server.feed("/a.xml", rss20([])))
    second = _add_feed(local_server.feed("/b.xml", rss20([])))

    chain.run(pipeline.POLL_FEED_TASK, first)  # books 127.0.0.1 for 30 s
    chain.run(pipeline.POLL_FEED_TASK, second)  # finds it booked: re-sent for later

    assert len(local_server.hits("/a.xml")) == 1
    assert local_server.hits("/b.xml") == []
    ((name, entity, countdown),) = chain.sent
    assert (name, entity) == (pipeline.POLL_FEED_TASK, second)
    assert countdown is not None
    assert 28 <= countdown <= 30 + 60
    feed = _feed(second)
    assert (feed["last_polled_at"], feed["consecutive_failures"]) == (None, 0)
    assert _failures() == []


def test_every_item_of_a_poll_is_accounted_for(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    chain = in_process()
    body = (FEEDS / "hostile_links.xml").read_bytes()
    feed_id = _add_feed(local_server.feed("/feed.xml", body))

    chain.run(pipeline.POLL_FEED_TASK, feed_id)
    chain.sent.clear()  # the one good link would be fetched; only the poll matters here
    first = _feed(feed_id)
    chain.run(pipeline.POLL_FEED_TASK, feed_id)  # the same document again: nothing new
    again = _feed(feed_id)

    assert first["items_seen"] == again["items_seen"] == 11
    assert first["items_new"] == _counts()["articles"] > 0
    assert first["items_skipped"] == again["items_skipped"] > 0
    assert again["items_new"] == 0
    assert again["items_duplicate"] == first["items_duplicate"] + first["items_new"]
    reasons = {item["reason"] for item in again["skipped_items"]}
    assert {"no_link", "unsafe_scheme"} <= reasons
    assert len(again["skipped_items"]) == again["items_skipped"]
    assert all(item["detail"] for item in again["skipped_items"])
    assert again["last_error"] is None
    assert _failures() == []


def test_an_article_download_has_a_retry_budget_of_its_own(
    in_process: Callable[..., InProcessChain], local_server: LocalServer
) -> None:
    """A slow or failing page is tried 1 + AIDLEDGER_FETCH_MAX_RETRIES times, not the stages'
    usual budget: one bad server costs a few deadlines, not the run."""
    chain = in_process(AIDLEDGER_FETCH_MAX_RETRIES="1", AIDLEDGER_TASK_MAX_RETRIES="5")
    url = local_server.add("/busy.html", Reply(status=503))
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(conn, url=url, original_url=url, source="feed")
    task = chain.app.tasks[pipeline.FETCH_ARTICLE_TASK]

    # Applied eagerly, Celery runs each retry at once: the whole budget in one call.
    result = task.apply(args=(article_id,))

    assert result.state == "FAILURE"
    (failure,) = _failures()
    assert (failure["task"], failure["error_class"]) == (pipeline.FETCH_ARTICLE_TASK, "Transient")
    assert len(local_server.hits("/busy.html")) == 2
