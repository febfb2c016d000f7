"""Fault (3): PostgreSQL stops for 10 s in the middle of a replay (`pg_ctl stop -m fast`, which
ends the open sessions), then starts again on the same data and socket.

Tasks that meet the dead database raise DatabaseUnavailable and retry with backoff; a task that
runs out of retries while the database is still down cannot record anything, so it leaves its
article mid-chain for the sweeper. Every document must end with its figures exactly once, with
no open failure.
"""

import time

import pytest
from reliability_testing import (
    OwnPostgres,
    OwnRedis,
    assert_exact_ledger,
    drive_to_end,
    replay_corpus,
    running_worker,
    scratch_dir,
    sweep,
    wait_for_done,
)

from shared import pipeline
from shared.config import Settings

ARTICLES = 300
STOP_AFTER_DONE = 100
DOWN_S = 10


@pytest.mark.slow
def test_postgres_stopped_for_10_s_mid_replay() -> None:
    with (
        scratch_dir("aidledger-rel-pg-") as base,
        OwnPostgres(base / "pg") as database,
        OwnRedis(base / "redis") as broker,
    ):
        settings = Settings(
            database_url=database.url,
            broker_url=broker.url,
            # Enough tries, 1-4 s apart, to outlast the outage (each try may also wait up to the
            # pool's 15 s for a connection).
            task_max_retries=10,
            retry_backoff_max_s=4,
        )
        url = database.url
        articles = replay_corpus(settings, base / "articles", ARTICLES)

        queues = [pipeline.CLEAN, pipeline.EXTRACT, pipeline.RECONCILE]
        with running_worker(settings, queues, 2, base / "worker.log") as worker:
            wait_for_done(url, STOP_AFTER_DONE, worker)
            database.stop()
            stopped_at = time.monotonic()
            assert not database.answers()
            time.sleep(max(0.0, DOWN_S - (time.monotonic() - stopped_at)))
            database.start()
            run = drive_to_end(
                url,
                ARTICLES,
                worker=worker,
                broker=broker,
                timeout_s=180,
                sweeper=lambda: sweep(settings, older_than_s=3),
                settle_s=6,  # longer than any retry countdown (retry_backoff_max_s)
            )
            assert worker.alive(), "the worker must survive the database's restart"
            retries = worker.log_count(r"retry \d+ in")
        final = assert_exact_ledger(url, articles)
        print(
            f"\n{retries} retries logged; finished {run.elapsed_s:.1f} s after the restart, sweeps "
            f"re-sending {run.sweeps}; {final}"
        )
