"""The targeted block filter: boilerplate blocks that carry figures or headlines, not prose.

The ledger's concern is a spurious figure: "flights from €19", "gold at $2,400 an ounce" in a
price box, a "most read" headline about another aid package. Rather than trafilatura's page-wide
precision mode (which also drops article paragraphs), single blocks are dropped on evidence:

- link density: most of the block's text (`LINK_DENSE_SHARE`) is link texts of the page (a
  teaser, "Read more: <headline>", a related article, a navigation entry); article paragraphs
  are not links as a whole;
- a promo block: short, not a sentence, with an amount and an offer word ("from €19",
  "€1 a week", "save 20%");
- a boilerplate label: a short line that is only "Advertisement", "Most read", "Related", ...

A block is a line of trafilatura's text output: a paragraph, subhead, list item ("- ...") or
table row ("a | b"). Prose lines (is_prose_line) are never promo or label blocks.
"""

import re
from functools import lru_cache

from services.cleaner.prose import is_prose_line

_LIST_MARK = re.compile(r"^[-•*]\s+")
_SPACES = re.compile(r"\s+")
AMOUNT = re.compile(
    r"(?:[$€£¥₴₽]|\b(?:EUR|USD|GBP|CHF|UAH)\b)\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥₴₽]|\b(?:EUR|USD|GBP|euros?|dollars?)\b)",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"\b(?:from|only|just|save|off|deal|deals|offer|offers|sale|discount|cheap|book|buy|shop|"
    r"subscribe|subscription|per (?:month|week|year)|a (?:month|week|year)|/(?:mo|month|wk|yr))\b"
    r"|\bab\b|\bdès\b|\bà partir de\b|\bвід\b|\bот\b",
    re.IGNORECASE,
)
LINK_DENSE_SHARE = 0.6  # of a block's characters in link texts: a teaser, not a paragraph
_PARTIAL_LINK_WORDS = 3  # shorter link texts ("Kyiv", "Read more") are found inside anything
_PROMO_MAX_WORDS = 16
_LABEL_MAX_WORDS = 5
_LABELS = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|most (?:read|popular|viewed)|"
    r"read more|read also|see also|related(?: articles| stories| content| news)?|"
    r"recommended(?: for you)?|you (?:may|might) also like|trending(?: now)?|more (?:on|from) this|"
    r"share(?: this)?(?: article| story)?|sign up(?: for [\w ]+)?|newsletter|subscribe(?: now)?|"
    r"anzeige|werbung|lesen sie auch|meistgelesen|publicité|à lire aussi|lire aussi|"
    r"реклама|читайте також|читайте также)\s*[:.!]?$",
    re.IGNORECASE,
)


def bare_text(block: str) -> str:
    """A block's text without a list marker, whitespace collapsed (as link texts are stored)."""
    return _SPACES.sub(" ", _LIST_MARK.sub("", block.strip()))


def is_promo_block(block: str) -> bool:
    """A short non-sentence block with an amount and an offer word: a price box or an ad."""
    if len(block.split()) > _PROMO_MAX_WORDS or is_prose_line(block):
        return False
    return bool(AMOUNT.search(block)) and bool(_OFFER.search(block))


def link_share(text: str, link_texts: frozenset[str]) -> float:
    """The share of `text` (whitespace-normalized) covered by link texts of the page: 1.0 for a
    teaser that is one link, most of "Read more: <headline>"; links of 3+ words count inside."""
    if text in link_texts:
        return 1.0
    if not text:
        return 0.0
    index = _by_first_word(link_texts)
    covered = 0
    reach = 0  # end of the last counted link: links overlap, characters count once
    offset = 0
    for word in text.split(" "):
        for link in index.get(word, ()):
            if offset >= reach and text.startswith(link, offset):
                covered += len(link)
                reach = offset + len(link)
                break
        offset += len(word) + 1
    return covered / len(text)


@lru_cache(maxsize=4)
def _by_first_word(link_texts: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Link texts of 3 words or more by their first word, longest first (one index per page)."""
    index: dict[str, list[str]] = {}
    for link in sorted(link_texts, key=len, reverse=True):
        words = link.split(" ")
        if len(words) >= _PARTIAL_LINK_WORDS:
            index.setdefault(words[0], []).append(link)
    return {word: tuple(links) for word, links in index.items()}


def is_boilerplate_block(block: str, link_texts: frozenset[str]) -> bool:
    """A block that is mostly link text, a promo block or a boilerplate label (module doc)."""
    text = bare_text(block)
    if link_share(text, link_texts) >= LINK_DENSE_SHARE:
        return True
    if is_promo_block(text):
        return True
    return len(text.split()) <= _LABEL_MAX_WORDS and bool(_LABELS.match(text))
