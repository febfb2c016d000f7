"""`aidledger clean FILE...`: the cleaner's output for local files, no database or broker."""

import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from services.cli.local import clean_local, exit_status, read_inputs
from services.cli.output import err
from shared.errors import Permanent, Skip
from shared.formatting import dumps


class CleanFormat(StrEnum):
    text = "text"
    json = "json"


def clean_command(
    files: Annotated[list[str], typer.Argument(help="HTML or text files; - for stdin.")],
    fmt: Annotated[CleanFormat, typer.Option("--format", help="text or json.")] = CleanFormat.text,
    url: Annotated[str | None, typer.Option(help="The page's original URL, when known.")] = None,
) -> None:
    """Print the clean text (or JSON with text and metadata) of local files."""
    failed = unreadable = False
    for item in read_inputs(files):
        record: dict[str, Any] = {"file": item.name}
        if item.body is None:
            record["error"] = item.error
            unreadable = True
        else:
            try:
                doc = clean_local(item, url)
            except Skip as skip:
                record["skipped"] = str(skip)
            except Permanent as exc:
                record["error"] = str(exc)
            else:
                record |= {
                    "title": doc.title,
                    "date": doc.published_at,
                    "language": doc.language,
                    "author": doc.author,
                    "site_name": doc.site_name,
                    "url": doc.canonical_url,
                    "quality": doc.quality,
                    "quality_reasons": list(doc.quality_reasons),
                    "text": doc.text,
                }
        failed |= "error" in record and item.body is not None
        if fmt is CleanFormat.json:
            sys.stdout.write(dumps(record) + "\n")
        elif "text" in record:
            sys.stdout.write(record["text"] + "\n")
        else:
            reason = record.get("skipped") or record.get("error")
            err.print(f"{item.name}: {'skipped' if 'skipped' in record else 'error'}: {reason}")
    if status := exit_status(unreadable, failed):
        raise typer.Exit(status)
