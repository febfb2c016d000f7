"""The sweeper: PostgreSQL is the ledger, the broker only a hint.

A message can be lost (Redis restarted without persistence, a publish while the broker was down,
a worker killed past its retries). Every article's place in the chain is in PostgreSQL, so once a
minute (beat) or on demand (`aidledger sweep`) the articles idle mid-chain are sent on again.
Every stage is idempotent, so a message that was only slow costs a duplicate, never a double.
"""

from collections import Counter

from shared import db, logs, pipeline
from shared.celery_app import app, send
from shared.config import get_settings
from shared.errors import Permanent
from shared.failure_causes import STUCK_CODE
from shared.pipeline import ArticleStatus
from shared.store import articles, failures

BATCH = 1000

# Beat loads this module (the app's `include`) but no stage: this import connects the log format
# (AIDLEDGER_LOG_FORMAT) to its loggers too.
_ = logs


def sweep_once(older_than_s: float | None = None) -> dict[str, int]:
    """Re-send what is stuck; returns how many articles per status (and how many given up)."""
    settings = get_settings()
    idle_s = settings.sweep_after_s if older_than_s is None else older_than_s
    with db.transaction() as conn:
        stuck = articles.claim_stuck_articles(conn, idle_s, BATCH)
        given_up = [a for a in stuck if a.resends > settings.sweep_max_resends]
        for article in given_up:
            error = Permanent(
                f"stuck at {article.status} after {settings.sweep_max_resends} re-sends "
                "(the task kills its worker or runs past its time limit?)",
                code=STUCK_CODE,
            )
            # Filed under the task and the id it takes, so that `failures retry` can send it.
            resume = pipeline.resume_task(article.id, article.status, article.document_id)
            task, entity_id = resume or (pipeline.FETCH_ARTICLE_TASK, article.id)
            failures.record_failure(
                conn,
                task=task,
                entity=pipeline.TASK_ENTITIES[task],
                entity_id=entity_id,
                error=error,
            )
            articles.set_article_status(
                conn, article.id, ArticleStatus.FAILED, f"Permanent: {error}"
            )
    resent = [a for a in stuck if a not in given_up]
    for article in resent:
        resume = pipeline.resume_task(article.id, article.status, article.document_id)
        if resume is not None:
            send(*resume)
    counts = Counter(a.status for a in resent)
    if given_up:
        counts["given_up"] = len(given_up)
    return dict(counts)


@app.task(name=pipeline.SWEEP_TASK, ignore_result=True)
def sweep() -> dict[str, int]:
    return sweep_once()
