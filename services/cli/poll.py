"""`aidledger poll`: poll feeds now instead of at their next beat."""

import subprocess
import time
from datetime import datetime
from typing import Annotated

import typer

from services.cli.feeds import write_feeds
from services.cli.output import Format, err
from services.cli.worker import check_alive, run_worker_if
from shared import db, pipeline
from shared.celery_app import send
from shared.config import get_settings
from shared.runtime import OperatorError, ledger
from shared.store import feeds, views
from shared.store.feeds import FeedStatus


def poll(
    feed: Annotated[
        int | None, typer.Option(help="Only this feed (default: every active one).")
    ] = None,
    wait: Annotated[
        bool, typer.Option("--wait", help="Return when the new articles have been extracted.")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait with --wait.")] = 600,
) -> None:
    """Poll feeds now instead of at their next beat."""
    own_worker = wait and get_settings().embedded
    with ledger(broker=True, migrate_schema=True) as settings:
        with db.transaction() as conn:
            registry = feeds.list_feeds(conn)
            started = views.database_now(conn)
        ids = [f.id for f in registry if (f.id == feed if feed else f.status != FeedStatus.PAUSED)]
        if not ids:
            raise OperatorError(f"no feed {feed}" if feed else "no active feeds")
        for feed_id in ids:
            send(pipeline.POLL_FEED_TASK, feed_id)
        err.print(f"{len(ids)} feed(s) sent to poll")
        if not wait:
            return
        with run_worker_if(own_worker, settings) as process:
            _wait_for_feeds(ids, started, timeout, process)
        with db.transaction() as conn:
            rows = [f for f in feeds.list_feeds(conn) if f.id in ids]
    write_feeds(rows, Format.table)


def _wait_for_feeds(
    ids: list[int], since: datetime, timeout_s: float, process: subprocess.Popen[bytes] | None
) -> None:
    deadline = time.monotonic() + timeout_s
    with err.status("polling...") as status:
        while True:
            with db.transaction() as conn:
                polled = feeds.feeds_polled_since(conn, ids, since)
                unfinished = feeds.unfinished_feed_articles(conn, ids)
            status.update(f"{polled}/{len(ids)} feeds polled, {unfinished} articles in the chain")
            if polled == len(ids) and unfinished == 0:
                return
            check_alive(process)
            if time.monotonic() > deadline:
                raise OperatorError(f"timed out after {timeout_s:.0f} s ({polled} feeds polled)")
            time.sleep(0.3)
