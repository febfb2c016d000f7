"""The operator's reads of a running deployment (`shared.store.operations`), in the run's real
database: what waits for each stage and since when, what each stage finished and when."""

from shared import db, pipeline
from shared.config import Settings
from shared.pipeline import ArticleStatus
from shared.store import articles, operations


def _article(url: str, status: ArticleStatus, source: str = "feed") -> int:
    with db.transaction() as conn:
        article_id, _ = articles.insert_article(
            conn, url=url, original_url=url, source=source, status=status
        )
    return article_id


def _age(article_id: int, column: str, hours: float) -> None:
    with db.transaction() as conn:
        conn.execute(
            f"UPDATE articles SET {column} = now() - make_interval(secs => %s) WHERE id = %s",
            (hours * 3600, article_id),
        )


def test_every_task_of_the_chain_has_a_clock() -> None:
    assert {stage.task for stage in pipeline.STAGES} <= set(operations.STAGE_CLOCKS)


def test_waiting_counts_each_stage_and_ages_its_oldest(clean_db: Settings) -> None:
    old = _article("https://a.example/old", ArticleStatus.PENDING)
    _article("https://a.example/new", ArticleStatus.PENDING)
    _article("https://a.example/fetched", ArticleStatus.FETCHED, source="replay")
    _article("https://a.example/done", ArticleStatus.DONE)
    _age(old, "updated_at", 2)

    with db.transaction() as conn:
        waiting = {w.task: w for w in operations.waiting(conn)}

    assert list(waiting) == [stage.task for stage in pipeline.STAGES]
    fetch = waiting[pipeline.FETCH_ARTICLE_TASK]
    assert fetch.waiting == 2
    assert fetch.oldest_s is not None
    assert 2 * 3600 <= fetch.oldest_s < 3 * 3600
    assert waiting[pipeline.CLEAN_TASK].waiting == 1
    assert (waiting[pipeline.EXTRACT_TASK].waiting, waiting[pipeline.EXTRACT_TASK].oldest_s) == (
        0,
        None,
    )


def test_throughput_counts_by_window_and_leaves_out_replayed_files(clean_db: Settings) -> None:
    for n, hours in enumerate((0, 0.5, 3)):
        article_id = _article(f"https://a.example/{n}", ArticleStatus.PENDING)
        with db.transaction() as conn:
            articles.save_fetched(
                conn,
                article_id,
                http_status=200,
                content_type="text/html",
                body=b"<p>x</p>",
                body_sha256=f"{n}",
            )
        _age(article_id, "fetched_at", hours)
    _article("https://a.example/replayed", ArticleStatus.FETCHED, source="replay")

    with db.transaction() as conn:
        [fetch] = operations.throughput(conn, [pipeline.FETCH_ARTICLE_TASK])

    assert (fetch.done_5m, fetch.done_1h, fetch.done_total) == (1, 2, 3)


def test_feed_schedule_without_feeds(clean_db: Settings) -> None:
    with db.transaction() as conn:
        schedule = operations.feed_schedule(conn)

    assert schedule == operations.FeedSchedule(due_now=0, next_poll_at=None, oldest_due_s=None)
