"""The extractor against the gold set, the seed articles, and hostile input."""

import datetime
import random
from decimal import Decimal
from pathlib import Path

import pytest

from services.extractor.evaluate import (
    Case,
    evaluate,
    format_report,
    load_cases,
    match,
)
from services.extractor.figures import EXTRACTOR_VERSION, extract_figures
from services.extractor.numbers import parse_digits
from services.extractor.sentences import split_sentences

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "fixtures" / "seeds"
CASES = load_cases(HERE / "eval_set.jsonl")
# Written after the rules, in the style of real reporting, to check they generalize; scored with
# the same targets, and every case must pass like the original set's.
UNSEEN = load_cases(HERE / "eval_unseen.jsonl")


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(reason=case.known_gap, strict=True)] if case.known_gap else []
    return pytest.param(case, id=case.id, marks=marks)


def test_gold_set_is_large_and_varied() -> None:
    assert len(CASES) >= 80
    assert sum(1 for case in CASES if not case.figures) >= 8  # distractor-only cases
    units = {gold.unit for case in CASES for gold in case.figures}
    assert {"EUR", "USD", "GBP", "SEK", "NOK", "DKK", "percent"} <= units
    qualifiers = {gold.qualifier for case in CASES for gold in case.figures}
    assert qualifiers == {"exact", "over", "under", "approx", "at_least", "up_to"}
    categories = {gold.category for case in CASES for gold in case.figures}
    assert len(categories) == 8


@pytest.mark.parametrize("case", [_param(case) for case in CASES + UNSEEN])
def test_gold_case(case: Case) -> None:
    result = match(case, extract_figures(case.text, published=case.published))
    assert result.problems() == []


def test_unseen_set_is_varied() -> None:
    assert len(UNSEEN) >= 50
    assert not {case.id for case in UNSEEN} & {case.id for case in CASES}
    assert sum(1 for case in UNSEEN if not case.figures) >= 4
    languages = {"de": ("Milliarden", "Prozent"), "fr": ("milliards", " % ")}
    for words in languages.values():
        assert any(any(word in case.text for word in words) for case in UNSEEN)


@pytest.mark.parametrize("cases", [CASES, UNSEEN, CASES + UNSEEN], ids=["set", "unseen", "all"])
def test_evaluation_meets_targets(cases: list[Case]) -> None:
    report = evaluate(cases)
    text = format_report(report)
    assert report.f1 >= 0.97, text
    for attribute in ("qualifier", "unit", "year"):
        assert report.accuracy(attribute) >= 0.95, text
    for attribute in ("category", "donor"):
        assert report.accuracy(attribute) >= 0.9, text
    assert "precision" in text
    assert "F1" in text


def _summary(name: str) -> list[tuple[str, str, str, str, str | None, str | None, int | None]]:
    text = (SEEDS / name).read_text("utf-8")
    return [
        (str(f.value), f.unit, f.qualifier, f.category, f.donor, f.recipient, f.year)
        for f in extract_figures(text)
    ]


def test_seed_000_exactly() -> None:
    european = "NATO European members and Canada"
    assert _summary("000_f0ac4543b9476d1e.txt") == [
        ("50000000000", "EUR", "over", "security_aid", "NATO European members", "Ukraine", 2024),
        ("40000000000", "EUR", "at_least", "security_aid", "NATO allies", "Ukraine", None),
        ("50000000000", "EUR", "over", "security_aid", "NATO allies", "Ukraine", 2024),
        ("20", "percent", "exact", "defense_spending", european, None, 2024),
        ("20", "percent", "exact", "defense_spending", european, None, 2024),
        ("485000000000", "USD", "over", "defense_spending", european, None, 2024),
    ]


def test_seed_001_exactly() -> None:
    assert _summary("001_94711507541671b2.txt") == [
        ("20000000000", "EUR", "over", "security_aid", None, "Ukraine", 2025),
        ("20000000000", "EUR", "over", "security_aid", "NATO allies", "Ukraine", 2025),
        ("20000000000", "EUR", "over", "military_aid", "NATO allies", "Ukraine", 2025),
        ("50000000000", "EUR", "approx", "security_aid", "NATO allies", "Ukraine", 2024),
    ]


