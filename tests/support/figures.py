"""The extractor's figures of a text, in order or keyed by their surface: how the attribution
tests read one figure out of a news-style paragraph written for them."""

import datetime

from services.extractor.figures import extract_figures
from shared.models import Figure

# The publication date the attribution tests give their texts unless a test needs another.
PUBLISHED = datetime.date(2026, 3, 10)


def in_order(text: str, published: datetime.date = PUBLISHED) -> list[Figure]:
    return extract_figures(text, published=published)


def by_surface(
    text: str, title: str | None = None, published: datetime.date = PUBLISHED
) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, title=title, published=published)}


def year_by_surface(text: str, published: datetime.date) -> dict[str, int | None]:
    return {surface: f.year for surface, f in by_surface(text, published=published).items()}
