"""The ledger's reads, for the operator and any front end (CLI, web, metrics)."""

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal

from shared.db import Connection
from shared.pipeline import IN_FLIGHT
from shared.store import row, rows, scalar

FIGURE_ID_LENGTH = 12

# A figure's id names the span of text it was read from, not a row: the same figure keeps its id
# when it is extracted again (`reprocess --all` replaces rows), in another database fed the same
# story, and in `aidledger extract`'s output for the same file.
_FIGURE_ID_SQL = f"""left(encode(sha256(convert_to(
    d.text_sha256 || ':' || f.start_offset || ':' || f.end_offset, 'UTF8')), 'hex'),
    {FIGURE_ID_LENGTH})"""


def figure_id(text_sha256: str, start: int, end: int) -> str:
    """The figure's id: what `_FIGURE_ID_SQL` computes, for figures not stored (local files)."""
    digest = hashlib.sha256(f"{text_sha256}:{start}:{end}".encode()).hexdigest()
    return digest[:FIGURE_ID_LENGTH]


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A stored figure, named by its document's first article (URL, or replayed file name)."""

    id: str
    doc: str
    published: date | None
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
class FigureProvenance:
    """Where one figure comes from, whole, for `aidledger figures show`."""

    figure: FigureRow
    url: str  # the article's URL as its feed listed it, or the replayed file's name
    source: str  # feed, replay or manual
    title: str | None
    published_at: datetime | None
    feed_id: int | None
    feed_title: str | None
    feed_url: str | None
    cleaner_version: str
    other_articles: int  # more articles (URLs) that led to the same text
    document_id: int


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


# A figure's document, its first article (the one that names it) and that article's date: the
# article's own, else the one the cleaner read from the page.
_FIGURE_NAMED = """
    JOIN documents d ON d.id = f.document_id
    JOIN LATERAL (
        SELECT id, original_url, source, title, published_at, feed_id
        FROM articles WHERE document_id = f.document_id ORDER BY id LIMIT 1
    ) a ON true
"""
_FIGURE_FROM = "FROM figures f" + _FIGURE_NAMED
# The filters on a figure's own columns (the CLI's `figures` and the web's figure pages).
_FIGURE_FILTERS = """
    (%(category)s::text IS NULL OR f.category = %(category)s)
    AND (NOT %(aid_only)s OR f.aid_related)
    AND (%(donor)s::text IS NULL OR lower(f.donor) = lower(%(donor)s))
    AND (%(recipient)s::text IS NULL OR lower(f.recipient) = lower(%(recipient)s))
    AND (%(year)s::integer IS NULL OR f.year = %(year)s)
"""
_FIGURE_SELECT = f"""
    SELECT {_FIGURE_ID_SQL} AS id, a.original_url AS doc,
           (coalesce(a.published_at, d.published_at) AT TIME ZONE 'UTC')::date AS published,
           f.value, f.unit, f.value_eur, f.qualifier, f.category,
           f.aid_related, f.donor, f.recipient, f.year, f.start_offset AS start,
           f.end_offset AS "end", f.surface AS text, f.sentence, f.extractor_version,
           f.attribution
"""


def list_figures(
    conn: Connection,
    *,
    doc: str | None = None,
    category: str | None = None,
    aid_only: bool = False,
    donor: str | None = None,
    recipient: str | None = None,
    year: int | None = None,
    since: date | None = None,
    article_ids: Sequence[int] | None = None,
) -> list[FigureRow]:
    """Stored figures in document order. Donor and recipient match without regard to case;
    `since` is a publication date (figures of undated articles are left out)."""
    return rows(
        conn,
        FigureRow,
        f"""
        {_FIGURE_SELECT}
        {_FIGURE_FROM}
        WHERE (%(doc)s::text IS NULL OR a.original_url = %(doc)s)
          AND {_FIGURE_FILTERS}
          AND (%(since)s::date IS NULL
               OR (coalesce(a.published_at, d.published_at) AT TIME ZONE 'UTC')::date
                  >= %(since)s)
          AND (%(article_ids)s::bigint[] IS NULL OR f.document_id IN (
                SELECT document_id FROM articles WHERE id = ANY(%(article_ids)s::bigint[])))
        ORDER BY a.original_url, f.start_offset
        """,  # noqa: S608 (constant fragments; every value is a parameter)
        {
            "doc": doc,
            "category": category,
            "aid_only": aid_only,
            "donor": donor,
            "recipient": recipient,
            "year": year,
            "since": since,
            "article_ids": list(article_ids) if article_ids is not None else None,
        },
    )


