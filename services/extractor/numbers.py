"""Numbers as news writes them: digit strings in English or German/French notation, number words,
and scale words ("bn", "Mrd.", "milliards").

Language matters twice: "1,200" is 1200 in English but 1.2 in German, and "Billion" is 10^9 in
English but 10^12 in German and French.
"""

import re
from decimal import Decimal

# Separators: comma, dot, and the no-break spaces French and German typesetting use for thousands.
_GROUP_SPACES = "\u00a0\u202f\u2009"


_FRACTIONS = {"¼": Decimal("0.25"), "½": Decimal("0.5"), "¾": Decimal("0.75")}


def parse_digits(token: str, lang: str) -> Decimal:
    """A digit string such as "1,200", "2,7", "1.200", "1.5", "50 000" as a Decimal."""
    spaces = _GROUP_SPACES + " " if lang == "fr" else _GROUP_SPACES
    digits = "".join(ch for ch in token if ch not in spaces)
    if digits[-1:] in _FRACTIONS:  # "2¾ per cent", as British and Australian budgets write
        return Decimal(digits[:-1] or 0) + _FRACTIONS[digits[-1]]
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
    # German and French: "zwölf Millionen Euro", "trois milliards d'euros", "quinze millions".
    "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatrevingt": 80, "quatrevingts": 80,
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
# German writes a number under a thousand as one word: "fünfundzwanzig", "zweihundertfünfzig",
# "dreieinhalb" (3.5), "anderthalb" (1.5).
_DE_UNIT = r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_DE_TEEN = r"(?:zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)"
_DE_TENS = r"(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
_DE_UNDER_HUNDRED = rf"(?:{_DE_UNIT}und{_DE_TENS}|{_DE_TENS}|{_DE_TEEN}|eine[r]?|{_DE_UNIT})"
_GERMAN_CARDINAL = (
    rf"(?:anderthalb|{_DE_UNIT}einhalb|{_DE_TEEN}einhalb"
    rf"|{_DE_UNIT}?hundert(?:{_DE_UNDER_HUNDRED})?|{_DE_UNDER_HUNDRED})"
)
# French: "vingt-cinq", "vingt et un", "soixante-dix", "quatre-vingt-dix", "deux cents", "cent
# cinquante".
_FR_UNIT = r"(?:une|un|deux|trois|quatre|cinq|six|sept|huit|neuf)"
_FR_TEEN = r"(?:dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize)"
_FR_UNDER_HUNDRED = (
    rf"(?:(?:vingt|trente|quarante|cinquante|soixante)(?:[- ]et[- ](?:un|une|onze)|-{_FR_UNIT}"
    rf"|-{_FR_TEEN})?|quatre-vingts?(?:-{_FR_UNIT}|-{_FR_TEEN})?|{_FR_TEEN}|{_FR_UNIT})"
)
_FRENCH_CARDINAL = rf"(?:(?:{_FR_UNIT}[- ])?cents?(?:[- ]{_FR_UNDER_HUNDRED})?|{_FR_UNDER_HUNDRED})"
_LOCAL_CARDINAL = rf"(?:{_GERMAN_CARDINAL}|{_FRENCH_CARDINAL})"
# A cardinal under a thousand, optionally "... and a half"; "a"/"half a" only count before a scale
# word, which the caller's pattern enforces.
WORD_NUMBER = (
    rf"(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
    rf"(?:\s+(?:and\s+)?{_ENGLISH_CARDINAL})?|{_ENGLISH_CARDINAL}|{_LOCAL_CARDINAL})"
    r"(?:\s+and\s+a\s+half)?\b)"
)
# Half of a scale: "half a billion", "eine halbe Milliarde", "un demi-milliard".
WORD_NUMBER_BEFORE_SCALE = (
    rf"(?:{WORD_NUMBER}|half\s+an?|an?|(?:eine[r]?\s+)?halbe[n]?|une?\s+demi)"
)
# How every match of WORD_NUMBER_BEFORE_SCALE (and so of WORD_NUMBER) starts, filed by first
# letter: a lookahead for it turns most words away with a few tests before the long alternation
# above is tried in full, twice ("the", "for", "under", "central", "troops" start no number word).
# The first letter is matched case-sensitively (upper, lower, and the long s that a
# case-insensitive "s" also matches), so the engine skips the other letters' branches at once.
_NUMBER_WORD_STARTS = {
    "a": r"\s+h|n?[ \u00a0\u202f][bkmt]|nderthalb|cht",  # "a hundred", "a billion", "acht"
    "c": r"inq|ents?\b",
    "d": r"eux|ix|ouz|rei",
    "e": r"igh|in|leven|lf",
    "f": r"ive|ift|our|orty|ünf",
    "h": r"alf\s|alb|und|uit",
    "n": r"ine|eu[nf]",
    "o": r"ne\b|nze",
    "q": r"uat|uar|uinz",
    "s": r"ix|even|ept\b|eiz|ech|ieb|oix",
    "t": r"wo\b|welve|wenty|hree|hirt|en\b|rois|reize|rente",
    "u": r"ne?\b",
    "v": r"ier|ing",
    "z": r"w(?:ei|ölf|anz)|ehn",
}
NUMBER_WORD_START = (
    "(?="
    + "|".join(
        f"(?-i:[{c}{c.upper()}{'ſ' if c == 's' else ''}])(?:{rest})"
        for c, rest in _NUMBER_WORD_STARTS.items()
    )
    + ")"
)


