"""Feed bytes → entries and an account of every item, with feedparser made safe for hostile input.

feedparser 6.0.14 is tolerant, which is what we want from real feeds, but measured on hostile ones:
- nested entity declarations in a DOCTYPE internal subset make its fallback (loose) parser build
  huge fields (a 40 KB feed: an 80 MB field; 100 KB: 500 MB and 45 s);
- a character reference to a lone surrogate (``&#xD800;``) makes it raise;
- given *bytes* it first tries ``open(body)``: a body that happens to name a local file would be
  read from disk. We always hand it a file object (io.BytesIO) so it only reads what we fetched.
So before parsing we cap the size, drop every DOCTYPE (with its internal subset: no entity can be
declared, so no expansion and no external entity/XXE), neutralize character references to code
points XML forbids, drop NUL and control bytes, and write HTML named entities as character
references (`services.fetcher.entities`: expat then reads ``&nbsp;`` feeds strictly); after parsing
every field is capped and cleaned; whatever feedparser still raises becomes Permanent.

A body is refused only when it is not a feed or nothing readable was recovered from it, each time
with a cause code (`services.fetcher.causes`): empty, NUL bytes, binary (by magic number), an HTML
page, JSON that is no JSON Feed, XML without a feed root, or XML so broken that neither an item nor
the feed's title survived. A feed that parses with errors but yields something is accepted with
`parsed_with_errors`; a well-formed feed with no items is accepted with none. JSON Feed 1.0/1.1 is
read as a feed (`services.fetcher.jsonfeed`). See `services.fetcher.feed_model` for the result.
"""

from __future__ import annotations

import calendar
import codecs
import io
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from services.fetcher import causes
from services.fetcher.entities import html_entities_to_references
from services.fetcher.feed_model import (
    MAX_SKIPPED_LISTED,
    FeedEntry,
    ParsedFeed,
    RawItem,
    SkippedItem,
    poll_counts,
)
from services.fetcher.jsonfeed import looks_like_json, parse_json_feed
from services.fetcher.sniff import not_a_feed
from services.fetcher.urls import normalize_url
from shared.errors import Permanent

__all__ = [
    "MAX_FEED_BYTES",
    "FeedEntry",
    "ParsedFeed",
    "SkippedItem",
    "clean_text",
    "parse_feed",
    "parse_opml",
    "poll_counts",
    "sanitize_xml",
    "strip_doctypes",
]

MAX_FEED_BYTES = 10 * 1024 * 1024  # same as the download cap (FetchLimits.max_bytes)
MAX_TITLE_CHARS = 1_000
MAX_URL_CHARS = 2_048
MAX_GUID_CHARS = 2_048
MAX_REASON_CHARS = 300
MAX_SKIPPED_LINK_CHARS = 300

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


def parse_feed(
    body: bytes,
    *,
    base_url: str,
    content_type: str | None = None,
    max_entries: int = 10_000,
) -> ParsedFeed:
    """Parse a downloaded feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed) into entries and an account.

    Raises Permanent, with a cause code, when the bytes are not a usable feed ("not a feed: HTML
    page", "not a feed: binary data (image/png)", "malformed XML: ..."). Duplicate GUIDs and
    duplicate normalized URLs keep the first entry; every other item is counted (ParsedFeed).
    """
    if len(body) > MAX_FEED_BYTES:
        raise Permanent(
            f"feed over {MAX_FEED_BYTES} bytes ({len(body)})", code=causes.FEED_TOO_LARGE
        )
    # UTF-16/32 first: their text is full of bytes that would look like binary controls.
    data, content_type = _to_ascii_compatible(body, content_type)
    refusal = not_a_feed(data)
    if refusal is not None:
        code, message = refusal
        raise Permanent(message, code=code)
    if looks_like_json(data, content_type):
        json_feed = parse_json_feed(data)
        return _account(
            json_feed.items,
            lambda item: item,
            base_url=base_url,
            max_entries=max_entries,
            title=json_feed.title,
            format=json_feed.format,
            bozo_reason=None,
            parsed_with_errors=False,
        )
    data = html_entities_to_references(sanitize_xml(data))
    # No content-location: given a base, feedparser also "resolves" GUIDs ("g1" becomes
    # "http://site/g1"), which would change with the feed's URL. Links are resolved in `_entry`.
    headers = {"content-type": content_type} if content_type else {}
    try:
        # A file object, never bytes or str: feedparser would try to open those as a path or URL.
        result = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:  # feedparser's parsers raise arbitrary errors on hostile input
        raise Permanent(f"unparseable feed: {_reason(exc)}", code=causes.PARSER_ERROR) from exc

    bozo_exception = result.get("bozo_exception") if result.get("bozo") else None
    bozo_reason = _reason(bozo_exception) if bozo_exception is not None else None
    # Content-type and encoding notes are bozo too, but the XML itself was fine.
    malformed = bozo_reason is not None and not isinstance(
        bozo_exception, feedparser.ThingsNobodyCaresAboutButMe
    )
    raw_entries: list[Any] = list(result.get("entries") or [])
    version = str(result.get("version") or "")
    feed_info: Mapping[str, Any] = result.get("feed") or {}
    if not raw_entries and not version:
        # No entries and no RSS/Atom root: say what it was instead.
        if _looks_like_html(data, content_type):
            raise Permanent("not a feed: HTML page", code=causes.HTML_PAGE)
        if malformed:
            raise Permanent(f"malformed XML: {bozo_reason}", code=causes.MALFORMED_FEED)
        raise Permanent("not a feed: no RSS or Atom root element", code=causes.NOT_A_FEED)
    parsed = _account(
        raw_entries,
        _raw_item,
        base_url=base_url,
        max_entries=max_entries,
        title=feed_info.get("title"),
        format=version,
        bozo_reason=bozo_reason,
        parsed_with_errors=malformed,
    )
    if malformed and not parsed.entries and not _recovered_anything(feed_info, raw_entries):
        # Broken XML that yielded nothing readable: a failure, not an empty feed.
        raise Permanent(f"malformed XML: {bozo_reason}", code=causes.MALFORMED_FEED)
    return parsed


