"""The life cycle in `shared.pipeline`: consistent, and the same as docs/architecture.md shows."""

from pathlib import Path

from shared import pipeline
from shared.pipeline import ArticleStatus, Entity

ROOT = Path(__file__).resolve().parent.parent


def test_every_status_has_one_place() -> None:
    in_flight, terminal = set(pipeline.IN_FLIGHT), set(pipeline.TERMINAL)
    assert not in_flight & terminal
    assert in_flight | terminal == set(ArticleStatus)


def test_each_stage_takes_what_the_one_before_gives() -> None:
    for before, after in zip(pipeline.STAGES, pipeline.STAGES[1:], strict=False):
        assert before.gives == after.takes
        assert pipeline.next_task(before.task) == after.task
    assert pipeline.next_task(pipeline.STAGES[-1].task) is None


def test_resume_and_retry_name_the_task_and_its_id() -> None:
    assert pipeline.resume_task(7, "pending", None) == (pipeline.FETCH_ARTICLE_TASK, 7)
    assert pipeline.resume_task(7, "fetched", None) == (pipeline.CLEAN_TASK, 7)
    assert pipeline.resume_task(7, "cleaned", 3) == (pipeline.EXTRACT_TASK, 3)
    assert pipeline.resume_task(7, "done", 3) is None
    assert pipeline.retry_status(pipeline.CLEAN_TASK) is ArticleStatus.FETCHED
    assert pipeline.retry_status(pipeline.EXTRACT_TASK) is None  # a document's task
    assert pipeline.TASK_ENTITIES[pipeline.POLL_FEED_TASK] is Entity.FEED


def test_every_task_has_a_queue_and_every_queue_a_module() -> None:
    for stage in pipeline.STAGES:
        assert pipeline.TASK_QUEUES[stage.task] == stage.queue
    assert set(pipeline.TASK_QUEUES.values()) <= set(pipeline.QUEUE_MODULES)


def test_the_architecture_doc_shows_the_life_cycle_of_the_code() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert pipeline.diagram() in doc


def test_no_status_word_is_written_in_sql() -> None:
    """The store takes status words as parameters; a literal would escape the life cycle."""
    words = [f"'{status}'" for status in ArticleStatus]
    for path in (ROOT / "shared" / "store").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [w for w in words if w in text], path.name
