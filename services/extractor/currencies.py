"""Currency words, signs and codes → ISO 4217, in English, German and French.

"kroner", "krone", "Kronen" and "couronnes" name the Danish, Norwegian (and Swedish) crowns alike:
they resolve from nearby country words (Swedish/Sweden → SEK, Norwegian/Norway → NOK,
Danish/Denmark → DKK; the sentence first, then its neighbours, then the whole document), and to
DKK when nothing tells (Denmark is the most frequent crown-denominated donor to Ukraine).
"kronor" is the Swedish plural and reads as SEK unless the context names another country.
"""

import re

AMBIGUOUS_CROWN = "KRONE"  # placeholder unit until the context picks SEK, NOK or DKK
DEFAULT_CROWN = "DKK"

# Before the number: "€50bn", "US$ 1.2 billion", "SEK 2.5 billion". Codes are case-sensitive.
_PREFIXES: list[tuple[str, str]] = [
    (r"U\.?S\.?\$", "USD"),  # no space inside: "the US $3bn" names the giver, then the sum
    (r"(?:CA|CAN|C)\$", "CAD"),
    (r"(?:AU|A)\$", "AUD"),
    (r"\$", "USD"),
    (r"€", "EUR"),
    (r"£", "GBP"),
    (r"¥", "JPY"),
    (r"₴", "UAH"),
    (r"(?-i:Hr)", "UAH"),  # the Kyiv Independent's "Hr 412 billion"
    (r"(?-i:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|UAH|JPY|AUD|CAD|CZK)", ""),
]

# After the number (and its scale word): "50 billion euros", "2,7 Mrd. Euro", "3 milliards d'euros".
_SUFFIXES: list[tuple[str, str]] = [
    (r"(?:US|U\.S\.|American)[\s-]?dollars?|US-Dollars?", "USD"),
    (r"Canadian\s+dollars?|kanadische[n]?\s+Dollars?|(?:de\s+)?dollars\s+canadiens", "CAD"),
    (r"Australian\s+dollars?", "AUD"),
    (r"(?:de\s+|d['’])?euros?|€(?![ \u00a0]?\d)", "EUR"),
    (r"(?:de\s+)?dollars?", "USD"),
    (r"(?:de\s+)?livres?(?:\s+sterling)?|pounds?(?:\s+sterling)?|sterling|pfund", "GBP"),
    (
        r"Swedish\s+(?:kronor|krona|kroner|crowns)|schwedische[n]?\s+Kronen"
        r"|(?:de\s+)?couronnes\s+suédoises",
        "SEK",
    ),
    (
        r"Norwegian\s+(?:kroner|krone|crowns)|norwegische[n]?\s+Kronen"
        r"|(?:de\s+)?couronnes\s+norvégiennes",
        "NOK",
    ),
    (
        r"Danish\s+(?:kroner|krone|crowns)|dänische[n]?\s+Kronen"
        r"|(?:de\s+)?couronnes\s+danoises",
        "DKK",
    ),
    (r"Czech\s+(?:korunas?|koruny|crowns)|tschechische[n]?\s+Kronen|korunas?|koruny", "CZK"),
    (r"kronor", "SEK"),
    (r"kroner|krone|kronen|(?:de\s+)?couronnes", AMBIGUOUS_CROWN),
    (r"Swiss\s+francs?|(?:de\s+)?francs\s+suisses|Franken", "CHF"),
    (r"zlotys?|złoty(?:ch|s)?", "PLN"),
    (r"hryvnias?|hryvnyas?|hrywnja|(?:de\s+)?hryvnias?", "UAH"),
    (r"yen", "JPY"),
    (r"roubles?|rubles?|Rubel", "RUB"),
    (r"(?-i:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|UAH|JPY|AUD|CAD|CZK)(?!/)", ""),
]


def _alternation(table: list[tuple[str, str]]) -> str:
    return "|".join(f"(?:{pattern})" for pattern, _ in table)


PREFIX_PATTERN = rf"(?:{_alternation(_PREFIXES)})"
SUFFIX_PATTERN = rf"(?:{_alternation(_SUFFIXES)})(?![\w-])"

_PREFIX_TABLE = [(re.compile(p, re.IGNORECASE), code) for p, code in _PREFIXES]
_SUFFIX_TABLE = [(re.compile(p, re.IGNORECASE), code) for p, code in _SUFFIXES]


def _lookup(token: str, table: list[tuple[re.Pattern[str], str]]) -> str:
    token = token.strip()
    for pattern, code in table:
        if pattern.fullmatch(token):
            return code or token.upper()
    raise ValueError(f"not a currency: {token!r}")


def prefix_code(token: str) -> str:
    return _lookup(token, _PREFIX_TABLE)


def suffix_code(token: str) -> str:
    return _lookup(token, _SUFFIX_TABLE)


_CROWN_CUES = re.compile(
    r"(?P<SEK>\b(?:Swed(?:en|ish|e)|Schwed\w*|Suède|suédois\w*|Stockholm)\b)"
    r"|(?P<NOK>\b(?:Norw(?:ay|egian)|Norweg\w*|Norvège|norvégien\w*|Oslo)\b)"
    r"|(?P<DKK>\b(?:Denmark|Danish|Dän\w*|Danemark|danois\w*|Copenhagen|Kopenhagen)\b)",
    re.IGNORECASE,
)


def crown_cue(text: str) -> str | None:
    """The crown currency the text's country words point to, if exactly one country is named."""
    found = {match.lastgroup for match in _CROWN_CUES.finditer(text)}
    if len(found) == 1:
        return found.pop()
    return None


# A bare "$" is the home dollar of a Canadian or Australian report: the Canadian Press's "(CP)"
# dateline, or a headline or lead that writes "C$"/"A$" and then drops the prefix.
_HOME_DOLLAR = re.compile(
    r"(?P<CAD>\(CP\)|Canadian\s+Press|(?<![\w$])(?:C|CA|CAN)\$)|(?P<AUD>\(AAP\)|(?<![\w$])(?:A|AU)\$)"
)
_LEAD = 600


def home_dollar(text: str, title: str | None) -> str:
    """The currency a bare "$" stands for in this document: USD unless the report is Canadian
    or Australian by its dateline or its own prefixed sums in the title or lead."""
    found = {m.lastgroup for m in _HOME_DOLLAR.finditer(f"{title or ''}\n{text[:_LEAD]}")}
    if len(found) == 1:
        return str(found.pop())
    return "USD"
