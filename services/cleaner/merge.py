"""Merge trafilatura's recall-leaning and precision-leaning texts of one page into one text.

Each mode alone trades one error for the other (measured on the benchmark, see docs/cleaner.md):
the broad run (``favor_recall``) keeps the whole article and some boilerplate around it; the
strict run (``favor_precision``) drops the boilerplate and sometimes the article's first or last
paragraphs, or the whole article when the page's markup is unusual. The merge keeps the broad
text's blocks (lines: paragraphs, subheads, list items, table rows), judged by evidence:

- agreement: a block both runs kept is article text;
- position: a block only the broad run kept is kept when it lies between the first and the last
  agreed block (a subhead, a pull quote or a list inside the article) and dropped outside that
  span (teasers, bylines, "related" lists, footers around the article);
- when the strict run kept far less than the broad one (under `STRICT_MIN_SHARE` of its
  characters), it lost the article; when the two runs hardly share any text (under
  `MIN_AGREEMENT`), they found two different "main" blocks. In both cases a third extractor
  (readability, see htmltext.py) takes the strict run's place in the same merge; only if it
  fails too, the broad text is used with the block filter below (strict lost the article), or
  the strict text as it is (disagreement: the smaller claim is the safer one).

Blocks only the broad run kept also go through the targeted block filter (blocks.py): a block
that is mostly link text of the page, or a promo, price or "most read" block, is dropped even
inside the span. Blocks both runs kept are only checked for promotional price boxes.
"""

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from services.cleaner.blocks import is_boilerplate_block, is_promo_block

STRICT_MIN_SHARE = 0.3  # of the broad text's characters; below, the strict run lost the article
MIN_AGREEMENT = 0.5  # agreed characters of the broad text, as a share of the strict text's
_MIN_CONTAINED_CHARS = 40  # a shorter block ("Share", a date) is found inside anything


# Outcomes that keep a text the extractors did not settle: the document gets quality "low".
DOUBTFUL_MERGES = {
    "broad": "extractors disagree: the recall run's text, filtered",
    "disagree": "extractors disagree: the precision run's text",
    "fallback": "no main text found: readability's or the baseline's text",
}


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged text and which evidence decided it (for logs, tests and the quality flag)."""

    text: str
    how: str  # "span", "second-opinion", "broad", "disagree", "strict" (no broad text), "empty"


def blocks(text: str) -> list[str]:
    """A text's non-empty lines, stripped: trafilatura writes one block per line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def agreed_blocks(broad: list[str], strict: list[str]) -> list[bool]:
    """For each broad block: did the strict run keep it too? Equal blocks agree, and so do
    blocks that contain one another (the two runs sometimes split paragraphs differently)."""
    strict_set = set(strict)
    agreed = [block in strict_set for block in broad]
    if all(agreed):
        return agreed
    strict_joined = "\n".join(strict)
    starts = list(accumulate((len(block) + 1 for block in broad), initial=0))
    broad_joined = "\n".join(broad)
    for i, block in enumerate(broad):
        if not agreed[i] and len(block) >= _MIN_CONTAINED_CHARS and block in strict_joined:
            agreed[i] = True
    for block in strict_set.difference(broad):
        if len(block) < _MIN_CONTAINED_CHARS:
            continue
        at = broad_joined.find(block)
        if at >= 0:
            agreed[bisect_right(starts, at) - 1] = True
    return agreed


def merge_texts(
    broad_text: str,
    strict_text: str,
    link_texts: frozenset[str],
    second_opinion: Callable[[], str] | None = None,
) -> Merged:
    """One text from the broad and strict runs (rules in the module docstring).

    `link_texts` holds the whitespace-normalized texts of the page's links (link density).
    `second_opinion` returns a third extractor's text; it is called only when the strict run
    lost the article or disagrees with the broad one, and then takes the strict run's place.
    """
    broad = blocks(broad_text)
    if not broad:
        strict = blocks(strict_text)
        return Merged("\n".join(strict), "strict" if strict else "empty")
    merged = _span_merge(broad, blocks(strict_text), link_texts)
    if merged is not None:
        return merged
    if second_opinion is not None:
        merged = _span_merge(broad, blocks(second_opinion()), link_texts)
        if merged is not None:
            return Merged(merged.text, "second-opinion")
    if _chars(blocks(strict_text)) < STRICT_MIN_SHARE * _chars(broad):
        kept = [block for block in broad if not is_boilerplate_block(block, link_texts)]
        return Merged("\n".join(kept or broad), "broad")
    return Merged(strict_text.strip(), "disagree")


def _chars(blocks: list[str]) -> int:
    return sum(len(block) for block in blocks)


def _span_merge(broad: list[str], strict: list[str], link_texts: frozenset[str]) -> Merged | None:
    """The span merge of the module docstring, or None when `strict` lost the article (too
    short) or found another one (too little agreement)."""
    strict_chars = _chars(strict)
    if strict_chars < STRICT_MIN_SHARE * _chars(broad):
        return None
    agreed = agreed_blocks(broad, strict)
    shared = sum(len(block) for block, ok in zip(broad, agreed, strict=True) if ok)
    if shared < MIN_AGREEMENT * strict_chars:
        return None
    first = agreed.index(True)
    last = len(agreed) - 1 - agreed[::-1].index(True)
    kept = []
    for i, block in enumerate(broad):
        if agreed[i]:
            if not is_promo_block(block):
                kept.append(block)
        elif first < i < last and not is_boilerplate_block(block, link_texts):
            kept.append(block)
    return Merged("\n".join(kept), "span")
