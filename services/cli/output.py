"""Rows out to the terminal: a rich table for people, CSV and JSON lines for programs."""

import csv
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table

from shared.formatting import dumps, record, text_value

# Messages for the operator: on stderr, never wrapped, and never read as markup (a file name or
# URL with brackets in it is printed as it is).
err = Console(stderr=True, soft_wrap=True, highlight=False, markup=False)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def write_rows(
    rows: Sequence[Any],
    columns: Sequence[str],
    fmt: Format,
    *,
    title: str | None = None,
    table_columns: Sequence[str] | None = None,
) -> None:
    """Rows (store dataclasses or dicts) in `fmt`, with these columns in this order."""
    records = [record(row) for row in rows]
    if fmt is Format.jsonl:
        for row in records:
            sys.stdout.write(dumps({c: row.get(c) for c in columns}) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in records:
            writer.writerow([text_value(row.get(c)) for c in columns])
    else:
        shown = table_columns or columns
        table = Table(*shown, title=title, show_lines=False)
        for row in records:
            table.add_row(*(text_value(row.get(c)) for c in shown))
        Console().print(table)