def _german_word(word: str) -> Decimal | None:
    """A German number word of one word ("fünfundzwanzig", "zweihundert", "dreieinhalb")."""
    if word == "anderthalb":
        return Decimal("1.5")
    if word.endswith("einhalb") and word != "einhalb":
        whole = _german_word(word.removesuffix("einhalb"))
        return None if whole is None else whole + Decimal("0.5")
    if "hundert" in word:
        before, _, after = word.partition("hundert")
        hundreds = _german_word(before) if before else Decimal(1)
        rest = _german_word(after) if after else Decimal(0)
        return None if hundreds is None or rest is None else hundreds * 100 + rest
    if "und" in word and not word.startswith("und"):
        unit, _, tens = word.partition("und")
        if unit in _UNITS and tens in _UNITS:
            return Decimal(_UNITS[unit] + _UNITS[tens])
    return Decimal(_UNITS[word]) if word in _UNITS else None


def parse_words(words: str) -> Decimal:
    """ "fifty" → 50, "two and a half" → 2.5, "a hundred and twenty" → 120, "half a" → 0.5,
    "fünfundzwanzig" → 25, "quatre-vingt-dix" → 90, "eine halbe" → 0.5."""
    lowered = words.lower().strip()
    if re.fullmatch(r"(?:eine[r]?\s+)?halbe[n]?|une?\s+demi", lowered):
        return Decimal("0.5")
    lowered = re.sub(r"quatre-vingt", "quatrevingt", lowered)
    tokens = re.split(r"[\s-]+", lowered)
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
        elif token in ("hundred", "cent", "cents"):
            current = (current or Decimal(1)) * 100
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif (german := _german_word(token)) is not None:
            current += german
        index += 1  # "and", "et" and anything else carries no value
    return total + current


# Scale words, lower-cased, dots removed. "billion" depends on language (long scale in de/fr).
_SCALES = {
    "thousand": 3, "k": 3, "tausend": 3, "mille": 3,
    "million": 6, "millions": 6, "mn": 6, "mln": 6, "m": 6, "mio": 6, "millionen": 6,
    "billion": 9, "billions": 9, "bn": 9, "bln": 9, "b": 9, "milliarde": 9, "milliarden": 9,
    "mrd": 9, "md": 9, "mds": 9, "milliard": 9, "milliards": 9,
    "trillion": 12, "trillions": 12, "tn": 12, "trn": 12, "billionen": 12,
}  # fmt: skip

# The lookahead turns away, with one test, the words after a number that start no scale word.
SCALE_WORD = (
    r"(?=[bkmtBKMT])(?:thousand|tausend|mille|millions?|millionen|mln|mn|mio\.?|milliarden|milliarde|milliards?"
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
