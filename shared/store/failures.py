"""What failed and why, one row per (task, entity): where the operator looks first."""

from dataclasses import dataclass
from datetime import datetime

from shared.db import Connection
from shared.failure_causes import cause_of, error_code
from shared.store import row, rows


@dataclass(frozen=True, slots=True)
class FailureRow:
    id: int
    task: str
    entity: str
    entity_id: int
    error_class: str
    cause: str  # shared.failure_causes.Cause
    code: str | None  # the raiser's finer code, when it gave one
    message: str
    attempts: int
    first_seen: datetime
    last_seen: datetime
    resolved_at: datetime | None


FAILURE_COLUMNS = tuple(name for name in FailureRow.__dataclass_fields__ if name != "resolved_at")

_SELECT = f"SELECT {', '.join(FailureRow.__dataclass_fields__)} FROM failures"  # noqa: S608


def error_message(error: BaseException) -> str:
    """A failure's message: its first line, or its class name when it has none."""
    text = str(error).strip()
    return text.splitlines()[0][:2000] if text else type(error).__name__


def record_failure(
    conn: Connection, *, task: str, entity: str, entity_id: int, error: BaseException
) -> None:
    """Count a failure once per (task, entity): attempts grow, rows don't."""
    conn.execute(
        """
        INSERT INTO failures (task, entity, entity_id, error_class, cause, code, message)
        VALUES (%s, %s, %s, %s, %s, %s, %s)
        ON CONFLICT (task, entity, entity_id) DO UPDATE
        SET error_class = EXCLUDED.error_class, cause = EXCLUDED.cause, code = EXCLUDED.code,
            message = EXCLUDED.message, attempts = failures.attempts + 1, last_seen = now(),
            resolved_at = NULL
        """,
        (
            task,
            entity,
            entity_id,
            type(error).__name__,
            cause_of(error),
            error_code(error),
            error_message(error),
        ),
    )


def resolve_failure(conn: Connection, *, task: str, entity: str, entity_id: int) -> None:
    conn.execute(
        """
        UPDATE failures SET resolved_at = now()
        WHERE task = %s AND entity = %s AND entity_id = %s AND resolved_at IS NULL
        """,
        (task, entity, entity_id),
    )


def list_failures(conn: Connection, *, include_resolved: bool = False) -> list[FailureRow]:
    return rows(
        conn,
        FailureRow,
        f"{_SELECT} WHERE %s OR resolved_at IS NULL ORDER BY last_seen DESC",
        (include_resolved,),
    )


def failure(conn: Connection, failure_id: int) -> FailureRow | None:
    return row(conn, FailureRow, f"{_SELECT} WHERE id = %s", (failure_id,))


@dataclass(frozen=True, slots=True)
class CauseCount:
    """Open failures of one task with one cause."""

    task: str
    cause: str
    open: int
    attempts: int  # summed over the rows
    first_seen: datetime  # the oldest row's
    last_seen: datetime  # the newest row's


CAUSE_COLUMNS = tuple(CauseCount.__dataclass_fields__)


def open_by_cause(conn: Connection) -> list[CauseCount]:
    """Open failures grouped by task and cause, the most numerous first."""
    return rows(
        conn,
        CauseCount,
        """
        SELECT task, cause, count(*) AS open, sum(attempts)::int AS attempts,
               min(first_seen) AS first_seen, max(last_seen) AS last_seen
        FROM failures WHERE resolved_at IS NULL
        GROUP BY task, cause ORDER BY count(*) DESC, task, cause
        """,
    )
