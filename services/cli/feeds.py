"""`aidledger feeds ...`: the feed registry."""

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from services.cli.output import Format, err, write_rows
from services.fetcher.feeds import read_opml, write_opml
from services.fetcher.urls import normalize_url
from shared import db
from shared.config import get_settings
from shared.errors import Permanent
from shared.formatting import dumps, record
from shared.runtime import OperatorError, ledger
from shared.store import feeds
from shared.store.feeds import FeedStatus

app = typer.Typer(help="The feeds polled on a schedule.", no_args_is_help=True)

# The registry's columns people read; jsonl and csv carry every column.
FEED_TABLE_COLUMNS = (
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
        raise OperatorError(f"bad interval {text!r}: use e.g. 90s, 15m, 2h, 1d")
    seconds = int(match[1]) * _UNIT_S[match[2]]
    if seconds < 60:
        raise OperatorError(f"interval {text!r} is under a minute")
    return seconds


def _interval_s(interval: str | None) -> int:
    if interval is None:
        return get_settings().feed_default_interval_s
    return parse_interval(interval)


def _feed_url(url: str) -> str:
    try:
        return normalize_url(url)
    except (ValueError, Permanent) as exc:
        raise OperatorError(f"bad feed URL {url!r}: {exc}") from exc


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
        feed_id, inserted = feeds.add_feed(conn, _feed_url(url), seconds)
    err.print(f"feed {feed_id} {'added' if inserted else 'already registered'}")


@app.command("list")
def list_feeds(
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
) -> None:
    """Every feed with its status, last poll, last error and articles found."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = feeds.list_feeds(conn)
    write_feeds(rows, fmt)


@app.command("show")
def show(feed_id: FeedId) -> None:
    """One feed, whole: its last poll's account of every item, and each skipped item's reason."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        detail = feeds.feed_detail(conn, feed_id)
    if detail is None:
        raise OperatorError(f"no feed {feed_id}")
    shown = {**record(detail.feed), "skipped_items": detail.skipped_items}
    typer.echo(dumps(shown, indent=2))


def write_feeds(rows: list[feeds.FeedRow], fmt: Format) -> None:
    write_rows(rows, feeds.FEED_COLUMNS, fmt, title="Feeds", table_columns=FEED_TABLE_COLUMNS)


def _set_status(feed_id: int, status: FeedStatus) -> None:
    with ledger(migrate_schema=True), db.transaction() as conn:
        if not feeds.set_feed_status(conn, feed_id, status):
            raise OperatorError(f"no feed {feed_id}")
    err.print(f"feed {feed_id} {status}")


@app.command("pause")
def pause(feed_id: FeedId) -> None:
    """Stop polling a feed."""
    _set_status(feed_id, FeedStatus.PAUSED)


@app.command("resume")
def resume(feed_id: FeedId) -> None:
    """Poll a paused or failing feed again, from now."""
    _set_status(feed_id, FeedStatus.ACTIVE)


@app.command("remove")
def remove(feed_id: FeedId) -> None:
    """Forget a feed (its articles and figures stay)."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        if not feeds.remove_feed(conn, feed_id):
            raise OperatorError(f"no feed {feed_id}")
    err.print(f"feed {feed_id} removed")


@app.command("import")
def import_opml(
    file: Annotated[Path, typer.Argument(help="An OPML file listing feeds.")],
    interval: Annotated[
        str | None, typer.Option(help="Poll interval for the imported feeds. [default: 15m]")
    ] = None,
) -> None:
    """Register every feed of an OPML file, named by its outline's title; each outline left out
    (not http(s), a duplicate, no URL) is listed with the reason."""
    seconds = _interval_s(interval)
    try:
        found = read_opml(file.read_bytes())
    except OSError as exc:
        raise OperatorError(f"cannot read {file}: {exc.strerror or exc}") from exc
    except Permanent as exc:
        raise OperatorError(f"{file}: {exc}") from exc
    added = 0
    with ledger(migrate_schema=True), db.transaction() as conn:
        for feed in found.feeds:
            added += feeds.add_feed(conn, feed.url, seconds, feed.title)[1]
    for skip in found.skipped:
        err.print(f"skipped {skip.outline!r}: {skip.reason}")
    err.print(
        f"{len(found.feeds)} feed(s) in {file.name}, {added} new, "
        f"{len(found.skipped)} outline(s) skipped"
    )


@app.command("export")
def export_opml(
    file: Annotated[
        Path | None, typer.Argument(help="Where to write the OPML; default: standard output.")
    ] = None,
) -> None:
    """Write every feed (paused and failing ones too) as OPML, with its title."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        registry = feeds.list_feeds(conn)
    document = write_opml([(f.url, f.title) for f in registry])
    if file is None:
        sys.stdout.buffer.write(document)
        return
    try:
        file.write_bytes(document)
    except OSError as exc:
        raise OperatorError(f"cannot write {file}: {exc.strerror or exc}") from exc
    err.print(f"{len(registry)} feed(s) written to {file}")
