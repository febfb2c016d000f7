"""Currency words, signs and codes → ISO 4217, in English, German and French.

"kroner", "krone", "Kronen" and "couronnes" name the Danish, Norwegian (and Swedish) crowns alike:
they resolve from nearby country words (Swedish/Sweden → SEK, Norwegian/Norway → NOK,
Danish/Denmark → DKK; the sentence first, then its neighbours, then the whole document: the one
country it names, else the one it names most often), and to DKK when nothing tells (Denmark is the
most frequent crown-denominated donor to Ukraine).
"kronor" is the Swedish plural and reads as SEK unless the context names another country.
"lei" are Romanian or Moldovan: the sentence, then its neighbours, then the country the whole
document names more often picks which (`leu_cue`), and RON when nothing tells.
"""

import functools
import re
from collections import Counter

from services.extractor import dispatch

AMBIGUOUS_CROWN = "KRONE"  # placeholder unit until the context picks SEK, NOK or DKK
DEFAULT_CROWN = "DKK"
BARE_DOLLAR = "DOLLAR"  # placeholder unit: "$" or "dollars" with no country: the home dollar

AMBIGUOUS_LEU = "LEU"  # placeholder unit: "lei" until the context picks RON or MDL
DEFAULT_LEU = "RON"
# What must follow "ALL" for it to be the lek's code: a sum in millions or billions (a guard in
# the pattern that finds mentions; looking up the code, the token alone, it is dropped).
_LEK_GUARD = (
    r"(?=[ \u00a0]?\d[\d.,]*[ \u00a0]?(?-i:million|billion|trillion|mn|bn|m|b|mln|bln)(?![\w-])"
    r"|[ \u00a0]?\d{1,3}(?:,\d{3}){2})"
)

# Before the number: "€50bn", "US$ 1.2 billion", "SEK 2.5 billion". Codes are case-sensitive.
_PREFIXES: list[tuple[str, str]] = [
    (r"U\.?S\.?\$", "USD"),  # no space inside: "the US $3bn" names the giver, then the sum
    (r"(?:CA|CAN|C)\$", "CAD"),
    (r"(?:AU|A)\$", "AUD"),
    (r"NZ\$", "NZD"),
    (r"HK\$", "HKD"),
    (r"NT\$", "TWD"),
    (r"(?-i:S)\$", "SGD"),
    (r"(?-i:R)\$", "BRL"),
    (r"\$", BARE_DOLLAR),
    (r"€", "EUR"),
    (r"£", "GBP"),
    (r"¥", "JPY"),
    (r"₴", "UAH"),
    (r"₽", "RUB"),
    (r"₺", "TRY"),
    (r"₩", "KRW"),
    (r"₾", "GEL"),
    (r"֏", "AMD"),
    (r"₱", "PHP"),
    (r"(?-i:Hr)", "UAH"),  # the Kyiv Independent's "Hr 412 billion"
    (
        r"(?-i:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|UAH|JPY|AUD|CAD|CZK|NZD|CNY|RON|HUF|BGN|TRY|RUB|ISK|KRW"
        r"|MKD|RSD|BAM|MDL|GEL|TWD|RWF|MZN|PHP)",
        "",
    ),
    # "ALL" is also a word in capitals ("ALL 27 MEMBERS"): the lek's code only before a sum in
    # millions or billions ("ALL 58.6 billion", "ALL 4,100,000,000").
    (r"(?-i:ALL)" + _LEK_GUARD, "ALL"),
    # "AMD" is also a chip maker ("AMD 7000 series"): the dram's code only where the lek's is.
    (r"(?-i:AMD)" + _LEK_GUARD, "AMD"),
    # Manila's and Johannesburg's papers write the peso and the rand as one capital letter
    # ("P930 million", "R385 million"): a currency only before a sum in millions or billions.
    (r"(?-i:P)" + _LEK_GUARD, "PHP"),
    (r"(?-i:R)" + _LEK_GUARD, "ZAR"),
]

