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
BARE_DOLLAR = "DOLLAR"  # placeholder unit: "$" or "dollars" with no country: the home dollar

# Before the number: "€50bn", "US$ 1.2 billion", "SEK 2.5 billion". Codes are case-sensitive.
_PREFIXES: list[tuple[str, str]] = [
    (r"U\.?S\.?\$", "USD"),  # no space inside: "the US $3bn" names the giver, then the sum
    (r"(?:CA|CAN|C)\$", "CAD"),
    (r"(?:AU|A)\$", "AUD"),
    (r"NZ\$", "NZD"),
    (r"HK\$", "HKD"),
    (r"(?-i:S)\$", "SGD"),
    (r"\$", BARE_DOLLAR),
    (r"€", "EUR"),
    (r"£", "GBP"),
    (r"¥", "JPY"),
    (r"₴", "UAH"),
    (r"(?-i:Hr)", "UAH"),  # the Kyiv Independent's "Hr 412 billion"
    (
        r"(?-i:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|UAH|JPY|AUD|CAD|CZK|NZD|CNY|RON|HUF|BGN|TRY|RUB|ISK|KRW)",
        "",
    ),
]

# After the number (and its scale word): "50 billion euros", "2,7 Mrd. Euro", "3 milliards d'euros".
_SUFFIXES: list[tuple[str, str]] = [
    (r"(?:US|U\.S\.|American)[\s-]?dollars?|US-Dollars?", "USD"),
    (r"Canadian\s+dollars?|kanadische[n]?\s+Dollars?|(?:de\s+)?dollars\s+canadiens", "CAD"),
    (r"Australian\s+dollars?", "AUD"),
    (r"New\s+Zealand\s+dollars?", "NZD"),
    # French writes the sign after the sum: "2 milliards $", "1,45 milliard $ US", "1,8 Md€".
    (r"\$[ \u00a0]?(?-i:US)(?![\w-])", "USD"),
    (r"\$(?![ \u00a0]?\d)", BARE_DOLLAR),
    (r"(?:de\s+|d['’])?euros?|€(?![ \u00a0]?\d)", "EUR"),
    (r"(?:de\s+)?dollars?", BARE_DOLLAR),  # "dollars" alone: the home dollar, as "$" is
    (
        r"(?:de\s+)?livres?(?:\s+sterling)?(?!\s+turques)|pounds?(?:\s+sterling)?|sterling|pfund",
        "GBP",
    ),
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
    (
        r"Czech\s+(?:korunas?|koruny|crowns)|tschechische[n]?\s+Kronen|korunas?|koruny"
        r"|(?:de\s+)?couronnes\s+tchèques",
        "CZK",
    ),
    (
        r"Icelandic\s+(?:kr[oó]nur|kr[oó]na|crowns)|isländische[n]?\s+Kronen"
        r"|(?:de\s+)?couronnes\s+islandaises",
        "ISK",
    ),
    (r"kronor", "SEK"),
    # "crowns" alone, as English wires write any of them: the context picks which.
    (r"kroner|krone|kronen|crowns|(?:de\s+)?couronnes", AMBIGUOUS_CROWN),
    # The French franc is gone: "francs" in today's news, French or English, are Swiss (a CFA or
    # a Congolese franc is named as such).
    (
        r"Swiss\s+francs?|(?:de\s+)?francs?(?:\s+suisses?)?(?!\s+(?:CFA|congolais|guinéens))"
        r"|Franken",
        "CHF",
    ),
    (r"(?:de\s+)?(?:zlotys?|złoty(?:ch|s)?)|zł", "PLN"),
    (r"Romanian\s+lei|(?:de\s+)?lei|rumänische[n]?\s+Lei", "RON"),
    (r"(?:de\s+)?forints?", "HUF"),
    (r"(?:Bulgarian\s+)?leva|(?:de\s+)?levs?", "BGN"),
    (r"(?:Turkish\s+)?liras?|türkische[n]?\s+Lira|(?:de\s+)?livres\s+turques", "TRY"),
    (r"Kč", "CZK"),
    (r"hryvnias?|hryvnyas?|hrywnja|(?:de\s+)?hryvnias?", "UAH"),
    (r"(?:de\s+)?yens?", "JPY"),
    (r"(?:de\s+)?roubles?|rubles?|Rubel", "RUB"),
    (r"yuan|renminbi|(?:de\s+)?yuans", "CNY"),
    (
        r"(?-i:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|UAH|JPY|AUD|CAD|CZK|NZD|CNY|RON|HUF|BGN|TRY|RUB|ISK|KRW)(?!/)",
        "",
    ),
]


