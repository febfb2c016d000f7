"""Slow servers can't stall the pipeline: the healthy feeds' articles, with and without slow and
hanging feeds beside them.

    .venv/bin/python bench/slow_feeds_bench.py [--feeds 200] [--slow 20] [--hanging 20]
                                               [--items 5] [--concurrency 2]

Two runs on loopback, each on a fresh embedded ledger: the healthy feeds alone, then the same
feeds with `--slow` feeds that drip their answer at one byte a second and `--hanging` feeds that
never answer. Workers are run as `aidledger up` runs them: fetch on a thread pool, the computing
stages on prefork processes. The clock stops when every healthy feed is polled and its articles
are through the chain; the slow ones may still be waiting for their deadline. Prints both times
and their ratio (the aim: under 1.5).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from bench.fetcher_bench import LoopbackSite, host_for
from services.cli.worker import Pool, stop_worker, worker_argv
from shared import celery_app, db, migrate, pipeline
from shared.celery_app import send
from shared.config import Settings
from shared.embedded import services
from shared.store import feeds


def run(
    args: argparse.Namespace, healthy: list[int], slow: frozenset[int], hanging: frozenset[int]
) -> float:
    """Seconds until the healthy feeds' articles are through the chain."""
    total = args.feeds
    folder = Path(tempfile.mkdtemp(prefix="aidledger-slow-bench-"))
    try:
        with (
            services(Settings(data_dir=folder), broker=True) as settings,
            LoopbackSite(total, args.items, slow, hanging) as site,
        ):
            assert settings.database_url is not None
            migrate.migrate(settings.database_url)
            db.configure(settings.database_url)
            celery_app.configure(settings)
            with db.transaction() as conn:
                ids = {
                    f: feeds.add_feed(conn, _feed_url(f, site.port), 3600)[0]
                    for f in range(total)
                    if f in healthy or f in slow | hanging
                }
            env = {k: v for k, v in os.environ.items() if not k.startswith("AIDLEDGER_")}
            env.update(settings.as_environment())
            env["AIDLEDGER_FETCH_ALLOWED_NETWORKS"] = "127.0.0.0/8"
            env["AIDLEDGER_FETCH_HOST_INTERVAL_S"] = "0"
            computing = [q for q in pipeline.QUEUES if q != pipeline.FETCH]
            workers = [
                subprocess.Popen(
                    worker_argv([pipeline.FETCH], args.fetch_concurrency, "ERROR", Pool.threads),
                    env=env,
                ),
                subprocess.Popen(worker_argv(computing, args.concurrency, "ERROR"), env=env),
            ]
            try:
                time.sleep(3)  # let the workers connect before the clock starts
                started_at, started = datetime.now(UTC), time.monotonic()
                for feed_id in ids.values():
                    send(pipeline.POLL_FEED_TASK, feed_id)
                healthy_ids = [ids[f] for f in healthy]
                while time.monotonic() - started < args.timeout:
                    with db.transaction() as conn:
                        polled = feeds.feeds_polled_since(conn, healthy_ids, started_at)
                        unfinished = feeds.unfinished_feed_articles(conn, healthy_ids)
                    if polled == len(healthy_ids) and unfinished == 0:
                        break
                    time.sleep(0.5)
                else:
                    raise SystemExit(f"timed out: {polled} of {len(healthy_ids)} polled")
                return time.monotonic() - started
            finally:
                for worker in workers:
                    stop_worker(worker, timeout_s=5)
                db.reset()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _feed_url(feed: int, port: int) -> str:
    return f"http://{host_for(feed)}:{port}/feed/{feed}.xml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--slow", type=int, default=20)
    parser.add_argument("--hanging", type=int, default=20)
    parser.add_argument("--items", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--fetch-concurrency", type=int, default=64)
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--phase", choices=["alone", "beside"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    bad = list(range(args.feeds - args.slow - args.hanging, args.feeds))
    slow, hanging = frozenset(bad[: args.slow]), frozenset(bad[args.slow :])
    healthy = [f for f in range(args.feeds) if f not in bad]
    if args.phase == "alone":
        print(f"{run(args, healthy, frozenset(), frozenset()):.1f}")
        return
    if args.phase == "beside":
        print(f"{run(args, healthy, slow, hanging):.1f}")
        return
    # Each phase in a process of its own: its own embedded services and Celery connections.
    alone, beside = (_phase(phase) for phase in ("alone", "beside"))
    print(f"healthy feeds {len(healthy)} x {args.items} items", end="; ")
    print(f"slow {len(slow)}, hanging {len(hanging)}")
    print(f"healthy_alone_s {alone:.1f}")
    print(f"healthy_beside_slow_s {beside:.1f}")
    print(f"slow_feeds_ratio {beside / alone:.2f}")


def _phase(phase: str) -> float:
    done = subprocess.run(
        [sys.executable, __file__, *sys.argv[1:], "--phase", phase],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
