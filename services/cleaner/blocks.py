"""The targeted block filter: boilerplate blocks that carry figures or headlines, not prose.

The ledger's concern is a spurious figure: "flights from €19", "gold at $2,400 an ounce" in a
price box, a "most read" headline about another aid package. Rather than trafilatura's page-wide
precision mode (which also drops article paragraphs), single blocks are dropped on evidence:

- link density: the block's text is the text of a link on the page (a teaser, a related
  article, a navigation entry); article paragraphs are not links as a whole;
- a promo block: short, not a sentence, with an amount and an offer word ("from €19",
  "€1 a week", "save 20%");
- a boilerplate label: a short line that is only "Advertisement", "Most read", "Related", ...

A block is a line of trafilatura's text output: a paragraph, subhead, list item ("- ...") or
table row ("a | b"). Prose lines (is_prose_line) are never promo or label blocks.
"""

import re

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


def is_boilerplate_block(block: str, link_texts: frozenset[str]) -> bool:
    """A block that is a link's text, a promo block or a boilerplate label (module docstring)."""
    text = bare_text(block)
    if text in link_texts:
        return True
    if is_promo_block(text):
        return True
    return len(text.split()) <= _LABEL_MAX_WORDS and bool(_LABELS.match(text))
