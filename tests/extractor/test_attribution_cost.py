"""The attribution side made cheaper gives the same matches: patterns filed by their first letter
(dispatch.by_letter) match as the plain ones do, and the frozen-holdings test, cached and looked
for behind a cheap word test, answers as the two patterns do."""

import re
from pathlib import Path

import pytest

from services.extractor import context, dispatch, lexicon

# Articles of the in-sample sets (the first 60) and the seeds.
_TEXTS = sorted((Path(__file__).parent / "articles").glob("*.txt"))[:60:3] + sorted(
    (Path(__file__).parents[1] / "fixtures" / "seeds").iterdir()
)
_BY_LETTER = {
    "NOT_A_GIVER_BEFORE": lexicon._NOT_A_GIVER_BEFORE,
    "NOT_THE_YEAR_BEFORE": lexicon._NOT_THE_YEAR_BEFORE,
}


@pytest.mark.parametrize("name", sorted(_BY_LETTER))
def test_a_pattern_filed_by_letter_matches_like_the_plain_one(name: str) -> None:
    filed = getattr(lexicon, name)
    plain = re.compile(_BY_LETTER[name], re.IGNORECASE)
    found = 0
    for path in _TEXTS:
        text = path.read_text("utf-8")
        for word in re.finditer(r"\b\w", text):
            window = text[max(0, word.start() - 50) : word.start()]
            a, b = filed.search(window), plain.search(window)
            assert (a and a.span()) == (b and b.span()), (path.name, window)
            found += a is not None
    assert found


def test_a_group_and_its_tail_are_filed_as_one_alternative_each() -> None:
    pattern = dispatch.by_letter(r"(?:according\s+to|\bled\s+by|\bselon)\s+(?:the\s+)?$", re.I)
    assert pattern.search("Aid, according to the ")
    assert pattern.search("a coalition led by ")
    assert pattern.search("selon ")
    assert not pattern.search("according to the minister")
    assert pattern.search("misled by ") is None


def test_a_pattern_without_plain_first_letters_is_refused() -> None:
    with pytest.raises(ValueError, match="no plain first letter"):
        dispatch.by_letter(r"\d+|aid")


@pytest.mark.parametrize(
    "text",
    [
        "The loan is backed by the frozen assets of Russia's central bank.",
        "About €210 billion of Russian assets are frozen in the EU.",
        "Die Zinsen auf eingefrorene russische Vermögen fließen in den Fonds.",
        "Les avoirs gelés russes rapportent environ 3 milliards par an.",
        "The Bank of Russia's reserves are held at Euroclear.",
        "RUSSIAN ASSETS FROZEN IN BELGIUM",
        "Germany pledged €500 million in air defence for Ukraine.",
        "The Russian army has advanced near Pokrovsk.",
    ],
)
def test_the_frozen_holdings_are_found_as_the_patterns_find_them(text: str) -> None:
    expected = bool(
        lexicon.RUSSIAN_CENTRAL_BANK.search(text) or lexicon.RUSSIAN_HOLDINGS.search(text)
    )
    assert context._names_russian_holdings(text) is expected


def test_a_window_read_after_its_sentence_matches_like_the_one_pattern() -> None:
    # The word starts found for the whole sentence are reused for its windows.
    text = "Since the invasion, Germany has given €28 billion; so far this year, €4 billion."
    whole = [m.span() for m in lexicon.NO_SINGLE_YEAR_WORDS.finditer(text)]
    assert whole == [m.span() for m in lexicon.NO_SINGLE_YEAR_WORDS.pattern.finditer(text)]
    for lo, hi in ((1, 40), (6, len(text)), (20, 60), (len(text) - 5, len(text))):
        window = [m.span() for m in lexicon.NO_SINGLE_YEAR_WORDS.finditer(text, lo, hi)]
        assert window == [
            m.span() for m in lexicon.NO_SINGLE_YEAR_WORDS.pattern.finditer(text, lo, hi)
        ]


def test_a_distractor_is_named_as_the_plain_pattern_finds_it() -> None:
    for text in (
        "Inflation rose to 3.1% in May.",
        "Germany pledged €2 billion.",
        "Die Wachstumsrate",
    ):
        assert lexicon.names_distractor(text) is (lexicon.DISTRACTOR.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Poland has applied for €43.7 billion in SAFE loans.",
        "The Security Action for Europe instrument lends up to €150 billion.",
        "Die Mittel aus dem SAFE-Programm fließen in die Rüstung.",
        "Security guarantees were discussed in Paris.",
        "Germany pledged €2 billion.",
    ],
)
def test_the_loan_scheme_test_never_misses_a_match(text: str) -> None:
    if lexicon.EU_LOAN_SCHEME.search(text) is not None:
        assert lexicon.may_name_loan_scheme(text)


def test_an_office_holder_is_read_the_same_when_asked_again() -> None:
    text = "Defence minister Pistorius said Germany would send more air defence."
    match = next(m for m in lexicon.ENTITY.finditer(text) if m.group(0) == "Pistorius")
    group = match.lastgroup or ""
    first = lexicon.actor_name(group, "Pistorius", 2025.5)
    assert first == "Germany"
    assert lexicon.actor_name(group, "Pistorius", 2025.5) == first
