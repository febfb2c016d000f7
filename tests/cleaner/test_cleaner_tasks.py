"""cleaner.clean as a worker runs it, in this process: the run's real database, no broker."""

import hashlib

import pytest

from services.cleaner.clean import CLEANER_VERSION
from shared import db, pipeline
from shared.config import Settings
from shared.pipeline import ArticleStatus
from shared.store import articles
from tests.support.chain import InProcessChain
from tests.support.ledger import query

SEED = "tests/fixtures/seeds/000_f0ac4543b9476d1e.txt"


@pytest.fixture
def chain(clean_db: Settings, monkeypatch: pytest.MonkeyPatch) -> InProcessChain:
    return InProcessChain(monkeypatch)


def _stored(body: bytes, content_type: str = "text/plain") -> int:
    sha = hashlib.sha256(body).hexdigest()
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(
            conn,
            url=f"replay:sha256:{sha}",
            original_url="page",
            source="replay",
            raw_body=body,
            body_sha256=sha,
            content_type=content_type,
            status=ArticleStatus.FETCHED,
        )
    return article_id


def test_clean_stores_one_document_and_hands_it_to_extract(chain: InProcessChain) -> None:
    with open(SEED, "rb") as seed:
        article_id = _stored(seed.read())

    chain.run(pipeline.CLEAN_TASK, article_id)

    (article,) = query("SELECT status, document_id, cleaner_version FROM articles")
    assert article["status"] == "cleaned"
    assert article["cleaner_version"] == CLEANER_VERSION
    assert [(name, entity) for name, entity, _ in chain.sent] == [
        (pipeline.EXTRACT_TASK, article["document_id"])
    ]


def test_clean_delivered_twice_stores_one_document(chain: InProcessChain) -> None:
    with open(SEED, "rb") as seed:
        article_id = _stored(seed.read())

    chain.run(pipeline.CLEAN_TASK, article_id)
    chain.run(pipeline.CLEAN_TASK, article_id)

    assert len(query("SELECT id FROM documents")) == 1


def test_an_empty_page_is_skipped_with_its_reason(chain: InProcessChain) -> None:
    article_id = _stored(b"<html><body></body></html>", "text/html")

    chain.run(pipeline.CLEAN_TASK, article_id)

    (article,) = query("SELECT status, status_reason, cleaner_version FROM articles")
    assert article["status"] == "skipped"
    assert article["status_reason"]
    assert article["cleaner_version"] == CLEANER_VERSION  # so reprocess knows who skipped it
    assert chain.sent == []
    assert query("SELECT id FROM failures") == []


def test_an_article_without_a_body_is_a_recorded_failure(chain: InProcessChain) -> None:
    chain.run(pipeline.CLEAN_TASK, 999)

    (failure,) = query("SELECT task, entity, entity_id, error_class, message FROM failures")
    assert failure == {
        "task": pipeline.CLEAN_TASK,
        "entity": "article",
        "entity_id": 999,
        "error_class": "Permanent",
        "message": "article 999 has no stored body",
    }
