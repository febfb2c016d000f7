"""extractor.extract: a document's clean text → its figures, replaced atomically per version."""

from services.extractor.figures import EXTRACTOR_VERSION, extract_figures
from shared import db, pipeline, store
from shared.errors import Permanent
from shared.stage import stage_task


@stage_task(pipeline.EXTRACT_TASK, entity="document")
def extract_document(document_id: int) -> None:
    # Extraction takes milliseconds, so it runs under the document's row lock: a concurrent
    # duplicate delivery or a reprocess waits, then finds this version's figures in place.
    with db.transaction() as conn:
        document = store.lock_document(conn, document_id)
        if document is None:
            raise Permanent(f"document {document_id} does not exist")
        if document.extractor_version == EXTRACTOR_VERSION:
            store.mark_document_articles(conn, document_id, "done")
            return
        published = document.published_at.date() if document.published_at else None
        figures = extract_figures(document.text, published=published)
        store.replace_figures(conn, document_id, EXTRACTOR_VERSION, figures)