def figure_page(
    conn: Connection,
    *,
    category: str | None = None,
    aid_only: bool = False,
    donor: str | None = None,
    recipient: str | None = None,
    year: int | None = None,
    since: date | None = None,
    document_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[FigureRow]:
    """A page of stored figures, filtered as `list_figures` filters them, in storage order
    (document, then place in it): the page is cut from the figures alone, in index order, and
    only its rows are named by their article, so a page costs the same however large the
    ledger."""
    return rows(
        conn,
        FigureRow,
        f"""
        {_FIGURE_SELECT}
        FROM (
            SELECT * FROM figures f
            WHERE {_FIGURE_FILTERS}
              AND (%(document_id)s::bigint IS NULL OR f.document_id = %(document_id)s)
              AND (%(since)s::date IS NULL OR f.document_id IN (
                    SELECT d.id FROM documents d
                    JOIN LATERAL (
                        SELECT published_at FROM articles WHERE document_id = d.id
                        ORDER BY id LIMIT 1
                    ) a ON true
                    WHERE (coalesce(a.published_at, d.published_at) AT TIME ZONE 'UTC')::date
                          >= %(since)s))
            ORDER BY f.document_id, f.start_offset, f.end_offset
            LIMIT %(limit)s OFFSET %(offset)s
        ) f
        {_FIGURE_NAMED}
        ORDER BY f.document_id, f.start_offset, f.end_offset
        """,  # noqa: S608 (constant fragments; every value is a parameter)
        {
            "category": category,
            "aid_only": aid_only,
            "donor": donor,
            "recipient": recipient,
            "year": year,
            "since": since,
            "document_id": document_id,
            "limit": limit,
            "offset": offset,
        },
    )


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document as a reader sees it: its clean text and what the cleaner read about it."""

    id: int
    title: str | None
    author: str | None
    language: str | None
    published_at: datetime | None
    site_name: str | None
    canonical_url: str | None
    text: str
    cleaner_version: str
    extractor_version: str | None


@dataclass(frozen=True, slots=True)
class DocumentArticle:
    """An article (URL or replayed file) that led to a document."""

    id: int
    original_url: str
    source: str
    title: str | None
    published_at: datetime | None
    feed_title: str | None


def document_view(conn: Connection, document_id: int) -> DocumentView | None:
    return row(
        conn,
        DocumentView,
        f"SELECT {', '.join(DocumentView.__dataclass_fields__)} FROM documents WHERE id = %s",  # noqa: S608
        (document_id,),
    )


def document_articles(conn: Connection, document_id: int) -> list[DocumentArticle]:
    """The articles of a document, the first (the one that names it) first."""
    return rows(
        conn,
        DocumentArticle,
        """
        SELECT a.id, a.original_url, a.source, a.title, a.published_at, fd.title AS feed_title
        FROM articles a LEFT JOIN feeds fd ON fd.id = a.feed_id
        WHERE a.document_id = %s ORDER BY a.id
        """,
        (document_id,),
    )


@dataclass(frozen=True, slots=True)
class _Provenance:
    url: str
    source: str
    title: str | None
    published_at: datetime | None
    feed_id: int | None
    feed_title: str | None
    feed_url: str | None
    cleaner_version: str
    other_articles: int
    document_id: int


def figure_provenance(conn: Connection, figure_id: str) -> FigureProvenance | None:
    """One figure by its id, with its article, title, date and feed; None when there is none."""
    params = {"id": figure_id.strip().lower()}
    where = f" WHERE {_FIGURE_ID_SQL} = %(id)s ORDER BY f.document_id, f.start_offset LIMIT 1"
    figure = row(conn, FigureRow, _FIGURE_SELECT + _FIGURE_FROM + where, params)
    if figure is None:
        return None
    found = row(
        conn,
        _Provenance,
        f"""
        SELECT a.original_url AS url, a.source, coalesce(d.title, a.title) AS title,
               coalesce(a.published_at, d.published_at) AS published_at, a.feed_id,
               fd.title AS feed_title, fd.url AS feed_url, d.cleaner_version,
               (SELECT count(*) FROM articles o WHERE o.document_id = d.id) - 1 AS other_articles,
               d.id AS document_id
        {_FIGURE_FROM}
        LEFT JOIN feeds fd ON fd.id = a.feed_id
        {where}
        """,  # noqa: S608 (constant fragments; every value is a parameter)
        params,
    )
    assert found is not None
    return FigureProvenance(figure, **asdict(found))


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


def in_flight_ids(conn: Connection) -> set[int]:
    """Every article still mid-chain. What a wait polls: its cost follows the unfinished articles
    (the partial index on these statuses), not the whole table nor every id waited for."""
    found = conn.execute("SELECT id FROM articles WHERE status = ANY(%s)", (list(IN_FLIGHT),))
    return {int(r["id"]) for r in found}


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


@dataclass(frozen=True, slots=True)
class _Passage:
    passage: str
    passage_start: int


def figure_passage(conn: Connection, found: FigureProvenance) -> tuple[str, int]:
    """The document text around a figure (one sentence's length either side) and where that
    passage starts, to find the figure's sentence in it."""
    passage = row(
        conn,
        _Passage,
        """
        SELECT substr(d.text, greatest(%(start)s - length(%(sentence)s), 0) + 1,
                      2 * length(%(sentence)s) + %(end)s - %(start)s) AS passage,
               greatest(%(start)s - length(%(sentence)s), 0) AS passage_start
        FROM documents d WHERE d.id = %(document_id)s
        """,
        {
            "start": found.figure.start,
            "end": found.figure.end,
            "sentence": found.figure.sentence,
            "document_id": found.document_id,
        },
    )
    return (passage.passage, passage.passage_start) if passage else ("", 0)


def document_figures(conn: Connection, document_id: int) -> list[FigureRow]:
    """One document's stored figures, in text order (what `reprocess` compares)."""
    return rows(
        conn,
        FigureRow,
        f"""
        {_FIGURE_SELECT}
        {_FIGURE_FROM}
        WHERE f.document_id = %(id)s
        ORDER BY f.start_offset, f.end_offset
        """,
        {"id": document_id},
    )


def document_extractor_version(conn: Connection, document_id: int) -> str | None:
    """The extractor version whose figures a document holds (None before the first)."""
    version: str | None = scalar(
        conn, "SELECT extractor_version FROM documents WHERE id = %s", (document_id,)
    )
    return version
