"""Reading local files for the commands that need no database: `clean`, `extract`."""

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from services.cleaner.clean import clean
from shared.config import get_settings
from shared.models import CleanedDocument

CONTENT_TYPES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
# A file named that cannot be read is the operator's mistake (exit status 2, as every such error);
# a file read that failed to clean is the input's (exit status 1).
UNREADABLE_EXIT = 2
FAILED_EXIT = 1


def exit_status(unreadable: bool, failed: bool) -> int:
    return UNREADABLE_EXIT if unreadable else FAILED_EXIT if failed else 0


@dataclass(frozen=True)
class LocalInput:
    name: str
    body: bytes | None
    content_type: str | None
    error: str | None = None


def read_inputs(paths: list[str]) -> Iterator[LocalInput]:
    """Each named file ("-" is standard input); an unreadable one carries its error instead, so
    the files after it are still read (the command exits `UNREADABLE_EXIT` at the end)."""
    for name in paths:
        if name == "-":
            yield LocalInput("-", sys.stdin.buffer.read(), None)
            continue
        path = Path(name)
        try:
            yield LocalInput(name, path.read_bytes(), CONTENT_TYPES.get(path.suffix.lower()))
        except OSError as exc:
            yield LocalInput(name, None, None, f"cannot read: {exc.strerror or exc}")


def clean_local(item: LocalInput, url: str | None = None) -> CleanedDocument:
    """Clean a local file within the same bounds (settings) as the workers."""
    assert item.body is not None, "an unreadable file has no body to clean"
    settings = get_settings()
    return clean(
        item.body,
        content_type=item.content_type,
        url=url,
        max_body_bytes=settings.clean_max_body_bytes,
        timeout_s=settings.clean_timeout_s,
    )
