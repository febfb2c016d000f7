"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) read into raw items.

A JSON Feed is an object with ``version`` ("https://jsonfeed.org/version/1" or ".../1.1"),
``title`` and ``items``; each item has an ``id`` (a string; numbers are coerced, as the spec
asks readers to), and its page in ``url`` (or, for a link post, ``external_url``), ``title``
and RFC 3339 ``date_published`` / ``date_modified``. Any other JSON is not a feed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from services.fetcher import causes
from services.fetcher.feed_model import RawItem
from shared.errors import Permanent

_VERSION_PREFIX = "https://jsonfeed.org/version/"
_MAX_REASON_CHARS = 200


@dataclass(frozen=True)
class JsonFeed:
    format: str  # "json1", "json1.1" (later minor versions are read the same way)
    title: object
    items: list[RawItem | None]  # None: an entry that is not a JSON object


def looks_like_json(data: bytes, content_type: str | None) -> bool:
    """True when the body is JSON rather than XML: it opens with '{' (or says it is JSON)."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"{":
        return True
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return start == b"[" and (media_type.endswith("/json") or media_type.endswith("+json"))


def parse_json_feed(data: bytes) -> JsonFeed:
    """Read a JSON Feed; Permanent (with a cause code) for JSON that is broken or not a feed."""
    try:
        document = json.loads(data)
    except RecursionError as exc:
        raise Permanent("malformed JSON: nested too deeply", code=causes.MALFORMED_FEED) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        reason = str(exc)[:_MAX_REASON_CHARS]
        raise Permanent(f"malformed JSON: {reason}", code=causes.MALFORMED_FEED) from exc
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith(_VERSION_PREFIX):
        raise Permanent(
            "not a feed: JSON document without a JSON Feed version", code=causes.NOT_A_FEED
        )
    items = document.get("items")
    if not isinstance(items, list):
        raise Permanent("malformed JSON Feed: 'items' is not a list", code=causes.MALFORMED_FEED)
    number = version.removeprefix(_VERSION_PREFIX).strip("/") or "1"
    return JsonFeed(
        format="json" + number[:10],
        title=document.get("title"),
        items=[_item(item) if isinstance(item, dict) else None for item in items],
    )


def _item(item: dict[str, Any]) -> RawItem:
    link = item.get("url")
    if not isinstance(link, str) or not link.strip():
        link = item.get("external_url")
    guid = item.get("id")
    if isinstance(guid, bool) or not isinstance(guid, str | int | float):
        guid = None
    return RawItem(
        link=link.strip() if isinstance(link, str) and link.strip() else None,
        guid=str(guid) if guid is not None else None,
        title=item.get("title"),
        published=_date(item.get("date_published")) or _date(item.get("date_modified")),
    )


def _date(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        # RFC 3339; fromisoformat reads it (3.11+), "z" and "t" lower-case included once upper.
        parsed = datetime.fromisoformat(value.strip().upper())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
