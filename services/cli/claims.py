"""`aidledger claims [show ID]` and `aidledger totals`: what the ledger answers, each fact once."""

import datetime
from dataclasses import asdict
from typing import Annotated

import typer

from services.cli.output import Format, write_rows
from shared import db
from shared.formatting import dumps
from shared.runtime import OperatorError, ledger
from shared.store import claims as claim_store
from shared.store.claims import TOTAL_KEYS, ClaimFilter

app = typer.Typer(
    help="Claims: the facts behind the figures, each reported fact counted once.",
    invoke_without_command=True,
)

CLAIM_TABLE_COLUMNS = (
    "id",
    "donor",
    "recipient",
    "category",
    "kind",
    "value_eur",
    "period",
    "mentions",
    "documents",
    "conflict",
)

Donor = Annotated[str | None, typer.Option(help="Only this donor (as the ledger names it).")]
Recipient = Annotated[str | None, typer.Option(help="Only this recipient.")]
Category = Annotated[str | None, typer.Option(help="Only this category, e.g. military_aid.")]
Year = Annotated[int | None, typer.Option(help="Only this year.")]
Kind = Annotated[str | None, typer.Option(help="increment, cumulative, target, budget or share.")]
Since = Annotated[
    datetime.datetime | None,
    typer.Option(formats=["%Y-%m-%d"], help="Only claims reported on or after this date."),
]
Fmt = Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")]


@app.callback()
def claims(
    ctx: typer.Context,
    donor: Donor = None,
    recipient: Recipient = None,
    category: Category = None,
    year: Year = None,
    kind: Kind = None,
    since: Since = None,
    conflicts: Annotated[
        bool, typer.Option("--conflicts", help="Only claims that sources disagree on.")
    ] = False,
    fmt: Fmt = Format.table,
) -> None:
    """List claims: donor, recipient, category, kind, amount, period, how many mentions and
    documents state them, and whether sources conflict."""
    if ctx.invoked_subcommand is not None:
        return
    where = ClaimFilter(
        donor=donor,
        recipient=recipient,
        category=category,
        kind=kind,
        year=year,
        since=since.date() if since else None,
        conflicts_only=conflicts,
    )
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = claim_store.list_claims(conn, where)
    write_rows(
        rows,
        claim_store.CLAIM_COLUMNS,
        fmt,
        title="Claims",
        table_columns=CLAIM_TABLE_COLUMNS,
    )


@app.command("show")
def show(claim_id: Annotated[int, typer.Argument(help="The claim's id (see `claims`).")]) -> None:
    """One claim and every mention of it: source, title, date, sentence and relation."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        found = claim_store.claim(conn, claim_id)
        mentions = claim_store.claim_mentions(conn, claim_id) if found else []
    if found is None:
        raise OperatorError(f"no claim {claim_id}")
    shown = {
        **asdict(found),
        "mentions_list": [
            {
                **asdict(m),
                # The figure marked in its sentence, as a reader finds it.
                "sentence": m.sentence.replace(m.surface, f"[{m.surface}]", 1),
            }
            for m in mentions
        ],
    }
    typer.echo(dumps(shown, indent=2))


def totals(
    by: Annotated[
        str, typer.Option(help=f"Group by one or more of {', '.join(TOTAL_KEYS)} (comma).")
    ] = "donor,year",
    donor: Donor = None,
    recipient: Recipient = None,
    category: Category = None,
    year: Year = None,
    since: Since = None,
    fmt: Fmt = Format.table,
) -> None:
    """Sum value_eur over increment claims only (never over running totals, targets or parts),
    with the largest running total the sources report for the same group beside it."""
    try:
        keys = claim_store.total_keys(by)
    except ValueError as exc:
        raise OperatorError(f"--by {exc}") from exc
    where = ClaimFilter(
        donor=donor,
        recipient=recipient,
        category=category,
        year=year,
        since=since.date() if since else None,
    )
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = claim_store.totals(conn, keys, where)
    write_rows(rows, claim_store.total_columns(keys), fmt, title="Totals (increment claims, EUR)")
