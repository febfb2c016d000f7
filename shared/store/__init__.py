"""Every SQL statement the services run, one named function each, by audience:

- `articles`: the pipeline's reads and writes along the chain (articles, documents, figures) and
  the sweeper's claim;
- `feeds`: the feed registry and its polls;
- `failures`: what failed, where the operator sees it;
- `views`: what the operator and the front ends read.

Callers own the transaction. Rows come back as frozen dataclasses (psycopg's `class_row`), never
as tuples; status words come from `shared.pipeline`, passed as parameters.
"""

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from psycopg.rows import class_row

from shared.db import Connection

T = TypeVar("T")

Params = Sequence[Any] | Mapping[str, Any] | None


def rows(conn: Connection, cls: type[T], query: str, params: Params = None) -> list[T]:
    """Every row of `query` as a `cls`, whose fields are the selected columns."""
    with conn.cursor(row_factory=class_row(cls)) as cur:
        return cur.execute(query, params).fetchall()


def row(conn: Connection, cls: type[T], query: str, params: Params = None) -> T | None:
    """The first row of `query` as a `cls`, or None."""
    with conn.cursor(row_factory=class_row(cls)) as cur:
        return cur.execute(query, params).fetchone()


def scalar(conn: Connection, query: str, params: Params = None) -> Any:
    """The first column of the first row (the query must return one)."""
    found = conn.execute(query, params).fetchone()
    assert found is not None, "the query returns one row"
    return next(iter(found.values()))
