"""Faults (4) and (5): the same task delivered many times at once, and a reprocess racing the
workers. At-least-once delivery is only safe if every effect is keyed: one document per text, one
extraction per document and version, and figures replaced in one transaction under the document's
row lock.

The database is the run's (clean_db); the broker is the test's own Redis, so nothing it leaves
queued can reach another test's worker.
"""

import random
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from reliability_testing import (
    Article,
    OwnRedis,
    assert_exact_ledger,
    make_articles,
    query,
    running_worker,
    scratch_dir,
    send_all,
    sender,
    summary,
    wait_until,
    write_articles,
)

from services.cleaner.tasks import clean_and_store
from services.cli.replay import store_files
from services.extractor.figures import EXTRACTOR_VERSION
from services.extractor.tasks import extract_and_store
from services.reconciler.tasks import reconcile_and_store
from shared import db, pipeline
from shared.config import Settings

DELIVERIES = 10
OLD_VERSION = "reliability-old"


@dataclass
class Setup:
    base: Path
    broker: OwnRedis
    settings: Settings
    url: str
    articles: list[Article]
    article_ids: list[int]


@contextmanager
def stored(clean_db: Settings, count: int, name: str) -> Iterator[Setup]:
    """`count` articles stored (status fetched) in the run's database, and an own Redis."""
    articles = make_articles(count)
    with scratch_dir(f"aidledger-rel-{name}-") as base, OwnRedis(base / "redis") as broker:
        settings = clean_db.model_copy(update={"broker_url": broker.url, "broker_key_prefix": ""})
        assert settings.database_url is not None
        ids, to_send = store_files(write_articles(base / "articles", articles))
        assert len(ids) == len(to_send) == count
        yield Setup(base, broker, settings, settings.database_url, articles, ids)


def drained(broker: OwnRedis, queue: str) -> bool:
    """Nothing waiting on `queue` and nothing delivered but unacknowledged, for a whole second."""
    for _ in range(5):
        lengths = broker.queue_lengths()
        if lengths[queue] or lengths["unacked"]:
            return False
        time.sleep(0.2)
    return True


def figure_rows_ever_inserted(url: str) -> tuple[int, int]:
    """(figures now, highest figure id): equal when no extraction ran twice on a document, since
    clean_db restarts the ids at 1 and every replacement inserts rows with fresh ids."""
    rows = query(url, "SELECT count(*) AS n, coalesce(max(id), 0) AS top FROM figures")
    return int(rows[0]["n"]), int(rows[0]["top"])


@pytest.mark.slow
def test_same_extract_delivered_ten_times_at_once(clean_db: Settings) -> None:
    """Every document's extractor.extract sent 10 times in a row, two worker processes: each
    extraction runs once, the other 9 deliveries find this version's figures and change nothing."""
    with stored(clean_db, 20, "dup-extract") as s:
        documents = [clean_and_store(article_id) for article_id in s.article_ids]
        assert len(set(documents)) == 20
        app = sender(s.settings)
        send_all(app, pipeline.EXTRACT_TASK, [d for d in documents for _ in range(DELIVERIES)])
        assert s.broker.queue_lengths()["extract"] == 20 * DELIVERIES

        with running_worker(
            s.settings, [pipeline.EXTRACT, pipeline.RECONCILE], 2, s.base / "worker.log"
        ) as worker:
            wait_until(
                lambda: summary(s.url)["done"] == 20 and drained(s.broker, pipeline.EXTRACT),
                timeout_s=120,
                what="200 deliveries consumed",
            )
            assert worker.alive(), worker.log_tail()
            crashes = worker.log_count(r"ERROR|crashed|Traceback")
        assert_exact_ledger(s.url, s.articles)
        # 20 articles with 1, 2, 3, 1, 2, 3, ... figures: 39 rows, inserted once each.
        assert figure_rows_ever_inserted(s.url) == (39, 39)
        assert crashes == 0


@pytest.mark.slow
def test_same_clean_delivered_ten_times_at_once(clean_db: Settings) -> None:
    """Every article's cleaner.clean sent 10 times in a row: one document per text, each clean
    hands on an extraction, and still each document is extracted once."""
    with stored(clean_db, 20, "dup-clean") as s:
        app = sender(s.settings)
        send_all(app, pipeline.CLEAN_TASK, [a for a in s.article_ids for _ in range(DELIVERIES)])
        queues = [pipeline.CLEAN, pipeline.EXTRACT, pipeline.RECONCILE]
        with running_worker(s.settings, queues, 2, s.base / "worker.log") as worker:
            wait_until(
                lambda: (
                    drained(s.broker, pipeline.CLEAN)
                    and drained(s.broker, pipeline.EXTRACT)
                    and summary(s.url)["done"] == 20
                ),
                timeout_s=120,
                what="200 clean and 200 extract deliveries consumed",
            )
            assert worker.alive(), worker.log_tail()
            crashes = worker.log_count(r"ERROR|crashed|Traceback")
        assert_exact_ledger(s.url, s.articles)
        assert figure_rows_ever_inserted(s.url) == (39, 39)
        assert crashes == 0


