"""Soak: the compose deployment against feeds that keep growing, for MINUTES, with a line a minute.

The stack is docker-compose.yml with the CI override (host networking, free ports, its own project,
torn down with its volumes at the end). A feed server on 127.0.0.1 serves FEEDS RSS feeds, each
gaining an item every ITEM_EVERY seconds; the items link to the benchmark's news pages (each copy
unique), and every BROKEN_EVERY-th item links to a page that always answers 500: those articles
fail on purpose after the fetcher's retries. The fetch worker's allow-list is that host:port only.

Every minute: articles fetched, cleaned and extracted (totals; articles with the same text share
one document), messages waiting per queue, the oldest article waiting for a stage, each
container's memory (`docker stats`) and each worker's own RSS (its processes, the healthcheck's
left out). At the end, the verdict on: backlog bounded (the last third's peak no higher than the
first two thirds', or small), each worker's RSS at the end within 20% of minute 5, and no failure
but the provoked ones.

    .venv/bin/python bench/soak.py --minutes 20        # make soak MINUTES=20
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

import psycopg
from psycopg.rows import dict_row

from bench.pipeline_support import Pages
from shared import celery_app, pipeline
from shared.broker_state import queue_messages
from shared.config import Settings
from shared.store import operations
from tests.compose.stack import WORKERS, Stack, free_port
from tests.fetcher.fetcher_testing import Item, rss20

MB = 2**20
BROKEN = "/broken/"


class GrowingFeeds:
    """FEEDS feeds on 127.0.0.1 that gain an item every `item_every_s` seconds each."""

    def __init__(self, feeds: int, item_every_s: float, broken_every: int, window: int = 30):
        self.feeds, self.item_every_s = feeds, item_every_s
        self.broken_every, self.window = broken_every, window
        self.pages = Pages()
        self.started = time.monotonic()
        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), _handler(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]

    def __enter__(self) -> GrowingFeeds:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def published(self) -> int:
        """Items each feed lists so far (one at start)."""
        return 1 + int((time.monotonic() - self.started) / self.item_every_s)

    def article_number(self, feed: int, item: int) -> int:
        return item * self.feeds + feed

    def is_broken(self, number: int) -> bool:
        return number % self.broken_every == self.broken_every - 1

    def feed_body(self, feed: int) -> bytes:
        newest = self.published()
        items = []
        for item in range(max(0, newest - self.window), newest):
            number = self.article_number(feed, item)
            path = f"{BROKEN}{number}" if self.is_broken(number) else f"/article/{number}"
            items.append(Item(guid=f"soak-{number}", title=f"Item {number}", link=self.url(path)))
        return rss20(list(reversed(items)), title=f"Soak feed {feed}")


def _handler(feeds: GrowingFeeds) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")
            if parts[0] == "feed" and len(parts) == 2:
                self._send(200, "application/rss+xml", feeds.feed_body(int(parts[1])))
            elif parts[0] == "article" and len(parts) == 2:
                self._send(200, "text/html; charset=utf-8", feeds.pages.page(int(parts[1])))
            elif self.path.startswith(BROKEN):
                self._send(500, "text/plain", b"provoked failure\n")
            else:
                self._send(404, "text/plain", b"not found\n")

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def sample(stack: Stack) -> dict[str, Any]:
    """One minute's figures, read from the stack's PostgreSQL, Redis and engine."""
    with psycopg.connect(stack.database_url, row_factory=dict_row) as conn:
        row = conn.execute(
            f"""
            SELECT (SELECT count(*) FROM articles WHERE fetched_at IS NOT NULL) AS fetched,
                   (SELECT count(*) FROM articles WHERE document_id IS NOT NULL) AS cleaned,
                   (SELECT count(*) FROM articles a JOIN documents d ON d.id = a.document_id
                      WHERE d.extracted_at IS NOT NULL) AS extracted,
                   (SELECT count(*) FROM documents) AS documents,
                   (SELECT count(*) FROM articles WHERE status = 'failed') AS failed,
                   (SELECT count(*) FROM failures f JOIN articles a
                      ON f.entity = 'article' AND a.id = f.entity_id
                      WHERE a.url LIKE '%{BROKEN}%') AS provoked,
                   (SELECT count(*) FROM failures f WHERE NOT EXISTS (
                      SELECT 1 FROM articles a WHERE f.entity = 'article'
                      AND a.id = f.entity_id AND a.url LIKE '%{BROKEN}%')) AS other_failures
            """  # noqa: S608 (a constant, no input)
        ).fetchone()
        assert row is not None
        waiting = operations.waiting(conn)
    oldest = max((w.oldest_s or 0.0 for w in waiting), default=0.0)
    return {
        **row,
        "queues": queue_messages(celery_app.app, pipeline.QUEUES),
        "oldest_s": oldest,
        "memory": stack.memory(),
        "rss": {worker: stack.process_memory(worker) for worker in WORKERS},
    }


def print_line(minute: int, s: dict[str, Any]) -> None:
    queues = " ".join(f"{q}={n}" for q, n in s["queues"].items())
    memory = " ".join(f"{name}={used / MB:.0f}" for name, used in sorted(s["memory"].items()))
    rss = " ".join(f"{name}={used / MB:.0f}" for name, used in s["rss"].items())
    print(
        f"min {minute:>3}  fetched {s['fetched']:>5}  cleaned {s['cleaned']:>5}  "
        f"extracted {s['extracted']:>5} ({s['documents']} documents)  "
        f"failed {s['failed']:>3} (provoked {s['provoked']}, other {s['other_failures']})  "
        f"queues {queues}  oldest {s['oldest_s']:.0f}s  "
        f"MiB {memory}  worker RSS MiB {rss}",
        flush=True,
    )


def verdict(samples: list[dict[str, Any]]) -> list[str]:
    """What failed of the soak's three promises; empty when all hold."""
    problems = []
    backlog = [sum(s["queues"].values()) for s in samples]
    split = max(1, len(backlog) * 2 // 3)
    early, late = max(backlog[:split]), max(backlog[split:] or [0])
    if late > max(early, 50):
        problems.append(f"backlog grew: peak {early} in the first two thirds, {late} after")
    if len(samples) >= 6:
        # The workers' own processes: a container's figure also holds the healthcheck's
        # `aidledger health` (about 100 MiB) whenever a sample meets one running.
        at5, end = samples[4]["rss"], samples[-1]["rss"]
        for worker in WORKERS:
            if worker in at5 and worker in end and end[worker] > 1.2 * at5[worker]:
                problems.append(
                    f"{worker} memory {at5[worker] / MB:.0f} MiB at minute 5, "
                    f"{end[worker] / MB:.0f} MiB at the end (over +20%)"
                )
    if samples[-1]["other_failures"]:
        problems.append(f"{samples[-1]['other_failures']} failures other than the provoked ones")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=20)
    parser.add_argument("--feeds", type=int, default=4)
    parser.add_argument("--item-every", type=float, default=20.0, help="Seconds per new item.")
    parser.add_argument("--broken-every", type=int, default=25, help="Every Nth item fails.")
    args = parser.parse_args()

    with GrowingFeeds(args.feeds, args.item_every, args.broken_every) as feeds:
        stack = Stack.create(
            "aidledger-soak",
            {
                "AIDLEDGER_FETCH_ALLOWED_NETWORKS": f"127.0.0.1:{feeds.port}",
                "AIDLEDGER_FEED_DEFAULT_INTERVAL_S": "60",
            },
        )
        celery_app.configure(Settings(database_url=stack.database_url, broker_url=stack.broker_url))
        stack.build()
        try:
            stack.up()
            stack.wait_healthy()
            for feed in range(args.feeds):
                stack.run("feeds", "add", feeds.url(f"/feed/{feed}"), "--interval", "1m")
            print(f"soak: {args.feeds} feeds on 127.0.0.1:{feeds.port}, an item each every "
                  f"{args.item_every:.0f} s, every {args.broken_every}th broken; "
                  f"{args.minutes} min; memory in MiB", flush=True)  # fmt: skip
            samples = []
            started = time.monotonic()
            for minute in range(1, args.minutes + 1):
                time.sleep(max(0.0, started + 60 * minute - time.monotonic()))
                samples.append(sample(stack))
                print_line(minute, samples[-1])
        finally:
            stack.down(volumes=True)
    problems = verdict(samples)
    for problem in problems:
        print(f"soak: FAIL: {problem}")
    print(f"soak: {'flat' if not problems else 'NOT flat'} over {args.minutes} min")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
