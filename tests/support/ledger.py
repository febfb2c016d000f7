"""Quick reads of the run's database for assertions."""

import datetime
import hashlib
from dataclasses import asdict
from typing import Any

from shared import db
from shared.models import CleanedDocument, Figure
from shared.store import articles, views


def query(sql: str, *params: Any) -> list[dict[str, Any]]:
    """Rows of any SELECT as dicts."""
    with db.transaction() as conn:
        return conn.execute(sql, params).fetchall()


def counts() -> dict[str, int]:
    """How many feeds, articles, documents, figures and open failures there are."""
    with db.transaction() as conn:
        return asdict(views.counts(conn))


def articles_in(conn: db.Connection, *statuses: str) -> list[int]:
    """One manual article in each of `statuses`, in order: their ids."""
    ids = []
    for n, status in enumerate(statuses):
        article_id, _ = articles.insert_article(
            conn, url=f"https://a.example/{n}", original_url=str(n), source="manual"
        )
        conn.execute("UPDATE articles SET status = %s WHERE id = %s", (status, article_id))
        ids.append(article_id)
    return ids


def statuses(article_ids: list[int]) -> dict[str, int]:
    with db.transaction() as conn:
        return views.article_statuses(conn, article_ids)


def store_document(number: int, text: str, figures: list[Figure], published: datetime.date) -> int:
    """A cleaned document with these figures, as if extracted (its article number `number`)."""
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(
            conn, url=f"https://test.example/{number}", original_url=str(number), source="manual"
        )
        document = CleanedDocument(
            text=text,
            text_sha256=hashlib.sha256(text.encode()).hexdigest(),
            published_at=datetime.datetime.combine(published, datetime.time(), datetime.UTC),
        )
        document_id = articles.save_document(conn, article_id, document, "test")
        articles.replace_figures(conn, document_id, "test", figures)
    return document_id
