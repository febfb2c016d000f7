"""Numbers as news writes them: digit strings in English or German/French notation, number words,
and scale words ("bn", "Mrd.", "milliards").

Language matters twice: "1,200" is 1200 in English but 1.2 in German, and "Billion" is 10^9 in
English but 10^12 in German and French.
"""

import re
from decimal import Decimal

# Separators: comma, dot, and the no-break spaces French and German typesetting use for thousands.
_GROUP_SPACES = "\u00a0\u202f\u2009"


def parse_digits(token: str, lang: str) -> Decimal:
    """A digit string such as "1,200", "2,7", "1.200", "1.5", "50 000" as a Decimal."""
    spaces = _GROUP_SPACES + " " if lang == "fr" else _GROUP_SPACES
    digits = "".join(ch for ch in token if ch not in spaces)
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        # Both present: whichever comes last is the decimal separator ("1,234.5" / "1.234,5").
        decimal_sep = "." if digits.rfind(".") > digits.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        digits = digits.replace(group_sep, "").replace(decimal_sep, ".")
    elif commas + dots > 1:
        digits = digits.replace(",", "").replace(".", "")  # only grouping repeats: "1,000,000"
    elif commas + dots == 1:
        sep = "," if commas else "."
        after = len(digits) - digits.index(sep) - 1
        # Three digits after a single separator is a thousands group in the separator's home
        # notation: "1,200" in English, "1.200" in German and French. Anything else is a decimal.
        grouping = after == 3 and ((sep == "," and lang == "en") or (sep == "." and lang != "en"))
        digits = digits.replace(sep, "") if grouping else digits.replace(sep, ".")
    return Decimal(digits)


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    # German and French: enough for "zwei Milliarden Euro", "trois milliards d'euros".
    "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwanzig": 20, "dreißig": 30, "fünfzig": 50,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "vingt": 20, "trente": 30, "cinquante": 50,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

_ENGLISH_CARDINAL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_LOCAL_CARDINAL = (
    r"(?:eine[r]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|fünfzig"
    r"|une|un|deux|trois|quatre|cinq|sept|huit|neuf|dix|vingt|trente|cinquante)"
)
# A cardinal under a thousand, optionally "... and a half"; "a"/"half a" only count before a scale
# word, which the caller's pattern enforces.
WORD_NUMBER = (
    rf"(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
    rf"(?:\s+(?:and\s+)?{_ENGLISH_CARDINAL})?|{_ENGLISH_CARDINAL}|{_LOCAL_CARDINAL})"
    r"(?:\s+and\s+a\s+half)?\b)"
)
WORD_NUMBER_BEFORE_SCALE = rf"(?:{WORD_NUMBER}|half\s+an?|an?)"


def parse_words(words: str) -> Decimal:
    """ "fifty" → 50, "two and a half" → 2.5, "a hundred and twenty" → 120, "half a" → 0.5."""
    tokens = re.split(r"[\s-]+", words.lower().strip())
    if tokens[:1] == ["half"]:
        return Decimal("0.5")
    total = Decimal(0)
    current = Decimal(0)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in ("a", "an") and index + 1 < len(tokens) and tokens[index + 1] == "half":
            current += Decimal("0.5")
            index += 2
            continue
        if token in ("a", "an"):
            current += 1
        elif token == "hundred":  # noqa: S105 - a number word, not a secret
            current = (current or Decimal(1)) * 100
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        index += 1  # "and" and anything else carries no value
    return total + current


# Scale words, lower-cased, dots removed. "billion" depends on language (long scale in de/fr).
_SCALES = {
    "thousand": 3, "k": 3, "tausend": 3, "mille": 3,
    "million": 6, "millions": 6, "mn": 6, "mln": 6, "m": 6, "mio": 6, "millionen": 6,
    "billion": 9, "billions": 9, "bn": 9, "bln": 9, "b": 9, "milliarde": 9, "milliarden": 9,
    "mrd": 9, "md": 9, "mds": 9, "milliard": 9, "milliards": 9,
    "trillion": 12, "trillions": 12, "tn": 12, "trn": 12, "billionen": 12,
}  # fmt: skip

SCALE_WORD = (
    r"(?:thousand|tausend|mille|millions?|millionen|mln|mn|mio\.?|milliarden|milliarde|milliards?"
    r"|mrd\.?|mds?|billions?|billionen|bln|bn|trillions?|trn|tn|[mbk])(?![\w-])"
)


def scale_exponent(word: str, lang: str) -> int:
    """The power of ten a scale word stands for: "bn" → 9, "Mrd." → 9, German "Billion" → 12."""
    key = word.lower().rstrip(".")
    if key in ("billion", "billions") and lang in ("de", "fr"):
        return 12
    return _SCALES[key]


def in_base_units(number: Decimal, exponent: int) -> Decimal:
    """Scale and normalize: 1.5 and 9 → 1500000000 (an integer when the value is one)."""
    value = number.scaleb(exponent)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
