"""Money and percentage figures in a document's clean text, with their context.

`extract_figures(text, published=...)` is pure and deterministic: no database, broker or network.
Conventions a reader of the ledger must know:

- Span: `start`/`end`/`surface` cover the number and its unit words only ("50 billion euros",
  "€50bn", "20%"), never the qualifier before it ("over") nor what follows ("of GDP").
- Ranges ("between 40 and 50 billion euros", "40-50 billion euros", "from 40 to 50 billion",
  "€40-50bn", "2-3%") give two figures: the lower bound with qualifier at_least and the upper with
  up_to, each spanning its own number; the unit (and a scale word the lower bound lacks) is shared.
  A change ("rose from 40 to 50 billion euros", "from 2% to 3%") gives two figures as stated.
  A percentage and a sum are never one range: "rose 4.2% to €1,650" is two figures.
- A scaled number whose currency the sentence just gave is a figure in that currency ("de 50,5
  milliards d'euros en 2025 à 64 milliards en 2027"), only after a connector and not before a
  noun ("to 1 million people" is a count).
- Restatements and comparisons: a conversion ("NOK 135 billion (about $12.5 billion)") shares
  the first figure's context; a comparison base ("up from €86bn this year", "compared with $35bn
  in 2023") takes its category, donor and recipient, its own giver if named with it, and only a
  year stated after it. A figure followed by "this year"/"next year" has no year.
- Unit prices ("Each interceptor costs $4 million") and opinion-poll shares are category other.
- Qualifiers: over (more than, above, exceeding, über, plus de), under (less than, below, just
  under), at_least (at least, no less than, mindestens, au moins), up_to (up to, as much as,
  bis zu, jusqu'à), approx (about, around, some, an estimated, rund, environ) - including "nearly"
  and "almost" (and knapp, fast, près de), which analysts read as approximations; else exact.
- Currencies: signs, codes and words in English, German and French; "$" alone is USD; crowns
  ("kroner", "Kronen") follow the country named nearby and default to DKK, "lei" are Moldovan
  when the context names Moldova rather than Romania (see currencies.py).
- A number is a figure only with a currency or a percent sign/word: not years, counts ("32 member
  states"), "F-16", or "1 million people". Every percentage is a figure; one about neither aid nor
  defence ("2% of voters") has category other and aid_related false.
- Numbers: "1,200" is 1200 in English text, "2,7" and "1.200" follow German/French notation when
  the document is in those languages; "Billion" is 10^12 in German and French.
- value_eur: the ECB reference rate of `published` (the latest rate when None); a yearly average
  for currencies the ECB does not publish (UAH, MDL, ALL, ...; see rates.py); None for
  percentages and currencies unknown to both.
- Context (category, donor, recipient, year) comes from the sentence and its neighbours only; see
  context.py. Cost is linear in the text: one pass for sentences, one for mentions, and bounded
  windows around each mention.
"""

import dataclasses
import datetime
import re

from services.extractor import attribution, context, lexicon, years
from services.extractor.currencies import (
    AMBIGUOUS_CROWN,
    AMBIGUOUS_LEU,
    BARE_DOLLAR,
    DEFAULT_CROWN,
    DEFAULT_LEU,
    crown_cue,
    home_dollar,
    leu_cue,
    most_named_crown,
)
from services.extractor.mentions import Mention, find_mentions
from services.extractor.rates import to_eur
from services.extractor.sentences import guess_language, split_sentences
from shared.models import Figure

EXTRACTOR_VERSION = "2026.11.45"

# No real sentence is this long: in a run-on block (a table, a list without periods) each figure
# gets a window of this size around it as its sentence, so context stays local and cost linear.
_LONGEST_SENTENCE = 1000
# How far (in characters) a restatement or a comparison base may stand after the figure before it.
_RESTATED_WITHIN = 40
_COMPARED_WITHIN = 100