def _recovered_anything(feed_info: Mapping[str, Any], raw_entries: list[Any]) -> bool:
    """True when the parser recovered the feed's metadata (a title, a link) or an item's."""
    return any(value for value in feed_info.values()) or any(
        any(value for value in entry.values()) for entry in raw_entries
    )


def _account(
    items: Sequence[Any],
    to_raw: Callable[[Any], RawItem | None],
    *,
    base_url: str,
    max_entries: int,
    title: object,
    format: str,
    bozo_reason: str | None,
    parsed_with_errors: bool,
) -> ParsedFeed:
    """Judge every item: kept (first of its GUID and URL), duplicate, or skipped with a reason."""
    entries: list[FeedEntry] = []
    skip_counts: dict[str, int] = {}
    skipped: list[SkippedItem] = []
    duplicates = 0
    seen_guids: set[str] = set()
    seen_urls: set[str] = set()

    def skip(position: int, raw: RawItem | None, reason: str, detail: str) -> None:
        skip_counts[reason] = skip_counts.get(reason, 0) + 1
        if len(skipped) < MAX_SKIPPED_LISTED:
            skipped.append(_skipped_item(position, raw, reason, detail))

    for position, item in enumerate(items, start=1):
        if position > max_entries:
            # Converted only while the listing has room: the count is what must be exact.
            raw = to_raw(item) if len(skipped) < MAX_SKIPPED_LISTED else None
            skip(position, raw, causes.ITEM_OVER_LIMIT, f"beyond the first {max_entries} items")
            continue
        raw = to_raw(item)
        if raw is None:
            skip(position, None, causes.ITEM_MALFORMED, "not an item object")
            continue
        judged = _entry(raw, base_url)
        if not isinstance(judged, FeedEntry):
            skip(position, raw, *judged)
            continue
        if judged.url in seen_urls or (judged.guid is not None and judged.guid in seen_guids):
            duplicates += 1
            continue
        seen_urls.add(judged.url)
        if judged.guid is not None:
            seen_guids.add(judged.guid)
        entries.append(judged)
    return ParsedFeed(
        title=clean_text(title, MAX_TITLE_CHARS),
        entries=entries,
        items_seen=len(items),
        duplicates=duplicates,
        skip_counts=skip_counts,
        skipped=skipped,
        parsed_with_errors=parsed_with_errors,
        bozo_reason=bozo_reason,
        format=format,
    )


def _skipped_item(position: int, raw: RawItem | None, reason: str, detail: str) -> SkippedItem:
    return SkippedItem(
        position=position,
        reason=reason,
        detail=detail,
        title=clean_text(raw.title, MAX_TITLE_CHARS) if raw is not None else None,
        link=clean_text(raw.link, MAX_SKIPPED_LINK_CHARS) if raw is not None else None,
    )


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str  # normalized
    title: str | None  # the outline's title (or text): the name the operator gave the feed


@dataclass(frozen=True, slots=True)
class OpmlSkip:
    outline: str  # the outline's title, text or URL, whichever it has
    reason: str


@dataclass(frozen=True, slots=True)
class OpmlImport:
    feeds: list[OpmlFeed] = field(default_factory=list)
    skipped: list[OpmlSkip] = field(default_factory=list)


