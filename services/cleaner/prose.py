"""Is an extracted text an article, or the navigation trafilatura found on an index page?

trafilatura always returns *something* for a page with enough links and headlines. An article has
paragraphs: lines of ten words or more that end a sentence. An index page, a login wall or a
cookie notice has short link-like lines (headlines end without a period) and little else.
"""

import re

from services.cleaner.plaintext import count_sentences

MIN_PROSE_CHARS = 200  # a short wire story still has two sentences of 100 characters
MIN_SENTENCES = 2
MIN_PROSE_SHARE = 0.3  # of all text; the rest may be a table, list items or subheads
_PROSE_LINE_WORDS = 10
_SENTENCE_END = re.compile(r"""[.!?…]["')\]]*$""")


def is_prose_line(line: str) -> bool:
    """A paragraph line: ten words or more, ending like a sentence or holding two of them."""
    if len(line.split()) < _PROSE_LINE_WORDS:
        return False
    return bool(_SENTENCE_END.search(line)) or count_sentences(line) >= 2


def looks_like_article(text: str) -> bool:
    """True when `text` holds enough real prose (thresholds above) to be worth extracting from."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    prose = [line for line in lines if is_prose_line(line)]
    prose_chars = sum(len(line) for line in prose)
    total_chars = sum(len(line) for line in lines)
    if prose_chars < MIN_PROSE_CHARS or prose_chars < MIN_PROSE_SHARE * total_chars:
        return False
    sentences = 0
    for line in prose:  # stop early: a 2 MB page has thousands of lines
        sentences += count_sentences(line)
        if sentences >= MIN_SENTENCES:
            return True
    return False
