"""Say what a body is when it is plainly not a feed: empty, NUL bytes, an image, random bytes.

Run on the bytes as downloaded, before any parser: an XML parser fed a PNG only says "not
well-formed (invalid token)", and once control bytes are stripped 4 KB of NULs looks empty.
"""

from __future__ import annotations

from services.fetcher import causes
from shared.magic import binary_media_type

_SNIFF_BYTES = 4096
# C0 controls that never occur in text, whatever its encoding (NUL excluded: UTF-16 text without a
# BOM is full of them; tab, LF, FF, CR and ESC excluded: text does use them).
_BINARY_CONTROLS = (
    frozenset(range(0x01, 0x09))
    | {0x0B}
    | frozenset(range(0x0E, 0x1B))
    | {
        0x1C,
        0x1D,
        0x1E,
        0x1F,
    }
)
_BINARY_SHARE = 0.05  # random bytes hold ~9% of these; text in any encoding next to none
_WHITESPACE = b" \t\r\n\x0c"


def not_a_feed(body: bytes) -> tuple[str, str] | None:
    """(cause code, message) when `body` cannot be a feed by its bytes alone, else None."""
    if not body.strip(_WHITESPACE):
        return causes.EMPTY_BODY, "not a feed: empty body"
    if not body.strip(_WHITESPACE + b"\x00"):
        return causes.ONLY_NUL_BYTES, "not a feed: only NUL bytes"
    media_type = binary_media_type(body)
    if media_type is not None:
        return causes.BINARY_DATA, f"not a feed: binary data ({media_type})"
    if _mostly_controls(body[:_SNIFF_BYTES]):
        return causes.BINARY_DATA, "not a feed: binary data (not text)"
    return None


def _mostly_controls(head: bytes) -> bool:
    controls = sum(1 for byte in head if byte in _BINARY_CONTROLS)
    return controls > _BINARY_SHARE * len(head)
