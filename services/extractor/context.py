"""Category, donor, recipient and year of a figure, from its sentence and the sentence before.

Rules, in the order an analyst reads them:
- category: the nearest kind-of-money phrase in the sentence ("security aid", "defence spending");
  a percentage "of GDP" is a pledge_target when the sentence speaks of a target or pledge, else
  defence spending; a percentage of people ("2% of voters") is other.
- donor: a giver named after the figure with "by"/"from", else the nearest one before it, else the
  first after it. Speakers and venues ("NATO Secretary-General", "the summit in Washington") and
  excluded parties ("excluding the U.S.") are not givers; "A and B" gives jointly.
- recipient: for aid, Ukraine when the sentence or a neighbour names it, else another named place.
- year: the nearest year the sentence ties to it ("in 2024", "for 2025", "in the first quarter of
  2025"), never a comparison base ("compared to 2023") or a start ("since 2022").
- a sentence pointing back ("this amount", "their total", "the remaining") takes what it lacks from
  the last figure of the sentence before.
"""

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from services.extractor import currencies, dispatch, lexicon, years

# The kinds of aid a list can join into aid of all kinds (development aid counts as one more).
_LISTED_KINDS = frozenset({"military_aid", "security_aid", "financial_aid", "humanitarian_aid"})
_COUNTED_KINDS = _LISTED_KINDS | {"development"}


@dataclass(frozen=True, slots=True)
class Actor:
    start: int
    end: int
    name: str
    recipient: bool  # a receiving place (Ukraine, Gaza), never a giver of aid
    agent: bool  # named with "by"/"from": the giver of what precedes it
    genitive: bool = False  # "du G7", "de l'UE", "der EU": the giver of a figure just before it


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str  # a category name, or a year in digits


@dataclass(frozen=True, slots=True)
class Attributes:
    category: str
    donor: str | None
    recipient: str | None
    year: int | None
    borrowed: frozenset[str] = frozenset()  # from the sentence before, which it points back to
    generic: bool = False  # aid_total only because the sentence says "aid" or "package"
    open_year: bool = True  # the sentence leaves the year to the context (no relative time)
    hinted: frozenset[str] = frozenset()  # taken from the document's Hints
    nobody: bool = False  # a world total: no giver, none to take from the context either
    own_forces: bool = False  # a goal for the giver's own budget, never aid with a recipient
    whole_fund: bool = False  # a member's share of the Peace Facility: no one recipient's


@dataclass(frozen=True, slots=True)
class Hints:
    """What the document's context offers a figure whose own sentence does not say it."""

    kind: str | None = None  # the specific kind of aid in play, for "aid" or "package"
    donor: str | None = None  # the giver the story is about
    country: str | None = None  # the country the document names most, receiving ones included
    continues: str | None = None  # a list going on: the category of the last like figure
    defence: bool = False  # the passage is about defence spending or targets
    topic: str | None = None  # the category the story is on
    source: str = "context"  # where `kind` comes from: context or title
    main: str | None = None  # the document's main giver: whose economy an aside describes
    group: str | None = None  # the last coalition named: "the group", "the coalition"
    # the last set of givers named ("Estonia, Latvia and Lithuania", "the Baltic states") with
    # how many states it counts: what "the three countries" stands for
    several: tuple[str, int] | None = None
    schemed: bool = False  # the story has named the EU's loan instrument for arms (SAFE)
    local: str | None = None  # the country the paragraph has spoken of last, any role
    # the country a new paragraph speaks of outside aid, when the giver carried is an earlier
    # paragraph's: "Ukraine's own needs keep growing. ... Defence spending is planned at 27%"
    spoken: str | None = None
    latter: str | None = None  # the last giver the sentence before named: "Ceux-ci", "the latter"
    # the givers the paragraph has named so far: "the government" or "the ministry" of a
    # paragraph on another country that does not name the story's own is that country's
    paragraph_givers: frozenset[str] = frozenset()
    former: str | None = None  # the first giver the sentence before named: "Their share"
    defended: bool = False  # the story has spoken of defence spending or targets before
    holdings: bool = False  # the story has named Russia's frozen assets
    recipient: str | None = None  # the recipient the story has made current
    ukraine: bool = False  # the story names Ukraine somewhere, its title included


NO_HINTS = Hints()


@dataclass(slots=True)
class Sentence:
    """What one sentence says, found once; offsets are relative to the sentence."""

    text: str
    when: int | None = None  # the publication year, which "this year" and "last year" count from
    actors: list[Actor] = field(default_factory=list)
    keywords: list[Span] = field(default_factory=list)
    years: list[Span] = field(default_factory=list)
    distractors: list[Span] = field(default_factory=list)  # "inflation", "deficit", "needs"
    war_costs: list[Span] = field(default_factory=list)  # "reconstruction needs", "Schäden"
    points_back: bool = False
    names_ukraine: bool = False
    prices: bool = False  # speaks of unit prices ("cost €8,000 each"), not of aid
    poll: bool = False  # reports an opinion poll

    @classmethod
    def read(
        cls,
        text: str,
        lang: str = "en",
        when: int | None = None,
        moment: float | None = None,
        *,
        full: bool = True,
    ) -> "Sentence":
        """`when` is the publication year, `moment` the publication date as a fractional year
        (which office a leader held then). A sentence with no figure is read for its context
        only (`full` False): what figures of its own would need is left out."""
        sentence = cls(text, when)
        sentence.actors = _actors(text, moment if moment is not None else when)
        names = lexicon.CATEGORY_KEYWORD.names
        sentence.keywords = [
            Span(m.start(), m.end(), names[m.lastgroup or ""])
            for m in lexicon.CATEGORY_KEYWORD.finditer(text)
        ]
        sentence.years = _years(text, lang, when)
        starts = years.fiscal_starts(text, moment) + years.own_budget_years(text)
        starts = [s for s in starts if not any(y.start <= s[0] < y.end for y in sentence.years)]
        if starts:
            sentence.years = sorted(
                [*sentence.years, *(Span(a, b, str(year)) for a, b, year in starts)],
                key=lambda span: span.start,
            )
        sentence.names_ukraine = any(a.recipient and a.name == "Ukraine" for a in sentence.actors)
        if not full:
            return sentence
        sentence.distractors = [
            Span(m.start(), m.end(), "other") for m in lexicon.distractors(text)
        ]
        if lexicon.STATE_DEBT.search(text) and not any(a.recipient for a in sentence.actors):
            # A state's own loans told with its debt, for no one named: "Zudem wachsen die
            # Zinsausgaben des Bundes wegen der zusätzlichen Kredite", "nimmt der Bund 180
            # Milliarden Euro an neuen Krediten auf" (not loans given)
            sentence.keywords = [k for k in sentence.keywords if k.label != "financial_aid"]
        sentence.war_costs = [
            Span(m.start(), m.end(), "other") for m in lexicon.WAR_COST_WORDS.finditer(text)
        ]
        sentence.points_back = lexicon.ANAPHOR.search(text) is not None
        sentence.poll = lexicon.POLL.search(text) is not None
        sentence.prices = bool(
            (lexicon.PRICE_VERB.search(text) and lexicon.UNIT_PRICE.search(text))
            or lexicon.UNIT_PRICE_NOUN.search(text)
        )
        return sentence


# The giver named by its government: "a grant from the Government of Norway", "von der
# Regierung Norwegens", "de la part du gouvernement de la Norvège".
_GOVERNMENT_AGENT_BEFORE = dispatch.guarded(
    r"(?:\bby|\bfrom|\bvon|\bpar|de\s+la\s+part\s+du)\s+(?:the\s+|der\s+|le\s+)?"
    r"(?:governments?|Regierung|gouvernement)\s+(?:of\s+|de\s+|d['’]|des\s+)?"
    r"(?:the\s+|la\s+|l['’]|du\s+)?$",
    re.IGNORECASE,
)


def _receiving_place(text: str, start: int, end: int, found: list[Actor]) -> bool:
    """True when a giver that is also a place aid goes to (Taiwan) is named as one: after "for"/
    "to" ("aid to Taiwan"), before "aid" ("Taiwan-Hilfe"), or joined to a recipient just before
    it ("for Ukraine, Israel and Taiwan")."""
    before = text[max(0, start - 12) : start]
    if lexicon.RECEIVING_BEFORE.search(before) or lexicon.RECEIVING_AFTER.match(text, end):
        return True
    last = found[-1] if found else None
    return bool(last and last.recipient and lexicon.CONJUNCTION.fullmatch(text, last.end, start))


def _shared_office(sentence: Sentence, actor: Actor) -> int | None:
    """The index in lexicon.SHARED_OFFICES of the office `actor` is named by, if it is one."""
    surface = sentence.text[actor.start : actor.end]
    for index, (default, pattern, _) in enumerate(lexicon.SHARED_OFFICES):
        if actor.name == default and pattern.fullmatch(surface):
            return index
    return None


def named_by_office(sentence: Sentence, name: str, country: str) -> bool:
    """True when the sentence names giver `name` only by an office `country` has too ("Der Bund
    hat 12 Millionen Franken gesprochen", read as Austria in a story on Austria): the office's
    name does not say whose it is, and a sum in `country`'s own currency does."""
    givers = [a for a in sentence.actors if a.name == name and not a.recipient]
    return bool(givers) and all(_office_may_be(sentence, a, country) for a in givers)


def _office_may_be(sentence: Sentence, actor: Actor, country: str) -> bool:
    surface = sentence.text[actor.start : actor.end]
    return any(
        pattern.fullmatch(surface) and (country == default or _may_hold(country, candidates))
        for default, pattern, candidates in lexicon.SHARED_OFFICES
    )


def _may_hold(name: str, candidates: frozenset[str] | None) -> bool:
    """Whether a country is one of those a shared office's name may stand for (any country
    when the office lists none)."""
    return name in candidates if candidates is not None else name in lexicon.COUNTRIES


