"""`aidledger failures list|summary|show|retry`: what failed, why, and sending it again."""

from typing import Annotated

import typer

from services.cli.output import Format, err, write_rows
from shared import db
from shared.celery_app import send
from shared.formatting import dumps
from shared.runtime import OperatorError, ledger
from shared.stage import prepare_retry
from shared.store import failures

app = typer.Typer(help="What failed, why, and retrying it.", no_args_is_help=True)

# The table leaves out what `failures show` gives whole, so that it fits a terminal.
TABLE_COLUMNS = ("id", "task", "entity_id", "cause", "attempts", "last_seen", "message")


@app.command("list")
def list_command(
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
    resolved: Annotated[bool, typer.Option("--resolved", help="Include resolved ones.")] = False,
) -> None:
    """Open failures, newest first: one row per task and entity, attempts counted."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = failures.list_failures(conn, include_resolved=resolved)
    write_rows(rows, failures.FAILURE_COLUMNS, fmt, title="Failures", table_columns=TABLE_COLUMNS)


@app.command("summary")
def summary(
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
) -> None:
    """Open failures counted by task and cause (causes: docs/operations.md)."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = failures.open_by_cause(conn)
    write_rows(rows, failures.CAUSE_COLUMNS, fmt, title="Open failures by cause")


@app.command("show")
def show(
    failure_id: Annotated[int, typer.Argument(help="The id from `failures list`.")],
) -> None:
    """One failure, whole."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        found = failures.failure(conn, failure_id)
    if found is None:
        raise OperatorError(f"no failure {failure_id}")
    typer.echo(dumps(found, indent=2))


@app.command("retry")
def retry(
    ids: Annotated[list[int] | None, typer.Argument(help="Failure ids.")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Every open failure.")] = False,
) -> None:
    """Send the failed tasks again (to the running workers); success resolves the failure."""
    if not ids and not everything:
        raise OperatorError("name failure ids, or --all")
    with ledger(broker=True, migrate_schema=True):
        with db.transaction() as conn:
            open_rows = failures.list_failures(conn)
            rows = [r for r in open_rows if everything or r.id in (ids or [])]
            # Nothing is sent when one id is wrong: a typo must not half-retry a list.
            unknown = sorted(set(ids or []) - {r.id for r in rows})
            if unknown:
                raise OperatorError(
                    f"no open failure {', '.join(map(str, unknown))} (see `failures list`)"
                )
            for row in rows:
                prepare_retry(conn, row)
        for row in rows:
            send(row.task, row.entity_id)
    err.print(f"{len(rows)} task(s) sent again")
