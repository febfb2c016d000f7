"""Feed bytes → entries, with feedparser made safe for hostile input.

feedparser 6.0.14 is tolerant, which is what we want from real feeds, but measured on hostile ones:
- nested entity declarations in a DOCTYPE internal subset make its fallback (loose) parser build
  huge fields (a 40 KB feed: an 80 MB field; 100 KB: 500 MB and 45 s);
- a character reference to a lone surrogate (``&#xD800;``) makes it raise;
- given *bytes* it first tries ``open(body)``: a body that happens to name a local file would be
  read from disk. We always hand it a file object (io.BytesIO) so it only reads what we fetched.
So before parsing we cap the size, drop every DOCTYPE (with its internal subset: no entity can be
declared, so no expansion and no external entity/XXE), neutralize character references to code
points XML forbids, and drop NUL and control bytes; after parsing every field is capped and
cleaned; whatever feedparser still raises becomes Permanent with its reason.
"""

from __future__ import annotations

import calendar
import codecs
import io
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from services.fetcher.urls import normalize_url
from shared.errors import Permanent

MAX_FEED_BYTES = 10 * 1024 * 1024  # same as the download cap (FetchLimits.max_bytes)
MAX_TITLE_CHARS = 1_000
MAX_URL_CHARS = 2_048
MAX_GUID_CHARS = 2_048
MAX_REASON_CHARS = 300

