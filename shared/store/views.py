"""The ledger's reads, for the operator and any front end (CLI, web, metrics)."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from shared.db import Connection
from shared.store import row, rows, scalar


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A stored figure, named by its document's first article (URL, or replayed file name)."""

    doc: str
    value: Decimal
    unit: str
    value_eur: Decimal | None
    qualifier: str
    category: str
    aid_related: bool
    donor: str | None
    recipient: str | None
    year: int | None
    start: int
    end: int
    text: str
    sentence: str
    extractor_version: str
    attribution: dict[str, str]  # attribute → sentence, context, title or document


FIGURE_COLUMNS = tuple(FigureRow.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class Counts:
    feeds: int
    articles: int
    documents: int
    figures: int
    failures: int  # open ones


@dataclass(frozen=True, slots=True)
class StatusSummary:
    counts: Counts
    articles_by_status: dict[str, int] = field(default_factory=dict)
    feeds_by_status: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _StatusCount:
    status: str
    n: int


def list_figures(
    conn: Connection,
    *,
    doc: str | None = None,
    category: str | None = None,
    aid_only: bool = False,
    article_ids: Sequence[int] | None = None,
) -> list[FigureRow]:
    """Stored figures in document order."""
    return rows(
        conn,
        FigureRow,
        """
        SELECT a.original_url AS doc, f.value, f.unit, f.value_eur, f.qualifier, f.category,
               f.aid_related, f.donor, f.recipient, f.year, f.start_offset AS start,
               f.end_offset AS "end", f.surface AS text, f.sentence, f.extractor_version,
               f.attribution
        FROM figures f
        JOIN LATERAL (
            SELECT original_url FROM articles WHERE document_id = f.document_id ORDER BY id LIMIT 1
        ) a ON true
        WHERE (%(doc)s::text IS NULL OR a.original_url = %(doc)s)
          AND (%(category)s::text IS NULL OR f.category = %(category)s)
          AND (NOT %(aid_only)s OR f.aid_related)
          AND (%(article_ids)s::bigint[] IS NULL OR f.document_id IN (
                SELECT document_id FROM articles WHERE id = ANY(%(article_ids)s::bigint[])))
        ORDER BY a.original_url, f.start_offset
        """,
        {
            "doc": doc,
            "category": category,
            "aid_only": aid_only,
            "article_ids": list(article_ids) if article_ids is not None else None,
        },
    )


def counts(conn: Connection) -> Counts:
    found = row(
        conn,
        Counts,
        """
        SELECT (SELECT count(*) FROM feeds) AS feeds,
               (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM documents) AS documents,
               (SELECT count(*) FROM figures) AS figures,
               (SELECT count(*) FROM failures WHERE resolved_at IS NULL) AS failures
        """,
    )
    assert found is not None
    return found


def article_statuses(conn: Connection, article_ids: Sequence[int] | None = None) -> dict[str, int]:
    """How many articles are in each status (of these articles, or of all)."""
    found = rows(
        conn,
        _StatusCount,
        """
        SELECT status, count(*) AS n FROM articles
        WHERE %(ids)s::bigint[] IS NULL OR id = ANY(%(ids)s::bigint[])
        GROUP BY status ORDER BY status
        """,
        {"ids": list(article_ids) if article_ids is not None else None},
    )
    return {r.status: r.n for r in found}


def status_summary(conn: Connection) -> StatusSummary:
    feeds = rows(
        conn,
        _StatusCount,
        "SELECT status, count(*) AS n FROM feeds GROUP BY status ORDER BY status",
    )
    return StatusSummary(
        counts=counts(conn),
        articles_by_status=article_statuses(conn),
        feeds_by_status={r.status: r.n for r in feeds},
    )


def database_now(conn: Connection) -> datetime:
    """The database's clock, which stamps every row (the CLI's may differ)."""
    now: datetime = scalar(conn, "SELECT now()")
    return now
