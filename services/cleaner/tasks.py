"""cleaner.clean: an article's stored body → one document of clean text, then extraction."""

from services.cleaner.clean import CLEANER_VERSION, clean
from shared import db, pipeline, preload
from shared.celery_app import send_next
from shared.config import get_settings
from shared.errors import Permanent, Skip
from shared.failure_causes import MISSING
from shared.stage import stage_task
from shared.store import articles


def clean_and_store(article_id: int) -> int:
    """Clean an article's raw body and store the document; returns the document's id."""
    settings = get_settings()
    with db.autocommit() as conn:  # one read: no transaction to open and commit around it
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


# A page long enough to pass the prose checks, so that warming reaches every lazy load on the way:
# trafilatura's first parse, the date search and py3langid's model (see shared/preload.py).
_WARM_UP_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Allies pledge aid</title>"
    "<meta property='article:published_time' content='2025-02-11T10:00:00Z'></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Allies pledge more aid</h1>"
    + "".join(
        f"<p>Paragraph {i}: the ministers said on Tuesday that the allies would send more air "
        "defence systems and ammunition to Ukraine this year, and that the package agreed at "
        "the meeting in Brussels was the largest so far, according to the statement.</p>"
        for i in range(6)
    )
    + "</article><footer>Warm-up Wire</footer></body></html>"
).encode()


@preload.on_worker_start
def warm_up() -> None:
    clean(_WARM_UP_PAGE, content_type="text/html", url="https://example.org/warm-up")
