"""The article's life cycle, written down once: statuses, stages, tasks, queues and transitions.

Everything else (the SQL, the stage wrapper, the sweeper, `reprocess`, the CLI) takes its status
words and its routing from here. Adding a stage is a `Stage` in `STAGES` plus a migration that
lets the new status into `articles.status`. Pure data and small functions; imports nothing.

Task names are explicit and stable: moving a module never renames a message in flight.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class ArticleStatus(StrEnum):
    """An article's place in the chain (`articles.status`)."""

    PENDING = "pending"  # listed by a feed, not downloaded yet
    FETCHED = "fetched"  # raw body stored
    CLEANED = "cleaned"  # linked to a document of clean text
    EXTRACTED = "extracted"  # its document's figures are stored
    DONE = "done"  # its document's figures are reconciled into claims
    SKIPPED = "skipped"  # holds nothing for the ledger (index page, PDF, empty page)
    FAILED = "failed"  # a permanent error, or retries spent; see `failures`


class Entity(StrEnum):
    """What a task's id names; a document stands for every article linked to it."""

    FEED = "feed"
    ARTICLE = "article"
    DOCUMENT = "document"


# Queues: every service's worker consumes its own.
FETCH: Final = "fetch"
CLEAN: Final = "clean"
EXTRACT: Final = "extract"
RECONCILE: Final = "reconcile"
QUEUES: Final = (FETCH, CLEAN, EXTRACT, RECONCILE)

# The module that defines each queue's tasks, named by string so the app imports no service.
QUEUE_MODULES: Final = {
    FETCH: "services.fetcher.tasks",
    CLEAN: "services.cleaner.tasks",
    EXTRACT: "services.extractor.tasks",
    RECONCILE: "services.reconciler.tasks",
}

POLL_DUE_TASK: Final = "fetcher.poll_due"
POLL_FEED_TASK: Final = "fetcher.poll_feed"
FETCH_ARTICLE_TASK: Final = "fetcher.fetch_article"
CLEAN_TASK: Final = "cleaner.clean"
EXTRACT_TASK: Final = "extractor.extract"
RECONCILE_TASK: Final = "reconciler.reconcile"
SWEEP_TASK: Final = "ledger.sweep"


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of an article's chain: the task that takes it on from `takes` to `gives`."""

    task: str
    queue: str
    entity: Entity  # what the task's id names
    takes: ArticleStatus  # the status the task expects (and a retry puts the article back in)
    gives: ArticleStatus  # the status once its output is committed


# The chain in order. Replay enters at the clean stage with articles stored as `fetched`.
STAGES: Final = (
    Stage(FETCH_ARTICLE_TASK, FETCH, Entity.ARTICLE, ArticleStatus.PENDING, ArticleStatus.FETCHED),
    Stage(CLEAN_TASK, CLEAN, Entity.ARTICLE, ArticleStatus.FETCHED, ArticleStatus.CLEANED),
    Stage(EXTRACT_TASK, EXTRACT, Entity.DOCUMENT, ArticleStatus.CLEANED, ArticleStatus.EXTRACTED),
    Stage(RECONCILE_TASK, RECONCILE, Entity.DOCUMENT, ArticleStatus.EXTRACTED, ArticleStatus.DONE),
)

STAGE_BY_TASK: Final = {stage.task: stage for stage in STAGES}

# Statuses an article waits in for its next task (what the sweeper watches)...
IN_FLIGHT: Final = tuple(stage.takes for stage in STAGES)
# ...and the ones it ends in. `done` is the last stage's output; the others end it early.
TERMINAL: Final = (STAGES[-1].gives, ArticleStatus.SKIPPED, ArticleStatus.FAILED)
# Articles whose body a cleaner has handled: what `reprocess --stage clean` may run again.
CLEANER_HANDLED: Final = (ArticleStatus.CLEANED, *TERMINAL)

# The queue each task runs on: the stages', plus the feed tasks and the sweeper.
TASK_QUEUES: Final = {
    POLL_DUE_TASK: FETCH,
    POLL_FEED_TASK: FETCH,
    **{stage.task: stage.queue for stage in STAGES},
    SWEEP_TASK: FETCH,  # light, periodic, beside beat's other task
}

# The entity each task's id names.
TASK_ENTITIES: Final = {
    POLL_FEED_TASK: Entity.FEED,
    **{stage.task: stage.entity for stage in STAGES},
}


def next_task(task: str) -> str | None:
    """The task that takes over once `task`'s output is committed; None after the last stage."""
    index = STAGES.index(STAGE_BY_TASK[task])
    return STAGES[index + 1].task if index + 1 < len(STAGES) else None


def stage_taking(status: str) -> Stage | None:
    """The stage that takes an article on from `status`; None once it has ended."""
    return next((stage for stage in STAGES if stage.takes == status), None)


def reached_after(status: ArticleStatus) -> tuple[ArticleStatus, ...]:
    """The statuses an article reaches after `status`, along the chain."""
    takes = [stage.takes for stage in STAGES]
    if status not in takes:
        return ()
    return tuple(stage.gives for stage in STAGES[takes.index(status) :])


def resume_task(article_id: int, status: str, document_id: int | None) -> tuple[str, int] | None:
    """(task, entity id) that takes an article on from `status`; None once it has ended."""
    stage = stage_taking(status)
    if stage is None:
        return None
    entity_id = document_id if stage.entity is Entity.DOCUMENT else article_id
    return None if entity_id is None else (stage.task, entity_id)


def retry_status(task: str) -> ArticleStatus | None:
    """The status an article goes back to when `task`, which failed on it, is retried."""
    stage = STAGE_BY_TASK.get(task)
    return stage.takes if stage is not None and stage.entity is Entity.ARTICLE else None


def diagram() -> str:
    """The life cycle as text, for docs/architecture.md (a test keeps the two the same)."""
    rows = [("status", "task that takes it on", "queue", "its id", "then")]
    rows += [(s.takes, s.task, s.queue, s.entity, s.gives) for s in STAGES]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]  # fmt: skip
    lines.append(
        f"terminal: {', '.join(TERMINAL)} (any stage may end an article as skipped/failed)"
    )
    return "\n".join(lines)
