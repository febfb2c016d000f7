"""extractor.extract as a worker runs it, in this process: the run's real database, no broker."""

import hashlib

import pytest

from services.extractor.figures import EXTRACTOR_VERSION
from services.extractor.tasks import extract_and_store
from shared import db, pipeline
from shared.config import Settings
from shared.models import CleanedDocument
from shared.store import articles
from tests.support.chain import InProcessChain
from tests.support.ledger import query

TEXT = "Germany will give Ukraine 500 million euros in military aid in 2025."


@pytest.fixture
def chain(clean_db: Settings, monkeypatch: pytest.MonkeyPatch) -> InProcessChain:
    return InProcessChain(monkeypatch)


def _document(text: str = TEXT) -> int:
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(
            conn, url="https://news.example/1", original_url="1", source="manual"
        )
        doc = CleanedDocument(text=text, text_sha256=hashlib.sha256(text.encode()).hexdigest())
        return articles.save_document(conn, article_id, doc, "c1")


def test_extract_stores_the_figures_and_hands_them_to_reconcile(chain: InProcessChain) -> None:
    document_id = _document()

    chain.run(pipeline.EXTRACT_TASK, document_id)

    figures = query("SELECT value, unit, donor, recipient, year, extractor_version FROM figures")
    assert [(f["value"], f["unit"], f["extractor_version"]) for f in figures] == [
        (500_000_000, "EUR", EXTRACTOR_VERSION)
    ]
    assert query("SELECT status FROM articles") == [{"status": "extracted"}]
    assert [(name, entity) for name, entity, _ in chain.sent] == [
        (pipeline.RECONCILE_TASK, document_id)
    ]


def test_extract_of_a_current_document_changes_nothing(chain: InProcessChain) -> None:
    document_id = _document()
    chain.run(pipeline.EXTRACT_TASK, document_id)
    (before,) = query("SELECT id FROM figures")

    assert extract_and_store(document_id) is False
    assert query("SELECT id FROM figures") == [before]  # not even rewritten
    assert extract_and_store(document_id, force=True) is True


def test_a_missing_document_is_a_recorded_failure(chain: InProcessChain) -> None:
    chain.run(pipeline.EXTRACT_TASK, 12345)

    (failure,) = query("SELECT task, entity, entity_id, error_class FROM failures")
    assert failure == {
        "task": pipeline.EXTRACT_TASK,
        "entity": "document",
        "entity_id": 12345,
        "error_class": "Permanent",
    }
