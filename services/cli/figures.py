"""`aidledger figures`: the ledger, for people (table) and programs (csv, jsonl)."""

from typing import Annotated

import typer

from services.cli.output import Format, write_rows
from services.cli.runtime import ledger
from shared import db, store

FIGURE_TABLE_COLUMNS = (
    "doc",
    "value",
    "unit",
    "qualifier",
    "category",
    "donor",
    "recipient",
    "year",
    "text",
)


def figures(
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
    doc: Annotated[str | None, typer.Option(help="Only this document (URL or file name).")] = None,
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
    aid_only: Annotated[bool, typer.Option("--aid-only", help="Only aid-related figures.")] = False,
) -> None:
    """Print the stored figures."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = store.list_figures(conn, doc=doc, category=category, aid_only=aid_only)
    write_rows(rows, store.FIGURE_COLUMNS, fmt, title="Figures", table_columns=FIGURE_TABLE_COLUMNS)
