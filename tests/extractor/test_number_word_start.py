"""The hand-written first letters of the number words (numbers.NUMBER_WORD_START, a lookahead
that turns most words away before the long alternation is tried) must let every number word
through: a word added to the alternation and not to the table would silently not be read."""

import re

import pytest

from services.extractor import numbers


def _words() -> list[str]:
    words = {word for table in (numbers._UNITS, numbers._TENS) for word in table}
    for pattern in (
        numbers._DE_UNIT,
        numbers._DE_TEEN,
        numbers._DE_TENS,
        numbers._FR_UNIT,
        numbers._FR_TEEN,
        numbers._FR_UNDER_HUNDRED,
    ):
        words.update(re.findall(r"[a-zäöüß]+(?:-[a-zäöüß]+)?", pattern))
    return sorted(words - {"et"})  # "vingt et un": the joiner starts no number


@pytest.mark.parametrize("word", _words())
def test_every_number_word_passes_the_first_letter_lookahead(word: str) -> None:
    start = re.compile(numbers.NUMBER_WORD_START, re.IGNORECASE)
    for form in (word, word.capitalize()):
        assert start.match(f"{form} billion") is not None, form
