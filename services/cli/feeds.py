"""`aidledger feeds ...` (the feed registry) and `aidledger poll` (poll now)."""

import re
import subprocess
import time
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from services.cli.output import Format, err, write_rows
from services.cli.runtime import CommandError, ledger
from services.cli.worker import check_alive, run_worker_if
from services.fetcher.feeds import parse_opml
from services.fetcher.urls import normalize_url
from shared import db, pipeline, store
from shared.celery_app import send
from shared.config import get_settings
from shared.errors import Permanent

app = typer.Typer(help="The feeds polled on a schedule.", no_args_is_help=True)

FEED_COLUMNS = (
    "id",
    "url",
    "status",
    "interval_s",
    "last_polled_at",
    "failures",
    "last_error",
    "articles_found",
)
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNIT_S = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> int:
    """'15m' → 900. Seconds, minutes, hours or days; at least a minute (beat's resolution)."""
    match = _INTERVAL.match(text.lower())
    if match is None:
        raise CommandError(f"bad interval {text!r}: use e.g. 90s, 15m, 2h, 1d")
    seconds = int(match[1]) * _UNIT_S[match[2]]
    if seconds < 60:
        raise CommandError(f"interval {text!r} is under a minute")
    return seconds


def _interval_s(interval: str | None) -> int:
    if interval is None:
        return get_settings().feed_default_interval_s
    return parse_interval(interval)


def _feed_url(url: str) -> str:
    try:
        return normalize_url(url)
    except (ValueError, Permanent) as exc:
        raise CommandError(f"bad feed URL {url!r}: {exc}") from exc


FeedId = Annotated[int, typer.Argument(help="The feed's id (see `feeds list`).")]


@app.command("add")
def add(
    url: Annotated[str, typer.Argument(help="The feed's URL (RSS or Atom).")],
    interval: Annotated[
        str | None,
        typer.Option(help="How often to poll: 90s, 15m, 2h, 1d. [default: 15m]"),
    ] = None,
) -> None:
    """Register a feed (polled from the next beat on)."""
    seconds = _interval_s(interval)
    with ledger(migrate_schema=True), db.transaction() as conn:
        feed_id, inserted = store.add_feed(conn, _feed_url(url), seconds)
    err.print(f"feed {feed_id} {'added' if inserted else 'already registered'}")


@app.command("list")
def list_feeds(
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
) -> None:
    """Every feed with its status, last poll, last error and articles found."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = store.list_feeds(conn)
    write_rows(rows, FEED_COLUMNS, fmt, title="Feeds")


def _set_status(feed_id: int, status: str) -> None:
    with ledger(migrate_schema=True), db.transaction() as conn:
        if not store.set_feed_status(conn, feed_id, status):
            raise CommandError(f"no feed {feed_id}")
    err.print(f"feed {feed_id} {status}")


@app.command("pause")
def pause(feed_id: FeedId) -> None:
    """Stop polling a feed."""
    _set_status(feed_id, "paused")


@app.command("resume")
def resume(feed_id: FeedId) -> None:
    """Poll a paused or failing feed again, from now."""
    _set_status(feed_id, "active")


@app.command("remove")
def remove(feed_id: FeedId) -> None:
    """Forget a feed (its articles and figures stay)."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        if not store.remove_feed(conn, feed_id):
            raise CommandError(f"no feed {feed_id}")
    err.print(f"feed {feed_id} removed")


@app.command("import")
def import_opml(
    file: Annotated[Path, typer.Argument(help="An OPML file listing feeds.")],
    interval: Annotated[
        str | None, typer.Option(help="Poll interval for the imported feeds. [default: 15m]")
    ] = None,
) -> None:
    """Register every feed of an OPML file."""
    seconds = _interval_s(interval)
    try:
        urls = parse_opml(file.read_bytes())
    except OSError as exc:
        raise CommandError(f"cannot read {file}: {exc.strerror or exc}") from exc
    except Permanent as exc:
        raise CommandError(f"{file}: {exc}") from exc
    added = 0
    with ledger(migrate_schema=True), db.transaction() as conn:
        for url in urls:
            try:
                added += store.add_feed(conn, normalize_url(url), seconds)[1]
            except (ValueError, Permanent) as exc:
                err.print(f"skipped {url!r}: {exc}")
    err.print(f"{len(urls)} feed(s) in {file.name}, {added} new")


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
            feeds = store.list_feeds(conn)
            started = store.database_now(conn)
        ids = [f["id"] for f in feeds if (f["id"] == feed if feed else f["status"] != "paused")]
        if not ids:
            raise CommandError(f"no feed {feed}" if feed else "no active feeds")
        for feed_id in ids:
            send(pipeline.POLL_FEED_TASK, feed_id)
        err.print(f"{len(ids)} feed(s) sent to poll")
        if not wait:
            return
        with run_worker_if(own_worker, settings) as process:
            _wait_for_feeds(ids, started, timeout, process)
        with db.transaction() as conn:
            rows = [f for f in store.list_feeds(conn) if f["id"] in ids]
    write_rows(rows, FEED_COLUMNS, Format.table, title="Feeds")


def _wait_for_feeds(
    ids: list[int], since: datetime, timeout_s: float, process: subprocess.Popen[bytes] | None
) -> None:
    deadline = time.monotonic() + timeout_s
    with err.status("polling...") as status:
        while True:
            with db.transaction() as conn:
                polled = store.feeds_polled_since(conn, ids, since)
                unfinished = store.unfinished_feed_articles(conn, ids)
            status.update(f"{polled}/{len(ids)} feeds polled, {unfinished} articles in the chain")
            if polled == len(ids) and unfinished == 0:
                return
            check_alive(process)
            if time.monotonic() > deadline:
                raise CommandError(f"timed out after {timeout_s:.0f} s ({polled} feeds polled)")
            time.sleep(0.3)
