"""`aidledger failures list|show|retry`, `aidledger status` and `aidledger sweep`."""

import json
from typing import Annotated

import typer

from services.cli.output import Format, err, json_value, write_rows
from services.cli.runtime import CommandError, ledger
from shared import db, store
from shared.celery_app import send
from shared.sweep import sweep_once

app = typer.Typer(help="What failed, why, and retrying it.", no_args_is_help=True)


@app.command("list")
def list_command(
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
    resolved: Annotated[bool, typer.Option("--resolved", help="Include resolved ones.")] = False,
) -> None:
    """Open failures, newest first: one row per task and entity, attempts counted."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = store.list_failures(conn, include_resolved=resolved)
    write_rows(rows, store.FAILURE_COLUMNS, fmt, title="Failures")


@app.command("show")
def show(
    failure_id: Annotated[int, typer.Argument(help="The id from `failures list`.")],
) -> None:
    """One failure, whole."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        row = store.failure(conn, failure_id)
    if row is None:
        raise CommandError(f"no failure {failure_id}")
    typer.echo(json.dumps({k: json_value(v) for k, v in row.items()}, indent=2))


@app.command("retry")
def retry(
    ids: Annotated[list[int] | None, typer.Argument(help="Failure ids.")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Every open failure.")] = False,
) -> None:
    """Send the failed tasks again (to the running workers); success resolves the failure."""
    if not ids and not everything:
        raise CommandError("name failure ids, or --all")
    with ledger(broker=True, migrate_schema=True):
        with db.transaction() as conn:
            rows = [r for r in store.list_failures(conn) if everything or r["id"] in (ids or [])]
            for row in rows:
                store.prepare_retry(conn, row["task"], row["entity"], row["entity_id"])
        for row in rows:
            send(row["task"], row["entity_id"])
    err.print(f"{len(rows)} task(s) sent again")


def status(
    fmt: Annotated[Format, typer.Option("--format", help="table or jsonl.")] = Format.table,
) -> None:
    """Counts of feeds, articles (by stage), documents, figures and open failures."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        summary = store.status_summary(conn)
    if fmt is Format.jsonl:
        typer.echo(json.dumps(summary))
        return
    rows = [{"what": k, "count": v} for k, v in summary.items() if not isinstance(v, dict)]
    rows += [
        {"what": f"articles {k}", "count": v} for k, v in summary["articles_by_status"].items()
    ]
    rows += [{"what": f"feeds {k}", "count": v} for k, v in summary["feeds_by_status"].items()]
    write_rows(rows, ("what", "count"), Format.table, title="Ledger")


def sweep(
    older_than: Annotated[
        float | None, typer.Option(help="Seconds idle (default: AIDLEDGER_SWEEP_AFTER_S).")
    ] = None,
) -> None:
    """Re-send articles idle mid-chain (beat does this every minute)."""
    with ledger(broker=True, migrate_schema=True):
        counts = sweep_once(older_than)
    err.print(f"re-sent {sum(counts.values())} article(s) {counts or ''}".strip())
