"""`run_stage`: each outcome of a stage function and its effect in the run's real database,
called directly (no Celery, no worker)."""

from typing import Any

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from kombu.exceptions import OperationalError as BrokerError

from shared import db, pipeline
from shared.config import Settings
from shared.db import DatabaseUnavailable
from shared.errors import Permanent, Skip, Transient
from shared.pipeline import ArticleStatus
from shared.stage import Outcome, StageResult, backoff_s, prepare_retry, run_stage
from shared.store import articles, failures, feeds
from tests.support.ledger import query


def _article(status: ArticleStatus = ArticleStatus.FETCHED) -> int:
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(
            conn, url="https://a.example/1", original_url="1", source="manual", status=status
        )
    return article_id


def _raises(error: BaseException) -> Any:
    def run(_: int) -> None:
        raise error

    return run


def _state(article_id: int) -> tuple[str, str | None]:
    (row,) = query("SELECT status, status_reason FROM articles WHERE id = %s", article_id)
    return row["status"], row["status_reason"]


def _open_failures() -> list[dict[str, Any]]:
    return query(
        "SELECT task, entity, entity_id, error_class, message, attempts FROM failures"
        " WHERE resolved_at IS NULL ORDER BY id"
    )


def test_success_resolves_an_open_failure(clean_db: Settings) -> None:
    article_id = _article()
    run_stage(pipeline.CLEAN_TASK, article_id, _raises(Permanent("broken page")))
    assert len(_open_failures()) == 1

    result = run_stage(pipeline.CLEAN_TASK, article_id, lambda _: None)

    assert result == StageResult(Outcome.DONE)
    assert _open_failures() == []


def test_skip_marks_the_article_with_its_reason_and_files_no_failure(clean_db: Settings) -> None:
    article_id = _article()

    result = run_stage(pipeline.CLEAN_TASK, article_id, _raises(Skip("PDF, not a page")))

    assert result.outcome is Outcome.SKIPPED
    assert _state(article_id) == ("skipped", "PDF, not a page")
    assert _open_failures() == []


def test_permanent_fails_the_article_and_counts_attempts(clean_db: Settings) -> None:
    article_id = _article()
    for _ in range(2):
        result = run_stage(pipeline.CLEAN_TASK, article_id, _raises(Permanent("bad\nsecond line")))

    assert result.outcome is Outcome.FAILED
    assert _state(article_id) == ("failed", "Permanent: bad")
    assert _open_failures() == [
        {
            "task": pipeline.CLEAN_TASK,
            "entity": "article",
            "entity_id": article_id,
            "error_class": "Permanent",
            "message": "bad",
            "attempts": 2,
        }
    ]


@pytest.mark.parametrize("error", [Transient("503", retry_after=7), DatabaseUnavailable("down")])
def test_transient_retries_while_retries_are_left_then_fails(
    clean_db: Settings, error: Exception
) -> None:
    article_id = _article()

    result = run_stage(pipeline.CLEAN_TASK, article_id, _raises(error), retries_left=1)
    assert result.outcome is Outcome.RETRY
    assert result.retry_after == (7 if isinstance(error, Transient) else None)
    assert _state(article_id) == ("fetched", None)  # nothing recorded before the last try
    assert _open_failures() == []

    result = run_stage(pipeline.CLEAN_TASK, article_id, _raises(error), retries_left=0)
    assert result.outcome is Outcome.FAILED
    assert _state(article_id)[0] == "failed"
    assert [f["error_class"] for f in _open_failures()] == [type(error).__name__]


def test_a_time_limit_and_a_crash_are_failures(clean_db: Settings) -> None:
    article_id = _article()
    assert (
        run_stage(pipeline.CLEAN_TASK, article_id, _raises(SoftTimeLimitExceeded())).outcome
        is Outcome.FAILED
    )
    assert _state(article_id)[1] is not None
    assert _state(article_id)[1].startswith("Permanent: timed out after")  # type: ignore[union-attr]

    result = run_stage(pipeline.CLEAN_TASK, article_id, _raises(KeyError("surprise")))
    assert result.outcome is Outcome.FAILED
    assert _open_failures()[0]["error_class"] == "KeyError"


def test_a_lost_hand_off_leaves_the_article_for_the_sweeper(clean_db: Settings) -> None:
    article_id = _article(ArticleStatus.CLEANED)

    result = run_stage(pipeline.CLEAN_TASK, article_id, _raises(BrokerError("broker down")))

    assert result.outcome is Outcome.HANDOFF_LOST
    assert _state(article_id) == ("cleaned", None)
    assert _open_failures() == []


def test_a_document_stage_marks_every_article_of_the_document(clean_db: Settings) -> None:
    from shared.models import CleanedDocument

    with db.transaction() as conn:
        ids = [
            articles.insert_article(
                conn, url=f"https://a.example/{n}", original_url=str(n), source="manual"
            )[0]
            for n in (1, 2)
        ]
        doc = CleanedDocument(text="one story", text_sha256="b" * 64)
        document_id = {articles.save_document(conn, i, doc, "c1") for i in ids}.pop()

    run_stage(pipeline.EXTRACT_TASK, document_id, _raises(Permanent("no text")))

    assert [_state(i)[0] for i in ids] == ["failed", "failed"]
    assert _open_failures()[0]["entity"] == "document"


def test_a_failed_poll_is_counted_on_the_feed_with_backoff(clean_db: Settings) -> None:
    with db.transaction() as conn:
        feed_id, _ = feeds.add_feed(conn, "https://feeds.example/rss", 900)

    run_stage(pipeline.POLL_FEED_TASK, feed_id, _raises(Transient("HTTP 503", retry_after=120)))

    (feed,) = query(
        "SELECT consecutive_failures, last_error,"
        " extract(epoch FROM next_poll_at - now()) AS wait_s FROM feeds WHERE id = %s",
        feed_id,
    )
    assert feed["consecutive_failures"] == 1
    assert feed["last_error"] == "Transient: HTTP 503"
    assert 110 < feed["wait_s"] <= 120  # the server's Retry-After, not the doubled interval
    assert _open_failures()[0]["entity"] == "feed"


def test_prepare_retry_puts_an_article_back_where_the_task_expects_it(clean_db: Settings) -> None:
    article_id = _article(ArticleStatus.PENDING)
    run_stage(pipeline.FETCH_ARTICLE_TASK, article_id, _raises(Permanent("HTTP 404")))
    (failure,) = (f for f in _listed() if f.entity_id == article_id)

    with db.transaction() as conn:
        prepare_retry(conn, failure)

    assert _state(article_id) == ("pending", "retry requested")


def _listed() -> list[failures.FailureRow]:
    with db.transaction() as conn:
        return failures.list_failures(conn)


def test_backoff_honours_retry_after_within_the_cap() -> None:
    assert backoff_s(0, retry_after=30, cap_s=60) == 30
    assert backoff_s(0, retry_after=3600, cap_s=60) == 60
    assert 1 <= backoff_s(3, retry_after=None, cap_s=600) <= 16
