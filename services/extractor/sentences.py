"""Sentence spans for news text, in one linear pass.

A period ends a sentence when a capital, quote or line end follows, except after abbreviations that
news text is full of ("U.S.", "Mrd.", "No.", "Gen."); decimals never qualify since a digit follows.
Pasted text that lost its space ("485 billion dollars.NATO Secretary") still splits when a
lower-case word precedes the period. A blank line always splits; a single line break splits too,
unless it breaks a long line mid-phrase (extracted text sometimes wraps inside a sentence: "former
President\\nDonald Trump"). Titles are short, so a title line without a period still stands alone.
"""

import re
from collections import Counter

_ABBREVIATIONS = frozenset(
    re.split(
        r"\s+",
        """mr mrs ms dr prof st no nr gen sen rep gov lt col capt maj sgt adm cmdr jr sr vs etc ca
        approx est fig art inc corp ltd co mrd mio bzw ggf vgl dt mme mlle cf jan feb mar apr jun
        jul aug sep sept oct nov dec u.s u.k e.u u.n z.b u.a d.h i.e e.g p.m a.m""",
    )
)
# After "U.S." a capital usually starts a name ("U.S. President"), so only these words start a new
# sentence there.
_STARTERS_AFTER_INITIALS = frozenset(
    re.split(
        r"\s+",
        "the this that these it its he she they we i in on at but and however meanwhile a an",
    )
)
_LONG_LINE = 100

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*|\n")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?$")
_GERMAN_MONTH = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)\b"
)


def _word_before(text: str, end: int) -> str:
    """The non-space run just before `end` (the period excluded), at most 20 characters back."""
    start = end
    floor = max(0, end - 20)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


_WORD = re.compile(r"[\w']+")


def _next_word(text: str, start: int) -> str:
    match = _WORD.match(text, start)
    return match.group(0) if match else ""


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    end = match.end()
    punct = match.group(0)
    if end >= len(text):
        return True
    nxt = text[end]
    if nxt == "\n":
        return True
    if punct[0] != ".":
        return nxt.isspace() or nxt.isupper()
    before = _word_before(text, match.start())
    if not nxt.isspace():
        # "dollars.NATO", "in 2024.NATO": glued sentences. Not "U.S.President" or "e.g.The".
        glued_word = (before.isalpha() and before.islower()) or before.isdigit()
        return nxt.isupper() and len(before) >= 2 and glued_word
    after = end
    while after < len(text) and text[after] in " \t\u00a0":
        after += 1
    if after >= len(text) or text[after] == "\n":
        return True
    following = text[after]
    if not (following.isupper() or following in "\"“‘'«(" or following.isdigit()):
        return False
    if before.isdigit() and len(before) <= 2 and _GERMAN_MONTH.match(text, after):
        return False  # a German date: "am 24. Februar 2022"
    key = before.lower().lstrip("(\"'“")
    if _INITIALS.search(before) and "." in before:
        return _next_word(text, after).lower() in _STARTERS_AFTER_INITIALS
    return key not in _ABBREVIATIONS


def _line_break_ends_sentence(text: str, newline: int, line_start: int) -> bool:
    if text.startswith("\n", newline + 1) or newline + 1 >= len(text):
        return True
    previous = text[line_start:newline].rstrip()
    if not previous:
        return True
    following = text[newline + 1 : newline + 2]
    wrapped = previous[-1].isalpha() or previous[-1] in ",-–"
    return not (wrapped and len(previous) >= _LONG_LINE and following.isalpha())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace, in text order."""
    spans: list[tuple[int, int]] = []
    start = 0
    line_start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group(0) == "\n":
            cut = (
                match.start() if _line_break_ends_sentence(text, match.start(), line_start) else -1
            )
            line_start = match.end()
        else:
            cut = match.end() if _ends_sentence(text, match) else -1
        if cut >= 0:
            _append(text, start, cut, spans)
            start = cut
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


_STOPWORDS = {
    "en": ("the", "and", "of", "to", "in", "is", "that", "with", "for", "has", "have", "was"),
    "de": (
        "der", "die", "und", "das", "mit", "von", "nicht", "ist", "für", "den", "dem", "hat",
        "wird", "auf",
    ),
    "fr": (
        "le", "la", "les", "et", "des", "du", "une", "est", "pour", "dans", "qui", "sur", "avec",
        "ont",
    ),
}  # fmt: skip
_STOPWORD_TOKEN = re.compile(r"\w+")


def guess_language(text: str) -> str:
    """ "en", "de" or "fr" by stopword counts (on the first 20,000 characters); English on ties.
    The words are counted in one pass (a stopword counts where it is a whole word)."""
    words = Counter(_STOPWORD_TOKEN.findall(text[:20_000].lower()))
    counts = {lang: sum(words[word] for word in stop) for lang, stop in _STOPWORDS.items()}
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))
