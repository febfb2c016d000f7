"""The document model: what an article has established so far, given to the figures that follow.

A figure's own sentence decides first (context.resolve). What it leaves open is read, in order:

- context: the sentences before it in the text, nearest first. Each sentence that names a giver,
  a kind of aid, a recipient or a year makes it current, so a new actor or time takes over from
  the old one ("Finland will send more air defence ... The package of EUR 190 million ...").
- title: the headline, when one is known.
- document: the article's main actor (the giver named most often), from its first mention on.

Only what an analyst would carry over is carried: a donor for aid, defence and pledge figures
(an adversary only for defence spending), a specific kind of aid for a figure the sentence calls
just "aid" or "package", a recipient for aid, and a year only when the figure's sentence leaves
its time open. A figure that is neither aid nor defence ("other") takes nothing.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from services.extractor import context, lexicon

SENTENCE, CONTEXT, TITLE, DOCUMENT = "sentence", "context", "title", "document"
_SPECIFIC_KINDS = lexicon.AID_CATEGORIES - {"aid_total"}


@dataclass(slots=True)
class Facts:
    """What one stretch of text establishes."""

    donor: str | None = None
    kind: str | None = None  # a specific kind of aid: military_aid, financial_aid, ...
    recipient: str | None = None
    year: int | None = None


def facts_of(sentence: context.Sentence) -> Facts:
    """The giver, kind of aid, recipient and year a sentence makes current."""
    givers = [a.name for a in sentence.actors if not a.recipient]
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
    topic: str | None = None  # the paragraph's defence subject: defense_spending or pledge_target
    main_actor: str | None = None  # the document's most named giver
    named: set[str] = field(default_factory=set)  # givers named so far

    @classmethod
    def begin(cls, title: context.Sentence | None, sentences: list[context.Sentence]) -> "Story":
        counts: Counter[str] = Counter()
        for sentence in sentences:
            counts.update(a.name for a in sentence.actors if not a.recipient)
        main = None
        if counts:
            # Ties go to the giver named first, which Counter keeps first.
            main = max(counts, key=lambda name: counts[name])
        story = cls(title=facts_of(title) if title else Facts(), main_actor=main)
        if title is not None:
            story.named.update(a.name for a in title.actors if not a.recipient)
        return story

    def after(self, sentence: context.Sentence, resolved: list[context.Attributes]) -> None:
        """Make current what `sentence` (with its figures' attributes) establishes."""
        facts = facts_of(sentence)
        self.named.update(a.name for a in sentence.actors if not a.recipient)
        for attributes in resolved:
            facts.donor = attributes.donor or facts.donor
            if attributes.category in _SPECIFIC_KINDS:
                facts.kind = attributes.category
            facts.recipient = attributes.recipient or facts.recipient
            facts.year = attributes.year or facts.year
        for attributes in resolved:
            if attributes.category in ("defense_spending", "pledge_target"):
                self.topic = attributes.category
        if any(k.label == "defense_spending" for k in sentence.keywords):
            self.topic = "defense_spending"
        if facts.donor is not None:
            if facts.donor != self.current.donor:
                self.current.year = None  # a new actor takes over: the old one's time is not its
            self.current.donor = facts.donor
        if facts.kind is not None:
            self.current.kind = facts.kind
        if facts.recipient is not None:
            self.current.recipient = facts.recipient
        if facts.year is not None:
            self.current.year = facts.year

    def new_paragraph(self) -> None:
        self.topic = None

    def hints(self, continues: str | None) -> context.Hints:
        """What the story so far offers the next sentence's figures."""
        kind, source = self.current.kind, CONTEXT
        if kind is None:
            kind, source = self.title.kind, TITLE
        return context.Hints(kind, continues, defence=self.topic is not None, source=source)

    def complete(
        self, attributes: context.Attributes, unit: str, hints: context.Hints
    ) -> tuple[context.Attributes, dict[str, str]]:
        """`attributes` with what the sentence left open filled in, and each one's source."""
        sources: dict[str, str] = {}

        def own(name: str) -> str:
            return CONTEXT if name in attributes.borrowed else SENTENCE

        category, donor = attributes.category, attributes.donor
        recipient, year = attributes.recipient, attributes.year
        # A sentence naming a new giver starts its own story: the context's kind and time are
        # another giver's.
        fresh = donor is not None and donor != self.current.donor
        sources["category"] = hints.source if "category" in attributes.hinted else own("category")
        if category == "other":
            if year is not None:
                sources["year"] = own("year")
            return context.Attributes(category, None, None, year), sources
        if donor is None:
            found = self._look("donor", category)
            if found is not None:
                donor, sources["donor"] = found
        else:
            sources["donor"] = own("donor")
        aid = category in lexicon.AID_CATEGORIES or (
            category == "pledge_target" and unit != "percent"
        )
        if recipient is None and aid:
            found = self._look("recipient", category)
            if found is not None:
                recipient, sources["recipient"] = found
        elif recipient is not None:
            sources["recipient"] = own("recipient")
        if year is None and attributes.open_year:
            found = self._look("year", category, fresh=fresh)
            if found is not None:
                year, sources["year"] = found
        elif year is not None:
            sources["year"] = own("year")
        completed = context.Attributes(category, donor, recipient, year)
        return completed, sources

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
        if name == "donor" and main in self.named and _fits(name, main, category):
            return main, DOCUMENT
        return None


def _fits(name: str, value: object, category: str | None) -> bool:
    if name == "donor":
        # An adversary gives no aid, but spends on its own forces.
        return value not in lexicon.ADVERSARIES or category == "defense_spending"
    return True
