"""The store's keys and upserts, against the run's real database: what makes retries safe."""

from decimal import Decimal

import psycopg

from shared import db
from shared.config import Settings
from shared.errors import Permanent
from shared.models import CleanedDocument, Figure
from shared.store import articles, failures, views
from tests.support.ledger import articles_in, counts


def _figure(start: int, value: int) -> Figure:
    return Figure(
        start=start,
        end=start + 5,
        surface="x" * 5,
        sentence="s",
        value=Decimal(value),
        unit="EUR",
        qualifier="exact",
        category="other",
        aid_related=False,
    )


def test_article_insert_is_keyed_on_url_and_guid(clean_db: Settings) -> None:
    with db.transaction() as conn:
        first = articles.insert_article(
            conn, url="https://a.example/1", original_url="u", source="manual"
        )
        again = articles.insert_article(
            conn, url="https://a.example/1", original_url="v", source="manual"
        )
        long_url = "https://a.example/" + "x" * 5000
        big, inserted = articles.insert_article(
            conn, url=long_url, original_url=long_url, source="manual"
        )
    assert first == (first[0], True)
    assert again == (first[0], False)
    assert inserted
    assert big != first[0]


def test_one_document_per_text_and_figures_replaced(clean_db: Settings) -> None:
    doc = CleanedDocument(text="same story", text_sha256="a" * 64)
    with db.transaction() as conn:
        a, _ = articles.insert_article(
            conn, url="https://a.example/1", original_url="1", source="manual"
        )
        b, _ = articles.insert_article(
            conn, url="https://b.example/2", original_url="2", source="manual"
        )
        doc_a = articles.save_document(conn, a, doc, "c1")
        doc_b = articles.save_document(conn, b, doc, "c1")
        assert doc_a == doc_b
        assert articles.lock_document(conn, doc_a) is not None
        articles.replace_figures(conn, doc_a, "v1", [_figure(0, 1), _figure(10, 2)])
        articles.replace_figures(conn, doc_a, "v2", [_figure(0, 3)])
        rows = views.list_figures(conn)
        assert views.article_statuses(conn, [a, b]) == {"extracted": 2}
    assert [(r.value, r.extractor_version, r.doc) for r in rows] == [(Decimal(3), "v2", "1")]


def test_failures_count_attempts_in_one_row(clean_db: Settings) -> None:
    with db.transaction() as conn:
        article, _ = articles.insert_article(
            conn, url="https://a.example/1", original_url="1", source="manual"
        )
        for _ in range(3):
            failures.record_failure(
                conn,
                task="cleaner.clean",
                entity="article",
                entity_id=article,
                error=Permanent("bad"),
            )
        rows = conn.execute("SELECT attempts, error_class, message FROM failures").fetchall()
        assert rows == [{"attempts": 3, "error_class": "Permanent", "message": "bad"}]
        failures.resolve_failure(conn, task="cleaner.clean", entity="article", entity_id=article)
    assert counts()["failures"] == 0


def test_a_pooled_connection_the_server_closed_is_replaced_on_checkout(
    clean_db: Settings,
) -> None:
    # The pool checks a connection only when its socket has something to read (shared/db.py):
    # backends terminated while their connections sat idle must still never reach a caller.
    with db.transaction() as conn:
        conn.execute("SELECT 1")
    assert clean_db.database_url is not None
    with psycopg.connect(clean_db.database_url, autocommit=True) as admin:
        # With a timeout, each call returns once its backend has gone.
        killed = {
            pid
            for pid, gone in admin.execute(
                "SELECT pid, pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if gone
        }
    assert killed
    with db.transaction() as conn:
        now = conn.execute("SELECT pg_backend_pid() AS pid").fetchone()
    assert now is not None
    assert now["pid"] not in killed


def test_a_statement_alone_commits_and_the_connection_goes_back_transactional(
    clean_db: Settings,
) -> None:
    # A stage resolves its failure row with one autocommitted statement (shared/stage.py); the
    # pooled connection must come back to the next caller as a transaction again.
    with db.autocommit() as conn:
        assert conn.autocommit
        conn.execute("CREATE TABLE lone (n int)")
        conn.execute("INSERT INTO lone VALUES (1)")
    try:
        with db.transaction() as conn:
            assert not conn.autocommit
            conn.execute("INSERT INTO lone VALUES (2)")
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    with db.transaction() as conn:
        assert conn.execute("SELECT array_agg(n) AS ns FROM lone").fetchone() == {"ns": [1]}
        conn.execute("DROP TABLE lone")


def test_in_flight_ids_are_the_articles_mid_chain(clean_db: Settings) -> None:
    statuses = ["pending", "fetched", "cleaned", "extracted", "done", "skipped", "failed"]
    with db.transaction() as conn:
        ids = articles_in(conn, *statuses)
        assert views.in_flight_ids(conn) == set(ids[:4])
