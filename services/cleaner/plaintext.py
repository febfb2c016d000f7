"""The plain-text path: text/plain bodies and the replay corpus (one article per .txt file).

The text is kept whole (every line, in order) after `normalize_text`; the first line is also
returned as the title when it looks like a headline. The title is metadata only: it is not cut
out of the text, so the extractor's offsets cover the headline too.
"""

from itertools import pairwise

from services.cleaner.normalize import normalize_text

MAX_TITLE_CHARS = 200
_CLOSERS = "\"')]»”’"
_OPENERS = "\"'([«“‘„"


def _ends_sentence(word: str, following: str) -> bool:
    """True for "Zelensky." + "NATO", False for "U.S." + "Senate" or "Mr." + "Rutte".

    A sentence ends after a word ending in two letters, the last lowercase, and before a capital;
    capitalized words of up to three letters are taken as abbreviations.
    """
    word = word.rstrip(_CLOSERS)
    following = following.lstrip(_OPENERS)
    if not word.endswith((".", "!", "?")) or not following[:1].isupper():
        return False
    stem = word.rstrip(".!?")
    if len(stem) < 2 or not stem[-2:].isalpha() or not stem[-1].islower():
        return False
    return not (stem[0].isupper() and len(stem) <= 3)  # Mr. Dr. Gen. Sen.


def count_sentences(line: str) -> int:
    """Sentences in one line of text, by `_ends_sentence` (a headline without a period is one)."""
    words = line.split()
    breaks = sum(_ends_sentence(w, n) for w, n in pairwise(words))
    return breaks + 1 if words else 0


def plain_title(first_line: str) -> str | None:
    """`first_line` when it reads as a headline: short, one sentence, not an opener like "Text:".

    A final period is allowed (the replay seeds' headlines are full sentences); a line with two
    sentences or more is the lead paragraph, not a title.
    """
    line = first_line.strip()
    if not line or len(line) > MAX_TITLE_CHARS or line.endswith((":", ",", ";")):
        return None
    if len(line.split()) < 2 or count_sentences(line) > 1:
        return None
    return line


def clean_plaintext(text: str) -> tuple[str, str | None]:
    """Return (normalized text, title or None) for a plain-text article.

    Line endings become ``\\n``, trailing spaces go, 3+ blank lines become one; every line stays.
    A one-line text has no title: that line is the article.
    """
    normalized = normalize_text(text)
    first, sep, rest = normalized.partition("\n")
    title = plain_title(first) if sep and rest.strip() else None
    return normalized, title