def read_opml(body: bytes) -> OpmlImport:
    """The feeds of an OPML file (``xmlUrl`` of every outline, normalized, first seen first,
    with the outline's title) and every outline left out, with the reason: a URL that is not
    http(s) or not valid, a duplicate, an outline that is neither a feed nor a folder.

    The DOCTYPE is stripped before parsing, so no entity can be declared or fetched. Raises
    Permanent for a file that is not OPML.
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
    found = OpmlImport()
    seen: set[str] = set()
    for outline in root.iter("outline"):
        title = _outline_title(outline)
        raw = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        name = title or raw[:200] or "(untitled outline)"
        if not raw:
            if len(outline) == 0:  # a folder holds outlines; an empty outline is a mistake
                found.skipped.append(OpmlSkip(name, "no feed URL (xmlUrl)"))
            continue
        if len(raw) > MAX_URL_CHARS:
            found.skipped.append(OpmlSkip(name, f"URL over {MAX_URL_CHARS} characters"))
            continue
        scheme = urlsplit(raw).scheme.lower()
        if scheme not in ("http", "https"):
            found.skipped.append(OpmlSkip(name, f"not an http(s) URL: {raw[:200]}"))
            continue
        try:
            url = normalize_url(raw)
        except (ValueError, Permanent) as exc:
            found.skipped.append(OpmlSkip(name, f"bad URL {raw[:200]}: {exc}"))
            continue
        if url in seen:
            found.skipped.append(OpmlSkip(name, f"duplicate of {url}"))
            continue
        seen.add(url)
        found.feeds.append(OpmlFeed(url, title))
    return found


def _outline_title(outline: ET.Element) -> str | None:
    title = " ".join((outline.get("title") or outline.get("text") or "").split())
    return title[:MAX_TITLE_CHARS] or None


def parse_opml(body: bytes) -> list[str]:
    """The feed URLs of an OPML file, normalized, first seen first (see `read_opml`)."""
    return [feed.url for feed in read_opml(body).feeds]


def write_opml(feeds: Sequence[tuple[str, str | None]], title: str = "aidledger feeds") -> bytes:
    """An OPML 2.0 document listing (url, title) feeds, as feed readers import it."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(opml, "body")
    for url, name in feeds:
        ET.SubElement(body, "outline", type="rss", text=name or url, title=name or url, xmlUrl=url)
    ET.indent(opml)
    document: bytes = ET.tostring(opml, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


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
        raise Permanent(
            f"undecodable feed: {encoding} body with invalid bytes", code=causes.UNDECODABLE
        ) from exc
    data = _XML_ENCODING.sub(rb"\1utf-8\2", text.lstrip("\ufeff").encode("utf-8"), count=1)
    if content_type:
        content_type = content_type.split(";", 1)[0].strip()
    return data, content_type


def _raw_item(entry: Any) -> RawItem:
    """A feedparser entry as a RawItem."""
    link = _link(entry)
    return RawItem(
        link=link,
        guid=entry.get("id"),
        title=entry.get("title"),
        published=_published(entry),
        link_is_guid=bool(entry.get("guidislink")) and link == entry.get("id"),
    )


def _entry(raw: RawItem, base_url: str) -> FeedEntry | tuple[str, str]:
    """The item as an entry, or (reason code, detail) why it cannot be one."""
    if not raw.link:
        return causes.ITEM_NO_LINK, "no link"
    try:
        original = _resolve(raw.link, base_url)
    except ValueError as exc:  # urljoin: "http://[bad/" is an invalid IPv6 URL
        return causes.ITEM_INVALID_URL, f"invalid link: {_reason(exc)}"
    if len(original) > MAX_URL_CHARS:
        return (
            causes.ITEM_URL_TOO_LONG,
            f"link of {len(original)} characters (limit {MAX_URL_CHARS})",
        )
    scheme = _scheme(original)
    if not scheme:
        return causes.ITEM_INVALID_URL, "relative link and no base URL to resolve it against"
    if scheme not in ("http", "https") and raw.link_is_guid:
        return causes.ITEM_NO_LINK, f"no link (its id, a {scheme}: URI, is no web page)"
    if scheme not in ("http", "https"):
        return causes.ITEM_UNSAFE_SCHEME, f"link scheme {scheme}: is not http or https"
    try:
        url = normalize_url(original)
    except ValueError as exc:
        return causes.ITEM_INVALID_URL, f"invalid link: {_reason(exc)}"
    if len(url) > MAX_URL_CHARS:
        return causes.ITEM_URL_TOO_LONG, f"link of {len(url)} characters once normalized"
    return FeedEntry(
        url=url,
        original_url=original,
        guid=clean_text(raw.guid, MAX_GUID_CHARS),
        title=clean_text(raw.title, MAX_TITLE_CHARS),
        published=raw.published,
    )


def _scheme(url: str) -> str:
    try:
        return urlsplit(url.strip()).scheme.lower()[:20]
    except ValueError:
        return ""


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
        # dict.get, not FeedParserDict's: asked for a missing updated_parsed, feedparser 6 hands
        # back published_parsed with a DeprecationWarning (its "issue 310" fallback).
        value = dict.get(raw, key)
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