def shared_offices(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The country each office several countries share a name for stands for in a document, where
    not its default one: the country the document names most (of those the office can be) when
    it names the default giver less often another way ("Die Bundesregierung stellt ... bereit"
    in a story on Austria that compares it with Germany once)."""
    counts: dict[str, int] = {}
    used: set[int] = set()
    for sentence in sentences:
        for actor in sentence.actors:
            if actor.recipient:
                continue
            index = _shared_office(sentence, actor)
            if index is None:
                counts[actor.name] = counts.get(actor.name, 0) + 1
            else:
                used.add(index)
    homes: dict[int, str] = {}
    for index in sorted(used):
        default, _, candidates = lexicon.SHARED_OFFICES[index]
        named = [
            (n, name)
            for name, n in counts.items()
            if _may_hold(name, candidates)
            and name not in lexicon.ADVERSARIES
            and n > counts.get(default, 0)
        ]
        if named:
            homes[index] = _most(named)
    return homes


def _most(named: list[tuple[int, str]]) -> str:
    """The name counted most; of equals, the first counted."""
    best = max(n for n, _ in named)
    return next(name for n, name in named if n == best)


def rename_offices(sentence: Sentence, homes: dict[int, str]) -> None:
    """Give each shared office in `sentence` the country `homes` reads it as."""
    if not homes:
        return
    for position, actor in enumerate(sentence.actors):
        index = None if actor.recipient else _shared_office(sentence, actor)
        if index is not None and index in homes:
            sentence.actors[position] = Actor(
                actor.start, actor.end, homes[index], actor.recipient, actor.agent, actor.genitive
            )


# A sentence that opens on one giver another follows: "Nach Bern hat auch Wien seine Hilfe ...
# festgelegt", "After Berlin, Paris has also ...", "Après Berne, Vienne a aussi ...". The first
# name only sets the scene; the sentence tells of the second (no sum of its own between them).
_FOLLOWED_BEFORE = re.compile(r"\W*(?:Nach|After|Following|Après)\s+", re.IGNORECASE)
_FOLLOWED_AFTER = re.compile(
    r"[^\d€$£%.;:]{0,30}?\b(?:auch|ebenfalls|also|too|aussi|également|à\s+son\s+tour)\b",
    re.IGNORECASE,
)
# Between a country and the office it owns: "Ukraine's Ministry of Defence".
_OWNER_BETWEEN = re.compile(r"['’]s?\s+")


def _actors(text: str, when: float | None = None) -> list[Actor]:
    found: list[Actor] = []
    excluded_end = -1  # the end of the last name that is no giver ("co-chaired by France")
    last: tuple[int, str] | None = None  # the end and name of the last name matched
    for match in lexicon.ENTITY.finditer(text):
        group = match.lastgroup or ""
        resolved = lexicon.actor_name(group, match.group(0), when)
        if resolved is None:
            continue  # an office that speaks for no giver at that date ("NATO chief Rutte")
        name = resolved
        start, end = match.start(), match.end()
        before = text[max(0, start - 50) : start]
        owner, last = last, (end, name)
        if (
            lexicon.is_office(group)
            and owner is not None
            and owner[1] != name
            and _OWNER_BETWEEN.fullmatch(text, owner[0], start)
        ):
            # "Ukraine's Ministry of Defence": a ministry any country has, whose owner is named;
            # the owner stands (or is the source it was named as), not Britain's MoD.
            continue
        if group.startswith("r"):
            if lexicon.INCLUDED_AFTER.match(text, end) and _listed_aside(text, start):
                continue  # "across the continent, Russia and Ukraine included, climbed 14%"
            found.append(Actor(start, end, name, recipient=True, agent=False))
            continue
        if name == "Taiwan" and _receiving_place(text, start, end, found):
            found.append(Actor(start, end, name, recipient=True, agent=False))
            continue  # "$8 billion for Israel and Taiwan": where aid goes, not who gives
        blocks = lexicon.BLOCKING_AFTER.match(text, end) is not None
        if name in lexicon.ESTIMATORS and lexicon.ESTIMATING_AFTER.match(text, end):
            blocks = True  # the source of a sum: "the World Bank estimates the cost at"
        if lexicon.INSTITUTE_HOME_AFTER.match(text, end):
            continue  # "according to Germany's Kiel Institute": the source's home, not a giver
        if (
            lexicon.NOT_A_GIVER_BEFORE.search(before)
            or lexicon.COMPOUND_AFTER.match(text, end)
            or blocks
        ):
            excluded_end = end
            continue
        if lexicon.is_office(group) and lexicon.MET_BEFORE.search(before):
            excluded_end = end
            continue  # "to meet Donald Trump": the leader met, not the giver
        if _FOLLOWED_BEFORE.fullmatch(text, 0, start) and _FOLLOWED_AFTER.match(text, end):
            excluded_end = end
            continue  # "Nach Bern hat auch Wien ...": the one followed, not the giver told of
        if lexicon.INCLUDED_BEFORE.search(before) and lexicon.ASIDE_END.match(text, end):
            excluded_end = end
            continue  # "Military spending in Europe, including Russia, rose by 17%"
        if name == "EU" and _eu_counted_in(text, start, end, before, found):
            excluded_end = end
            continue  # "Europe, including the EU institutions, accounts for 65%"
        if lexicon.INCLUDED_AFTER.match(text, end) and before.rstrip().endswith(","):
            excluded_end = end
            continue  # "Military spending in Europe, Russia included, reached $693 billion"
        if (
            excluded_end >= 0
            and lexicon.CONJUNCTION.fullmatch(text, excluded_end, start)
            # "Selon Londres, la Russie consacre ...": a comma alone ends the source's aside
            and lexicon.AND_WORD.search(text, excluded_end, start)
        ):
            # "coprésidée par la France et les États-Unis": the second name is excluded too
            excluded_end = end
            continue
        if name in ("NATO", "EU", "United States") and lexicon.NOT_A_GIVER_AFTER.match(text, end):
            continue
        if name == "NATO" and (
            lexicon.NATO_CHANNEL_AFTER.match(text, end)
            or lexicon.NATO_CHANNEL_BEFORE.search(before)
        ):
            continue
        if name == "G7" and (
            lexicon.SUMMIT_AFTER.match(text, end) or lexicon.SUMMIT_BEFORE.search(before)
        ):
            continue
        if name in lexicon.COALITIONS and (
            lexicon.CHANNEL_BEFORE.search(before)
            or (
                lexicon.COALITION_JOINED_BEFORE.search(before)
                # (its own size stays its: "participe à la coalition drones, dotée de 2,5
                # milliards d'euros")
                and not lexicon.COALITION_SIZED_AFTER.match(text, end)
            )
        ):
            continue
        # "made in Europe", "le sud de l'Europe": a place, not the European donors; but
        # "military spending in Europe" is the European countries' spending.
        europe = lexicon.EUROPE_PLACE.fullmatch(match.group(0)) is not None
        place = europe and lexicon.IN_PLACE_BEFORE.search(before) is not None
        if (
            place
            and not lexicon.SPENDING_IN_BEFORE.search(before)
            and not lexicon.SPENDING_WHERE_AFTER.match(text, end)
        ):
            continue
        if lexicon.STATIONED_IN_BEFORE.search(before):
            continue  # "die Brigade in Litauen", "drones built in Denmark": where, not who gives
        city = match.group(0).lower() in lexicon.CITY_NAMES
        if (
            city
            and lexicon.PLACE_BEFORE.search(before)
            and not lexicon.SEAT_BEFORE.search(before)
            and not lexicon.SEAT_AFTER.match(text, end)
        ):
            continue  # "the summit in Washington", but "Die Regierung in Wien" gives
        if city and lexicon.VENUE_AFTER.match(text, end):
            continue  # "the Ankara communique reaffirms 5%": the allies pledge, not Turkey
        if name == "EU" and lexicon.ACROSS_BEFORE.search(before):
            name = "EU member states"  # "defence spending across the EU"
        if name == "EU" and (
            lexicon.EU_AVERAGE_AFTER.match(text, end) or lexicon.EU_AVERAGE_BEFORE.search(before)
        ):
            name = "EU member states"  # "an EU average of 1.9%": the members' average
        agent = lexicon.AGENT_BEFORE.search(before) is not None
        agent = agent or _GOVERNMENT_AGENT_BEFORE.search(before) is not None
        genitive = lexicon.GENITIVE_BEFORE.search(before) is not None
        found.append(Actor(start, end, name, recipient=False, agent=agent, genitive=genitive))
    adjectives = [
        Actor(m.start(g), m.end(g), lexicon.FR_GIVER_NAMES[g], recipient=False, agent=False)
        for m in lexicon.FR_GIVER_ADJECTIVE.finditer(text)
        if (g := m.lastgroup or "")
    ]
    if adjectives:
        found = sorted([*found, *adjectives], key=lambda actor: actor.start)
    return _join_conjunctions(text, found)


def _capital_place(text: str) -> str | None:
    """The country whose capital `text` names as a place, when it names one such country only:
    the economy an aside there describes ("La marge budgétaire reste étroite à Paris : le déficit
    public a atteint 5,8 %", "In Rome, the deficit is expected at 3.3%")."""
    countries = {
        lexicon.actor_name(match.lastgroup or "", match.group(0), None)
        for match in lexicon.ENTITY.finditer(text)
        if match.group(0).lower() in lexicon.CITY_NAMES
        and lexicon.PLACE_BEFORE.search(text, max(0, match.start() - 10), match.start())
    }
    countries = {name for name in countries if name in lexicon.COUNTRIES}
    return countries.pop() if len(countries) == 1 else None


def _eu_counted_in(text: str, start: int, end: int, before: str, found: list[Actor]) -> bool:
    """True when the EU at `start` is named as a part a group of givers named before it counts
    ("Europe, including the EU institutions, accounts for", "European countries, counting the
    EU's institutions", "l'Europe, institutions de l'Union comprises", "Europa einschließlich
    der EU-Institutionen"): the group gives, the EU is inside it."""
    if not any(a.name in lexicon.AGGREGATES and not a.recipient for a in found):
        return False
    if lexicon.EU_PART_BEFORE.search(before) and lexicon.EU_INSTITUTIONS_AFTER.match(text, end):
        return True
    # "European governments and EU institutions allocated", "les gouvernements européens et les
    # institutions de l'UE": the institutions joined to the group are counted in its total
    last = found[-1]
    joined = last.name in lexicon.AGGREGATES and not last.recipient
    if joined and lexicon.INSTITUTIONS_JOINED.fullmatch(text, last.end, start):
        return lexicon.EU_INSTITUTIONS_AFTER.match(text, end) is not None
    if joined and lexicon.INSTITUTIONS_OF_JOINED.fullmatch(text, last.end, start):
        return True
    return bool(
        lexicon.INSTITUTIONS_OF_BEFORE.search(before) and lexicon.INCLUDED_AFTER.match(text, end)
    )


def _listed_aside(text: str, start: int) -> bool:
    """True when the name at `start` opens or goes on a list after a comma ("..., Russia and
    Ukraine included")."""
    return _ASIDE_LIST_BEFORE.search(text, max(0, start - 60), start) is not None


_ASIDE_LIST_BEFORE = re.compile(r",\s*(?:[\w-]+\s+(?:and|und|et)\s+|[\w-]+,\s*)*$")


def _join_conjunctions(text: str, actors: list[Actor]) -> list[Actor]:
    """ "European NATO member states and Canada" → one giver, "NATO European members and Canada"."""
    joined: list[Actor] = []
    for actor in actors:
        last = joined[-1] if joined else None
        if (
            last is not None
            and not last.recipient
            and not actor.recipient
            and actor.name not in last.name.split(" and ")
            and lexicon.CONJUNCTION.fullmatch(text, last.end, actor.start)
            and not _apposition(text, last, actor)
        ):
            names = [*last.name.replace(" and ", ", ").split(", "), actor.name]
            name = ", ".join(names[:-1]) + " and " + names[-1]
            name = _GROUPS.get(frozenset(names), name)
            region = _REGIONS.get(frozenset(names))
            if region is not None and _REGION_WORDS[region].search(text):
                name = region
            joined[-1] = Actor(last.start, actor.end, name, False, last.agent)
        else:
            joined.append(actor)
    return joined


# The donors and the EU's institutions, which a tracker's "donor countries" and "European
# countries" already count: "European countries and EU institutions allocated ..."; and the
# groups a pair names.
_GROUPS = {
    frozenset({"European countries", "EU"}): "European countries",
    frozenset({"donor countries", "EU"}): "donor countries",
    # Europe and Canada, the allies beside the United States: "European countries and Canada"
    frozenset({"European countries", "Canada"}): "NATO European members and Canada",
    frozenset({"NATO European members", "Canada"}): "NATO European members and Canada",
}
# A region's whole set of states, in a sentence that names the region's group: "the Nordic
# countries Sweden, Norway and Denmark", "a joint Nordic package financed by Denmark, Norway and
# Sweden" (the list alone stays a list, in text order).
_REGIONS = {
    frozenset({"Estonia", "Latvia", "Lithuania"}): "Baltic states",
    frozenset({"Denmark", "Norway", "Sweden"}): "Nordic countries",
    frozenset({"Denmark", "Finland", "Norway", "Sweden"}): "Nordic countries",
    frozenset({"Denmark", "Finland", "Iceland", "Norway", "Sweden"}): "Nordic countries",
}
# The regions no other state is ever counted with (as Finland or Iceland may be with the Nordic
# ones): "the three countries" that a list of the Baltic states was are the Baltic states.
_WHOLE_REGIONS = frozenset({"Baltic states"})


_WHOLE_REGION_STATES = {
    states: region for states, region in _REGIONS.items() if region in _WHOLE_REGIONS
}
_WHOLE_REGION_SIZES: dict[str, int] = {}
for _states, _region in _WHOLE_REGION_STATES.items():
    _WHOLE_REGION_SIZES.setdefault(_region, len(_states))


def region_size(name: str) -> int:
    """How many states a whole region (see `whole_region`) counts; 0 for any other name."""
    return _WHOLE_REGION_SIZES.get(name, 0)


def whole_region(here: set[str], before: set[str]) -> str | None:
    """The region (one no other state is ever counted with) that the givers `here` are of and
    that, with those named `before`, are all named."""
    for states, region in _WHOLE_REGION_STATES.items():
        if here <= states <= here | before:
            return region
    return None


_REGION_WORDS = {
    "Baltic states": re.compile(r"\b(?:Baltic|baltische\w*|baltes?)\b", re.IGNORECASE),
    "Nordic countries": re.compile(r"\b(?:Nordic|nordische\w*|nordiques?)\b", re.IGNORECASE),
}


def _apposition(text: str, last: Actor, actor: Actor) -> bool:
    """ "Among large donors, the United Kingdom": a group and one of its members, not a list; nor
    is a genitive before a comma ("parmi les plus mauvais élèves de l'OTAN, la Belgique")."""
    comma_only = not re.search(r"\b(?:and|und|et|with|mit|avec)\b|&", text[last.end : actor.start])
    if text.startswith(("its ", "their "), actor.start):
        return False  # "the EU, its Member States and ...": the Union and its own members
    grouped = last.name in lexicon.AGGREGATES or actor.name in lexicon.AGGREGATES
    # "Poland, the NATO member spending the most, will spend 4.8%": the member, not a pair
    member = actor.name in lexicon.ALLIANCE and bool(
        lexicon.MEMBER_NOUN_AFTER.match(text, actor.end)
    )
    return comma_only and (grouped or last.genitive or member)


# A year that sets the prices a sum is measured in ("in 2022 prices", "in 2023 dollar terms",
# "constant 2023 dollars", "aux prix de 2022", "zu Preisen von 2022"): a base,
# not the figure's time.
_PRICE_BASE_AFTER = re.compile(r"\s+(?:prices|Preisen|(?:dollars?|euros?)\s+terms)\b", re.I)
_PRICE_BASE_BEFORE = re.compile(
    r"\b(?:constant|aux\s+prix\s+(?:constants\s+)?de|(?:zu|in)\s+Preisen\s+(?:von|des\s+Jahres)"
    r"|prix\s+de\s+l['’]année)\s*$",
    re.IGNORECASE,
)


_SINCE_BEFORE = re.compile(r"\b(?:since|seit|depuis)\s+(?:dem\s+)?$", re.IGNORECASE)
# A start named by its year alone or a month of it: "since 2025", "seit März 2026", "depuis
# 2025"; when that year is the report's own, what has held since then is of this year.
_SINCE_YEAR = re.compile(
    r"\b(?:since|seit|depuis)\s+(?:(?-i:" + lexicon._ANY_MONTH + r")\s+)?(?P<year>20\d\d)\b"
    r"(?![\w-]|[–/]\d)",
    re.IGNORECASE,
)


def _years(text: str, lang: str, when: int | None) -> list[Span]:
    years: list[Span] = []
    if when is not None:
        for match in lexicon.RELATIVE_TIME.finditer(text):
            if lexicon.COMPARED_TIME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            if _SINCE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "Seit dem vergangenen Jahr hat Dänemark ... vergeben": a start
            dated = when + lexicon.relative_offset(match)
            years.append(Span(match.start(), match.end(), str(dated)))
    # Every year pattern needs four digits from 19xx or 20xx: without them, no scan.
    digits = lexicon.YEAR_DIGITS.search(text) is not None
    matches = list(lexicon.YEAR.finditer(text)) if digits else []
    if lang == "de" and digits:
        matches += lexicon.BARE_YEAR.finditer(text)
    for match in matches:
        before = text[max(0, match.start() - 45) : match.start()]
        found = match.groupdict()
        # "adopted the 2027 budget": a budget named by its year is that year's, whatever was
        # done to it before.
        named = bool(found.get("attr") or found.get("post"))
        if (
            not named
            and lexicon.NOT_THE_YEAR_BEFORE.search(before)
            # (but a sum made in it is: "a measure of €40 million adopted in 2024"; costliest last)
            and not lexicon.SUM_MADE_BEFORE.search(text, max(0, match.start() - 110), match.start())
        ):
            continue
        if lexicon.COMPARED_TIME_BEFORE.search(before):
            continue
        if lexicon.ARTICLE_BEFORE.search(before) and lexicon.MADE_AFTER.match(text, match.end()):
            continue  # "aus dem 2022 eingerichteten Sondervermögen": when the fund was made
        if _PRICE_BASE_AFTER.match(text, match.end()) or _PRICE_BASE_BEFORE.search(before):
            continue  # "€1.5 billion in 2022 prices by 2028": the prices' base, no time
        year = found.get("year") or found.get("attr") or found.get("post") or found.get("dated")
        if year is None:
            continue
        if found.get("early") and (when is None or int(year) <= when):
            continue  # "long before 2022": a past year told as a landmark, not a deadline
        if not any(y.start <= match.start("year") < y.end for y in years):
            years.append(Span(match.start(), match.end(), year))
    for match in lexicon.FISCAL_YEAR.finditer(text) if digits else ():
        # "forecast at $63 billion for 2026-27": the fiscal year that starts in 2026
        before = text[max(0, match.start() - 45) : match.start()]
        fiscal = lexicon.fiscal_year(match.group(0), before)
        if fiscal is None or lexicon.NOT_THE_YEAR_BEFORE.search(before):
            continue
        if lexicon.UNTIL_BEFORE.search(before):
            continue
        if not any(y.start <= match.start() < y.end for y in years):
            years.append(Span(match.start(), match.end(), str(fiscal)))
    for match in _SINCE_YEAR.finditer(text) if digits and when is not None else ():
        if int(match["year"]) == when:
            # "Depuis 2025, 95 % servent à rembourser les prêts": a stretch within this year
            years.append(Span(match.start(), match.end(), match["year"]))
    # The ends of a stretch ("between 24 January 2022 and 31 August 2025") date nothing in it.
    ends = [m.span() for m in lexicon.TWO_ENDED.finditer(text) if m["first"] != m["last"]]
    if ends:
        years = [y for y in years if not any(a <= y.start < b for a, b in ends)]
    years.sort(key=lambda span: span.start)
    return years


def _distance(span_start: int, span_end: int, start: int, end: int) -> int:
    if span_start >= end:
        return span_start - end
    if span_end <= start:
        return start - span_end
    return 0


def _nearest(spans: list[Span], start: int, end: int, limit: int) -> Span | None:
    best: Span | None = None
    best_distance = limit + 1
    for span in spans:
        distance = _distance(span.start, span.end, start, end)
        # On a tie the phrase after the number wins: "€50bn in security aid".
        if distance < best_distance or (distance == best_distance and span.start >= end):
            best, best_distance = span, distance
    return best


_PERCENT_KEYWORD_REACH = 80


def _said_spent(text: str, start: int) -> bool:
    """True when a spending verb comes just before the figure ("spent", "ausgegeben", "ont
    dépensé")."""
    return lexicon.SPENT_BEFORE.search(text, max(0, start - 40), start) is not None


def _category(
    sentence: Sentence,
    start: int,
    end: int,
    unit: str,
    others: Sequence[tuple[int, int]],
    *,
    defence: bool,
    goal: bool = False,
) -> str | None:
    text = sentence.text
    # Defence is the subject when the sentence or, failing it, the passage says so.
    defence = defence or lexicon.DEFENCE_CONTEXT.search(text) is not None
    if unit == "percent" and defence and _level_to_reach(text, start, end, others):
        # "reaching 3.5% would require annual spending of ...", "Passer à 3,5 % représenterait,
        # à économie constante, ...", read before the market and economic words that only say how
        # it is counted
        return "pledge_target"
    if unit == "percent" and defence and _planned_rise_to(sentence, start, end, others):
        # "a path to lift defence spending from 1.2% today towards 2%", "would raise its budget
        # to 2 percent from 2016", "von 1,3 auf 2 Prozent zu erhöhen": the end point of a rise
        # still to be made is a level set, even beside "today" (not "spending rose from 1.5% to
        # 2.1%", nor "is expected to lift spending to 2.3%").
        return "pledge_target"
    if unit == "percent" and lexicon.MARKET.search(text) and not lexicon.OF_GDP.match(text, end):
        return "other"  # "Shares in Rheinmetall ... rose 3.4%": a market move
    if lexicon.PER_BARREL.match(text, end):
        # "Brent crude traded near $75 a barrel": an oil price, whatever arms maker or defence
        # budget the sentence also names
        return "other"
    if _fiscal_threshold(text, start, end, unit):
        return "other"  # "the debt brake exempts defence spending above 1% of GDP"
    given = unit != "percent" and _given_to_before(sentence, start, end)
    if unit != "percent" and defence and not given and _buys_level(sentence, start, end, others):
        # "Spain would need an extra €22 billion a year to hit 3.5%", read before the economic
        # words near it ("à prix constants", "in today's prices"), which only say how it is
        # counted
        return "defense_spending"
    if unit != "percent" and _ECONOMY_SIZE_BEFORE.search(text, max(0, start - 60), start):
        # "Bei einer Wirtschaftsleistung von rund 4,4 Billionen Euro entspricht ein Prozentpunkt
        # rund 44 Milliarden Euro", "un tiers du PIB belge, d'environ 620 milliards d'euros": the
        # size of an economy, or of one point of it, is no one's spending
        return "other"
    if unit != "percent":
        passed = _earnings_passed_on(sentence, start, end)
        if passed is not None:
            # "l'impôt sur les bénéfices exceptionnels ..., soit environ 1,7 milliard d'euros,
            # qu'elle reverse intégralement à l'Ukraine": a state's tax or windfall given on is aid
            return passed
    if sentence.distractors and _distracted(sentence, start, end, others):
        return "other"  # "inflation stood at 2.1%", "Ukraine needs another $12 billion"
    if (
        unit != "percent"
        and sentence.war_costs
        and _distracted(sentence, start, end, others, costs=True)
    ):
        return "other"  # "the World Bank puts the cost of reconstruction at $524 billion"
    if unit != "percent" and _needed(text, start, end):
        return "other"  # "they need at least $40 billion worth of weapons": a need, not a gift
    if unit != "percent" and sentence.prices:
        return "other"  # "Each interceptor costs $4 million": a price, not a sum given
    if goal and not defence:
        # "Bis 2029 will die Koalition 3,5 % erreichen", "La Lituanie vise entre 5 % et 6 % du
        # PIB" in a story on defence: a level set for the country's spending
        return _goal_or_spending(sentence, start, end, others)
    predicate = lexicon.PREDICATE_KIND.match(text, end)
    if predicate is not None:
        return f"{predicate.lastgroup}_aid"  # "about $4.5 billion of it military"
    if unit == "percent":
        if lexicon.OF_PEOPLE.match(text, end):
            return "other"
        if _PAY_RISE_BEFORE.search(text, max(0, start - 60), start) or _PAY_RISE_AFTER.match(
            text, end
        ):
            return "other"  # "Troops would get a pay raise of 3.8%": a rate of pay, no spending
        measured = _aid_share_of_defence(sentence, start, end)
        if measured is not None:
            return measured  # "Military aid accounted for about 6% of European military spending"
        if lexicon.OF_GNI.match(text, end):
            # Gross national income is the development-aid yardstick; a share of it for defence
            # or for aid to Ukraine is read like a share of GDP.
            if not any(k.label in _GNI_SUBJECTS for k in sentence.keywords):
                if defence and lexicon.TARGET_BEFORE.search(text, max(0, start - 40), start):
                    # "l'objectif de 3,5 % du RNB", "das Ziel von 2 Prozent des BNE": the
                    # alliance's goal, counted in national income (as Luxembourg does)
                    return "pledge_target"
                return "other"
            if lexicon.PLEDGING.search(text, *_clause(text, start, end)):
                return "pledge_target"
        if defence and _past_level(sentence, start, end, others):
            return "defense_spending"  # "contre 1,3 % l'an dernier": a level had, not a goal
        if defence and _present_level(sentence, start, end):
            return "defense_spending"  # "heute sind es rund 0,7 Prozent": the level had now
        if defence and _level_reached(sentence, start, end, others):
            return "defense_spending"  # "Madrid said it reached 2% last year"
        if defence and lexicon.TARGET_BEFORE.search(text, max(0, start - 40), start):
            return "pledge_target"  # "the alliance's core target of 3.5%", "l'objectif de 2 %"
        if defence and _moved_toward(text, start, end):
            return "pledge_target"  # "the Baltic states are moving towards 5%": a level ahead
        if sentence.poll and not lexicon.OF_GDP.match(text, end):
            return "other"  # "Polls show 62% back higher defence spending"
        if lexicon.TARGET_AFTER.match(text, end) and defence:
            return "pledge_target"  # "NATO's 2 percent target"
        if defence and not lexicon.OF_GDP.match(text, end) and not lexicon.names_distractor(text):
            bare = not any(k.label != "pledge_target" for k in sentence.keywords)
            if bare and _said_spent(text, start):
                return "defense_spending"  # "Spain spent 1.28% last year"
            targeted = any(k.label == "pledge_target" for k in sentence.keywords)
            if bare and (targeted or lexicon.PLEDGING.search(text)):
                if _dated_had(sentence, start, end, others):
                    return "defense_spending"  # "L'Italie affichait 1,49 % en 2024 ... le seuil"
                if _in_league_table(text, start):
                    return "defense_spending"  # "En bas du classement ..., à 1,3 %, ... l'objectif"
                return "pledge_target"  # "The previous target ... was 2%", "promised to reach 2%"
        of_gdp = lexicon.OF_GDP.match(text, end) or _shares_gdp(text, end, others)
        if of_gdp or _range_of_gdp(text, end, others):
            if not defence:
                # "The Netherlands has given about 0.7% of its GDP": a share given is aid; one
                # pledged for the years ahead is a pledge ("se sont engagés à financer l'Ukraine
                # à hauteur d'au moins 0,25 % de leur PIB par an").
                if _pledged_share(text, start, end):
                    return "pledge_target"
                # "la France a consacré moins de 0,2 % de son PIB à l'Ukraine": put to Ukraine
                put = sentence.names_ukraine and lexicon.DEVOTED.search(text)
                if lexicon.GIVING.search(text) or put:
                    return "aid"
                # "l'aide suisse représente environ 0,1 % du PIB", "Poland's bilateral aid amounts
                # to 0.6% of its GDP": the share measures the aid the sentence names.
                # (not when an economic subject stands nearer: "Donors help Ukraine cover its
                # budget deficit, which is running at about 20% of GDP")
                aid = [k for k in sentence.keywords if k.label in _AID_KINDS]
                nearest_aid = _nearest(aid + sentence.distractors, start, end, len(text))
                return nearest_aid.label if nearest_aid and nearest_aid in aid else "other"
            kinds = {k.label for k in sentence.keywords}
            if (
                "aid" in kinds
                and not kinds & lexicon.AID_CATEGORIES
                and "defense_spending" not in kinds
            ):
                return "aid"  # "Denmark's aid to Ukraine amounts to 0.8% of its GDP"
            if kinds & lexicon.AID_CATEGORIES and "defense_spending" not in kinds:
                # "military aid worth 0.25% of its GDP": a share of GDP given, not spent at home.
                lo, _ = _clause(text, start, end)
                if _pledging(text, lo, start) or _pledged_share(text, start, end):
                    return "pledge_target"  # "pledged military aid equal to 0.25% of GDP"
                if _urged_after(text, end):
                    return "pledge_target"  # "well below the 0.25% of GDP some allies have urged"
                aid = [k for k in sentence.keywords if k.label in lexicon.AID_CATEGORIES]
                nearest_aid = _nearest(aid, start, end, len(text))
                return nearest_aid.label if nearest_aid else "aid_total"
            if _share_for_ukraine_urged(text, start, end):
                # "urged other allies to copy its commitment to give 0.25% of GDP to Ukraine's
                # military", "Würden alle nur 0,25 Prozent ihres BIP für die Ukraine aufwenden, wie
                # es ... vorgeschlagen haben": the aid benchmark, not a defence budget's share
                return "pledge_target"
            return _goal_or_spending(sentence, start, end, others)
        reach = _PERCENT_KEYWORD_REACH
    else:
        reach = len(text)
    specific = [
        k
        for k in sentence.keywords
        if k.label != "aid"
        and _own(text, k, start, end, others)
        and not _paid_from(text, k, start, end)
    ]
    # "€1.5 billion, 90% of it through the Peace Facility and 10% through the Ukraine Facility",
    # "dont une partie via la Facilité européenne pour la paix": the parts' kinds, not the
    # whole's, which is all aid when it names none of its own (not the story's one kind)
    parts = [k for k in specific if k.start >= end and lexicon.PART_OF.search(text[end : k.start])]
    specific = [k for k in specific if k not in parts]
    if parts and not specific and any(k.label in lexicon.AID_CATEGORIES for k in parts):
        return "aid_total"
    if given:
        # "... would increase defence spending to 2.5% and promised Kyiv at least 3 billion
        # pounds a year": a sum given to a receiver named right before it is aid, whatever
        # spending or goal another clause of the sentence tells.
        specific = [k for k in specific if k.label in lexicon.AID_CATEGORIES]
        if not specific:
            return "aid"
    if unit == "percent" or not lexicon.TARGET_BEFORE.search(text, max(0, start - 40), start):
        # A sum is a target only when named as one ("the goal of €40 billion a year"); a fund or
        # budget in a sentence about meeting a target is spending ("a €100bn special fund").
        targets = [k for k in specific if k.label == "pledge_target"]
        specific = [k for k in specific if k.label != "pledge_target"]
        # (not a sum told as going to Ukraine: "Vilnius set aside €200 million for Ukraine, in
        # line with the target" is aid)
        for_ukraine = lexicon.FOR_UKRAINE.match(text, end) is not None
        if unit != "percent" and targets and not specific and defence and not for_ukraine:
            return "defense_spending"
    # The kind named right after the figure is its own, whatever the list item before named:
    # "130 Milliarden Euro auf militärische, 118 Milliarden Euro auf finanzielle ... Hilfe".
    attached = [
        k for k in specific if k.start >= end and lexicon.ATTACHED.fullmatch(text, end, k.start)
    ]
    if not attached:
        attached = [k for k in specific if k.start >= end and _channeled(text, end, k)]
    if not attached and unit != "percent":
        if _called_aid(sentence, start, end, others, specific):
            return "aid"  # "$61 billion in aid for Ukraine, ending a standoff ... ammunition"
        # A kind in the figure's own clause is its own ("whose defence budget rose to 1.78
        # trillion yuan, and by North Korea's missile programme").
        lo, hi = _clause(text, start, end)
        inside = [k for k in specific if lo <= k.start and k.end <= hi]
        if inside:
            specific = inside
    nearest = attached[0] if attached else _nearest(specific, start, end, reach)
    if nearest is not None and not attached and _TRANCHE_OF.fullmatch(text, nearest.start, start):
        # The whole a tranche is taken from is no tranche: "the first tranche of the EUR 1 billion
        # budgeted for military support" is military aid, named by its purpose in the clause.
        lo, hi = _clause(text, start, end)
        purposes = [k for k in specific if k.label in _PURPOSES and lo <= k.start and k.end <= hi]
        nearest = _nearest(purposes, start, end, reach) or nearest
    purpose = nearest is not None and nearest.label == "humanitarian_aid" and nearest.start >= end
    if purpose and _lent(text, start, end):
        return "financial_aid"  # "lent Ukraine €400m to repair power plants": still a loan
    granted = nearest if nearest is not None and nearest.label == "financial_aid" else None
    if (
        granted is not None
        and unit != "percent"
        and _granted_for_relief(sentence, start, end, granted)
    ):
        return "humanitarian_aid"  # "a grant of $45 million for the repair of power substations"
    if nearest is not None:
        if unit == "percent" and nearest.label == "defense_spending" and defence:
            return _goal_or_spending(sentence, start, end, others)
        return nearest.label
    if unit == "percent" and _change_of_budget(sentence, start):
        # "Ankara's defence budget ... is TRY 1.2 trillion, ... an increase of more than 50%"
        return "defense_spending"
    # Aid of no named kind: "aid" (the caller's aid_total), which the context may make specific.
    if _nearest([k for k in sentence.keywords if k.label == "aid"], start, end, reach):
        return "aid"
    if unit != "percent" and sentence.names_ukraine and lexicon.GIVING.search(text):
        return "aid"
    if unit != "percent" and sentence.names_ukraine and _bought_for_ukraine(text):
        return "aid"  # "Ottawa achètera aux États-Unis un système NASAMS destiné à l'Ukraine"
    if unit != "percent" and lexicon.FOR_UKRAINE.match(text, _past_conversion(text, end)):
        # "sets aside NOK 85 billion (about €7.3 billion) for Ukraine": the sum and its
        # conversion in brackets are both for Ukraine
        return "aid"
    return None


# Arms bought for Ukraine, from industry or a third country: "will buy a NASAMS system from the
# United States for Ukraine", "kauft in den USA ein Patriot-System für die Ukraine", "achètera
# aux États-Unis un système destiné à l'Ukraine".
_BOUGHT_FOR_UKRAINE = re.compile(
    r"\b(?:buy\w*|bought|purchas\w*|kauf\w*|gekauft|ach[eè]t\w*|achat\w*)\b[^.;]{0,80}?"
    r"\b(?:for|für|pour|destinée?s?\s+à|à\s+destination\s+de)\s+(?:die\s+|l['’])?"
    + lexicon.UKRAINE_NAMES
    + r"\b",
    re.IGNORECASE,
)


def _bought_for_ukraine(text: str) -> bool:
    return _BOUGHT_FOR_UKRAINE.search(text) is not None


# A conversion in brackets right after a sum, or the bracket that closes the one a converted sum
# stands in: "NOK 85 billion (about €7.3 billion) for Ukraine", "(7,3 Mrd. Euro) für die Ukraine".
_BRACKETED_AFTER = re.compile(r"\s*\([^()]{1,40}\)|\)")


def _past_conversion(text: str, end: int) -> int:
    """Where the words after the sum at `end` go on, past a bracketed conversion of it."""
    aside = _BRACKETED_AFTER.match(text, end)
    return aside.end() if aside else end


# The budget a sum is taken from, named right before it, is where the money comes from, not what
# it is for: "1,5 Milliarden Franken, die zulasten des Budgets der internationalen Zusammenarbeit
# gehen", "aus dem Budget der internationalen Zusammenarbeit", "€5 million from the foreign
# ministry's development budget will help repair heating plants", "pris sur l'enveloppe de la
# coopération internationale".
_SOURCE_BEFORE = re.compile(
    r"\b(?:from|out\s+of|aus|zulasten|zu\s+Lasten|innerhalb|pris\s+sur|prélevés?\s+sur"
    r"|à\s+la\s+charge)\s+(?:the\s+|dem\s+|des\s+|der\s+|du\s+|de\s+la\s+|le\s+|la\s+|l['’])?"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)

# A cut: what is taken from a budget to shrink it, not to spend ("cut £2 billion from the aid
# budget", "kürzt 200 Millionen Euro aus dem Budget", "réduit de 200 millions").
_CUT = re.compile(
    r"\b(?:cut|slash|trim|kürz|gekürzt|streich|gestrichen|réduit|réduire|coupe|rogn)\w*",
    re.IGNORECASE,
)


def _paid_from(text: str, keyword: Span, start: int, end: int) -> bool:
    """True when a development budget is named as what the sum at [start, end) is paid from, not
    what it is for; not a sum cut from that budget ("cut £2 billion from the aid budget")."""
    if keyword.label != "development" or keyword.start < end:
        return False  # (a budget named before the sum is the one it sizes: "dotée de 11 milliards")
    if not _SOURCE_BEFORE.search(text, max(0, keyword.start - 60), keyword.start):
        return False
    return _CUT.search(text, max(0, start - 60), keyword.end) is None


# Where a sum's own phrase ends: the next comma, colon or dash ("€10.3 billion in new aid: €4.9
# billion in military aid", "$61 billion in aid for Ukraine, ending a standoff").
_PHRASE_END = re.compile(r"[,:;()]|\s[–—-]\s")


def _called_aid(
    sentence: Sentence,
    start: int,
    end: int,
    others: Sequence[tuple[int, int]],
    specific: Sequence[Span],
) -> bool:
    """True when a sum is called aid right after it ("$61 billion in aid", "€10.3 billion in
    new aid") and no kind of aid stands in its own phrase: a kind named past the phrase, or with
    another figure, is that one's, not this sum's."""
    text = sentence.text
    generic = [
        k
        for k in sentence.keywords
        if k.label == "aid" and k.start >= end and lexicon.ATTACHED.fullmatch(text, end, k.start)
    ]
    if not generic:
        return False
    lo, _ = _clause(text, start, end, others)
    stop = _PHRASE_END.search(text, generic[0].end)
    hi = stop.start() if stop else len(text)
    hi = min([hi, *(o_start for o_start, _ in others if o_start >= end)])
    return not any(lo <= k.start and k.end <= hi for k in specific)


# A change told as a noun right before a share: "an increase of more than 50%", "a rise of 9.4%".
_CHANGE_OF = re.compile(
    r"\b(?:increase|rise|growth|cut|drop|fall|jump|Anstieg|Erhöhung|Zuwachs|Kürzung|Plus|Minus"
    r"|hausse|augmentation|baisse)\s+(?:of\s+|von\s+|um\s+|de\s+)?(?:(?:more\s+than|about|around"
    r"|nearly|almost|some|over|rund|etwa|fast|über|plus\s+de|près\s+de|environ)\s+)?$",
    re.IGNORECASE,
)


# A change told as a move right after the sum it changes: ", down 48%", ", soit une baisse de 30 %".
_MOVED_BY = re.compile(
    r",\s*(?:down|up|a\s+drop\s+of|a\s+rise\s+of|ein\s+(?:Minus|Plus)\s+von|minus|plus"
    r"|en\s+(?:baisse|hausse)\s+de)\s+(?:(?:about|around|some|rund|etwa|environ)\s+)?$",
    re.IGNORECASE,
)


# A tax, revenue or windfall named in the sentence ...
_EARNINGS = dispatch.guarded(
    r"\b(?:tax\w*|impôts?|recettes?|revenus|Steuer\w*|windfall|profits?|bénéfices|proceeds"
    rf"|Erträge\w*|Zinserträge\w*|Gewinne\w*|{lexicon.YIELD_VERB})\b",
    re.IGNORECASE,
)
# ... handed on to Ukraine or a fund for it: "qu'elle reverse intégralement à l'Ukraine",
# "intégralement reversée à l'Ukraine", "alimentent un fonds dédié à l'Ukraine", "paid into a
# fund for Ukraine", "an die Ukraine weitergeleitet", "versées dans un fonds pour l'Ukraine".
_PASSED_ON = re.compile(
    r"\b(?:revers\w*|versé\w*|weitergeleitet|weitergegeben|paid|transferred|passed\s+on"
    r"|handed(?:\s+over)?|channell?ed|affect\w*|allocated|earmarked)\s+(?:[\w'’%]+\s+){0,3}?"
    r"(?:à|to|into|an|dans|in)\s+(?:l['’]|die\s+|the\s+|a\s+|la\s+|un\s+|einen\s+)?"
    r"(?:Ukraine|Kyiv|Kiev|Kiew|fund|fonds"
    r"|Facilité\s+européenne\s+pour\s+la\s+paix|European\s+Peace\s+Facility)\b"
    r"|\balimente\w*\s+(?:le|un|ce)\s+fonds|\ban\s+die\s+Ukraine\s+weiter\w*",
    re.IGNORECASE,
)


def _earnings_passed_on(sentence: Sentence, start: int, end: int) -> str | None:
    """The kind of aid a tax or windfall is when the sentence tells it handed on to Ukraine
    ("cette recette a atteint 1,7 Md€, intégralement reversée à l'Ukraine", or allocated before
    the sum: "affecter à l'Ukraine les profits exceptionnels ..., soit 3 milliards"): the kind named
    after the sum (a fund "consacré ... à l'achat de matériel militaire"), else all aid
    (aid_total, not the one kind the story is on). Not a sum a loan is repaid from, nor one of
    the assets themselves."""
    text = sentence.text
    if not _EARNINGS.search(text) or not _PASSED_ON.search(text):
        return None
    if lexicon.LOAN_WORD.search(text):
        return None
    # (kinds listed after it: "pour des armes comme pour la reconstruction", all aid)
    after = {
        k.label for k in sentence.keywords if k.start >= end and k.label in lexicon.AID_CATEGORIES
    }
    return after.pop() if len(after) == 1 else "aid_total"


# A target named by its level, right before it: "toward the 5%", "counted towards the 3.5%", "le
# seuil des 2 %", "vers les 5 %", "auf die 3,5 Prozent hin".
_TOWARD_TARGET_BEFORE = re.compile(
    r"\b(?:towards?\s+the|vers\s+les|(?:seuil|cap|objectif|cible)\s+des)\s+$", re.IGNORECASE
)


# A level one moves toward, a goal ahead: "are moving towards 5%", "a credible path toward the
# 5%", "une trajectoire vers les 5 %", "sich binnen zehn Jahren auf 2 Prozent ... zuzubewegen".
_MOVING_TOWARD_BEFORE = re.compile(
    r"\b(?:mov\w*|head\w*|path|trajectory|glide\s+path|progress|trajectoire|chemin|progresse\w*)"
    r"(?:[\s,]+[\w-]+)?[\s\"'’”]+(?:towards?|vers)\s+(?:the\s+|les\s+|le\s+)?$",
    re.IGNORECASE,
)
_MOVING_TOWARD_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:zuzubewegen|zubewegen|hinzuarbeiten)\b")


def _moved_toward(text: str, start: int, end: int) -> bool:
    """True when the share is a level its sentence moves toward, a goal ahead (in German "auf 2
    Prozent ... zuzubewegen")."""
    if _MOVING_TOWARD_BEFORE.search(text, max(0, start - 40), start):
        return True
    german = re.search(r"\bauf\s+$", text[max(0, start - 6) : start]) is not None
    return german and _MOVING_TOWARD_AFTER.match(text, end) is not None


# An economy's size, or one point of it, told right before a sum.
_ECONOMY_SIZE_BEFORE = re.compile(
    r"(?:\b(?:GDP|PIB|BIP|Wirtschaftsleistung|Bruttoinlandsprodukt\w*|economic\s+output"
    r"|economy)(?:\s+[\w-]+)?,?\s+(?:of|von|de|d['’]|worth|at)"
    # the economy told as a subject: "Le PIB canadien avoisine les", "Poland's GDP is about",
    # "Das BIP beträgt"
    r"|\b(?:GDP|PIB|BIP|Bruttoinlandsprodukt\w*|Wirtschaftsleistung)(?:\s+[\w-]+)?\s+(?:is|was"
    r"|stands\s+at|amounts\s+to|totals|avoisine|atteint|s['’]élève\s+à|est\s+de|beträgt|betrug"
    r"|liegt\s+bei|lag\s+bei)(?:\s+(?:les|le|la|l['’]))?"
    r"|\b(?:ein|one|un)\s+(?:Prozentpunkt|percentage\s+point|point\s+de\s+PIB|point\s+of\s+GDP)"
    r"(?:\s+(?:entspricht|equals|is\s+worth|vaut|représente))?"
    r"|\b(?:entspricht|equals|vaut|représente)\s+(?:ein|one|un)\s+(?:Prozentpunkt"
    r"|percentage\s+point|point\s+de\s+PIB|point\s+of\s+GDP))\s*"
    r"(?:(?:about|around|some|roughly|nearly|almost|rund|etwa|knapp|environ|près\s+de)\s+)?$",
    re.IGNORECASE,
)


# A rise in pay told right before a share: "a pay raise of 3.8%", "a pay increase of up to 20%",
# "eine Solderhöhung um 5 Prozent", "une hausse des soldes de 5 %".
_PAY_RISE_BEFORE = re.compile(
    r"\b(?:pay\s+(?:raise|rise|increase)|Sold\w*erhöhung|hausse\s+des\s+(?:soldes|salaires))"
    r"\s+(?:of|um|von|de)\s+(?:(?:up\s+to|about|around|some|rund|etwa|jusqu['’]à|environ)\s+)?$"
    # "der Wehrsold steigt zum Jahresbeginn um 5 Prozent", "les soldes augmenteront de 4 %"
    r"|\b(?:\w*sold|soldes)\s+(?:steig\w*|augment\w*)\s+(?:[\w'’]+\s+){0,4}?(?:um|de)\s+$",
    re.IGNORECASE,
)
# The same rise told after the figure: "a 3.8% pay raise for service members".
_PAY_RISE_AFTER = re.compile(r"\s+(?:pay\s+(?:raise|rise|increase)|Solderhöhung)\b", re.IGNORECASE)


# A level others urge, told right after it: "the 0.25% of GDP some allies have urged as a floor",
# "les 0,25 % du PIB que réclament les pays baltes", "die von den Balten geforderten".
_URGED_AFTER = re.compile(
    r"\s+(?:(?:that|which|que|qu['’]|den|die)\s+)?(?:[\w'’-]+\s+){0,3}?(?:have\s+|has\s+|ont\s+)?"
    r"(?:urged|called\s+for|demanded|proposed|réclam\w*|propos\w*|demand\w*|gefordert\w*"
    r"|vorgeschlagen\w*|fordern)\b",
    re.IGNORECASE,
)


def _urged_after(text: str, end: int) -> bool:
    """True when the share at `end` is a level others urge, told right after it (past "of GDP")."""
    gdp = lexicon.OF_GDP.match(text, end)
    return _URGED_AFTER.match(text, gdp.end() if gdp else end) is not None


def _pledging(text: str, lo: int, hi: int) -> bool:
    """A pledge told in [lo, hi), not the noun for what was given ("Norway's commitments equal
    0.85% of its GDP": what it has committed, not a promise)."""
    return any(
        not _COMMITMENTS.fullmatch(m.group(0)) for m in lexicon.PLEDGING.finditer(text, lo, hi)
    )


_COMMITMENTS = re.compile(r"commitments", re.IGNORECASE)


# What a share is measured against when it is a defence budget: "6% of European military
# spending", "4% of their own military budgets", "3 % de leurs budgets de défense".
_OF_DEFENCE_BUDGETS = re.compile(
    r"\s+(?:of|de|des|der)\s+(?:[\w'’]+\s+){0,3}?(?:(?:military|defen[cs]e)\s+(?:spending"
    r"|budgets?|expenditures?|outlays)|budgets?\s+(?:de\s+(?:la\s+)?défense|militaires?)"
    r"|dépenses\s+(?:militaires|de\s+défense)|Verteidigungs(?:ausgaben|haushalte?)"
    r"|Militärausgaben)\b",
    re.IGNORECASE,
)


def _aid_share_of_defence(sentence: Sentence, start: int, end: int) -> str | None:
    """The kind of aid a share is of when it measures that aid against defence budgets
    ("Military aid accounted for about 6% of European military spending", "weapons allocations
    ... were equal to about 4% of their own military budgets"): the aid named before it in its
    clause, not the budgets it is set against."""
    text = sentence.text
    if not _OF_DEFENCE_BUDGETS.match(text, end):
        return None
    lo, _ = _clause(text, start, end)
    before = [k for k in sentence.keywords if lo <= k.start and k.end <= start and k.label != "aid"]
    if not before or before[-1].label not in lexicon.AID_CATEGORIES:
        return None
    return before[-1].label


def _channeled(text: str, end: int, keyword: Span) -> bool:
    """True when the figure ending at `end` is sent through the fund or facility `keyword`
    names right after it ("10% to the Ukraine Facility", "95 % ... passeraient par la Facilité
    européenne pour la paix"): what goes through a channel takes its kind."""
    if keyword.label not in lexicon.AID_CATEGORIES:
        return False
    if not _CHANNEL_NAME.match(text, keyword.start, keyword.end):
        return False
    return lexicon.CHANNELED.fullmatch(text, end, keyword.start) is not None


# A named fund or facility, the channels a share is sent through.
_CHANNEL_NAME = re.compile(
    r"(?:European\s+)?Peace\s+Facility|Friedensfazilität|Facilité|Ukraine\s+Facility"
    r"|Ukraine-Fazilität|(?-i:EPF|FEP)|\w*[Ff]und\b|\w*[Ff]onds\b|Fazilität",
    re.IGNORECASE,
)


def _change_of_world(sentence: Sentence, start: int, referent: Attributes | None) -> bool:
    """True when a share is a change told right before it ("The increase of 9.4%", "Der Anstieg
    um 9,4 Prozent") of the world's defence spending the figure just before it gave, with no giver
    named before it."""
    # (the world's total, completed, is defence spending with no giver)
    if referent is None or referent.donor is not None or referent.category != "defense_spending":
        return False
    if not _CHANGE_OF.search(sentence.text, max(0, start - 50), start):
        return False
    return not any(a.start < start for a in sentence.actors)


def _change_of_budget(sentence: Sentence, start: int) -> bool:
    """True when a share is a change told right before it ("an increase of more than 50%") and
    the subject its sentence named before it is a defence budget, with no economic subject
    between: the budget's change, however far its name stands."""
    text = sentence.text
    if not _CHANGE_OF.search(text, max(0, start - 50), start):
        return False
    before = [k for k in sentence.keywords if k.end <= start and k.label != "aid"]
    if not before or before[-1].label != "defense_spending":
        return False
    return not any(before[-1].end <= d.start < start for d in sentence.distractors)


# Between a receiver and the sum given to it: "promised Kyiv at least", "der Ukraine weitere",
# "à Kiev au moins".
_RECEIVER_TO_SUM = re.compile(
    r"\s+(?:(?:at\s+least|up\s+to|another|a\s+further|an\s+extra|further|mindestens|bis\s+zu"
    r"|weitere|au\s+moins|jusqu['’]à|encore|" + lexicon.ROUGHLY + r")\s+)*",
    re.IGNORECASE,
)


def _given_to_before(sentence: Sentence, start: int, end: int) -> bool:
    """True when a receiver stands right before the sum ("promised Kyiv at least 3 billion
    pounds", "hat der Ukraine 500 Millionen Euro zugesagt", "a promis à Kiev 3 milliards") and
    its clause gives (`lexicon.GIVING`)."""
    text = sentence.text
    lo, hi = _clause(text, start, end)
    return any(
        a.recipient and lo <= a.start and _RECEIVER_TO_SUM.fullmatch(text, a.end, start)
        for a in sentence.actors
    ) and (
        lexicon.GIVING.search(text, lo, hi) is not None
        or _PROMISED_APART.search(text, lo, hi) is not None
    )


# German "zusagen" split round its object: "sagte der Ukraine weitere 2 Milliarden Euro zu".
_PROMISED_APART = re.compile(r"\bsagt\w*\b[^.;]*\bzu\b")


# A tranche of the sum right after it: "the first tranche of the EUR 1 billion", "die erste
# Tranche der 1 Milliarde Euro", "la première tranche du milliard d'euros".
_TRANCHE_OF = re.compile(
    r"tranches?\s+(?:of\s+the|der|des|aus\s+den|du|de\s+la|sur\s+les)\s+", re.IGNORECASE
)
# Kinds of aid named by what they pay for.
_PURPOSES = frozenset({"military_aid", "security_aid", "humanitarian_aid"})


# A gift of money, not a loan: "grant", "Zuschuss", "subvention", "don".
_GRANT = re.compile(
    r"\b(?:grants?|grant\s+aid|Zuschuss\w*|Zuschüsse\w*|subventions?|dons?)\b", re.IGNORECASE
)


def _granted_for_relief(sentence: Sentence, start: int, end: int, nearest: Span) -> bool:
    """True when the financial word nearest a sum is a grant (not a loan) and its clause puts
    the grant to relief, repairs or rebuilding after it ("a grant of $45 million for the repair
    of power substations"): what the gift pays for is its kind."""
    text = sentence.text
    if not _GRANT.match(text, nearest.start):
        return False
    lo, hi = _clause(text, start, end)
    if lexicon.LOAN_WORD.search(text, lo, hi):
        return False
    return any(
        k.label == "humanitarian_aid" and k.start >= end and k.end <= hi for k in sentence.keywords
    )


def _lent(text: str, start: int, end: int) -> bool:
    """True when the figure's clause names a loan before it ("lent Ukraine €400m to repair",
    "signed a loan of €50 million for"): what the loan pays for does not make it a gift."""
    lo, _ = _clause(text, start, end)
    return lexicon.LOAN_WORD.search(text, lo, start) is not None


_GNI_SUBJECTS = lexicon.AID_CATEGORIES | {"defense_spending", "aid"}
_AID_KINDS = lexicon.AID_CATEGORIES | {"aid"}


def _level_reached(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when one country reaches, has reached, will reach or has promised to reach a share
    in the current or a past year ("Madrid said it reached 2% last year", "will hit NATO's 2%
    this fiscal year", "a promis d'atteindre 2 % dès cette année", "erreicht in diesem Jahr das
    Nato-Ziel von 2 Prozent"): the level its spending has that year, also when named as NATO's
    target or worded as a pledge (the articles' README, "Settled cases"). Not a level for a year
    still to come ("will reach 2% next year", "by 2030"), nor NATO's target set beside a share of
    the country's own ("meets the 2% target this year, with a ratio of 2.01%"), nor one allies are
    counted against ("23 of 32 allies met the 2% guideline last year")."""
    text = sentence.text
    lo, hi = _clause(text, start, end, others)  # its own time, not the next figure's
    verb = _reaching_verb(text, lo, start, end, hi)
    if verb is None:
        return False
    named = (
        lexicon.TARGET_AFTER.match(text, end)
        or lexicon.TARGET_BEFORE.search(text, max(lo, start - 40), start)
        or lexicon.LEVEL_NOUN_BEFORE.search(text, max(lo, start - 130), start)
    )
    past = lexicon.REACHED.fullmatch(verb.group(0)) is not None
    close = verb.start() > end or start - verb.end() <= _VERB_CLOSE
    if not (past or named or close or lexicon.OF_GDP.match(text, end)):
        return False  # "hit by a recession, with GDP contracting by 0.1% last year"
    if _deadline_ahead(sentence, lo, hi):
        return False  # "agreed this year to reach 5% by 2035"
    if verb.start() < start:
        told = (max(lo, verb.start() - _TIME_BEFORE_VERB), hi)
    else:
        # in German the verb comes last and its time before it ("... zu erreichen, sechs Jahre
        # früher, als es die Verbündeten im vergangenen Jahr ..." is another's)
        told = (lo, verb.end())
    if not _reached_by_now(sentence, *told, past=past):
        return False
    if named and _benchmark_beside(text, start, end, others):
        return False
    return _one_country_reaching(sentence, min(verb.start(), start), start)


# How far before the level its verb may stand ("a atteint pour la première fois la cible de
# l'OTAN de 2 %"), and after it in German ("das Nato-Ziel von 2 Prozent der Wirtschaftsleistung
# erreichen").
_VERB_BEFORE = 90
_VERB_AFTER = re.compile(r"[^.;:,\d%]{0,60}?\berreich\w*", re.IGNORECASE)
# A verb right before its level governs it ("a promis d'atteindre les 2 % dès 2025").
_VERB_CLOSE = 12
# A time told just before the verb is the verb's: "Norway will this year reach the target".
_TIME_BEFORE_VERB = 25


def _reaching_verb(text: str, lo: int, start: int, end: int, hi: int) -> re.Match[str] | None:
    """The verb of reaching the level at [start, end), in its clause with no other figure
    between: before it ("reached", "will meet", "atteindra") or, in German, after it ("...
    2 Prozent erreichen")."""
    window = max(lo, start - _VERB_BEFORE)
    found = [
        m
        for pattern in (lexicon.REACHED, lexicon.REACHING)
        for m in pattern.finditer(text, window, start)
    ]
    if found:
        return max(found, key=lambda m: m.start())
    after = _VERB_AFTER.match(text, end, hi)
    if after is None:
        return None
    return lexicon.REACHING.search(text, end, after.end())


def _reached_by_now(sentence: Sentence, lo: int, hi: int, *, past: bool) -> bool:
    """True when [lo, hi) dates the reaching to the publication's year or one before ("this
    fiscal year", "last year", "dès 2025" in 2025, "au cours de l'exercice 2025-2026" in 2026),
    and to no year still to come. With no publication date, a relative time says so ("will
    reach 2% this year"), or a year told with a verb in the past tense ("Germany met NATO's 2
    percent target in 2024")."""
    if sentence.when is None:
        times = list(lexicon.RELATIVE_TIME.finditer(sentence.text, lo, hi))
        if times:
            return all(lexicon.relative_offset(t) <= 0 for t in times)
        return past and any(lo <= y.start < hi for y in sentence.years)
    dated = [int(y.label) for y in sentence.years if lo <= y.start < hi]
    return bool(dated) and max(dated) <= sentence.when


def _benchmark_beside(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when a share follows the level in its clause that is not the base it is compared
    with ("meets the NATO target of 2% this year, with a ratio of 2.01%"): the country's own
    figure, beside which the 2% is the alliance's benchmark (not "contre 1,37 % l'exercice
    précédent")."""
    _, hi = _clause(text, start, end)
    for o_start, o_end in others:
        if not end <= o_start < hi:
            continue
        if not lexicon.PERCENT_END.search(text, max(0, o_end - 12), o_end):
            continue
        if not lexicon.BASE_BEFORE.search(text, max(end, o_start - 40), o_start):
            return True
    return False


def _one_country_reaching(sentence: Sentence, before: int, start: int) -> bool:
    """True when the one reaching the level at `start`, named before the verb at `before`, is one
    country (or no one named: the story's), not the allies counted against it, before or after
    the verb ("22 of the 32 allies", "erreichten 23 Verbündete das Nato-Ziel")."""
    text = sentence.text
    if lexicon.MEMBERS.search(text, 0, start) or lexicon.ALLIES_COUNTED.search(text, 0, start):
        return False
    givers = [a for a in sentence.actors if not a.recipient and a.end <= before]
    givers = [a for a in givers if a.name not in lexicon.ALLIANCE]
    # (none named: the story's country, "the government", "la coalition « Arizona »")
    return not givers or givers[-1].name in lexicon.ECONOMIES


def _past_level(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when a share of GDP, or the base another share is compared with, is dated right
    after it to a year before the publication's ("Madrid reached 2% of GDP last year",
    "verglichen mit 0,7 Prozent im vergangenen Jahr", "contre 1,3 % l'an dernier"): a level a
    country had, not one to reach. Not a goal named as one ("the previous benchmark of 2% in
    2025"), nor a share of aid so dated."""
    text = sentence.text
    if sentence.when is None or lexicon.TARGET_BEFORE.search(text, max(0, start - 40), start):
        return False
    window = max(0, start - 40)
    compared = lexicon.BASE_BEFORE.search(text, window, start) or lexicon.FROM_LEVEL_BEFORE.search(
        text, window, start
    )
    based = compared is not None and any(o_end <= start for _, o_end in others)
    # "Slovenia, at 1.3% in 2024", "avec 1,3 % en 2024": where a country stood
    stood = _LEVEL_AT_BEFORE.search(text, max(0, start - 12), start) is not None
    if not based and not stood and not lexicon.OF_GDP.match(text, end):
        return False  # "GDP grew by 3.7% last year": no level of spending
    own = lexicon.OWN_YEAR_AFTER.match(text, end)
    # a base dated only as before the figure it is compared with: "to 2% by then, from around 1%
    # before the invasion", "nach 1 Prozent im Vorjahr"
    earlier = based and lexicon.EARLIER_TIME_AFTER.match(text, end) is not None
    if own is None and not earlier:
        return False
    if own is not None:
        years = [y for y in sentence.years if end <= y.start < own.end()]
        if not years or int(years[0].label) >= sentence.when:
            return False
    lo, hi = _clause(text, start, end)
    return not any(
        k.label in lexicon.AID_CATEGORIES or k.label == "aid"
        for k in sentence.keywords
        if lo <= k.start < hi
    )


def _dated_had(sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when a bare share is dated right after it to the publication's year or one before
    ("L'Italie affichait 1,49 % en 2024", "Spain was at 1.3% last year"): a level had, whatever
    target its sentence names elsewhere, or promised for that year (README, settled)."""
    text = sentence.text
    if sentence.when is None:
        return False
    _, hi = _clause(text, start, end, others)
    own = lexicon.OWN_YEAR_AFTER.match(text, end, hi)
    if own is None:
        return False
    year = own.group("year")
    return year is None or int(year) <= sentence.when


# A level a country stands at, told right before its share: "at 1.3%", "à 1,3 %", "avec 1,3 %",
# "mit 1,3 Prozent", "bei 1,3 Prozent".
_LEVEL_AT_BEFORE = re.compile(
    r"\b(?:at|à|avec|bei|mit)\s+(?:" + lexicon.ROUGHLY + r"\s+)?$", re.IGNORECASE
)


# A share named by a definite article is a level known to all, a goal ("at least the 2%", "die 2
# Prozent", "les 2 %"), not where one country stands.
_NAMED_LEVEL_BEFORE = re.compile(r"\b(?:the|die|den|les)\s+$", re.IGNORECASE)


def _present_level(sentence: Sentence, start: int, end: int) -> bool:
    """True when a share is told as where spending stands now ("Bis 2032 sollen die Ausgaben 1
    Prozent erreichen, heute sind es rund 0,7 Prozent", "currently at about 1.3%"): the level a
    country has, whatever goal its sentence sets. Not a goal or pledge told between ("now
    committed to reach 2%", "the current target of 2%"), nor a share of aid."""
    text = sentence.text
    lo, hi = _clause(text, start, end)
    present = lexicon.PRESENT_BEFORE.search(
        text, max(lo, start - 40), start
    ) or lexicon.STANDS_AT_BEFORE.search(text, max(lo, start - 50), start)
    if present is None:
        return False
    if lexicon.PLEDGING.search(text, present.start(), start) or lexicon.REACHING.search(
        text, present.start(), start
    ):
        return False
    if lexicon.TARGET_BEFORE.search(text, max(0, start - 40), start):
        return False
    if _NAMED_LEVEL_BEFORE.search(text, max(0, start - 6), start):
        return False  # "now report spending at least the 2% that the alliance set": the goal
    return not any(
        k.label in lexicon.AID_CATEGORIES or k.label == "aid"
        for k in sentence.keywords
        if lo <= k.start < hi
    )


def _pledged_share(text: str, start: int, end: int) -> bool:
    """A share of GDP promised or asked for year after year ("jedes Jahr 0,25 Prozent seines BIP
    ... bereitzustellen", "urged each ally to give 0.25% of its GDP"), not one given so far
    ("seit 2022 Militärhilfe im Umfang von 2,1 Prozent seines BIP zugesagt")."""
    lo, hi = _clause(text, start, end)
    if lexicon.SINCE.search(text, lo, hi):
        return False
    promised = lexicon.PLEDGING.search(text, lo, hi) or lexicon.ASKING.search(text, lo, start)
    return bool(
        promised and (lexicon.YEARLY.search(text, lo, hi) or lexicon.ASKING.search(text, lo, start))
    )


# Proposed or suggested: "as the Baltic states have proposed", "wie es ... vorgeschlagen haben".
_SUGGESTED = re.compile(
    r"\b(?:propos\w*|suggest\w*|vorgeschlagen|vorschlag\w*|Vorschlag\w*|préconis\w*)\b",
    re.IGNORECASE,
)


def _share_for_ukraine_urged(text: str, start: int, end: int) -> bool:
    """True when a share of GDP goes to Ukraine right after it and its clause pledges, asks or
    proposes it ("urged allies to give 0.25% of GDP to Ukraine every year")."""
    gdp = lexicon.OF_GDP.match(text, end)
    if gdp is None or lexicon.FOR_UKRAINE.match(text, gdp.end()) is None:
        return False
    lo, hi = _clause(text, start, end)
    return any(
        pattern.search(text, lo, hi) is not None
        for pattern in (lexicon.PLEDGING, lexicon.ASKING, _SUGGESTED)
    )


# How far after a share its deadline may stand ("2.5% of GDP by 2027").
_DEADLINE_WITHIN = 60


def _goal_or_spending(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> str:
    """A defence share: a goal (pledge_target) or what is spent (defense_spending).

    A goal is named as one ("the goal of 3.5%", "NATO's 2% target"), or pledged or asked for in
    its clause ("pledged to reach 5%", "ready to spend 5%"), or a part of such a goal ("5% ...,
    of which 3.5%"). Spending is spent ("spends 2.4%", "spending of 2.12%"), a change ("by 2-3%")
    or dated to a year that has come ("2.4% this year", "2.8% of GDP in 2026"). A level set for
    a date still to come right after it ("raising defence spending to 2.5% by 2027") is a goal
    unless it is forecast ("projected to grow to 2.3% by 2033").
    """
    text = sentence.text
    sibling = _sibling_share(text, start, others)
    if sibling is not None and lexicon.RANGE_BETWEEN.fullmatch(text, sibling[1], start):
        # The upper bound of a range ("by 2-3%", "between 5% and 6%") is read like the lower,
        # whose clause ends at this one ("entre 5 % et 6 % du PIB à partir de 2026": the year is
        # the range's start, not a year the lower bound's spending is dated to).
        rest = [o for o in others if o != sibling] + [(start, end)]
        return _goal_or_spending(sentence, *sibling, rest)
    if (
        lexicon.TARGET_BEFORE.search(text, max(0, start - 40), start)
        or lexicon.FLOOR_BEFORE.search(text, max(0, start - 20), start)
        or lexicon.TARGET_AFTER.match(text, end)
    ):
        return "pledge_target"
    if _ceiling(text, start):
        return "pledge_target"  # "allowing it to stop at roughly 2.1%": a level set, not had
    if _said_spent(text, start) and not _spend_by_deadline(sentence, start, end, others):
        return "defense_spending"
    if _spent_after(sentence, start, end, others):
        return "defense_spending"  # "hatte ... 2,1 Prozent ... für Verteidigung ausgegeben"
    _, hi = _clause(text, start, end, others)
    own = lexicon.OWN_YEAR_AFTER.match(text, end, hi)
    if own is not None and sentence.when is not None:
        year = own.group("year")
        # (not a level promised for next year: "Ministers have committed to spending 2.6% of GDP
        # on defence in 2027")
        ahead = year is not None and int(year) > sentence.when
        promised = ahead and _PROMISED.search(text, _clause(text, start, end)[0], start)
        if (year is None or int(year) <= sentence.when + 1) and not promised:
            return "defense_spending"  # "2.4% of GDP this year", "2.8% of GDP in 2026"
    if lexicon.CHANGE_BEFORE.search(text, max(0, start - 20), start):
        return "defense_spending"  # "raise defence spending by 2-3%": a change in spending
    if lexicon.FROM_LEVEL_BEFORE.search(text, max(0, start - 30), start) and not (
        lexicon.TARGET_WORD.search(text, max(0, start - 60), start)
    ):
        # "lift defence spending from about 1% of GDP to 2% by 2033": where spending stands,
        # the start of the change a goal sets (not "raise the target from 2% to 3.5%").
        return "defense_spending"
    wide_lo, wide_hi = _clause(text, start, end)
    targeted = any(
        k.label == "pledge_target"
        and wide_lo <= k.start < wide_hi
        and not _measured_against(text, end, k.start)
        for k in sentence.keywords
    )
    forecast = any(
        not _TO_AGREE.match(text, m.end()) for m in lexicon.PROJECTED.finditer(text, wide_lo, start)
    )
    if forecast and not targeted:
        # "Les dépenses devraient atteindre 1,76 %", "expects defence to absorb 4.9%": spending
        # expected, not a level set.
        return "defense_spending"
    if _level_this_year(sentence, start, end, others):
        return "defense_spending"  # "a promis d'atteindre 2 % du PIB dès cette année"
    if lexicon.PLEDGING.search(text, wide_lo, start):
        return "pledge_target"  # "aims for defence spending of 3% by 2029"
    if _deadline_then_level(sentence, start):
        # "die Armeeausgaben bis 2035 auf 1 Prozent ... zu erhöhen", "raise spending by 2030 to
        # 3%", "porter l'effort d'ici 2030 à 3 %": a level set for a date still to come.
        return "pledge_target"
    if lexicon.ASKING.search(text, wide_lo, start):
        return "pledge_target"  # "NATO asks allies to spend at least 2%"
    obliged = lexicon.OBLIGED.search(text, wide_lo, end) and not forecast
    if obliged and _deadline_ahead(sentence, wide_lo, wide_hi):
        # "Bis 2035 sollen die Verbündeten 5 Prozent ... ausgeben", "will ... bis 2032 auf 1,5
        # Prozent anheben" (not "will ... and is projected to grow to 2.3% by 2033")
        return "pledge_target"
    if _bound_owed(text, wide_lo, start) and not forecast:
        # "Davon müssen mindestens 3,5 Prozent auf die Kernverteidigung entfallen", "Bis zu 1,5
        # Prozent dürfen angerechnet werden", "devront consacrer au moins 3,5 %": a floor or
        # cap a rule sets, a goal even when its deadline stood in the sentence before.
        return "pledge_target"
    if lexicon.SPENDING_OF.search(text, max(0, start - 30), start):
        return "defense_spending"  # "will meet the target ..., with spending of 2.12%"
    if not forecast and _raise_owed(text, wide_lo, start, wide_hi):
        # "la France devait elle aussi porter son effort de défense à 3 %", "Europe must raise
        # defence spending to 3%": a level a country is told it must reach, a goal
        return "pledge_target"
    if targeted:
        return "pledge_target"
    if sibling is not None:
        # "5% of GDP by 2035, of which 3.5% for core defence": a part of the goal before it.
        return _goal_or_spending(sentence, *sibling, [o for o in others if o != sibling])
    set_ahead = _deadline_ahead(sentence, end, min(hi, end + _DEADLINE_WITHIN))
    ahead = (
        set_ahead
        or _from_year_ahead(sentence, end, hi)
        or _range_ahead(sentence, start, end, others)
    )
    if ahead and not forecast:
        # "a law raising defence spending to 2.5% of GDP by 2027", "consacrent 5 % de leur PIB à
        # la sécurité d'ici 2035": a level set for a date still to come (a forecast is not).
        return "pledge_target"
    return "defense_spending"


def _past_dated(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the share's own clause dates it to years before the publication's only
    ("Spanien, das 2024 lediglich 1,28 Prozent auswies"): a level had, not a goal."""
    if sentence.when is None:
        return False
    lo, hi = _clause(sentence.text, start, end, others)
    dated = [int(y.label) for y in sentence.years if lo <= y.start < hi]
    return bool(dated) and max(dated) < sentence.when


# A giver's wish for its own level, told before it: "wants", "would like", "aims for", "veut",
# "souhaite", "möchte", "strebt ... an", and German "will" with no verb right after it ("Litauen
# will ab 2026 ...", "will bei etwa 2 Prozent bleiben"), unlike the English future.
_WANTING = re.compile(
    r"\b(?:wants?|would\s+like|aim(?:s|ing)?|veu(?:t|lent)"
    r"|voulait|souhait\w*|ambitionn\w*|möchte\w*|wollen|strebt|anstreb\w*"
    r"|(?-i:will)\s+(?=(?:ab|bei|bis|auf|zwischen|künftig|mindestens|dauerhaft|jährlich)\b))",
    re.IGNORECASE,
)


def _wanted_share(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the share's own clause tells its giver's wish to reach it, with no other
    figure between ("he wants spending to reach 5% in 2027", "would like the country to reach
    5% within a few years", "wants to spend between 2.5 and 3% every year"): a level set, even
    for next year, unlike a budget's share for it. (Not the level a wish starts from: "aims to
    lift spending to 2% by then, from around 1%".)"""
    text = sentence.text
    if lexicon.FISCAL_RULE.search(text):
        return False  # "veut exempter du frein à l'endettement les dépenses supérieures à 1 %"
    if _dated_had(sentence, start, end, others):
        return False  # "aims to reach 2% this year": the level had that year (README, settled)
    sibling = _sibling_share(text, start, others)
    if sibling is not None and lexicon.RANGE_BETWEEN.fullmatch(text, sibling[1], start):
        start = sibling[0]  # the upper end of a range is wanted as its lower end is
    lo = _clause(text, start, end, others)[0]
    wishes = list(_WANTING.finditer(text, lo, start))
    return bool(wishes) and not any(c.isdigit() for c in text[wishes[-1].end() : start])


# A deadline right before the level it sets: "bis 2032 auf", "by 2030 to", "d'ici 2030 à".
_DEADLINE_THEN_LEVEL = re.compile(
    r"\b(?:by|bis|d['’]ici(?:\s+à)?)\s+(?:(?:fiscal|Ende|la\s+fin\s+de|the\s+end\s+of)\s+)?"
    r"(?P<year>20\d\d)\s+(?:auf|to|à)\s+(?:(?:rund|etwa|about|around|environ|some)\s+)?$",
    re.IGNORECASE,
)


def _deadline_then_level(sentence: Sentence, start: int) -> bool:
    """True when a deadline still to come stands right before the share, with the word that
    leads to the level it sets ("bis 2035 auf 1 Prozent", "by 2030 to 3%", "d'ici 2030 à 3 %")."""
    found = _DEADLINE_THEN_LEVEL.search(sentence.text, max(0, start - 50), start)
    return found is not None and sentence.when is not None and int(found["year"]) > sentence.when


# How close after a share the year it is dated to must stand (before it: anywhere in its clause).
_THIS_YEAR_AFTER = 40


# A promise, not a plan: "committed to spending", "has promised to exceed", "s'est engagé à".
_PROMISED = re.compile(
    r"\b(?:commit(?:s|ted)?|pledg\w*|promis\w*|vow\w*|versproch\w*|zugesagt|promet\w*"
    r"|s['’]engag\w*|engagée?s?)\b",
    re.IGNORECASE,
)


# An agreement expected, not spending forecast: "allies are expected to agree to spend 3.5%".
_TO_AGREE = re.compile(
    r"\s+(?:to\s+(?:agree|commit|pledge|endorse|sign|adopt|approve)|à\s+(?:s['’]engager|convenir"
    r"|adopter|approuver))\b",
    re.IGNORECASE,
)


# Spending told as to come: "allies will spend", "would spend", "agree to spend", "consacreront".
_WILL_SPEND_BEFORE = re.compile(
    r"\b(?:(?:will|would|shall|must|should|to)\s+(?:\w+\s+)?spend|consacrer(?:a|ont|aient|ait))"
    r"\s+(?:(?:about|around|roughly|only|just|some|nearly|almost|over|under|less|more|than"
    r"|at\s+least|au\s+moins|environ|près|de)\s+)*$",
    re.IGNORECASE,
)


# A floor or cap told right before a share: "at least 3.5%", "mindestens", "bis zu", "au moins".
_BOUND_BEFORE = re.compile(
    r"\b(?:at\s+least|no\s+(?:less|more)\s+than|a\s+(?:minimum|maximum)\s+of|up\s+to|mindestens"
    r"|wenigstens|höchstens|bis\s+zu|au\s+(?:moins|plus|minimum|maximum)|jusqu['’]à"
    # the part beside it: "a further 1.5% may go to", "Un autre 1,5 % pourra aller"
    r"|another|a\s+further|un\s+autre|weitere)\s+$",
    re.IGNORECASE,
)
# A duty or leave a rule gives (not a plan: "will", "werden"): "must", "müssen", "dürfen",
# "devront", "pourra".
_DUTY = re.compile(
    r"\b(?:must|shall|should|may|müssen|muss|sollen|soll|dürfen|darf|doivent|devront|devra|doit"
    r"|pourra|pourront|peut|peuvent)\b",
    re.IGNORECASE,
)


# A duty, not leave or a plan: "must", "has to", "should", "müssen", "sollte", "devait", "doit".
_MUST = re.compile(
    r"\b(?:must|ha(?:s|ve)\s+to|needs?\s+to|should|ought\s+to|müssen|muss|müsse|müssten?"
    r"|sollten?|doivent|devront|devra|doit|devait|devaient)\b",
    re.IGNORECASE,
)


# Verbs of raising a level that REACHING leaves out ("lift", "boost", "erhöhen", "relever"), or
# of spending it ("spend", "devote", "ausgeben", "consacrer"): a level owed.
_RAISE_TO = re.compile(
    r"\b(?:lift|boost|increase|bring|erhöhen|steigern|augmenter|relever|hisser|spend|devote"
    r"|ausgeben|aufwenden|dépenser|consacrer)\b",
    re.IGNORECASE,
)


# The end point of a rise ("to 2%", "towards 2%", "auf 2 Prozent", "à 3 %") and a verb of raising
# in a form not yet done: an English infinitive or future ("to lift", "would raise"), a German
# "zu erhöhen" after the level, a French infinitive ("porter ... à 3 %").
_RISE_END_BEFORE = re.compile(
    r"\b(?:to|towards?|auf|à)\s+(?:(?:about|around|roughly|rund|etwa|environ)\s+)?$",
    re.IGNORECASE,
)
_RISE_AHEAD_BEFORE = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:\w+\s+)?(?:lift|raise|increase|boost|bring|take)\b"
    r"|\b(?:porter|relever|augmenter|hisser)\b",
    re.IGNORECASE,
)
_RISE_AHEAD_AFTER = re.compile(
    r"\bzu\s+(?:erhöhen|steigern|anheben)\b|\banzuheben\b", re.IGNORECASE
)
# Defence spending named as what rises: "defence spending", "military budget", "effort de
# défense", "Verteidigungsausgaben".
_DEFENCE_BUDGET_NAMED = re.compile(
    r"\b(?:defen[cs]e|military)\s+(?:spending|budget|outlays?|expenditures?)"
    r"|\beffort\s+de\s+défense|\bdépenses\s+(?:militaires|de\s+défense)"
    r"|\b(?:Verteidigungs|Militär|Rüstungs)(?:ausgaben|etat|haushalt)|\bWehretat",
    re.IGNORECASE,
)
# Where the rise starts, right before another share: "from", "von", "de".
_RISE_START_BEFORE = re.compile(
    r"\b(?:from|von|de)\s+(?:" + lexicon.ROUGHLY + r"\s+)?$", re.IGNORECASE
)


def _planned_rise_to(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when a share is where a rise still to be made, and not forecast, ends ("plans to
    lift spending from 1.2% to 2%", "die Ausgaben auf 2 Prozent zu erhöhen")."""
    text = sentence.text
    if not _RISE_END_BEFORE.search(text, max(0, start - 20), start):
        return False
    lo, hi = _clause(text, start, end)
    if lexicon.PROJECTED.search(text, lo, start):
        return False
    # (only a rise from a level the sentence gives: "from 1.2% today to 2%")
    if not any(
        lo <= o_start < start and _RISE_START_BEFORE.search(text, max(0, o_start - 25), o_start)
        for o_start, _ in others
    ):
        return False
    # (what rises is defence spending, not a tax or aid: "to lift defence spending from")
    verb = _RISE_AHEAD_BEFORE.search(text, lo, start)
    if verb is not None:
        return _DEFENCE_BUDGET_NAMED.search(text, verb.end(), start) is not None
    return (
        _RISE_AHEAD_AFTER.search(text, end, hi) is not None
        and _DEFENCE_BUDGET_NAMED.search(text, lo, start) is not None
    )


def _raise_owed(text: str, lo: int, start: int, hi: int) -> bool:
    """True when a duty before a share and a verb of raising or reaching stand in its clause
    ("must lift defence spending to 3%", "doit porter son effort à 3 %", "müsse ... auf 2,5
    Prozent anheben")."""
    duty = _MUST.search(text, lo, start)
    if duty is None:
        return False
    found = lexicon.REACHING.search(text, duty.end(), hi) or _RAISE_TO.search(text, duty.end(), hi)
    return found is not None


# A sentence opening on the figure before ("That is", "Das sind", "C'est") and a share of change
# right after it ("43% below", "30 Prozent weniger", "40 % de moins").
_OPENS_ON_FIGURE_BEFORE = re.compile(
    r"^\W*(?:that|this|it)\s+(?:is|was|represents|means)\b|^\W*(?:das|dies)\s+(?:ist|sind|war"
    r"|waren|entspricht)\b|^\W*(?:c['’]est|cela\s+représente|ce\s+qui\s+représente)",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"\s+(?:below|above|less|more|lower|higher|down|up|weniger|mehr|niedriger|höher|unter|über"
    r"|de\s+(?:moins|plus)|inférieure?s?|supérieure?s?|en\s+(?:baisse|hausse))\b",
    re.IGNORECASE,
)


def _change_of_the_figure_before(text: str, end: int) -> bool:
    """True when a sentence opens on the figure before and tells by what share it differs
    ("That is 43% below the monthly average")."""
    return (
        _OPENS_ON_FIGURE_BEFORE.search(text) is not None
        and _CHANGE_AFTER.match(text, end) is not None
    )


def _bound_owed(text: str, lo: int, start: int) -> bool:
    """True when a share is a floor or cap that a duty or leave in its clause sets ("Allies must
    put at least 3.5% into core defence", "Bis zu 1,5 Prozent dürfen ... angerechnet werden")."""
    if not _BOUND_BEFORE.search(text, max(0, start - 20), start):
        return False
    return _DUTY.search(text, lo) is not None


def _duty_share(sentence: Sentence, start: int, end: int) -> bool:
    """True when a defence share is a floor, cap or further part a duty or leave in its clause
    sets, not a level forecast (the Hague split told as rules, after the goal's own sentence)."""
    lo, _ = _clause(sentence.text, start, end)
    forecast = lexicon.PROJECTED.search(sentence.text, lo, start) is not None
    return not forecast and _bound_owed(sentence.text, lo, start)


def _spent_after(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when a German spending verb closes the share's clause ("hatte im vergangenen Jahr 2,1
    Prozent seiner Wirtschaftsleistung für Verteidigung ausgegeben", "gibt derzeit 4 Prozent
    ... aus"): spent, as `_said_spent` before it. A closing "aus" counts only after "gibt" or
    "gab" (else it is another verb's particle)."""
    text = sentence.text
    _, hi = _clause(text, start, end, others)
    spent = lexicon.SPENT_AFTER.search(text[end:hi])
    if spent is None:
        return False
    particle = spent.group(0).rstrip().lower().endswith("aus")
    return not particle or _GIVES_BEFORE.search(text, max(0, start - 60), start) is not None


# The verb whose particle "aus" ends the clause: "gibt ... aus", "gab ... aus".
_GIVES_BEFORE = re.compile(r"\b(?:gibt|gab|geben|gaben)\b", re.IGNORECASE)


def _spend_by_deadline(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when spending is told as to come by a date still to come, before the next figure
    ("Under the deal, allies will spend 3.5% of gross domestic product on core defense — troops,
    weapons and ammunition — by 2035", "les alliés consacreront 5 % de leur PIB à leur sécurité
    d'ici à 2035"): a level set, not one spent."""
    text = sentence.text
    if not _WILL_SPEND_BEFORE.search(text, max(0, start - 40), start):
        return False
    stop = min([len(text), *(o_start for o_start, _ in others if o_start >= end)])
    return _deadline_ahead(sentence, end, stop)


def _level_this_year(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when a share, promised or called the target, is dated to the publication's year
    ("Canada will reach 2% of GDP on defence this fiscal year", "a promis d'atteindre 2 % du PIB
    dès cette année", "consacrera cette année 2,07 %"): the level spending has this year, not a
    goal (README, settled: "will reach 2% this year" is defense_spending). Not when its clause
    also sets a date still to come ("agreed this year to reach 5% by 2035")."""
    if sentence.when is None:
        return False
    lo, hi = _clause(sentence.text, start, end, others)
    if _deadline_ahead(sentence, lo, hi):
        return False
    after = range(end, min(hi, end + _THIS_YEAR_AFTER))
    before = range(lo, start)
    return any(
        int(y.label) == sentence.when and (y.start in after or y.start in before)
        for y in sentence.years
    )


# A level set against a target named after it: "at about 3.1% of GDP, well above NATO's
# benchmark of 2%", "still below the new NATO target", "knapp über dem Ziel von 2 Prozent",
# "juste au-dessus de l'objectif".
_AGAINST_TARGET = re.compile(
    r"\b(?:above|below|short\s+of|beyond|über|unter(?:halb)?|oberhalb|au[\s-]dessus|en[\s-]dessous"
    r"|en\s+deçà)\b",
    re.IGNORECASE,
)


def _measured_against(text: str, end: int, keyword: int) -> bool:
    """True when the target named after a share is what the share is measured against (a
    level above or below it), not the share's own goal."""
    return keyword >= end and _AGAINST_TARGET.search(text, end, keyword) is not None


def _alliance_target(sentence: Sentence, start: int, category: str, unit: str) -> bool:
    """A defence target its sentence gives to no one named, called "the target" or held by
    the members ("Das alte Ziel von 2 Prozent", "la trajectoire vers l'objectif de 3,5 %",
    "members committed to spend 3.5%"), is the alliance's, not the story's country's; a country
    setting out to reach it ("the government wants to reach the 3.5% target") makes it its own."""
    if category != "pledge_target" or unit != "percent" or sentence.names_ukraine:
        return False
    text = sentence.text
    if lexicon.HOME.search(text) or lexicon.REACHING.search(text, 0, start):
        return False
    return (
        lexicon.TARGET_BEFORE.search(text, max(0, start - 40), start) is not None
        or lexicon.LEADERS_BOUND.search(text, 0, start) is not None
        or lexicon.MEMBERS.search(text, 0, start) is not None
    )


def _alliance_level(
    sentence: Sentence, start: int, end: int, unit: str, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the level at [start, end) is named as the alliance's target ("leaders signed
    off on a target of 5%", "knapp über dem Ziel von 2 Prozent" after NATO's count, "NATO's
    long-standing two per cent benchmark"), or is a part of one ("..., including 3.5% on core
    defence"): the allies' level, whichever member the sentence is about (the articles' README,
    "Settled cases"). Not a level one country holds as its own ("Sweden's target of 3.5%"), nor
    one it sets itself a date of its own for ("NATO's 2% target this fiscal year", "by 2030")."""
    if unit != "percent":
        return False
    text = sentence.text
    sibling = _sibling_share(text, start, others)
    if sibling is not None and lexicon.PART_BEFORE.search(text, sibling[1], start):
        return _alliance_level(sentence, sibling[0], sibling[1], unit, others)
    lo = max([o_end for _, o_end in others if o_end <= start], default=0)
    before = text[max(lo, start - 130) : start]
    named = lexicon.LEVEL_NOUN_BEFORE.search(before)
    after = lexicon.LEVEL_NOUN_AFTER.match(text, end)
    agreed = lexicon.AGREED_BEFORE.search(before)
    if named is None and after is None and agreed is None:
        return False
    if lexicon.ALLIANCE_WORD.search(text) is None:
        return False
    noun_at = max(lo, start - 130) + named.start() if named else start
    if lexicon.OWN_LEVEL_BEFORE.search(text, max(0, noun_at - 40), end + 40 if after else start):
        return False
    _, hi = _clause(text, start, end, others)
    own_date = any(end <= y.start < hi and y.label != "2035" for y in sentence.years)
    # (a time of its own also with no publication date to count from: "this year")
    return not (own_date or lexicon.RELATIVE_TIME.search(text, end, hi))


def _g7_loans_whole(
    sentence: Sentence, start: int, end: int, unit: str, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the sum at [start, end) is the whole of the G7's loans, told right after the G7
    ("the G7's US$50 billion ERA loans", "an den G7-Krediten über 45 Milliarden Euro (rund 50
    Milliarden Dollar)", "the G7's ... Loans for Ukraine, totaling approximately $50 billion"),
    not a member's share of them (the articles' README, "Settled cases": the G7's)."""
    text = sentence.text
    if unit == "percent" or not lexicon.G7_LOAN.search(text):
        return False
    if lexicon.G7_SHARE_AFTER.match(text, end) or lexicon.G7_SHARE_BEFORE.search(
        text, max(0, start - 90), start
    ):
        return False
    g7 = [a for a in sentence.actors if a.name == "G7" and a.end <= start]
    if not g7 or start - g7[-1].end > 90:
        return False
    if any(g7[-1].end <= a.start < start and not a.recipient for a in sentence.actors):
        return False  # another giver between: "the G7 ..., of which Canada lends $5 billion"
    between = [o for o in others if g7[-1].end <= o[0] and o[1] <= start]
    # (a conversion in brackets right after the whole is the whole: "(rund 50 Milliarden Dollar)")
    if between and not (
        len(between) == 1 and lexicon.BRACKET_BEFORE.search(text, between[0][1], start) is not None
    ):
        return False
    if lexicon.SHARE_WORD.search(text, 0, start) is None:
        return True
    # A share named before: only the sum told as the loans' own size is the whole ("Canada's
    # contribution to the G7's US$50 billion loans"; not "its share of the G7's loans, worth").
    told = between[0][0] if between else start
    return lexicon.G7_SIZE_BETWEEN.fullmatch(text, g7[-1].end, told) is not None


def _allies_at_ramstein(sentence: Sentence, following: Sentence | None) -> bool:
    """True when the sentence names its givers only as "allies" (not NATO) and it, or the one
    after, tells of a meeting of the Ukraine Defense Contact Group."""
    allies = [a for a in sentence.actors if a.name == "NATO allies"]
    if not allies or any(
        lexicon.ALLIANCE_WORD.fullmatch(sentence.text, a.start, a.end) is None
        or sentence.text[a.start : a.end].lower().startswith(("nato", "otan"))
        for a in allies
    ):
        return False
    for told in (sentence, following):
        if told is None:
            continue
        for m in lexicon.COALITION_MENTION.finditer(told.text):
            if lexicon.COALITION_NAMES[m.lastgroup or ""] == "Ramstein group":
                return True
    return False


def _sizes_instrument(text: str, start: int, end: int) -> bool:
    """The sum is the size of a standing instrument, told as its attribute ("the €50 billion
    Ukraine Facility", "a $15.6 billion lending programme", "le fonds ..., doté de 300 M€"), or a
    member's share of the G7 loans."""
    if lexicon.INSTRUMENT_AFTER.match(text, end):
        return True
    if lexicon.G7_LOAN.search(text) and (
        lexicon.G7_SHARE_AFTER.match(text, end)
        or lexicon.G7_SHARE_BEFORE.search(text, max(0, start - 90), start)
    ):
        return True
    return lexicon.ENDOWED_BEFORE.search(text, max(0, start - 60), start) is not None


def _deadline_ahead(sentence: Sentence, lo: int, hi: int) -> bool:
    """The clause sets a date still to come: "by 2035", "bis 2035", "d'ici 2032"."""
    if sentence.when is None:
        return False
    return any(
        int(m.group("year")) > sentence.when
        for m in lexicon.DEADLINE_YEAR.finditer(sentence.text, lo, hi)
    )


def _from_year_ahead(sentence: Sentence, end: int, hi: int) -> bool:
    """The share holds from a year still to come, told right after it ("raise defence spending to
    2.5% of GDP from April 2027"): a level set from then on."""
    found = lexicon.FROM_YEAR_AFTER.match(sentence.text, end, hi)
    return found is not None and sentence.when is not None and int(found["year"]) > sentence.when


def _range_ahead(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """The lower end of a range of shares set for years still to come, the years told after its
    upper end or, in German, before the range ("between 5% and 6% of GDP from 2026 to 2030",
    "zwischen 3 und 3,5 Prozent ab 2027", "entre 2 et 2,5 % d'ici 2030", "5-6% over 2026-2030"):
    a level set, both ends (README, settled: a range of levels over a period, or from a year
    onward, is two pledge_targets). The period still runs or is to come at publication ("has
    stayed between 1% and 1.5% from 2014 to 2019" is over); in an undated text any period or
    deadline will do. Spending and forecasts are read before this ("spent between 4% and 4.2%")."""
    return _range_time(sentence, start, end, others) is not None


def _range_time(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> str | None:
    """How the range whose lower end is at [start, end) is set ahead (`_range_ahead`): "period"
    for years over which or from which it holds, "deadline" for a year by which it is reached,
    None when it is not set ahead."""
    text = sentence.text
    upper = min((o for o in others if o[0] >= end), default=None)
    if upper is None or not lexicon.RANGE_BETWEEN.fullmatch(text, end, upper[0]):
        return None
    rest = [o for o in others if o != upper]
    hi = min(_clause(text, *upper, rest)[1], upper[1] + _DEADLINE_WITHIN)
    years = lexicon.RANGE_YEARS_AFTER.match(text, upper[1], hi)
    if years is None:
        # German sets the time first: "ab 2027 dauerhaft zwischen 3 und 3,5 Prozent"
        lo = _clause(text, start, end, rest)[0]
        years = lexicon.RANGE_YEARS_AFTER.search(text, lo, start)
    if years is None:
        deadline = lexicon.DEADLINE_YEAR.search(text, upper[1], hi)
        if deadline is None:
            return None
        passed = sentence.when is not None and int(deadline["year"]) <= sentence.when
        return None if passed else "deadline"
    running = sentence.when is None or int(years["last"] or years["onward"]) >= sentence.when
    return "period" if running else None


def _range_over_years(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True for either end of a range of shares set over a period or from a year onward
    ("between 5% and 6% of GDP from 2026"): no one year (README, settled), unlike a range
    with a deadline, which is that year's goal."""
    if _range_time(sentence, start, end, others) == "period":
        return True
    lower = max((o for o in others if o[1] <= start), default=None)
    if lower is None or not lexicon.RANGE_BETWEEN.fullmatch(sentence.text, lower[1], start):
        return False
    rest = [o for o in others if o != lower] + [(start, end)]
    return _range_time(sentence, *lower, rest) == "period"


def _sibling_share(
    text: str, start: int, others: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The percentage this one is a part or continuation of: "5% ..., dont 3,5 %", "3.5% ...,
    and a further 1.5%"."""
    before = [o for o in others if o[1] <= start and start - o[1] <= 120]
    if not before:
        return None
    sibling = before[-1]
    between = text[sibling[1] : start]
    if lexicon.RANGE_BETWEEN.fullmatch(between):
        return sibling
    if not lexicon.PERCENT_END.search(text, max(0, sibling[1] - 12), sibling[1]):
        return None
    if "." in between.replace(",", "") and not re.search(r"\d\.\d", between):
        return None
    if lexicon.PART_BEFORE.search(between):
        return sibling
    # The next item of a list of parts: "5 % ..., dont 3,5 % aux dépenses militaires et 1,5 % aux
    # infrastructures" (the first part is the one the whole names, the second joins it).
    joined = lexicon.AND_WORD.search(between) is not None and ";" not in between
    if joined and _sibling_share(text, sibling[0], others) is not None:
        return sibling
    return None


def _fiscal_threshold(text: str, start: int, end: int, unit: str) -> bool:
    """True when the percentage at `start` is a fiscal rule's threshold ("exempts defence
    spending above 1% of GDP" from the debt brake): the rule's, no one's spending or goal."""
    if unit != "percent":
        return False
    if _deficit_limit(text, start, end):
        return True
    if lexicon.FISCAL_RULE.search(text) is None:
        return False
    if lexicon.THRESHOLD_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    if lexicon.EXCEEDING_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    gdp = lexicon.OF_GDP.match(text, end)
    return gdp is not None and lexicon.THRESHOLD_AFTER.match(text, gdp.end()) is not None


def _deficit_limit(text: str, start: int, end: int) -> bool:
    """True when the percentage at [start, end) is the deficit limit a sentence on deficits names
    ("just inside the European Union's 3% limit", "le seuil de 3 % étant dépassé")."""
    told = lexicon.DEFICIT_NAMED.search(text, max(0, start - 80), end + 40)
    if told is None:
        return False
    # (not a debt limit told after the deficit: "public debt is approaching the ceiling of 60%")
    if lexicon.DEBT_NAMED.search(text, told.end(), start) is not None:
        return False
    if lexicon.DEFICIT_LIMIT_AFTER.match(text, end) is not None:
        return True
    return lexicon.DEFICIT_LIMIT_BEFORE.search(text, max(0, start - 30), start) is not None


def _distracted(
    sentence: Sentence,
    start: int,
    end: int,
    others: Sequence[tuple[int, int]],
    *,
    costs: bool = False,
) -> bool:
    """True when an economic subject (inflation, deficit, shares, needs) is nearer the figure than
    any kind of aid or defence: the figure measures that subject. With `costs`, the subjects are
    what the war destroyed and rebuilding will cost."""
    lo, hi = _clause(sentence.text, start, end)
    subjects = sentence.war_costs if costs else sentence.distractors
    near = [d for d in subjects if lo <= d.start and d.end <= hi]
    if lexicon.FOR_UKRAINE.match(sentence.text, end):
        # "l'enveloppe d'un milliard d'euros pour l'Ukraine malgré un plan d'économies": a sum
        # told as going to Ukraine is not the economic subject named after it
        near = [d for d in near if d.start < end]
    gdp = lexicon.OF_GDP.match(sentence.text, end)
    if gdp is not None:
        # "5% of economic output" measures against the economy; it is not about it.
        near = [d for d in near if not end <= d.start < gdp.end()]
        # and a whole state's spending after it is another figure's: "soit 6,3 % du PIB, sur des
        # dépenses fédérales totales de 42 billions de roubles"
        text = sentence.text
        near = [d for d in near if d.start < end or not lexicon.WHOLE_SPENDING.match(text, d.start)]
    if not near:
        return False
    nearest = _nearest(near, start, end, len(sentence.text))
    assert nearest is not None
    distance = _distance(nearest.start, nearest.end, start, end)
    cues = [k for k in sentence.keywords if k.label not in ("pledge_target", "development")]
    return not any(_distance(k.start, k.end, start, end) < distance for k in cues)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence the figure at [start, end) stands in."""
    return _clause(text, start, end)


def _clause(
    text: str, start: int, end: int, others: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The stretch of the sentence that belongs to the figure: from the figure before it to the
    figure after it (of `others`), cut at clause breaks."""
    return _clause_of(text, start, end, tuple(others))


# The rules ask for a figure's clause seven times on average, with the same arguments: found once.
@functools.lru_cache(maxsize=4096)
def _clause_of(
    text: str, start: int, end: int, others: tuple[tuple[int, int], ...]
) -> tuple[int, int]:
    lo = max([o_end for _, o_end in others if o_end <= start], default=0)
    hi = min([o_start for o_start, _ in others if o_start >= end], default=len(text))
    for brk in lexicon.CLAUSE_BREAK.finditer(text, lo, hi):
        if brk.end() <= start:
            lo = brk.end()
        elif brk.start() >= end:
            hi = brk.start()
            break
    return lo, hi


def _range_of_gdp(text: str, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """The lower end of a range of shares of GDP, the GDP named after the upper end only:
    "between 5% and 6% of GDP", "zwischen 3 und 3,5 Prozent des BIP"."""
    upper = min((o for o in others if o[0] >= end), default=None)
    return (
        upper is not None
        and lexicon.RANGE_BETWEEN.fullmatch(text, end, upper[0]) is not None
        and lexicon.OF_GDP.match(text, upper[1]) is not None
    )


def _shares_gdp(text: str, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """A bare percentage continuing a sibling's share of GDP: "5% of GDP, with 3.5% on core
    defence", "Denmark has given 2% of its GDP, while France has given less than 0.2%"."""
    if not lexicon.SHARE_CONTINUES.match(text, end):
        return False
    return any(
        lexicon.PERCENT_END.search(text, max(0, other_end - 12), other_end)
        for _, other_end in others
        if lexicon.OF_GDP.match(text, other_end)
    )


def _own(text: str, keyword: Span, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """False when the keyword describes a part named after "including" another figure."""
    for other_start, other_end in others:
        if end <= other_start and other_end <= keyword.start:
            between = (end, other_start)  # figure, "including" other figure, keyword
        elif keyword.end <= other_start and other_end <= start:
            between = (keyword.end, other_start)  # keyword, "including" other figure, figure
        else:
            continue
        if lexicon.INCLUDING.search(text, *between):
            return False
    return True


def _group_meant(sentence: Sentence, start: int) -> bool:
    """True when "the coalition" or "the group" named before the figure is what its giver refers
    to; not named only after it, nor inside an aside about a member ("Les Pays-Bas ont promis 700
    millions d'euros ..., et l'Australie, qui participe à la coalition depuis le début, 100
    millions": each sum is its own country's)."""
    text = sentence.text
    for reference in lexicon.GROUP_REFERENCE.finditer(text, 0, start):
        opening = None
        for match in lexicon.ASIDE_OPEN.finditer(text, 0, reference.start()):
            opening = match
        if opening is None or "," in text[opening.end() : reference.start()]:
            return True
    return False


def donor_of(
    sentence: Sentence,
    start: int,
    end: int,
    category: str,
    others: Sequence[tuple[int, int]] = (),
    *,
    after: bool = True,
) -> str | None:
    """The figure's giver in its sentence; `after` allows the weakest guess, the first giver
    named after the figure with no "by"/"from" tying it to the figure."""
    givers = [a for a in sentence.actors if not a.recipient]
    if category not in ("defense_spending", "other"):
        givers = [a for a in givers if a.name not in lexicon.ADVERSARIES]
    if category == "defense_spending":
        # Ukraine spends on its own defence too, unless named as the one aid goes to ("how much
        # of the money should go to Ukraine", "Teile der Ukraine-Hilfe").
        givers += [a for a in sentence.actors if a.recipient and not receiving(sentence.text, a)]
        givers.sort(key=lambda a: a.start)
        # Nor is a country named as a side of a war ("vor Beginn des russischen Angriffskriegs
        # gegen die Ukraine hatte das Volumen bei 20 Milliarden Euro gelegen", "before Russia's
        # invasion of Ukraine, it spent 2.2%").
        givers = [a for a in givers if not _war_waged_on(sentence.text, a)]
        if any(a.name not in lexicon.ALLIANCE for a in givers):
            # The alliance spends nothing itself: "Sweden, NATO's 32nd member, ... 2.4%".
            givers = [a for a in givers if a.name not in lexicon.ALLIANCE]
        # Nor is it the giver when named as the set a member's spending is ranked or measured
        # in ("4.81% of GDP, ... the highest ratio among NATO Allies", "la cible de l'OTAN de 2
        # %, contre 1,37 %"): the story's country is.
        givers = [a for a in givers if not alliance_as_set(sentence.text, a)]
        # Nor when named as the owner of the target a member's level reaches ("will reach
        # NATO's 2% target this year", "das Nato-Ziel von 2 Prozent", "la norme OTAN de 2 %").
        givers = [a for a in givers if not _owns_target(sentence.text, a, start, end)]
    own_share = lexicon.OWN_SHARE.search(sentence.text, 0, start) is not None
    if (len({a.name for a in givers}) > 1 or own_share) and lexicon.SHARE_OF.search(sentence.text):
        # "Its share of the G7's ERA loans", "au titre des prêts du G7", "G7-Kredit": a scheme
        # the other giver pays into, not the giver (named, or the one the context has made
        # current: "it signed over its share of the G7's loans, worth ¥471.9 billion").
        schemes = [a for a in givers if a.name == "G7" and _scheme(sentence.text, a)]
        givers = [a for a in givers if a not in schemes]
    if category == "pledge_target":
        # "Germany met NATO's 2% target": the target is NATO's, the one meeting it Germany's.
        owners = [a for a in givers if a.name == "NATO" and _possessive(sentence.text, a.end)]
        if any(lexicon.TARGET_OF.fullmatch(sentence.text, a.end, start) for a in owners):
            return "NATO allies"  # "reached NATO's 2% target", "NATO's target of 2%"
        if lexicon.AGREED_BY_ALLIES_AFTER.match(sentence.text, end):
            return "NATO allies"  # "short of the 2 per cent that allies agreed in Vilnius"
        alliance = lexicon.ALLIANCE_GOAL_BEFORE.search(sentence.text, max(0, start - 60), start)
        lo, _ = _clause(sentence.text, start, end)
        reached = lexicon.REACHING.search(sentence.text, lo, start) is not None
        own = reached and lexicon.OWN_DEADLINE_AFTER.match(sentence.text, end)
        if alliance and not own:
            # "the alliance's new goal of 3.5% ... by 2035"; but "the government would reach the
            # alliance's core target of 3.5% by 2035" is the member's own commitment.
            return "NATO allies"  # "a new alliance goal of 3.5%", "das Nato-Ziel von 2 Prozent"
        if len(owners) < len(givers):
            givers = [a for a in givers if a not in owners]
        if any(a.name != "NATO" for a in givers) and not any(
            lexicon.TARGET_OF.fullmatch(sentence.text, a.end, start) for a in owners
        ):
            # "la Belgique ..., l'un des taux les plus faibles de l'OTAN, ... l'objectif de 2 %":
            # a member's own goal; NATO is where it is measured. But "l'objectif de 2 % fixé par
            # l'Alliance" is the alliance's, whoever else the sentence names.
            givers = [
                a for a in givers if a.name != "NATO" or (a.agent and 0 <= a.start - end <= 30)
            ]
    relative = _relative_giver(sentence.text, givers, end)
    if relative is not None:
        return relative
    compared = lexicon.COMPARED_WITH.search(sentence.text) is not None
    for actor in givers:
        if compared and lexicon.FOR_GIVER.fullmatch(sentence.text, end, actor.start):
            # "compared with EUR 2.7 billion for Italy", "verglichen mit 2,1 Prozent in
            # Frankreich": each figure of a comparison with the giver named right after it.
            return actor.name
        if actor.start < end or not (actor.agent or actor.genitive):
            continue
        if actor.agent and lexicon.CLAUSE_BREAK.search(sentence.text, end, actor.start):
            continue  # "Europe allocated €61 billion, ..., while allocations from Washington"
        if actor.genitive and not actor.agent and actor.start - end > lexicon.GENITIVE_REACH:
            continue
        if _tells_of_other(sentence.text, actor, end):
            continue
        # "€132bn, compared with €114bn from the United States": the giver of the nearer figure.
        if any(
            end <= other_start
            and other_end <= actor.start
            and not lexicon.CONVERSION_BETWEEN.fullmatch(sentence.text, end, other_start)
            for other_start, other_end in others
        ):
            continue
        return actor.name
    before = [a for a in givers if a.end <= start]
    # The alliance gives nothing of its own: named as a channel, a ranking or beside a member
    # before the figure ("dans le cadre du mécanisme PURL de l'OTAN, 400 millions $ pour des
    # drones"), it leaves the figure to the context's giver.
    before = [
        a for a in before if a.name not in lexicon.ALLIANCE or not _beside(sentence.text, a, start)
    ]
    channels = before and all(_channel(sentence.text, a, start) for a in before)
    if channels and not after and category != "other":
        # "Its contribution to the European Peace Facility amounts to €390 million": the EU named
        # only as what a giver pays into leaves the figure to the giver the story has made
        # current; with none, the nearest name still ("Through the EU, €5 billion went").
        return None
    if before:
        return _subject_before(sentence.text, before, start).name
    following = [a for a in givers if a.start >= end]
    if following and not after and _fronted_with(sentence.text, start, end, following[0]):
        return following[0].name
    return following[0].name if following and after else None


def _fronted_with(text: str, start: int, end: int, actor: Actor) -> bool:
    """True for a figure opening the sentence in a "with" phrase whose subject, the giver, comes
    next ("With 1.4% of GDP in 2016, Italy remains below the line"): the story's giver of the
    sentence before does not outweigh the subject of this one."""
    if not lexicon.FRONTED_WITH.fullmatch(text, 0, start):
        return False
    return len(text[end : actor.start]) <= 80 and not lexicon.CLAUSE_BREAK.search(
        text, end, actor.start
    )


def _war_waged_on(text: str, actor: Actor) -> bool:
    """True for a country named as a side of a war: right after it ("the war against Ukraine")
    or as its owner ("Russia's invasion")."""
    before = lexicon.WAR_ON_BEFORE.search(text, max(0, actor.start - 40), actor.start)
    return before is not None or lexicon.WAR_OF_AFTER.match(text, actor.end) is not None


def alliance_as_set(text: str, actor: Actor) -> bool:
    """True for the alliance named after "among", "in", "de": the set a share is measured in."""
    if actor.name not in lexicon.ALLIANCE:
        return False
    return (
        lexicon.ALLIANCE_AS_SET_BEFORE.search(text, max(0, actor.start - 20), actor.start)
        is not None
    )


# How far before a share the alliance owning its target may be named ("NATO's long-standing
# two per cent benchmark").
_OWNER_WITHIN = 40


def _owns_target(text: str, actor: Actor, start: int, end: int) -> bool:
    """True for the alliance named just before a share named as its target ("NATO's 2% target",
    "das Nato-Ziel von 2 Prozent", "la norme OTAN de 2 %")."""
    if actor.name not in lexicon.ALLIANCE or not 0 <= start - actor.end <= _OWNER_WITHIN:
        return False
    named = lexicon.TARGET_BEFORE.search(text, max(0, start - _OWNER_WITHIN), start)
    return named is not None or lexicon.TARGET_AFTER.match(text, end) is not None


def _subject_before(text: str, before: list[Actor], start: int) -> Actor:
    """Of the givers named before the figure, the nearest that can stand as its subject: not a
    channel, a class it is ranked in, or a name inside an aside about another name. When every
    one is such, the nearest still."""
    for actor in reversed(before):
        if not _beside(text, actor, start):
            return actor
    return before[-1]


def _beside(text: str, actor: Actor, start: int) -> bool:
    """True when the name before the figure stands beside its subject, not as it."""
    if lexicon.CHANNEL_MARKER.search(text, max(0, actor.start - 60), actor.start):
        return True  # "Tokyo extended $600 million through the World Bank and $200 million"
    if lexicon.RANKING_AFTER.match(text, actor.end):
        return True
    if actor.name in lexicon.ALLIANCE and lexicon.MEMBER_NOUN_AFTER.match(text, actor.end):
        return True  # "Sweden, NATO's newest member, ...": the member is the subject
    return _in_aside(text, actor, start)


def _channel(text: str, actor: Actor, start: int) -> bool:
    """True for a name told as what the money goes through or is paid into; not the owner of
    the figure's scheme ("under the G7's $50 billion scheme")."""
    if _possessive(text, actor.end) and start - actor.end <= 4:
        return False
    return lexicon.CHANNEL_BEFORE.search(text, max(0, actor.start - 60), actor.start) is not None


# A dash setting off an aside: " - ", " – ", " — " (not a hyphen inside a word).
_ASIDE_DASH = re.compile(r"\s[-–—]\s|—")


def _in_aside(text: str, actor: Actor, start: int) -> bool:
    """ "Sweden, which is still waiting for Turkey and Hungary ..., pointed to its package worth
    SEK 3.4 billion": a name inside an aside that a comma closes before the figure; or one that
    dashes open and close before it ("European countries - the EU institutions, the United
    Kingdom, Norway and Switzerland - account for €132 billion": the subject's parts)."""
    if len(_ASIDE_DASH.findall(text, 0, actor.start)) % 2 == 1 and _ASIDE_DASH.search(
        text, actor.end, start
    ):
        return True
    opening = None
    for match in lexicon.ASIDE_OPEN.finditer(text, 0, actor.start):
        opening = match
    if opening is None or "," in text[opening.end() : actor.start]:
        return False
    return "," in text[actor.end : start]


def _tells_of_other(text: str, actor: Actor, end: int) -> bool:
    """A name after the figure that gives something else: "Denmark (€0.5 billion), whose model
    has been copied by Sweden", "the jets it has received from European allies", "contribue 5
    milliards de dollars à l'initiative du G7", "versera 200 millions $ US dans le mécanisme de
    l'OTAN"."""
    between = text[end : actor.start]
    if actor.agent and lexicon.OTHER_AGENT_BETWEEN.search(between):
        return True
    if not actor.genitive or actor.agent:
        return False
    return bool(
        lexicon.RECIPIENT_BETWEEN.search(between) or lexicon.CHANNEL_BETWEEN.search(between)
    )


def _relative_giver(text: str, givers: list[Actor], end: int) -> str | None:
    """The giver a relative clause right after the figure names as its subject: "the €28 billion
    in military aid that Germany alone has provided" is Germany's, whoever the sentence named
    before."""
    after = [a for a in givers if a.start >= end]
    if not after:
        return None
    actor = after[0]
    if lexicon.RELATIVE_BEFORE.fullmatch(text, end, actor.start) and (
        lexicon.RELATIVE_VERB_AFTER.match(text, actor.end)
    ):
        return actor.name
    return None


def receiving(text: str, actor: Actor) -> bool:
    """True when `actor` is Ukraine named as where the money goes ("aid to Ukraine")."""
    if not lexicon.UKRAINE_NAMED.match(text, actor.start):
        return False  # a parliament a budget is sent to ("to the Verkhovna Rada") still spends
    before = text[max(0, actor.start - 12) : actor.start]
    return bool(
        lexicon.RECEIVING_BEFORE.search(before) or lexicon.RECEIVING_AFTER.match(text, actor.end)
    )


def _scheme(text: str, actor: Actor) -> bool:
    before = text[max(0, actor.start - 16) : actor.start]
    return bool(lexicon.SCHEME_AFTER.match(text, actor.end) or lexicon.SCHEME_BEFORE.search(before))


def _possessive(text: str, end: int) -> bool:
    return text.startswith(("'s", "’s"), end)


# The group that pays for the American arms a collective giver is said to buy for Ukraine.
_US_ARMS_BUYERS = {
    "NATO allies": "NATO European members and Canada",
    "European countries": "NATO European members",
}


def _us_arms_buyers(sentence: Sentence, donor: str) -> str:
    """Who pays for the American arms bought for Ukraine: the Europeans the sentence names as
    buyers ("Les Européens achètent ... par le mécanisme PURL de l'OTAN": not the alliance, the
    channel), else the allies that pay, Europe's and Canada."""
    givers = {a.name for a in sentence.actors if not a.recipient}
    if "European countries" in givers and "Canada" not in givers:
        return _US_ARMS_BUYERS["European countries"]
    if donor == "United States" and "NATO allies" in givers:
        donor = "NATO allies"  # "the allies paid for U.S. equipment": the seller gives nothing
    # (the alliance alone is the channel: the giver is left to the story, "Luxembourg versera
    # 5 millions d'euros au mécanisme PURL de l'OTAN")
    return _US_ARMS_BUYERS.get(donor, donor)


def _canonical_giver(name: str | None, category: str) -> str | None:
    """An alliance's targets and pledges are its members': "NATO agreed 5%" → NATO allies."""
    if name == "NATO" and category == "pledge_target":
        return "NATO allies"
    return name


# A recipient the figure itself is given to: named after it with "for"/"to" in its clause ("€60
# million this year on radars for Moldova's small army", "$26 billion for Israel", "fließen 40
# Millionen Euro in die moldauische Armee"), or right before it as the one it is given to ("der
# Republik Moldau 15 Millionen Euro zugesagt", "gave Moldova €40 million").
_GIVEN_TO_AFTER = re.compile(
    # past a conversion in brackets right after the sum: "€8 million (about MDL 158 million) in
    # humanitarian aid to Moldova"
    r"(?:\s*\([^()]{0,40}\))?"
    r"[^.;:!?,()\d€$£%]{0,60}?\b(?:to|for|an|für|à|aux|pour|zugunsten|in\s+die|in\s+den)\s+"
    r"(?:the\s+|die\s+|der\s+|den\s+|l['’]|la\s+|le\s+|les\s+|neighbou?ring\s+)?"
    # the French army before its adjective: "à l'armée libanaise", "aux forces armées moldaves"
    r"(?:(?:armée|forces\s+armées|forces)\s+)?"
    # a state's long name: "für die Republik Moldau", "to the Republic of Moldova"
    r"(?:(?:Republik|Republic\s+of|République\s+de)\s+)?",
    re.IGNORECASE,
)
_GIVEN_TO_BEFORE = re.compile(r"[ \u00a0]+")


def _given_to(sentence: Sentence, span: tuple[int, int]) -> str | None:
    """The recipient the figure at `span` is given to, when its sentence ties one to it."""
    start, end = span
    for actor in sentence.actors:
        if not actor.recipient:
            continue
        if actor.end <= start and _GIVEN_TO_BEFORE.fullmatch(sentence.text, actor.end, start):
            return actor.name
        if actor.start >= end:
            if _GIVEN_TO_AFTER.fullmatch(sentence.text, end, actor.start):
                return actor.name
            break  # only the first recipient after the figure
    return None


def recipient_of(
    sentence: Sentence, neighbours: list[Sentence], span: tuple[int, int] | None = None
) -> str | None:
    given = _given_to(sentence, span) if span is not None else None
    if given is not None:
        return given
    if sentence.names_ukraine:
        return "Ukraine"
    others = [a.name for a in sentence.actors if a.recipient]
    if others:
        return others[0]
    if any(n.names_ukraine for n in neighbours):
        return "Ukraine"
    return None


# A relative year told as the owner of the figure right after it: "this year's EUR 3.35 billion",
# "last year's record €2.1 billion", "next fiscal year's 2.4%".
_OWN_YEAR_BEFORE = re.compile(
    r"\b(?:this|last|next|current|previous)\s+(?:financial\s+|fiscal\s+)?year['’]s\s+"
    r"(?:(?:record|planned|estimated|projected|budgeted|total|" + lexicon.ROUGHLY + r")\s+)*$",
    re.IGNORECASE,
)


def year_of(
    sentence: Sentence,
    start: int,
    end: int,
    *,
    after_only: bool = False,
    others: Sequence[tuple[int, int]] = (),
    money: bool = False,
) -> int | None:
    # A year in another clause ("..., and it has pledged €3.5bn for 2025") is that clause's.
    text = sentence.text
    relative = lexicon.RELATIVE_TIME_AFTER.match(text, end)
    if relative:
        # "€86 billion this year": its own time, dated only by the publication date.
        if sentence.when is None:
            return None
        return sentence.when + lexicon.relative_offset(relative)
    own = _OWN_YEAR_BEFORE.search(text, max(0, start - 45), start)
    if own and sentence.when is not None:
        # "higher than this year's EUR 3.35 billion", "last year's €2.1 billion": the year
        # the figure is told as belonging to, though a comparison leads to it
        return sentence.when + lexicon.relative_offset(own)
    clause_start, clause_end = 0, len(text)
    for brk in lexicon.CLAUSE_BREAK.finditer(text):
        if brk.end() <= start:
            clause_start = brk.end()
        elif brk.start() >= end:
            clause_end = brk.start()
            break
    in_clause = [y for y in sentence.years if clause_start <= y.start and y.end <= clause_end]
    if after_only:
        in_clause = [y for y in in_clause if y.start >= end]
    if money:
        # A sum "until 2028", "bis 2027", "jusqu'en 2029" runs over the years to that one; for a
        # share the same words give a target's deadline ("bis 2035 auf 1 Prozent").
        in_clause = [
            y
            for y in in_clause
            if not lexicon.UNTIL_BEFORE.search(text, max(0, y.start - 20), y.start)
            and not lexicon.UNTIL.match(text, y.start)
        ]
    # A year stated right after a comparison base is the base's: "€500m, up from €300m in 2023".
    # (and so is one after a base before the figure: "12.9 trillion roubles this year, down
    # from 13.5 trillion last year but still 5.1% of GDP")
    bases = [
        other_end
        for other_start, other_end in others
        if lexicon.BASE_BEFORE.search(
            text, max(end if other_start >= end else 0, other_start - 40), other_start
        )
        # "to 5.5% of GDP from an estimated 6.3% this year" (not "to 22% from 20% next year",
        # when the change takes effect)
        or (
            other_start >= end
            and lexicon.FROM_BASE.fullmatch(text, end, other_start)
            and lexicon.BASE_TIME_AFTER.match(text, other_end)
        )
    ]
    in_clause = [
        y
        for y in in_clause
        if not any(
            0 <= y.start - base <= 30 and lexicon.TIME_LEAD.fullmatch(text, base, y.start)
            for base in bases
        )
    ]
    # A time that opens the next item of a list is that item's: "Im vergangenen Jahr lag die
    # Quote bei 4,1 Prozent, im Jahr 2015 noch bei 1,9 Prozent", "1% in 2025, after 4.3% the
    # year before".
    in_clause = [y for y in in_clause if not _opens_next_item(text, end, y, others)]
    if not money:
        now = _LEVEL_NOW_BEFORE.search(text, max(0, start - 40), start) is not None
        in_clause = [
            y for y in in_clause if not _later_levels_deadline(text, end, y, others, now=now)
        ]
    nearest = _nearest(in_clause, start, end, len(text))
    if (
        nearest is not None
        and int(nearest.label) != sentence.when
        and _month_in_own_part(text, start, end, nearest)
    ):
        # "erwartet für 2026 ein Wachstum von 1,2 Prozent, die Teuerung lag im Juli bei 0,2
        # Prozent": the month of its own part of the sentence dates it, not another part's year
        # (which, when it is the report's own, the month most likely shares)
        return None
    if (
        money
        and nearest is not None
        and sentence.when is not None
        and int(nearest.label) > sentence.when
        and years.base_of_change_in(text, (start, end), nearest.end, others)
    ):
        # "wird 2026 von 80 auf 60 Millionen Euro gekürzt": a coming year's budget changed from
        # the level of the year before it (not a change within the year: "im Haushaltsjahr 2025
        # erhöhen sich die Mittel von 4 auf 7 Milliarden Euro")
        return int(nearest.label) - 1
    if nearest is None and sentence.when is not None:
        later = _after_base(text, end, others, sentence.when)
        if later is not None:
            return later
        if _YEAR_TO_DATE.search(text, 0, start):
            return sentence.when  # "Seit Jahresbeginn ... 20,1 Milliarden Euro": this year so far
    if nearest is None and not after_only and sentence.years:
        # A time opening the sentence ("Next year we go to 2.5%, and the budget rises to EUR
        # 2.8 billion", "Im Jahr 2027 ..., und ...") dates each of its clauses.
        first = sentence.years[0]
        if first.end <= start and lexicon.OPENING_TIME.fullmatch(text, 0, first.start):
            return int(first.label)
    return int(nearest.label) if nearest else None


# Where a sentence's parts meet: a comma (not inside a number), a semicolon, a dash.
_PART_BREAK = re.compile(r",(?!\d)|;|\s[–—-]\s")


def _month_in_own_part(text: str, start: int, end: int, year: Span) -> bool:
    """True when the figure at [start, end) stands in a part of the sentence (between commas)
    that names a month with no year, and `year` stands in another part."""
    lo = max((m.end() for m in _PART_BREAK.finditer(text, 0, start)), default=0)
    following = _PART_BREAK.search(text, end)
    hi = following.start() if following else len(text)
    if lo <= year.start < hi:
        return False
    return lexicon.MONTH_ONLY.search(text, lo, hi) is not None


# This year so far: "since the start of the year", "seit Jahresbeginn", "depuis le début de
# l'année".
_YEAR_TO_DATE = re.compile(
    r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|seit\s+(?:Jahresbeginn|Jahresanfang"
    r"|Anfang\s+des\s+Jahres|Beginn\s+des\s+Jahres)|depuis\s+le\s+début\s+de\s+l['’]année)\b",
    re.IGNORECASE,
)
# A level told as the one to reach, right before it: "raise spending to at least 3%", "the NATO
# target of 5%", "bis 2035 auf 1 Prozent", "porter cette part à 1 %".
_TO_LEVEL_BEFORE = re.compile(
    r"\b(?:to|auf|à|(?:target|goal)\s+of|Ziel\s+von|(?:objectif|cible)\s+de|path\s+to"
    # a verb of reaching the later level: "has promised to reach 1.76% by 2030"
    r"|reach(?:ing)?|atteindre)\s+"
    r"(?:(?:at\s+least|more\s+than|about|around|rund|mindestens|au\s+moins|plus\s+de|über)\s+)?$",
    re.IGNORECASE,
)

_TO_LEVEL_AFTER_YEAR = re.compile(
    r"\s*(?:auf|to|à)\s+(?:(?:at\s+least|more\s+than|about|around|rund|mindestens|au\s+moins"
    r"|plus\s+de|über)\s+)?",
    re.IGNORECASE,
)


# German's verb of reaching after the level: "bis 2030 2 Prozent des BIP zu erreichen".
_REACHED_AFTER_LEVEL = re.compile(
    r"\s*(?:(?:des|seines|ihres)\s+(?:BIP|Bruttoinlandsprodukts)\s+)?(?:zu\s+)?erreichen\b",
    re.IGNORECASE,
)


# A level told as where spending stands now: "already spend more than 3%", "now spends 4.5%".
_LEVEL_NOW_BEFORE = re.compile(
    r"\b(?:already|now|currently|bereits|schon|derzeit|heute|déjà|actuellement)\b"
    r"(?:\s+[\w'’]+){0,4}?\s+$",
    re.IGNORECASE,
)
# A level named as the goal right after it: "its 2% goal", "the 3.5% target", "das 2-Prozent-Ziel".
_GOAL_AFTER_LEVEL = re.compile(
    r"(?:\s+of\s+GDP)?(?:\s+|-)(?:goal|target|Ziel|objective)\b", re.IGNORECASE
)


def _later_levels_deadline(
    text: str, end: int, year: Span, others: Sequence[tuple[int, int]], *, now: bool = False
) -> bool:
    """True when `year`, a deadline after the level ending at `end`, is the deadline of another
    level told after it as the one to reach: "spends about 2.4% of GDP and will raise spending
    to at least 3% by 2029", "from about 1% of GDP to more than 2% by 2033", "gibt 0,7 Prozent
    aus und will den Anteil bis 2035 auf 1 Prozent anheben". The level now, or the base, is not
    of that year. A level told as now's ("already spend 3% and plan to reach 5% next year")
    is not the later level's year, deadline word or not."""
    if year.start < end:
        return False
    if not now and not _DEADLINE_WORD.search(text, max(end, year.start - 12), year.end):
        return False
    for o_start, o_end in others:
        if end <= o_start < year.start:
            # the level between: "to at least 3% by 2029", "on track for its 2% goal by 2027"
            if _TO_LEVEL_BEFORE.search(
                text, max(end, o_start - 40), o_start
            ) is not None or _GOAL_AFTER_LEVEL.match(text, o_end):
                return True
        elif o_start >= year.end and _TO_LEVEL_AFTER_YEAR.fullmatch(text, year.end, o_start):
            return True  # the level right after: "bis 2035 auf 1 Prozent"
        elif (
            o_start >= year.end
            and not text[year.end : o_start].strip()
            and _REACHED_AFTER_LEVEL.match(text, o_end)
        ):
            return True  # German puts the verb last: "bis 2030 2 Prozent zu erreichen"
    return False


def _after_base(text: str, end: int, others: Sequence[tuple[int, int]], when: int) -> int | None:
    """The year of a figure compared, right after it, with a base the publication dates: "rund
    8,5 Milliarden Euro, nach etwa 7,3 Milliarden Euro in diesem Jahr" is next year's, "4
    billion euros, down from 7 billion euros last year" this year's, and "EUR 1.4 billion higher
    than this year's" next year's."""
    following = [(o_start, o_end) for o_start, o_end in others if o_start >= end]
    if following:
        o_start, o_end = min(following)
        if o_start - end <= 60 and (
            lexicon.BASE_BEFORE.search(text, max(end, o_start - 40), o_start)
            or lexicon.FROM_BASE.fullmatch(text, end, o_start)
        ):
            base = lexicon.BASE_TIME_AFTER.match(text, o_end)
            if base is not None:
                return when + lexicon.relative_offset(base) + 1
            return None
    base = lexicon.BASE_TIME_AFTER.search(text, end, min(len(text), end + 50))
    if base is None or any(end <= o_start < base.start() for o_start, _ in others):
        return None
    if not lexicon.COMPARED_TIME_BEFORE.search(text, end, base.start()):
        return None
    # (only this year: "3 milliards d'euros, plus que l'an dernier" may compare a story's
    # later year with its own previous one)
    return when + 1 if lexicon.relative_offset(base) == 0 else None


_DEADLINE_WORD = re.compile(r"\b(?:by|bis|d['’]ici|until|jusqu|à\s+l['’]horizon)", re.IGNORECASE)


def _ukraine_states_need(sentence: Sentence, lo: int, start: int) -> bool:
    """An aid sum, in a clause from `lo`, that Ukraine says it needs, named just before it with
    no giving verb before it: "Ukraine's government estimates its external financing needs at
    about $45 billion, on top of weapons supplied by partners" is no one's aid. (`_needed`, for
    anyone's need, wants no giving verb in the whole clause: here the weapons are another's.)"""
    if not sentence.names_ukraine:
        return False
    text = sentence.text
    need = lexicon.UKRAINE_NEEDS.search(text, lo, start)
    if need is None:
        # or told in the clause before, which a relative clause puts a figure on: "should cover
        # two thirds of Ukraine's financing needs, which the IMF puts at about €135 billion"
        told = None
        for m in lexicon.UKRAINE_NEEDS.finditer(text, 0, lo):
            told = m
        return told is not None and _NEED_PUT_AT.fullmatch(text, told.end(), start) is not None
    if lexicon.GIVING.search(text, lo, start):
        return False
    # the need names the sum: right before it, or further with only its own words between ("Die
    # Ukraine brauche im kommenden Jahr allein für ihren Haushalt rund 45 Milliarden Dollar"),
    # not across a comma to another's sum ("budget needs ..., with the EU's share of")
    between = text[need.end() : start]
    if len(between) <= 40 or (len(between) <= 80 and "," not in between and ";" not in between):
        return True
    return _NEED_PUT_AT.fullmatch(between) is not None  # "..., den der IWF auf rund"


# A relative clause after a need putting a figure on it: "needs for the two years, which the IMF
# puts at about", "des Finanzbedarfs, den der IWF auf rund" (its verb after the figure),
# "besoins, que le FMI évalue à environ".
_NEED_PUT_AT = re.compile(
    r"[^,;]{0,40},\s+(?:which|that|den|die|welchen|que|qu['’])\s*[^,;]{0,40}?\b(?:(?:puts?"
    r"|estimates?|sets?|évalu\w*|estim\w*|chiffr\w*)\s+(?:it\s+)?(?:at|à)|auf)\s+(?:\w+\s+){0,2}?",
    re.IGNORECASE,
)


def part_of_need(
    sentence: Sentence, start: int, others: Sequence[tuple[int, int]], whole: Attributes
) -> bool:
    """True when the sum at `start` is told as a part of Ukraine's need, the figure just before it
    (`whole`), with no giver of its own in its sentence ("estimates its financing gap at $65
    billion, of which around $37 billion relates to the military budget", "Selenskyj bezifferte
    den Bedarf auf 120 Milliarden Dollar. Die Hälfte davon, 60 Milliarden Dollar, müssten die
    Partner aufbringen"): still the need, whatever budget or aid the part is for."""
    if whole.category != "other" or whole.donor != "Ukraine":
        return False
    text = sentence.text
    parts = list(lexicon.INCLUDING.finditer(text, max(0, start - 40), start))
    if not parts or any(parts[-1].end() <= o_start < start for o_start, _ in others):
        return False
    return not any(not a.recipient and a.name != "Ukraine" for a in sentence.actors)


def _hosts_refugees(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the sum at [start, end) is what a country spends on the refugees it hosts at
    home (README, settled: other with the host, no aid): its clause names the refugees and their
    being taken in ("the cost of hosting close to a million Ukrainian refugees", "Für die
    Versorgung ukrainischer Vertriebener in Österreich", "l'accueil des réfugiés") or where they
    live ("refugees living in Poland"). Not a total counting them in ("EUR 5 billion, including
    the cost of refugees at home"), aid named by its kind, nor a sum for Ukraine or for refugees
    in a place that receives aid ("for refugees in Moldova")."""
    text = sentence.text
    lo, hi = _clause(text, start, end, others)
    refugees = lexicon.REFUGEES.search(text, lo, hi)
    if refugees is None or lexicon.COUNTED_IN.search(text, end, hi):
        return False
    if lexicon.TO_UKRAINE.search(text, lo, hi):
        return False
    if any(k.label in _LISTED_KINDS and lo <= k.start < hi for k in sentence.keywords):
        return False
    inside = [a for a in sentence.actors if lo <= a.start < hi]
    if any(a.recipient and a.name != "Ukraine" for a in inside):
        return False
    return lexicon.HOSTING.search(text, lo, hi) is not None or any(
        not a.recipient
        and 0 <= a.start - refugees.end() <= 40
        and lexicon.LIVING_IN_BEFORE.search(text, refugees.end(), a.start)
        for a in inside
    )


def _aimed_at_recipient(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the figure's clause names where the sum goes: a recipient it is given to
    ("€60 million ... for neighbouring Moldova") or Ukraine as its destination ("development
    assistance to Ukraine, worth £242 million"). Not Ukraine named for other money before the
    budget the figure sizes ("l'aide à l'Ukraine au détriment de la coopération au
    développement, dont le budget a été réduit de 110 millions")."""
    if _given_to(sentence, (start, end)) is not None:
        return True
    lo, hi = _clause(sentence.text, start, end, others)
    for place in lexicon.TO_UKRAINE.finditer(sentence.text, lo, hi):
        if not any(
            k.label == "development" and place.end() <= k.start and k.end <= start
            for k in sentence.keywords
        ):
            return True
    return False


# Where a clause with a giver of its own begins: "Kyiv asked for Patriots, and Germany will send".
_CLAUSE_JOIN = re.compile(
    r";|,\s+(?:and|but|while|whereas|und|aber|doch|während|et|mais|tandis)\b", re.IGNORECASE
)


def _ukraine_asks(sentence: Sentence, start: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when the sum at `start` is what Ukraine asks its partners for ("Ukraine has asked its
    partners to spend at least $6 billion", "Selenskyj hat die Verbündeten gebeten, ... 1
    Milliarde Dollar pro Monat bereitzustellen"): the request is Ukraine's, told no further than
    its sentence's next clause and with no other figure between."""
    text = sentence.text
    asked = None
    for m in lexicon.UKRAINE_ASKS.finditer(text, 0, start):
        asked = m
    if asked is None or start - asked.end() > 120:
        return False
    # (not across to another clause's giver: "Kyiv asked for Patriots, and Germany will send")
    if _CLAUSE_JOIN.search(text, asked.end(), start):
        return False
    return not any(asked.end() <= o_start < start for o_start, _ in others)


def _estimators(donor: str) -> bool:
    """True when `donor` ("World Bank and EU") names only those who estimate a bill."""
    names = re.split(r",\s+|\s+and\s+", donor)
    return all(name in lexicon.BILL_ESTIMATORS for name in names)


def _war_bill(
    sentence: Sentence,
    start: int,
    end: int,
    unit: str,
    others: Sequence[tuple[int, int]],
    previous: Sentence | None,
    recipient: str | None = None,
) -> bool:
    """True when the sum at [start, end) is what the war's damage, rebuilding or Ukraine's needs
    cost, as an estimate puts it (the articles' README, "Settled cases": Ukraine's): a bill or
    need named before it in its clause, no giving verb there, no giver but an estimator named,
    in a sentence (or after one) about Ukraine, or on the war's damage."""
    if unit == "percent":
        return False
    lo, _ = _clause(sentence.text, start, end, others)
    text = sentence.text
    bill = None
    for m in lexicon.WAR_BILL.finditer(text, lo, start):
        bill = m
    if bill is None or lexicon.GIVING.search(text, 0, start):
        return False
    if lexicon.NEED_BEFORE.search(text, bill.start(), start) is None and not (
        lexicon.ESTIMATE_WORD.search(text)
    ):
        return False
    if any(not _estimators(a.name) and not a.recipient for a in sentence.actors):
        return False
    return (
        lexicon.UKRAINE_NAMED.search(text) is not None
        or (previous is not None and lexicon.UKRAINE_NAMED.search(previous.text) is not None)
        or bool(sentence.war_costs)
        # "Der Bedarf für Reparaturen liege bei mehr als 1 Milliarde Dollar" in a story on aid to
        # Ukraine, naming no one
        or (not sentence.actors and recipient == "Ukraine")
    )


def _ukraine_needs(sentence: Sentence, start: int, *, told: bool = False) -> bool:
    """True when the figure at `start` is a need Ukraine states, in a sentence about Ukraine.
    `told`: also no giver is named after the need's verb in the figure's clause (the givers
    before it are those told or thanked, not the one in need)."""
    if not sentence.names_ukraine and "Ukrain" not in sentence.text:
        return False
    lo, hi = _clause(sentence.text, start, start)
    need = lexicon.UKRAINE_NEEDS.search(sentence.text, max(0, lo - 80), start)
    if need is None or not told:
        return need is not None
    givers = [a for a in sentence.actors if not a.recipient and a.name != "Ukraine"]
    return not any(need.end() <= a.start < hi for a in givers)


def _pointed_need(sentence: Sentence, previous: Sentence | None, start: int) -> bool:
    """True when the figure at `start` is a need a government states that its sentence names only
    by a pronoun ("His government puts its shortfall at about US$40 billion"), naming no giver
    before it, after a sentence on Ukraine."""
    if previous is None or not lexicon.UKRAINE_NAMED.search(previous.text):
        return False
    if any(not a.recipient and a.end <= start for a in sentence.actors):
        return False
    lo, _ = _clause(sentence.text, start, start)
    return lexicon.POINTED_NEED.search(sentence.text, max(0, lo - 80), start) is not None


# What a country's industry can make in a year, named before a sum ("could produce weapons worth",
# "pourrait produire pour", "Its capacity is estimated at") or right after it ("40 % de cette
# capacité", German's verb at the clause's end: "Rüstungsgüter im Wert von 35 Milliarden Dollar
# herstellen").
_CAN_PRODUCE_BEFORE = re.compile(
    r"\b(?:(?:can|could|would\s+be\s+able\s+to)\s+(?:\w+\s+){0,2}?produce|(?:production\s+)?"
    r"capacity|(?:peut|peuvent|pourrait|pourraient)\s+(?:\w+\s+){0,2}?produire"
    r"|capacités?\s+de\s+production|Produktionskapazität\w*)\b",
    re.IGNORECASE,
)
_CAN_PRODUCE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:capacity|capacité|Kapazität)\b"
    r"|[^.;]{0,60}?\b(?:herstellen|produzieren)\b",
    re.IGNORECASE,
)
_MODAL_DE = re.compile(r"\b(?:kann|könne|könnte|können|könnten)\b", re.IGNORECASE)


def _ukraine_capacity(sentence: Sentence, previous: Sentence | None, start: int, end: int) -> bool:
    """True when the figure at [start, end) is what Ukraine's own industry can produce
    ("Ukraine's arms industry could produce weapons worth $35 billion this year", "Its capacity is
    estimated at USD 20 billion" after a sentence on Ukraine's industry): Ukraine's own figure,
    no one's aid. Not a sum given for that production (a giving verb before it)."""
    text = sentence.text
    ukraine = lexicon.UKRAINE_NAMED.search(text, 0, start) is not None or (
        previous is not None
        and lexicon.UKRAINE_NAMED.search(previous.text) is not None
        and not sentence.actors
    )
    if not ukraine:
        return False
    lo, _ = _clause(text, start, end)
    before = _CAN_PRODUCE_BEFORE.search(text, lo, start) is not None
    german = _MODAL_DE.search(text, lo, start) is not None
    after = _CAN_PRODUCE_AFTER.match(text, end)
    if not (before or (after and (german or "apacit" in after.group(0)))):
        return False
    return lexicon.GIVING.search(text, lo, start) is None


def _opens_next_item(text: str, end: int, year: Span, others: Sequence[tuple[int, int]]) -> bool:
    """True when `year`, after the figure ending at `end`, follows a comma and stands before the
    next figure with nothing but its own words between: it dates that figure."""
    comma = text.rfind(",", end, year.start)
    if comma < 0 or year.start - comma > 15:
        return False
    if _DEADLINE_WORD.search(text, comma, year.end):
        return False  # "3.5% of GDP on core defence, by 2035, and a further 1.5%": its deadline
    following = [o_start for o_start, _ in others if o_start >= year.end]
    return bool(following) and min(following) - year.end <= 25


def peace_facility_share(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]] = ()
) -> bool:
    """True when the share at [start, end) is a member's part of the European Peace Facility
    ("25% of the Facility", "Ireland's share of the Peace Facility budget is about 2%"): its
    military aid to no one recipient (README, settled: a member state's share of an EU envelope
    is its aid of the envelope's category, recipient null for the whole Facility). Not where the
    sentence names Ukraine, which may be the one receiving that share. A bare share listed beside
    one ("Germany pays 25% of the Facility, and France 17%") is another member's."""
    if sentence.names_ukraine:
        return False
    text = sentence.text

    def paid_share(lo: int, hi: int) -> bool:
        paid = _PAYS_BEFORE.search(text, max(0, lo - 40), lo) is not None
        return paid and lexicon.PEACE_FACILITY_SHARE_AFTER.match(text, hi) is not None

    if paid_share(start, end) or lexicon.PEACE_FACILITY_SHARE_BEFORE.search(text, 0, start):
        return True
    return lexicon.SHARE_CONTINUES.match(text, end) is not None and any(
        lexicon.PERCENT_END.search(text, max(0, o_end - 12), o_end) and paid_share(o_start, o_end)
        for o_start, o_end in others
    )


# A member paying its part, told before the share: "Deutschland trägt rund", "qui finance près
# de", "Ireland pays about".
_PAYS_BEFORE = re.compile(
    r"\b(?:pays|paid|funds|finances|contributes|trägt|finanziert|zahlt|finance|financent|paie"
    r"|contribue)\b[^.;:]*$",
    re.IGNORECASE,
)


def resolve(
    sentence: Sentence,
    start: int,
    end: int,
    unit: str,
    previous: Sentence | None,
    referent: Attributes | None,
    following: Sentence | None,
    others: Sequence[tuple[int, int]] = (),
    hints: Hints = NO_HINTS,
) -> Attributes:
    """All context attributes of the figure at [start, end) of `sentence`."""
    points_back = sentence.points_back and referent is not None
    borrowed: set[str] = set()
    hinted: set[str] = set()
    if unit != "percent" and _frozen_reserves(
        sentence, start, end, others, told=hints.holdings or names_holdings(previous)
    ):
        # "210 milliards d'euros d'avoirs de la banque centrale russe": Russia's, a stock of no
        # one year (the articles' README, "Settled cases")
        return Attributes("other", "Russia", None, None, open_year=False)
    goal = hints.defended and not hints.defence and _goal_told(sentence, start, end, unit)
    raw = _category(sentence, start, end, unit, others, defence=hints.defence, goal=goal)
    economy_carried = raw in (None, "defense_spending", "pledge_target") and _economy_carried(
        sentence, previous
    )
    if economy_carried:
        raw = "other"  # "... das Haushaltsdefizit. Es soll 2026 bei 6,5 Prozent liegen"
    generic = raw == "aid"
    category = "aid_total" if generic else ("other" if raw == "development" else raw)
    if raw == "development" and _aimed_at_recipient(sentence, start, end, others):
        # "development assistance to Ukraine, worth £242 million", "€60 million in development
        # assistance for neighbouring Moldova": development aid to a recipient is its
        # humanitarian aid (README, settled), a development budget for no one named other
        category = "humanitarian_aid"
    whole = _whole(sentence.text, start, end, others)
    # Aid as a share of GDP is all aid unless its own sentence names the kind ("Estonia, with
    # 2.2%" after "Denmark has allocated 2.8% of its GDP" in a story on military aid) or a
    # sentence with no figure of its own opens the comparison on that kind ("Relative to its
    # economy, Dutch military aid is above average. The Netherlands has given 0.7% of GDP").
    gdp_share = unit == "percent" and bool(
        lexicon.OF_GDP.match(sentence.text, end) or _shares_gdp(sentence.text, end, others)
    )
    opened = (
        previous is not None
        and not any(c.isdigit() for c in previous.text)
        and any(k.label == hints.kind for k in previous.keywords)
    )
    gdp_share = gdp_share and not opened
    if (
        generic
        and hints.kind is not None
        and not gdp_share
        and _names_package(sentence, start, end)
        and not whole
    ):
        category = hints.kind  # "The package of EUR 190 million" in a story about air defence
        hinted.add("category")
        if _running_total(sentence.text, start, end, others):
            category = "aid_total"
    elif generic and unit != "percent" and not whole and _of_the_storys_kind(sentence, hints):
        # "Vilnius set aside €200 million for Ukraine this year", "Le Royaume-Uni consacre 3
        # milliards de livres par an à l'Ukraine", "une nouvelle aide de 2 milliards de dollars"
        # in a story on military aid: the story's kind (a share of GDP stays all aid)
        category = hints.kind or category
        hinted.add("category")
        if _running_total(sentence.text, start, end, others):
            category = "aid_total"
    elif (
        generic
        and unit != "percent"
        and not whole
        and hints.kind is None
        and hints.topic == "defense_spending"
        and _budgets(sentence.text)
    ):
        # "Für die Unterstützung der Ukraine sind im kommenden Jahr 11,5 Milliarden Euro
        # eingeplant" in a story on defence budgets: a budget line for Ukraine beside the forces'
        # own is arms aid, as civil aid is named by its kind
        category = "military_aid"
        hinted.add("category")
    if category is None:
        if _whole_budget_told(sentence, previous):
            # "Das Kabinett hat den Entwurf für den Bundeshaushalt 2027 beschlossen. Er sieht
            # Ausgaben von 543,3 Milliarden Euro vor": the whole state's budget, no line of it
            category = "other"
        elif hints.defended and _spending_told(sentence, start, end, unit, previous):
            # "Berlin's spending rose 24% to $110 billion", "NATO's European members alone spent
            # $454 billion" in a story on defence budgets: what a country spends is its defence,
            # unless a share asked of it or a ceiling ("have urged Tokyo to lift spending to 3%",
            # "begrenzt seine Ausgaben auf 2,2 Prozent"): a goal
            owed = _asked(sentence.text, start, end) or _ceiling(sentence.text, start)
            category = "pledge_target" if unit == "percent" and owed else "defense_spending"
            hinted.add("category")
        elif points_back and referent and (referent.category != "other" or sentence.distractors):
            category = referent.category
            borrowed.add("category")
            if category in _LISTED_KINDS and _OF_ALL.search(sentence.text):
                # "account for €125 billion of the total", "have committed €11.5 billion in
                # total": a share of, or the sum of, all aid, not the kind the figure before had
                category = "aid_total"
        elif (
            unit == "percent"
            and referent is not None
            and referent.category in lexicon.AID_CATEGORIES
            and _change_of_the_figure_before(sentence.text, end)
        ):
            # "That is 43% below the monthly average", "Das sind 30 Prozent weniger als im
            # Vorjahr": how much the aid just told moved is of that aid
            category = referent.category
            borrowed.add("category")
        elif sentence.distractors:
            category = "other"
        elif (
            hints.continues is not None
            and _bare_item(sentence)
            and not _given_after_goal(sentence, unit, hints.continues)
        ):
            category = hints.continues  # "Germany stands at 0.6%, France at 0.2%"
            if category == "defense_spending" and (
                _pledged_by_date(sentence, start, end, unit) or _ceiling(sentence.text, start)
            ):
                category = "pledge_target"  # "... and has committed to reach 2.5% by 2034"
            elif category == "pledge_target" and _in_league_table(sentence.text, start):
                # "... every ally is expected to meet the old 2% guideline. Lithuania tops the
                # table with 5.4%": the allies' levels ranked after the goal, not more goals
                category = "defense_spending"
            borrowed.add("category")
        elif unit != "percent" and hints.topic == "defense_spending" and _for_ukraine(sentence):
            # "Für die Ukraine sind im Entwurf 11,5 Milliarden Euro vorgesehen": a line of the
            # budget that goes to Ukraine is aid, not the country's own defence; arms aid unless
            # the story told another kind, as a line of civil aid is named by its kind.
            category = hints.kind or "military_aid"
            hinted.add("category")
        elif unit != "percent" and _budget_line(sentence.text, hints):
            category = "defense_spending"  # "Für das Ministerium sind 53 Milliarden vorgesehen"
            hinted.add("category")
        elif unit != "percent" and hints.kind and _gives(sentence.text):
            category = hints.kind  # "In March, Canada allocated EUR 210 million"
            if whole or _running_total(sentence.text, start, end, others):
                # "In total, donors have allocated ...", "£12.8 billion, of which £7.8 billion was
                # military aid": a total or a whole with parts is all kinds, not the story's one.
                category = "aid_total"
            hinted.add("category")
        elif unit != "percent" and hints.topic in lexicon.AID_CATEGORIES and _funds(sentence.text):
            # "The framework for the programme will rise to NOK 135 billion" in a story on aid.
            category = "aid_total"
            hinted.add("category")
        elif unit != "percent" and hints.continues is not None and _amount_again(sentence):
            # "Für 2024 waren 4 Milliarden Euro eingeplant. In diesem Jahr sind es 5,4 Mrd.
            # Euro": the sum the figure just before told, for another year
            category = hints.continues
            borrowed.add("category")
        elif unit != "percent" and hints.topic == "aid_total" and _gives(sentence.text):
            # "Für die Jahre 2025 bis 2028 sind 1,5 Mrd. Franken vorgesehen" in a story on aid
            # of all kinds: a sum put at the story's disposal is that aid
            category = "aid_total"
            hinted.add("category")
        elif unit != "percent" and not lexicon.NOT_GIVEN.search(sentence.text):
            # A sum its sentence gives no kind, in a story that has one: the story's ("Größter
            # Einzelgeber bleibt Deutschland mit 6,1 Milliarden Euro" in a tracker on military
            # aid); a total of all kinds stays all aid.
            if hints.kind and not whole:
                category = hints.kind
                if _running_total(sentence.text, start, end, others):
                    category = "aid_total"
                hinted.add("category")
            elif hints.topic in ("defense_spending", "pledge_target"):
                category = "defense_spending"
                hinted.add("category")
            elif (
                _for_own_forces(sentence, previous)
                and not lexicon.AID_WORD.search(sentence.text)
                and not any(a.recipient for a in sentence.actors)
            ):
                # "27 Beschaffungsvorlagen des Verteidigungsministeriums mit einem Gesamtvolumen
                # von 21,4 Milliarden Euro", "signed contracts worth $4 billion": arms bought for
                # one's own forces, in a story on no kind of aid
                category = "defense_spending"
            elif hints.ukraine and _eib_lends(sentence, start, end, others):
                # "Ukrenergo recevra 250 millions d'euros de la Banque européenne
                # d'investissement", "The EIB announced €600 million for Ukraine's schools": the
                # EU's bank lends, which is financial aid
                category = "financial_aid"
                hinted.add("category")
            elif hints.ukraine and _country_gives(sentence, start):
                # "Norway gives NOK 3.2 billion", "Norway's share is NOK 3.2 billion" in a story
                # on Ukraine: a state's own sum handed over, aid of a kind the story has not told
                category = "aid_total"
                hinted.add("category")
            elif (
                _aid_to_ukraine_told(previous) or _donor_to_ukraine_told(previous)
            ) and not _OUTLAYS.search(sentence.text):
                # "Auch die Hilfe für die Ukraine steigt. Für 2026 sind 100 Millionen Euro
                # vorgesehen", "the Council set the means for its support to Ukraine. NOK 85
                # billion are set aside for 2026": the sum of the aid the sentence before named,
                # of no kind it told
                category = "aid_total"
                hinted.add("category")
            else:
                category = "other"
        elif (
            (
                hints.topic == "defense_spending"
                or (hints.defended and unit == "percent" and _standing(sentence, start))
                # a level had after a goal: "Spanien, das 2024 lediglich 1,28 Prozent auswies"
                or (
                    hints.topic == "pledge_target"
                    and unit == "percent"
                    and _past_dated(sentence, start, end, others)
                )
                # a further part of the goal just told: "Bis zu 1,5 Prozent dürfen ..."
                or (
                    hints.topic == "pledge_target"
                    and unit == "percent"
                    and _duty_share(sentence, start, end)
                )
            )
            and not _not_given(sentence.text, unit)
            and not lexicon.OF_PEOPLE.match(sentence.text, end)
        ):
            # A bare share in a story on defence budgets is one more ("In diesem Jahr liegt die
            # Quote bei etwa 4 Prozent", "Estland liegt mit 5,4 Prozent knapp vorn"), or a
            # target when owed by a date to come ("Bis 2032 soll der Anteil auf 2 Prozent
            # steigen").
            lo, hi = _clause(sentence.text, start, end)
            text = sentence.text
            aimed = (
                lexicon.OBLIGED.search(text, lo, end)
                or lexicon.REACHING.search(text, lo, start)
                or _PROMISED.search(text, lo, start)
            )
            # "reaching 2.5% by 2030", "will reach 3.5% well before 2035", "toward the 5%",
            # "le seuil des 2 %": a level set for a date to come, or the target named
            level_named = _TOWARD_TARGET_BEFORE.search(text, max(0, start - 30), start)
            owed = bool(aimed and _deadline_ahead(sentence, lo, hi)) or level_named is not None
            owed = owed or (unit == "percent" and _duty_share(sentence, start, end))
            category = "pledge_target" if owed else "defense_spending"
            hinted.add("category")
        else:
            category = "other"
    if (
        category == "other"
        and unit != "percent"
        and hints.continues in lexicon.AID_CATEGORIES
        and not sentence.distractors
        and _bulleted_part(sentence, start)
    ):
        # "- €32 million for humanitarian assistance ...; - €22.6 million for the rehabilitation
        # of hospitals ...": a further item of a bulleted list of aid is of the item before's kind
        category = hints.continues
        borrowed.add("category")
    taken = "category" in hinted or "category" in borrowed
    if taken and category in _LISTED_KINDS and unit != "percent" and _told_as_total(sentence, end):
        # "Asia-Pacific donors have now committed €11.5 billion in total" after a paragraph on
        # military aid: a giver's total of every kind, not the kind told before
        category = "aid_total"
    if (
        taken
        and category in _LISTED_KINDS
        and _share_of_all_aid(sentence.text, end, unit, previous, others)
    ):
        category = "aid_total"
    if (
        unit != "percent"
        and category != "aid_total"
        and (
            lexicon.CIVIL_AID_AFTER.match(sentence.text, end)
            or lexicon.CIVIL_PACKAGE_BEFORE.search(sentence.text, max(0, start - 60), start)
        )
    ):
        # "NOK 70 billion for military support and NOK 15 billion for civilian support"
        category = "aid_total"
    listed = category in _LISTED_KINDS or raw == "development"
    if listed and _kinds_listed(sentence, start, end, others):
        category = "aid_total"  # "$4.5bn in support, covering demining and budget support"
    if (
        category == "military_aid"
        and (
            hints.topic == "defense_spending"
            # after a defence target, a share "for soldiers, weapons and ammunition" is of
            # the same target; a package is still one given
            or (hints.topic == "pledge_target" and not lexicon.PACKAGE.search(sentence.text))
            or _budget_before(sentence, start, end, unit)
        )
        and "category" not in hinted
        and not lexicon.AID_WORD.search(sentence.text)
        and not lexicon.GIVING.search(sentence.text)
        and not any(a.recipient for a in sentence.actors)
    ):
        category = "defense_spending"  # weapons bought for one's own forces in a budget story
    elif (
        # (or any kind of aid the story lent it: "Größter Einzelposten war ein Rahmenvertrag
        # über Artilleriemunition" in a story that has told of Ukraine's aid)
        (
            category == "military_aid"
            or (category in lexicon.AID_CATEGORIES and "category" in hinted)
        )
        and _for_own_forces(sentence, previous)
        and not lexicon.AID_WORD.search(sentence.text)
        and not any(a.recipient for a in sentence.actors)
    ):
        # "Près de 1,6 milliard d'euros iront aux seules munitions" after "les priorités du
        # ministère", "The Budget provides $10.8 billion to accelerate the acquisition of
        # long-range strike capabilities": weapons bought for one's own forces, whatever the
        # story has moved on to.
        category = "defense_spending"
    # "Macron veut porter le budget des armées à 64 milliards d'euros en 2027": a budget's goal,
    # for the country's own forces (no recipient, unlike a sum pledged as aid)
    budget_goal = category == "defense_spending" and _sum_aimed_for(
        sentence, start, end, unit, others
    )
    if budget_goal:
        category = "pledge_target"
    if (
        category == "defense_spending"
        and unit == "percent"
        and lexicon.AGREED_BY_ALLIES_AFTER.match(sentence.text, end)
    ):
        category = "pledge_target"  # "des 3,5 % que les Alliés se sont engagés à consacrer"
    if (
        category == "defense_spending"
        and unit == "percent"
        and lexicon.ASKED_AFTER.match(sentence.text, end)
    ):
        category = "pledge_target"  # "below the 3.5% that US officials have urged it to adopt"
    if category == "defense_spending" and unit == "percent" and _duty_share(sentence, start, end):
        category = "pledge_target"  # "Davon müssen mindestens 3,5 Prozent ... entfallen"
    if (
        category == "defense_spending"
        and unit == "percent"
        and _wanted_share(sentence, start, end, others)
    ):
        category = "pledge_target"  # "he wants spending to reach 5% in 2027"
    asked = unit == "percent" and _asked_of_every_ally(sentence.text, start, end)
    if asked:
        category = "pledge_target"
    if category in _BENCHMARK_YIELDS and _benchmark_yield(sentence, previous, start, unit):
        category = "pledge_target"  # "Had every ally met the benchmark, Ukraine would have got"
    # (or its key read by the year rules: "contribue à la Facilité européenne pour la paix à
    # hauteur de 3,6 %", not a key of the Facility's Ukraine part)
    whole_fund = unit == "percent" and (
        peace_facility_share(sentence, start, end, others)
        or (
            years.peace_facility_key(sentence.text, (start, end))
            and not years.key_for_ukraine(sentence.text, (start, end))
        )
    )
    if whole_fund:
        category = "military_aid"  # "Deutschland trägt rund 25 Prozent der Kosten der Fazilität"
    # A figure that is neither aid nor defence has no giver; an economic one keeps the country it
    # describes ("Russia's deficit", "Ukraine needs $60 billion").
    lo = _clause(sentence.text, start, end, others)[0]  # where the figure's clause starts
    requested = unit != "percent" and _ukraine_asks(sentence, start, others)  # Ukraine asks it
    stated = unit != "percent" and _ukraine_states_need(sentence, lo, start)  # Ukraine needs it
    if category in lexicon.AID_CATEGORIES and (stated or requested):
        category = "other"
    if (
        category in lexicon.AID_CATEGORIES
        and unit != "percent"
        and _hosts_refugees(sentence, start, end, others)
    ):
        category = "other"  # "the cost of hosting close to a million Ukrainian refugees"
    if (
        category in lexicon.AID_CATEGORIES
        and unit != "percent"
        and lexicon.COMPANY_INVESTS.search(sentence.text, 0, start)
    ):
        category = "other"  # "Der Konzern investiert dort rund 500 Millionen Euro"
    if (
        category in lexicon.AID_CATEGORIES
        and _war_bill(sentence, start, end, unit, others, previous, hints.recipient)
        and lexicon.ESTIMATE_WORD.search(sentence.text, lo, start)
        and not lexicon.AID_WORD.search(sentence.text.replace("Ukrain", "").replace("Kyiv", ""))
    ):
        # "la reconstruction du pays était estimée à 524 milliards de dollars": an estimate of
        # what rebuilding costs, no one's aid (Ukraine's, below)
        category = "other"
    if category == "pledge_target" and unit == "percent" and _adversary_spends(sentence, start):
        category = "defense_spending"  # "La Russie, elle, consacre plus de 6 % de sa richesse"
    capacity = category != "pledge_target" and _ukraine_capacity(sentence, previous, start, end)
    if capacity:
        category = "other"  # what Ukraine's industry can make is its own figure, not aid
    # A loan of the EU's instrument for its members' arms ("under which Romania has requested
    # about EUR 16.6 billion", "Aus dem neuen Kreditprogramm SAFE hat Warschau rund 43,7
    # Milliarden Euro beantragt") is the EU's loan to the member that borrows, whatever the
    # member buys with it.
    # (a target only the context gave it is no target: "... sur une enveloppe de 150 milliards")
    targeted = category == "pledge_target" and "category" not in borrowed
    scheme = unit != "percent" and category != "other" and not targeted
    scheme = scheme and _eu_scheme_loan(
        sentence, start, end, previous, others, schemed=hints.schemed
    )
    if scheme:
        category = "financial_aid"
    donor = None
    borrower = None
    nobody = False
    # A fiscal rule's threshold ("exempts defence spending above 1% of GDP") is standing law of
    # no one year.
    threshold = category == "other" and _fiscal_threshold(sentence.text, start, end, unit)
    if threshold:
        # It is the rule of the country the sentence names as a giver, else of the one the story
        # is about ("Germany's debt brake"); the EU's rules are every member's, no one's.
        names = [a.name for a in sentence.actors if not a.recipient]
        named = [name for name in names if name in lexicon.COUNTRIES]
        main = hints.main if hints.main in lexicon.COUNTRIES else None
        eu_rule = "EU" in names or lexicon.EU_FISCAL_RULE.search(sentence.text) is not None
        eu_rule = eu_rule or _deficit_limit(sentence.text, start, end)
        donor = None if eu_rule else named[0] if named else main or hints.country
        # (nor taken from the story: "La Belgique compte activer la clause dérogatoire
        # nationale, qui autorise jusqu'à 1,5 % du PIB" is the EU's limit, not Belgium's)
        nobody = eu_rule
        if donor is not None and not named:
            hinted.add("donor")
    elif category == "other" and (mover := _currency_moving(sentence, start, end)) is not None:
        donor = mover  # "the yen weakened to 152 yen per dollar", "the hryvnia has lost 4%"
    elif category == "other" and _of_no_country(sentence, start, end):
        nobody = True  # "Euro-area inflation was 2.1%", "above the EU's 3% deficit ceiling"
    elif (
        category == "other"
        and unit == "percent"
        and sentence.poll
        and lexicon.polled_country(sentence.text, end) is None
        and lexicon.SEVERAL_POLLED.search(sentence.text) is not None
    ):
        # "In the Eurobarometer survey, 71% of EU citizens backed ...", "in a poll across seven
        # countries": a share of several countries' people, none of them the giver (README).
        nobody = True
    elif category == "other" and unit != "percent" and sentence.prices and not sentence.war_costs:
        # The price of one item ("A Storm Shadow costs about £2 million", "deren Stückpreis bei
        # etwa 25 Millionen Euro liegt", "le coût unitaire d'un obus") is a price, no country's
        # money: none to take from the story either (README, donors).
        nobody = True
    elif category == "other":
        donor = None if capacity else _described(sentence, start, end, others)
        if capacity:
            donor = "Ukraine"  # "Ukraine's arms industry could produce weapons worth $35 billion"
        if donor is None and _ukraine_needs(sentence, start):
            donor = "Ukraine"  # "his country would need about $120 billion for its military"
        elif requested:
            donor = "Ukraine"  # "Ukraine has asked its partners to spend at least $6 billion"
        elif donor not in (None, "Ukraine") and _ukraine_needs(sentence, start, told=True):
            # "Zelensky thanked Canada, recalling that his country would need about $60 billion",
            # "Kyiv had told allies it needed about $3 billion a month": the giver named is the
            # one thanked or told; the need stated after it is Ukraine's.
            donor = "Ukraine"
        if donor is None and _pointed_need(sentence, previous, start):
            donor = "Ukraine"  # "... Ukraine would need more. His government puts its shortfall"
        if donor is not None and _estimators(donor) and stated:
            donor = "Ukraine"  # "Ukraine's financing needs, which the IMF puts at €135 billion"
        if (donor is None or _estimators(donor)) and _war_bill(
            sentence, start, end, unit, others, previous, hints.recipient
        ):
            donor = "Ukraine"  # "the World Bank puts the reconstruction bill at $524 billion"
        economic = (bool(sentence.distractors) or economy_carried) and not sentence.poll
        economic = economic and not _market_quoted(sentence, start, end, others)
        # (a state's bond yield is its economy's, though a market quotes it: "Our ten-year yield
        # fell below 3.5%" in an interview with a minister)
        economic = economic or _state_yield(sentence.text, start, others) is not None
        if donor is None and economic and _priced(sentence, start, end, others):
            economic = False  # an oil or shell price describes no country
        if donor is None and economic and (hints.local or hints.main or hints.country):
            # "The National Bank of Ukraine cut its rate. Inflation slowed to 3.3%": the country
            # the paragraph speaks of. Else, "Debt interest payments exceed £100 billion a year"
            # in a story on Britain's budget: the economy of the country the story is about, its
            # main giver when that is a country (an IMF review is about the borrower's economy).
            main = hints.main if hints.main in lexicon.COUNTRIES else None
            donor = _capital_place(sentence.text) or hints.local or main or hints.country
            home = _home(hints)
            if home is not None and _HOME_ECONOMY.search(sentence.text):
                # "the Exchequer was on course for a surplus of €8.6 billion", "warf der
                # Koalition vor, ... während die Inflationsrate bei 2,1 Prozent": the story's own
                # state, not the country the paragraph spoke of before
                donor = home
            hinted.add("donor")
    elif category == "defense_spending" and (
        _world_total(sentence, lo, start)
        # the change of a world total named before it: "military expenditure reached a record
        # $2.72 trillion, ..., a rise of 9.4%"
        or (
            unit == "percent"
            and _change_of_budget(sentence, start)
            and _world_total(sentence, 0, start)
        )
        # or of the world total the sentence before gave: "... reached $2.72 trillion. The
        # increase of 9.4% in real terms was the steepest since the Cold War"
        or (unit == "percent" and _change_of_world(sentence, start, referent))
    ):
        # "world military expenditure reached a record $2.7 trillion": nobody's spending.
        nobody = True
    else:
        donor = donor_of(sentence, start, end, category, others, after=False)
        if (
            donor is not None
            and category in lexicon.AID_CATEGORIES
            and _borrows(sentence)
            and _given_to(sentence, (start, end)) is None
        ):
            # "Poland is by far the largest borrower, with €43.7 billion", "Italy asked for
            # €14.9 billion": the one who borrows or asks receives; the lender is the story's.
            # (Not a request for aid to another: "ein von Biden beantragtes Paket über 61
            # Milliarden Dollar für die Ukraine" is Washington's aid to Ukraine.)
            borrower, donor = donor, None
        if (
            hints.group is not None
            and _group_meant(sentence, start)
            and (donor is None or donor not in lexicon.COALITIONS)
            and not any(a.agent for a in sentence.actors if a.name == donor)
        ):
            # "The coalition also agreed to pool €2.3 billion": the coalition named before.
            donor = hints.group
            hinted.add("donor")
        if (
            hints.several is not None
            and lexicon.counted_states(sentence.text, start) == hints.several[1]
            and not any(not a.recipient and a.start < start for a in sentence.actors)
        ):
            # "Estonia, Latvia and Lithuania ... Together, the three countries will spend more
            # than €9 billion": the set named before, not the member the story spoke of last.
            donor = hints.several[0]
            hinted.add("donor")
        if donor is None and hints.latter is not None and lexicon.LATTER.match(sentence.text):
            # "... compare la Belgique aux Pays-Bas. Ceux-ci ont dépensé 2,05 %": the giver the
            # sentence before named last, not the one it named first.
            donor = hints.latter
            hinted.add("donor")
        home = _home(hints)
        # "the government would provide £3 billion": the story's own country, whoever the
        # sentences before named in passing.
        at_home = home is not None and lexicon.HOME.search(sentence.text) is not None
        if donor is None and at_home and home and _fits_category(home, category):
            donor = home
            hinted.add("donor")
        if donor is None and _alliance_target(sentence, start, category, unit):
            donor = "NATO allies"
            hinted.add("donor")
        if (
            donor is None
            and category == "defense_spending"
            and not any(not a.recipient and a.name != "NATO" for a in sentence.actors)
            and lexicon.ALLIES_SPENDING.search(sentence.text, 0, start)
        ):
            # "Across NATO, members spent a combined $1.6 trillion", "Insgesamt geben die
            # Verbündeten rund 1,26 Billionen Dollar aus": all the members' spending
            donor = "NATO allies"
            hinted.add("donor")
        # (and the change of that total told right after it: "amounted to just €6.4 billion,
        # down 48% from the same months of last year")
        moved = unit == "percent" and _MOVED_BY.search(sentence.text, max(0, start - 30), start)
        if (
            donor is None
            and not any(not a.recipient for a in sentence.actors)
            and (unit != "percent" or moved)
            and lexicon.ALLOCATIONS_TOLD.search(sentence.text, 0, start)
        ):
            # "New allocations in January and February amounted to just €6.4 billion": a
            # tracker's total of all its donors for a period, not the giver told before; so are
            # the sentence's other sums, which name no giver either ("..., of which €4 billion
            # was military", "fell to €35 billion from €42 billion").
            donor = "donor countries"
            hinted.add("donor")
        if (
            donor is None
            and unit != "percent"
            and referent is not None
            and referent.category == "financial_aid"
            and referent.donor is not None
            and not any(not a.recipient for a in sentence.actors)
            and lexicon.TRANCHE.search(sentence.text, lo, start)
        ):
            # "... des prêts européens du programme SAFE, sur une enveloppe de 150 milliards
            # d'euros. Une première tranche de 6,5 milliards": a part of the loan just told is
            # its lender's, not the borrower's the story is about.
            donor = referent.donor
            hinted.add("donor")
        if (
            donor is None
            and category in lexicon.AID_CATEGORIES
            and previous is not None
            and not any(not a.recipient and a.start < start for a in sentence.actors)
            and lexicon.FUND_OPENING.match(sentence.text)
            and lexicon.PEACE_FACILITY_NAMED.search(previous.text)
        ):
            # "... dont la France finance environ 17 %. Son plafond a été relevé de 3,5 milliards
            # d'euros": the Peace Facility's own sums are the Union's, not the member's just told.
            donor = "EU"
            hinted.add("donor")
        carried = hints.donor
        if (
            donor is None
            and hints.former is not None
            and hints.former != carried
            and category != "other"
            and not any(not a.recipient for a in sentence.actors)
            and _PLURAL_OWNER_OPENING.match(sentence.text)
        ):
            # "European countries have allocated €176 billion, against €115 billion from the
            # United States. Their share has risen to 58%": the subject the sentence before
            # opened on, not the giver it named last
            carried = hints.former
        if (
            carried in lexicon.ALLIANCE
            and category != "pledge_target"
            and hints.main is not None
            and hints.main not in lexicon.ALLIANCE
            and not (category != "defense_spending" and lexicon.PLEDGING.search(sentence.text))
        ):
            # The alliance named in a story about one member ("NATO's 2% target", "smaller NATO
            # members", "allies argued") sets targets; the aid and budgets the story goes on to
            # report are its own actor's, unless the alliance's pledge goes on ("they pledged a
            # baseline of €40 billion").
            carried = hints.main
        own = category == "defense_spending" or whole_fund
        if carried == "EU" and own and hints.main in lexicon.COUNTRIES:
            # Nor does the Union have armed forces: the defence budget a story on one member goes
            # on to report after the EU's aid ("La loi de programmation militaire prévoit 413
            # milliards d'euros") is the member's; so is its share of the Facility ("Über die
            # Friedensfazilität der EU trägt es bei. Sein Anteil ... liegt bei 2,8 Prozent").
            carried = hints.main
        if (
            category == "defense_spending"
            and donor is None
            and not sentence.actors
            and hints.local is not None
            and _OWNER_PRONOUN_OPENING.match(sentence.text)
            and _fits_category(hints.local, category)
        ):
            # "Ukraine, with an economy a tenth of Russia's size, spends far more. Its defence
            # budget ...": the country the sentence before was about, whatever giver it named
            carried = hints.local
            hinted.add("spoken")
        elif (
            category == "defense_spending"
            and donor is None
            and not sentence.actors
            and hints.spoken is not None
            and _fits_category(hints.spoken, category)
        ):
            # A defence budget in a paragraph that has turned to another country ("Ukraine's
            # own needs keep growing ... Defence spending is planned at 27% of GDP") is that
            # country's, not the giver the paragraph before was about.
            carried = hints.spoken
            hinted.add("spoken")  # the story's time goes on: the paragraph's country is no news
        if donor is None and carried is not None and _fits_category(carried, category):
            donor = carried  # "it pledged ... 0.25%, and called on all allies": the context's
            hinted.add("donor")
        elif donor is None:
            donor = donor_of(sentence, start, end, category, others)
        donor = "NATO allies" if asked else _canonical_giver(donor, category)
        if category == "pledge_target" and _alliance_level(sentence, start, end, unit, others):
            donor = "NATO allies"
        if category == "pledge_target" and unit == "percent" and donor == "NATO allies":
            member = _one_members_level(sentence, start, end, hints)
            if member is not None:
                donor = member
                if not any(a.name == member for a in sentence.actors):
                    hinted.add("donor")
        if (
            donor == "NATO allies"
            and category in lexicon.AID_CATEGORIES
            and _allies_at_ramstein(sentence, following)
        ):
            # "Ukraine's allies pledged more than $21 billion ... at a meeting of the Ukraine
            # Defense Contact Group": the group's members, not the alliance
            donor = "Ramstein group"
        if category == "financial_aid" and _g7_loans_whole(sentence, start, end, unit, others):
            donor = "G7"
        if (
            category == "financial_aid"
            and unit != "percent"
            and _named_around(
                sentence.text,
                start,
                end,
                lexicon.REPARATIONS_LOAN_BEFORE,
                lexicon.REPARATIONS_LOAN_AFTER,
                40,
            )
        ):
            # "un « prêt de réparation » de 140 milliards d'euros", "a €140 billion reparations
            # loan": the Union's loan, whoever backs or blocks it
            donor = "EU"
        if (
            category in lexicon.AID_CATEGORIES
            and unit != "percent"
            and _named_around(
                sentence.text, start, end, lexicon.WINDFALL_BEFORE, lexicon.WINDFALL_AFTER, 60
            )
        ):
            # "environ 600 millions d'euros issus des revenus des avoirs russes immobilisés, que
            # Bruxelles reverse à Paris", "Aus den Zinserträgen ... sind rund 3 Milliarden Euro
            # geflossen": the windfall the Union hands on is the Union's (the articles' README)
            donor = "EU"
        if (
            category in lexicon.AID_CATEGORIES
            and unit != "percent"
            and _named_around(
                sentence.text,
                start,
                end,
                lexicon.EU_INSTRUMENT_BEFORE,
                lexicon.EU_INSTRUMENT_AFTER,
                50,
            )
        ):
            # "au titre du Fonds d'assistance à l'Ukraine de 5 milliards d'euros", "The facility's
            # €5 billion Ukraine Assistance Fund", "Die Ukraine-Fazilität umfasst 50 Milliarden":
            # the size of the Union's instrument is the Union's, whoever pays into it
            donor = "EU"
        if (
            category == "financial_aid"
            and unit != "percent"
            and _named_around(
                sentence.text, start, end, lexicon.EU_LOAN_BEFORE, lexicon.EU_LOAN_AFTER, 50
            )
        ):
            # "La France participe également au prêt européen de 90 milliards d'euros", "the
            # €90 billion EU loan": the Union's loan, not the member's the sentence is on
            donor = "EU"
        if (
            donor in (*_US_ARMS_BUYERS, "NATO", "United States")
            and category in lexicon.AID_CATEGORIES
            and unit != "percent"
            and lexicon.US_ARMS_BOUGHT.search(sentence.text)
        ):
            # "European allies buy American weapons for Kyiv through PURL", "les Européens
            # achètent des armes américaines": the United States sells, it gives nothing; the
            # allies who pay are Europe's, and Canada when all allies are named (README, groups)
            donor = _us_arms_buyers(sentence, donor)
        if (
            donor in ("EU", "European countries")
            and category == "defense_spending"
            and unit != "percent"
            and lexicon.MOBILISING_BEFORE.search(sentence.text, max(0, start - 60), start)
        ):
            # "the Commission's plan to mobilise up to €800 billion for defence": what the plan
            # lets the member states spend, not the Union's money
            donor = "EU member states"
        if (
            donor == "EU"
            and category == "defense_spending"
            and (unit == "percent" or _said_spent(sentence.text, start))
        ):
            # "Les Vingt-Sept ont dépensé 343 milliards d'euros pour leur défense", "1,9 % de
            # leur PIB": the Union has no armed forces; what was spent is its members'.
            donor = "EU member states"
        if scheme:
            borrower = _scheme_borrower(sentence, start, end, donor or borrower)
            donor = "EU"
            if not lexicon.names_loan_scheme(sentence.text):
                hinted.add("donor")  # the instrument named the sentence before
    if (
        category in lexicon.AID_CATEGORIES
        and unit != "percent"
        and _traded(sentence.text, start, end)
    ):
        # "Bulgarian factories sold ammunition worth more than EUR 3 billion", "Ukraine's arms
        # industry could produce weapons worth $35 billion": trade or capacity, not a gift (its
        # country stays the one the story gave it)
        category = "other"
    if category != "other" and unit != "percent" and exchange_rate(sentence.text, end):
        category = "other"  # "converted at the average rate of $1.13 per euro": a currency's price
    year = year_of(sentence, start, end, others=others, money=unit != "percent")
    if year is None and not _clause_years(sentence, start, end, others):
        year = years.budget_clause_year(sentence.text, start)
    if year is not None and unit != "percent" and _over_years(sentence, start, end, others):
        year = None  # "8 milliards $ sur cinq ans, prévus par le budget de 2022"
    if year is not None and _runs_over_years(sentence, start, end, others):
        year = None  # "spent 2.4% last year and had given ... €8 billion since the invasion"
    if (
        year is not None
        and unit != "percent"
        and _BROUGHT_SINCE_BEFORE.search(sentence.text, max(0, start - 90), start)
    ):
        # "paid $1 billion this year, bringing payments since 2023 to $1.6 billion": the
        # running total a new sum brings up is of no one year, not the new sum's
        year = None
    if (
        year is not None
        and category == "pledge_target"
        and unit == "percent"
        and _range_over_years(sentence, start, end, others)
    ):
        year = None  # "between 5% and 6% of GDP from 2026": a level over years, of no one year
    if year is not None and _change_on_base(sentence, start, end, year):
        year += 1  # "an increase of NOK 19 billion from 2024": the year it leads to
    elif unit == "percent" and (base := _base_against(sentence, start, end, year)) is not None:
        year = base + 1  # "3.8% higher than the budget for the current fiscal year"
    # "prêter 90 milliards d'euros à l'Ukraine en 2026 et 2027": neither year alone
    both = years.two_years(sentence.text, *_clause(sentence.text, start, end, others))
    if both:
        year = None
    instrument = unit != "percent" and _sizes_instrument(sentence.text, start, end)
    instrument = instrument or scheme  # a member's loans from the instrument: no one year
    if instrument or threshold:
        year = None  # "the €50 billion Ukraine Facility": a standing instrument has no one year
    # The price of one item ("A single interceptor costs $4 million") is a standing price, not a
    # sum of the time the story tells: nothing in the context dates it.
    priced = category == "other" and unit != "percent" and sentence.prices
    # So is an estimate of what the war destroyed or rebuilding will cost ("The World Bank puts
    # the damage to the energy system at $10 billion"): a running tally, of no one year.
    tally = (
        category == "other"
        and unit != "percent"
        and bool(sentence.war_costs)
        and _distracted(sentence, start, end, others, costs=True)
    )
    if tally:
        year = None
    meant = (
        _country_meant(sentence, start, hints.local)
        if category in _OWN_CATEGORIES and not nobody
        else None
    )
    # (over a giver the context or a name after it offered, not over one a rule found: "la
    # reconstruction du pays était estimée à 524 milliards de dollars" is Ukraine's bill)
    offered = donor is None or "donor" in hinted or any(a.name == donor for a in sentence.actors)
    if meant is not None and offered:
        donor = meant  # "... the National Bank. The country spends 26% of GDP on defence"
        hinted.add("donor")
    if points_back and referent is not None:
        if donor is None and referent.donor is not None and category != "other" and not nobody:
            # (an aside pointing back, "29 Prozent sind dafür", is nobody's)
            donor = referent.donor
            borrowed.add("donor")
        lo, hi = _clause(sentence.text, start, end)
        cumulative = lexicon.no_single_year(sentence.text, lo, hi)
        # (a target's deadline is no time of an actor's own spending told after it: "... the
        # 3.5% target agreed for 2035. The United States, the largest spender at $980 billion,
        # grew its budget")
        deadline = (
            referent.category == "pledge_target"
            and category != "pledge_target"
            and lexicon.POSSESSIVE_ANAPHOR.search(sentence.text) is not None
        )
        if (
            year is None
            and referent.year is not None
            and not cumulative
            and not tally
            and not deadline
        ):
            year = referent.year
            borrowed.add("year")
    recipient = None
    # A pledge of money, or of a share of GDP for Ukraine ("0.25% of GDP a year to Ukraine's
    # army"), has a recipient; a defence target has none.
    # "maintenir ce soutien à hauteur de 0,2 % de son revenu national brut": a share pledged
    # as support is aid to the recipient the story names.
    pledged_aid = category == "pledge_target" and (
        (unit != "percent" and not budget_goal)
        or sentence.names_ukraine
        # a share asked of every ally, not for their own defence, is for the aid the story is on
        or (asked and not any(k.label == "defense_spending" for k in sentence.keywords))
        or (lexicon.AID_WORD.search(sentence.text) is not None and not hints.defence)
    )
    if (category in lexicon.AID_CATEGORIES or pledged_aid) and not whole_fund:
        neighbours = [s for s in (previous, following) if s is not None]
        recipient = borrower or recipient_of(sentence, neighbours, (start, end))
        if recipient is not None and not any(a.name == recipient for a in sentence.actors):
            borrowed.add("recipient")  # named by the sentence before or after
        if recipient == "Ukraine" and _ukraine_only_in_parts(sentence, end, others):
            recipient = None  # "$95bn foreign aid bill, including $61bn for Ukraine"
        if recipient is None and points_back and referent is not None:
            recipient = referent.recipient
            borrowed.add("recipient")
    # A sentence that dates itself relatively ("last year's summit") with no publication date to
    # count from leaves the year unfixed: the context must not fill it.
    open_year = (
        year is None
        and not both
        and not instrument
        and not threshold
        and not priced
        and not tally
        and (sentence.when is not None or not lexicon.RELATIVE_TIME.search(sentence.text))
    )
    return Attributes(
        category,
        donor,
        recipient,
        year,
        frozenset(borrowed),
        generic and not hinted,
        open_year=open_year,
        hinted=frozenset(hinted),
        nobody=nobody,
        own_forces=budget_goal,
        whole_fund=whole_fund,
    )


def _change_on_base(sentence: Sentence, start: int, end: int, year: int) -> bool:
    """True when the figure is a change whose stated year is its base (years.change_on_base)."""
    spans = [(y.start, y.end) for y in sentence.years if y.label == str(year) and y.start >= end]
    return years.change_on_base(sentence.text, start, end, spans[0] if spans else None)


def _base_against(sentence: Sentence, start: int, end: int, year: int | None) -> int | None:
    """The year of the base a percentage is a change against, dated right after it, when the
    percentage's year is that base's or none (years.change_against_base); else None."""
    base = next((y for y in sentence.years if y.start >= end), None)
    if base is None or year not in (None, int(base.label)):
        return None
    if not years.change_against_base(sentence.text, (start, end), (base.start, base.end)):
        return None
    return int(base.label)


def _clause_years(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the figure's own clause names a year (or a relative one)."""
    lo, hi = _clause(sentence.text, start, end, others)
    return any(lo <= y.start < hi for y in sentence.years)


# A running total brought up since a start, right before the sum: "bringing payments since 2023
# to", "taking its total since the invasion to".
_BROUGHT_SINCE_BEFORE = re.compile(
    r"\b(?:bringing|taking|raising|lifting|pushing)\s+(?:[\w'’]+\s+){0,4}?since\s+[^,;.]{0,40}?"
    r"\bto\s+(?:(?:about|around|more\s+than|nearly|almost|some)\s+)?$",
    re.IGNORECASE,
)


def _runs_over_years(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the figure at [start, end) is followed right away by the stretch it runs over
    (years.runs_over_years)."""
    hi = _clause(sentence.text, start, end, others)[1]
    marks = [y.start for y in sentence.years] + [o_start for o_start, _ in others]
    return years.runs_over_years(sentence.text, end, hi, marks)


def _over_years(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the sum at [start, end) runs over several years or since a start, told in its
    own clause ("€8 billion since the invasion", "$50 billion over the next decade"), and the
    year the sentence names stands outside that clause: that year is another thing's."""
    text = sentence.text
    lo, hi = _clause(text, start, end, others)
    if any(lo <= y.start < hi and not _names_programme(text, y) for y in sentence.years):
        return False  # "£18 billion so far this year": its own time
    # (a recurring sum keeps the year it is stated for: "£3 billion a year from 2025")
    return lexicon.no_single_year(text, lo, hi, figure_end=end) and not lexicon.YEARLY.search(
        text, lo, hi
    )


# A year that ends a quoted name: "„Aufbauplan 2032“", "'Readiness 2033'", "« programme 2033 »".
_NAME_YEAR_AFTER = re.compile(r"\+?\s?[“”\"'’»]")
_NAME_OPENED_BEFORE = re.compile(r"[„“\"'‘«][^„“”\"'‘’«».;]{0,40}$")


def _names_programme(text: str, year: Span) -> bool:
    """True when `year` closes a quoted name (a plan named after its horizon): the name's, not
    the time of a sum told over the years."""
    return bool(
        _NAME_YEAR_AFTER.match(text, year.end)
        and _NAME_OPENED_BEFORE.search(text, max(0, year.start - 40), year.start)
    )


def _named_around(
    text: str, start: int, end: int, before: re.Pattern[str], after: re.Pattern[str], reach: int
) -> bool:
    """True when what `before` names ends within `reach` characters before the figure at
    [start, end), or what `after` names follows it at once ("a €140 billion reparations loan",
    "un « prêt de réparation » de 140 milliards d'euros")."""
    return bool(before.search(text, max(0, start - reach), start) or after.match(text, end))


def names_holdings(sentence: Sentence | None) -> bool:
    """True when `sentence` names the Russian central bank's or Russia's frozen holdings."""
    if sentence is None:
        return False
    return _names_russian_holdings(sentence.text)


@functools.lru_cache(maxsize=256)
def _names_russian_holdings(text: str) -> bool:
    """True when `text` names the Russian central bank's or Russia's frozen holdings. Asked of a
    sentence several times, hence cached; every alternative of both patterns spells "russ" (in
    any case), looked for first."""
    if "russ" not in text.casefold():
        return False
    return bool(lexicon.RUSSIAN_CENTRAL_BANK.search(text) or lexicon.RUSSIAN_HOLDINGS.search(text))


def _frozen_reserves(
    sentence: Sentence,
    start: int,
    end: int,
    others: Sequence[tuple[int, int]] = (),
    *,
    told: bool = False,
) -> bool:
    """True when the sum at [start, end) is what Russia's central bank has frozen abroad, named in
    its sentence ("£25 billion of frozen Russian central bank assets") or, once the story has
    named them (`told`), where they are held ("Most of it, roughly €190 billion, is held at
    Euroclear"). Not what they back, earn or pay for ("a €140 billion loan backed by the frozen
    assets", "windfall profits of €3 billion")."""
    text = sentence.text
    named = _names_russian_holdings(text)
    before = max(0, start - 80)
    if named:
        if lexicon.ASSETS_AFTER.match(text, end):
            return True
        if lexicon.ASSETS_OF_WHICH_AFTER.match(text, end) and lexicon.ASSETS_BEFORE.search(
            text, before, start
        ):
            return True  # "immobilised Russian assets, some €185 billion of which are held"
        # (or sized right after their holder: "Ceux de la Banque centrale de Russie, quelque 183
        # milliards d'euros, restent bloqués")
        holders = itertools.chain(
            lexicon.RUSSIAN_CENTRAL_BANK.finditer(text, before, start),
            lexicon.RUSSIAN_HOLDINGS.finditer(text, before, start),
        )
        if (
            not lexicon.ASSETS_EARN.search(text, before, start)
            and (
                lexicon.ASSETS_BEFORE.search(text, before, start)
                or any(lexicon.HOLDER_APPOSED.fullmatch(text, m.end(), start) for m in holders)
            )
            # (not the loan or levy they back: "the G7 loan financed from immobilised Russian
            # assets, £2.26 billion")
            and not lexicon.ASSETS_USED.search(text, 0, start)
        ):
            return True
        for o_start, o_end in others:
            if o_end <= start and lexicon.ASSETS_PART.search(text, o_end, start):
                # "210 Milliarden Euro der russischen Zentralbank eingefroren, davon etwa 185"
                return _frozen_reserves(sentence, o_start, o_end, others, told=told)
    if not (named or told):
        return False
    if lexicon.ASSETS_USED.search(text) or lexicon.IN_RUSSIA.search(text):
        return False  # (nor Western assets held in Russia)
    if lexicon.ASSETS_FROZEN.search(text) and lexicon.ASSETS_BEFORE.search(text, before, start):
        # the holdings sized and said frozen, whatever else the sentence names ("In der Schweiz
        # sind nach Angaben des Staatssekretariats für Wirtschaft Vermögenswerte von 7,4
        # Milliarden Franken gesperrt")
        return True
    return not sentence.distractors and lexicon.ASSETS_HELD.search(text) is not None


def _share_of_all_aid(
    text: str,
    end: int,
    unit: str,
    previous: Sentence | None,
    others: Sequence[tuple[int, int]] = (),
) -> bool:
    """ "Measured against their economies, ... Germany allocated 0.2% of GDP" after a paragraph
    on military aid: a share of the economy that neither its sentence (the caller checks) nor
    the one before gives a kind of aid is of all the aid; so is one going on from such a share
    ("Germany's allocations amount to 0.6% of its GDP, the United Kingdom's to 0.5%")."""
    if unit != "percent":
        return False
    gdp_before = any(
        o_end < end
        and lexicon.PERCENT_END.search(text, max(0, o_end - 12), o_end)
        and lexicon.OF_GDP.match(text, o_end)
        for _, o_end in others
    )
    if lexicon.OF_GDP.match(text, end) is None and not gdp_before:
        return False
    return previous is None or not any(k.label in _LISTED_KINDS for k in previous.keywords)


# What a benchmark met by every ally would yield may read as aid given or, beside Ukraine's
# needs, as a need; it is the benchmark's (README, "Settled cases").
_BENCHMARK_YIELDS = _LISTED_KINDS | {"aid_total", "other"}
# What a country's own figures are of (not aid, where "the country" is often the one that gets it).
_OWN_CATEGORIES = frozenset({"other", "defense_spending"})


def _benchmark_yield(sentence: Sentence, previous: Sentence | None, start: int, unit: str) -> bool:
    """True when a sum is what every ally meeting a benchmark would give ("Had every ally met the
    benchmark in 2025, Ukraine would have received about €120 billion", "Würden alle
    europäischen Nato-Staaten 0,25 Prozent ihres BIP aufwenden, kämen rund 55 Milliarden Euro
    zusammen"): the condition comes before the sum, and the benchmark, a target or a share, is
    named in the sentence or the one before."""
    if unit == "percent":
        return False
    text = sentence.text
    condition = lexicon.IF_EVERY_ALLY.search(text, 0, start)
    if condition is None or not _WOULD.search(text, condition.end(), start):
        return False
    told = [text] + ([previous.text] if previous is not None else [])
    return any(lexicon.TARGET_WORD.search(t) or _SHARE_WORD.search(t) for t in told)


# The result of a condition, before the sum it yields: "would have received", "kämen", "aurait".
_WOULD = re.compile(r"\b(?:would|würden?|kämen?|aurai(?:t|ent)|serai(?:t|ent))\b", re.IGNORECASE)
_SHARE_WORD = re.compile(r"%|\b(?:per\s?cent|percent|Prozent|pour[\s-]cent)\b", re.IGNORECASE)


def _asked_of_every_ally(text: str, start: int, end: int) -> bool:
    """True when the share at [start, end) is asked of every ally ("every ally commit 0.1% of
    GDP", "the 0.25% of GDP that the Baltic states want all allies to give")."""
    lo, _ = _clause(text, start, end)
    if lexicon.ASKED_OF_EVERY_ALLY_BEFORE.search(text, max(lo, start - 40), start):
        return True
    return lexicon.ASKED_OF_EVERY_ALLY_AFTER.match(text, end) is not None


# A sentence opening on the possessive of the country just spoken of: "Its defence budget",
# "Sein Verteidigungshaushalt", "Son budget de défense".
def _home(hints: Hints) -> str | None:
    """The country "the government" or "the ministry" stands for: the story's main one, or the
    country the sentence before, in a paragraph that has not named the main one, was about
    ("Madrid estime que 2,1 % suffisent. Le gouvernement a adopté un plan de ...", "Österreich
    leistet keine Waffenhilfe. Das Außenministerium stockte ... auf")."""
    if (
        hints.main not in hints.paragraph_givers
        and hints.latter in lexicon.COUNTRIES
        and hints.latter == hints.donor == hints.local
    ):
        return hints.latter
    return hints.main if hints.main in lexicon.COUNTRIES else None


# The story's own state as the one whose finances an economic figure tells: its government, its
# treasury or its governing coalition.
_HOME_ECONOMY = re.compile(
    r"\b(?:the\s+(?:Exchequer|Treasury|government|coalition)|(?:die|der)\s+(?:Bundes)?regierung"
    r"|(?:die|der)\s+Koalition|(?:le|du|au)\s+gouvernement|le\s+Trésor|la\s+majorité)\b",
    re.IGNORECASE,
)
_OWNER_PRONOUN_OPENING = re.compile(r"\W*(?:Its|Sein|Seine|Son|Sa|Ses)\b")
# A plural owner opening the sentence: "Their share", "Ihr Anteil", "Leur part".
_PLURAL_OWNER_OPENING = re.compile(r"\W*(?:Their|Ihr|Ihre|Leur|Leurs)\b")


def _country_meant(sentence: Sentence, start: int, local: str | None) -> str | None:
    """The country "the country", "das Land" or "le pays" stands for, when no giver is named
    before it nor before the figure at `start`: the first country named before it ("Ukrainian
    officials say the attacks knocked out 60% of the country's gas production"), else the one
    the paragraph has spoken of last ("Ukraine's inflation slowed to 14%. The country spends
    26% of GDP on defence"). Not in an apposition on another noun ("Mitsubishi Heavy
    Industries, the country's biggest defence contractor, rose 1.9%")."""
    anaphor = lexicon.COUNTRY_ANAPHOR.search(sentence.text)
    if anaphor is None or sentence.text[: anaphor.start()].rstrip().endswith(","):
        return None
    first = min(anaphor.start(), start)
    if any(not a.recipient and a.start < first for a in sentence.actors):
        return None
    named = [a.name for a in sentence.actors if a.end <= anaphor.start()]
    meant = named[0] if named else local
    return meant if meant in lexicon.ECONOMIES else None


def _world_total(sentence: Sentence, lo: int, start: int) -> bool:
    """The figure at `start`, in a clause from `lo`, is the world's: "world military expenditure
    reached $2.7 trillion", "out of a world total of $2.72 trillion", "À l'échelle mondiale, les
    dépenses militaires ont atteint", with no giver and no other figure between the world and
    it."""
    world = lexicon.WORLD.search(sentence.text, lo, start)
    if world is None or lexicon.SHARE_OF.search(sentence.text, lo, start):
        return False
    return not any(lo <= a.start < start for a in sentence.actors)


_POLL_PLACE_BEFORE = re.compile(r"\b(?:in|en|au|aux)\s+$", re.IGNORECASE)


def _described(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> str | None:
    """The country an economic figure describes: the nearest one named before it in its clause.
    A figure with no economic word is `other` because no kind of aid or defence was read near it
    ("Italy reported 2.0% for 2025", "Deutschland werde sich mit 300 Millionen Euro beteiligen"):
    it is still the giver's its clause names before it, as a country's budget or aid would be
    (not a price's or a war cost's, which describe no giver; a poll's only when it names the
    country whose people it asked: "41% of Germans")."""
    if sentence.poll:
        polled = lexicon.polled_country(sentence.text, end) or lexicon.polled_country(sentence.text)
        if polled is None:
            # "in Germany, support for continued military aid fell to 49%", "dass in Italien nur
            # 34 Prozent der Befragten": the one country the poll is placed in
            placed = {
                a.name
                for a in sentence.actors
                if a.name in lexicon.COUNTRIES
                and _POLL_PLACE_BEFORE.search(sentence.text, max(0, a.start - 6), a.start)
            }
            polled = placed.pop() if len(placed) == 1 else None
        return polled
    if sentence.war_costs and sentence.names_ukraine:
        return "Ukraine"  # "the cost of Ukraine's reconstruction": the damage done to Ukraine
    quoted = _state_yield(sentence.text, start, others)
    if quoted is not None:
        return _borrower(sentence, quoted.start(), start)
    if not sentence.distractors:
        if sentence.prices or sentence.war_costs:
            return None
        lo, _ = _clause(sentence.text, start, end)
        givers = [
            a for a in sentence.actors if lo <= a.start and a.end <= start and not a.recipient
        ]
        return ("NATO allies" if givers[-1].name == "NATO" else givers[-1].name) if givers else None
    if _market_quoted(sentence, start, end, others):
        return None  # a company's shares describe no country
    lo, hi = _clause(sentence.text, start, end)
    # Ukraine named as where the money goes ("the tax revenue ... goes to a fund for Ukraine")
    # is not the economy the figure describes.
    actors = [a for a in sentence.actors if not (a.recipient and receiving(sentence.text, a))]
    # (nor the country named as waging the war: "The economy shrank by 29.1% after Russia's
    # invasion")
    actors = [a for a in actors if not lexicon.WAGING_AFTER.match(sentence.text, a.end)]
    before = [a for a in actors if lo <= a.start and a.end <= start]
    following = [a for a in actors if a.start >= end and a.end <= hi]
    if (
        following
        and any(o_end <= start for _, o_end in others)
        and lexicon.FOR_GIVER.fullmatch(sentence.text, end, following[0].start)
    ):
        # a comparison's later item, with the country right after it: "La dette dépasse 110 %
        # du PIB en France et 135 % en Italie", "inflation of 2.1% in Spain and 3.4% in Poland"
        return following[0].name
    if before:
        return before[-1].name
    # "Finland has been hit by a recession, with GDP contracting by 0.1%": the sentence's subject.
    subjects = [a for a in actors if a.end <= start]
    if subjects:
        return subjects[0].name
    # "La dette publique dépasse 110 % du PIB en France": the country named after it; not the
    # Union named after a member's ratio, as its yardstick or lender ("a deficit of 3.1% of GDP,
    # above the EU's 3% ceiling", "die EU-Kommission hat ein Defizitverfahren eingeleitet"),
    # which leaves the figure to the country the story speaks of.
    ratio = lexicon.PERCENT_END.search(sentence.text, start, end) is not None
    after = [a for a in actors if a.start >= end and a.end <= hi and not (ratio and a.name == "EU")]
    return after[0].name if after else None


def _currency_moving(sentence: Sentence, start: int, end: int) -> str | None:
    """The country of the national currency whose rate or move an `other` figure gives: the one
    named before it in its clause, no country named between ("the yen has lost about 8% against
    the dollar", "die Hrywnja hält sich mit rund 48 Hrywnja je Euro")."""
    text = sentence.text
    lo, _ = _clause(text, start, end)
    named = max(
        lexicon.CURRENCY_MOVER.finditer(text, lo, start), key=lambda m: m.start(), default=None
    )
    if named is None:
        return None
    if any(named.end() <= a.start and a.end <= start for a in sentence.actors):
        return None  # "the yen's fall makes Japan's pledge worth 2%": the nearer name's
    return lexicon.currency_country(named)


def _market_quoted(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the figure is a market's quote ("Shares in Saab rose 2.3%, while Kongsberg
    gained 1.2%"): a market named in its clause, or before it when its own clause names no
    economic subject. A country's inflation or debt in a clause of its own stays the country's
    ("the hryvnia has lost 4% against the euro, and consumer prices in Ukraine rose 13.2%")."""
    text = sentence.text
    if not lexicon.MARKET.search(text):
        return False
    lo, hi = _clause(text, start, end, others)
    if lexicon.MARKET.search(text, lo, hi):
        return True
    return not any(lo <= d.start and d.end <= hi for d in sentence.distractors)


# How far before a yield its bond may be named: "die Rendite zehnjähriger Bundesanleihen war nach
# Bekanntwerden der Pläne Anfang März auf 2,9 Prozent gesprungen".
_YIELD_REACH = 100
# What a borrowing cost's sentence must hold (a cheap test before the pattern).
_YIELD_CUES = ("ield", "ndite", "endement", "emprunt")


def _state_yield(text: str, start: int, others: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The state bond yield the figure at `start` quotes ("Spanish ten-year bond yields were flat
    at 3.1%", "le taux d'emprunt français à dix ans proche de 3,5 %"), named before it with no
    other figure between."""
    if not any(cue in text for cue in _YIELD_CUES):
        return None
    lo = max([0, start - _YIELD_REACH, *(o_end for _, o_end in others if o_end <= start)])
    return max(lexicon.STATE_YIELD.finditer(text, lo, start), key=lambda m: m.start(), default=None)


def _borrower(sentence: Sentence, named: int, start: int) -> str | None:
    """The state whose bond a yield named at `named` quotes: by the bond's name or the country's
    adjective ("gilt yields", "the German ten-year yield", "l'emprunt allemand"), else the
    country named just before the figure ("Italy's 10-year bond yield"); None when the sentence
    names neither ("Our ten-year yield"), for the story's country to take."""
    lo = max(0, named - 40)
    adjective = lexicon.borrower_named(sentence.text, lo, start)
    if adjective is not None:
        return adjective
    actors = [
        a
        for a in sentence.actors
        if lo <= a.start
        and a.end <= start
        and a.name in lexicon.ECONOMIES
        and not (a.recipient and receiving(sentence.text, a))
    ]
    return actors[-1].name if actors else None


# The Union named in a sentence, by its initials or as "the bloc" ("the bloc's 3% ceiling"; not
# the Canadian "Bloc québécois").
_EU_NAMED = re.compile(r"EU|\bEuropean\s+Union\b|\bbloc\b")


# One company's results, which describe no country even when its home is named ("Terma, the Danish
# defence company, said its revenue rose 18%"); not a whole industry's ("Danish defence
# manufacturers, whose combined revenue grew 14%": the plural names no one company).
_COMPANY = re.compile(
    r"\b(?:company|group|firm|maker|manufacturer|contractor|Konzern\w*|Hersteller\w*|Unternehmen\w*"
    r"|Rüstungskonzern\w*|groupe|entreprise|fabricant|société|industriel"
    # (many companies' results alike: "the world's 100 largest arms producers")
    r"|(?:arms|defence|defense)\s+(?:producers|companies|firms|makers))\b",
    re.IGNORECASE,
)
_COMPANY_RESULT = re.compile(
    r"\b(?:revenues?|sales|order\s+intake|orders|(?:net\s+)?profits?|earnings|turnover|Umsatz\w*"
    r"|Auftragseingang|Auftragsbestand|(?:Netto|Konzern)?[Gg]ewinn\w*|chiffre\s+d['’]affaires"
    r"|commandes|bénéfices?|shares\s+(?:in|of))\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# What only a company has, named with no word for a company: "Rheinmetall reported an order
# backlog of €64 billion", "le carnet de commandes", "der Auftragsbestand".
_BACKLOG = re.compile(
    r"\b(?:(?:order\s+)?backlogs?|carnets?\s+de\s+commandes|Auftragsbest(?:a|ä)nd\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _company_result(sentence: Sentence, start: int) -> bool:
    """True when the figure at `start` is one company's revenue, orders, profit or investment."""
    text = sentence.text
    lo = max(0, start - 70)
    if _BACKLOG.search(text, lo, start) is not None:
        return True
    if lexicon.COMPANY_INVESTS.search(text, lo, start) is not None:
        return True  # "The company is investing $500 million in the plant"
    return _COMPANY_RESULT.search(text, lo, start) is not None and _COMPANY.search(text) is not None


def _of_no_country(sentence: Sentence, start: int, end: int) -> bool:
    """True when an `other` figure describes no country, neither one the sentence names nor the
    story's: a price per barrel or an exchange rate, one company's results, or the euro area's
    figure or one of the EU's fiscal limits, named just before it with no one named in between (or
    a limit named right after it in a sentence on the EU)."""
    text = sentence.text
    if lexicon.PER_UNIT.match(text, end):
        return True  # "Brent crude averaged around $69 a barrel", "$1.13 per euro"
    if _company_result(sentence, start):
        return True  # "the group said its turnover rose to DKK 2.9 billion"
    lo = max(0, start - 60)
    for pattern in (lexicon.EURO_AREA, lexicon.EU_LIMIT):
        named = max(pattern.finditer(text, lo, start), key=lambda m: m.start(), default=None)
        if named is None or lexicon.RANKED_IN.search(
            text, max(0, named.start() - 40), named.start()
        ):
            continue  # a country ranked in it: "among the highest in the euro area"
        # Another subject between is the figure's ("dans la zone euro et un taux d'emprunt
        # français à 3,5 %"); the area's own ("Euro-area inflation", "Dans la zone euro,
        # l'inflation") is not.
        own = named.end() + 6
        between = [a.start for a in sentence.actors]
        between += [d.start for d in sentence.distractors if d.start > own]
        if not any(named.end() <= other < start for other in between):
            return True
    area = lexicon.EURO_AREA_AFTER.match(text, end)
    if area is not None:
        # "une inflation de 2,4 % en février dans la zone euro": the area's, when no one is named
        # in the figure's clause before it nor between ("2.4% in Spain and in the euro area")
        lo = _clause(text, start, end)[0]
        if not any(lo <= a.start < area.end() for a in sentence.actors):
            return True
    return bool(lexicon.LIMIT_AFTER.match(text, end)) and _EU_NAMED.search(text) is not None


# Prices across an economy, which are its inflation: "consumer prices rose 4.3%", "core
# consumer prices", "les prix à la consommation" (the word before the price word, or after it).
_CONSUMER_BEFORE = re.compile(r"\b(?:consumer|core|retail)\s+$", re.IGNORECASE)
_CONSUMER_AFTER = re.compile(r"\s+à\s+la\s+consommation\b", re.IGNORECASE)


def _priced(sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when the figure's nearest economic subject is a price ("le prix du baril"), not
    the prices of a whole economy ("consumer prices rose 4.3%": its inflation)."""
    lo, hi = _clause(sentence.text, start, end)
    near = [d for d in sentence.distractors if lo <= d.start and d.end <= hi]
    nearest = _nearest(near, start, end, len(sentence.text))
    if nearest is None:
        return False
    text = sentence.text
    if lexicon.PRICE_WORD.fullmatch(text, nearest.start, nearest.end) is None:
        return False
    consumer = _CONSUMER_BEFORE.search(text, max(0, nearest.start - 12), nearest.start)
    return consumer is None and _CONSUMER_AFTER.match(text, nearest.end) is None


def _eu_scheme_loan(
    sentence: Sentence,
    start: int,
    end: int,
    previous: Sentence | None,
    others: Sequence[tuple[int, int]],
    *,
    schemed: bool = False,
) -> bool:
    """True for a sum of the EU's loan instrument for arms: named in the sum's clause, or in a
    sentence that tells who borrows from it ("Prague has applied for €2.06 billion, a fraction
    of Poland's €43.7 billion"), or before it in the story (`schemed`) when this one goes on with
    the borrowers (an explainer's "How much does Romania get? Bucharest has been allocated EUR
    16.68 billion"). Another sum of the sentence ("as part of a plan to mobilise up to €800
    billion") is not the instrument's."""
    text = sentence.text
    _, hi = _clause(text, start, end, others)
    scheme_here = lexicon.may_name_loan_scheme(text)
    after = lexicon.EU_LOAN_SCHEME.search(text, end, hi) if scheme_here else None
    if after is not None and lexicon.OTHER_PLAN.search(text, end, after.start()) is None:
        return True  # "EUR 3.3 billion in SAFE loans", "the €150 billion SAFE instrument"
    named = max(
        lexicon.EU_LOAN_SCHEME.finditer(text, 0, start) if scheme_here else (),
        key=lambda m: m.start(),
        default=None,
    )
    if (
        named is not None
        and not any(named.end() <= o_start < start for o_start, _ in others)
        and lexicon.OTHER_PLAN.search(text, named.end(), start) is None
    ):
        return True  # "the SAFE instrument, which will lend member states up to €150 billion"
    if named is not None and lexicon.SCHEME_SIZE_BEFORE.search(text, max(0, start - 80), start):
        # its size told after a member's share: "SAFE, dont la Pologne est le premier
        # bénéficiaire avec 43,7 milliards d'euros sur une enveloppe de 150 milliards"
        return True
    if lexicon.BORROWERS_GO_ON.search(text) is None:
        return False
    return (
        schemed
        or lexicon.names_loan_scheme(text)
        or (previous is not None and lexicon.names_loan_scheme(previous.text))
    )


def _scheme_borrower(sentence: Sentence, start: int, end: int, giver: str | None) -> str | None:
    """Who borrows from the EU's instrument: the members as a whole for the instrument's size
    ("SAFE, l'instrument européen de 150 milliards d'euros", "the €150 billion SAFE instrument"),
    whoever the sentence says applied; else the member named nearest before the sum ("Prague
    has applied for €2.06 billion, a fraction of Poland's €43.7 billion"), else the country the
    sentence or the story gave the sum to ("We have applied for EUR 3.3 billion in SAFE loans"),
    else the members as a whole ("lends member states up to €150 billion"). Money of the
    instrument the sentence sends on to Ukraine ("use SAFE money to buy equipment for Kyiv:
    about €8 billion") is Ukraine's, as any aid."""
    text = sentence.text
    if lexicon.SCHEME_SIZE_BEFORE.search(text, max(0, start - 80), start) or (
        lexicon.SCHEME_SIZE_AFTER.match(text, end)
        and lexicon.SIZED_BY_ARTICLE.search(text, max(0, start - 20), start)
    ):
        return "EU member states"
    named = [a.name for a in sentence.actors if a.end <= start and a.name in lexicon.COUNTRIES]
    if named:
        return named[-1]
    if any(a.recipient and receiving(sentence.text, a) for a in sentence.actors):
        # (not Ukraine named otherwise: "some of which may benefit Ukraine's industry")
        return None
    if giver in lexicon.COUNTRIES:
        return giver
    return "EU member states"


def _borrows(sentence: Sentence) -> bool:
    return lexicon.BORROWING.search(sentence.text) is not None


def _budget_before(sentence: Sentence, start: int, end: int, unit: str) -> bool:
    """A sum its own clause calls a defence budget before naming weapons: "the budget would rise
    to EUR 33.1 billion, with the extra money going to air defence" (what it buys, not aid)."""
    if unit == "percent" or not lexicon.DEFENCE_CONTEXT.search(sentence.text):
        return False
    lo, _ = _clause(sentence.text, start, end)
    return lexicon.BUDGET_WORD.search(sentence.text, lo, start) is not None


def _kinds_listed(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when a list of two kinds of aid or more tells what the figure covers: after it, from
    a listing word that follows it with no other figure between ("$4.5bn in support this year,
    covering demining equipment, energy repairs and budget support"), or before it, from a
    listing word with no figure between ("Finland's support, including humanitarian aid and
    support for reconstruction, is EUR 4.1 billion")."""
    text = sentence.text
    for cue in lexicon.LISTING.finditer(text):
        if cue.start() >= end:
            between = (end, cue.start())
            listed = (cue.end(), len(text))
        elif cue.end() <= start:
            between = listed = (cue.end(), start)
        else:
            continue
        if any(between[0] <= o_start and o_end <= between[1] for o_start, o_end in others):
            continue
        if cue.group("all") and cue.end() <= start:
            return True  # "Across all forms of support, Europe allocated €61 billion"
        kinds = {
            k.label
            for k in sentence.keywords
            if k.label in _COUNTED_KINDS and listed[0] <= k.start and k.end <= listed[1]
        }
        if len(kinds) >= 2:
            return True
    return _parts_after_colon(sentence, end, others)


def _parts_after_colon(sentence: Sentence, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when a colon right after the figure's phrase opens its parts, of two kinds or more
    ("a $2.3 billion support package: $300 million in humanitarian aid for 2024 and $2 billion
    in concessional loans"): the whole is aid of all kinds."""
    text = sentence.text
    colon = text.find(":", end, end + 40)
    if colon < 0 or any(end <= o_start < colon for o_start, _ in others):
        return False
    if not any(o_start > colon for o_start, _ in others):
        return False
    kinds = {k.label for k in sentence.keywords if k.start > colon and k.label in _COUNTED_KINDS}
    return len(kinds) >= 2


def _buys_level(
    sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when a sum is what lifts a country's defence to a share its sentence names ("would
    need an extra €22 billion a year to hit 3.5%", "found an extra €4 billion to lift spending to
    2% of GDP", "Atteindre 3,5 % d'ici 2035 exigerait 250 milliards d'euros"), in a sentence that
    names no aid: the country's own spending, not a need of Ukraine's nor a gift."""
    text = sentence.text
    if any(k.label in lexicon.AID_CATEGORIES or k.label == "aid" for k in sentence.keywords):
        return False
    for o_start, o_end in others:
        if not lexicon.PERCENT_END.search(text, max(0, o_end - 12), o_end):
            continue
        if lexicon.REACHING.search(text, max(0, o_start - 40), o_start):
            return True
    return False


def _level_to_reach(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when the share at [start, end) is a level to be reached whose cost the sentence tells
    ("reaching 3.5% would require annual spending of about $150 billion", "Spain would need to
    add roughly €25 billion a year to reach 3.5% by 2035"): a goal ahead, not a level had."""
    lo, _ = _clause(text, start, end)
    if lexicon.REACHING.search(text, max(lo, start - 40), start) is None:
        return False
    if lexicon.COST_OF_REACHING_AFTER.match(text, end) is not None:
        return True
    sums = [
        o_start
        for o_start, o_end in others
        if o_end <= start and not lexicon.PERCENT_END.search(text, max(0, o_end - 12), o_end)
    ]
    return bool(sums) and lexicon.NEEDING.search(text, 0, sums[-1]) is not None


# How far before a level the verb binding a giver to it may stand ("committed to spending 2.6% of
# GDP on defence in 2027, including intelligence, and to meeting NATO's new target of 3.5%").
_COMMITTED_WITHIN = 150


def _one_members_level(sentence: Sentence, start: int, end: int, hints: Hints) -> str | None:
    """The one country whose own level the alliance's target at [start, end) is, when its
    sentence binds that country to it ("committed Canada in The Hague to the new alliance target
    of 5%", "Paris a souscrit à l'objectif de 3,5 %", "Ministers have committed to meeting NATO's
    new target") or tells what reaching it would cost ("reaching 3.5% would require annual
    spending of about $100 billion", "obligerait Madrid à dépenser"): the country named, else the
    story's (the articles' README, "Settled cases"). Not the members, the leaders or a group
    agreeing it ("allies committed to spend 3.5%")."""
    text = sentence.text
    givers = [a for a in sentence.actors if not a.recipient and not alliance_as_set(text, a)]
    committed = None
    for match in lexicon.COMMITTING.finditer(text, max(0, start - _COMMITTED_WITHIN), start):
        committed = match
    if committed is not None:
        named = [a for a in givers if a.end <= committed.start()]
        named += [a for a in givers if 0 <= a.start - committed.end() <= 2]  # "committed Canada"
        subject = named[-1].name if named else None
        # (the members or leaders named after that giver are the subject: "Canada hosted the
        # summit, where allies committed to 5%")
        lo = max((a.end for a in named if a.end <= committed.start()), default=0)
        if lexicon.MEMBERS.search(text, lo, committed.start()) or lexicon.LEADERS.search(
            text, lo, committed.start()
        ):
            return None
        if lexicon.LEADERS.search(text, committed.end(), start):
            return None  # "Lisbon has committed to 3.5% by 2031, ..., where leaders set 5%"
    elif _level_to_reach(text, start, end, ()) or (
        (reached := lexicon.REACHING_AFTER.match(text, end)) is not None
        and lexicon.COST_OF_REACHING_AFTER.match(text, reached.end()) is not None
    ):
        after = [a for a in givers if a.start >= end]
        subject = after[0].name if after else None
    else:
        return None
    if subject is None:
        story = [hints.donor, hints.main]
        subject = next((name for name in story if name in lexicon.COUNTRIES), None)
    return subject if subject in lexicon.COUNTRIES else None


# An industry's sales, exports, earnings or output: "sold ammunition worth", "arms exports reached",
# "may have earned up to $5.5 billion from shells", "could produce weapons worth $35 billion".
_TRADE = dispatch.guarded(
    r"\b(?:sold|sells?|sales|exports?|exported|earned|earns|turnover|(?:could|can)\s+produce"
    r"|verkauft\w*|Verkäufe\w*|Export\w*|Umsatz\w*|produzieren\s+könnte|vendu\w*"
    r"|vend(?:ent|ait)|ventes?|exportations?|exporté\w*|chiffre\s+d['’]affaires"
    r"|pourrait\s+produire)\b",
    re.IGNORECASE,
)


def _traded(text: str, start: int, end: int) -> bool:
    """True when the sum's clause tells what an industry sells, exports, earns or could make,
    before the sum and with no giving: trade, not a gift nor a budget."""
    lo, hi = _clause(text, start, end)
    return bool(_TRADE.search(text, lo, start)) and not lexicon.GIVING.search(text, lo, hi)


# A currency priced in another: "$1.13 per euro", "88 roubles to the dollar", "1,06 euro pour un
# franc" (the currency named as a sum's is: `currencies.SUFFIX_PATTERN`).
_RATE_OF_AFTER = re.compile(
    r"\s+(?:per|to\s+the|against\s+the|pour\s+une?|je|pro|für\s+einen?)\s+"
    + currencies.SUFFIX_PATTERN,
    re.IGNORECASE,
)


def exchange_rate(text: str, end: int) -> bool:
    """True when the sum ending at `end` is the price of one currency in another."""
    return _RATE_OF_AFTER.match(text, end) is not None


# A pronoun standing for the thing the sentence before named, as the figure's subject or object:
# "Es soll 2026 bei 6,5 Prozent liegen", "has promised to cut it to 8.4%", "le ramener à 5 %".
_IT_MOVED = re.compile(
    r"\b(?:it|them)\s+(?:down\s+|back\s+)?(?:to|at|below|under)\b"
    r"|\b(?:le|la|les)\s+(?:ramener|réduire|abaisser|porter|contenir)\b",
    re.IGNORECASE,
)


# A state's deficit, debt or inflation: the economic subjects a pronoun can carry into the next
# sentence (not a "war economy", which is the spending itself).
_FISCAL_SUBJECT = re.compile(
    r"\b(?:\w*deficits?|\w*[dD]efizit\w*|déficits?|debt|\w*[sS]chulden\w*|dette"
    r"|inflation\w*)\b",
    re.IGNORECASE,
)


# What a state spends, which is no aid however the sentence before spoke of it ("Insgesamt sieht
# der Haushaltsentwurf Ausgaben von 480,6 Milliarden Euro vor").
_OUTLAYS = re.compile(r"\b(?:Ausgaben|spending|expenditures?|outlays|dépenses)\b", re.IGNORECASE)


def _aid_to_ukraine_told(previous: Sentence | None) -> bool:
    """True when the sentence before names aid to Ukraine ("Auch die Hilfe für die Ukraine
    steigt", "les moyens pour le soutien à l'Ukraine") without telling its kind."""
    if previous is None or not previous.names_ukraine or previous.distractors:
        return False
    labels = {k.label for k in previous.keywords}
    return "aid" in labels and not labels - {"aid"}


# Between a named state and the sum it hands over: a giving verb or its share ("Norway gives",
# "Norway's share is", "Norwegen zahlt", "la Norvège verse"), or nothing when the verb is left
# out after the first ("... and Denmark DKK 2 billion", "and Denmark's DKK 2 billion").
_STATE_GIVES_GAP = re.compile(
    r"(?:['’]s\s+share\s+(?:is|was|amounts\s+to|comes\s+to)"
    r"|\s+(?:gives|gave|pays|paid|contributes|contributed|provides|provided|is\s+giving"
    r"|is\s+paying|is\s+contributing|gibt|gab|zahlt|zahlte|steuert|donne|verse|apporte|fournit)"
    r"|(?P<elided>(?:['’]s)?))"
    r"\s+(?:" + lexicon.ROUGHLY + r")?\s*",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"\b(?:and|und|et)\s+(?:l[ae]\s+|l['’])?$", re.IGNORECASE)


def _country_gives(sentence: Sentence, start: int) -> bool:
    """True when a named giver is the subject of a giving verb, or of its share, right before
    the sum ("Norway gives NOK 3.2 billion and Denmark DKK 2 billion")."""
    text = sentence.text
    for actor in sentence.actors:
        if actor.recipient or actor.end > start or start - actor.end > 40:
            continue
        gap = _STATE_GIVES_GAP.fullmatch(text, actor.end, start)
        if gap is None:
            continue
        if gap.group("elided") is None:
            return True
        # the verb left out: only after "and", a first giver having given in the sentence
        if _AND_BEFORE.search(text, max(0, actor.start - 8), actor.start) and any(
            _gives_named(text, first) for first in sentence.actors if first.end < actor.start
        ):
            return True
    return False


def _gives_named(text: str, actor: Actor) -> bool:
    """The giver is followed by its giving verb or share, not left bare."""
    if actor.recipient:
        return False
    gap = _STATE_GIVES_GAP.match(text, actor.end)
    return gap is not None and gap.group("elided") is None


# A giver named as one of Ukraine's: "einer der grössten Geldgeber der Ukraine", "a major donor
# to Ukraine", "le premier bailleur de fonds de l'Ukraine".
_DONOR_TO_UKRAINE = re.compile(
    r"\b(?:Geldgeber\w*|Geber\w*|Unterstützer\w*|donors?|backers?|bailleurs?(?:\s+de\s+fonds)?"
    r"|donateurs?)\s+(?:der|to|of|de\s+l['’]|à\s+l['’])\s*" + lexicon.UKRAINE_NAMES + r"\b",
    re.IGNORECASE,
)


def _donor_to_ukraine_told(previous: Sentence | None) -> bool:
    """True when the sentence before names a giver as one of Ukraine's, telling no kind of aid
    ("Oslo bleibt einer der grössten Geldgeber der Ukraine"): the sum next is that giving."""
    if previous is None or previous.keywords or previous.distractors:
        return False
    return _DONOR_TO_UKRAINE.search(previous.text) is not None


_EIB = re.compile(lexicon.EIB_NAMES, re.IGNORECASE)
# Announcing, lending or receiving a sum, beside the giving verbs: "a annoncé", "lends",
# "recevra", "Darlehen".
_ANNOUNCED_OR_LENT = re.compile(
    r"\b(?:annon[cç]\w*|announc\w*|recevr\w*|lend\w*|lent|loans?|prêt\w*|Darlehen|Kredit\w*)",
    re.IGNORECASE,
)


def _eib_lends(sentence: Sentence, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when the figure's clause names the European Investment Bank with a verb of giving,
    announcing or lending."""
    lo, hi = _clause(sentence.text, start, end, others)
    text = sentence.text
    if _EIB.search(text, lo, hi) is None:
        return False
    return bool(_gives(text[lo:hi]) or _ANNOUNCED_OR_LENT.search(text, lo, hi))


def _economy_carried(sentence: Sentence, previous: Sentence | None) -> bool:
    """True when a sentence naming no kind of money and no economic subject of its own refers
    by a pronoun to the deficit, debt or inflation the sentence before named ("... treiben das
    Haushaltsdefizit in die Höhe. Es soll 2026 bei 6,5 Prozent des BIP liegen"): the level is
    that subject's, not a defence level, however much the story is about defence."""
    if previous is None or sentence.distractors or sentence.keywords:
        return False
    if not _FISCAL_SUBJECT.search(previous.text):
        return False
    text = sentence.text
    return bool(lexicon.PRONOUN_OPENING.match(text) or _IT_MOVED.search(text))


def _needed(text: str, start: int, end: int) -> bool:
    """A need stated before the sum in its clause, which gives nothing."""
    lo, hi = _clause(text, start, end)
    return bool(lexicon.NEED_BEFORE.search(text, lo, start)) and not lexicon.GIVING.search(
        text, lo, hi
    )


def _for_own_forces(sentence: Sentence, previous: Sentence | None) -> bool:
    """The sentence speaks of procurement for one's own forces, or goes on, naming no other
    giver, from one before it that does (and speaks of no aid)."""
    if lexicon.OWN_FORCES.search(sentence.text):
        return True
    return (
        previous is not None
        and all(a.recipient for a in sentence.actors)
        and lexicon.OWN_FORCES.search(previous.text) is not None
        and not lexicon.AID_WORD.search(previous.text)
        and not any(a.recipient for a in previous.actors)
    )


def _goal_told(sentence: Sentence, start: int, end: int, unit: str) -> bool:
    """True when a share its sentence gives no kind of money is told as a level to reach or set
    ("will die Koalition 3,5 % erreichen", "The Conservatives want 3% by 2029", "vise entre 5 %
    et 6 % du PIB"): in a story that has spoken of defence, a level of defence spending. Not a
    share of aid to Ukraine, of people, or of a poll."""
    if unit != "percent" or sentence.names_ukraine or sentence.poll or sentence.distractors:
        return False
    text = sentence.text
    if lexicon.OF_PEOPLE.match(text, end) or lexicon.MARKET.search(text):
        return False
    if any(k.label in _AID_KINDS or k.label == "development" for k in sentence.keywords):
        return False
    lo, hi = _clause(text, start, end)
    pledged = lexicon.PLEDGING.search(text, lo, end) or lexicon.REACHING.search(text, lo, start)
    obliged = lexicon.OBLIGED.search(text, lo, end) or lexicon.ASKING.search(text, lo, start)
    return bool(pledged or (obliged and _deadline_ahead(sentence, lo, hi)))


# Spending named bare, with no kind: "Berlin's spending", "members spent", "Ukraine's outlays",
# "gibt ... aus", "dépenses" (not a whole state's or a sector's: "public spending", "social
# spending", "government spending").
_SPENDING = re.compile(
    r"(?<!public\s)(?<!government\s)(?<!social\s)(?<!federal\s)(?<!total\s)(?<!health\s)"
    r"(?<!consumer\s)(?<!household\s)(?<!pension\s)(?<!state\s)"
    r"\b(?:spending|spent|spends|outlays|expenditures?|Ausgaben|ausgegeben|dépenses|dépensé)\b",
    re.IGNORECASE,
)


def _spending_told(
    sentence: Sentence, start: int, end: int, unit: str, previous: Sentence | None
) -> bool:
    """True when a figure's clause, naming no kind of money nor any economic subject, tells what
    a country or group spends, the spender named ("American spending was broadly flat at $997
    billion", "Across NATO, members spent a combined $1.6 trillion"). Not a share of GDP, which
    the goal-or-spending reading takes, nor after a sentence on aid ("Italy has approved twelve
    decrees of military aid. Officials estimate their value at EUR 3 billion, below the EUR 17
    billion Berlin has spent")."""
    if sentence.distractors or sentence.prices or sentence.poll or sentence.war_costs:
        return False
    text = sentence.text
    if unit == "percent" and lexicon.OF_GDP.match(text, end):
        return False
    if previous is not None and any(k.label in _AID_KINDS for k in previous.keywords):
        return False
    if lexicon.MARKET.search(text):
        return False
    lo, hi = _clause(text, start, end)
    if lexicon.NOT_GIVEN.search(text, lo, hi) or not _SPENDING.search(text, lo, hi):
        return False
    return any(not a.recipient or a.name == "Ukraine" for a in sentence.actors)


def _whole_budget_told(sentence: Sentence, previous: Sentence | None) -> bool:
    """True when a sentence naming no kind of money opens on a pronoun for the whole state's
    budget the sentence before named ("Er sieht Ausgaben von 520,5 Milliarden Euro vor")."""
    if sentence.keywords:
        return False
    whole = lexicon.WHOLE_BUDGET.search(sentence.text) is not None
    if whole and not sentence.names_ukraine and not lexicon.DEFENCE_CONTEXT.search(sentence.text):
        return True  # "Der Bundeshaushalt 2026 sieht Ausgaben von 520,5 Milliarden Euro vor"
    if previous is None or not lexicon.PRONOUN_OPENING.match(sentence.text):
        return False
    return lexicon.WHOLE_BUDGET.search(previous.text) is not None


def _budget_line(text: str, hints: Hints) -> bool:
    """A sum of the defence budget a story on defence spending is about; after a target the
    story is still on budgets when the sentence names one ("Next year we go to 2.5%, and the
    budget in cash rises to EUR 2.8 billion")."""
    if hints.topic == "defense_spending":
        return _budgets(text)
    return hints.topic == "pledge_target" and lexicon.BUDGET_WORD.search(text) is not None


def _budgets(text: str) -> bool:
    return bool(lexicon.BUDGETING.search(text) or lexicon.MADE_AVAILABLE.search(text))


def _whole(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """A sum "in total" of all donations, or one whose parts follow ("of which ...") - not a
    programme's overall size, which keeps the programme's kind."""
    if lexicon.IN_TOTAL.search(text):
        return True
    return any(
        other_start >= end and lexicon.INCLUDING.search(text, end, other_start)
        for other_start, _ in others
    )


_CUMULATIVE = re.compile(r"\b(?:cumulative|cumul\w*|kumuliert\w*)", re.IGNORECASE)


def _running_total(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when a sum its clause gives no kind is a running total since the war began or since
    a year ("Since February 2022, donor countries have allocated €280 billion", "cumulative
    allocations stand at"): a tracker's total of every kind, not the kind the story was on."""
    lo, hi = _clause(text, start, end, others)
    return bool(lexicon.SINCE.search(text, lo, hi) or _CUMULATIVE.search(text, lo, hi))


def _told_as_total(sentence: Sentence, end: int) -> bool:
    """True when a sum its own sentence gives no kind is told as a total right after it."""
    text = sentence.text
    if any(k.label in lexicon.AID_CATEGORIES for k in sentence.keywords):
        return False
    # told as the total right after it: "€11.5 billion in total", "2,4 Milliarden Euro insgesamt"
    gap = _SPACE.match(text, end)
    return gap is not None and lexicon.IN_TOTAL.match(text, gap.end()) is not None


_SPACE = re.compile(r"\s+")


def _for_ukraine(sentence: Sentence) -> bool:
    return lexicon.FOR_UKRAINE_BEFORE.search(sentence.text) is not None


# The same measure told again for another year: "In diesem Jahr sind es 5,4 Mrd. Euro", "Pour
# 2025, ce sont 85 milliards de couronnes".
_AMOUNT_AGAIN = re.compile(
    r"\b(?:sind|waren|wären|seien|werden)\s+es\b|\b(?:ce\s+sont|c['’]étaient|ce\s+seront)\b",
    re.IGNORECASE,
)


def _amount_again(sentence: Sentence) -> bool:
    """True when a sentence naming no kind and no other subject only tells the amount again."""
    if sentence.keywords or sentence.distractors:
        return False
    return _AMOUNT_AGAIN.search(sentence.text) is not None


def _funds(text: str) -> bool:
    return lexicon.FUNDING_WORD.search(text) is not None


def _gives(text: str) -> bool:
    return bool(lexicon.GIVING.search(text) or lexicon.MADE_AVAILABLE.search(text))


def _names_package(sentence: Sentence, start: int, end: int) -> bool:
    """The generic word nearest the figure names one package ("the package"), not aid at large."""
    generic = [k for k in sentence.keywords if k.label == "aid"]
    nearest = _nearest(generic, start, end, len(sentence.text))
    if nearest is None:
        return bool(lexicon.GIVING.search(sentence.text))  # no word at all: a sum given
    if lexicon.PACKAGE.fullmatch(sentence.text, nearest.start, nearest.end) is None:
        return False
    # (a tracker's allocations of all donors over a time, no giver named: "New allocations in
    # May and June came to €8 billion" is every kind together)
    tallied = _TALLY_WORD.fullmatch(sentence.text, nearest.start, nearest.end) is not None
    return not (tallied and not any(not a.recipient for a in sentence.actors))


# A sum told as the whole or a part of the whole: "in total", "of the total", "au total", "du
# total", "insgesamt", "der Gesamtsumme".
_OF_ALL = re.compile(
    r"\b(?:in\s+total|of\s+the\s+(?:overall\s+)?total|au\s+total|du\s+total|insgesamt"
    r"|der\s+Gesamtsumme)\b",
    re.IGNORECASE,
)
_TALLY_WORD = re.compile(r"allocations|commitments", re.IGNORECASE)


# A request or appropriation before a legislature ("the White House's request for $61 billion",
# "approved by Congress", "von Präsident Biden beantragt", "demandée par la Maison Blanche"): an
# act that funds every kind of aid, not the story's one.
_LEGISLATED = dispatch.guarded(
    r"\brequest\w*|\bdemand[ée]e?s?\b|\bbeantragt\w*|\bAntrag\b|\b(?-i:Congress|Kongress|Congrès)"
    r"|\bHouse\s+of\s+Representatives|\bWhite\s+House|\bMaison[-\s]Blanche"
    r"|\bWei(?:ß|ss)e\w*\s+Haus|\bsupplemental|\bappropriat\w*",
    re.IGNORECASE,
)


# A total named anywhere in the sentence: "total", "totalling", "Gesamthilfe", "insgesamt".
_TOTAL_WORD = dispatch.guarded(
    r"\btotal(?:e|es|s|l?ing|l?ed|isé\w*|ise\w*)?\b|\bGesamt\w*|\binsgesamt\b",
    re.IGNORECASE,
)


def _of_the_storys_kind(sentence: Sentence, hints: Hints) -> bool:
    """True when a sum of aid its sentence names no kind for ("€200 million for Ukraine", "new
    aid of €500 million", "die Ukraine-Hilfe um 3 Milliarden Euro aufstocken") is of the military
    kind the story is on: it is military aid, as the labels read it. Not where the story's topic
    is another kind of aid, nor a total (all kinds), a loan (financial aid), or a request or
    appropriation before a legislature (all kinds)."""
    if hints.kind != "military_aid":
        return False
    if hints.topic in _LISTED_KINDS and hints.topic != hints.kind:
        return False
    text = sentence.text
    if _TOTAL_WORD.search(text):
        return False  # "bringing New Zealand's total contribution to $170 million": all kinds
    return not (lexicon.LOAN_WORD.search(text) or _LEGISLATED.search(text))


def _adversary_spends(sentence: Sentence, start: int) -> bool:
    """True when the only giver named before the share at `start` is an adversary ("Russia, by
    contrast, plans to spend about 6% of GDP", "Russland gibt über 6 Prozent aus"): it makes
    no allied pledge, so its share is what it spends on its forces."""
    givers = [a.name for a in sentence.actors if not a.recipient and a.end <= start]
    return bool(givers) and all(name in lexicon.ADVERSARIES for name in givers)


def _fits_category(giver: str, category: str) -> bool:
    return giver not in lexicon.ADVERSARIES or category == "defense_spending"


def _pledged_by_date(sentence: Sentence, start: int, end: int, unit: str) -> bool:
    """True when a share its clause pledges or sets out to reach by a date still to come ("has
    committed to reach 2.5% by 2034", "will bis 2030 1 Prozent erreichen"): a goal, whatever level
    the list before it told."""
    if unit != "percent":
        return False
    lo, hi = _clause(sentence.text, start, end)
    text = sentence.text
    pledged = (
        lexicon.PLEDGING.search(text, lo, start)
        or lexicon.OBLIGED.search(text, lo, start)
        or _WOULD_REACH.search(text, lo, start)
    )
    return bool(pledged) and _deadline_ahead(sentence, lo, hi)


# A level a giver says it would reach, right before it: "Turkey would reach 3.5% long before
# 2035" (German tells "würde ... erreichen" after the level; left out).
_WOULD_REACH = re.compile(
    r"\bwould\s+(?:reach|hit|meet|achieve)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE
)


# A goal set, not a plan or a forecast: "vise", "veut porter", "afin de porter", "wants to raise",
# "aims to lift", "intends to bring".
_AIMING = re.compile(
    r"\b(?:vis(?:e|ent|ait|aient|er|ant)|veu(?:t|lent)|voulait|afin\s+de|wants?\s+to"
    r"|aims?\s+(?:to|for)|intends?\s+to"
    # the goal named before its verb: "Objectif affiché : porter le budget à", "the goal is to
    # lift", "Ziel ist es, den Etat auf ... zu erhöhen"
    r"|objectifs?|(?:goal|aim|target)\s+is\s+to|Ziel\s+ist)\b",
    re.IGNORECASE,
)


def _sum_aimed_for(
    sentence: Sentence, start: int, end: int, unit: str, others: Sequence[tuple[int, int]]
) -> bool:
    """True when a defence sum is a goal for a year still to come: aimed at or promised in its
    clause and dated right after it ("Paris veut porter le budget des armées à 64 milliards
    d'euros en 2027", "pledged to lift the defence budget to $30 billion by 2030"). A budget's or
    plan's sum for that year ("plans to raise spending to SEK 182 billion next year") is spending,
    as is what reaching a share would cost (no verb of aim before the sum)."""
    if unit == "percent" or sentence.when is None:
        return False
    text = sentence.text
    lo, hi = _clause(text, start, end, others)
    if not (_AIMING.search(text, lo, start) or _PROMISED.search(text, lo, start)):
        return False
    own = lexicon.OWN_YEAR_AFTER.match(text, end, hi)
    if own is not None and own.group("year") is not None:
        return int(own.group("year")) > sentence.when
    return _deadline_ahead(sentence, end, min(hi, end + _DEADLINE_WITHIN))


# Where a country stands, told right before its share: "Polen mit 3,9 Prozent", "Belgium, at
# 1.3%", "la Belgique, à 1,3 %", "liegt bei 2 Prozent", "also above 3%".
_STANDING_BEFORE = re.compile(
    r"(?:\b(?:at|à|avec|bei|mit|above|below|über|unter|au-dessus\s+de|sous)\s+(?:"
    + lexicon.ROUGHLY
    + r"\s+)?$)",
    re.IGNORECASE,
)


# An estimate, which `lexicon.NOT_GIVEN` takes for a bill's ("damage estimated at $500
# billion"); a share estimated is a level ("the United Kingdom is estimated at 2.33%").
_ESTIMATED = re.compile(r"estimated\s+at|estimée?s?\s+à|schätzt|beziffert", re.IGNORECASE)


def _not_given(text: str, unit: str) -> bool:
    """True when a sentence speaks of what no one gives (`lexicon.NOT_GIVEN`); for a share, an
    estimate alone does not count, as NATO's estimates of allies' defence levels are ranked
    ("Croatia is estimated at 1.81%, Portugal at 1.55%")."""
    return any(
        unit != "percent" or not _ESTIMATED.fullmatch(m.group(0))
        for m in lexicon.NOT_GIVEN.finditer(text)
    )


# A ceiling set right before a level: "stop at", "refuse d'aller au-delà de", "begrenzt die
# Ausgaben auf" (not a level that tops out: "l'Espagne plafonne à 1,3 %").
_CEILING_BEFORE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?\s+at|(?:aller|monter)\s+au-delà\s+de"
    r"|(?:begrenz|deckel)\w*\s+(?:\w+\s+){0,2}?auf)\s+(?:" + lexicon.ROUGHLY + r"\s+)?$",
    re.IGNORECASE,
)


def _ceiling(text: str, start: int) -> bool:
    """True when a share is a ceiling set ("allowing it to stop at roughly 2.1%", "l'Espagne
    refuse d'aller au-delà de 2,1 %"): a level a country binds itself to, a goal."""
    return _CEILING_BEFORE.search(text, max(0, start - 40), start) is not None


def _asked(text: str, start: int, end: int) -> bool:
    """True when a figure is asked or pressed for in its clause ("NATO asks allies to spend 2%",
    "hat Berlin gedrängt, 3 Prozent auszugeben")."""
    lo, _ = _clause(text, start, end)
    return lexicon.ASKING.search(text, lo, start) is not None


def _standing(sentence: Sentence, start: int) -> bool:
    """True when a share with no kind of its own is where a giver the sentence names before it
    stands ("Spitzenreiter ist Polen mit 3,9 Prozent", "Latvia and Finland are also above 3%"),
    in a sentence of no economic subject or poll: a ranking of defence levels when the story has
    spoken of defence."""
    if sentence.distractors or sentence.poll or sentence.names_ukraine:
        return False
    text = sentence.text
    if not _STANDING_BEFORE.search(text, max(0, start - 25), start):
        return False
    return any(not a.recipient and a.end <= start for a in sentence.actors)


def _given_after_goal(sentence: Sentence, unit: str, continued: str) -> bool:
    """True when a sum after a goal's is what was given ("Had every ally met the benchmark, Ukraine
    would have received €120 billion. Instead, it received €39 billion from all donors"): aid, not
    one more goal of the list."""
    return (
        continued == "pledge_target"
        and unit != "percent"
        and lexicon.GIVING.search(sentence.text) is not None
    )


def _in_league_table(text: str, start: int) -> bool:
    """True when the part of the sentence leading to a share (up to a semicolon before it) ranks
    levels ("Lithuania tops the table with 5.4%, ahead of Poland at 4.8%"); what the next part
    says of a level ("; Madrid maintains that around 2.1% is enough") is not ranked."""
    lo = text.rfind(";", 0, start) + 1
    return lexicon.LEAGUE_TABLE.search(text, lo, start) is not None


# A line of a bulleted list: "- €22.6 million for ...", "• 35 M€ pour ...".
_BULLET = re.compile(r"\s*[-–•*]\s")


def bullets_go_on(previous: Sentence | None, sentence: Sentence) -> bool:
    """True when a sentence and the one before are both items of a bulleted list."""
    if previous is None:
        return False
    return bool(_BULLET.match(previous.text) and _BULLET.match(sentence.text))


def _bulleted_part(sentence: Sentence, start: int) -> bool:
    """True when the sum opens a bulleted item ("- 35 M€ pour des centres ...")."""
    bullet = _BULLET.match(sentence.text)
    return bullet is not None and not sentence.text[bullet.end() : start].strip()


def _bare_item(sentence: Sentence) -> bool:
    """A list item that names a giver and no other subject: "Germany stands at 0.6%"."""
    has_giver = any(not actor.recipient for actor in sentence.actors)
    return has_giver and not lexicon.names_distractor(sentence.text)


def _ukraine_only_in_parts(sentence: Sentence, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when every mention of Ukraine belongs to a part named after "including" another
    figure, as in "a $95 billion bill, including $61 billion for Ukraine": the whole has other
    recipients too."""
    text = sentence.text
    parts: list[tuple[int, int]] = []
    for other_start, other_end in others:
        if other_start < end or not lexicon.INCLUDING.search(text, end, other_start):
            continue
        tail = lexicon.FOR_UKRAINE.match(text, other_end)
        if tail:
            parts.append((other_end, tail.end()))
    if not parts:
        return False
    ukraine = [a for a in sentence.actors if a.recipient and a.name == "Ukraine"]
    return all(any(lo <= a.start and a.end <= hi for lo, hi in parts) for a in ukraine)


# Between a sum and the list of places it goes to: "a $95 billion package that also covers
# Israel and Taiwan", "the $95 billion supplemental for Ukraine, Israel and Taiwan", "ein Paket
# für die Ukraine, Israel und Taiwan", "une enveloppe pour l'Ukraine, Israël et Taïwan".
_SHARED_BY = re.compile(
    r"[^\d;.]{0,50}?\b(?:for|covers?|covering|includes?|including|für|pour|à\s+destination\s+de"
    r"|umfasst|comprend)\b[^\d;.]{0,20}$",
    re.IGNORECASE,
)


def several_recipients(sentence: Sentence, end: int) -> bool:
    """True when the sum ending at `end` goes to a list of places, told right after it: a
    supplemental mixing recipients has none (README, settled)."""
    places = [a for a in sentence.actors if a.recipient and a.start >= end]
    if len(places) < 2 or not _SHARED_BY.match(sentence.text, end, places[0].start):
        return False
    first, second = places[0], places[1]
    return first.name != second.name and bool(
        lexicon.CONJUNCTION.fullmatch(sentence.text, first.end, second.start)
    )


def aid_related(attributes: Attributes) -> bool:
    """About aid (to Ukraine or elsewhere), a pledge or target, or defence spending - anyone's,
    Russia's and Ukraine's included, since the ledger sets aid against what wars cost."""
    return attributes.category != "other"


def summary(sentence: Sentence) -> Attributes:
    """What a sentence without figures hands to the next one that points back at it."""
    givers = [a for a in sentence.actors if not a.recipient and a.name not in lexicon.ADVERSARIES]
    specific = [
        k.label for k in sentence.keywords if k.label not in ("aid", "pledge_target", "development")
    ]
    return Attributes(
        category=specific[0] if specific else "other",
        donor=givers[0].name if givers else None,
        recipient="Ukraine" if sentence.names_ukraine else None,
        year=int(sentence.years[0].label) if sentence.years else None,
    )