def test_glued_seeds_split_and_extract_the_same() -> None:
    # The two seeds pasted together read "...485 billion dollars.NATO Secretary-General confirms".
    first = (SEEDS / "000_f0ac4543b9476d1e.txt").read_text("utf-8")
    second = (SEEDS / "001_94711507541671b2.txt").read_text("utf-8")
    glued = extract_figures(first + second)
    apart = extract_figures(first) + extract_figures(second)
    # Donors are read in the document's context, which gluing changes: compare the sentences.
    assert [(f.value, f.sentence, f.category, f.year) for f in glued] == [
        (f.value, f.sentence, f.category, f.year) for f in apart
    ]


def test_spans_and_sentences_hold_for_every_figure() -> None:
    for case in CASES:
        for figure in extract_figures(case.text):
            assert case.text[figure.start : figure.end] == figure.surface
            assert figure.sentence in case.text
            assert figure.surface in figure.sentence


def test_output_is_deterministic() -> None:
    text = "\n".join(case.text for case in CASES)
    assert extract_figures(text) == extract_figures(text)


def test_value_in_eur() -> None:
    day = datetime.date(2024, 3, 1)
    eur, usd, pct, uah = extract_figures(
        "The EU gave €5bn, the US gave $5bn, 2% of GDP, and Kyiv spent 10 billion hryvnias.",
        published=day,
    )
    assert eur.value_eur == Decimal("5000000000")
    assert usd.value_eur is not None
    assert Decimal("4000000000") < usd.value_eur < Decimal("5000000000")
    assert pct.value_eur is None
    # no ECB reference rate for the hryvnia: the year's average (about 43.5 a euro in 2024)
    assert uah.value_eur is not None
    assert Decimal("200000000") < uah.value_eur < Decimal("260000000")
    latest = extract_figures("The US gave $5bn.")[0].value_eur
    assert latest is not None


def test_sentences_respect_abbreviations_and_decimals() -> None:
    text = "The U.S. gave $1.5bn. Germany gave 2,7 Mrd. Euro. Done"
    pieces = [text[start:end] for start, end in split_sentences(text)]
    assert pieces == ["The U.S. gave $1.5bn.", "Germany gave 2,7 Mrd. Euro.", "Done"]


@pytest.mark.parametrize(
    ("digits", "lang", "value"),
    [
        ("1,200", "en", "1200"),
        ("1.200", "de", "1200"),
        ("2,7", "de", "2.7"),
        ("1.5", "en", "1.5"),
        ("1,234.5", "en", "1234.5"),
        ("1.234,5", "de", "1234.5"),
        ("50\u00a0000", "fr", "50000"),
    ],
)
def test_number_notation(digits: str, lang: str, value: str) -> None:
    assert parse_digits(digits, lang) == Decimal(value)


def test_two_megabytes_of_digits_and_signs_completes() -> None:
    # No timing assertion: the point is that hostile input cannot make the regexes backtrack
    # for ever. A quadratic pattern would not finish here.
    rng = random.Random(7)
    alphabet = "0123456789" * 4 + "$€£%.,- \n" + "bn"
    noise = "".join(rng.choice(alphabet) for _ in range(2_000_000))
    figures = extract_figures(noise)
    assert all(noise[f.start : f.end] == f.surface for f in figures)
    assert extract_figures("9" * 2_000_000) == []
    assert isinstance(extract_figures("€" + "1," * 500_000 + " billion euros"), list)


def test_version_is_set() -> None:
    assert EXTRACTOR_VERSION.count(".") == 2


def test_malformed_number_is_skipped_and_logged_and_the_rest_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = "Germany gave €1,000.000,00 in aid. France gave €5bn to Ukraine in 2024."
    with caplog.at_level("WARNING", logger="services.extractor.mentions"):
        figures = extract_figures(text)
    assert [(f.surface, f.donor, f.year) for f in figures] == [("€5bn", "France", 2024)]
    [record] = caplog.records
    assert "'€1,000.000,00'" in record.getMessage()
    assert f"offset {text.index('€1,000')}" in record.getMessage()