# A national currency that only one country pays in: a sum in it is that country's money, whoever
# the text spoke of before ("SEK 7.3 billion will be used to procure ..." in a Swedish release).
# The euro and the dollar are paid in by many, and British outlets convert others' sums into
# pounds, so these say nothing of who pays.
HOME_COUNTRY = {
    "SEK": "Sweden",
    "NOK": "Norway",
    "DKK": "Denmark",
    "CZK": "Czech Republic",
    "CHF": "Switzerland",
    "PLN": "Poland",
    "RON": "Romania",
    "HUF": "Hungary",
    "BGN": "Bulgaria",
    "TRY": "Turkey",
    "UAH": "Ukraine",
    "JPY": "Japan",
    "RUB": "Russia",
    "CNY": "China",
    "CAD": "Canada",
    "AUD": "Australia",
    "NZD": "New Zealand",
    "ISK": "Iceland",
    "KRW": "South Korea",
}


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
    r"|(?P<DKK>\b(?:Denmark|Danish|Dän\w*|Danemark|danois\w*|Copenhagen|Kopenhagen)\b)"
    r"|(?P<CZK>\b(?:Czech\w*|Czechia|Tschech\w*|tchèque\w*|Prague|Prag)\b)",
    re.IGNORECASE,
)


def crown_cue(text: str) -> str | None:
    """The crown currency the text's country words point to, if exactly one country is named."""
    found = {match.lastgroup for match in _CROWN_CUES.finditer(text)}
    if len(found) == 1:
        return found.pop()
    return None


# A bare "$", or "dollars" with no country, is the home dollar of a story written from or about a
# dollar country other than the US. The document says which: a dateline or wire tag ("OTTAWA —",
# "WELLINGTON —": capitals in any case, as datelines are in capitals; "(CP)"), its own prefixed
# sums ("C$", "A$", "NZ$"), or the country its headline and lead are about ("the Albanese
# Government", "Le gouvernement Carney"), named at least twice there. Only the headline and lead
# count, and only one such country: a US story, a survey of several donors or a single sentence
# ("Canada's defence spending grew to $41 billion") keeps USD.
_HOME_DOLLAR_CUES = re.compile(
    r"(?P<CAD>\(CP\)|Canadian\s+Press|(?<![\w$])(?:C|CA|CAN)\$|\bCanad(?:a|ian|iens?|iennes?)\b"
    r"|\bkanadisch\w*|\b(?i:Ottawa)\b|\bCarney\b|\bTrudeau\b|\bAnand\b|\bMcGuinty\b)"
    r"|(?P<AUD>\(AAP\)|(?<![\w$])(?:A|AU)\$|\bAustralian?s?\b|\baustralien\w*|\b(?i:Canberra)\b"
    r"|\bAlbanese\b|\bMarles\b)"
    r"|(?P<NZD>(?<![\w$])NZ\$|\bNew\s+Zealand(?:ers?)?\b|\bNouvelle-Zélande\b|\bNeuseeland\b"
    r"|\b(?i:Wellington)\b|\bLuxon\b)"
    r"|(?P<USD>(?<![\w$])US\$|\bUnited\s+States\b|\bU\.S\.|\bUS\b|\bAmerican?s?\b"
    r"|\b(?i:Washington)\b|\bPentagon\b|\bWhite\s+House\b|\bCongress\b|\bBiden\b|\bTrump\b"
    r"|\bÉtats-Unis\b|\baméricain\w*|\bUSA\b|\bamerikanisch\w*)"
)
_LEAD = 600
_NAMED_TWICE = 2


def home_dollar(text: str, title: str | None) -> str:
    """The currency a bare "$" stands for in this document: USD unless its headline and lead are
    about exactly one of Canada, Australia and New Zealand, and name it more than the US."""
    counts: dict[str, int] = {}
    for match in _HOME_DOLLAR_CUES.finditer(f"{title or ''}\n{text[:_LEAD]}"):
        key = str(match.lastgroup)
        counts[key] = counts.get(key, 0) + 1
    home = [code for code in counts if code != "USD"]
    if (
        len(home) == 1
        and counts[home[0]] >= _NAMED_TWICE
        and counts[home[0]] > counts.get("USD", 0)
    ):
        return home[0]
    return "USD"
