"""Is an extracted text an article, or the navigation trafilatura found on an index page?

trafilatura always returns *something* for a page with enough links and headlines. An article has
paragraphs: lines of ten words or more that end a sentence. An index page, a login wall or a
cookie notice has short link-like lines (headlines end without a period) and little else.

Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) count
one word per two of their characters, three Latin characters per character, and end sentences
with "。", "！" or "？": otherwise no Chinese paragraph would ever be prose, and a Chinese article
on a link-heavy page would read as an index page.
"""

import re

from services.cleaner.plaintext import count_sentences

MIN_PROSE_CHARS = 200  # a short wire story still has two sentences of 100 characters
MIN_SENTENCES = 2
MIN_PROSE_SHARE = 0.3  # of all text; the rest may be a table, list items or subheads
_PROSE_LINE_WORDS = 10
_PARAGRAPH_WORDS = 25  # longer than any headline: prose even without a sentence end
_SENTENCE_END = re.compile(r"""[.!?…。！？]["')\]」』”]*$""")
_FULL_STOPS = re.compile(r"[。！？]")
# Han, kana, Thai, Lao, Myanmar, Khmer: scripts without spaces between words.
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
_CHARS_PER_UNSPACED_WORD = 2


def word_count(line: str) -> int:
    """Words in a line: space-separated ones, plus one per two characters of unspaced scripts."""
    unspaced = len(_UNSPACED.findall(line))
    return len(line.split()) + unspaced // _CHARS_PER_UNSPACED_WORD


def sentence_count(line: str) -> int:
    """Sentences in a line: by periods and capitals (count_sentences), or by "。！？"."""
    return max(count_sentences(line), len(_FULL_STOPS.findall(line)))


def is_prose_line(line: str) -> bool:
    """A paragraph line: ten words or more, ending like a sentence or holding two of them; or
    a line too long for a headline (Thai and Lao end sentences with a space, not a stop)."""
    words = word_count(line)
    if words < _PROSE_LINE_WORDS:
        return False
    if words >= _PARAGRAPH_WORDS:
        return True
    return bool(_SENTENCE_END.search(line)) or sentence_count(line) >= 2


def _weight(line: str) -> int:
    """A line's length in Latin-script characters: an unspaced-script character counts three
    (about a word of two characters against a Latin word of six with its space)."""
    return len(line) + 2 * len(_UNSPACED.findall(line))


def looks_like_article(text: str) -> bool:
    """True when `text` holds enough real prose (thresholds above) to be worth extracting from."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    prose = [line for line in lines if is_prose_line(line)]
    prose_chars = sum(_weight(line) for line in prose)
    total_chars = sum(_weight(line) for line in lines)
    if prose_chars < MIN_PROSE_CHARS or prose_chars < MIN_PROSE_SHARE * total_chars:
        return False
    sentences = 0
    for line in prose:  # stop early: a 2 MB page has thousands of lines
        sentences += sentence_count(line)
        if sentences >= MIN_SENTENCES:
            return True
    return False
