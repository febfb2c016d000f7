"""Quick reads of the run's database for assertions."""

from dataclasses import asdict
from typing import Any

from shared import db
from shared.store import views


def query(sql: str, *params: Any) -> list[dict[str, Any]]:
    """Rows of any SELECT as dicts."""
    with db.transaction() as conn:
        return conn.execute(sql, params).fetchall()


def counts() -> dict[str, int]:
    """How many feeds, articles, documents, figures and open failures there are."""
    with db.transaction() as conn:
        return asdict(views.counts(conn))


def statuses(article_ids: list[int]) -> dict[str, int]:
    with db.transaction() as conn:
        return views.article_statuses(conn, article_ids)
