"""How a stage ends: `run_stage` turns a stage function's outcome into its effects.

A stage function takes an entity id and returns, or raises one of the outcomes of `shared.errors`.
`run_stage` is the only place that turns those into effects, for the Celery task (`stage_task`)
and for `aidledger reprocess` alike:

- returned → the open failure row of (task, entity), if any, is resolved;
- `Skip` → the entity's articles are marked skipped with the reason;
- `Transient` or an unreachable database → `RETRY` while retries are left (the caller schedules
  it); then a failure like a permanent one;
- `Permanent`, a time limit, or an unexpected exception → one row in `failures` per
  (task, entity), its attempts counted, and the entity marked failed: its articles, or for a
  feed, the poll counted with backoff (a feed's schedule is its retry);
- the broker failing the hand-off after the commit → nothing more: the sweeper re-sends.

Run by a worker, a failed stage then raises `StageFailed` to Celery (its state FAILURE, a
task-failed event), and the message is acknowledged as for any other end. Every run is counted in
`shared.metrics` and logs with its task and entity bound (`shared.logs`).
"""

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from celery import Task
from celery.exceptions import SoftTimeLimitExceeded
from kombu.exceptions import OperationalError as BrokerError

from shared import db, logs, metrics, pipeline
from shared.celery_app import app
from shared.config import Settings, get_settings
from shared.db import Connection
from shared.errors import Permanent, Skip, Transient
from shared.failure_causes import TIME_LIMIT
from shared.pipeline import TASK_ENTITIES, ArticleStatus, Entity
from shared.store import articles, failures, feeds

log = logging.getLogger(__name__)

StageFunction = Callable[[int], object]  # what it returns is its own business


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    RETRY = "retry"  # the caller sends the task again later; nothing was recorded
    FAILED = "failed"
    HANDOFF_LOST = "handoff_lost"  # committed, but the next stage was not sent


@dataclass(frozen=True, slots=True)
class StageResult:
    outcome: Outcome
    error: Exception | None = None  # what made it retry, skip or fail

    @property
    def retry_after(self) -> float | None:
        """What the other side asked us to wait, if it said."""
        return self.error.retry_after if isinstance(self.error, Transient) else None


class StageFailed(Exception):
    """Raised to Celery, once the failure is recorded, so that Celery's tools (events, Flower,
    `task_failure` handlers) see a failed stage as failed. The message is acknowledged all the
    same (`task_acks_on_failure_or_timeout`): the ledger has the failure, nothing is lost."""


def run_stage(
    task: str, entity_id: int, run: StageFunction, *, retries_left: int = 0
) -> StageResult:
    """Run one stage on one entity and record how it ended (see the module's docstring).

    Every log line inside carries the task and entity; the outcome and the time are counted
    (`shared.metrics`, where metrics are on).
    """
    started = time.perf_counter()
    with logs.bind(task=task, entity=str(TASK_ENTITIES[task]), entity_id=entity_id):
        result = _run_and_record(task, entity_id, run, retries_left)
    metrics.observe_task(task, result.outcome, time.perf_counter() - started)
    return result


def _run_and_record(
    task: str, entity_id: int, run: StageFunction, retries_left: int
) -> StageResult:
    entity = TASK_ENTITIES[task]
    where = f"{task}[{entity} {entity_id}]"
    settings = get_settings()
    try:
        run(entity_id)
    except Skip as skip:
        log.info("%s skipped: %s", where, skip)
        _record(task, entity, entity_id, skip)
        return StageResult(Outcome.SKIPPED, skip)
    except (Transient, db.DatabaseUnavailable) as exc:
        if retries_left > 0:
            log.warning("%s will retry: %s", where, exc)
            return StageResult(Outcome.RETRY, exc)
        log.error("%s gave up: %s", where, exc)
        _record(task, entity, entity_id, exc)
        return StageResult(Outcome.FAILED, exc)
    except BrokerError as exc:
        # The stage's work is committed; only the hand-off to the next stage was lost.
        # The entity stays in its intermediate status, where the sweeper finds it.
        log.warning("%s hand-off failed: %s", where, exc)
        return StageResult(Outcome.HANDOFF_LOST, exc)
    except SoftTimeLimitExceeded:
        timeout = Permanent(f"timed out after {settings.task_soft_time_limit_s} s", code=TIME_LIMIT)
        log.warning("%s %s", where, timeout)
        _record(task, entity, entity_id, timeout)
        return StageResult(Outcome.FAILED, timeout)
    except Exception as exc:  # Permanent, or a bug or an input nobody foresaw: keep the worker
        if isinstance(exc, Permanent):
            log.warning("%s failed: %s", where, exc)
        else:
            log.exception("%s crashed", where)
        _record(task, entity, entity_id, exc)
        return StageResult(Outcome.FAILED, exc)
    try:
        with db.autocommit() as conn:  # one statement, one round trip: paid by every stage
            failures.resolve_failure(conn, task=task, entity=entity, entity_id=entity_id)
    except db.DatabaseUnavailable:
        log.warning("%s done, but its failure row stays open", where)
    return StageResult(Outcome.DONE)