class _Document:
    """The text's sentences, each read once and only when a figure needs it or a neighbour."""

    def __init__(
        self,
        text: str,
        lang: str,
        published: datetime.date | None,
        spans: list[tuple[int, int]],
        with_figures: set[int],
    ) -> None:
        self.text = text
        self.lang = lang
        self.when = published.year if published else None
        self.moment = published.year + (published.month - 1) / 12 if published else None
        self.spans = spans
        self.with_figures = with_figures  # indexes of the sentences that hold figures
        self._read: dict[int, context.Sentence] = {}
        self._cues: dict[int, str | None] = {}
        self._crown: str | None = None
        self._leu: str | None = None
        # what each office several countries share a name for stands for here (shared_offices)
        self.homes: dict[int, str] = {}

    def sentence(self, index: int) -> context.Sentence | None:
        if index < 0 or index >= len(self.spans):
            return None
        if index not in self._read:
            start, end = self.spans[index]
            self._read[index] = self.read(start, end, full=index in self.with_figures)
        return self._read[index]

    def window(self, index: int, mention: Mention) -> tuple[int, context.Sentence]:
        """The figure's sentence and its offset, cut to a window around it when overlong."""
        start, end = self.spans[index]
        if end - start <= _LONGEST_SENTENCE:
            sentence = self.sentence(index)
            assert sentence is not None
            return start, sentence
        half = _LONGEST_SENTENCE // 2
        start, end = max(start, mention.start - half), min(end, mention.end + half)
        return start, self.read(start, end)

    def read(self, start: int, end: int, *, full: bool = True) -> context.Sentence:
        text = self.text[start:end]
        sentence = context.Sentence.read(text, self.lang, self.when, self.moment, full=full)
        context.rename_offices(sentence, self.homes)
        return sentence

    def crown(self, index: int, at: int) -> str:
        return self.crown_nearby(index, at) or self._whole_crown()

    def crown_nearby(self, index: int, at: int) -> str | None:
        """The crown the figure's sentence names (the country nearest to the sum at offset `at`,
        when it names several) or else a neighbour names ("dänische Kronen"), if any."""
        start, end = self.spans[index]
        own = crown_cue(self.text[start:end], at - start)
        if own:
            return own
        for neighbour in (index - 1, index + 1):
            if neighbour not in self._cues:
                sentence = self.sentence(neighbour)
                self._cues[neighbour] = crown_cue(sentence.text) if sentence else None
            cue = self._cues[neighbour]
            if cue:
                return cue
        return None

    def leu(self, index: int) -> str:
        """The leu of a sum in "lei" in sentence `index`: the one its sentence names, else a
        neighbour's, else the one the document names more often; RON when nothing tells."""
        for neighbour in (index, index - 1, index + 1):
            sentence = self.sentence(neighbour)
            cue = leu_cue(sentence.text) if sentence else None
            if cue:
                return cue
        if self._leu is None:
            self._leu = leu_cue(self.text, most=True) or DEFAULT_LEU
        return self._leu

    def _whole_crown(self) -> str:
        if self._crown is None:
            # (a text that names one crown country names it most: one scan does for both)
            self._crown = most_named_crown(self.text) or DEFAULT_CROWN
        return self._crown


def _by_sentence(spans: list[tuple[int, int]], mentions: list[Mention]) -> dict[int, list[Mention]]:
    grouped: dict[int, list[Mention]] = {}
    index = 0
    for mention in mentions:
        while index + 1 < len(spans) and spans[index][1] <= mention.start:
            index += 1
        grouped.setdefault(index, []).append(mention)
    return grouped


# A definite article right before a sum: the sum is one the text has told ("the $2 billion",
# "die 2 Milliarden Euro", "des 2 milliards").
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|die|der|den|des|les|la|le|ces|cette|diese[nr]?)\s+$", re.IGNORECASE
)


def _echoed(
    text: str, mention: Mention, unit: str, figures: list[Figure], sources: dict[str, str]
) -> Figure | None:
    """The earlier figure a sum its sentence gives no kind of echoes: the same value and unit,
    named with a definite article, the earlier one of a kind of aid or of defence its own
    sentence gave."""
    if unit == "percent" or sources.get("category") == attribution.SENTENCE:
        return None
    if not _DEFINITE_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return None
    for figure in reversed(figures):
        if figure.value == mention.value and figure.unit == unit:
            kinds = lexicon.AID_CATEGORIES | {"defense_spending"}
            own = figure.attribution.get("category") == attribution.SENTENCE
            return figure if own and figure.category in kinds else None
    return None


