"""Does a decoded text still look garbled? Then it is kept, flagged, never silently clean.

Three kinds of evidence, cheapest first:

- replacement characters (U+FFFD): bytes that no charset explained;
- ftfy's badness check: the sequences that UTF-8 read in a single-byte code page produces
  ("â‚¬50", "Ukraineâ€™s"), which no language writes;
- cp1252 typography read in another code page: cp1252 puts "€", "'" and the curly quotes at
  0x80-0x9F, where DOS and Central European code pages have letters, so a wrong guess turns
  "€50 billion for Ukraine's" into "Ç50 billion for Ukraineĺs". The telltale is a non-ASCII letter
  that stands (nearly) only in punctuation slots: glued to the front of a number (a currency
  sign's place) or between an English word and its "s"/"t"/"ll" (an apostrophe's place), at least
  twice, in mostly ASCII text. A real letter also stands inside words: French "alliés" puts "é"
  before an "s", but "président" and "décidé" use it elsewhere too.
- charset-normalizer's mess ratio on the non-ASCII words: letters of two scripts in one word,
  runs of accented capitals ("ÍÀÒÎ"), symbols inside words.
"""

import re
from collections import Counter

from charset_normalizer.md import mess_ratio
from ftfy.badness import is_bad

MAX_REPLACEMENT_SHARE = 0.001  # of all characters: one stray byte in a long page is not garbled
MESS_THRESHOLD = 0.2
MIN_TYPOGRAPHY_SLOTS = 2
_ASCII_SHARE = 0.9  # of letters, for the typography check (English-like text)
_SAMPLE_CHARS = 8_000  # garbling is page-wide: the first paragraphs show it
_NON_ASCII_WORDS = re.compile(r"\S*[^\x00-\x7f]\S*")
_TYPOGRAPHY_SLOT = re.compile(
    r"(?<![^\W\d_])([^\W\d_])(?<=[^\x00-\x7f])(?=\d)"  # "Ç50": a letter before digits
    r"|(?<=[A-Za-z])([^\W\d_])(?<=[^\x00-\x7f])(?=(?:s|t|d|m|ll|re|ve)\b)",  # "Ukraineĺs"
)
_SLOTTED_SHARE = 0.8  # of a letter's occurrences: a real letter also sits inside words


def garbled_reason(text: str) -> str | None:
    """Why `text` looks garbled (mojibake or undecodable bytes), or None when it looks clean."""
    if text.isascii():
        return None
    sample = text[:_SAMPLE_CHARS]
    replaced = sample.count("\ufffd")
    if replaced > max(1, MAX_REPLACEMENT_SHARE * len(sample)):
        return f"text looks garbled: {replaced} undecodable characters"
    if is_bad(sample):
        return "text looks garbled: UTF-8 read in a wrong code page"
    misplaced = _letters_in_punctuation_slots(sample)
    if misplaced:
        return f"text looks garbled: letters in place of punctuation ({', '.join(misplaced)})"
    words = non_ascii_letter_words(sample)
    if words and mess_ratio(words, MESS_THRESHOLD) >= MESS_THRESHOLD:
        return "text looks garbled: wrong code page"
    return None


def non_ascii_letter_words(text: str) -> str:
    """The words of `text` with a non-ASCII letter, joined: what the mess ratio should judge.
    "€0.5" or "½" alone read as mess to it and would flag clean tables and recipes."""
    return " ".join(
        word
        for word in _NON_ASCII_WORDS.findall(text)
        if any(ch.isalpha() and not ch.isascii() for ch in word)
    )


def _letters_in_punctuation_slots(text: str) -> list[str]:
    """Non-ASCII letters that (nearly) only ever stand where cp1252 puts "€" or "'"."""
    found = (first or second for first, second in _TYPOGRAPHY_SLOT.findall(text))
    slotted = Counter(letter for letter in found if letter.isalpha())
    if sum(slotted.values()) < MIN_TYPOGRAPHY_SLOTS or not _mostly_ascii_letters(text):
        return []
    return [
        letter
        for letter, count in slotted.items()
        if count >= MIN_TYPOGRAPHY_SLOTS and count >= _SLOTTED_SHARE * text.count(letter)
    ]


def _mostly_ascii_letters(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() for ch in letters) >= _ASCII_SHARE * len(letters)
