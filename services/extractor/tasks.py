"""extractor.extract: a document's clean text → its figures, replaced atomically per version."""

import datetime

from services.extractor import lexicon
from services.extractor.figures import EXTRACTOR_VERSION, extract_figures
from shared import db, metrics, pipeline, preload
from shared.celery_app import send_next
from shared.errors import Permanent
from shared.failure_causes import MISSING
from shared.stage import stage_task
from shared.store import articles


def extract_and_store(document_id: int, *, force: bool = False) -> bool:
    """Give a document this version's figures; returns False when it had them already (unless
    `force`: re-extract anyway).

    Extraction takes milliseconds, so it runs under the document's row lock: a duplicate delivery
    or a reprocess running at the same time waits, then finds this version's figures in place.
    """
    with db.transaction() as conn:
        document = articles.lock_document(conn, document_id)
        if document is None:
            raise Permanent(f"document {document_id} does not exist", code=MISSING)
        if document.extractor_version == EXTRACTOR_VERSION and not force:
            articles.mark_extracted(conn, document_id)
            return False
        published = document.published_at.date() if document.published_at else None
        figures = extract_figures(document.text, title=document.title, published=published)
        articles.replace_figures(conn, document_id, EXTRACTOR_VERSION, figures)
    metrics.count_figures(len(figures))  # committed
    return True


@stage_task(pipeline.EXTRACT_TASK)
def extract_document(document_id: int) -> None:
    extract_and_store(document_id)
    send_next(pipeline.EXTRACT_TASK, document_id)


# One sentence per language the extractor reads, with a foreign currency so that the ECB rates
# are parsed too (see shared/preload.py).
_WARM_UP_TEXTS = (
    "Germany pledged 1.2 billion dollars in military aid to Ukraine in 2025, the ministry said.",
    "Deutschland hat der Ukraine im Jahr 2025 Militärhilfe von 1,2 Milliarden Dollar zugesagt.",
    "La France a promis une aide militaire de 1,2 milliard de dollars à l'Ukraine en 2025.",
)


@preload.on_worker_start
def warm_up() -> None:
    lexicon.warm()
    for text in _WARM_UP_TEXTS:
        extract_figures(text, title=None, published=datetime.date(2025, 2, 11))
