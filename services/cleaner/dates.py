"""Publication time: trafilatura's day (htmldate), made precise when the page or feed agrees.

htmldate returns a day ("2025-02-12"). The ledger sorts and dedups by time, so:

1. a "published" ISO timestamp in the page (``article:published_time``, ``datePublished``,
   ``<time class="published" datetime=...>``) on that same day wins;
2. else the feed's date (`fallback`) when it is on that same day;
3. else midnight UTC of that day;
4. no day from the page at all: the feed's date.

A page day that contradicts the feed is kept: the feed's date is often the re-publication time.
Every datetime returned is timezone-aware (naive values are taken as UTC).
"""

import re
from datetime import UTC, date, datetime

_PUBLISHED_STAMP = re.compile(
    r"published[^<>]{0,200}?"
    r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)",
    re.IGNORECASE,
)
_SCAN_CHARS = 200_000  # metadata lives in the head and the article header


def published_at(day: str | None, html: str | None, fallback: datetime | None) -> datetime | None:
    """The publication datetime by the rules in the module docstring."""
    page_day = _parse_day(day)
    if page_day is None:
        return _aware(fallback) if fallback else None
    for stamp in _page_stamps(html):
        if stamp.date() == page_day:
            return stamp
    if fallback is not None and fallback.date() == page_day:
        return _aware(fallback)
    return datetime(page_day.year, page_day.month, page_day.day, tzinfo=UTC)


def _parse_day(day: str | None) -> date | None:
    if not day:
        return None
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def _page_stamps(html: str | None) -> list[datetime]:
    stamps = []
    for match in _PUBLISHED_STAMP.finditer((html or "")[:_SCAN_CHARS]):
        try:
            stamps.append(_aware(datetime.fromisoformat(match.group(1))))
        except ValueError:
            continue
    return stamps


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
