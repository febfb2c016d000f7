"""`aidledger status`: counts of feeds, articles by stage, documents, figures, open failures."""

import json
from dataclasses import asdict
from typing import Annotated

import typer

from services.cli.output import Format, write_rows
from shared import db
from shared.runtime import ledger
from shared.store import views


def status(
    fmt: Annotated[Format, typer.Option("--format", help="table or jsonl.")] = Format.table,
) -> None:
    """Counts of feeds, articles (by stage), documents, figures and open failures."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        summary = views.status_summary(conn)
    if fmt is Format.jsonl:
        typer.echo(
            json.dumps(
                {
                    **asdict(summary.counts),
                    "articles_by_status": summary.articles_by_status,
                    "feeds_by_status": summary.feeds_by_status,
                }
            )
        )
        return
    rows = [{"what": k, "count": v} for k, v in asdict(summary.counts).items()]
    rows += [{"what": f"articles {k}", "count": v} for k, v in summary.articles_by_status.items()]
    rows += [{"what": f"feeds {k}", "count": v} for k, v in summary.feeds_by_status.items()]
    write_rows(rows, ("what", "count"), Format.table, title="Ledger")
