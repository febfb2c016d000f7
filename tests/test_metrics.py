"""Worker metrics: a real worker with AIDLEDGER_METRICS_PORT replays the seeds; its `/metrics`
has the task and figure counters summed over every process of its pool, the scrape-time gauges,
and a failed stage counted as failed, reported to Celery as FAILURE and still acknowledged."""

import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from services.cleaner.tasks import clean_article
from services.fetcher.ratelimit import redis_url
from shared import db, pipeline
from shared.celery_app import send
from shared.config import Settings
from shared.pipeline import ArticleStatus
from shared.stage import StageFailed
from shared.store import articles
from tests.support.ledger import counts, query, statuses
from tests.support.processes import running_worker

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
MISSING_ARTICLE = 987_654  # cleaner.clean on it fails: "article has no stored body"

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _scrape(port: int) -> Samples:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def _value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def _wait(condition: Callable[[], bool], what: str, worker: subprocess.Popen[bytes]) -> None:
    """Until `condition()` holds; the test's own timeout bounds it."""
    while not condition():
        assert worker.poll() is None, f"the worker exited while waiting for {what}"
        time.sleep(0.5)


@pytest.fixture
def metrics_worker(clean_db: Settings) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    extra = {
        "AIDLEDGER_METRICS_PORT": str(port),
        "AIDLEDGER_METRICS_HOST": "127.0.0.1",
        # Every child runs one task and is replaced: the counters must add up across processes,
        # those that have exited included.
        "AIDLEDGER_WORKER_MAX_TASKS_PER_CHILD": "1",
    }
    with running_worker(clean_db, extra=extra, concurrency=2) as process:
        yield process, port


def _serving(port: int) -> bool:
    try:
        _scrape(port)
    except (urllib.error.URLError, ConnectionError):
        return False
    return True


def test_metrics_after_a_replay(
    metrics_worker: tuple[subprocess.Popen[bytes], int], clean_db: Settings
) -> None:
    from services.cli.replay import store_files, wait_for

    worker, port = metrics_worker
    _wait(lambda: _serving(port), "/metrics", worker)
    ids, to_send = store_files(sorted(SEEDS.glob("*.txt")))
    for task_name, article_id in to_send:
        send(task_name, article_id)
    send(pipeline.CLEAN_TASK, MISSING_ARTICLE)
    wait_for(ids, timeout_s=180, worker=worker)
    _wait(lambda: len(query("SELECT id FROM failures")) == 1, "the failure", worker)
    figures = counts()["figures"]
    assert figures > 0

    def settled() -> bool:
        samples = _scrape(port)
        return (
            _value(samples, "aidledger_tasks_total", task=pipeline.EXTRACT_TASK, outcome="done")
            == 2
            and _value(samples, "aidledger_tasks_total", task=pipeline.CLEAN_TASK, outcome="failed")
            == 1
        )

    _wait(settled, "the counters", worker)
    samples = _scrape(port)

    assert _value(samples, "aidledger_tasks_total", task=pipeline.CLEAN_TASK, outcome="done") == 2
    assert _value(samples, "aidledger_figures_total") == figures
    assert _value(samples, "aidledger_task_seconds_count", task=pipeline.CLEAN_TASK) == 3
    assert _value(samples, "aidledger_task_seconds_count", task=pipeline.EXTRACT_TASK) == 2
    for queue in pipeline.QUEUES:
        assert ("aidledger_queue_messages", (("queue", queue),)) in samples
    for stage in pipeline.STAGES:
        assert _value(samples, "aidledger_oldest_pending_seconds", stage=stage.task) == 0
    assert query("SELECT cause FROM failures") == [{"cause": "not_article"}]
    # Failed, and acknowledged all the same: nothing waits or stays reserved in the broker.
    assert _value(samples, "aidledger_queue_messages", queue=pipeline.CLEAN) == 0
    assert clean_db.broker_url is not None
    client = redis.Redis.from_url(redis_url(clean_db.broker_url) or "")
    try:
        _wait(lambda: not client.hlen(f"{clean_db.broker_key_prefix}unacked"), "the acks", worker)
    finally:
        client.close()


def test_a_failed_stage_is_a_failure_to_celery(clean_db: Settings) -> None:
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(
            conn, url="https://a.example/x", original_url="x", source="manual",
            status=ArticleStatus.FETCHED,
        )  # fmt: skip

    result = clean_article.apply(args=(article_id,))  # as a worker runs it: traced, not direct

    assert result.state == "FAILURE"
    assert isinstance(result.result, StageFailed)
    assert query("SELECT status FROM articles") == [{"status": "failed"}]
    assert query("SELECT cause FROM failures") == [{"cause": "not_article"}]


PAGE = (
    b"<html><head><title>Aid</title></head><body><p>"
    + b"Aid figures. " * 200
    + b"</p></body></html>"
)


class _Pages(BaseHTTPRequestHandler):
    """/ok: a page; anything else: 404."""

    def do_GET(self) -> None:
        found = self.path == "/ok"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        body = PAGE if found else b"gone"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def pages() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_downloads_are_counted_by_status_class_and_bytes(clean_db: Settings, pages: str) -> None:
    port = _free_port()
    extra = {
        "AIDLEDGER_METRICS_PORT": str(port),
        "AIDLEDGER_FETCH_ALLOWED_NETWORKS": "127.0.0.1",
        "AIDLEDGER_FETCH_HOST_INTERVAL_S": "0",
    }
    ids = []
    with db.transaction() as conn:
        for path in ("/ok", "/gone"):
            article_id, _ = articles.insert_article(
                conn, url=pages + path, original_url=pages + path, source="manual"
            )
            ids.append(article_id)
    with running_worker(clean_db, extra=extra, concurrency=1) as worker:
        _wait(lambda: _serving(port), "/metrics", worker)
        for article_id in ids:
            send(pipeline.FETCH_ARTICLE_TASK, article_id)
        _wait(lambda: "pending" not in statuses(ids), "the downloads", worker)
        _wait(
            lambda: _value(_scrape(port), "aidledger_http_responses_total", code_class="4xx") == 1,
            "the counters",
            worker,
        )
        samples = _scrape(port)

    assert _value(samples, "aidledger_http_responses_total", code_class="2xx") == 1
    assert _value(samples, "aidledger_fetch_bytes_total") == len(PAGE)
    assert (
        _value(samples, "aidledger_tasks_total", task=pipeline.FETCH_ARTICLE_TASK, outcome="failed")
        == 1
    )
    assert query("SELECT cause, code FROM failures") == [
        {"cause": "http_4xx", "code": "http_client_error"}
    ]


def test_a_worker_whose_metrics_port_is_taken_still_works(clean_db: Settings) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with running_worker(clean_db, extra={"AIDLEDGER_METRICS_PORT": str(port)}) as worker:
            send(pipeline.CLEAN_TASK, MISSING_ARTICLE)
            _wait(lambda: bool(query("SELECT id FROM failures")), "the task", worker)

    assert query("SELECT cause FROM failures") == [{"cause": "not_article"}]
