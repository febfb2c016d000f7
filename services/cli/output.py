"""Rows out to the terminal: a rich table for people, CSV and JSON lines for programs."""

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table

# Messages for the operator: on stderr, never wrapped, and never read as markup (a file name or
# URL with brackets in it is printed as it is).
err = Console(stderr=True, soft_wrap=True, highlight=False, markup=False)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def json_value(value: Any) -> Any:
    """JSON-friendly scalars: integral Decimals as ints (50000000000, not 5E+10), dates as ISO."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dumps(row: dict[str, Any]) -> str:
    return json.dumps({k: json_value(v) for k, v in row.items()}, ensure_ascii=False)


def _text(value: Any) -> str:
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def write_rows(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: Format,
    *,
    title: str | None = None,
    table_columns: Sequence[str] | None = None,
) -> None:
    if fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(dumps({c: row.get(c) for c in columns}) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_text(row.get(c)) for c in columns])
    else:
        shown = table_columns or columns
        table = Table(*shown, title=title, show_lines=False)
        for row in rows:
            table.add_row(*(_text(row.get(c)) for c in shown))
        Console().print(table)