# One statement, so one snapshot even in READ COMMITTED: what any reader can ever see.
BY_DOCUMENT = """
    SELECT d.id, d.extractor_version, count(f.id) AS n,
           count(DISTINCT f.extractor_version) AS versions,
           coalesce(bool_and(f.extractor_version = d.extractor_version), false) AS own
    FROM documents d LEFT JOIN figures f ON f.document_id = d.id
    GROUP BY d.id
"""


def violations(rows: list[dict[str, Any]], expected: dict[int, int]) -> list[dict[str, Any]]:
    """Documents with figures of two versions, or not their own version's full set (none, or a
    partial one)."""
    return [
        r for r in rows if r["versions"] != 1 or not r["own"] or r["n"] != expected[int(r["id"])]
    ]


def version_violations(url: str, expected: dict[int, int]) -> list[dict[str, Any]]:
    return violations(query(url, BY_DOCUMENT), expected)


class Watcher(threading.Thread):
    """Checks the invariant over and over while the writers race; bounded by `stop()`."""

    def __init__(self, url: str, expected: dict[int, int]) -> None:
        super().__init__(daemon=True)
        self.url, self.expected = url, expected
        self.violations: list[dict[str, Any]] = []
        self.checks = 0
        self.error: BaseException | None = None
        self._stop_event = threading.Event()

    def run(self) -> None:
        try:
            with psycopg.connect(self.url, autocommit=True, row_factory=dict_row) as conn:
                while not self._stop_event.is_set():
                    rows = conn.execute(BY_DOCUMENT).fetchall()
                    self.violations += violations(rows, self.expected)
                    self.checks += 1
        except BaseException as exc:
            self.error = exc

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=30)
        assert not self.is_alive()


ROUNDS = 3


@pytest.mark.slow
def test_reprocess_while_workers_extract(clean_db: Settings) -> None:
    """Each round makes every document stale, then re-extracts it twice at once: forced
    `extract_and_store` then `reconcile_and_store` in 4 threads here (what `aidledger reprocess
    --stage extract --all` runs) and extractor.extract deliveries to a worker with 2 processes.
    No snapshot and no end state shows a document with figures of two versions, or none."""
    with stored(clean_db, 60, "reprocess") as s:
        documents = [clean_and_store(article_id) for article_id in s.article_ids]
        expected = {d: len(a.figures) for d, a in zip(documents, s.articles, strict=True)}
        for d in documents:
            assert extract_and_store(d)
        assert version_violations(s.url, expected) == []
        app = sender(s.settings)
        rng = random.Random(6)

        with running_worker(
            s.settings, [pipeline.EXTRACT, pipeline.RECONCILE], 2, s.base / "worker.log"
        ) as worker:
            for round_ in range(ROUNDS):
                with db.transaction() as conn:
                    conn.execute("UPDATE figures SET extractor_version = %s", (OLD_VERSION,))
                    conn.execute("UPDATE documents SET extractor_version = %s", (OLD_VERSION,))
                assert version_violations(s.url, expected) == []
                watcher = Watcher(s.url, expected)
                watcher.start()
                try:
                    send_all(app, pipeline.EXTRACT_TASK, rng.sample(documents, len(documents)))
                    with ThreadPoolExecutor(max_workers=4) as pool:
                        forced = pool.map(
                            lambda d: extract_and_store(d, force=True) and reconcile_and_store(d),
                            rng.sample(documents, len(documents)),
                            timeout=120,
                        )
                        assert all(forced)
                    wait_until(
                        lambda: (
                            drained(s.broker, pipeline.EXTRACT)
                            and drained(s.broker, pipeline.RECONCILE)
                        ),
                        timeout_s=120,
                        what=f"round {round_}'s deliveries consumed",
                    )
                finally:
                    watcher.stop()
                assert watcher.error is None, watcher.error
                assert watcher.checks > 0
                assert watcher.violations == [], watcher.violations[:5]
                assert version_violations(s.url, expected) == []
                assert summary(s.url)["documents_not_current"] == 0
            assert worker.alive(), worker.log_tail()
            crashes = worker.log_count(r"ERROR|crashed|Traceback")
        assert_exact_ledger(s.url, s.articles)
        assert query(s.url, "SELECT DISTINCT extractor_version AS v FROM figures") == [
            {"v": EXTRACTOR_VERSION}
        ]
        assert crashes == 0
