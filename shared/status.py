"""A running deployment at a glance, for every front end (`aidledger status`, the web ledger's
operations page): the ledger's part, read in one transaction, and the broker's, which may be down.
"""

from dataclasses import asdict, dataclass
from typing import Any

from kombu.exceptions import OperationalError as BrokerError

from shared import pipeline
from shared.broker_state import queue_messages, worker_queues
from shared.celery_app import app as celery
from shared.db import Connection
from shared.formatting import json_value
from shared.store import failures, operations, views


@dataclass(frozen=True, slots=True)
class BrokerView:
    messages: dict[str, int] | None  # None: the broker did not answer
    workers: dict[str, list[str]] | None  # None: not asked, or no answer
    error: str | None


def read_broker(*, workers: bool = True) -> BrokerView:
    """Queue depths and (when asked: it waits for their answers) live workers, or the broker's
    error in one line."""
    try:
        messages = queue_messages(celery, pipeline.QUEUES)
        answering = worker_queues(celery) if workers else None
    except (BrokerError, OSError) as exc:
        return BrokerView(None, None, " ".join(str(exc).split()) or type(exc).__name__)
    return BrokerView(messages, answering, None)


@dataclass(frozen=True, slots=True)
class LedgerState:
    summary: views.StatusSummary
    waiting: list[operations.Waiting]
    done: list[operations.Throughput]
    schedule: operations.FeedSchedule
    by_cause: list[failures.CauseCount]


def read_ledger(conn: Connection) -> LedgerState:
    return LedgerState(
        summary=views.status_summary(conn),
        waiting=operations.waiting(conn),
        done=operations.throughput(conn),
        schedule=operations.feed_schedule(conn),
        by_cause=failures.open_by_cause(conn),
    )


def status_object(state: LedgerState, broker: BrokerView) -> dict[str, Any]:
    """Everything `status` shows, as one JSON-ready object."""
    queues = [
        {
            "queue": queue,
            "messages": None if broker.messages is None else broker.messages.get(queue, 0),
            "stage": w.task,
            "articles_waiting": w.waiting,
            "oldest_waiting_s": None if w.oldest_s is None else round(w.oldest_s, 1),
        }
        for queue in pipeline.QUEUES
        for w in state.waiting
        if pipeline.TASK_QUEUES[w.task] == queue
    ]
    return {
        **asdict(state.summary.counts),
        "articles_by_status": state.summary.articles_by_status,
        "feeds_by_status": state.summary.feeds_by_status,
        "feeds_due_now": state.schedule.due_now,
        "feeds_next_poll_at": json_value(state.schedule.next_poll_at),
        "queues": queues,
        "workers": (
            None
            if broker.workers is None
            else [{"worker": name, "queues": qs} for name, qs in broker.workers.items()]
        ),
        "broker_error": broker.error,
        "stages": [asdict(t) for t in state.done],
        "failures_by_cause": [
            {"task": c.task, "cause": c.cause, "open": c.open} for c in state.by_cause
        ],
    }
