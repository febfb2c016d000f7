"""Hostile input does not stop the pipeline: each body ends as stored data, a recorded skip or a
recorded failure, with exact counts.

The chain runs in this process: `cleaner.clean` and `extractor.extract` are stage tasks, and a
stage task called directly runs its body (and its outcome handling) synchronously. The hand-off to
the next stage is captured instead of sent, so nothing reaches the broker.
"""

import tracemalloc
from dataclasses import dataclass
from typing import Any

import pytest

from shared import db, pipeline
from shared.config import Settings
from shared.pipeline import ArticleStatus
from shared.store import articles, views
from tests.support.chain import InProcessChain
from tests.support.ledger import counts as ledger_counts

SENTENCE = "NATO allies pledged {n} billion euros in military aid to Ukraine in 2025."
PARAGRAPH = (
    "<p>" + SENTENCE + " Officials said the package would be delivered over the coming months "
    "and years.</p>"
)
SQL_TITLE = "'; DROP TABLE articles; -- \" OR 1=1 /*"
SQL_HEADING = "Robert'); DROP TABLE figures;--"
FRENCH = (
    "<p>Le ministère a annoncé une aide de {n} milliards d'euros à l'Ukraine en 2025, a déclaré "
    "le ministre des Affaires étrangères à la presse.</p>"
)
BIG_BYTES = 50 * 1024 * 1024


def html(*paragraphs: str, title: str = "Aid", depth: int = 0, encoding: str = "utf-8") -> bytes:
    body = "<div>" * depth + "".join(paragraphs) + "</div>" * depth
    page = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    return page.encode(encoding)


@dataclass(frozen=True)
class Case:
    name: str
    body: bytes
    content_type: str | None
    status: str  # where the article must end: done, skipped or failed
    figures: int = 0  # figures stored when done
    reason: str | None = None  # the recorded skip or failure reason starts with this
    title: str | None = None  # the article's own (feed) title, stored as given


CASES = [
    Case(
        "nul-bytes-text",
        (
            b"Briefing.\x00\n\nNATO allies\x00 pledged 7 billion euros in military aid to Ukraine"
            b" in 2025.\n\nOfficials said the package would be delivered.\n"
        ),
        "text/plain",
        "done",
        figures=1,
    ),
    Case(
        "nul-bytes-html",
        html(
            PARAGRAPH.format(n=7).replace("pledged", "pled\x00ged"),
            PARAGRAPH.format(n=8),
            title="A\x00B",
        ),
        "text/html",
        "done",
        figures=2,
    ),
    Case(
        "sql-looking-title",
        html(
            f"<h1>{SQL_HEADING}</h1>", PARAGRAPH.format(n=7), PARAGRAPH.format(n=9), title=SQL_TITLE
        ),
        "text/html",
        "done",
        figures=2,
        title=SQL_TITLE,
    ),
    Case(
        "latin-1-declared-utf-8",
        html(*(FRENCH.format(n=n) for n in (7, 8, 9)), encoding="latin-1"),
        "text/html; charset=utf-8",
        "done",
        figures=3,
    ),
    Case(
        "nested-200-deep",
        html(PARAGRAPH.format(n=7), PARAGRAPH.format(n=6), depth=200),
        "text/html",
        "done",
        figures=2,
    ),
    Case(
        "nested-100000-deep",
        html(PARAGRAPH.format(n=7), depth=100_000),
        "text/html",
        "skipped",
        reason="no article text",
    ),
    Case(
        "binary-png",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
        "image/png",
        "skipped",
        reason="not HTML: image/png",
    ),
    Case(
        "binary-said-to-be-html",
        bytes((i * 7919 + 13) % 256 for i in range(20_000)),
        "text/html",
        "skipped",
        reason="no article text",
    ),
    Case("empty-body", b"", "text/html", "skipped", reason="empty body"),
    Case(
        "only-whitespace-and-nul", b" \n\t\x00 \r\n", "text/plain", "skipped", reason="empty body"
    ),
]


class Chain(InProcessChain):
    """The chain from cleaner.clean on, in this process (tests.support.chain)."""

    def run_article(self, article_id: int) -> None:
        self.run(pipeline.CLEAN_TASK, article_id)
        self.drain()


def insert(name: str, body: bytes, content_type: str | None, title: str | None = None) -> int:
    with db.transaction() as conn:
        article_id, inserted = articles.insert_article(
            conn,
            url=f"hostile:{name}",
            original_url=name,
            source="replay",
            raw_body=body,
            content_type=content_type,
            status=ArticleStatus.FETCHED,
            title=title,
        )
    assert inserted
    return article_id