def _same_sum(
    text: str,
    before: tuple[Mention, context.Attributes],
    mention: Mention,
    unit: str,
    attributes: context.Attributes,
    sentence: context.Sentence,
    offset: int,
    known_year: int | None = None,
) -> context.Attributes:
    """The context of a figure that restates or is compared with the one just before it.

    A conversion ("NOK 135 billion (about $12.5 billion)") is the same sum: it takes everything.
    A comparison base ("€108bn in 2026, up from €86bn this year") takes category, donor and
    recipient, but only a year stated after it ("compared with $35 billion in 2023").
    """
    previous, known = before
    if previous.end > mention.start:
        return attributes
    between = text[previous.end : mention.start]
    # A comparison may come after a longer clause ("counts €39.6 billion in new military aid
    # allocated by European countries in 2025, up from €30.1 billion the year before").
    compared = len(between) <= _COMPARED_WITHIN and lexicon.COMPARISON_BEFORE.search(between)
    if len(between) > _RESTATED_WITHIN and not compared:
        return attributes
    if (previous.unit == "percent") != (unit == "percent"):
        if (
            unit == "percent"
            and known_year is not None
            and (
                lexicon.RESTATED_AS_SHARE.fullmatch(between)
                or (
                    lexicon.APPOSED_SHARE.fullmatch(between)
                    and lexicon.OF_GDP.match(text, mention.end)
                )
            )
        ):
            # "SEK 182 billion next year, or 2.8% of GDP": the same spending as a share, by the
            # same spender when the share names none.
            return context.Attributes(
                known.category if known.category != "other" else attributes.category,
                attributes.donor or known.donor,
                attributes.recipient,
                known_year,
                attributes.borrowed,
                attributes.generic,
                open_year=False,
                hinted=attributes.hinted,
            )
        return attributes
    if unit not in ("percent", previous.unit) and lexicon.CONVERSION_BETWEEN.fullmatch(between):
        return known
    if lexicon.GAPPED_ITEM.fullmatch(between) and any(
        not actor.recipient and previous.end - offset <= actor.start
        for actor in sentence.actors
        if actor.end <= mention.start - offset
    ):
        # "Dänemark hat ... 2,1 Prozent seines BIP zugesagt, Estland 1,9 Prozent": a list item
        # whose verb is left out is the same kind of figure as the one before, for its own giver.
        return context.Attributes(
            known.category,
            attributes.donor,
            attributes.recipient or known.recipient,
            attributes.year,
            attributes.borrowed,
            known.generic,
            open_year=attributes.open_year,
            hinted=attributes.hinted,
        )
    if (
        known_year is not None
        # (not a poll's or a party's share: "support fell to 41% from 52%")
        and not (unit == "percent" and known.category == "other")
        and years.base_of_change_to(
            sentence.text,
            (previous.start - offset, previous.end - offset),
            (mention.start - offset, mention.end - offset),
        )
    ):
        # "Allocations fell to €35.2 billion from €41.9 billion.": the level the year before,
        # of the same kind and giver.
        return context.Attributes(
            known.category,
            attributes.donor or known.donor,
            known.recipient,
            known_year - 1,
            generic=known.generic,
            open_year=False,
        )
    if lexicon.COMPARISON_BEFORE.search(between):
        if (
            attributes.category == "pledge_target"
            and attributes.donor == "NATO allies"
            and "donor" not in attributes.hinted
            and (
                lexicon.TARGET_AFTER.match(text, mention.end)
                or lexicon.TARGET_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            )
        ):
            # "spends around 1.2% of GDP, compared with the 2% guideline that NATO members have
            # committed to": the alliance's target its sentence reads, not a base of the same
            # spending.
            return attributes
        start, end = mention.start - offset, mention.end - offset
        if (
            unit == "percent"
            and attributes.category == "pledge_target"
            and (
                lexicon.TARGET_AFTER.match(sentence.text, end)
                or lexicon.TARGET_BEFORE.search(sentence.text, max(0, start - 40), start)
            )
        ):
            # "spends 1.2% of GDP, compared with the 2% guideline": the benchmark named as
            # such, not the level before it compared again (README, settled)
            return attributes
        others = [(previous.start - offset, previous.end - offset)]
        year = context.year_of(sentence, start, end, after_only=True, others=others)
        # Its own giver when one is named with it: "compared with €114bn from the United States".
        own = any(
            not actor.recipient
            and actor.start >= previous.end - offset
            and (
                actor.end <= start
                or actor.agent
                or actor.genitive
                or lexicon.FOR_GIVER.fullmatch(sentence.text, end, actor.start) is not None
            )
            for actor in sentence.actors
        )
        # (or a poll's share of its own people: "71% of Poles, compared with 38% of Italians")
        own = own or (
            unit == "percent"
            and sentence.poll
            and lexicon.polled_country(sentence.text, end) is not None
        )
        donor = attributes.donor if own else known.donor
        # "€2.2bn, against €7bn for Berlin": another giver, the same time; "€6.8bn in September
        # and October, down from €9.4bn in July and August": earlier months of the same year.
        months = lexicon.MONTH_AFTER.match(sentence.text, end) is not None
        if known_year is not None and lexicon.YEAR_BEFORE_AFTER.match(sentence.text, end):
            year = known_year - 1  # "$63 billion for 2026-27, up from $41 billion the year before"
        if (own or months) and year is None:
            year = known_year if known_year is not None else known.year
        elif (
            year is None
            and known_year is not None
            and years.last_years_base(sentence.text, between, end, unit)
        ):
            # "Its budget for this year is EUR 6.5 billion, up from EUR 6.2 billion."
            year = known_year - 1
        category = known.category
        if (
            category == "pledge_target"
            and unit == "percent"
            and (
                (year is not None and sentence.when is not None and year <= sentence.when)
                # "auf 2 Prozent steigen, nach 1 Prozent im Vorjahr": dated before the goal
                or lexicon.EARLIER_TIME_AFTER.match(sentence.text, end) is not None
            )
        ):
            # "to reach 1% by 2032, against about 0.7% this year": the level a target is
            # measured from is what is spent now.
            category = "defense_spending"
        return context.Attributes(
            category, donor, known.recipient, year, generic=known.generic, open_year=False
        )
    return attributes


