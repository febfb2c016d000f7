"""cleaner.clean: an article's stored body → one document of clean text, then extraction."""

from services.cleaner.clean import CLEANER_VERSION, clean
from shared import db, pipeline
from shared.celery_app import send_next
from shared.config import get_settings
from shared.errors import Permanent, Skip
from shared.failure_causes import MISSING
from shared.stage import stage_task
from shared.store import articles


def clean_and_store(article_id: int) -> int:
    """Clean an article's raw body and store the document; returns the document's id."""
    settings = get_settings()
    with db.transaction() as conn:
        article = articles.article_body(conn, article_id)
    if article is None:
        raise Permanent(f"article {article_id} has no stored body", code=MISSING)
    try:
        document = clean(
            article.raw_body,
            content_type=article.content_type,
            url=article.original_url,
            fallback_date=article.published_at,
            max_body_bytes=settings.clean_max_body_bytes,
            timeout_s=settings.clean_timeout_s,
        )
    except (Skip, Permanent):
        with db.transaction() as conn:  # so that reprocess knows which cleaner said so
            articles.set_article_cleaner_version(conn, article_id, CLEANER_VERSION)
        raise
    with db.transaction() as conn:
        return articles.save_document(conn, article_id, document, CLEANER_VERSION)


@stage_task(pipeline.CLEAN_TASK)
def clean_article(article_id: int) -> None:
    document_id = clean_and_store(article_id)
    send_next(pipeline.CLEAN_TASK, document_id)
