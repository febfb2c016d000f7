"""Money and percentage mentions: where they are, their value, unit and qualifier.

One compiled pattern finds every mention in a single left-to-right pass; ranges and qualifiers are
read from a bounded window just before or after each mention, so the cost stays linear in the text.
Possessive quantifiers keep a long run of digits from backtracking.
"""

import logging
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from services.extractor import dispatch
from services.extractor.currencies import (
    PREFIX_PATTERN,
    SUFFIX_PATTERN,
    prefix_code,
    suffix_code,
)
from services.extractor.lexicon import ROUGHLY
from services.extractor.numbers import (
    NUMBER_WORD_START,
    SCALE_WORD,
    WORD_NUMBER,
    WORD_NUMBER_BEFORE_SCALE,
    in_base_units,
    parse_digits,
    parse_words,
    scale_exponent,
)

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    value: Decimal
    unit: str  # ISO code, "percent", or currencies.AMBIGUOUS_CROWN until context resolves it
    qualifier: str


_SP = r"[ \u00a0\u202f]"
# Grouped digits ("1,200,000", "1.200", "50 000") or plain ("2024", "2,7", "1.5", "2¾"); at most 15
# digits before the separator so a digit flood cannot become a number worth parsing.
_DIGITS = (
    r"(?:\d{1,3}+(?:[,.\u00a0\u202f]\d{3})++(?:[.,]\d++)?+(?!\d)|\d{1,15}+(?:[.,]\d++|[¼½¾])?+)"
)
# French text also groups thousands with a plain space ("2 800 milliards", "8 000 euros"); only
# there, since in English "in 2024 500 million" is a year and a sum.
_DIGITS_FR = (
    r"(?:\d{1,3}+(?:[ ,.\u00a0\u202f]\d{3})++(?:[.,]\d++)?+(?!\d)|\d{1,15}+(?:[.,]\d++|[¼½¾])?+)"
)
# Not inside a word ("F-16"), a longer number ("1.5" from its "5"), or a code ("A4").
_NUMBER_START = r"(?<![\w.,])(?<![A-Za-z]-)"
_PERCENT = (
    r"(?:%|percent(?:age\s+points?)?|per\s?cent|percentage\s+points?|prozent(?:punkte)?"
    r"|pour[\s-]cent|points?\s+de\s+pourcentage)(?![\w-])"
)


# What every currency prefix needs, to be followed by a number: a sign, a code ("EUR", "Hr", or
# the peso's and rand's one letter: "P930 million", "R385 million") and a digit, or a "$" within
# four characters ("C$", "U.S.$"). A lookahead for it turns away the
# words that start no prefix (most words) with a few tests, before the alternation of prefixes.
# The currency signs a prefix may start with ("€50bn", "₴1 billion").
_SIGNS = "$€£¥₴₽₺₩₾₱֏"
_BEFORE_PREFIX = rf"(?=[{_SIGNS}]|(?-i:[A-Z][A-Zr][A-Z]?|[PR]){_SP}?\d|[\w.]{{1,4}}+\$)"


# The letters a number word can start with ("fifty", "zwei", "deux"): the engine tries the long
# alternation of number words only at words that start with one of them, not at every word.
_NUMBER_WORD_LETTERS = "".join(
    sorted(dispatch.start_letters((WORD_NUMBER_BEFORE_SCALE, WORD_NUMBER)))
)