# Right after a scale word ("trillion ", "milliards ", "Billionen "), not a number word ("fifteen
# won their seats"): a guard in the pattern that finds mentions; looking up the currency's code,
# the token alone, it is dropped.
_AFTER_SCALE = r"(?:(?<=on\s)|(?<=ons\s)|(?<=rd\s)|(?<=rds\s)|(?<=rden\s)|(?<=nen\s))"

# After the number (and its scale word): "50 billion euros", "2,7 Mrd. Euro", "3 milliards d'euros".
_SUFFIXES: list[tuple[str, str]] = [
    # French and German name a dollar by an adjective: "dollars américains", "australische Dollar".
    (
        r"(?:US|U\.S\.|American)[\s-]?dollars?|US-Dollars?|(?:de\s+)?dollars\s+américains",
        "USD",
    ),
    (r"Canadian\s+dollars?|kanadische[n]?\s+Dollars?|(?:de\s+)?dollars\s+canadiens", "CAD"),
    (r"Australian\s+dollars?|australische[n]?\s+Dollars?|(?:de\s+)?dollars\s+australiens", "AUD"),
    (
        r"New\s+Zealand\s+dollars?|neuseeländische[n]?\s+Dollars?"
        r"|(?:de\s+)?dollars\s+néo-zélandais",
        "NZD",
    ),
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
    (r"kr[oó]nur|króna", "ISK"),  # Icelandic's own words; "krona" alone is Swedish too
    # "crowns" alone, as English wires write any of them: the context picks which.
    (r"kroner|krone|kronen|crowns|(?:de\s+)?couronnes", AMBIGUOUS_CROWN),
    # The French franc is gone: "francs" in today's news, French or English, are Swiss (a CFA or
    # a Congolese franc is named as such).
    # Africa's francs and the currencies of the countries the EU's Peace Facility equips, as
    # wires convert its sums: "7,7 milliards de FCFA", "RWF 29 billion", "1.35 billion meticais".
    (r"(?:de\s+)?francs\s+CFA|(?:de\s+)?F\s?CFA|CFA\s+francs?|CFA-Francs?", "XOF"),
    (r"Rwandan\s+francs?|(?:de\s+)?francs\s+rwandais|ruandische[n]?\s+Francs?", "RWF"),
    (r"(?:Mozambican\s+|de\s+)?meticais|metical", "MZN"),
    (r"(?:de\s+)?(?:nouvelles?\s+)?ouguiyas?", "MRU"),
    (
        r"Swiss\s+francs?|(?:de\s+)?francs?(?:\s+suisses?)?(?!\s+(?:CFA|congolais|guinéens))"
        r"|Franken",
        "CHF",
    ),
    (r"Polish\s+(?:zlotys?|złoty)|polnische[n]?\s+Zloty", "PLN"),
    (r"(?:de\s+)?(?:zlotys?|złoty(?:ch|s)?)|zł", "PLN"),
    # "lei" are Romania's and Moldova's: the country named nearby picks which (see crown_cue).
    (r"Romanian\s+lei|rumänische[n]?\s+Lei|(?:de\s+)?lei\s+roumains", "RON"),
    (
        r"Moldovan\s+(?:lei|leu)|moldauische[n]?\s+Lei|(?:de\s+)?lei\s+moldaves",
        "MDL",
    ),
    (r"(?:de\s+)?lei", AMBIGUOUS_LEU),
    (r"Hungarian\s+forints?|ungarische[n]?\s+Forint|(?:de\s+)?forints?", "HUF"),
    (r"(?:Bulgarian\s+)?leva|bulgarische[n]?\s+Lewa|Lewa|(?:de\s+)?levs?", "BGN"),
    (r"(?:Turkish\s+)?liras?|türkische[n]?\s+Lira|(?:de\s+)?livres\s+turques", "TRY"),
    (r"Kč", "CZK"),
    (
        r"(?:Ukrainian\s+)?hryvn[iy]as?|(?:ukrainische[n]?\s+)?(?:Hrywnja|Hrywnjas|Griwna)"
        r"|(?:de\s+)?hryvnias?",
        "UAH",
    ),
    (r"Japanese\s+yen|japanische[n]?\s+Yen|(?:de\s+)?yens?(?:\s+japonais)?", "JPY"),
    (
        r"Russian\s+(?:roubles?|rubles?)|russische[n]?\s+Rubel|(?:de\s+)?roubles?|rubles?|Rubel",
        "RUB",
    ),
    (r"(?:Chinese\s+)?yuan|renminbi|(?:de\s+)?yuans", "CNY"),
    # "won" is also a verb ("in 2022 won the vote"): the currency only right after a scale word.
    (_AFTER_SCALE + r"(?:de\s+)?wons?|(?:South\s+)?Korean\s+won|südkoreanische[n]?\s+Won", "KRW"),
    # The Western Balkans, Moldova's neighbours and the Caucasus: the lek, the denar, the dinar,
    # the convertible mark, the lari, the dram and the Taiwan dollar. "den" and "KM" are left
    # out: a German article, and a distance.
    (r"Albanian\s+lek[ëe]?|albanische[n]?\s+Lek|(?:de\s+)?leks?|lekë", "ALL"),
    (
        r"(?:(?:North\s+)?Macedonian\s+)?denars?|(?:nordmazedonische[n]?\s+)?Denar[e]?"
        r"|(?:de\s+)?denars?|denari",
        "MKD",
    ),
    (r"Serbian\s+dinars?|serbische[n]?\s+Dinar[e]?|(?:de\s+)?dinars\s+serbes", "RSD"),
    (
        r"(?:Bosnian\s+)?convertible\s+marks?|konvertible[n]?\s+Mark|(?:de\s+)?marks\s+convertibles",
        "BAM",
    ),
    (r"(?:Georgian\s+)?laris?|georgische[n]?\s+Lari|(?:de\s+)?laris?", "GEL"),
    # "dram" is also a measure of spirits: the currency after a scale word or with its country.
    (
        _AFTER_SCALE + r"(?:de\s+)?drams?|Armenian\s+drams?|armenische[n]?\s+Dram"
        r"|drams\s+arméniens",
        "AMD",
    ),
    (
        r"(?:New\s+)?Taiwan(?:ese)?\s+dollars?|Taiwan-Dollars?|(?:de\s+)?dollars\s+taïwanais",
        "TWD",
    ),
    (
        r"(?-i:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|UAH|JPY|AUD|CAD|CZK|NZD|CNY|RON|HUF|BGN|TRY|RUB|ISK|KRW"
        r"|ALL|MKD|RSD|BAM|MDL|GEL|AMD|TWD|RWF|MZN|PHP)(?!/)",
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
    "ALL": "Albania",
    "MKD": "North Macedonia",
    "RSD": "Serbia",
    "BAM": "Bosnia and Herzegovina",
    "MDL": "Moldova",
    "GEL": "Georgia",
    "AMD": "Armenia",
    "TWD": "Taiwan",
    "RWF": "Rwanda",
    "MZN": "Mozambique",
    "MRU": "Mauritania",
    "PHP": "Philippines",
    "BRL": "Brazil",
}


def _alternation(table: list[tuple[str, str]]) -> str:
    return "|".join(f"(?:{pattern})" for pattern, _ in table)


def _by_first_letter(table: list[tuple[str, str]]) -> str:
    """The alternation of `table`'s patterns, its alternatives filed by the letter they start
    with, each letter's behind a lookahead for it, in their order (one whose first letter is not
    plain to see, such as "\\$", under every letter and under any other character). After a
    number, where most words are no currency, the engine tests a few lookaheads instead of
    entering every alternative, and at a space (tried again as the scale word and the spaces
    before it are given back) only the signs. It changes no match: an alternative never matches
    a word that starts with another letter."""
    filed = [
        # the guard of "won" consumes nothing: its first letter is the word's
        (branch, dispatch.first_letters(branch.removeprefix(_AFTER_SCALE)))
        for pattern, _ in table
        for branch in dispatch.branches(pattern)
    ]
    letters = sorted({c for _, first in filed if first for c in first})
    parts = []
    for letter in letters:
        chosen = [branch for branch, first in filed if first is None or letter in first]
        parts.append(f"(?=[{letter}{letter.upper()}])(?:{'|'.join(chosen)})")
    others = [branch for branch, first in filed if first is None]
    if others:
        covered = "".join(c + c.upper() for c in letters)
        parts.append(f"(?![{covered}])(?:{'|'.join(others)})")
    return "(?:" + "|".join(parts) + ")"


PREFIX_PATTERN = rf"(?:{_alternation(_PREFIXES)})"
SUFFIX_PATTERN = rf"{_by_first_letter(_SUFFIXES)}(?![\w-])"

_PREFIX_TABLE = [
    (re.compile(p.removesuffix(_LEK_GUARD), re.IGNORECASE), code) for p, code in _PREFIXES
]
_SUFFIX_TABLE = [
    (re.compile(p.removeprefix(_AFTER_SCALE), re.IGNORECASE), code) for p, code in _SUFFIXES
]


def _lookup(token: str, table: list[tuple[re.Pattern[str], str]]) -> str:
    token = token.strip()
    for pattern, code in table:
        if pattern.fullmatch(token):
            return code or token.upper()
    raise ValueError(f"not a currency: {token!r}")


# A document names few currencies, in few spellings, many times: each spelling is looked up once.
@functools.lru_cache(maxsize=1024)
def prefix_code(token: str) -> str:
    return _lookup(token, _PREFIX_TABLE)


@functools.lru_cache(maxsize=1024)
def suffix_code(token: str) -> str:
    return _lookup(token, _SUFFIX_TABLE)


_CROWN_CUES = re.compile(
    r"(?P<SEK>\b(?:Swed(?:en|ish|e)|Schwed\w*|Suède|suédois\w*|Stockholm)\b)"
    r"|(?P<NOK>\b(?:Norw(?:ay|egian)|Norweg\w*|Norvège|norvégien\w*|Oslo)\b)"
    r"|(?P<DKK>\b(?:Denmark|Danish|Dän\w*|Danemark|danois\w*|Copenhagen|Kopenhagen)\b)"
    r"|(?P<CZK>\b(?:Czech\w*|Czechia|Tschech\w*|tchèque\w*|Prague|Prag)\b)",
    re.IGNORECASE,
)


def _most_named(cues: re.Pattern[str], text: str) -> str | None:
    """The currency (the named group of `cues`) whose country the text names most often, when
    one is named more often than any other; None when none is, or two are as often."""
    counts = Counter(str(match.lastgroup) for match in cues.finditer(text))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def most_named_crown(text: str) -> str | None:
    """The crown of the country the text names most often, when one is named more than any
    other ("Norway ... Oslo ... Norwegian" in a story that also names the Czech initiative and
    the Danish model)."""
    return _most_named(_CROWN_CUES, text)


def crown_cue(text: str, at: int | None = None) -> str | None:
    """The crown currency the text's country words point to, if exactly one country is named;
    with `at` (a sum's offset in `text`), else the country named nearest to it ("Norway 1.5
    billion kroner, Denmark 2 billion kroner")."""
    found = list(_CROWN_CUES.finditer(text))
    countries = {match.lastgroup for match in found}
    if len(countries) == 1:
        return countries.pop()
    if at is None or not found:
        return None
    nearest = min(found, key=lambda match: max(match.start() - at, at - match.end()))
    return nearest.lastgroup


_LEU_CUES = re.compile(
    r"(?P<MDL>\b(?:Moldov\w*|Moldau\w*|moldauisch\w*|Moldavi\w*|moldave\w*|Chi[șşs]in[ăa]u"
    r"|Kischinau|Transnistri\w*|Transnistrie\w*|Sandu)\b)"
    r"|(?P<RON>\b(?:Romani\w*|Rumän\w*|Roumani\w*|roumain\w*|Bucharest|Bukarest|Bucarest)\b)",
    re.IGNORECASE,
)


def leu_cue(text: str, *, most: bool = False) -> str | None:
    """The leu ("lei") the text's country words point to: RON (Romania) or MDL (Moldova), when
    only one of the two is named; with `most`, the one named more often (none when as often)."""
    if most:
        return _most_named(_LEU_CUES, text)
    named = {match.lastgroup for match in _LEU_CUES.finditer(text)}
    return str(named.pop()) if len(named) == 1 else None


# A bare "$", or "dollars" with no country, is the home dollar of a story written from or about a
# dollar country other than the US. The document says which: a dateline or wire tag ("OTTAWA —",
# "WELLINGTON —": capitals in any case, as datelines are in capitals; "(CP)"), its own prefixed
# sums ("C$", "A$", "NZ$"), or the country its headline and lead are about ("the Albanese
# Government", "Le gouvernement Carney"). That country must be named at least twice there, more
# than the US and more than the other dollar countries together (a New Zealand release that names
# Australia among the summit's guests is still New Zealand's; a survey of several dollar donors
# is no one's). A lead that names one such country only once will do when the whole text keeps
# naming it, over twice as often as the US and as the others together. Else USD: a US story, or
# a single sentence ("Canada's defence spending grew to $41 billion").
# The lookahead names every character a cue can start with (the lookbehinds and word boundaries
# consume nothing): it costs one test per character of the text, where the engine would otherwise
# try each of the forty-odd cues there, which made this scan of the whole text a tenth of the
# extractor's time. Every cue but "(CP)", "(AAP)" and "Canadian Press" starts where a word does,
# so inside a word only those are left to try ("C"). It changes no match.
_HOME_DOLLAR_CUES = re.compile(
    r"(?=[(ABCLMNOPTUWÉacklow])(?:\b|(?=[(C]))"
    r"(?:(?P<CAD>\(CP\)|Canadian\s+Press|(?<![\w$])(?:C|CA|CAN)\$|\bCanad(?:a|ian|iens?|iennes?)\b"
    r"|\bkanadisch\w*|\b(?i:Ottawa)\b|\bCarney\b|\bTrudeau\b|\bAnand\b|\bMcGuinty\b)"
    r"|(?P<AUD>\(AAP\)|(?<![\w$])(?:A|AU)\$|\bAustralian?s?\b|\baustralien\w*|\b(?i:Canberra)\b"
    r"|\bAlbanese\b|\bMarles\b)"
    r"|(?P<NZD>(?<![\w$])NZ\$|\bNew\s+Zealand(?:ers?)?\b|\bNouvelle-Zélande\b|\bNeuseeland\b"
    r"|\b(?i:Wellington)\b|\bLuxon\b)"
    r"|(?P<USD>(?<![\w$])US\$|\bUnited\s+States\b|\bU\.S\.|\bUS\b|\bAmerican?s?\b"
    r"|\b(?i:Washington)\b|\bPentagon\b|\bWhite\s+House\b|\bCongress\b|\bBiden\b|\bTrump\b"
    r"|\bÉtats-Unis\b|\baméricain\w*|\bUSA\b|\bamerikanisch\w*))"
)
_LEAD = 600
_NAMED_TWICE = 2
_NAMED_THROUGHOUT = 3


def home_dollar(text: str, title: str | None) -> str:
    """The currency a bare "$" stands for in this document (see the comment above)."""
    named = _dollar_cues(f"{title or ''}\n{text[:_LEAD]}")
    lead = _dominant(named, _NAMED_TWICE, margin=1)
    if lead:
        return lead
    home = [code for code in named if code != "USD"]
    if len(home) != 1:
        return "USD"  # the whole text is read only when the lead names one dollar country
    throughout = _dominant(_dollar_cues(f"{title or ''}\n{text}"), _NAMED_THROUGHOUT, margin=2)
    return throughout if throughout == home[0] else "USD"


def _dollar_cues(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for match in _HOME_DOLLAR_CUES.finditer(text):
        key = str(match.lastgroup)
        counts[key] = counts.get(key, 0) + 1
    return counts


def _dominant(counts: dict[str, int], at_least: int, margin: int) -> str | None:
    """The dollar country other than the US named at least `at_least` times in a text (`counts`
    of its cues), more than `margin` times as often as the US and as the other dollar countries
    together."""
    home = sorted((n, code) for code, n in counts.items() if code != "USD")
    if not home:
        return None
    named, code = home[-1]
    others = sum(n for n, _ in home[:-1])
    if named >= at_least and named > margin * max(others, counts.get("USD", 0)):
        return code
    return None
