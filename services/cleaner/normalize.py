"""One canonical form of the clean text: what the extractor indexes, stores and hashes.

`normalize_text` is the only place where characters are changed after decoding. It is idempotent
(`normalize_text(normalize_text(s)) == normalize_text(s)`), so re-cleaning stored text never moves
an offset, and `text_sha256` of the same story reached by two URLs is the same.

Mapping, applied in this order:

1. Line breaks: CRLF, CR, NEL (U+0085), LINE/PARAGRAPH SEPARATOR (U+2028/U+2029), vertical tab
   and form feed -> ``\\n``.
2. Removed: NUL and every other C0 control except ``\\t`` and ``\\n``; DEL and the C1 controls
   (U+0080-U+009F); lone surrogates; U+FFFE/U+FFFF; the invisible format characters ZERO WIDTH SPACE
   U+200B, WORD JOINER U+2060, BOM/ZWNBSP U+FEFF, SOFT HYPHEN U+00AD, and the bidi marks and
   embeddings (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), which sit around numbers in RTL
   pages. ZWJ/ZWNJ (U+200C/U+200D) are kept: they change the spelling of Persian, Indic and emoji.
3. Unicode NFC (not NFKC: NFKC would also turn "½" into "1⁄2", "²" into "2" and "ﬁ" into "fi",
   silently changing figures; the few compatibility characters that matter are mapped explicitly).
4. Spaces: NO-BREAK SPACE U+00A0, the U+2000-U+200A spaces (en/em quad and space, thin, hair,
   FIGURE SPACE U+2007, punctuation space), NARROW NBSP U+202F, MEDIUM MATHEMATICAL SPACE U+205F,
   OGHAM SPACE U+1680 and IDEOGRAPHIC SPACE U+3000 -> " ". So "50 000" and "50 000" read alike.
5. Hyphens, minus and range dashes -> ASCII "-": HYPHEN U+2010, NON-BREAKING HYPHEN U+2011,
   FIGURE DASH U+2012, EN DASH U+2013, MINUS SIGN U+2212, SMALL HYPHEN-MINUS U+FE63, FULLWIDTH
   HYPHEN-MINUS U+FF0D. "40–50 billion" becomes "40-50 billion" (a range: digit-dash-digit) and
   "−5%" becomes "-5%" (negative: dash right before a digit, not after one). An en dash used as a
   parenthetical ("aid – 50 billion – was") becomes " - ", a dash followed by a space, never a sign.
6. Long dashes -> EM DASH U+2014: HORIZONTAL BAR U+2015 and the two/three-em dashes U+2E3A/U+2E3B.
   The em dash is kept (not "-"): written without spaces, "aid—50 billion" must not read as "-50".
7. Quotes: ‘ ’ ‚ ‛ and MODIFIER LETTER APOSTROPHE U+02BC -> "'"; “ ” „ ‟ -> '"'. Guillemets « »
   and the primes ′ ″ (minutes, feet) are kept.
8. Kept as they are: the euro sign "€" U+20AC (already one code point; the old EURO-CURRENCY SIGN
   U+20A0 is a different symbol and is not mapped), "EUR", "…", "½", "×", all letters.
9. Layout: trailing spaces and tabs of each line removed, 3+ consecutive newlines collapsed to one
   blank line, leading and trailing whitespace of the whole text removed.
"""

import re
import unicodedata

_TO_NEWLINE = "\r\x85\u2028\u2029\x0b\x0c"

_REMOVED: list[int] = [
    *(c for c in range(0x20) if c not in (0x09, 0x0A) and chr(c) not in _TO_NEWLINE),
    *range(0x7F, 0xA0),  # DEL and C1 (U+0085 NEL is mapped to a newline below instead)
    *range(0xD800, 0xE000),  # lone surrogates (only from surrogateescape decoding)
    0xFFFE,
    0xFFFF,
    0x00AD,
    0x200B,
    0x2060,
    0xFEFF,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
]

_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_LONG_DASHES = "\u2015\u2e3a\u2e3b"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u02bc"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"

_TABLE: dict[int, str | None] = dict.fromkeys(_REMOVED)
_TABLE |= {ord(c): "\n" for c in _TO_NEWLINE}
_TABLE |= {ord(c): " " for c in _SPACES}
_TABLE |= {ord(c): "-" for c in _HYPHENS}
_TABLE |= {ord(c): "\u2014" for c in _LONG_DASHES}
_TABLE |= {ord(c): "'" for c in _SINGLE_QUOTES}
_TABLE |= {ord(c): '"' for c in _DOUBLE_QUOTES}

# For the raw page: the controls XML forbids, and nothing else (VT/FF are whitespace in HTML).
_CONTROLS_ONLY: dict[int, str | None] = {
    c: None for c in _REMOVED if c < 0xA0 or 0xD800 <= c < 0xE000 or c in (0xFFFE, 0xFFFF)
}
_CONTROLS_ONLY |= {0x0B: " ", 0x0C: " "}


def _char_class(codes: "list[int] | dict[int, str | None]") -> re.Pattern[str]:
    """A regex matching any of `codes`: replacing the few matches is ~10x faster than
    `str.translate` passing every character of a 2 MB page through a dict."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(codes)) + "]")


_TABLE_CHARS = _char_class(_TABLE)
_REPLACEMENTS = {chr(c): target or "" for c, target in _TABLE.items()}


def _mapped(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


_CONTROL_CHARS = _char_class(_CONTROLS_ONLY)
_BLANK_RUN = re.compile(r"\n{3,}")


def normalize_text(s: str) -> str:
    """Return `s` in the one form the extractor sees and the store keeps (mapping: module doc)."""
    # CRLF first, so that the per-character table turns a lone CR into one newline, not two.
    s = _TABLE_CHARS.sub(_mapped, s.replace("\r\n", "\n"))
    # After the removals, so that "e" + soft hyphen + U+0301 still composes to "é". None of the
    # table's targets composes with a following mark, so the order keeps the function idempotent.
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    if " \n" in s or "\t\n" in s:
        s = "\n".join(line.rstrip(" \t") for line in s.split("\n"))
    if "\n\n\n" in s:  # the regex alone scans slowly; the substring test is a memchr
        s = _BLANK_RUN.sub("\n\n", s)
    return s.strip()


def strip_controls(s: str) -> str:
    """Remove only what breaks a parser or Postgres (NUL, controls, lone surrogates); map nothing.

    Used on the whole decoded page before lxml sees it; the full `normalize_text` runs on the text
    that comes out, since entities like ``&nbsp;`` only become characters inside the parser.
    """
    return s.translate(_CONTROLS_ONLY) if _CONTROL_CHARS.search(s) else s
