"""The one Celery app. It imports no service: workers name the task modules they load.

Delivery is at-least-once (acks_late, reject on worker lost, prefetch 2) and every stage's write is
an upsert, so a task delivered twice changes nothing the second time. See docs/architecture.md.
"""

from typing import Any

from celery import Celery
from celery.signals import worker_init, worker_process_init

from shared import db, pipeline, preload, redis_transport
from shared.config import Settings, get_settings

redis_transport.install()

# The sweeper is shared (every worker can run it); service tasks are loaded by name per worker.
app = Celery("aidledger", set_as_current=False, include=["shared.sweep"])


def celery_config(settings: Settings) -> dict[str, Any]:
    # A message unacked for this long is delivered again: longer than any task's hard limit.
    transport: dict[str, Any] = {"visibility_timeout": settings.visibility_timeout_s}
    if settings.broker_key_prefix:
        transport["global_keyprefix"] = settings.broker_key_prefix
    return {
        "broker_url": settings.broker_url,
        "broker_connection_retry_on_startup": True,
        "broker_transport_options": transport,
        "task_serializer": "json",
        "accept_content": ["json"],
        "result_serializer": "json",
        "task_ignore_result": True,
        "result_backend": None,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "task_acks_on_failure_or_timeout": True,
        "worker_prefetch_multiplier": settings.worker_prefetch_multiplier,
        "task_soft_time_limit": settings.task_soft_time_limit_s,
        "task_time_limit": settings.task_time_limit_s,
        "task_routes": {name: {"queue": queue} for name, queue in pipeline.TASK_QUEUES.items()},
        "task_default_queue": pipeline.CLEAN,
        "worker_max_tasks_per_child": settings.worker_max_tasks_per_child,
        "worker_max_memory_per_child": settings.worker_max_memory_per_child_kb,
        "worker_hijack_root_logger": False,
        "worker_send_task_events": False,
        # Beat: lease the due feeds every minute (FOR UPDATE SKIP LOCKED: two beats are harmless).
        "beat_schedule": {
            "poll-due-feeds": {"task": pipeline.POLL_DUE_TASK, "schedule": 60.0},
            "sweep-stuck-articles": {"task": pipeline.SWEEP_TASK, "schedule": 60.0},
        },
        "enable_utc": True,
        "timezone": "UTC",
    }


# Read lazily, when the configuration is first used: importing this module opens nothing.
app.add_defaults(lambda: celery_config(get_settings()))


def configure(settings: Settings) -> None:
    """Override the environment's settings (the CLI does, once embedded services are up)."""
    app.conf.update(celery_config(settings))


@worker_init.connect
def _warm_before_fork(**_: Any) -> None:
    # In the worker's parent only, after its task modules are imported and before its pool forks.
    preload.warm()


@worker_process_init.connect
def _fresh_pool_after_fork(**_: Any) -> None:
    db.forget_after_fork()


def send(task_name: str, entity_id: int, *, countdown: float | None = None) -> None:
    """Enqueue a task by name on its queue. Call only after the transaction that made the work."""
    app.send_task(
        task_name,
        args=[entity_id],
        queue=pipeline.TASK_QUEUES[task_name],
        countdown=countdown,
    )


def send_next(after_task: str, entity_id: int) -> None:
    """Hand an entity on to the stage after `after_task` (nothing after the last stage)."""
    task = pipeline.next_task(after_task)
    if task is not None:
        send(task, entity_id)
