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


# Cells this wide or narrower are kept on one line; wider ones fold.
WHOLE_CELL_WIDTH = 12
# A column that folds is not squeezed narrower than this when the others leave room.
FOLDED_MIN_WIDTH = 4


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
        cells = [[text_value(row.get(c)) for c in shown] for row in records]
        console = Console()
        console.print(_table(shown, cells, title, console.width))


def _table(shown: Sequence[str], cells: list[list[str]], title: str | None, width: int) -> Table:
    """A table that fits `width` columns (80 when piped): short cells (ids, years, statuses) are
    kept whole, so they can be copied; longer ones (names, URLs) fold onto more lines, so nothing
    is ever cut off with an ellipsis."""
    widest = [max([len(name)] + [len(line[i]) for line in cells]) for i, name in enumerate(shown)]
    whole = [w <= WHOLE_CELL_WIDTH for w in widest]
    # Each column costs its padding (one space each side) and a border.
    kept = sum(w for w, keep in zip(widest, whole, strict=True) if keep)
    room = width - (3 * len(shown) + 1) - kept
    folded = whole.count(False)
    share = max(FOLDED_MIN_WIDTH, room // folded) if folded else 0
    table = Table(title=title, show_lines=False)
    for name, w, keep in zip(shown, widest, whole, strict=True):
        if keep:
            table.add_column(name, no_wrap=True, min_width=w)
        else:
            table.add_column(name, overflow="fold", min_width=min(w, share))
    for line in cells:
        table.add_row(*line)
    return table
