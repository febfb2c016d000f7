"""The web ledger's connections: a pool of its own, every connection read-only.

`default_transaction_read_only` is set when each connection opens, so no statement the app runs
can write, whatever role it connects as; deployments also connect as a SELECT-only role
(AIDLEDGER_WEB_DATABASE_URL, docs/security.md). A statement timeout keeps one slow query from
holding a connection that other pages wait for.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from shared.db import Connection, DatabaseUnavailable

# libpq options sent at connect time: the server applies them before the first statement.
# JIT off: it compiles a page's queries anew each time (35 ms measured on a 140 ms query), for
# plans whose rows are too few to repay it.
READ_ONLY_OPTIONS = "-c default_transaction_read_only=on -c statement_timeout=10000 -c jit=off"
POOL_SIZE = 8  # Starlette runs sync routes on a thread pool: this many talk to the database at once


class ReadOnlyDatabase:
    """A lazily opened pool of read-only connections to one database."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._pool: ConnectionPool[Connection] | None = None

    def _opened(self) -> ConnectionPool[Connection]:
        if self._pool is None:
            self._pool = ConnectionPool(
                self.url,
                connection_class=psycopg.Connection[dict[str, Any]],
                kwargs={
                    "row_factory": dict_row,
                    "connect_timeout": 10,
                    "options": READ_ONLY_OPTIONS,
                    # Never prepared: a prepared statement may switch to a generic plan, which
                    # cannot see that an `x IS NULL OR ...` filter is off and scans for it.
                    "prepare_threshold": None,
                },
                min_size=1,
                max_size=POOL_SIZE,
                timeout=15,
                open=True,
                name="aidledger-web",
            )
        return self._pool

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection inside one (read-only) transaction."""
        try:
            with self._opened().connection() as conn:
                yield conn
        except psycopg.OperationalError as exc:  # also PoolTimeout and a lost server
            raise DatabaseUnavailable(" ".join(str(exc).split())) from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
