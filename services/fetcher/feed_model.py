"""What parsing a feed gives: the items to fetch, and an account of every item that is not.

For every document `parse_feed` accepts::

    items_seen == len(entries) + duplicates + items_skipped

`duplicates` are items that repeat an earlier item of the same document (same GUID or same
normalized URL); `items_skipped` are items with no usable link, counted by reason in
`skip_counts`, and listed one by one in `skipped` (the first MAX_SKIPPED_LISTED of them: a
hostile feed can hold a hundred thousand). Whether an entry is new or already stored is the
caller's to find out, so a poll records: seen = new + already stored + in-feed duplicates + skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from shared.models import PollCounts

MAX_SKIPPED_LISTED = 200


@dataclass(frozen=True)
class FeedEntry:
    url: str  # normalized (services.fetcher.urls.normalize_url)
    original_url: str  # as the feed gave it, resolved against the feed's URL
    guid: str | None
    title: str | None
    published: datetime | None  # UTC


@dataclass(frozen=True)
class SkippedItem:
    """An item of the feed that was not kept, and why."""

    position: int  # 1-based: the item's place among the document's items
    reason: str  # a cause code: no_link, unsafe_scheme, url_too_long, invalid_url, ...
    detail: str  # for people: "link scheme 'javascript:' is not http(s)"
    title: str | None  # cleaned, capped, as for an entry
    link: str | None  # the link as given (cleaned, capped at 300 characters), if any


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]
    items_seen: int
    duplicates: int  # items repeating an earlier GUID or URL of this document
    skip_counts: dict[str, int]  # reason → items, exact
    skipped: list[SkippedItem]  # one by one, the first MAX_SKIPPED_LISTED
    # True when the document was not well-formed and items or metadata were recovered anyway
    # (a truncated feed, a stray '&'); `bozo_reason` says what the parser complained about.
    parsed_with_errors: bool
    bozo_reason: str | None
    format: str  # "rss20", "atom10", "rss10", "json1", "json1.1"... ("rss" when unversioned)

    @property
    def items_skipped(self) -> int:
        return sum(self.skip_counts.values())


@dataclass(frozen=True)
class RawItem:
    """One item as the document gave it, before its link is judged (feedparser or JSON Feed)."""

    link: str | None
    guid: object
    title: object
    published: datetime | None
    link_is_guid: bool = False  # feedparser took the link from the GUID (an RSS permalink)


def poll_counts(parsed: ParsedFeed, new: int) -> PollCounts:
    """The counts of a poll whose `parsed.entries` gave `new` articles not stored before."""
    if not 0 <= new <= len(parsed.entries):
        raise ValueError(f"{new} new articles out of {len(parsed.entries)} entries")
    return PollCounts(
        items_seen=parsed.items_seen,
        items_new=new,
        items_duplicate=parsed.duplicates + len(parsed.entries) - new,
        items_skipped=parsed.items_skipped,
    )
