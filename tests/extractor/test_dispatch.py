"""The lexicon's word-dispatched patterns match exactly what their one-pattern forms match."""

import re
from pathlib import Path

import pytest

from services.extractor import lexicon
from services.extractor.dispatch import WordPattern, guarded

# Articles of the in-sample sets (the first 60) and the seeds.
_TEXTS = sorted((Path(__file__).parent / "articles").glob("*.txt"))[:60:2] + sorted(
    (Path(__file__).parents[1] / "fixtures" / "seeds").iterdir()
)
_PATTERNS = {
    "ENTITY": lexicon.ENTITY,
    "CATEGORY_KEYWORD": lexicon.CATEGORY_KEYWORD,
    "DISTRACTOR_WORDS": lexicon.DISTRACTOR_WORDS,
    "NO_SINGLE_YEAR_WORDS": lexicon.NO_SINGLE_YEAR_WORDS,
}


@pytest.mark.parametrize("name", sorted(_PATTERNS))
def test_dispatched_matches_are_the_one_patterns(name: str) -> None:
    word_pattern: WordPattern = _PATTERNS[name]
    for path in _TEXTS:
        text = path.read_text(encoding="utf-8")
        dispatched = [(m.span(), m.lastgroup) for m in word_pattern.finditer(text)]
        plain = [(m.span(), m.lastgroup) for m in word_pattern.pattern.finditer(text)]
        assert dispatched == plain, path.name
        assert dispatched or name != "ENTITY", path.name  # every article names an actor


def test_a_window_matches_like_the_one_pattern() -> None:
    text = "Denmark and the Netherlands pledged; Germany's Bundestag approved it."
    dispatched = [m.span() for m in lexicon.ENTITY.finditer(text, 5, 40)]
    assert dispatched == [m.span() for m in lexicon.ENTITY.pattern.finditer(text, 5, 40)]
    assert dispatched


_GUARDED = [
    name
    for name, value in vars(lexicon).items()
    if isinstance(value, re.Pattern) and value.pattern.startswith(("(?=[", r"\b(?=["))
]


def test_the_guarded_patterns_are_found() -> None:
    assert "DEFENCE_CONTEXT" in _GUARDED
    assert "EU_LOAN_SCHEME" in _GUARDED
    assert "NOT_A_GIVER_BEFORE" in _GUARDED


@pytest.mark.parametrize("name", _GUARDED)
def test_a_guarded_pattern_matches_like_the_plain_one(name: str) -> None:
    guarded = getattr(lexicon, name)
    plain = re.compile(guarded.pattern[guarded.pattern.index("])") + 2 :], guarded.flags)
    for path in _TEXTS:
        text = path.read_text("utf-8")
        assert [(m.span(), m.groupdict()) for m in guarded.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]


def test_a_pattern_without_plain_first_letters_is_refused() -> None:
    found = guarded("Ukraine|Kyiv").search("Aid to Kyiv")
    assert found is not None
    assert found.group(0) == "Kyiv"
    with pytest.raises(ValueError, match="no plain first letter"):
        guarded(r"\d+|aid")
