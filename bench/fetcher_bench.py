"""Fetcher throughput through real workers: feeds served on loopback, polled, fetched, cleaned and
extracted. Prints feeds/s, articles/s and the peak memory of the worker process tree.

    .venv/bin/python bench/fetcher_bench.py [--feeds 500] [--items 20] [--concurrency 2]

Each feed is served on its own loopback address (127.1.x.y, one asyncio server listening on all of
them), so the per-host rate limit (1 request per second per host by default) paces each feed's
articles as it would real sites, without serializing the whole run on one host.

Services: `AIDLEDGER_DATABASE_URL` and `AIDLEDGER_BROKER_URL` when both are set (the bench then
adds its feeds and articles to that ledger: use a scratch database); otherwise embedded ones in a
temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psutil  # type: ignore[import-untyped]

from services.cli.worker import stop_worker, worker_argv
from shared import celery_app, db, migrate, pipeline
from shared.celery_app import send
from shared.config import Settings
from shared.embedded import services
from shared.store import feeds, views

_DONORS = ["Germany", "France", "Sweden", "Canada", "Japan", "Norway", "Poland", "Denmark"]
_KINDS = ["military aid", "humanitarian aid", "financial support", "security assistance"]


def host_for(feed: int) -> str:
    return f"127.1.{feed // 250}.{feed % 250 + 1}"


def article_page(feed: int, item: int) -> bytes:
    donor = _DONORS[(feed + item) % len(_DONORS)]
    kind = _KINDS[item % len(_KINDS)]
    amount = (feed * 37 + item * 11) % 900 + 10
    text = [
        f"{donor} pledged {amount} million euros in {kind} to Ukraine in 2025, officials in the "
        f"capital said on day {item + 1} of the conference (report {feed}-{item}).",
        f"The package follows {amount // 2 + 1} million euros announced last year and includes "
        "air defence, ammunition and support for the energy grid, according to the statement.",
        f"Ministers said that a further {item + 2} billion euros could follow in 2026 if the "
        "budget is approved, while aid groups warned that needs keep growing every month.",
        "About 3.7 million people remain displaced inside the country, the United Nations said, "
        "and repairs to damaged power plants will take years.",
    ]
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Report {feed}-{item}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Report {feed}-{item}</h1>\n{paragraphs}</article>"
        "<footer>Bench Wire</footer></body></html>"
    ).encode()


def feed_xml(feed: int, items: int, port: int) -> bytes:
    base = f"http://{host_for(feed)}:{port}"
    entries = "".join(
        f"<item><title>Report {feed}-{i}</title><link>{base}/a/{feed}/{i}.html</link>"
        f"<guid isPermaLink='false'>bench-{feed}-{i}</guid>"
        "<pubDate>Tue, 11 Feb 2025 10:00:00 GMT</pubDate></item>"
        for i in range(items)
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Bench feed {feed}</title><link>{base}/</link><description>bench</description>"
        f"{entries}</channel></rss>"
    ).encode()


class LoopbackSite:
    """One asyncio HTTP/1.0-style server (a request per connection) on many loopback addresses.

    Feeds in `slow` drip their answer at one byte a second; feeds in `hanging` never answer."""

    def __init__(
        self,
        feeds: int,
        items: int,
        slow: frozenset[int] = frozenset(),
        hanging: frozenset[int] = frozenset(),
    ) -> None:
        self.feeds = feeds
        self.items = items
        self.slow = slow
        self.hanging = hanging
        self.port = 0
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> LoopbackSite:
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("the bench server did not start")
        return self

    def __exit__(self, *_: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        hosts = [host_for(f) for f in range(self.feeds)]
        probe = self._loop.run_until_complete(
            asyncio.start_server(self._handle, host=hosts[0], port=0)
        )
        self.port = probe.sockets[0].getsockname()[1]
        probe.close()
        self._loop.run_until_complete(
            asyncio.start_server(self._handle, host=hosts, port=self.port, backlog=512)
        )
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            path = head.split(b" ", 2)[1].decode("ascii", "replace")
            self.requests += 1
            status, content_type, body = self._route(path)
            answer = (
                f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            feed = _feed_of(path)
            if feed in self.hanging:
                await asyncio.sleep(3600)  # until the client gives up and the loop stops
            elif feed in self.slow:
                for index in range(len(answer)):
                    writer.write(answer[index : index + 1])
                    await writer.drain()
                    await asyncio.sleep(1)
            else:
                writer.write(answer)
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, TimeoutError, IndexError):
            pass
        finally:
            writer.close()

    def _route(self, path: str) -> tuple[str, str, bytes]:
        parts = path.strip("/").split("/")
        try:
            if len(parts) == 2 and parts[0] == "feed":
                feed = int(parts[1].removesuffix(".xml"))
                return "200 OK", "application/rss+xml", feed_xml(feed, self.items, self.port)
            if len(parts) == 3 and parts[0] == "a":
                feed, item = int(parts[1]), int(parts[2].removesuffix(".html"))
                return "200 OK", "text/html; charset=utf-8", article_page(feed, item)
        except ValueError:
            pass
        return "404 Not Found", "text/plain", b"not found"


def _feed_of(path: str) -> int | None:
    """The feed a path belongs to (/feed/N.xml, /a/N/I.html)."""
    parts = path.strip("/").split("/")
    try:
        return int(parts[1].removesuffix(".xml")) if len(parts) >= 2 else None
    except ValueError:
        return None


@contextlib.contextmanager
def ledger_services() -> Iterator[Settings]:
    env_db, env_broker = (
        os.environ.get("AIDLEDGER_DATABASE_URL"),
        os.environ.get("AIDLEDGER_BROKER_URL"),
    )
    if env_db and env_broker:
        yield Settings(database_url=env_db, broker_url=env_broker, broker_key_prefix="bench:")
        return
    folder = Path(tempfile.mkdtemp(prefix="aidledger-bench-"))
    try:
        with services(Settings(data_dir=folder), broker=True) as settings:
            yield settings
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def tree_rss(process: subprocess.Popen[bytes]) -> int:
    try:
        root = psutil.Process(process.pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += proc.memory_info().rss
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args()

    with ledger_services() as settings, LoopbackSite(args.feeds, args.items) as site:
        assert settings.database_url is not None
        migrate.migrate(settings.database_url)
        db.configure(settings.database_url)
        celery_app.configure(settings)
        with db.transaction() as conn:
            feed_ids = [
                feeds.add_feed(conn, f"http://{host_for(f)}:{site.port}/feed/{f}.xml", 3600)[0]
                for f in range(args.feeds)
            ]
        env = {k: v for k, v in os.environ.items() if not k.startswith("AIDLEDGER_")}
        env.update(
            AIDLEDGER_DATABASE_URL=settings.database_url,
            AIDLEDGER_BROKER_URL=settings.broker_url or "",
            AIDLEDGER_BROKER_KEY_PREFIX=settings.broker_key_prefix,
            AIDLEDGER_FETCH_ALLOWED_NETWORKS="127.0.0.0/8",
        )
        worker = subprocess.Popen(
            worker_argv(list(pipeline.QUEUES), args.concurrency, "WARNING"), env=env
        )
        try:
            time.sleep(3)  # let the worker connect before the clock starts
            started_at, started = datetime.now(UTC), time.monotonic()
            for feed_id in feed_ids:
                send(pipeline.POLL_FEED_TASK, feed_id)
            peak, feeds_done_s = 0, None
            expected = args.feeds * args.items
            while time.monotonic() - started < args.timeout:
                peak = max(peak, tree_rss(worker))
                with db.transaction() as conn:
                    polled = feeds.feeds_polled_since(conn, feed_ids, started_at)
                    unfinished = feeds.unfinished_feed_articles(conn, feed_ids)
                    articles = views.counts(conn).articles
                if feeds_done_s is None and polled == len(feed_ids):
                    feeds_done_s = time.monotonic() - started
                if polled == len(feed_ids) and unfinished == 0 and articles >= expected:
                    break
                if worker.poll() is not None:
                    raise SystemExit(f"the worker exited with status {worker.returncode}")
                time.sleep(0.5)
            elapsed = time.monotonic() - started
        finally:
            stop_worker(worker)
        with db.transaction() as conn:
            summary = views.status_summary(conn)
        db.reset()

    done = summary.articles_by_status.get(pipeline.ArticleStatus.DONE, 0)
    print(f"feeds: {args.feeds} x {args.items} items, worker concurrency {args.concurrency}")
    print(f"requests served: {site.requests}")
    print(f"articles by status: {summary.articles_by_status}")
    print(f"figures: {summary.counts.figures}, open failures: {summary.counts.failures}")
    feeds_s = feeds_done_s or elapsed
    print(f"all feeds polled in {feeds_s:.1f} s: {args.feeds / feeds_s:.1f} feeds/s")
    print(f"all articles through extract in {elapsed:.1f} s: {done / elapsed:.1f} articles/s")
    print(f"peak worker memory (RSS, whole process tree): {peak / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
