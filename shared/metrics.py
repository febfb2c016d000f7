"""Prometheus metrics of a worker: `/metrics` on `AIDLEDGER_METRICS_HOST:AIDLEDGER_METRICS_PORT`.

Off unless `AIDLEDGER_METRICS_PORT` is set; then every worker serves them (docs/operations.md).

A prefork worker runs its tasks in child processes, so the counters use prometheus_client's
multiprocess mode: each child writes its values to memory-mapped files in a folder private to the
worker (`PROMETHEUS_MULTIPROC_DIR`, made at `worker_init`, before the pool forks, and removed when
the worker stops), and the main process's HTTP server sums every file at scrape time, those of
children already replaced included, so a counter never goes back when a child is recycled.
The gauges (queue depth, oldest waiting article) are read from the broker and the ledger at
scrape time by a collector in the main process.

Recording (`observe_task`, `count_download`, ...) is a no-op in a process where metrics are off:
the CLI's `reprocess` runs the same stages and must not need any of this.
"""

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
from celery.signals import worker_init, worker_process_shutdown, worker_shutdown
from kombu.exceptions import OperationalError as BrokerError

from shared import pipeline
from shared.broker_state import queue_messages
from shared.celery_app import app
from shared.config import Settings, get_settings
from shared.failure_causes import Cause, cause_of
from shared.store import operations

log = logging.getLogger(__name__)

# Seconds: extraction takes milliseconds, a download up to the fetch deadline, a task at most
# its hard time limit (180 s by default).
TASK_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 180.0)
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


@dataclass(frozen=True, slots=True)
class _Metrics:
    tasks: Any  # prometheus_client.Counter (imported once multiprocess mode is chosen)
    task_seconds: Any
    fetch_bytes: Any
    http_responses: Any
    figures: Any


_metrics: _Metrics | None = None
_served: tuple[Any, str] | None = None  # (the HTTP server, its multiprocess folder)


def observe_task(task: str, outcome: str, seconds: float) -> None:
    """One stage run ended with `outcome` (shared.stage.Outcome) after `seconds`."""
    if _metrics is not None:
        _metrics.tasks.labels(task=task, outcome=outcome).inc()
        _metrics.task_seconds.labels(task=task).observe(seconds)


def count_download(status: int, body_bytes: int) -> None:
    """A download completed with HTTP `status` and `body_bytes` of (decoded) body."""
    if _metrics is not None:
        _metrics.http_responses.labels(code_class=f"{status // 100}xx").inc()
        _metrics.fetch_bytes.inc(body_bytes)


# A refused download's status class, from the cause of the error the fetcher raised.
_HTTP_CAUSE_CLASSES = {Cause.HTTP_4XX: "4xx", Cause.HTTP_5XX: "5xx", Cause.HTTP_OTHER: "other"}


def count_failed_download(error: BaseException) -> None:
    """A download that raised: counted as a response when the server answered with an error
    status (a timeout or a refused address is no response)."""
    code_class = _HTTP_CAUSE_CLASSES.get(cause_of(error))
    if _metrics is not None and code_class is not None:
        _metrics.http_responses.labels(code_class=code_class).inc()


def count_figures(n: int) -> None:
    """`n` figures stored for one document."""
    if _metrics is not None:
        _metrics.figures.inc(n)


def _build() -> _Metrics:
    # Imported here, once PROMETHEUS_MULTIPROC_DIR is set: prometheus_client chooses its value
    # class (in memory, or in files for multiprocess mode) when it is first imported.
    from prometheus_client import Counter, Histogram, values  # noqa: PLC0415

    if values.ValueClass is values.MutexValue:
        # Imported earlier by someone else, before the folder was set: choose again (nothing
        # was counted yet), as prometheus_client itself does at import.
        values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
    return _Metrics(
        tasks=Counter(
            "aidledger_tasks", "Stage runs by task and outcome.", ["task", "outcome"], registry=None
        ),
        task_seconds=Histogram(
            "aidledger_task_seconds",
            "Time a stage run took, by task.",
            ["task"],
            buckets=TASK_BUCKETS,
            registry=None,
        ),
        fetch_bytes=Counter(
            "aidledger_fetch_bytes", "Body bytes downloaded (decoded).", registry=None
        ),
        http_responses=Counter(
            "aidledger_http_responses",
            "HTTP responses to the fetcher by status class.",
            ["code_class"],
            registry=None,
        ),
        figures=Counter("aidledger_figures", "Figures stored by the extractor.", registry=None),
    )