def article(article_id: int) -> dict[str, Any]:
    with db.transaction() as conn:
        row = conn.execute(
            """
            SELECT a.status, a.status_reason, a.title, a.document_id,
                   (SELECT count(*) FROM figures f WHERE f.document_id = a.document_id) AS figures
            FROM articles a WHERE a.id = %s
            """,
            (article_id,),
        ).fetchone()
    assert row is not None
    return row


def counts() -> dict[str, int]:
    return ledger_counts()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_body_ends_recorded(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch, case: Case
) -> None:
    chain = Chain(monkeypatch)
    article_id = insert(case.name, case.body, case.content_type, case.title)
    chain.run_article(article_id)
    row = article(article_id)
    assert row["status"] == case.status, row
    assert row["figures"] == case.figures
    if case.reason is not None:
        assert (row["status_reason"] or "").startswith(case.reason), row
    if case.title is not None:
        assert row["title"] == case.title
    assert counts() == {
        "feeds": 0,
        "articles": 1,
        "documents": 1 if case.status == "done" else 0,
        "figures": case.figures,
        "failures": 0,  # a skip is not a failure
    }


def test_sql_looking_text_is_stored_verbatim(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = Chain(monkeypatch)
    body = html(
        f"<h1>{SQL_HEADING}</h1>", PARAGRAPH.format(n=7), PARAGRAPH.format(n=9), title=SQL_TITLE
    )
    article_id = insert("sql", body, "text/html", title=SQL_TITLE)
    chain.run_article(article_id)
    with db.transaction() as conn:
        document = conn.execute("SELECT title, text FROM documents").fetchone()
        tables = conn.execute(
            "SELECT count(*) AS n FROM pg_tables WHERE tablename IN ('articles', 'figures')"
        ).fetchone()
    assert document is not None
    assert tables is not None
    assert document["title"] in (SQL_TITLE, SQL_HEADING)
    assert tables["n"] == 2
    assert article(article_id)["title"] == SQL_TITLE


@pytest.mark.slow  # about 6 s: 50 MB into PostgreSQL and back
def test_fifty_megabyte_single_line_page_is_a_recorded_failure(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over the 10 MB cap: one failure row (attempts counted when it runs again), no document,
    and the cleaner refuses before parsing, so memory stays near the body's own size."""
    chain = Chain(monkeypatch)
    body = b"<html><body><p>" + b"a" * BIG_BYTES + b"</p></body></html>"
    article_id = insert("fifty-megabytes", body, "text/html")
    del body
    tracemalloc.start()
    try:
        chain.run_article(article_id)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    chain.run_article(article_id)  # delivered again: the same row, one more attempt

    row = article(article_id)
    assert row["status"] == "failed"
    assert row["status_reason"].startswith(
        f"Permanent: body too large: {BIG_BYTES + 33} bytes > 10485760"
    )
    with db.transaction() as conn:
        failures = conn.execute(
            "SELECT task, entity, entity_id, error_class, attempts, resolved_at FROM failures"
        ).fetchall()
    assert failures == [
        {
            "task": pipeline.CLEAN_TASK,
            "entity": "article",
            "entity_id": article_id,
            "error_class": "Permanent",
            "attempts": 2,
            "resolved_at": None,
        }
    ]
    assert counts() == {"feeds": 0, "articles": 1, "documents": 0, "figures": 0, "failures": 1}
    # The body read back from PostgreSQL, once: a few copies would already be 150 MB.
    print(f"\npeak traced memory while cleaning 50 MiB: {peak / 2**20:.0f} MiB")
    assert peak < 2.5 * BIG_BYTES, f"peak {peak / 2**20:.0f} MiB"


def test_hostile_bodies_among_good_ones_do_not_stop_the_chain(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every hostile case and 20 plain articles, interleaved: exact totals at the end."""
    chain = Chain(monkeypatch)
    ids = []
    for i, case in enumerate(CASES):
        ids.append(insert(case.name, case.body, case.content_type, case.title))
        for k in (2 * i, 2 * i + 1):
            text = f"Briefing {k}.\n\n{SENTENCE.format(n=100 + k)}\n\nOfficials said so.\n"
            ids.append(insert(f"good-{k}", text.encode(), "text/plain"))
    for article_id in ids:
        chain.run_article(article_id)

    good = 2 * len(CASES)
    done = [c for c in CASES if c.status == "done"]
    skipped = [c for c in CASES if c.status == "skipped"]
    assert counts() == {
        "feeds": 0,
        "articles": len(CASES) + good,
        "documents": len(done) + good,
        "figures": sum(c.figures for c in done) + good,
        "failures": 0,
    }
    with db.transaction() as conn:
        assert views.article_statuses(conn, ids) == {
            "done": len(done) + good,
            "skipped": len(skipped),
        }
