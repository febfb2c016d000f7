"""normalize_text: one form of spaces, dashes, quotes and the euro sign; nothing invisible left."""

import unicodedata

import pytest

from services.cleaner.normalize import normalize_text, strip_controls


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # spaces
        ("50\u00a0billion", "50 billion"),
        ("7\u202fbillion", "7 billion"),
        ("1\u2009000\u2007000", "1 000 000"),
        ("a\u3000b\u205fc", "a b c"),
        # dashes: ranges and negatives become "-", the em dash stays
        ("40\u201350 billion", "40-50 billion"),
        ("fell by \u22125%", "fell by -5%"),
        ("2024\u20122025", "2024-2025"),
        ("non\u2011lethal", "non-lethal"),
        ("aid \u2013 50 billion \u2013 was", "aid - 50 billion - was"),
        ("aid\u201450 billion", "aid\u201450 billion"),
        ("aid\u201550 billion", "aid\u201450 billion"),
        # quotes
        ("\u201cwith proportional contributions\u201d", '"with proportional contributions"'),
        ("\u201eZeitenwende\u201c", '"Zeitenwende"'),
        ("Ukraine\u2019s", "Ukraine's"),
        ("\u2018yes\u2019", "'yes'"),
        ("зобов\u02bcязання", "зобов'язання"),
        ("\u00abprioritaire\u00bb", "\u00abprioritaire\u00bb"),
        # the euro sign and other symbols kept as they are
        ("\u20ac50 billion", "\u20ac50 billion"),
        ("50 EUR", "50 EUR"),
        ("\u00bd of it, 10\u00b2", "\u00bd of it, 10\u00b2"),
        # invisible characters removed
        ("commit\u00adment", "commitment"),
        ("bil\u200blion", "billion"),
        ("\ufeffNATO", "NATO"),
        ("\u200f50\u200e billion", "50 billion"),
        ("a\u2066b\u2069c", "abc"),
        # controls: NUL and friends removed, tab kept
        ("NA\x00TO\x07 aid\x1b", "NATO aid"),
        ("col1\tcol2", "col1\tcol2"),
        ("a\x7fb\x9fc", "abc"),
        ("lone \ud800surrogate", "lone surrogate"),
        # NFC, also across a removed soft hyphen
        ("Me\u0301rieux", "M\u00e9rieux"),
        ("Me\u00ad\u0301rieux", "M\u00e9rieux"),
        # line layout
        ("a\r\nb\rc\u2028d\u2029e\x85f", "a\nb\nc\nd\ne\nf"),
        ("line one   \t\nline two", "line one\nline two"),
        ("p1\n\n\n\n\np2", "p1\n\np2"),
        ("p1\n \n\t\n\np2", "p1\n\np2"),
        ("  \n\n text \n\n ", "text"),
        ("page1\x0cpage2", "page1\npage2"),
    ],
)
def test_mapping(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_keeps_zero_width_joiners() -> None:
    # ZWNJ is spelling in Persian; ZWJ joins emoji sequences.
    assert normalize_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    )
    assert "\u200d" in normalize_text("\U0001f468\u200d\U0001f469")


def test_is_idempotent_on_everything_it_maps() -> None:
    messy = "".join(chr(c) for c in range(0x0, 0x3100) if not 0xD800 <= c < 0xE000)
    messy += "e\u00ad\u0301 A\u030a \u2000\u2001\r\n\r\n\r\n\r\nx"
    once = normalize_text(messy)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not any(ord(ch) < 0x20 and ch not in "\t\n" for ch in once)
    assert "\r" not in once


def test_output_encodes_to_utf8() -> None:
    assert normalize_text("x\udcff\ud83dy").encode("utf-8") == b"xy"


def test_strip_controls_changes_nothing_else() -> None:
    raw = "<p>\x00NATO\u00a0aid \u2013 \u201cyes\u201d\x0c</p>\r\n"
    assert strip_controls(raw) == "<p>NATO\u00a0aid \u2013 \u201cyes\u201d </p>\r\n"
