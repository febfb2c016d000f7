"""The sweeper: PostgreSQL is the ledger, the broker only a hint.

A message can be lost (Redis restarted without persistence, a publish while the broker was down,
a worker killed past its retries). Every article's place in the chain is in PostgreSQL, so once a
minute (beat) or on demand (`aidledger sweep`) the articles idle mid-chain are sent on again.
Every stage is idempotent, so a message that was only slow costs a duplicate, never a double.
"""

from collections import Counter

from shared import db, pipeline, store
from shared.celery_app import app, send
from shared.config import get_settings

BATCH = 1000


def sweep_once(older_than_s: float | None = None) -> dict[str, int]:
    """Re-send what is stuck; returns how many articles per status."""
    idle_s = get_settings().sweep_after_s if older_than_s is None else older_than_s
    with db.transaction() as conn:
        stuck = store.claim_stuck_articles(conn, idle_s, BATCH)
    for article_id, status, document_id in stuck:
        resume = pipeline.resume_task(article_id, status, document_id)
        if resume is not None:
            send(*resume)
    return dict(Counter(status for _, status, _ in stuck))


@app.task(name=pipeline.SWEEP_TASK, ignore_result=True)
def sweep() -> dict[str, int]:
    return sweep_once()
