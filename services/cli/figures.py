"""`aidledger figures`: the ledger, for people (table) and programs (csv, jsonl)."""

from decimal import Decimal
from typing import Annotated, Any

import typer

from services.cli.output import Format, write_rows
from shared import db
from shared.formatting import record
from shared.runtime import ledger
from shared.store import views

FIGURE_TABLE_COLUMNS = ("doc", "figure", "category", "donor", "recipient", "year")

_QUALIFIER_WORDS = {
    "exact": "",
    "over": "over ",
    "under": "under ",
    "approx": "~",
    "at_least": "≥ ",
    "up_to": "≤ ",
}
_SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))


def human_figure(row: Any) -> str:
    """'over 50 bn EUR', '20 %': the figure as a person reads it, for the table."""
    row = record(row)
    value: Decimal = row["value"]
    unit = "%" if row["unit"] == "percent" else row["unit"]
    shown = f"{value:,f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:,}"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            shown = f"{(value / scale).normalize():f} {word}"
            break
    return f"{_QUALIFIER_WORDS.get(row['qualifier'], '')}{shown} {unit}"


def write_figures(rows: list[Any], fmt: Format) -> None:
    """Figures as every command prints them: all fields for programs, a compact table for people."""
    if fmt is Format.table:
        rows = [{**record(row), "figure": human_figure(row)} for row in rows]
    write_rows(rows, views.FIGURE_COLUMNS, fmt, title="Figures", table_columns=FIGURE_TABLE_COLUMNS)


def figures(
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
    doc: Annotated[str | None, typer.Option(help="Only this document (URL or file name).")] = None,
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
    aid_only: Annotated[bool, typer.Option("--aid-only", help="Only aid-related figures.")] = False,
) -> None:
    """Print the stored figures."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = views.list_figures(conn, doc=doc, category=category, aid_only=aid_only)
    write_figures(rows, fmt)
