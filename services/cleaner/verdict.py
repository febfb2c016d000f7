"""Is an extracted text an article? A page linked from a feed is one unless the evidence is strong.

Skipped (the only text-based skips):
- no text at all: "no article text (empty page)";
- the text really is a list of links or headlines: `MIN_LIST_BLOCKS` blocks or more, no prose
  line at all (prose.py, which also reads Chinese, Japanese and Thai paragraphs), and either most
  of it (`LINK_LIST_SHARE` of its characters) is link texts of the page, or most of the page's
  visible text is links (trafilatura drops the headline links themselves and keeps the section
  titles and dates around them): "no article text (index page?)";
- the text is only a paywall notice: no prose, short, and the notice's own words say so
  ("subscribe to continue reading"): "no article text (login wall?)". A login link in the header
  or footer of a real article is not in its text and never counts.

Everything else is kept. When the text has little prose (a short item, a live blog of one-line
updates, a table-heavy release, or an index page that is not only links), the document is kept
with a quality reason, so that the operator can list such documents instead of losing them.
"""

import re
from dataclasses import dataclass

from services.cleaner.blocks import bare_text
from services.cleaner.merge import blocks
from services.cleaner.prose import is_prose_line, looks_like_article

LINK_LIST_SHARE = 0.6
MIN_LIST_BLOCKS = 3  # a caption or a one-line item on a link-heavy page is not a list
_WALL_MAX_CHARS = 600  # a paywall notice is a few lines; an article teaser above it is more
_WALL_TEXT = re.compile(
    r"\b(?:subscribe|log ?in|sign ?in|register)\s+(?:now\s+)?to\s+(?:continue|read|access|view)"
    r"|\b(?:subscribers?[- ]only|already a subscriber|this (?:article|content) is for subscribers)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """`skip`: the reason to skip the page, or None; `low_quality`: why a kept text is doubtful."""

    skip: str | None = None
    low_quality: str | None = None


def judge_text(text: str, *, link_texts: frozenset[str], link_density: float) -> Verdict:
    """The verdict on a normalized extracted text (rules in the module docstring).

    `link_texts` and `link_density` describe the whole page (htmltext.link_texts).
    """
    if not text:
        return Verdict(skip="no article text (empty page)")
    if looks_like_article(text):
        return Verdict()
    lines = blocks(text)
    total = sum(len(line) for line in lines)
    linked = sum(len(line) for line in lines if bare_text(line) in link_texts)
    a_list = len(lines) >= MIN_LIST_BLOCKS and not any(is_prose_line(line) for line in lines)
    if a_list and (linked >= LINK_LIST_SHARE * total or link_density >= LINK_LIST_SHARE):
        return Verdict(skip="no article text (index page?)")
    if total <= _WALL_MAX_CHARS and _WALL_TEXT.search(text):
        return Verdict(skip="no article text (login wall?)")
    return Verdict(low_quality="little prose (a short item, a list or a table?)")
