"""`stage_task`: the one decorator that turns a stage function into a Celery task.

A stage function takes an entity id and either returns, or raises one of the outcomes of
`shared.errors`. This wrapper is the only place that turns outcomes into effects:

- `Transient` (and an unreachable database) → retry with exponential backoff and jitter, honouring
  Retry-After; once the retries are spent, a failure like a permanent one;
- `Permanent`, a time limit, or an unexpected exception → one row in `failures` per (task, entity),
  its attempts counted, and the entity's articles marked failed;
- `Skip` → the entity's articles marked skipped with the reason;
- the broker failing the hand-off after the commit → nothing more: the sweeper re-sends.
"""

import logging
import random
from collections.abc import Callable
from typing import Any

from celery import Task
from celery.exceptions import SoftTimeLimitExceeded
from kombu.exceptions import OperationalError as BrokerError

from shared import db, store
from shared.celery_app import app
from shared.config import get_settings
from shared.errors import Permanent, Skip, Transient

log = logging.getLogger(__name__)

StageFunction = Callable[[int], None]


def backoff_s(retries: int, *, retry_after: float | None, cap_s: float) -> float:
    """Seconds before the next try: what the server asked for, else 2^n with full jitter."""
    if retry_after is not None:
        return min(max(retry_after, 1.0), cap_s)
    return random.uniform(1.0, min(cap_s, 2.0 ** (retries + 1)))  # noqa: S311 (jitter, not crypto)


def record_outcome(
    *,
    task: str,
    entity: str,
    entity_id: int,
    error: BaseException | None = None,
    skip: str | None = None,
) -> None:
    """Write a stage's unhappy end: a skip, or a failure row plus the articles marked failed."""
    try:
        with db.transaction() as conn:
            if skip is not None:
                store.set_entity_status(conn, entity, entity_id, "skipped", skip)
            if error is not None:
                store.record_failure(
                    conn, task=task, entity=entity, entity_id=entity_id, error=error
                )
                message = str(error).strip().splitlines()[0] if str(error).strip() else ""
                store.set_entity_status(
                    conn, entity, entity_id, "failed", f"{type(error).__name__}: {message}"
                )
    except db.DatabaseUnavailable:
        # Nothing more can be written now; the sweeper finds the entity where it stopped.
        log.exception("%s[%s %s]: could not record the outcome", task, entity, entity_id)


def stage_task(name: str, *, entity: str) -> Callable[[StageFunction], Task[Any, Any]]:
    """Register `run(entity_id)` as the task `name`, routed to its stage's queue."""

    def decorate(run: StageFunction) -> Task[Any, Any]:
        @app.task(name=name, bind=True, max_retries=None)
        def task(self: Task[Any, Any], entity_id: int) -> None:
            settings = get_settings()
            try:
                run(entity_id)
            except Skip as skip:
                log.info("%s[%s %s] skipped: %s", name, entity, entity_id, skip)
                record_outcome(
                    task=name, entity=entity, entity_id=entity_id, error=None, skip=str(skip)
                )
                return
            except (Transient, db.DatabaseUnavailable) as exc:
                retries = self.request.retries
                if retries < settings.task_max_retries:
                    retry_after = exc.retry_after if isinstance(exc, Transient) else None
                    countdown = backoff_s(
                        retries, retry_after=retry_after, cap_s=settings.retry_backoff_max_s
                    )
                    log.warning(
                        "%s[%s %s] retry %d in %.0fs: %s",
                        name,
                        entity,
                        entity_id,
                        retries + 1,
                        countdown,
                        exc,
                    )
                    raise self.retry(exc=exc, countdown=countdown) from exc
                log.error(
                    "%s[%s %s] gave up after %d tries: %s",
                    name,
                    entity,
                    entity_id,
                    retries + 1,
                    exc,
                )
                record_outcome(task=name, entity=entity, entity_id=entity_id, error=exc, skip=None)
                return
            except Permanent as exc:
                log.warning("%s[%s %s] failed: %s", name, entity, entity_id, exc)
                record_outcome(task=name, entity=entity, entity_id=entity_id, error=exc, skip=None)
                return
            except BrokerError as exc:
                # The stage's work is committed; only the hand-off to the next stage was lost.
                # The entity stays in its intermediate status, where the sweeper finds it.
                log.warning("%s[%s %s] hand-off failed: %s", name, entity, entity_id, exc)
                return
            except SoftTimeLimitExceeded:
                timeout = Permanent(f"timed out after {settings.task_soft_time_limit_s} s")
                record_outcome(
                    task=name, entity=entity, entity_id=entity_id, error=timeout, skip=None
                )
                return
            except Exception as exc:
                # A bug or an input nobody foresaw: keep the worker, show it in `failures`.
                log.exception("%s[%s %s] crashed", name, entity, entity_id)
                record_outcome(task=name, entity=entity, entity_id=entity_id, error=exc, skip=None)
                return
            try:
                with db.transaction() as conn:
                    store.resolve_failure(conn, task=name, entity=entity, entity_id=entity_id)
            except db.DatabaseUnavailable:
                log.warning(
                    "%s[%s %s] done, but its failure row stays open", name, entity, entity_id
                )

        return task

    return decorate
