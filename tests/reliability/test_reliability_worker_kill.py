"""Fault (1): a worker SIGKILLed in the middle of a replay of 500 documents.

The Celery parent and its prefork children die at once (kill -9 of the process group): the tasks
they were running roll back, the messages they had reserved stay in Redis's `unacked` hash until
the visibility timeout (1 h, left at its default here). Another worker takes over the queue, and
the sweeper re-sends what PostgreSQL shows idle mid-chain. Every document must end with its
figures exactly once.
"""

import pytest
from reliability_testing import (
    OwnRedis,
    assert_exact_ledger,
    drive_to_end,
    live_group_members,
    replay_corpus,
    running_worker,
    scratch_dir,
    summary,
    sweep,
    wait_for_done,
)

from shared import pipeline
from shared.config import Settings

ARTICLES = 500
KILL_AFTER_DONE = 100


@pytest.mark.slow
def test_sigkill_worker_mid_replay(clean_db: Settings) -> None:
    with scratch_dir("aidledger-rel-kill-") as base, OwnRedis(base / "redis") as broker:
        settings = clean_db.model_copy(update={"broker_url": broker.url, "broker_key_prefix": ""})
        url = settings.database_url
        assert url is not None
        articles = replay_corpus(settings, base / "articles", ARTICLES)
        assert broker.queue_lengths()["clean"] == ARTICLES

        queues = [pipeline.CLEAN, pipeline.EXTRACT, pipeline.RECONCILE]
        with running_worker(settings, queues, 2, base / "worker-1.log") as first:
            wait_for_done(url, KILL_AFTER_DONE, first)
            assert first.alive(), first.log_tail()
            assert len(live_group_members(first.process.pid)) >= 2  # the parent and its pool
            first.kill()
            assert live_group_members(first.process.pid) == []
            done_at_kill = summary(url)["done"]
            reserved_at_kill = broker.queue_lengths()["unacked"]
        assert KILL_AFTER_DONE <= done_at_kill < ARTICLES

        with running_worker(settings, queues, 2, base / "worker-2.log") as second:
            run = drive_to_end(
                url,
                ARTICLES,
                worker=second,
                broker=broker,
                timeout_s=180,
                sweeper=lambda: sweep(settings, older_than_s=3),
            )
        final = assert_exact_ledger(url, articles)
        print(
            f"\nkilled at {done_at_kill} done with {reserved_at_kill} messages unacked; "
            f"finished in {run.elapsed_s:.1f} s after {len(run.sweeps)} sweep(s) re-sending "
            f"{run.sweeps}; {final}"
        )
