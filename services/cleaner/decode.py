"""Bytes -> str for fetched pages, without trusting a wrong charset label.

Order of evidence (first that holds wins):

1. A byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE): authoritative, as in browsers.
2. BOM-less UTF-16: NUL bytes in every other position of the first KB ("<\\0h\\0t\\0...").
3. Pure ASCII: every label agrees.
4. Valid UTF-8 with multibyte sequences beats any label: text in a single-byte code page is
   practically never valid UTF-8, while "UTF-8 served as iso-8859-1" is the most common wrong
   header on the web. Mostly valid UTF-8 with a few broken bytes (a template pasted in another
   encoding) stays UTF-8 with U+FFFD in those places instead of turning the whole page to mojibake.
5. A page labelled UTF-8 whose bytes are not: windows-1252 first when the page is Western (its
   non-ASCII bytes stand alone between ASCII, as "é" or "€" do, instead of forming runs as
   Cyrillic or Greek letters do) and the result is plausible (below). Detection alone would pick
   any code page that fits, and cp852 turns "€50 billion for Ukraine's" into "Ç50 ... Ukraineĺs".
6. The HTTP charset, then the document's meta charset (or XML declaration): each is used only if
   the bytes decode strictly under it AND the result does not look like mojibake
   (charset-normalizer's mess ratio on the words with non-ASCII letters). That catches
   windows-1251 bytes labelled iso-8859-1, which decode "fine" to "ÍÀÒÎ".
7. Detection with charset-normalizer, with a confidence check: a guess whose decoded text is not
   plausible, or whose chaos is high, is used with a `warning`.
8. Last resort: the first label (or windows-1252) with replacement characters, and a `warning`.

The `warning` makes the cleaner flag the document's quality instead of storing it as clean text.

Labels are read the WHATWG way: "iso-8859-1", "latin1" and "ascii" mean windows-1252 (so byte 0x80
is "€"), and a meta "utf-16" in an ASCII-readable page means UTF-8.
"""

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
from charset_normalizer.md import mess_ratio

from services.cleaner.mojibake import non_ascii_letter_words

# What the web means by these labels (WHATWG Encoding Standard), as Python codec names.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "cp819": "cp1252",
    "ibm819": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_SCAN_BYTES = 16_384  # WHATWG says 1024; real pages put 10 KB of scripts before the meta
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)

_MESS_THRESHOLD = 0.1  # legit text scores ~0.0, cp1251 read as cp1252 ~1.6, koi8-r as cp1251 ~0.2
_MESS_SAMPLE_CHARS = 20_000
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
_WESTERN_ALONE_SHARE = 0.7  # of non-ASCII bytes standing alone between ASCII bytes
_UTF8_MAX_BROKEN_SHARE = 0.02  # broken sequences per well-formed non-ASCII character


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded page and how its encoding was chosen (for logs and tests)."""

    text: str
    encoding: str  # Python codec name
    source: str  # bom, utf16-sniff, ascii, utf-8, utf-8-label-cp1252, http, meta, detected, ...
    warning: str | None = None  # set when the charset is a guess with low confidence


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label as the web means it, or None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def http_charset(content_type: str | None) -> str | None:
    """The raw charset label of a Content-Type header value, if any."""
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return m.group(1) if m else None


def meta_charset(body: bytes) -> str | None:
    """The raw charset label from the XML declaration or a <meta> tag near the top of the page."""
    head = body[:_META_SCAN_BYTES]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def decode_body(body: bytes, *, content_type: str | None = None) -> Decoded:
    """Decode a page to str by the evidence order in the module docstring (never raises)."""
    if not body:
        return Decoded("", "utf-8", "empty")
    for bom, enc in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(enc, errors="replace"), enc, "bom")
    utf16 = _sniff_utf16(body)
    if utf16:
        return Decoded(body.decode(utf16, errors="replace"), utf16, "utf16-sniff")
    if body.isascii():
        return Decoded(body.decode("ascii"), "ascii", "ascii")
    as_utf8 = _as_utf8(body)
    if as_utf8 is not None:
        return Decoded(as_utf8, "utf-8", "utf-8")

    labels = [
        ("http", codec_name(http_charset(content_type))),
        ("meta", codec_name(meta_charset(body))),
    ]
    if any(codec == "utf-8" for _, codec in labels) and _western(body):
        cp1252 = _strict(body, "cp1252")
        if cp1252 is not None and _plausible(cp1252):
            return Decoded(cp1252, "cp1252", "utf-8-label-cp1252")
    tried: list[str] = []
    for source, codec in labels:
        # UTF-8 already failed above; a UTF-16/32 label without a BOM or NUL pattern is wrong.
        if codec is None or codec in tried or codec.startswith(("utf-8", "utf-16", "utf-32")):
            continue
        tried.append(codec)
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return Decoded(text, codec, source)

    detected = _detect(body)
    if detected is not None:
        encoding, chaos = detected
        text = body.decode(encoding, errors="replace")
        warning = None
        if chaos > _MESS_THRESHOLD or not _plausible(text):
            warning = f"charset guessed as {encoding} with low confidence (chaos {chaos:.2f})"
        return Decoded(text, encoding, "detected", warning)
    last_resort = tried[0] if tried else "cp1252"
    return Decoded(
        body.decode(last_resort, errors="replace"),
        last_resort,
        "fallback",
        f"charset unknown: decoded as {last_resort} with replacement characters",
    )


def _detect(body: bytes) -> tuple[str, float] | None:
    """charset-normalizer's guess and its chaos (0 = clean text); windows-1252 wins a tie
    (short French text ties with cp1250)."""
    matches = charset_normalizer.from_bytes(body)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos:
            return "cp1252", float(match.chaos)
    return str(best.encoding), float(best.chaos)


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        return None


def _western(body: bytes) -> bool:
    """Non-ASCII bytes mostly stand alone ("é", "€", "'"), as in Western European text; letters of
    Cyrillic, Greek or Hebrew code pages come in runs of high bytes."""
    runs = _HIGH_RUNS.findall(body)
    high = sum(len(run) for run in runs)
    alone = sum(1 for run in runs if len(run) == 1)
    return high > 0 and alone >= _WESTERN_ALONE_SHARE * high


def _sniff_utf16(body: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for a BOM-less UTF-16 page of mostly ASCII markup, else None."""
    head = body[:1024]
    if len(head) < 16 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _as_utf8(body: bytes) -> str | None:
    """The body as UTF-8 when it is (nearly) all well-formed UTF-8 with non-ASCII text, or None."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - broken
    if good > 0 and broken <= good * _UTF8_MAX_BROKEN_SHARE:
        return text
    return None


def _plausible(text: str) -> bool:
    """False when the non-ASCII parts of `text` look like mojibake (wrong code page)."""
    sample = non_ascii_letter_words(text[: _MESS_SAMPLE_CHARS * 20])[:_MESS_SAMPLE_CHARS]
    return not sample or mess_ratio(sample, _MESS_THRESHOLD) < _MESS_THRESHOLD