def _mention_pattern(digits: str) -> re.Pattern[str]:
    return re.compile(
        # Every mention starts where a word, a number or a sign does (each branch asks as much):
        # tested once there, the three branches are tried at a fifth of the text's characters.
        rf"(?<!\w)(?=[\w{_SIGNS}])(?:"
        # "€50bn", "US$ 1.2 billion", "SEK 2.5 billion", and the shared-sign range "€40-50bn".
        rf"(?<![\w{_SIGNS}])(?=[{_SIGNS}A-Z]){_BEFORE_PREFIX}"
        rf"(?P<pcur>{PREFIX_PATTERN}){_SP}?(?P<pnum>{digits})(?!\d)"
        rf"(?:(?:{_SP}?|-)(?P<pscale>{SCALE_WORD}))?"  # "US$50-billion", as Canadian copy writes
        rf"(?:{_SP}?(?:-|–|—|{_SP}to{_SP}|{_SP}bis{_SP})\s?(?P<pnum2>{digits})"
        rf"(?:{_SP}?(?P<pscale2>{SCALE_WORD}))?(?!{_SP}?(?:%|percent)))?"
        # "50 billion euros", "2,7 Mrd. Euro", "3 milliards d'euros", "20%", "20 per cent".
        rf"|(?=\d){_NUMBER_START}(?P<num>{digits})(?!\d)(?:{_SP}?(?P<scale>{SCALE_WORD}))?{_SP}?"
        rf"(?:(?P<cur>{SUFFIX_PATTERN})|(?P<pct>{_PERCENT}))"
        # "fifty billion euros", "two and a half billion dollars", "zwei Milliarden Euro", "ten %".
        rf"|\b(?=[{_NUMBER_WORD_LETTERS}]){NUMBER_WORD_START}"
        # "un demi-milliard", "deux milliards et demi d'euros"
        rf"(?:(?P<wnum>{WORD_NUMBER_BEFORE_SCALE})(?:{_SP}|(?<=demi)-)(?P<wscale>{SCALE_WORD})"
        rf"(?P<whalf>{_SP}et{_SP}demie?)?"
        rf"|(?P<wbare>{WORD_NUMBER})){_SP}(?:(?P<wcur>{SUFFIX_PATTERN})|(?P<wpct>{_PERCENT})))",
        re.IGNORECASE,
    )


_MENTION = _mention_pattern(_DIGITS)
_MENTION_FR = _mention_pattern(_DIGITS_FR)

# Qualifier words just before a mention (checked on the 40 characters before it).
_QUALIFIERS: list[tuple[str, str]] = [
    # "edged up to 2.6%", "went up to": the verb's particle, not a bound.
    (
        "particle_exact",
        r"(?:edged|ticked|crept|went|gone|moved|rose|risen|climbed|jumped|shot)\s+up\s+to",
    ),
    # A negated "exceed" caps the figure: "will not exceed", "ne dépasserait pas".
    (
        "negated_up_to",
        r"(?:not|never|n['’]t)\s+(?:to\s+)?(?:exceed|surpass)\w*"
        r"|(?:ne\s+|n['’])(?:dépass|excéd|excèd)\w*\s+(?:pas|jamais)|pas\s+(?:dépass|excéd)\w*",
    ),
    (
        "under",
        r"just\s+(?:under|below|short\s+of)|less\s+than|fewer\s+than|under|below"
        r"|weniger\s+als|unter|moins\s+de|moins\s+d['’]",
    ),
    (
        "over",
        r"(?:just|well|slightly|a\s+little|far)\s+(?:over|above|more\s+than)|more\s+than"
        r"|over|above|exceeding|in\s+excess\s+of|upwards\s+of|north\s+of|mehr\s+als|über"
        r"|plus\s+de|plus\s+d['’]|au-delà\s+de"
        # Verbs and adverbs that put the figure below the real amount: "now exceed", "dépasse",
        # "übersteigt", German "gut" ("gut 86 Milliarden").
        r"|exceed(?:s|ed)?|surpass(?:es|ed|ing)?|dépass\w*|excède\w*|übersteig\w*|gut",
    ),
    (
        "at_least",
        r"at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum\s+of"
        r"|mindestens|wenigstens|au\s+moins|au\s+minimum",
    ),
    # Analyst practice: "nearly"/"almost" are approximations, not upper bounds ("just under" is).
    (
        "approx",
        r"nearly|almost|about|around|approximately|roughly|some|an\s+estimated"
        r"|estimated\s+at|close\s+to|circa|ca\.|rund|etwa|ungefähr|knapp|fast|annähernd"
        r"|environ|près\s+de|presque|quelque|autour\s+de|approximativement"
        # ... and verbs and adverbs of nearness: "traded near", "closer to", "approchait",
        # "avoisine", "proche de".
        r"|near|nearer|closer\s+to|nearing|approaching|approch\w*|avoisin\w*|proches?\s+de",
    ),
    (
        "up_to",
        r"up\s+to|as\s+much\s+as|as\s+many\s+as|a\s+maximum\s+of|no\s+more\s+than"
        r"|not\s+more\s+than|bis\s+zu|jusqu['’]à|maximum",
    ),
]
# The alternatives filed by first letter (`dispatch`): a word before a number tries only its
# letter's; `_QUALIFIER_NAMES` gives each group's qualifier.
_QUALIFIER_BODY, _QUALIFIER_NAMES = dispatch.dispatched([(name, p, "") for name, p in _QUALIFIERS])
_QUALIFIER = re.compile(r"(?<![\w-])" + _QUALIFIER_BODY + r"\s*$", re.IGNORECASE)
_OR_MORE = re.compile(r"\s*(?:or\s+more|and\s+more|or\s+above|or\s+higher|und\s+mehr|ou\s+plus)\b")
_QUALIFIER_WINDOW = 40