class LedgerCollector:
    """Gauges read at scrape time: messages waiting per queue (the broker) and the age of the
    oldest article waiting for each stage (the ledger). One that cannot be read is left out of
    that scrape (Prometheus shows the gap) and logged."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import GaugeMetricFamily  # noqa: PLC0415

        try:
            depths = queue_messages(app, pipeline.QUEUES)
        except (BrokerError, OSError) as exc:
            log.warning("metrics: queue depths not read: %s", exc)
        else:
            queues = GaugeMetricFamily(
                "aidledger_queue_messages", "Messages waiting in each queue.", labels=["queue"]
            )
            for queue, n in depths.items():
                queues.add_metric([queue], n)
            yield queues
        try:
            waiting = self._waiting()
        except psycopg.Error as exc:
            log.warning("metrics: oldest waiting articles not read: %s", exc)
        else:
            oldest = GaugeMetricFamily(
                "aidledger_oldest_pending_seconds",
                "Seconds the oldest article waiting for each stage has waited (0: none waits).",
                labels=["stage"],
            )
            for w in waiting:
                oldest.add_metric([w.task], w.oldest_s or 0.0)
            yield oldest

    def _waiting(self) -> list[operations.Waiting]:
        # Its own short connection, not the pool: this runs in the worker's main process, in the
        # HTTP server's thread, and the pool's children are forked from this process.
        assert self.settings.database_url is not None
        with psycopg.connect(
            self.settings.database_url, connect_timeout=5, row_factory=psycopg.rows.dict_row
        ) as conn:
            return operations.waiting(conn)


def serve(settings: Settings) -> None:
    """Turn metrics on in this process and its future children, and serve them.

    Raises OSError (the port taken...) with nothing left behind: no folder, no counting.
    """
    global _metrics, _served
    assert settings.metrics_port is not None
    folder = tempfile.mkdtemp(prefix="aidledger-metrics-")
    os.environ[MULTIPROC_ENV] = folder
    from prometheus_client import CollectorRegistry, multiprocess, start_http_server  # noqa: PLC0415

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=folder)  # type: ignore[no-untyped-call]
    registry.register(LedgerCollector(settings))
    try:
        server, _thread = start_http_server(
            settings.metrics_port, addr=settings.metrics_host, registry=registry
        )
    except OSError:
        del os.environ[MULTIPROC_ENV]
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _metrics = _build()
    _served = (server, folder)
    log.info("metrics on http://%s:%d/metrics", settings.metrics_host, settings.metrics_port)


def stop() -> None:
    """Stop serving and remove the multiprocess folder (the worker is going away)."""
    global _metrics, _served
    if _served is not None:
        server, folder = _served
        server.shutdown()
        server.server_close()
        shutil.rmtree(folder, ignore_errors=True)
    _metrics = None
    _served = None


@worker_init.connect
def _serve_from_the_worker(**_: Any) -> None:
    # worker_init runs in the worker's main process after its task modules are imported and
    # before the pool forks: the children inherit the folder and the metrics.
    settings = get_settings()
    if settings.metrics_port is None:
        return
    try:
        serve(settings)
    except OSError as exc:  # the port taken: the worker's work matters more than its metrics
        log.error(
            "metrics not served on %s:%s: %s", settings.metrics_host, settings.metrics_port, exc
        )


@worker_process_shutdown.connect
def _child_exits(pid: int | None = None, **_: Any) -> None:
    # A child's counters stay in its files (their totals must not drop); only its live gauges,
    # of which there are none today, are removed.
    if _served is not None:
        from prometheus_client import multiprocess  # noqa: PLC0415

        multiprocess.mark_process_dead(pid or os.getpid(), path=_served[1])  # type: ignore[no-untyped-call]


@worker_shutdown.connect
def _worker_stops(**_: Any) -> None:
    stop()
