"""Reading local files for the commands that need no database: `clean`, `extract`."""

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CONTENT_TYPES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True)
class LocalInput:
    name: str
    body: bytes | None
    content_type: str | None
    error: str | None = None


def read_inputs(paths: list[str]) -> Iterator[LocalInput]:
    """Each named file ("-" is standard input); an unreadable one carries its error instead."""
    for name in paths:
        if name == "-":
            yield LocalInput("-", sys.stdin.buffer.read(), None)
            continue
        path = Path(name)
        try:
            yield LocalInput(name, path.read_bytes(), CONTENT_TYPES.get(path.suffix.lower()))
        except OSError as exc:
            yield LocalInput(name, None, None, f"cannot read: {exc.strerror or exc}")