# A range's lower bound just before the upper mention: "between 40 and ", "40-", "from 40 to ",
# "zwischen 40 und ", "entre 40 et ", and "between €40 and " (the lower with its own sign).
_LOWER_BOUND = re.compile(
    rf"(?:(?P<intro>between|from|zwischen|von|entre|de)\s+)?"
    rf"(?:{_BEFORE_PREFIX}(?P<cur>{PREFIX_PATTERN}))?{_SP}?"
    rf"{_NUMBER_START}(?P<num>{_DIGITS})(?:{_SP}?(?P<scale>{SCALE_WORD}))?"
    rf"(?:{_SP}?(?P<pct>%))?\s*(?P<sep>-|–|—|to|and|bis|und|à|et|auf)\s*$",
    re.IGNORECASE,
)
_LOWER_WINDOW = 60
_RANGE_WORDS = ("-", "–", "—", "to", "and", "bis", "und", "à", "et", "auf")
# "rose from 40 to 50": a change, not a range.
_CHANGE = re.compile(
    r"(?:rose|rise[sn]?|rising|increas\w*|grew|grow\w*|jump\w*|climb\w*|fell|fall\w*|drop\w*"
    r"|declin\w*|rais\w*|cut\w*|boost\w*|stieg|gestiegen|sank|gesunken|erhöht|passé)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


# A scaled number whose currency is left out because the text just named it: "passera de
# 50,5 milliards d'euros en 2025 à 64 milliards en 2027", "up from $86 billion to 108 billion",
# "... 10,1 milliards d'euros. Viennent ensuite le Danemark (7,5 milliards)". Only after a
# connector, only with a full scale word, and only when no noun follows ("to 1 million people" is
# a count): the unit is the previous money mention's, in the same paragraph.
_ELIDED = re.compile(
    rf"(?=\d){_NUMBER_START}(?P<num>{_DIGITS})(?!\d){_SP}?(?P<scale>billions?|millions?|trillions?"
    r"|bn|mn|tn|Mrd\.?|Milliarden|Millionen|Billionen|Mio\.?|milliards?)(?![\w-])",
    re.IGNORECASE,
)
_ELIDED_CONNECTOR = re.compile(
    r"(?:\b(?:to|from|than|against|versus|vs\.?|compared\s+(?:with|to)|and|or|à|de|et|ou|contre"
    # "à raison d'environ 1,5 milliard", "l'Allemagne (17,1 milliards)"
    r"|auf|von|und|oder|gegenüber)\s+|\bd['’]\s*|,\s+|\(\s*)"
    r"(?:(?:" + ROUGHLY + r"|more\s+than|less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
_ELIDED_FOLLOWER = re.compile(
    r"\s*(?:$|[.,;:)!?]|(?:in|en|im|for|pour|für|this|last|next|a|an|per|each|by|over|until|bis"
    r"|jusqu\w*|dans|par|and|und|et|or|ou|oder|from|to|à|au|the|that|ce|cette|dieses|diesem|am"
    r"|on|sur|vor|avant|before|after|nach|après|année|an|ans|years?|Jahr\w*|earlier|ago)\b)",
    re.IGNORECASE,
)
_ELIDED_REACH = 150
_BETWEEN = re.compile(r"(?:between|zwischen|entre)\s+$", re.IGNORECASE)


def _elided(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the scaled numbers that borrow the currency of the mention before them."""
    found: list[Mention] = []
    index = 0  # mentions[index - 1] is the last mention starting before the candidate
    for match in _ELIDED.finditer(text):
        start, end = match.start(), match.end()
        while index < len(mentions) and mentions[index].start < start:
            index += 1
        if index < len(mentions) and mentions[index].start < end:
            continue  # part of a mention already read
        if not index:
            continue
        before = mentions[index - 1]
        if before.end > start or before.unit == "percent" or start - before.end > _ELIDED_REACH:
            continue
        if "\n" in text[before.end : start]:
            continue
        if not _ELIDED_CONNECTOR.search(text, max(before.end, start - 40), start):
            continue
        if not _ELIDED_FOLLOWER.match(text, end):
            continue
        try:
            value = _value(match.group("num"), match.group("scale"), lang)
        except InvalidOperation:
            _skip_malformed(match.group("num"), match.start("num"))
            continue
        qualifier = _qualifier(text, start, end)
        connector = text[before.end : start].strip().lower()
        if connector in ("and", "und", "et") and _BETWEEN.search(
            text, max(0, before.start - 15), before.start
        ):
            # "between €40 billion and 50 billion": a range after all.
            mentions[index - 1] = Mention(
                before.start, before.end, before.value, before.unit, "at_least"
            )
            qualifier = "up_to"
        found.append(Mention(start, end, value, before.unit, qualifier))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda mention: mention.start)


# German "über" after a sum's container names its amount, not a lower bound: "eine Tranche über
# 4,1 Milliarden Euro", "ein Paket über 500 Millionen".
_AMOUNT_OF = re.compile(
    r"(?-i:Tranche|Paket|Hilfspaket|Kredit|Darlehen|Scheck|Auftrag|Vertrag|Zusage|Anleihe"
    r"|Programm|Rahmenvertrag)\w*\s+über\s*$"
)


def _qualifier(text: str, start: int, end: int) -> str:
    window = text[max(0, start - _QUALIFIER_WINDOW) : start]
    stripped = window.rstrip()
    # Every qualifier ends in a letter, "." ("ca.") or an apostrophe ("plus d'"): skip the search
    # when the number follows anything else.
    if stripped and (stripped[-1].isalpha() or stripped[-1] in ".'’"):
        match = _QUALIFIER.search(window)
        if match and match.lastgroup:
            name = _QUALIFIER_NAMES[match.lastgroup]
            if name == "over" and _AMOUNT_OF.search(window):
                return "exact"
            return name.removeprefix("particle_").removeprefix("negated_")
    if _OR_MORE.match(text, end, min(len(text), end + 20)):
        return "at_least"
    return "exact"


def _value(number: str, scale: str | None, lang: str) -> Decimal:
    exponent = scale_exponent(scale, lang) if scale else 0
    return in_base_units(parse_digits(number, lang), exponent)


def find_mentions(text: str, lang: str) -> list[Mention]:
    """Every money and percentage mention in `text`, in order; a range gives two mentions."""
    mentions: list[Mention] = []
    pattern = _MENTION_FR if lang == "fr" else _MENTION
    for match in pattern.finditer(text):
        try:
            mentions.extend(_read_match(text, match, lang, mentions))
        except InvalidOperation:
            # One unreadable token ("1,000.000,00") must not cost the document its other figures.
            _skip_malformed(match.group(0), match.start())
    return _elided(text, lang, mentions)


def _skip_malformed(token: str, offset: int) -> None:
    _log.warning("skipped malformed number %r at offset %d", token, offset)


def _read_match(
    text: str, match: re.Match[str], lang: str, mentions: list[Mention]
) -> list[Mention]:
    """The mentions one match of the pattern stands for (two for a range)."""
    if match.group("pnum2") is not None:
        return _prefixed_range(match, lang)
    if match.group("pcur") is not None:
        unit = prefix_code(match.group("pcur"))
        number, scale = match.group("pnum"), match.group("pscale")
    elif match.group("num") is not None:
        cur = match.group("cur")
        unit = suffix_code(cur) if cur is not None else "percent"
        number, scale = match.group("num"), match.group("scale")
    else:
        worded = _worded(text, match)
        return [worded] if worded else []
    start, end = match.start(), match.end()
    value = _value(number, scale, lang)
    upper = Mention(start, end, value, unit, _qualifier(text, start, end))
    return _with_lower_bound(text, upper, scale, lang, mentions)


def _prefixed_range(match: re.Match[str], lang: str) -> list[Mention]:
    # "€40-50bn": the sign and the scale are shared by both bounds.
    unit = prefix_code(match.group("pcur"))
    scale, scale2 = match.group("pscale"), match.group("pscale2")
    lower_end = match.end("pscale") if scale else match.end("pnum")
    lower = _value(match.group("pnum"), scale or scale2, lang)
    upper = _value(match.group("pnum2"), scale2 or scale, lang)
    return [
        Mention(match.start(), lower_end, lower, unit, "at_least"),
        Mention(match.start("pnum2"), match.end(), upper, unit, "up_to"),
    ]


def _with_lower_bound(
    text: str, upper: Mention, scale: str | None, lang: str, previous: list[Mention]
) -> list[Mention]:
    """`upper`, preceded by the lower bound of its range or change when one stands before it.

    A range ("between 40 and 50 billion euros", "40-50%") makes the lower bound at_least and the
    upper up_to; a change ("rose from 40 to 50 billion euros") keeps both as stated.
    """
    tail = text[max(0, upper.start - 8) : upper.start].rstrip().lower()
    if not tail.endswith(_RANGE_WORDS):
        return [upper]  # the cheap test first: no range or change word just before
    lower = _LOWER_BOUND.search(text, max(0, upper.start - _LOWER_WINDOW), upper.start)
    if lower is None or _is_year(lower):
        return [upper]  # "aid for 2025 to NOK 85 billion": a year, then the sum
    intro = (lower.group("intro") or "").lower()
    sep = lower.group("sep").lower()
    if sep in ("and", "und", "et") and intro not in ("between", "zwischen", "entre"):
        return [upper]  # "Germany gave 40 and France 50 billion euros": no shared unit
    if (lower.group("pct") and upper.unit != "percent") or (
        lower.group("cur") and upper.unit == "percent"
    ):
        return [upper]  # "rose 4.2% to €1,650": a change in per cent, then a level in money
    lower_start = lower.start("cur") if lower.group("cur") else lower.start("num")
    stands_alone = bool(previous) and previous[-1].start == lower_start
    if (lower.group("cur") or lower.group("pct")) and not stands_alone:
        return [upper]
    change = intro in ("from", "von", "de") and (
        stands_alone or _CHANGE.search(text, max(0, lower.start() - 45), lower.start()) is not None
    )
    if sep == "auf":
        if intro != "von":
            return [upper]  # "auf" alone is no range: "von 80 auf 57 Millionen" is a change
        change = True
    if change and stands_alone:
        return [upper]  # "from $40bn to $50bn": two figures, each as written
    lower_end = lower.end("scale") if lower.group("scale") else lower.end("num")
    if lower.group("pct"):
        lower_end = lower.end("pct")
    value = _value(lower.group("num"), lower.group("scale") or scale, lang)
    if stands_alone:
        previous.pop()
    if change:
        return [Mention(lower_start, lower_end, value, upper.unit, "exact"), upper]
    return [
        Mention(lower_start, lower_end, value, upper.unit, "at_least"),
        Mention(upper.start, upper.end, upper.value, upper.unit, "up_to"),
    ]


def _is_year(lower: re.Match[str]) -> bool:
    number = lower.group("num")
    bare = not (lower.group("cur") or lower.group("scale") or lower.group("pct"))
    return bare and len(number) == 4 and number.startswith(("19", "20"))


def _worded(text: str, match: re.Match[str]) -> Mention | None:
    words = match.group("wnum") or match.group("wbare")
    scale = match.group("wscale")
    number = parse_words(words)
    if match.group("whalf"):
        number += Decimal("0.5")
    value = in_base_units(number, scale_exponent(scale, "en") if scale else 0)
    unit = suffix_code(match.group("wcur")) if match.group("wcur") else "percent"
    if value == 1 and unit != "percent":
        return None  # "ein Euro für die Ukraine", "pas un franc", "not one dollar": idioms
    start, end = match.start(), match.end()
    return Mention(start, end, value, unit, _qualifier(text, start, end))
