"""Database access: one lazily opened connection pool per process, a transaction() block, and
autocommit() for a statement that stands alone.

The pool opens on first use, never at import, so `--help` and forked Celery children stay cheap;
`reset()` drops a pool inherited across fork.
"""

import select
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from shared.config import get_settings

Connection = psycopg.Connection[dict[str, Any]]

_pool: ConnectionPool[Connection] | None = None
_url: str | None = None


class DatabaseUnavailable(Exception):
    """The database cannot be reached; callers turn it into a one-line error or a retry."""


def configure(database_url: str) -> None:
    """Point this process at a database (the CLI does, once it knows the embedded server's URL)."""
    global _url
    if database_url != _url:
        reset()
        _url = database_url


def database_url() -> str:
    url = _url or get_settings().database_url
    if not url:
        raise DatabaseUnavailable("no database configured (set AIDLEDGER_DATABASE_URL)")
    return url


def check(url: str, timeout_s: int = 5) -> None:
    """Fail fast, in one line, when the database does not answer."""
    try:
        with psycopg.connect(url, connect_timeout=timeout_s) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:  # unreachable, refused, or a malformed URL
        raise DatabaseUnavailable(f"database unreachable: {_first_line(exc)}") from exc


def _first_line(exc: BaseException) -> str:
    """libpq's multi-line message as one line."""
    return " ".join(str(exc).split()) or type(exc).__name__


def pool() -> ConnectionPool[Connection]:
    global _pool
    if _pool is None:
        _pool = ConnectionPool(
            database_url(),
            connection_class=psycopg.Connection[dict[str, Any]],
            kwargs={"row_factory": dict_row, "connect_timeout": 10},
            min_size=1,
            max_size=4,
            timeout=15,
            check=_check_if_signalled,
            open=True,
            name="aidledger",
        )
    return _pool


def _check_if_signalled(conn: Connection) -> None:
    """The pool's check on checkout, without a round trip for a sound connection.

    An idle connection's socket has nothing to read unless the server spoke first: a restart or
    a terminated backend sends its FATAL message and closes, and a dead server's socket reads
    EOF. Only then is the connection checked for real (the pool discards it if that fails and
    hands out another); a round trip on every checkout cost ~5% of a stage's time.
    """
    if conn.closed:
        raise psycopg.OperationalError("the connection is closed")
    readable = select.poll()
    readable.register(conn.fileno(), select.POLLIN)
    if readable.poll(0):
        ConnectionPool.check_connection(conn)


def reset() -> None:
    """Close this process's pool; the next use opens a new one."""
    global _pool
    if _pool is not None:
        _pool.close()
        _pool = None


def forget_after_fork() -> None:
    """Drop a pool inherited from the parent without closing its sockets, which the parent owns."""
    global _pool
    _pool = None


@contextmanager
def transaction() -> Iterator[Connection]:
    """A connection inside one transaction: committed on success, rolled back on error."""
    try:
        with pool().connection() as conn:
            yield conn
    except psycopg.OperationalError as exc:  # also PoolTimeout and AdminShutdown
        raise DatabaseUnavailable(f"database unavailable: {_first_line(exc)}") from exc


@contextmanager
def autocommit() -> Iterator[Connection]:
    """A connection whose statements each commit on their own.

    For a statement that needs no transaction around it: one round trip, where `transaction()`
    costs three (BEGIN, the statement, COMMIT). The connection goes back to the pool as it came.
    """
    with transaction() as conn:
        conn.autocommit = True
        try:
            yield conn
        finally:
            if not conn.closed and conn.info.transaction_status is TransactionStatus.IDLE:
                conn.autocommit = False
