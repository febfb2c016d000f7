"""Failure causes: every code a raiser gives has a stable cause, and `run_stage` stores both."""

import pytest
from celery.exceptions import SoftTimeLimitExceeded

from services.fetcher import causes as fetcher_causes
from shared import db, pipeline
from shared.config import Settings
from shared.db import DatabaseUnavailable
from shared.errors import Permanent, Transient
from shared.failure_causes import CODE_CAUSES, Cause, cause_of
from shared.pipeline import ArticleStatus
from shared.stage import StageFunction, run_stage
from shared.store import articles, failures
from tests.support.ledger import query

# The codes of one item of a feed (SkippedItem.reason) never fail a stage.
ITEM_CODES = {value for name, value in vars(fetcher_causes).items() if name.startswith("ITEM_")} - {
    fetcher_causes.INVALID_URL
}
FETCHER_CODES = {
    value
    for name, value in vars(fetcher_causes).items()
    if name.isupper() and isinstance(value, str) and value not in ITEM_CODES
}


def test_every_fetcher_code_has_a_cause() -> None:
    assert FETCHER_CODES, "services.fetcher.causes defines its codes as upper-case names"
    assert sorted(FETCHER_CODES - set(CODE_CAUSES)) == []


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        (Permanent("HTTP 404 Not Found", code=fetcher_causes.HTTP_CLIENT_ERROR), Cause.HTTP_4XX),
        (Transient("HTTP 429", code=fetcher_causes.HTTP_RATE_LIMITED), Cause.HTTP_4XX),
        (Transient("HTTP 502", code=fetcher_causes.HTTP_SERVER_ERROR), Cause.HTTP_5XX),
        (Transient("HTTP 503", code=fetcher_causes.HTTP_UNAVAILABLE), Cause.HTTP_5XX),
        (Permanent("no such host", code=fetcher_causes.DNS_NO_SUCH_HOST), Cause.DNS),
        (Transient("slow", code=fetcher_causes.TIMEOUT_HEADERS), Cause.TIMEOUT),
        (Permanent("private", code=fetcher_causes.REFUSED_ADDRESS), Cause.SSRF_REFUSED),
        (Permanent("huge", code=fetcher_causes.BODY_TOO_LARGE), Cause.TOO_LARGE),
        (Permanent("broken XML", code=fetcher_causes.MALFORMED_FEED), Cause.PARSE),
        (Permanent("a web page", code=fetcher_causes.HTML_PAGE), Cause.NOT_A_FEED),
        (Permanent("no code"), Cause.UNCLASSIFIED),
        (Permanent("a code nobody mapped", code="brand_new"), Cause.UNCLASSIFIED),
        (SoftTimeLimitExceeded(), Cause.TIMEOUT),
        (DatabaseUnavailable("down"), Cause.DATABASE),
        (KeyError("surprise"), Cause.INTERNAL),
    ],
)
def test_cause_of(error: BaseException, cause: Cause) -> None:
    assert cause_of(error) is cause


def _article() -> int:
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(
            conn,
            url="https://a.example/cause",
            original_url="cause",
            source="manual",
            status=ArticleStatus.PENDING,
        )
    return article_id


def _raise(error: BaseException) -> StageFunction:
    def run(_: int) -> None:
        raise error

    return run


def test_run_stage_stores_cause_and_code(clean_db: Settings) -> None:
    article_id = _article()
    error = Transient("timed out waiting for headers", code=fetcher_causes.TIMEOUT_HEADERS)

    run_stage(pipeline.FETCH_ARTICLE_TASK, article_id, _raise(error))

    (row,) = query("SELECT cause, code, error_class FROM failures")
    assert row == {"cause": "timeout", "code": "timeout_headers", "error_class": "Transient"}


def test_a_bug_is_internal_and_its_next_failure_replaces_the_cause(clean_db: Settings) -> None:
    article_id = _article()
    run_stage(pipeline.FETCH_ARTICLE_TASK, article_id, _raise(ZeroDivisionError("bug")))
    assert query("SELECT cause, code FROM failures") == [{"cause": "internal", "code": None}]

    run_stage(pipeline.FETCH_ARTICLE_TASK, article_id, _raise(SoftTimeLimitExceeded()))

    assert query("SELECT cause, code, attempts FROM failures") == [
        {"cause": "timeout", "code": "time_limit", "attempts": 2}
    ]


def test_open_failures_are_counted_by_task_and_cause(clean_db: Settings) -> None:
    with db.transaction() as conn:
        for entity_id, error in enumerate(
            [
                Permanent("404", code=fetcher_causes.HTTP_CLIENT_ERROR),
                Permanent("410", code=fetcher_causes.HTTP_CLIENT_ERROR),
                Transient("500", code=fetcher_causes.HTTP_SERVER_ERROR),
            ]
        ):
            failures.record_failure(
                conn,
                task=pipeline.FETCH_ARTICLE_TASK,
                entity="article",
                entity_id=entity_id,
                error=error,
            )
        failures.record_failure(
            conn, task=pipeline.CLEAN_TASK, entity="article", entity_id=9, error=KeyError("x")
        )
        failures.resolve_failure(conn, task=pipeline.CLEAN_TASK, entity="article", entity_id=9)
        counted = failures.open_by_cause(conn)

    assert [(c.task, c.cause, c.open, c.attempts) for c in counted] == [
        (pipeline.FETCH_ARTICLE_TASK, "http_4xx", 2, 2),
        (pipeline.FETCH_ARTICLE_TASK, "http_5xx", 1, 1),
    ]
