"""The extractor's figures of a text, keyed by their surface: how the attribution tests read one
figure out of a news-style paragraph written for them."""

import datetime

from services.extractor.figures import extract_figures
from shared.models import Figure

# The publication date the attribution tests give their texts unless a test needs another.
PUBLISHED = datetime.date(2026, 3, 10)


def by_surface(
    text: str, title: str | None = None, published: datetime.date = PUBLISHED
) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, title=title, published=published)}
