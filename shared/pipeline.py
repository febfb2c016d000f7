"""The chain, written down once: stage order, task names and queues. Pure data, imports nothing.

    fetcher.poll_feed ─┐
    fetcher.fetch_article → cleaner.clean → extractor.extract
    (replay enters at cleaner.clean)

Task names are explicit and stable: moving a module never renames a message in flight.
"""

from typing import Final

FETCH: Final = "fetch"
CLEAN: Final = "clean"
EXTRACT: Final = "extract"
QUEUES: Final = (FETCH, CLEAN, EXTRACT)

POLL_DUE_TASK: Final = "fetcher.poll_due"
POLL_FEED_TASK: Final = "fetcher.poll_feed"
FETCH_ARTICLE_TASK: Final = "fetcher.fetch_article"
CLEAN_TASK: Final = "cleaner.clean"
EXTRACT_TASK: Final = "extractor.extract"
SWEEP_TASK: Final = "ledger.sweep"

# The queue each task runs on; every service's worker consumes its own queue.
TASK_QUEUES: Final = {
    POLL_DUE_TASK: FETCH,
    POLL_FEED_TASK: FETCH,
    FETCH_ARTICLE_TASK: FETCH,
    CLEAN_TASK: CLEAN,
    EXTRACT_TASK: EXTRACT,
    SWEEP_TASK: FETCH,  # light, periodic, beside beat's other task
}

# The task that takes an article on from each intermediate status (what the sweeper re-sends).
TASK_FOR_STATUS: Final = {
    "pending": FETCH_ARTICLE_TASK,
    "fetched": CLEAN_TASK,
    "cleaned": EXTRACT_TASK,  # takes the article's document id
}


def resume_task(article_id: int, status: str, document_id: int | None) -> tuple[str, int] | None:
    """(task, entity id) that takes an article on from `status`; None once it has ended."""
    task = TASK_FOR_STATUS.get(status)
    entity = document_id if task == EXTRACT_TASK else article_id
    return None if task is None or entity is None else (task, entity)


# The module that defines each queue's tasks, named by string so the app imports no service.
QUEUE_MODULES: Final = {
    FETCH: "services.fetcher.tasks",
    CLEAN: "services.cleaner.tasks",
    EXTRACT: "services.extractor.tasks",
}

# What a stage hands on to once its output is committed: an article goes fetch → clean → extract.
NEXT_TASK: Final = {
    FETCH_ARTICLE_TASK: CLEAN_TASK,
    CLEAN_TASK: EXTRACT_TASK,
}
