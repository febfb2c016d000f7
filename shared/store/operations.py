"""What a running deployment is doing, from the ledger: how long work has waited in each stage,
how much each stage got done lately, and when the feeds are next due (`aidledger status`,
the metrics' gauges). Read-only.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from psycopg import sql

from shared import pipeline
from shared.db import Connection
from shared.store import row, rows
from shared.store.feeds import FeedStatus

# Throughput windows, in seconds: what an operator compares (now, lately).
RECENT_S: Final = 5 * 60
HOUR_S: Final = 60 * 60


@dataclass(frozen=True, slots=True)
class Waiting:
    """Articles waiting for one stage, and how long the oldest has waited (since it entered the
    status, or since the sweeper last sent it again)."""

    task: str
    status: str
    waiting: int
    oldest_s: float | None


@dataclass(frozen=True, slots=True)
class Throughput:
    """What one stage finished: in the last 5 minutes, the last hour, and ever."""

    task: str
    done_5m: int
    done_1h: int
    done_total: int


@dataclass(frozen=True, slots=True)
class FeedSchedule:
    due_now: int  # active or failing feeds whose poll is due
    next_poll_at: datetime | None  # the earliest poll of a feed that is not paused
    oldest_due_s: float | None  # how late the most overdue poll is


@dataclass(frozen=True, slots=True)
class _Clock:
    """Where a stage stamps its output: `column` of `table`, for the rows `where` selects."""

    table: str
    column: str
    where: str = "true"


# Each task's finishing time, in the ledger itself (the counters of a worker die with it).
# A new stage adds its clock here; tests/test_operations.py fails until it does.
STAGE_CLOCKS: Final[dict[str, _Clock]] = {
    pipeline.POLL_FEED_TASK: _Clock("feeds", "last_polled_at"),
    # Replayed files arrive fetched: only what the fetcher downloaded counts.
    pipeline.FETCH_ARTICLE_TASK: _Clock("articles", "fetched_at", "source <> 'replay'"),
    pipeline.CLEAN_TASK: _Clock("documents", "created_at"),
    pipeline.EXTRACT_TASK: _Clock("documents", "extracted_at"),
    pipeline.RECONCILE_TASK: _Clock("documents", "reconciled_at"),
}


def waiting(conn: Connection) -> list[Waiting]:
    """Per stage, in chain order: articles in the status it takes, and the oldest one's wait."""
    found = {
        r.status: r
        for r in rows(
            conn,
            Waiting,
            """
            SELECT '' AS task, status, count(*)::int AS waiting,
                   EXTRACT(EPOCH FROM now() - min(updated_at))::float8 AS oldest_s
            FROM articles WHERE status = ANY(%s) GROUP BY status
            """,
            (list(pipeline.IN_FLIGHT),),
        )
    }
    return [
        Waiting(
            task=stage.task,
            status=stage.takes,
            waiting=found[stage.takes].waiting if stage.takes in found else 0,
            oldest_s=found[stage.takes].oldest_s if stage.takes in found else None,
        )
        for stage in pipeline.STAGES
    ]


def throughput(conn: Connection, tasks: Sequence[str] | None = None) -> list[Throughput]:
    """What each task (default: every task with a clock) finished lately and in total."""
    result = []
    for task in tasks or STAGE_CLOCKS:
        clock = STAGE_CLOCKS[task]
        query = sql.SQL(
            """
            SELECT %(task)s AS task,
                   count(*) FILTER (WHERE {column} > now() - make_interval(secs => %(recent)s))::int
                       AS done_5m,
                   count(*) FILTER (WHERE {column} > now() - make_interval(secs => %(hour)s))::int
                       AS done_1h,
                   count({column})::int AS done_total
            FROM {table} WHERE {where}
            """
        ).format(
            column=sql.Identifier(clock.column),
            table=sql.Identifier(clock.table),
            where=sql.SQL(clock.where),  # a constant of this module, never input
        )
        params = {"task": task, "recent": RECENT_S, "hour": HOUR_S}
        found = row(conn, Throughput, query.as_string(conn), params)
        assert found is not None
        result.append(found)
    return result


def feed_schedule(conn: Connection) -> FeedSchedule:
    found = row(
        conn,
        FeedSchedule,
        """
        SELECT count(*) FILTER (WHERE next_poll_at <= now())::int AS due_now,
               min(next_poll_at) AS next_poll_at,
               EXTRACT(EPOCH FROM now() - min(next_poll_at)
                       FILTER (WHERE next_poll_at <= now()))::float8 AS oldest_due_s
        FROM feeds WHERE status <> %s
        """,
        (FeedStatus.PAUSED,),
    )
    assert found is not None
    return found