def _record(task: str, entity: Entity, entity_id: int, error: BaseException) -> None:
    """Write a stage's unhappy end: a skip, or a failure row plus the entity marked failed."""
    try:
        with db.transaction() as conn:
            if isinstance(error, Skip):
                _mark(conn, entity, entity_id, ArticleStatus.SKIPPED, str(error))
                return
            failures.record_failure(
                conn, task=task, entity=entity, entity_id=entity_id, error=error
            )
            reason = f"{type(error).__name__}: {failures.error_message(error)}"
            _mark(conn, entity, entity_id, ArticleStatus.FAILED, reason, error)
    except db.DatabaseUnavailable:
        # Nothing more can be written now; the sweeper finds the entity where it stopped.
        log.exception("%s[%s %s]: could not record the outcome", task, entity, entity_id)


def _mark(
    conn: Connection,
    entity: Entity,
    entity_id: int,
    status: ArticleStatus,
    reason: str,
    error: BaseException | None = None,
) -> None:
    """End a stage for what an entity stands for: an article, a document's articles, a feed."""
    if entity is Entity.ARTICLE:
        articles.set_article_status(conn, entity_id, status, reason)
    elif entity is Entity.DOCUMENT:
        articles.mark_document_articles(conn, entity_id, status, reason)
    elif status is ArticleStatus.FAILED:  # a feed: its poll is counted, the next one pushed back
        settings = get_settings()
        feeds.record_poll_failure(
            conn,
            entity_id,
            reason,
            max_failures=settings.feed_max_failures,
            base_interval_s=settings.feed_default_interval_s,
            retry_after_s=error.retry_after if isinstance(error, Transient) else None,
        )


def backoff_s(retries: int, *, retry_after: float | None, cap_s: float) -> float:
    """Seconds before the next try: what the server asked for, else 2^n with full jitter."""
    if retry_after is not None:
        return min(max(retry_after, 1.0), cap_s)
    return random.uniform(1.0, min(cap_s, 2.0 ** (retries + 1)))  # noqa: S311 (jitter, not crypto)


def stage_task(
    name: str,
    *,
    retry: bool = True,
    max_retries: Callable[[Settings], int] = lambda settings: settings.task_max_retries,
) -> Callable[[StageFunction], Task[Any, Any]]:
    """Register `run(entity_id)` as the Celery task `name`, on its stage's queue.

    A transient error is retried `max_retries(settings)` times; with `retry=False` it fails at
    once (a feed's poll: its schedule retries it).
    """

    def decorate(run: StageFunction) -> Task[Any, Any]:
        # `throws`: an expected failure, logged by Celery in one line, without a traceback.
        @app.task(name=name, bind=True, max_retries=None, throws=(StageFailed,))
        def task(self: Task[Any, Any], entity_id: int) -> None:
            settings = get_settings()
            retries = self.request.retries
            left = max_retries(settings) - retries if retry else 0
            result = run_stage(name, entity_id, run, retries_left=left)
            if result.outcome is Outcome.RETRY:
                countdown = backoff_s(
                    retries, retry_after=result.retry_after, cap_s=settings.retry_backoff_max_s
                )
                log.warning("%s[%s] retry %d in %.0fs", name, entity_id, retries + 1, countdown)
                raise self.retry(exc=result.error, countdown=countdown)
            if result.outcome is Outcome.FAILED and not self.request.called_directly:
                # Recorded in the ledger already; now tell Celery (called in-process, as the
                # tests' chain does, the caller reads the ledger instead).
                raise StageFailed(f"{name}[{entity_id}]: {result.error}")

        return task

    return decorate


def prepare_retry(conn: Connection, failure: failures.FailureRow) -> None:
    """Put an article back in the status the failed task expects, before the task is sent again."""
    status = pipeline.retry_status(failure.task)
    if status is not None and failure.entity == Entity.ARTICLE:
        articles.set_article_status(conn, failure.entity_id, status, "retry requested")
