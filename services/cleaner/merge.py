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
  characters), it lost the article: the broad text is used, with the block filter below;
- when the two runs hardly share any text, they found two different "main" blocks: the caller
  breaks the tie with a third extractor (readability), see htmltext.py.

Blocks only the broad run kept also go through the targeted block filter (blocks.py): a block
whose text is a link on the page, or a promo, price or "most read" block, is dropped even inside
the span. Blocks both runs kept are only checked for promotional price boxes.
"""

from dataclasses import dataclass

from services.cleaner.blocks import is_boilerplate_block, is_promo_block

STRICT_MIN_SHARE = 0.3  # of the broad text's characters; below, the strict run lost the article
MIN_AGREEMENT = 0.5  # share of the strict text's characters found as blocks of the broad one


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged text and which evidence decided it (for logs, tests and the quality flag)."""

    text: str
    how: str  # "span", "broad" (strict run lost the article), "strict", "disagree", "empty"


def blocks(text: str) -> list[str]:
    """A text's non-empty lines, stripped: trafilatura writes one block per line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def agreement(broad: list[str], strict: list[str]) -> float:
    """Share of the strict text's characters that are blocks of the broad text too."""
    total = sum(len(block) for block in strict)
    if not total:
        return 0.0
    broad_set = set(broad)
    return sum(len(block) for block in strict if block in broad_set) / total


def merge_texts(broad_text: str, strict_text: str, link_texts: frozenset[str]) -> Merged:
    """One text from the broad and strict runs (rules in the module docstring).

    `link_texts` holds the whitespace-normalized texts of the page's links (link density).
    """
    broad, strict = blocks(broad_text), blocks(strict_text)
    if not broad:
        return Merged("\n".join(strict), "strict" if strict else "empty")
    broad_chars = sum(len(block) for block in broad)
    strict_chars = sum(len(block) for block in strict)
    if strict_chars < STRICT_MIN_SHARE * broad_chars:
        kept = [block for block in broad if not is_boilerplate_block(block, link_texts)]
        return Merged("\n".join(kept or broad), "broad")
    if agreement(broad, strict) < MIN_AGREEMENT:
        return Merged(strict_text, "disagree")
    strict_set = set(strict)
    agreed = [i for i, block in enumerate(broad) if block in strict_set]
    first, last = agreed[0], agreed[-1]
    kept = []
    for i, block in enumerate(broad):
        if block in strict_set:
            if not is_promo_block(block):
                kept.append(block)
        elif first < i < last and not is_boilerplate_block(block, link_texts):
            kept.append(block)
    return Merged("\n".join(kept), "span")
