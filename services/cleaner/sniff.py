"""What kind of body is this: HTML, plain text, or something the cleaner skips?

The bytes win over the Content-Type header where they are unambiguous: a PDF served as text/html is
a PDF (magic numbers), and an HTML page served as application/octet-stream or text/plain is HTML
when it starts like a document. The header decides the rest.
"""

import re
from typing import Literal

from shared.errors import Skip

Kind = Literal["html", "text"]

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
# Labels that say nothing about the content: sniff the body.
_UNKNOWN_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}

_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|table|meta|title|h1|h2|br|!--)[\s>/-]",
    re.IGNORECASE,
)
_HTML_SNIFF_CHARS = 4096
_BINARY_SHARE = 0.05  # of controls and U+FFFD in the first KB of decoded text


def media_type(content_type: str | None) -> str:
    """The lower-cased media type of a Content-Type value ("" when absent)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def looks_like_html(text: str) -> bool:
    """A decoded body that opens with markup a browser would render as a page."""
    return bool(_HTML_START.search(text, 0, _HTML_SNIFF_CHARS))


def looks_binary(text: str) -> bool:
    """Decoded bytes that are not text: many controls or undecodable bytes near the start."""
    head = text[:1024]
    if not head:
        return False
    bad = sum(1 for ch in head if (ch < " " and ch not in "\t\n\r\x0c") or ch == "\ufffd")
    return bad > _BINARY_SHARE * len(head)


def body_kind(text: str, content_type: str | None) -> Kind:
    """ "html" or "text": the path for a decoded body; raises Skip for anything else.

    Magic numbers were checked on the bytes before decoding. A text/plain body is HTML only when it
    opens with markup (a misconfigured server), not because it mentions a tag further down.
    """
    mime = media_type(content_type)
    if mime in _HTML_TYPES and not looks_like_html(text) and looks_binary(text):
        # Random or compressed bytes behind an HTML header: no page at all, whatever the label.
        raise Skip("no article text (binary data, not a page)")
    html_like = mime in _HTML_TYPES or looks_like_html(text)
    if html_like and (mime not in _TEXT_TYPES or text.lstrip().startswith("<")):
        return "html"
    if mime in _TEXT_TYPES or mime in _UNKNOWN_TYPES:
        if looks_binary(text):
            raise Skip("not HTML: binary data")
        return "text"
    raise Skip(f"not HTML: {mime}")
