"""The document model: what an article has established so far, given to the figures that follow.

A figure's own sentence decides first (context.resolve). What it leaves open is read, in order:

- context: the sentences before it in the text, nearest first. Each sentence that names a giver,
  a kind of aid, a recipient or a year makes it current, so a new actor or time takes over from
  the old one ("Finland will send more air defence ... The package of EUR 190 million ...").
- title: the headline, when one is known.
- document: the article's main actor (the giver named most often), from its first mention on
  (before it too for defence spending, when it dominates the story).

Only what an analyst would carry over is carried: a donor for aid, defence and pledge figures
(an adversary only for defence spending), a specific kind of aid for a figure the sentence calls
just "aid" or "package", a recipient for aid, and a year only when the figure's sentence leaves
its time open. A figure that is neither aid nor defence ("other") takes nothing, unless
nothing in its sentence (no economy, price, poll, need or war cost) tells what it describes: then
it goes on the story of the giver it is told in ("That is 43% below the monthly average"); a
poll's share, in a story about one country, is of that country's people.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from services.extractor import context, lexicon, years
from services.extractor.currencies import HOME_COUNTRY

SENTENCE, CONTEXT, TITLE, DOCUMENT = "sentence", "context", "title", "document"
# A giver named at least this often, and twice as often as any other, is the one the whole story
# is about.
_DOMINANT_MENTIONS = 3
# A giver named at most this often, all in an earlier paragraph, was named in passing.
_PASSING_MENTIONS = 3
_TARGET_DATE = re.compile(
    r"(?:by|bis|d['’]ici(?:\s+à)?|until|from|ab|dès|à\s+partir\s+de|as\s+early\s+as|in)\b",
    re.IGNORECASE,
)
# Between a target and its date: "2% spending target this fiscal year", "à 2 % du PIB dès".
_DATE_OF_TARGET = re.compile(
    r"(?:\s+(?:spending|defen[cs]e|core)?\s*(?:target|goal|benchmark|Ziel\w*|objectif|cible))?"
    r"(?:\s*(?:of|des|du|de|der)?\s*(?:\w+\s+){0,2}?(?:GDP|gross\s+domestic\s+product|BIP|PIB"
    r"|produit\s+intérieur\s+brut|economic\s+output|Wirtschaftsleistung))?\s+(?:dès|bereits|already)?\s*",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"(?:by|bis|d['’]ici(?:\s+à)?|until|à\s+l['’]horizon)\b", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|bis|d['’]ici(?:\s+à)?|until|à\s+l['’]horizon(?:\s+de)?)\s+$", re.IGNORECASE
)
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:up|down)\s+(?:\w+ly\s+)?from|verglichen\s+mit|gegenüber"
    r"|im\s+Vergleich|contre|par\s+rapport\s+à|than|als)\b(?:[^.;]|\.\d)*$"
    # a base after a comma: "auf 93,4 Milliarden Euro wachsen, nach 82,7 Milliarden Euro"
    r"|,\s+(?:nach|après)\s(?:[^.;]|\.\d)*$"
    # the base of a change: "an increase of 18% on last year"
    r"|\bon\s+$"
    # a level named as a base: "double the level of 2015", "au niveau de 2021"
    r"|\b(?:levels?|Niveau|niveau)(?:\s+(?:of|in|von|de|d['’]avant))?\s+$",
    re.IGNORECASE,
)
# A percentage that is a change, not a share: "up 19%", "87% less than", "57% below".
_CHANGE = re.compile(
    r"\b(?:up|down|by|rose|fell)\s+(?:\w+\s+)?\d|%\s*(?:less|more|below|above|lower|higher"
    r"|weniger|mehr|unter|über|de\s+moins|de\s+plus)\b|\bProzent\s+(?:weniger|mehr|unter|über)",
    re.IGNORECASE,
)
# A clause on another time between two figures of a sentence.
_EARLIER_EVENT = re.compile(
    r"\b(?:after|before|since|when|once|nachdem|bevor|seit|als|après|avant|depuis|lorsque"
    r"|quand)\b",
    re.IGNORECASE,
)
_SPECIFIC_KINDS = lexicon.AID_CATEGORIES - {"aid_total"}
# A stock up to now: "has already mobilised", "a déjà mobilisé", "bereits eingezahlt".
_ALREADY = re.compile(r"\b(?:already|déjà|bereits|schon|so\s+far|bislang|bisher)\b", re.I)
# A level told in the past tense: "Ukraine spent", "reached", "rose", "gab ... aus", "a atteint".
_PAST_LEVEL = re.compile(
    r"\b(?:spent|reached|rose|grew|fell|climbed|jumped|totalled|totaled|amounted|came\s+to"
    r"|increased|declined|gab|stieg\w*|erreichte\w*|betrug\w*|a\s+atteint|a\s+dépensé"
    r"|s['’]est\s+élevée?)\b",
    re.IGNORECASE,
)
# A level told as where it stands now, right before it: "stands at", "steht bei", "s'établit à".
_STANDS_AT = re.compile(
    r"\bstands?\s+at\s+(?:\w+\s+){0,2}?$|\bsteh(?:t|en)\s+bei\s+(?:\w+\s+){0,2}?$"
    r"|\bs['’]établi(?:t|ssent)\s+à\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
# A sum given every year, right after it or after the kind of its money, with no year it starts
# from: "€40 billion a year", "3 Milliarden Franken pro Jahr", "1 milliard d'euros d'aide
# militaire par an" (not "a year earlier", nor "a year from 2028").
_PER_YEAR_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:in|of|an|d['’]|de)\s*(?:[^\W\d]+\s+){1,2}?)?"
    r"(?:(?:a|per|each|every)\s+year|pro\s+Jahr|jährlich|par\s+an"
    r"|chaque\s+année|annually)\b(?!\s+(?:earlier|ago|before|later|from|ab|starting|à\s+partir))",
    re.IGNORECASE,
)
# A target's deadline named without its year: "by the deadline", "bis zur Frist", "d'ici là".
_BY_THE_DEADLINE = re.compile(
    r"\bby\s+(?:the|that|its|this)\s+deadline\b|\bbis\s+(?:zur|zu\s+dieser)\s+Frist\b"
    r"|\bd['’]ici\s+(?:là|cette\s+échéance|l['’]échéance)",
    re.IGNORECASE,
)
# Aid told as given on top of what was told before: "also", "a further", "zusätzlich", "en outre".
_ADDED = re.compile(
    r"\b(?:also|further|additional\w*|zusätzlich\w*|weitere\w*|außerdem|ebenfalls"
    r"|en\s+outre|supplémentaire\w*|par\s+ailleurs|également)\b",
    re.IGNORECASE,
)
# Words of aid (not the recipient's name): "Auch die Unterstützung der Ukraine wächst" is about aid.
_AID_TALK = re.compile(
    r"\b(?:aid|assistance|support|help|Hilfe\w*|\w+hilfe|Unterstützung|aide|soutien|donat\w*"
    r"|deliver\w*|Lieferung\w*|livraison\w*)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Facts:
    """What one stretch of text establishes."""

    donor: str | None = None
    kind: str | None = None  # a specific kind of aid: military_aid, financial_aid, ...
    recipient: str | None = None
    year: int | None = None


def facts_of(sentence: context.Sentence) -> Facts:
    """The giver, kind of aid, recipient and year a sentence makes current. Not the alliance
    named as the set a country is ranked in ("The country is among NATO's smaller spenders"):
    the country stays current."""
    givers = [
        a.name
        for a in sentence.actors
        if not a.recipient and not context.alliance_as_set(sentence.text, a)
    ]
    kinds = [k.label for k in sentence.keywords if k.label in _SPECIFIC_KINDS]
    recipients = [a.name for a in sentence.actors if a.recipient]
    return Facts(
        donor=givers[0] if givers else None,
        kind=kinds[0] if kinds else None,
        recipient=recipients[0] if recipients else None,
        year=int(sentence.years[-1].label) if sentence.years else None,
    )


@dataclass(slots=True)
class Story:
    """The state carried through one document, sentence by sentence."""

    title: Facts = field(default_factory=Facts)
    current: Facts = field(default_factory=Facts)
    topic: str | None = None  # what the story is about: defence, a target or a kind of aid
    defended: bool = False  # the story has spoken of defence spending or targets
    country: str | None = None  # the country or body named most, receiving ones included
    main_actor: str | None = None  # the document's most named giver
    dominant: bool = False  # the main actor is named far more than any other giver
    mentions: Counter[str] = field(default_factory=Counter)  # how often each giver is named
    paragraph: int = 0  # the paragraph being read
    local: str | None = None  # the country the paragraph has spoken of last, any role
    # the country the paragraph has spoken of last in sentences that report no aid ("Ukraine's
    # own needs keep growing"): whose budget a bare "Its defence budget" is
    spoken: str | None = None
    donor_paragraph: int = 0  # the paragraph that made the current giver current
    named: set[str] = field(default_factory=set)  # givers named so far
    group: str | None = None  # the last coalition named, which "the group" stands for
    several: tuple[str, int] | None = None  # the last set of givers, which "the three" counts
    before_givers: set[str] = field(default_factory=set)  # the givers the sentence before named
    holdings: bool = False  # Russia's frozen assets have been named
    last_category: str | None = None  # the category of the last figure (see `after`)
    category_paragraph: int = 0  # the paragraph that figure stands in
    published: datetime.date | None = None
    explicit_year: bool = False  # current.year was stated ("in 2023"), not the report's present
    present: bool = False  # the text has placed itself in the present of its publication
    undated: bool = False  # the text is on totals over the years ("since 2022") for now
    frame: int | None = None  # the past year the lead reports on ("rose ... in 2024")
    latter: str | None = None  # the last giver the sentence before named
    paragraph_givers: set[str] = field(default_factory=set)  # givers the paragraph has named
    former: str | None = None  # the first giver the sentence before named
    package: int | None = None  # the year of the last aid sum a year was found for
    packager: str | None = None  # the giver of the last aid figure, outside a list of parts
    listing: bool = False  # the sentence before told a package's parts, or was one of them
    lending: bool = False  # the sentence before told of the EU's loans to its members for arms
    schemed: bool = False  # the story has named the EU's loan instrument for arms
    budget: int | None = None  # the year of the budget the story is about (years.budget_year)
    # the deadline the story has given each target level ("3.5% by 2035": "3.5" -> 2035), and
    # whether the sentence that gave it named the alliance
    deadlines: dict[str, tuple[int, bool]] = field(default_factory=dict)
    last_deadline: int | None = None  # the last deadline the story stated ("by 2035")
    proposed: set[str] = field(default_factory=set)  # target levels told as still proposed
    ukraine: bool = False  # the story names Ukraine somewhere, its title included

    @classmethod
    def begin(
        cls,
        title: context.Sentence | None,
        sentences: list[context.Sentence],
        published: datetime.date | None = None,
    ) -> "Story":
        counts: Counter[str] = Counter()
        for sentence in sentences:
            counts.update(a.name for a in sentence.actors if not a.recipient)
        main, dominant = None, False
        if counts:
            # Ties go to the giver named first, which Counter keeps first.
            main = max(counts, key=lambda name: counts[name])
            runner_up = max((n for name, n in counts.items() if name != main), default=0)
            dominant = counts[main] >= _DOMINANT_MENTIONS and counts[main] >= 2 * runner_up
        places: Counter[str] = Counter()
        for sentence in [*([title] if title else []), *sentences]:
            places.update(a.name for a in sentence.actors)
        story = cls(title=facts_of(title) if title else Facts(), main_actor=main)
        story.dominant = dominant
        story.mentions = counts
        if places:
            story.country = max(places, key=lambda name: places[name])
        story.ukraine = places["Ukraine"] > 0
        story.published = published
        # (a lead that opens without a year, "For the eleventh year in a row, the world spent
        # more ...", is dated by the sentence after it)
        story.frame = _frame_year(sentences[0] if sentences else None, published)
        if story.frame is None and len(sentences) > 1 and _undated_lead(sentences[0]):
            story.frame = _frame_year(sentences[1], published, main=True)
        story.budget = years.budget_year(
            title.text if title else None, sentences[0].text if sentences else None, published
        )
        story.topic = _topic(title, []) if title else None
        story.defended = story.topic in _DEFENCE_TOPICS
        if title is not None:
            story.named.update(a.name for a in title.actors if not a.recipient)
        return story

    def after(self, sentence: context.Sentence, resolved: list[context.Attributes]) -> None:
        """Make current what `sentence` (with its figures' attributes) establishes."""
        facts = facts_of(sentence)
        self.holdings = self.holdings or context.names_holdings(sentence)
        self.named.update(a.name for a in sentence.actors if not a.recipient)
        givers = [a.name for a in sentence.actors if not a.recipient]
        self.latter = givers[-1] if givers else None
        self.paragraph_givers.update(givers)
        self.former = givers[0] if givers else None
        countries = [a.name for a in sentence.actors if a.name in lexicon.ECONOMIES]
        # (not the country named as where aid goes, "support for Ukraine": the paragraph's
        # inflation or surplus is the giver's economy, not the recipient's)
        # (nor one named after "the country" that the sentence opens its talk on: "The country
        # spends 0.6% of GDP and cannot count on Washington" is still on the paragraph's country)
        anaphor = lexicon.COUNTRY_ANAPHOR.search(sentence.text) if self.local else None
        opened = anaphor.start() if anaphor is not None else len(sentence.text)
        economies = [
            a.name
            for a in sentence.actors
            if a.name in lexicon.ECONOMIES
            and not (a.recipient and context.receiving(sentence.text, a))
            and a.start < opened
        ]
        self.local = economies[0] if economies else self.local
        aid = any(a.category in lexicon.AID_CATEGORIES for a in resolved)
        if countries and not aid and not _AID_TALK.search(sentence.text):
            self.spoken = countries[0]
        groups = [a.name for a in sentence.actors if a.name in lexicon.COALITIONS]
        if not groups and ("roup" in sentence.text or "oalition" in sentence.text):
            # named as a venue ("at a meeting of the Ukraine Defense Contact Group") it still
            # becomes what "the group" stands for
            groups = [
                lexicon.COALITION_NAMES[m.lastgroup or ""]
                for m in lexicon.COALITION_MENTION.finditer(sentence.text)
            ]
        self.group = groups[-1] if groups else self.group
        sets = [
            (
                context.whole_region(set(name.replace(" and ", ", ").split(", ")), set()) or name,
                count,
            )
            for name in givers
            if (
                count := context.region_size(name)
                or (name.count(",") + 2 if " and " in name else 0)
            )
            > 1
        ]
        # (or a region's states named one by one over two sentences: "Lithuania has given ...
        # Its Baltic neighbours have made similar commitments: Estonia ..., and Latvia ...")
        region = context.whole_region(set(givers), self.before_givers) if givers else None
        if region is not None:
            sets.append((region, context.region_size(region)))
        self.several = sets[-1] if sets else self.several
        self.before_givers = set(givers)
        # (a need is its country's, not what it gives: "Ukraine's financing needs")
        needs = lexicon.NEED_BEFORE.search(sentence.text) is not None
        scheme = lexicon.names_loan_scheme(sentence.text)
        lent = scheme or (
            self.lending and lexicon.BORROWERS_GO_ON.search(sentence.text) is not None
        )
        self.lending = lent
        self.schemed = self.schemed or scheme
        # (nor the cost of rebuilding it: "kostet der Wiederaufbau der Ukraine 524 Milliarden")
        needs = needs or lexicon.WAR_BILL.search(sentence.text) is not None
        named = {a.name for a in sentence.actors if not (a.recipient and needs)}
        # The EU's loans to its members for arms ("under which Romania has requested EUR 16.6
        # billion") are an aside: the story goes on with its own giver, recipient and package.
        carried = [
            a for a in resolved if not (lent and a.donor == "EU" and a.category == "financial_aid")
        ]
        # (nor the members' spending an EU plan mobilises: the plan's author, the Union, goes on)
        mobilised = lexicon.MOBILISING.search(sentence.text) is not None
        carried = [a for a in carried if not (mobilised and a.donor == "EU member states")]
        # (nor the Union as the owner of an instrument whose size a member's sentence tells: "La
        # Belgique contribue ... au titre du Fonds d'assistance à l'Ukraine de 5 milliards")
        # (or of the Union's loan a member takes part in: "La France participe également au prêt
        # européen de 90 milliards d'euros. Sa part des garanties ...")
        instrumented = (
            lexicon.EU_INSTRUMENT.search(sentence.text) is not None
            or lexicon.EU_LOAN.search(sentence.text) is not None
        ) and any(a.name != "EU" and not a.recipient for a in sentence.actors)
        carried = [a for a in carried if not (instrumented and a.donor == "EU")]
        for attributes in carried:
            if attributes.category != "other" or attributes.donor in named:
                # (the country an economic aside is taken to describe is no giver to carry on)
                facts.donor = attributes.donor or facts.donor
            if attributes.category in _SPECIFIC_KINDS:
                facts.kind = attributes.category
            facts.recipient = attributes.recipient or facts.recipient
        # (a defence goal's part for troops and arms buys no aid either: "Les alliés devront
        # consacrer au moins 3,5 % ... soit les troupes, l'équipement et les munitions")
        spent = [
            a
            for a in resolved
            if a.category == "defense_spending"
            or (a.category == "pledge_target" and a.recipient is None)
        ]
        if spent and not any(a.category in _SPECIFIC_KINDS for a in resolved):
            facts.kind = None  # the weapons a budget buys ("$25 billion for missile defense")
        self.topic = _topic(sentence, resolved) or self.topic
        self.defended = self.defended or self.topic in _DEFENCE_TOPICS
        # A remark without figures inside a paragraph ("In 2024, the allies spent 2% on average.
        # But the gaps are wide. Poland spends 4.1%") does not end the list it interrupts; a new
        # paragraph opening without figures does.
        if resolved:
            self.last_category, self.category_paragraph = resolved[-1].category, self.paragraph
        elif self.paragraph != self.category_paragraph:
            self.last_category = None
        parts = self._parts(sentence) is not None
        if not parts:
            given = [a for a in carried if a.category in lexicon.AID_CATEGORIES]
            dated = [a.year for a in given if a.year]
            self.package = dated[-1] if dated else self.package
            givers = [a.donor for a in given if a.donor]
            self.packager = givers[-1] if givers else self.packager
        self.listing = parts
        if facts.donor is not None:
            if facts.donor != self.current.donor and self.explicit_year:
                # A new actor takes over: the year stated for the old one is not its.
                self.current.year = self.frame or self._now()
                self.explicit_year = False
            self.current.donor = facts.donor
            self.donor_paragraph = self.paragraph
        if facts.kind is not None:
            self.current.kind = facts.kind
        if facts.recipient is not None:
            self.current.recipient = facts.recipient
        self._advance_time(sentence)

    def _parts(self, sentence: context.Sentence) -> int | None:
        """Where the parts of the package reported before start in `sentence`, when it tells
        what that package is made of (0 when it is the next item of a list the sentences before
        set out). A package its sentence gives another giver ("Spain's package, worth €70
        million, includes") is a new one, not the one before."""
        # (the search is slow and most sentences name no package: the noun is looked for first)
        named = lexicon.PACKAGE_NOUN.search(sentence.text) is not None
        told = lexicon.PACKAGE_PARTS.search(sentence.text) if named else None
        if told is None:
            return 0 if self.listing and lexicon.LIST_ITEM.match(sentence.text) else None
        owners = {a.name for a in sentence.actors if a.start < told.start() and not a.recipient}
        return told.end() if owners <= {self.packager} else None

    def _part(
        self, sentence: context.Sentence, span: tuple[int, int], category: str, unit: str
    ) -> bool:
        """True when the sum at `span` is a part of the package reported before."""
        if category not in lexicon.AID_CATEGORIES or unit == "percent":
            return False
        begins = self._parts(sentence)
        return begins is not None and span[0] >= begins

    def _now(self) -> int | None:
        return self.published.year if self.published and self.present else None

    def _advance_time(self, sentence: context.Sentence) -> None:
        if lexicon.no_single_year(sentence.text, figure_end=0) and not years.first_since_only(
            sentence.text
        ):
            # "Since February 2022 ...": totals over the years, until a time takes over again.
            self.current.year, self.explicit_year, self.undated = None, False, True
            return
        deadlines = [y for y in sentence.years if _deadline_at(sentence.text, y.start)]
        for y in deadlines:
            if y.label.isdigit():
                self.last_deadline = int(y.label)
        # A deadline ("by 2035") is a target's date, not the time the story has reached.
        # Nor is a comparison's base ("compared with EUR 19.4 billion in the whole of 2024").
        stated = [
            y
            for y in sentence.years
            if y not in deadlines
            and not _COMPARED.search(sentence.text, max(0, y.start - 60), y.start)
            # the end of a span ("until the end of 2027") is not the time the story has reached
            and not lexicon.UNTIL_BEFORE.search(sentence.text, max(0, y.start - 20), y.start)
            # nor is one year singled out of a longer stretch ("Pour la seule année 2025")
            and not lexicon.SINGLED_OUT.search(sentence.text, max(0, y.start - 8), y.end + 8)
        ]
        if stated and years.aside_before(sentence.text, int(stated[-1].label), self.published):
            # "Congress had approved $113 billion in 2022": before the news, whose time is the
            # story's own or else the report's present
            if self.current.year is None and self.published is not None:
                self.current.year, self.explicit_year = self.published.year, False
                self.present, self.undated = True, False
            return
        if stated:
            self.current.year = int(stated[-1].label)
            self.explicit_year, self.undated = True, False
            if self.published and self.current.year == self.published.year:
                self.present = True  # "this year": the report's present
            return
        if sentence.years:
            return
        dated = self._dated_now(sentence)
        if dated is not None:
            self.current.year, self.explicit_year, self.present = dated, False, True
            self.undated = False

    def _dated_now(self, sentence: context.Sentence, *, aside: bool = False) -> int | None:
        """The year a sentence in the report's present names: "on Thursday", "in March". An
        economic `aside` ("Inflation stood at 3% in January") is dated by its month from the
        publication, not by the past year the story was telling."""
        if self.published is None:
            return None
        month = lexicon.MONTH_ONLY.search(sentence.text)
        if month is not None:
            if not aside and self._past_stated():
                # a past year told in order: "in April 2023 ... on 12 December"
                return self.current.year
            if month.group("month") is not None:
                return years.month_counted(sentence.text, month, self.published)
            number = lexicon.MONTH_NUMBER[month.group("season").lower()]
            future = lexicon.FUTURE.search(sentence.text) is not None
            # A season after the publication's is last year's, unless the sentence looks ahead.
            return self.published.year - (number > self.published.month and not future)
        if lexicon.NOW.search(sentence.text):
            return self.published.year
        return None

    def new_paragraph(self) -> None:
        """Paragraphs do not reset the story: a new actor or time does (see `after`), except
        for a giver named in passing (see `_giver`)."""
        self.paragraph += 1
        self.local = self.spoken = None
        self.paragraph_givers = set()

    def hints(self, continues: str | None) -> context.Hints:
        """What the story so far offers the next sentence's figures."""
        kind, source = self.current.kind, CONTEXT
        if kind is None:
            kind, source = self.title.kind, TITLE
        defence = self.topic in _DEFENCE_TOPICS
        return context.Hints(
            kind,
            self._giver(),
            self.country,
            continues,
            defence=defence,
            topic=self.topic,
            main=self.main_actor,
            group=self.group,
            several=self.several,
            schemed=self.schemed,
            local=self.local,
            source=source,
            spoken=self.spoken if self.donor_paragraph < self.paragraph else None,
            latter=self.latter,
            paragraph_givers=frozenset(self.paragraph_givers),
            former=self.former,
            defended=self.defended,
            holdings=self.holdings,
            recipient=self.current.recipient,
            ukraine=self.ukraine,
        )

    def _past_stated(self) -> bool:
        """True when the story's current year is a past year it stated ("In 2024, ...")."""
        return (
            self.explicit_year
            and self.published is not None
            and self.current.year is not None
            and self.current.year < self.published.year
        )

    def _giver(self) -> str | None:
        """The giver the story has made current. One named a few times as a giver, in an
        earlier paragraph of a story about another (a comparison, "the Netherlands, which ..."),
        does not carry past its paragraph: the story's main actor takes over again (when it
        does not dominate the story, not from a coalition, which the story goes on about as "the
        26 countries" that joined it; nor from the alliance, whose targets the story goes on
        with: `context.resolve` gives its other figures to the main actor)."""
        donor = self.current.donor
        passing = (
            self.main_actor is not None
            and donor is not None
            and (self.dominant or donor not in lexicon.COALITIONS)
            and donor != self.main_actor
            and 1 <= self.mentions[donor] <= _PASSING_MENTIONS
            and donor not in lexicon.ALLIANCE
            and self.donor_paragraph < self.paragraph
        )
        return self.main_actor if passing else donor

    def complete(
        self,
        attributes: context.Attributes,
        sentence: context.Sentence,
        span: tuple[int, int],
        unit: str,
        hints: context.Hints,
        *,
        written: bool = True,
        sibling: tuple[int, str, int] | None = None,
        share: Decimal | None = None,
    ) -> tuple[context.Attributes, dict[str, str]]:
        """`attributes` of the figure at `span` of `sentence` with what the sentence left open
        filled in, and each one's source. `written`: the text names the currency itself (not a
        bare "$" or "kroner" read from the story). `sibling`: the year, category and end of the
        figure before in the same sentence, when its own sentence dated it. `share`: the value
        of a percentage."""
        clause = context.clause(sentence.text, *span)
        sources: dict[str, str] = {}

        def own(name: str) -> str:
            taken = name in attributes.borrowed or name in attributes.hinted
            return CONTEXT if taken else SENTENCE

        category, donor = attributes.category, attributes.donor
        recipient, year = attributes.recipient, attributes.year
        # A part of the package reported before ("l'achat d'équipements américains par le biais
        # du mécanisme PURL de l'OTAN, à hauteur de 10 millions de dollars"; "$5 million for the
        # drone coalition led by Latvia") is given by the package's giver: whom the item names
        # is where the money goes.
        part = self.packager is not None and self._part(sentence, span, category, unit)
        if part:
            donor = self.packager
        # A sentence naming a new giver starts its own story: the context's kind and time are
        # another giver's. (A figure that is neither aid nor defence starts no story: the country
        # it describes, "Germany allocated EUR 1.6 billion" read as `other`, keeps the time.)
        fresh = donor is not None and donor != self.current.donor and category != "other"
        fresh = fresh and "spoken" not in attributes.hinted
        sources["category"] = hints.source if "category" in attributes.hinted else own("category")
        if year is None and attributes.open_year:
            dated = self._year(
                sentence, clause, category, unit, fresh=fresh, span=span, sibling=sibling
            )
            if dated is not None:
                year, sources["year"] = dated
        elif year is not None:
            sources["year"] = own("year")
        if year is not None and category == "financial_aid" and years.g7_loans_told(sentence.text):
            year = None  # "des prêts dits ERA de 50 milliards de dollars": lent over the years
            sources.pop("year", None)
        if (
            year is not None
            and category == "financial_aid"
            and unit != "percent"
            and years.g7_loans_share(sentence.text, span, whole=donor == "G7")
        ):
            year = None  # "Tokyo is also lending ¥471.9 billion as its share of the G7's loans"
            sources.pop("year", None)
        if (
            year is not None
            and category != "other"
            and years.pending(sentence.text, span)
            and not any(clause[0] <= y.start < clause[1] for y in sentence.years)
        ):
            year = None  # "the White House request of $61.4 billion has stalled in Congress"
            sources.pop("year", None)
        if year is not None and unit != "percent" and years.programme_size(sentence.text, span[0]):
            year = (
                None  # "launched in February 2023 with a five-year envelope of 75 billion crowns"
            )
            sources.pop("year", None)
        if (
            year is not None
            and category == "defense_spending"
            and unit != "percent"
            and not _PER_YEAR_AFTER.match(sentence.text, span[1])
            and years.thing_cost(sentence.text, span, clause, [y.start for y in sentence.years])
        ):
            year = None  # "the shield, which will cost $175 billion in total": a programme's cost
            sources.pop("year", None)
        if year is not None and years.current_level(sentence.text, span[0], unit):
            year = None  # "currently around 1% of GDP, is to reach 2% by 2033"
            sources.pop("year", None)
        if (
            year is not None
            and unit == "percent"
            and (
                years.standing_limit(sentence.text, span)
                or (not sentence.years and years.planned_rate(sentence.text, span))
                or (
                    category == "other"
                    and (
                        years.standing_rate(sentence.text, span, clause[0])
                        or years.old_rate(sentence.text, span)
                    )
                )
            )
        ):
            # "well above the bloc's 3% ceiling", "au taux de 25 %": a rule's limit or a tax's
            # standing rate, of no year
            year = None
            sources.pop("year", None)
        percent = unit == "percent"
        if year is not None and (
            # "Europe's share of all military aid allocated since the start of the war has
            # risen to 58%, from 45% at the end of last year": a cumulative share
            (category in lexicon.AID_CATEGORIES and years.cumulative_share(sentence.text, unit))
            # "Ireland pays about 2.1% of the cost of each measure under the European Peace
            # Facility": a member's key in the fund
            or (
                percent
                and category in ("military_aid", "other")
                and (years.peace_facility_key(sentence.text, span) or attributes.whole_fund)
            )
            # "The host, Italy, spends about 1.5% of its GDP on defence": the level a country
            # has, told in the present tense with no time in its phrase (not an item of a list
            # going on after a past year stated: "In 2024, Germany spent 2.1%. Poland spends
            # 4.1%"; after this year's level it is: "Portugal will reach 2% this year. Greece
            # already spends 3.1%")
            or (
                percent
                and category == "defense_spending"
                and not (
                    sources.get("year") == CONTEXT
                    and category == self.last_category
                    and self._past_stated()
                )
                and years.spending_now(sentence.text, span, clause)
            )
            # "to 2% of GDP by then, from around 1% before the invasion": the level before the
            # war, of no one year
            or (
                percent
                and category == "defense_spending"
                and (before := lexicon.EARLIER_TIME_AFTER.match(sentence.text, span[1])) is not None
                and before["war"] is not None
            )
            # "et la dette dépasse 105 % du PIB", "die Inflation liegt bei 15,1 Prozent": a
            # level told in the present tense with no time of its own
            or (
                percent
                and category == "other"
                and years.economy_now(sentence.text, span, clause[0])
            )
        ):
            year = None  # each of no year
            sources.pop("year", None)
        if (
            year is not None
            and category == "other"
            and unit != "percent"
            and sources.get("year") == CONTEXT
            and context.exchange_rate(sentence.text, span[1])
        ):
            year = None  # "it trades at about 88 roubles to the dollar": a market's quote
            sources.pop("year", None)
        if (
            year is not None
            and category == "other"
            and unit != "percent"
            and sources.get("year") == CONTEXT
            and years.frozen_stock(sentence.text)
        ):
            year = None  # "The immobilised assets are worth roughly €260bn": a stock
            sources.pop("year", None)
        if (
            year is not None
            and unit != "percent"
            and years.fund_size(sentence.text, span, dated=sources.get("year") == SENTENCE)
        ):
            year = None  # "a 100 billion euro special fund set up after the invasion": a size
            sources.pop("year", None)
        if (
            year is not None
            and category == "other"
            and unit == "percent"
            and sources.get("year") == CONTEXT
            and years.market_yield(sentence.text, span[0])
        ):
            year = None  # "Our ten-year yield fell below 3.5%": a market's quote, of no year
            sources.pop("year", None)
        if (
            year is not None
            and category == "other"
            and sources.get("year") == CONTEXT
            and self.published is not None
            and years.polled(sentence, span, unit)
        ):
            # "Laut einer aktuellen Umfrage halten 41 Prozent ...": a poll is of the time it
            # was taken, the report's, not of the year the paragraph before was on.
            year = self.published.year
        if (
            year is None
            and category == "other"
            and self.published is not None
            and years.polled(sentence, span, unit)
            and not lexicon.YEAR_DIGITS.search(sentence.text)
        ):
            # "Laut einer Tamedia-Umfrage befürworten 56 Prozent der Befragten ...": a poll
            # that no year dates is of the time it was published (README, settled).
            year, sources["year"] = self.published.year, DOCUMENT
        if (
            year is not None
            and category == "other"
            and sources.get("year") == CONTEXT
            and not sentence.poll
            and not sentence.distractors
            and not years.budget_line(sentence.text)
            and not (attributes.donor and lexicon.GIVING.search(sentence.text))
            and self.budget is None
            and not self.listing
        ):
            # A figure of no aid nor defence that is no yearly measure of an economy (inflation,
            # growth, a deficit, a need), no line of a budget (the story's or the sentence's),
            # no gift of a giver and no item of a package: assets, damage, premiums, a rule's
            # share ("assets in Russia, estimated at about $280 billion", "the yen has lost
            # about 8%"): the year the story has reached is not its.
            year = None
            sources.pop("year", None)
        if year is None and unit != "percent" and _BY_THE_DEADLINE.search(sentence.text, *clause):
            # "Spain would need an extra €22 billion a year to hit 3.5% by the deadline": the
            # outlay a target needs is of its deadline (README, settled cases)
            deadline = self._deadline_named(sentence, clause)
            if deadline is not None:
                year, sources["year"] = deadline, CONTEXT
        if (
            year is not None
            and unit != "percent"
            and self.published is not None
            and year <= self.published.year
            and _PER_YEAR_AFTER.match(sentence.text, span[1])
        ):
            # A yearly sum pledged in a past year or told in the present, with no later year it
            # starts from or is needed by ("At the summit in 2024, allies pledged at least €40
            # billion a year"; "has pledged £3 billion a year [...] and is spending £4 billion
            # this year"): recurring, of no one year. (A later year is its start or deadline:
            # "an extra £6 billion a year from 2027", "€25 billion a year to reach 3.5% by 2035".)
            year = None
            sources.pop("year", None)
        drafted = years.draft_budget_year(sentence.text, span, clause, self.published)
        if drafted is not None:
            year, sources["year"] = drafted, SENTENCE  # "the draft budget ... allocates"
        if sources.get("year") != SENTENCE:
            within = years.period_in_year(sentence.text, span, clause, self.published)
            if within is not None:
                year, sources["year"] = within, SENTENCE  # "in the first ten months"
        if year is not None and sources.get("year") == SENTENCE:
            month = years.month_after_year(sentence.text, span[1], self.published)
            if month is None:
                month = years.month_before_year(sentence.text, span[0], self.published)
            if month is not None and month != year:
                year = month  # "fell to 2.4% in November, ... last year": the month's year
        if year is not None and sources.get("year") == SENTENCE:
            ends = years.change_end_year(sentence.text, span[0], self.published)
            if ends is not None:
                year = ends  # "from 4.7% of GDP last year to 4.5%": the year after the base's
        if year is None and unit != "percent" and category != "other":
            made = years.made_in_month(sentence.text, span[1], self.published)
            if made is not None:
                year, sources["year"] = made, SENTENCE  # "the $500 million announced in June"
        changed = years.change_from_month(sentence.text, span[1], self.published)
        if changed is not None:
            year, sources["year"] = changed, SENTENCE  # "raises VAT to 22% from January"
        target = category == "pledge_target" and unit == "percent"
        stated = [(y.start, y.end) for y in sentence.years if y.label == str(year)]
        # A part of the goal just told ("Davon müssen mindestens 3,5 Prozent ...", "Of that, at
        # least 3.5% must go to ...") keeps the deadline it points back to.
        part_of_goal = "year" in attributes.borrowed and self.last_category == "pledge_target"
        # (the sentence's time was read for the target and found not to be its deadline)
        undated = False
        if (
            year is not None
            and target
            and not part_of_goal
            and (
                not _deadline_of(sentence, year, span[1])
                or years.set_in(sentence.text, stated[0] if stated else None)
            )
            and not years.met_in(sentence.text, clause, span, stated[0] if stated else None)
        ):
            # An open-ended target has no year: only a deadline dates it ("5% by 2035"), which
            # may stand further off than another time of the sentence ("agreed at The Hague in
            # June 2025 to spend 5% of GDP on defence by 2035").
            year = _later_deadline(sentence, span)
            if year is None:
                sources.pop("year", None)
                undated = True
        if (
            year is not None
            and target
            and years.met_alliance_target(sentence.text, clause, span)
            and (
                _deadline_of(sentence, year, span[1])
                or (self.published is not None and year < self.published.year)
            )
        ):
            # "Germany met NATO's 2 percent target in 2024", "reached NATO's 2% target last
            # year": the year, read as the target's date or a past one, is when one ally met it;
            # the alliance's guideline has no year (README, settled)
            year = None
            sources.pop("year", None)
        if target:
            year = self._target_deadline(
                sentence,
                span,
                year,
                sources,
                open_year=attributes.open_year,
                alliance=donor == "NATO allies",
                undated=undated,
            )
            if (
                year is None
                and (attributes.open_year or undated)
                and years.hague_named(sentence.text, span, self.published)
                # (not a level urged on one ally: "Washington has pressed Tokyo to spend 3.5%,
                # in line with what allies agreed in The Hague")
                and (donor == "NATO allies" or not lexicon.ASKING.search(sentence.text, 0, span[0]))
            ):
                year, sources["year"] = years.HAGUE_DEADLINE, SENTENCE
        if (
            category == "other"
            and self.published is not None
            and sources.get("year") != SENTENCE
            and years.market_move(sentence.text, span, clause[0])
        ):
            # "Shares of its parent rose 6% on the news", "Inflation has fallen to 0.8%": a
            # move or reading told as news, of the report's year (README, settled)
            year, sources["year"] = self.published.year, DOCUMENT
        if category == "other":
            if (
                donor is None
                and not attributes.nobody
                and self.dominant
                and self.main_actor in lexicon.COUNTRIES
            ):
                if _of_no_one_named(sentence):
                    # "Son enveloppe atteindra 9,8 milliards d'euros l'an prochain" in a story on
                    # Belgium's budget: the country the story is about is the one it describes.
                    donor, sources["donor"] = self.main_actor, DOCUMENT
            elif donor is not None:
                sources["donor"] = own("donor")
            if donor is None and self._polled(sentence, attributes):
                # "A poll by Forsa found that 54% back continued aid" in a story on Germany:
                # a poll's share is of the people of the country the story is about.
                donor, sources["donor"] = self.main_actor, DOCUMENT
            if (
                donor is None
                and not attributes.nobody
                and _plain(sentence)
                and not lexicon.WORLD.search(sentence.text)
                and not years.market_yield(sentence.text, span[0])
            ):
                # A sum or share no kind of money was read for, and that no economy, price,
                # poll, need or war cost explains ("That is 43% below the monthly average", "The
                # government has also budgeted €60 million for neighbouring Moldova", "cutting
                # development aid from 0.7% to 0.5% of national income"), goes on the story of
                # the giver it is told in. Not the world's figures or a market's yield.
                carried = self._giver()
                if carried is not None:
                    donor, sources["donor"] = carried, CONTEXT
            if donor == "NATO":
                donor = "NATO allies"  # as below: the alliance's figures are its members'
            return context.Attributes(category, donor, None, year), sources
        if donor is None and not attributes.nobody:
            found = self._look("donor", category)
            if found is not None:
                donor, sources["donor"] = found
        else:
            sources["donor"] = own("donor")
        if part:
            sources["donor"] = CONTEXT
        payer = _payer(unit, category, self.mentions) if written else None
        named = (
            sources.get("donor") == SENTENCE
            and not (payer and donor and context.named_by_office(sentence, donor, payer))
        ) or lexicon.GROUP_REFERENCE.search(sentence.text)
        # (not a restatement of the sum before in the reporter's currency: "Das entspricht rund
        # 7,7 Milliarden Franken" after Germany's €8 billion)
        restated = lexicon.RESTATED_IN_CURRENCY.search(sentence.text) is not None
        if payer is not None and payer != donor and not (named or restated or attributes.nobody):
            # A sum in a currency only one country pays in is that country's, whoever the
            # context named before ("Of the total, SEK 7.3 billion ..." after a coalition); a
            # group the sentence names ("the group's members had committed £18 billion") pays
            # in its reporter's currency.
            donor, sources["donor"] = payer, SENTENCE
        if donor == "NATO":
            # The alliance has no money of its own: what it sets, spends or gives across its
            # members ("Across NATO, the rule would produce €100 billion") is its members'.
            donor = "NATO allies"
        if category == "aid_total" and donor in _LENDERS:
            # What a multilateral lender commits or invests, called just "support", is its
            # lending ("the EBRD has committed more than €4 billion to Ukraine"): financial aid.
            category = "financial_aid"
        # A share of GDP pledged in aid ("military aid equal to 0.25% of GDP every year") goes
        # to the recipient the story is about, as a sum pledged does. A pledged share is aid
        # when it is a fraction of one percent ("the 0.25% benchmark"), a defence level with no
        # recipient when it is one percent or more ("the Hague target of 3.5% of GDP means for
        # Ukraine", "über dem Ziel von 2 Prozent" beside Ukraine-Hilfe).
        pledged_share = category == "pledge_target" and share is not None
        aid = category in lexicon.AID_CATEGORIES or (
            category == "pledge_target"
            and not attributes.own_forces
            and (unit != "percent" or (share is not None and share < _DEFENCE_LEVEL))
        )
        if pledged_share and not aid:
            recipient = None
        if (
            category == "financial_aid"
            and not sentence.names_ukraine
            and lexicon.LENT_TO_MEMBERS.search(sentence.text)
        ):
            # "150 milliards d'euros de prêts aux États membres", "verleiht das Geld an
            # Mitgliedstaaten": the Union's members borrow it, not the story's Ukraine.
            recipient, sources["recipient"] = "EU member states", SENTENCE
        elif attributes.whole_fund or (
            category == "aid_total" and context.several_recipients(sentence, span[1])
        ):
            # A member's key of the whole Peace Facility ("à hauteur de 3,6 % de son enveloppe
            # totale") goes to no one recipient (README, settled), nor does a package for
            # several places ("a $95 billion package that also covers Israel and Taiwan").
            recipient = None
            sources.pop("recipient", None)
        elif recipient is None and aid:
            found = self._look("recipient", category)
            if found is not None:
                recipient, sources["recipient"] = found
        elif recipient is not None:
            sources["recipient"] = own("recipient")
        completed = context.Attributes(category, donor, recipient, year)
        return completed, sources

    def _polled(self, sentence: context.Sentence, attributes: context.Attributes) -> bool:
        """True when `sentence` reports a poll of the country the story is about: one
        country dominates the story (one sentence, "58% of voters back the aid", does not say
        whose voters were asked)."""
        return (
            sentence.poll
            and not attributes.nobody
            and self.dominant
            and self.main_actor in lexicon.COUNTRIES
        )

    def _deadline_named(self, sentence: context.Sentence, clause: tuple[int, int]) -> int | None:
        """The deadline "the deadline" stands for in `clause`: that of the target level the
        clause names, else the last one the story gave a level."""
        for level in years.levels(sentence.text[clause[0] : clause[1]]):
            if level in self.deadlines:
                return self.deadlines[level][0]
            if years.hague_level(level, self.published):
                return years.HAGUE_DEADLINE
        if self.deadlines:
            return next(reversed(self.deadlines.values()))[0]
        # (else the last one it stated, a target still proposed too: "allies are expected to
        # agree to spend 3.5% by 2035. ... would cost Ottawa about $150 billion a year by the
        # deadline")
        return self.last_deadline

    def _target_deadline(
        self,
        sentence: context.Sentence,
        span: tuple[int, int],
        year: int | None,
        sources: dict[str, str],
        *,
        open_year: bool,
        alliance: bool,
        undated: bool = False,
    ) -> int | None:
        """The year of the target level at `span`. A level agreed with a deadline still ahead
        ("committed to spend 3.5% of GDP by 2035") is remembered; named again without a year
        ("the 3.5% core target"), it keeps that deadline. Not a level still proposed or
        expected, nor one asked for now."""
        level = years.target_level(sentence.text, span)
        if level is None:
            return year
        text = sentence.text
        if year is not None:
            ahead = self.published is not None and year > self.published.year
            if (
                ahead
                and sources.get("year") == SENTENCE
                and _deadline_of(sentence, year, span[1])
                and not years.proposed(text)
            ):
                self.deadlines[level] = (year, years.names_alliance(text))
            elif ahead and years.proposed(text):
                self.proposed.add(level)  # "are expected to agree a target of 3.5% by 2035"
            return year
        known = self.deadlines.get(level)
        if (
            known is None
            and level not in self.proposed
            and years.hague_level(level, self.published)
            and (alliance or years.names_alliance(text) or lexicon.TARGET_WORD.search(text))
            and not years.proposed(text)
            # (a level urged on one ally is its own, of no year: "Washington has urged Canberra
            # to aim for 3.5%")
            and (alliance or not lexicon.ASKING.search(text, 0, span[0]))
        ):
            # The Hague levels (5%, 3.5% core, 1.5%), agreed in June 2025 with 2035 as their
            # deadline, keep it where a later story names them without it.
            known = (years.HAGUE_DEADLINE, True)
        # A Hague level keeps its deadline beside another level's ("3.5% by 2035, and a further
        # 1.5%") or a time of its sentence found not its own (`undated`).
        free = years.hague_level(level, self.published) and (
            undated or all(_deadline_at(text, y.start) for y in sentence.years)
        )
        if not (open_year or free) or (sentence.years and not free):
            return None
        if known is None or years.asked_now(text):
            return None
        if years.alliance_level(text, span) and not known[1]:
            return None  # "NATO's 2% benchmark" after a country's own "2% by 2033"
        sources["year"] = CONTEXT
        return known[0]

    def _year(
        self,
        sentence: context.Sentence,
        clause: tuple[int, int],
        category: str,
        unit: str,
        *,
        fresh: bool,
        span: tuple[int, int],
        sibling: tuple[int, str, int] | None = None,
    ) -> tuple[int, str] | None:
        """The year of a figure whose own clause states none, or None when nothing fixes one."""
        if lexicon.no_single_year(sentence.text, *clause, figure_end=span[1]):
            return None
        if lexicon.STOCK.search(sentence.text, *clause):
            return None  # "European donors have now allocated €138 billion in total"
        if category == "pledge_target" and unit == "percent":
            return None  # "the 2% target": open-ended unless its own sentence sets a deadline
        if category in ("financial_aid", "aid_total") and years.instrument_part(sentence.text):
            return None  # "Pillar I provides €38.27 billion": the instrument's, of no one year
        if _STANDS_AT.search(
            sentence.text, max(clause[0], span[0] - 25), span[0]
        ) and not lexicon.MONTH_ONLY.search(sentence.text, span[1], clause[1]):
            return None  # "Canada's contribution stands at $5 billion": a level up to now
        lo, hi = _phrase(sentence.text, clause, span)
        if (
            self.published is not None
            and lexicon.NOW.search(sentence.text, lo, hi)
            and not lexicon.MONTH_ONLY.search(sentence.text, lo, hi)
        ):
            # "Italy pledged €30 million this week, ..., in addition to generators sent in
            # December": its own clause's time, not a month another clause names
            return self.published.year, SENTENCE
        dated = self._dated_now(sentence, aside=category == "other")
        if dated is not None:
            return dated, SENTENCE
        if self.package is not None and self._part(sentence, span, category, unit):
            # "The package includes $50 million for ..., $30 million for ...": the parts of the
            # sum reported before are of its time, whatever the list goes on to name.
            return self.package, CONTEXT
        # (not a sum another giver announced in its own clause: "€3.5 billion had been set aside
        # for next year, while Stockholm unveiled a package worth SEK 16 billion" is news now)
        announced_now = (
            sibling is not None
            and self.published is not None
            and sibling[0] > self.published.year
            and lexicon.ANNOUNCED.search(sentence.text, clause[0], span[0]) is not None
            and lexicon.FUTURE.search(sentence.text, clause[0], span[0]) is None
        )
        if (
            sibling is not None
            and not announced_now
            and (
                _listed_with(sentence, sibling, category, span[0])
                or (unit == "percent" and _OF_THIS.match(sentence.text, span[1]) is not None)
            )
        ):
            # A list in one sentence shares its time: "Germany has budgeted €11.5 billion this
            # year, and the Netherlands has set aside €3.5 billion".
            return sibling[0], SENTENCE
        if (
            category in lexicon.AID_CATEGORIES
            and not self.explicit_year
            and _ranked(sentence.text, span, unit)
        ):
            return None
        if category != "other" and lexicon.PERFECT.search(sentence.text, clause[0], span[0]):
            return None  # "Denmark has put in 1.6 billion crowns": a stock up to now
        if (
            self.budget is not None
            and self.current.year is not None
            # (a year in another clause is that clause's: "the draft assumes a deficit of 271.7
            # billion zlotys, while the deficit is expected to narrow from 6.9% this year")
            and not any(clause[0] <= y.start < clause[1] for y in sentence.years)
            and category != "pledge_target"
            and (not fresh or years.budget_itself(sentence.text))
            and (category not in lexicon.AID_CATEGORIES or years.planned(sentence.text))
        ):
            # A line of the budget the story is about, after an aside on another year.
            return self.budget, CONTEXT
        # A list going on ("En 2024, l'Allemagne 2,1 %. La Pologne dépense 4,1 %") keeps its
        # time for each new actor; a new actor with another kind of figure starts its own.
        listed = category == self.last_category and category != "other"
        # (a sum of a new actor in a story told in its own year, "this year", is news of it)
        present = (
            self.published is not None
            and self.current.year == self.published.year
            and unit != "percent"
            and not years.g7_loans_told(sentence.text)
        )
        if self.current.year is not None and (
            listed or present or not (fresh and self.explicit_year)
        ):
            if (
                self.published is not None
                and self.current.year != self.published.year
                and unit != "percent"
                and (
                    (
                        self._past_stated()
                        and (
                            lexicon.GIVING_NOW.search(sentence.text, *clause)
                            or years.given_now(sentence.text, *clause, span)
                        )
                    )
                    or years.announced_now(
                        sentence.text,
                        *clause,
                        span,
                        ahead=self.current.year > self.published.year,
                    )
                )
            ):
                # "Das Entwicklungsministerium stellt zusätzlich 120 Millionen Euro bereit"
                # after a paragraph on last year: a sum given in the present tense is news; so
                # is one announced ("Germany announced a new package worth"), after a paragraph
                # on another year.
                return self.published.year, DOCUMENT
            if (
                self.frame is not None
                and self.published is not None
                and self.current.year == self.published.year
                and _PAST_LEVEL.search(sentence.text, clause[0], span[0])
                and not lexicon.FUTURE.search(sentence.text, clause[0], span[1])
            ):
                # A report on a past year ("Global military expenditure rose ... in 2025"),
                # after an aside on this year's budget, goes back to that year with a level told
                # in the past tense ("Ukraine spent $70 billion").
                return self.frame, DOCUMENT
            if (
                self.published is not None
                and self._past_stated()
                and lexicon.FUTURE.search(sentence.text, clause[0], span[0])
            ):
                # A sum or level still to come ("Norway will thereby spend 2.2% of GDP") after a
                # paragraph on a past year is not of that year: the report's.
                return self.published.year, DOCUMENT
            return self.current.year, CONTEXT
        if (
            self.published is not None
            and unit != "percent"
            and (
                lexicon.ANNOUNCED.search(sentence.text, *clause)
                or (
                    category in lexicon.AID_CATEGORIES
                    and (self.current.year is None or self.frame is None)
                    and years.news_gift(sentence.text, *clause, span)
                    and not lexicon.IN_TOTAL.search(sentence.text, *clause)
                    and not compared(sentence.text, span[0])
                    and not lexicon.G7_LOAN.search(sentence.text)
                )
            )
        ):
            # A sum announced or to be given ("Helsinki said it would contribute EUR 50
            # million") is news of the report's year; a stock told in the perfect ("have
            # committed $16 billion") is not. So is a new giver's pledge after an aside on a
            # past year ("a loan granted in December 2024"), unless a frame dates the story.
            return self.published.year, DOCUMENT
        if (
            self.budget is not None
            and self.current.year is None
            and not sentence.years
            and category != "pledge_target"
            and not fresh
            and years.budget_line(sentence.text)
            and (category not in lexicon.AID_CATEGORIES or years.planned(sentence.text))
        ):
            # A line of the budget the story is about ("Der Etat des Entwicklungsministeriums
            # sinkt auf 9,94 Milliarden Euro"), after a total over the years left it undated.
            return self.budget, CONTEXT
        if self.undated:
            if (
                self.present
                and self.published is not None
                and category in lexicon.AID_CATEGORIES
                and not sentence.years
                and _ADDED.search(sentence.text, 0, span[0])
                and not _ALREADY.search(sentence.text, clause[0], span[0])
                and not years.g7_loans_unpaid(sentence.text)
                and not lexicon.FUNDING_WORD.search(sentence.text, clause[0], span[0])
            ):
                # After a total over the years, aid told as given on top ("Helsinki also said
                # it would contribute", "Zusätzlich vergibt die KfW") is the report's news.
                return self.published.year, DOCUMENT
            return None
        # Not the report's present: a sum of a new actor that nothing in its sentence dates (a
        # stock, a ranking, "Norway has given NOK 5 billion") is no news of the report's year.
        if self.frame is not None:
            return self.frame, DOCUMENT
        if self.title.year is not None:
            return self.title.year, TITLE
        return None

    def _look(
        self, name: str, category: str | None, *, fresh: bool = False
    ) -> tuple[Any, str] | None:
        layers: list[tuple[Facts, str]] = [(self.title, TITLE)]
        if not fresh:
            layers.insert(0, (self.current, CONTEXT))
        for facts, source in layers:
            value = getattr(facts, name)
            if value is not None and _fits(name, value, category):
                return value, source
        main = self.main_actor
        # A national budget story may name its country only after its lead ("Les crédits
        # s'élèvent à 50,5 milliards d'euros"): the country it names throughout is the spender.
        implied = self.dominant and category == "defense_spending"
        if name == "donor" and (main in self.named or implied) and _fits(name, main, category):
            return main, DOCUMENT
        return None


def _phrase(text: str, clause: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The stretch of `clause` between the commas (or semicolons) around the figure at `span`."""
    before = max(text.rfind(",", clause[0], span[0]), text.rfind(";", clause[0], span[0]))
    ends = [i for i in (text.find(c, span[1], clause[1]) for c in ",;") if i >= 0]
    return (before + 1 if before >= 0 else clause[0], min(ends) if ends else clause[1])


def _plain(sentence: context.Sentence) -> bool:
    """True when a sentence speaks of no economy, market, price, poll, need, war cost or
    holding: nothing in it but the story explains what its figures describe. (What hosting
    refugees costs, "€1.4 billion on accommodation for people who fled Ukraine", and what a
    country exports are no aid but are still its own.)"""
    text = sentence.text
    economic = sentence.distractors or sentence.poll or sentence.prices or sentence.war_costs
    held = lexicon.MARKET.search(text) or any(
        not _OWN_ECONOMY.fullmatch(m.group(0)) for m in lexicon.NOT_GIVEN.finditer(text)
    )
    return not (economic or held or lexicon.NEED_BEFORE.search(text))


# A pledged share of GDP at or above this is a defence level, below it an aid benchmark: the
# shares asked for aid are fractions of one percent (0.25%, 0.1%).
_DEFENCE_LEVEL = 1

# The multilateral lenders that give in their own name (the EIB is the EU's).
_LENDERS = frozenset(
    {"World Bank", "IMF", "EBRD", "Council of Europe Development Bank", "Nordic Investment Bank"}
)


# What a country's own economy does, which `lexicon.NOT_GIVEN` reads as no aid: hosting
# refugees at home, and its trade ("Its arms imports rose to EUR 4 billion").
_OWN_ECONOMY = re.compile(
    r"refugees|Flüchtling\w*|Geflüchtete\w*|Vertriebene\w*|réfugiés|Schutzstatus|accommodation"
    r"|hébergement|Unterbringung|accommodating|Schutzsuchende\w*|Grundversorgung"
    r"|(?:coûts?|frais|dépenses)\s+(?:liés?\s+à\s+)?(?:cet\s+|l['’]|d['’])accueil"
    r"|exports?|imports?|Export\w*|Import\w*|exportations?"
    r"|importations?",
    re.IGNORECASE,
)


def _of_no_one_named(sentence: context.Sentence) -> bool:
    """True when a sentence names no one and speaks of no economy, market, price, poll, need or
    holding: what its figures describe is left to the story ("Die Regierung hat zugesagt, bis
    2028 1 Prozent zu erreichen"). Oil prices, bond yields, war damage and frozen assets
    describe no giver of the story."""
    return not sentence.actors and _plain(sentence)


def _listed_with(
    sentence: context.Sentence, sibling: tuple[int, str, int], category: str, start: int
) -> bool:
    """True when the figure at `start` goes on the list of its sentence's dated figure before,
    whose time is stated between the two ("€200 million for Ukraine this year, and Riga about
    €112 million"; "The economy grew by 0.5% in 2024, and inflation averaged 3.7%"): the same
    kind, economic figures included, not a comparison's base, nor an earlier event ("after
    pledging €500 million")."""
    year, kind, end = sibling
    text = sentence.text
    if kind != category or compared(text, start):
        return False
    between = any(end <= y.start < start and y.label == str(year) for y in sentence.years)
    return between and _EARLIER_EVENT.search(text, end, start) is None


# A share of the sum just told, pointed back at: "seuls 40 % de cette capacité", "30% of that".
_OF_THIS = re.compile(
    r"\s+(?:of|de|d['’]|der|des)\s*(?:this|that|these|those|cette|cet|ce|ces|dieser|diese[mns]?)\b",
    re.IGNORECASE,
)


def _ranked(text: str, span: tuple[int, int], unit: str) -> bool:
    """True when a share of aid, in a story that has stated no year, is a tracker's ranking of
    what each gave since the war began ("Germany stands at 0.8%"), no flow of the report's
    year; a change ("40% less than") is not."""
    start, end = span
    return unit == "percent" and not _CHANGE.search(text, max(0, start - 12), end + 16)


def compared(text: str, start: int) -> bool:
    """True when the figure at `start` is the base of a comparison ("up from CZK 155.2 billion
    this year", "higher than this year's EUR 3.35 billion"): its time is not the sentence's."""
    return _COMPARED.search(text, max(0, start - 60), start) is not None


def _undated_lead(lead: context.Sentence) -> bool:
    """True when a lead fixes no time at all ("For the eleventh year in a row, the world spent
    more on its armed forces than the year before"): the sentence after it dates the report."""
    return (
        not lead.years
        and not lexicon.no_single_year(lead.text)
        and not lexicon.NOW.search(lead.text)
        and not lexicon.MONTH_ONLY.search(lead.text)
    )


def _frame_year(
    lead: context.Sentence | None, published: datetime.date | None, *, main: bool = False
) -> int | None:
    """The past year a report's lead says it is about ("Global military expenditure rose for
    the tenth consecutive year in 2024"): the time of what follows until another takes over."""
    if lead is None or published is None or lexicon.no_single_year(lead.text):
        return None
    stated = [
        int(y.label)
        for y in lead.years
        if not _deadline_at(lead.text, y.start) and int(y.label) < published.year
    ]
    if len(set(stated)) != 1 or years.aside_before(lead.text, stated[0], published):
        return None  # (a lead in the pluperfect tells what came before the news)
    first = next(y for y in lead.years if int(y.label) == stated[0])
    if main and _EARLIER_EVENT.search(lead.text, 0, first.start):
        return None  # "When NATO leaders agreed last year to ...": a clause on an earlier event
    return stated[0]


def _later_deadline(sentence: context.Sentence, span: tuple[int, int]) -> int | None:
    """A deadline after the target level at `span`, in its sentence, with no other figure between
    ("... to spend 5% of GDP on defence and related security by 2035"), not the year a target
    was set in."""
    for y in sentence.years:
        if y.start < span[1] or not _deadline_at(sentence.text, y.start):
            continue
        if any(c.isdigit() for c in sentence.text[span[1] : y.start]):
            break  # "2% of GDP, leaving the path to 3.5% by 2035": another level's deadline
        if _deadline_of(sentence, int(y.label), span[1]) and not years.set_in(
            sentence.text, (y.start, y.end)
        ):
            return int(y.label)
    return None


def _deadline_at(text: str, start: int) -> bool:
    """True when the year read at `start` is a deadline: "by 2035", "bis 2035", also where the
    year's span starts after "by" ("by fiscal 2027")."""
    return bool(
        _DEADLINE.match(text, start) or _DEADLINE_BEFORE.search(text, max(0, start - 8), start)
    )


def _deadline_of(sentence: context.Sentence, year: int, end: int) -> bool:
    """True when the sentence states `year` as a date for a target ("by 2035", "from 2026",
    "by next year"), or right after the figure ending at `end` ("reach 5% next year",
    "l'objectif de 2,5 % en 2027")."""
    text = sentence.text
    for y in sentence.years:
        if y.label != str(year):
            continue
        if _TARGET_DATE.match(text, y.start) or 0 <= y.start - end <= 12:
            return True
        if 0 <= y.start - end <= 60 and _DATE_OF_TARGET.fullmatch(text, end, y.start):
            return True  # "NATO's 2% spending target this fiscal year", "2 % du PIB dès cette"
        if _DEADLINE_BEFORE.search(text, max(0, y.start - 8), y.start):
            return True  # "by next year": the relative time's span starts after "by"
    return False


_DEFENCE_TOPICS = ("defense_spending", "pledge_target")


def _topic(sentence: context.Sentence, resolved: list[context.Attributes]) -> str | None:
    """What a sentence is about, when it says: defence spending, a target, or a kind of aid."""
    for attributes in reversed(resolved):
        if attributes.category != "other":
            return attributes.category
    labels = [k.label for k in sentence.keywords if k.label not in ("aid", "development")]
    return labels[-1] if labels else None


# Countries that receive aid and give none: a sum of aid in their money is a conversion of what
# they are given ("€60 million, some 1.2 billion lei").
_RECEIVERS = frozenset({"Ukraine", "Moldova", "Georgia"})


def _payer(unit: str, category: str, mentions: Counter[str] | None = None) -> str | None:
    """The country whose national currency `unit` is, when it can be the giver or spender of a
    figure of `category` (Ukraine spends hryvnias on defence but gives no aid in them, nor
    Moldova lei)."""
    country = HOME_COUNTRY.get(unit)
    if unit == "GBP" and mentions and mentions["United Kingdom"]:
        # British outlets convert other givers' sums into pounds: a sum in pounds is Britain's
        # only in a story that names Britain as a giver ("For Britain, ... The government has
        # committed £150 million", after Latvia's sums).
        country = "United Kingdom"
    if country is None or not _fits("donor", country, category):
        return None
    if country in _RECEIVERS and category != "defense_spending":
        return None
    return country


def _fits(name: str, value: object, category: str | None) -> bool:
    if name == "donor":
        # An adversary gives no aid, but spends on its own forces.
        return value not in lexicon.ADVERSARIES or category == "defense_spending"
    return True
