"""The plain-text path: the replay seeds come out whole, the first line as title when it is one."""

from pathlib import Path

import pytest

from services.cleaner.clean import clean
from services.cleaner.normalize import normalize_text
from services.cleaner.plaintext import clean_plaintext, count_sentences, plain_title

SEEDS = sorted((Path(__file__).parents[1] / "fixtures" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_keeps_all_its_text(seed: Path) -> None:
    raw = seed.read_bytes()
    doc = clean(raw, content_type="text/plain; charset=utf-8")
    lines = [line.strip() for line in raw.decode("utf-8").splitlines() if line.strip()]
    assert doc.text.splitlines() == lines  # every line, in order, nothing added
    assert doc.text == normalize_text(raw.decode("utf-8"))
    assert doc.language == "en"


def test_seeds_found() -> None:
    assert len(SEEDS) >= 2


def test_seed_headline_is_the_title() -> None:
    seed = next(p for p in SEEDS if p.name.startswith("001_"))
    doc = clean(seed.read_bytes(), content_type="text/plain")
    assert doc.title == (
        "NATO Secretary-General confirms over 20 billion euros in security support for Ukraine "
        "for 2025 amidst evolving geopolitical tensions."
    )
    assert doc.text.startswith(doc.title)  # the title stays in the text


def test_seed_lead_paragraph_is_not_a_title() -> None:
    # 000's first line is three sentences, 290 characters: the lead, not a headline.
    seed = next(p for p in SEEDS if p.name.startswith("000_"))
    doc = clean(seed.read_bytes())  # no content type: sniffed as text
    assert doc.title is None
    assert doc.text.startswith("There is money for Zelensky. NATO European member states")


def test_paragraphs_and_layout() -> None:
    text, title = clean_plaintext(
        "Allies pledge more aid\r\n\r\n\r\n\r\nFirst paragraph.   \r\nSecond line.\t\r\n\r\n"
    )
    assert title == "Allies pledge more aid"
    assert text == "Allies pledge more aid\n\nFirst paragraph.\nSecond line."


def test_single_line_has_no_title() -> None:
    assert clean_plaintext("NATO allies pledged 40 billion euros.") == (
        "NATO allies pledged 40 billion euros.",
        None,
    )


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("U.S. Senate approves $61 billion for Ukraine", True),
        ("Rutte: allies gave Kyiv over €50 billion in 2024", True),
        ("NATO confirms 20 billion euros in support for 2025.", True),
        ("There is money for Zelensky. NATO states gave more than 50 billion euros.", False),
        ("Summary:", False),
        ("Ukraine", False),
        ("x" * 201, False),
    ],
)
def test_title_rule(line: str, title: bool) -> None:
    assert (plain_title(line) == line) is title


def test_sentence_count_skips_abbreviations() -> None:
    assert count_sentences("Mr. Rutte met U.S. officials in Brussels.") == 1
    assert count_sentences("Gen. Syrskyi and Sen. Graham met in Kyiv. Talks went on") == 2
    assert count_sentences('Aid rose. Allies agreed. Kyiv said "thanks." Then it ended') == 4


def test_text_plain_cp1251_body() -> None:
    body = "Новини\n\nНАТО надало Україні понад 50 мільярдів євро у 2024 році.\n".encode("cp1251")
    doc = clean(body, content_type="text/plain; charset=windows-1251")
    assert doc.title is None  # one word: a section label, not a headline
    assert "понад 50 мільярдів євро" in doc.text


def test_text_plain_label_does_not_hide_an_html_page() -> None:
    body = b"<!DOCTYPE html><html><body><p>" + b"Allies sent more aid to Ukraine. " * 20
    body += b"</p></body></html>"
    doc = clean(body, content_type="text/plain")
    assert "<p>" not in doc.text
    assert doc.text.startswith("Allies sent more aid to Ukraine.")
