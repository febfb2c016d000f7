"""The reconciler's reading of a mention is stored with it (migration 0011): what a block's later
reconciliations read back is what the stage read, and the migration's backfill of mentions stored
before it gives the same reading."""

import datetime
import hashlib
import json
from pathlib import Path

from services.extractor.figures import extract_figures
from services.reconciler.mentions import document_mentions
from services.reconciler.tasks import mention_row, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.migrate import MIGRATIONS_DIR
from shared.models import CleanedDocument
from shared.store import articles, views
from tests.support.ledger import query

CLUSTERS = Path(__file__).parent / "clusters"
# In-sample clusters whose readings differ: equal sums of two givers (39, 02), one giver's equal
# sums in two years (41), equal packages the text tells apart (26), a group noun read from
# context (11), givers named only by their capital (45).
CHOSEN = (
    "02_nl_dk_same_amount",
    "11_udcg_roundup",
    "26_croatia_two_equal_packages",
    "39_be_pt_same_amount",
    "41_at_winterhilfe_zwei_jahre",
    "45_dk_danish_model_dkk",
)
READING = ("giver", "words_before", "other_givers", "other_years", "giver_named")


def _store_cluster_articles() -> list[int]:
    documents = []
    for line in (CLUSTERS / "clusters.jsonl").read_text("utf-8").splitlines():
        cluster = json.loads(line)
        if cluster["id"] not in CHOSEN:
            continue
        for article in cluster["articles"]:
            text = (CLUSTERS / article["path"]).read_text("utf-8")
            published = datetime.date.fromisoformat(article["published"])
            figures = extract_figures(text, title=article["title"], published=published)
            with db.transaction() as conn:
                article_id, _ = articles.insert_article(
                    conn,
                    url=f"file:{article['path']}",
                    original_url=article["path"],
                    source="manual",
                )
                document = CleanedDocument(
                    text=text,
                    text_sha256=hashlib.sha256(text.encode()).hexdigest(),
                    title=article["title"],
                    published_at=datetime.datetime.combine(
                        published, datetime.time(), datetime.UTC
                    ),
                )
                document_id = articles.save_document(conn, article_id, document, "test")
                articles.replace_figures(conn, document_id, "test", figures)
            documents.append(document_id)
    return documents


def _reading(place: tuple[int, int], values: list[object]) -> tuple[object, ...]:
    # arrays compared as sets: the stage writes them sorted, the backfill in any order
    return (*place, *(sorted(v) if isinstance(v, list | tuple) else v for v in values))


def _stored_reading() -> list[tuple[object, ...]]:
    found = query(
        f"SELECT document_id, start_offset, {', '.join(READING)} FROM claim_mentions "
        "ORDER BY document_id, start_offset"
    )
    return [
        _reading((row["document_id"], row["start_offset"]), [row[name] for name in READING])
        for row in found
    ]


def test_the_reading_is_stored_as_the_stage_reads_it(clean_db: Settings) -> None:
    documents = _store_cluster_articles()
    for document_id in documents:
        reconcile_and_store(document_id)
    expected = []
    for document_id in documents:
        with db.transaction() as conn:
            document = articles.lock_document(conn, document_id)
            figures = views.document_figures(conn, document_id)
        assert document is not None
        assert document.published_at is not None
        published = document.published_at.date()
        for m in document_mentions(document_id, document.text, figures, published):
            row = mention_row(m)
            values = [getattr(row, name) for name in READING]
            expected.append(_reading((document_id, m.start), values))
    stored = _stored_reading()
    assert stored == sorted(expected)
    # the readings differ: each column takes more than one value here
    for index, name in enumerate(READING, start=2):
        assert len({repr(row[index]) for row in stored}) > 1, name


def test_the_migration_backfills_the_same_reading(clean_db: Settings) -> None:
    for document_id in _store_cluster_articles():
        reconcile_and_store(document_id)
    stored = _stored_reading()
    migration = (MIGRATIONS_DIR / "0011_claim_mention_reading.sql").read_text("utf-8")
    backfill = migration[migration.index("UPDATE claim_mentions") :]
    with db.transaction() as conn:  # mentions as a ledger before the migration held them
        conn.execute(
            "UPDATE claim_mentions SET giver = NULL, words_before = '', other_givers = '{}', "
            "other_years = '{}', giver_named = false"
        )
        conn.execute(backfill)  # the migration's own text
    assert _stored_reading() == stored
