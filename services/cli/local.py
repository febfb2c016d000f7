"""Reading local files for the commands that need no database: `clean`, `extract`."""

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from services.cleaner.clean import clean
from shared.config import get_settings
from shared.models import CleanedDocument
from shared.runtime import OperatorError

CONTENT_TYPES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True)
class LocalInput:
    name: str
    body: bytes | None
    content_type: str | None
    error: str | None = None


def check_readable(paths: list[str]) -> None:
    """A file named that does not exist or cannot be read is the operator's mistake: one line
    and exit status 2, before any output (not a per-file error among the results)."""
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        if not path.is_file():
            reason = "is a folder" if path.is_dir() else "no such file"
            raise OperatorError(f"cannot read {name}: {reason}")
        try:
            path.open("rb").close()
        except OSError as exc:
            raise OperatorError(f"cannot read {name}: {exc.strerror or exc}") from exc


def read_inputs(paths: list[str]) -> Iterator[LocalInput]:
    """Each named file ("-" is standard input), after `check_readable`; one that became
    unreadable since carries its error instead."""
    check_readable(paths)
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