_DOCTYPE_START = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
# Decimal or hex reference; the ";" is optional because the loose parser accepts it missing.
# The digit run is bounded so a 10,000-digit reference costs nothing to judge.
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));?")
# C0 controls other than tab, LF and CR are never allowed in XML 1.0 (NUL breaks PostgreSQL).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WHITESPACE = re.compile(r"\s+")
_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])""")
_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class FeedEntry:
    url: str  # normalized (services.fetcher.urls.normalize_url)
    original_url: str  # as the feed gave it, resolved against the feed's URL
    guid: str | None
    title: str | None
    published: datetime | None  # UTC


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]
    skipped: int  # entries left out: no usable http(s) link, or beyond max_entries
    bozo_reason: str | None  # what feedparser complained about, when entries were recovered


def parse_feed(
    body: bytes,
    *,
    base_url: str,
    content_type: str | None = None,
    max_entries: int = 10_000,
) -> ParsedFeed:
    """Parse a downloaded feed (RSS 0.9x/1.0/2.0 or Atom) into deduplicated entries.

    Raises Permanent when the bytes are not a usable feed ("not a feed: HTML page",
    "malformed XML: ..."). Duplicate GUIDs and duplicate normalized URLs keep the first entry.
    """
    if len(body) > MAX_FEED_BYTES:
        raise Permanent(f"feed over {MAX_FEED_BYTES} bytes ({len(body)})")
    data, content_type = _to_ascii_compatible(body, content_type)
    data = sanitize_xml(data)
    # No content-location: given a base, feedparser also "resolves" GUIDs ("g1" becomes
    # "http://site/g1"), which would change with the feed's URL. Links are resolved in `_entry`.
    headers = {"content-type": content_type} if content_type else {}
    try:
        # A file object, never bytes or str: feedparser would try to open those as a path or URL.
        result = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:  # feedparser's parsers raise arbitrary errors on hostile input
        raise Permanent(f"unparseable feed: {_reason(exc)}") from exc

    bozo_exception = result.get("bozo_exception") if result.get("bozo") else None
    bozo_reason = _reason(bozo_exception) if bozo_exception is not None else None
    # Content-type and encoding notes are bozo too, but the XML itself was fine.
    malformed = bozo_reason is not None and not isinstance(
        bozo_exception, feedparser.ThingsNobodyCaresAboutButMe
    )
    raw_entries: list[Any] = list(result.get("entries") or [])
    if not raw_entries and not result.get("version"):
        # No entries and no RSS/Atom root: say what it was instead.
        if _looks_like_html(data, content_type):
            raise Permanent("not a feed: HTML page")
        if not data.strip():
            raise Permanent("not a feed: empty body")
        if malformed:
            raise Permanent(f"malformed XML: {bozo_reason}")
        raise Permanent("not a feed: no RSS or Atom root element")

    entries: list[FeedEntry] = []
    skipped = max(0, len(raw_entries) - max_entries)
    seen_guids: set[str] = set()
    seen_urls: set[str] = set()
    for raw in raw_entries[:max_entries]:
        entry = _entry(raw, base_url)
        if entry is None:
            skipped += 1
            continue
        if entry.url in seen_urls or (entry.guid is not None and entry.guid in seen_guids):
            continue
        seen_urls.add(entry.url)
        if entry.guid is not None:
            seen_guids.add(entry.guid)
        entries.append(entry)
    if malformed and not entries:
        # Broken XML that yielded nothing usable: a failure, not an empty feed.
        raise Permanent(f"malformed XML: {bozo_reason}")
    feed_info: Mapping[str, Any] = result.get("feed") or {}
    return ParsedFeed(
        title=clean_text(feed_info.get("title"), MAX_TITLE_CHARS),
        entries=entries,
        skipped=skipped,
        bozo_reason=bozo_reason,
    )


def parse_opml(body: bytes) -> list[str]:
    """Feed URLs (``xmlUrl`` of every outline) from an OPML file, normalized, first seen first.

    The DOCTYPE is stripped before parsing, so no entity can be declared or fetched; outlines
    whose URL is not http(s) are left out. Raises Permanent for a file that is not OPML.
    """
    if len(body) > MAX_FEED_BYTES:
        raise Permanent(f"OPML file over {MAX_FEED_BYTES} bytes ({len(body)})")
    data, _ = _to_ascii_compatible(body, None)
    try:
        root = ET.fromstring(sanitize_xml(data))  # noqa: S314 - DOCTYPE removed: no entities
    except ET.ParseError as exc:
        raise Permanent(f"malformed OPML: {exc}") from exc
    if root.tag.lower() != "opml":
        raise Permanent(f"not an OPML file: root element <{root.tag}>")
    urls: list[str] = []
    for outline in root.iter("outline"):
        raw = outline.get("xmlUrl") or outline.get("xmlurl")
        if not raw or len(raw) > MAX_URL_CHARS:
            continue
        try:
            url = normalize_url(raw)
        except ValueError:
            continue
        if url not in urls:
            urls.append(url)
    return urls


def sanitize_xml(data: bytes) -> bytes:
    """Remove what makes XML parsers blow up or reach outside: DOCTYPEs, bad refs, controls.

    `data` must be in an ASCII-compatible encoding (see `_to_ascii_compatible`).
    """
    data = strip_doctypes(data)
    data = _CHAR_REF.sub(_neutralize_char_ref, data)
    return _CONTROL_BYTES.sub(b"", data)


def strip_doctypes(data: bytes) -> bytes:
    """Remove every ``<!DOCTYPE ...>`` with its internal subset ``[...]``.

    A regex cannot do it: the subset may hold '>' inside declarations, quoted strings and
    comments. An unterminated DOCTYPE swallows the rest of the document (it is broken anyway).
    """
    out = bytearray()
    position = 0
    while (match := _DOCTYPE_START.search(data, position)) is not None:
        out += data[position : match.start()]
        position = _doctype_end(data, match.end())
    out += data[position:]
    return bytes(out)


def _doctype_end(data: bytes, index: int) -> int:
    """Index just past the '>' closing the DOCTYPE whose body starts at `index`."""
    depth = 0  # inside the internal subset when > 0
    quote: int | None = None
    length = len(data)
    while index < length:
        byte = data[index]
        if quote is not None:
            if byte == quote:
                quote = None
        elif data.startswith(b"<!--", index):
            end = data.find(b"-->", index + 4)
            if end < 0:
                return length
            index = end + 3
            continue
        elif byte in b"\"'":
            quote = byte
        elif byte == ord("["):
            depth += 1
        elif byte == ord("]"):
            depth = max(0, depth - 1)
        elif byte == ord(">") and depth == 0:
            return index + 1
        index += 1
    return length


def _neutralize_char_ref(match: re.Match[bytes]) -> bytes:
    hex_digits, decimal_digits = match.group(1), match.group(2)
    code_point = int(hex_digits, 16) if hex_digits else int(decimal_digits)
    if _is_xml_char(code_point):
        return match.group(0)
    return b"&#xFFFD;"


def _is_xml_char(code_point: int) -> bool:
    # XML 1.0 Char production.
    return (
        code_point in (0x9, 0xA, 0xD)
        or 0x20 <= code_point <= 0xD7FF
        or 0xE000 <= code_point <= 0xFFFD
        or 0x10000 <= code_point <= 0x10FFFF
    )


def _to_ascii_compatible(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """Re-encode UTF-16/32 bodies as UTF-8 so byte-level sanitizing sees '<', '&' and '['.

    Other encodings are left for feedparser to detect (windows-1251, iso-8859-1, ...), since
    in them those ASCII characters are single bytes; the charset in `content_type` is dropped
    when we re-encode, and the XML declaration is made to say UTF-8.
    """
    encoding = None
    for bom, name in _UTF16_32_BOMS:
        if body.startswith(bom):
            encoding = name
            break
    else:
        if body.startswith((b"<\x00?\x00", b"<\x00\x00\x00")):
            encoding = "utf-32-le" if body.startswith(b"<\x00\x00\x00") else "utf-16-le"
        elif body.startswith((b"\x00<\x00?", b"\x00\x00\x00<")):
            encoding = "utf-32-be" if body.startswith(b"\x00\x00\x00<") else "utf-16-be"
    if encoding is None:
        return body, content_type
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Permanent(f"undecodable feed: {encoding} body with invalid bytes") from exc
    data = _XML_ENCODING.sub(rb"\1utf-8\2", text.lstrip("\ufeff").encode("utf-8"), count=1)
    if content_type:
        content_type = content_type.split(";", 1)[0].strip()
    return data, content_type


def _entry(raw: Any, base_url: str) -> FeedEntry | None:
    link = _link(raw)
    if not link:
        return None
    try:
        original = _resolve(link, base_url)
        url = normalize_url(original)
    except ValueError:
        return None  # mailto:, javascript:, no host...
    if len(url) > MAX_URL_CHARS or len(original) > MAX_URL_CHARS:
        return None
    return FeedEntry(
        url=url,
        original_url=original,
        guid=clean_text(raw.get("id"), MAX_GUID_CHARS),
        title=clean_text(raw.get("title"), MAX_TITLE_CHARS),
        published=_published(raw),
    )


def _link(raw: Any) -> str | None:
    link = raw.get("link")
    if isinstance(link, str) and link.strip():
        return link.strip()
    for candidate in raw.get("links") or []:
        href = candidate.get("href")
        rel = candidate.get("rel", "alternate")
        if rel == "alternate" and isinstance(href, str) and href.strip():
            return href.strip()
    return None


def _resolve(link: str, base_url: str) -> str:
    link = _CONTROL_CHARS.sub("", link)
    return urljoin(base_url, link) if base_url else link


def _published(raw: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if isinstance(value, time.struct_time):
            try:
                # feedparser's struct_time is UTC; timegm avoids the local time zone.
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, OSError):
                return None
    return None


def clean_text(value: object, limit: int) -> str | None:
    """One line of text: control characters removed, whitespace collapsed, capped at `limit`."""
    if not isinstance(value, str):
        return None
    text = _WHITESPACE.sub(" ", _CONTROL_CHARS.sub("", value[: limit * 4])).strip()
    return text[:limit] or None


def _looks_like_html(data: bytes, content_type: str | None) -> bool:
    if content_type and content_type.split(";", 1)[0].strip().lower() in (
        "text/html",
        "application/xhtml+xml",
    ):
        return True
    return _HTML_SNIFF.search(data[:4096]) is not None


def _reason(exc: object) -> str:
    if exc is None:
        return "unknown error"
    text = _WHITESPACE.sub(" ", str(exc)).strip() or type(exc).__name__
    if isinstance(exc, BaseException) and type(exc).__name__ not in text:
        text = f"{type(exc).__name__}: {text}"
    return text[:MAX_REASON_CHARS]