def extract_figures(
    text: str, *, title: str | None = None, published: datetime.date | None = None
) -> list[Figure]:
    """Every money and percentage figure in `text`, in text order.

    `title` (the headline, kept apart from the text) and `published` are the document's metadata
    when known: the title is context for every figure, the date dates "this year"/"last year".
    """
    lang = guess_language(text)
    mentions = find_mentions(text, lang)
    if not mentions:
        return []
    when = published.year if published else None
    spans = split_sentences(text)
    grouped = _by_sentence(spans, mentions)
    document = _Document(text, lang, published, spans, set(grouped))
    sentences = [document.sentence(index) for index in range(len(document.spans))]
    headline = None
    if title:
        headline = context.Sentence.read(title, guess_language(title), when, document.moment)
    # An office several countries share a name for stands for the one the document is about
    # (sentences read from now on are renamed as `_Document.read` reads them).
    read_so_far = [s for s in [headline, *sentences] if s is not None]
    document.homes = context.shared_offices(read_so_far)
    for read in read_so_far:
        context.rename_offices(read, document.homes)
    story = attribution.Story.begin(headline, [s for s in sentences if s is not None], published)
    dollar: str | None = None  # what a bare "$" stands for, read only when one occurs
    figures: list[Figure] = []
    last: context.Attributes | None = None
    # The last figure of each sort (percentage or sum): (sentence index, category), for lists.
    last_like: dict[bool, tuple[int, str]] = {}
    for index, current in enumerate(sentences):
        assert current is not None
        if index and "\n" in text[document.spans[index - 1][1] : document.spans[index][0]]:
            story.new_paragraph()
            if not context.bullets_go_on(sentences[index - 1], current):
                last_like.clear()  # a list's items, each on its own line, go on from each other
        group = grouped.get(index)
        if not group:
            story.after(current, [])
            continue
        previous = document.sentence(index - 1)
        following = document.sentence(index + 1)
        # A sentence pointing back reads the last figure just before it, or the sentence itself.
        referent = last if index - 1 in grouped else None
        if referent is None and previous is not None:
            referent = context.summary(previous)
        before: tuple[Mention, context.Attributes] | None = None
        before_year: int | None = None
        # the year, category and end of the sentence's last figure its own sentence dated
        sibling: tuple[int, str, int] | None = None
        resolved: list[context.Attributes] = []
        main: context.Attributes | None = None  # the sentence's first sum
        for mention in group:
            offset, sentence = document.window(index, mention)
            # The sentence's other figures, for "including" parts (a window keeps this bounded).
            others = [
                (m.start - offset, m.end - offset)
                for m in group
                if m is not mention and offset <= m.start and m.end - offset <= len(sentence.text)
            ]
            unit = mention.unit
            if unit == AMBIGUOUS_CROWN:
                unit = document.crown(index, mention.start)
            elif unit == AMBIGUOUS_LEU:
                unit = document.leu(index)
            elif unit == BARE_DOLLAR:
                if dollar is None:
                    dollar = home_dollar(text, title)
                unit = dollar
            like = last_like.get(unit == "percent")
            continues = like[1] if like and like[0] >= index - 1 and like[1] != "other" else None
            hints = story.hints(continues)
            attributes = context.resolve(
                sentence,
                mention.start - offset,
                mention.end - offset,
                unit,
                previous,
                referent,
                following,
                others,
                hints,
            )
            if before is not None:
                attributes = _same_sum(
                    text, before, mention, unit, attributes, sentence, offset, before_year
                )
            if (
                unit == "percent"
                and main is not None
                and main.year is not None
                and before is not None
                and lexicon.STILL_SHARE.search(text, before[0].end, mention.start)
                and lexicon.OF_GDP.match(text, mention.end)
            ):
                # "Defence spending next year is set at 13.4 trillion roubles, slightly below
                # this year's 13.5 trillion roubles, but still about 5.9% of GDP": the main sum's
                # share, not its base's.
                attributes = dataclasses.replace(
                    attributes,
                    category=main.category,
                    donor=attributes.donor or main.donor,
                    year=main.year,
                    open_year=False,
                )
            elif (
                referent is last
                and last is not None
                and last.year is not None
                and lexicon.COMPARED_BACK.match(sentence.text, 0, mention.start - offset)
                and lexicon.YEAR_BEFORE_AFTER.match(sentence.text, mention.end - offset)
            ):
                # "... reached 2% in the 2025-26 fiscal year. That compares with roughly 1.4% a
                # year earlier": the year before the figure it is compared with, not the report's,
                # and that figure's kind, as a base compared in its own sentence is.
                attributes = dataclasses.replace(
                    attributes, category=last.category, year=last.year - 1, open_year=False
                )
            span = (mention.start - offset, mention.end - offset)
            # The currency names its country only when the text says which it is.
            written = mention.unit != BARE_DOLLAR and (
                mention.unit != AMBIGUOUS_CROWN
                or document.crown_nearby(index, mention.start) is not None
            )
            completed, sources = story.complete(
                attributes,
                sentence,
                span,
                unit,
                hints,
                written=written,
                sibling=sibling,
                share=mention.value if unit == "percent" else None,
            )
            if (
                completed.year is not None
                and sources.get("year") == attribution.SENTENCE
                and not attribution.compared(sentence.text, span[0])
            ):
                sibling = (completed.year, completed.category, span[1])
            echoed = _echoed(text, mention, unit, figures, sources)
            if echoed is not None and echoed.category != completed.category:
                # "asked how much of the $2 billion had been spent" after "a $2 billion military
                # aid envelope": the sum told before, of its kind
                completed = dataclasses.replace(completed, category=echoed.category)
                sources = {**sources, "category": attribution.CONTEXT}
            if (
                unit != "percent"
                and last is not None
                and (before is not None or referent is last)
                and context.part_of_need(sentence, span[0], others, last)
            ):
                # a part of Ukraine's need just told is the need's: its kind, holder and, unless
                # the part's own words date it ("of which $60 billion falls due this year"), time
                own = sources.get("year") == attribution.SENTENCE
                completed = dataclasses.replace(
                    completed,
                    category="other",
                    donor="Ukraine",
                    recipient=None,
                    year=completed.year if own else last.year,
                )
                sources = {**sources, "category": attribution.CONTEXT}
            last_like[unit == "percent"] = (index, completed.category)
            figures.append(
                Figure(
                    start=mention.start,
                    end=mention.end,
                    surface=text[mention.start : mention.end],
                    sentence=sentence.text,
                    value=mention.value,
                    unit=unit,
                    qualifier=mention.qualifier,
                    category=completed.category,
                    aid_related=context.aid_related(completed),
                    donor=completed.donor,
                    recipient=completed.recipient,
                    year=completed.year,
                    value_eur=to_eur(mention.value, unit, published),
                    attribution=sources,
                )
            )
            last = completed
            if main is None and unit != "percent":
                main = completed
            before, before_year = (mention, attributes), completed.year
            resolved.append(completed)
        story.after(current, resolved)
    return figures
