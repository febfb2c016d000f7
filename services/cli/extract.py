"""`aidledger extract FILE...`: figures of local files through the same cleaner and extractor the
workers run, with no database or broker. Also the extractor's debugging tool."""

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from services.cli.figures import write_figures
from services.cli.local import clean_local, read_inputs
from services.cli.output import Format, err
from services.extractor.figures import EXTRACTOR_VERSION, extract_figures
from shared.errors import Permanent, Skip
from shared.formatting import dumps
from shared.models import Figure
from shared.store.views import FIGURE_COLUMNS


def figure_record(doc: str, figure: Figure) -> dict[str, Any]:
    """A figure as `aidledger figures` prints it."""
    fields = asdict(figure)
    return {
        "doc": doc,
        **{k: fields[k] for k in FIGURE_COLUMNS if k in fields},
        "text": figure.surface,
        "extractor_version": EXTRACTOR_VERSION,
    }


def extract_command(
    files: Annotated[list[str], typer.Argument(help="Text or HTML files; - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", help="jsonl, table or csv.")] = Format.jsonl,
) -> None:
    """Print the figures found in local files, one JSON object per figure."""
    rows: list[dict[str, Any]] = []
    failed = False
    for item in read_inputs(files):
        if item.body is None:
            err.print(f"{item.name}: error: {item.error}")
            failed = True
            continue
        try:
            doc = clean_local(item)
        except (Skip, Permanent) as exc:
            err.print(f"{item.name}: {'skipped' if isinstance(exc, Skip) else 'error'}: {exc}")
            failed |= isinstance(exc, Permanent)
            continue
        published = doc.published_at.date() if doc.published_at else None
        name = Path(item.name).name  # the file name, as `figures` names replayed files
        found = [figure_record(name, f) for f in extract_figures(doc.text, published=published)]
        if fmt is Format.jsonl:  # stream: a long list of files shows progress as it goes
            sys.stdout.writelines(dumps(row) + "\n" for row in found)
        rows.extend(found)
    if fmt is not Format.jsonl:
        write_figures(rows, fmt)
    if failed:
        raise typer.Exit(1)
