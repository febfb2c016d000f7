"""`aidledger extract FILE...`: figures of local files through the same cleaner and extractor the
workers run, with no database or broker. Also the extractor's debugging tool."""

import datetime
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from services.cli.figures import write_figures
from services.cli.local import clean_local, exit_status, read_inputs
from services.cli.output import Format, err
from services.extractor.figures import EXTRACTOR_VERSION, extract_figures
from shared.errors import Permanent, Skip
from shared.formatting import dumps
from shared.models import Figure
from shared.store.views import FIGURE_COLUMNS, figure_id


def figure_record(
    doc: str, figure: Figure, text_sha256: str, published: datetime.date | None
) -> dict[str, Any]:
    """A figure as `aidledger figures` prints it, with the id it has once stored."""
    fields = asdict(figure)
    return {
        "id": figure_id(text_sha256, figure.start, figure.end),
        "doc": doc,
        "published": published,
        **{k: fields[k] for k in FIGURE_COLUMNS if k in fields},
        "text": figure.surface,
        "extractor_version": EXTRACTOR_VERSION,
    }


def extract_command(
    files: Annotated[list[str], typer.Argument(help="Text or HTML files; - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", help="jsonl, table or csv.")] = Format.jsonl,
    title: Annotated[
        str | None,
        typer.Option(help="The headline; default: the page's title, or a text file's first line."),
    ] = None,
    published: Annotated[
        datetime.datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"], help="Publication date YYYY-MM-DD; default: the page's own."
        ),
    ] = None,
) -> None:
    """Print the figures found in local files, one JSON object per figure.

    Each figure's `attribution` says where its category, donor, recipient and year came from:
    its sentence, the context before it, the title, or the document's main actor.
    """
    rows: list[dict[str, Any]] = []
    failed = unreadable = False
    for item in read_inputs(files):
        if item.body is None:
            err.print(f"{item.name}: error: {item.error}")
            unreadable = True
            continue
        try:
            doc = clean_local(item)
        except (Skip, Permanent) as exc:
            err.print(f"{item.name}: {'skipped' if isinstance(exc, Skip) else 'error'}: {exc}")
            failed |= isinstance(exc, Permanent)
            continue
        when = published or doc.published_at
        date = when.date() if when else None
        name = Path(item.name).name  # the file name, as `figures` names replayed files
        figures = extract_figures(doc.text, title=title or doc.title, published=date)
        found = [figure_record(name, f, doc.text_sha256, date) for f in figures]
        if fmt is Format.jsonl:  # stream: a long list of files shows progress as it goes
            sys.stdout.writelines(dumps(row) + "\n" for row in found)
        rows.extend(found)
    if fmt is not Format.jsonl:
        write_figures(rows, fmt)
    if status := exit_status(unreadable, failed):
        raise typer.Exit(status)
