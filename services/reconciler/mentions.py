"""A document's figures → the mentions the reconciler works on: kind, period, block and links.

Only figures about aid or defence become mentions (`other` figures, prices or growth, are no
claim). Two links tie a figure to an earlier one of the same document, whose block it then shares
so that it always joins that figure's claim:

- a conversion: "€50 billion ($54 billion)";
- a part: a smaller sum presented as one ("of which", "consists of", "Of the total, ..."), or
  smaller sums right after a figure that add up to it ("€33 billion in loans and €17 billion in
  grants" after "€50 billion"), or shares of one sentence that add up to a share before them
  ("at least 3.5% on core defence and up to 1.5% on related spending" after "5% of GDP"). The
  whole is the nearest larger figure before it, within a short reach.
"""

import datetime
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Protocol

from services.extractor.lexicon import RELATIVE_TIME
from services.reconciler.clustering import Mention
from services.reconciler.rules import (
    AID_CATEGORIES,
    CLAIM_CATEGORIES,
    Kind,
    Link,
    allotted,
    amounts_agree,
    another_dollar,
    can_be_part,
    categories_compatible,
    claim_group,
    compares,
    converts,
    donors_compatible,
    drawn_from,
    given_for_reference,
    giver_from_currency,
    introduces_parts,
    kind_of,
    lifted_by_it,
    named_giver,
    names_a_package,
    names_a_part,
    names_a_part_after,
    names_a_share,
    names_another,
    names_no_claim,
    names_other_aid,
    over_the_same_period,
    paid_from,
    period_of,
    promised_ahead,
    raises_to,
    refers_back,
    totalled_with_it,
    weak_period,
    weakly_attributed,
    words_before,
)
from shared.models import ClaimBlock, block_family, category_group, text_sha256

# Between two figures of one list: "€28 billion and €20 billion".
_LIST_GAP = re.compile(r"^\s*(?:and|or|und|oder|et|ou)\s*$", re.IGNORECASE)
# Right before the next sum of a list: a comma or a bare "and" ("..., 100 millions d'euros pour
# ... et 70 millions"), not other words ("building on the $100 million package").
_LIST_NEXT = re.compile(r"(?:,|\b(?:and|und|sowie|et|ainsi que))\s*$", re.IGNORECASE)
# How far back (characters) the whole of a part may stand: its sentence or the one before.
_PART_REACH = 600
# Parts add up to their whole within this share (reporters round).
_SUM_TOLERANCE = Decimal("0.01")
# How far after a running total a figure said "over the same period", or measured against it,
# may stand: in the sentence after it, not paragraphs on.
_NEXT_SENTENCE_CHARS = 250
# How far after a payment the facility it is drawn from may be named with its sum.
_DRAWN_REACH = 1200
# The month from which a report's year is nearly spent: "the next two years" are the years after
# it (`rules.period_of`).
_LAST_QUARTER = 10


class FigureFacts(Protocol):
    """What the reconciler reads of a figure: a stored one (`shared.store.views.FigureRow`) or
    one just extracted (`shared.models.Figure`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def sentence(self) -> str: ...
    @property
    def value(self) -> Decimal: ...
    @property
    def unit(self) -> str: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def value_eur(self) -> Decimal | None: ...
    @property
    def category(self) -> str: ...
    @property
    def aid_related(self) -> bool: ...
    @property
    def donor(self) -> str | None: ...
    @property
    def recipient(self) -> str | None: ...
    @property
    def year(self) -> int | None: ...
    @property
    def attribution(self) -> dict[str, str]: ...


def document_mentions(
    document_id: int,
    text: str,
    figures: Sequence[FigureFacts],
    published: datetime.date | None,
) -> list[Mention]:
    """The mentions of one document's figures, in text order."""
    eligible = sorted(
        (
            f
            for f in figures
            if f.aid_related
            and f.category in CLAIM_CATEGORIES
            and not names_no_claim(words_before(f.sentence, text[f.start : f.end]))
        ),
        key=lambda f: f.start,
    )
    links = _links(text, eligible, published.year if published else None)
    bounds = _bounds(text, figures, links)
    recipient = _main_recipient(eligible)
    key = text_sha256(text)
    other_aid = names_other_aid(text)
    named = _NamedInText(text, figures)
    mentions: dict[int, Mention] = {}
    stated: list[tuple[FigureFacts, Mention]] = []  # the figures that are no link, in order
    for figure in eligible:
        link = links.get(figure.start)
        whole = mentions.get(link[1]) if link else None
        if link is not None and whole is not None and not _aid_inside_budget(figure, link, whole):
            mentions[figure.start] = _mention(
                document_id,
                key,
                figure,
                whole.block,
                whole.group,
                whole.recipient,
                whole.period,
                published,
                link[0],
                whole.start,
                text,
                named,
            )
            continue
        before, after = _around(text, figure, *bounds[figure.start])
        category = "military_aid" if names_a_package(figure.category, before, after) else None
        kind = kind_of(
            unit=figure.unit,
            category=category or figure.category,
            qualifier=figure.qualifier,
            before=before,
            after=after,
        )
        # A question about a sum said before asks about that fact: "Is EUR 40bn enough?" after
        # "a pledge of at least EUR 40bn" (2026.11.17)
        asked = _asked_about(text, figure, stated)
        if asked is not None:
            kind = Kind(asked.block.kind)
        # A figure given for comparison with a running total, or inside one, is one too:
        # "Europe's aid reached €72 billion by April, compared with €65 billion from
        # Washington", "nearly €170 billion since the start of the war, including €63 billion
        # in military support" (when the extractor's givers keep it from being a part).
        prior = stated[-1] if stated else None
        if (
            kind is Kind.INCREMENT
            and prior is not None
            and prior[0].sentence == figure.sentence
            and prior[1].block.kind == Kind.CUMULATIVE
            and (compares(before) or names_a_part(before))
        ):
            kind = Kind.CUMULATIVE
        # "Military support over the same period totals about SEK 77 billion" after a running
        # total: the same kind of fact, over the same period (set below)
        same_period = (
            kind is Kind.INCREMENT
            and prior is not None
            and prior[1].block.kind == Kind.CUMULATIVE
            and figure.start - prior[0].end <= _NEXT_SENTENCE_CHARS
            and over_the_same_period(before, after)
        )
        if same_period:
            kind = Kind.CUMULATIVE
        period = period_of(
            kind=kind,
            year=_year(text, figure, figures, kind, published),
            published_year=published.year if published else None,
            before=before,
            after=after,
            late_in_year=published is not None and published.month >= _LAST_QUARTER,
        )
        if same_period and prior is not None:
            period = prior[1].period
        if kind is Kind.INCREMENT and promised_ahead(
            figure.qualifier, period, published.year if published else None
        ):
            kind = Kind.TARGET
        # Aid whose receiver the sentence leaves out goes to the one the document is about.
        category = category or figure.category
        given_to = figure.recipient or (recipient if category in AID_CATEGORIES else None)
        group = claim_group(
            category,
            kind,
            figure.sentence,
            other_aid,
            given_to,
            after,
            aid_beside=kind is Kind.SHARE and _aid_sum_beside(text, figure, eligible),
        )
        block = ClaimBlock(block_family(group), kind)
        mentions[figure.start] = _mention(
            document_id,
            key,
            figure,
            block,
            group,
            given_to,
            period,
            published,
            None,
            None,
            text,
            named,
        )
        stated.append((figure, mentions[figure.start]))
    _parts_before_wholes(text, stated, mentions)
    _drawn_from_later(text, stated, mentions)
    _year_of_range(text, stated, mentions)
    return list(mentions.values())


def _aid_inside_budget(figure: FigureFacts, link: tuple[Link, int], whole: Mention) -> bool:
    """Whether a part of a defence budget is aid its own sentence gives to a named receiver
    ("the envelope, of which C$2 billion in military aid to Ukraine"): a fact of its own, an
    aid package that other reports give alone, not a piece of the country's own spending. It
    states or restates its claim like any figure (a figure that is itself a claim is never a
    part of another)."""
    return (
        link[0] == Link.PART_OF
        and whole.block.kind == Kind.BUDGET
        and figure.category in AID_CATEGORIES
        and figure.recipient is not None
        and not weakly_attributed(figure.attribution.get("recipient"))
    )


# How far apart a share and the sum it equals may stand: "0.25% of GDP per year, about EUR 100
# million in 2026", "€100 million, or 0.25% of GDP".
_BESIDE_CHARS = 40
# ... set beside it as its equal, after a comma or in brackets: not "Defence funding will reach $59
# billion in 2026 and is projected to grow to 2.33 per cent of GDP".
_APPOSED = re.compile(
    r"^[^.;\n]*?[,(]\s*(?:about|around|roughly|some|nearly|almost|or|i\.e\.|that is|soit|"
    r"environ|près de|quelque|rund|etwa|also|d\.h\.)?\s*$",
    re.IGNORECASE,
)


def _aid_sum_beside(text: str, share: FigureFacts, figures: Sequence[FigureFacts]) -> bool:
    """Whether a percentage stands right beside a sum of aid in its sentence, as that sum's
    share of GDP: "Estonia's commitment of 0.25% of GDP per year, about EUR 100 million in 2026"
    is a share given as aid, though its sentence names no aid (2026.11.16)."""
    for other in figures:
        if other.unit == "percent" or other.sentence != share.sentence:
            continue
        low, high = (
            (share.end, other.start) if other.start >= share.end else (other.end, share.start)
        )
        gap = text[low:high]
        between = any(low <= f.start and f.end <= high for f in figures)
        if (
            len(gap) <= _BESIDE_CHARS
            and _APPOSED.match(gap)
            and not between
            and other.category in AID_CATEGORIES
        ):
            return True
    return False


def _parts_before_wholes(
    text: str, stated: Sequence[tuple[FigureFacts, Mention]], mentions: dict[int, Mention]
) -> None:
    """Link a sum to the larger one after it that it is a part of, both packages or a year's sums
    of one block, giver and year (a running total is no whole of its increments): the sum raises
    the larger one to its level in their sentence (`rules.raises_to`), or the larger one's words
    say the sum is paid from it, within reach (`rules.paid_from`, 2026.11.13: "£150 million in new
    support ..." and, a paragraph on, "It will be drawn from the £3 billion"; 2026.11.14: "The
    package is the first tranche of the EUR 1 billion"), and both are money of one kind."""
    for (part_figure, part), (whole_figure, whole) in _block_pairs(stated):
        between = text[part_figure.end : whole_figure.start]
        before_whole = _around(text, whole_figure)[0]  # the whole's sentence up to it
        totalled = totalled_with_it(before_whole)
        if (
            part.block == whole.block
            and (
                whole.block.kind == Kind.INCREMENT
                # a budget's rise told before the budget it lifts: "an additional €10.471
                # billion ... The extra money will lift Spain's defence spending to about €33
                # billion" (clusters README: a budget's rise is part_of the budget)
                or (
                    whole.block.kind == Kind.BUDGET
                    and (raises_to(between) or lifted_by_it(before_whole))
                    and len(between) <= _PART_REACH
                )
            )
            # 2026.11.18: or one of the two undated, whose year the other gives ("ein weiteres
            # Rüstungspaket ... von rund fünf Milliarden Euro. Das Geld stammt aus den rund neun
            # Milliarden Euro, die der Bund in diesem Jahr ... eingeplant hat")
            and (part.period == whole.period or None in (part.period, whole.period))
            and donors_compatible(part.donor, whole.donor)
            # a package is paid from money of its kind: a military package is no part of a
            # financial sum (2026.11.14; the clustering keeps the two apart, 2026.11.10)
            and categories_compatible(part.claim_category, whole.claim_category)
            and part.amount is not None
            and whole.amount is not None
            and part.amount < whole.amount
            and (
                (part_figure.sentence == whole_figure.sentence and raises_to(between))
                or (len(between) <= _PART_REACH and paid_from(before_whole))
                or (
                    whole.block.kind == Kind.BUDGET
                    and len(between) <= _PART_REACH
                    and lifted_by_it(before_whole)
                )
                or (len(between) <= _PART_REACH and totalled)
            )
        ):
            _link_part(mentions, part_figure, whole_figure)
            if part_figure.sentence == whole_figure.sentence:
                at = next(i for i, (f, _) in enumerate(stated) if f is whole_figure)
                _base_of_rise(text, stated, at, part, whole, mentions)
                if totalled:
                    _rise_before_base(stated, at - 1, whole_figure, whole, mentions)


def _link_part(mentions: dict[int, Mention], part: FigureFacts, whole: FigureFacts) -> None:
    """Make a figure and its conversions parts of the whole."""
    for start, mention in mentions.items():
        if part.start in (start, mention.link_start):
            mentions[start] = replace(mention, link=Link.PART_OF, link_start=whole.start)


def _rise_before_base(
    stated: Sequence[tuple[FigureFacts, Mention]],
    base_at: int,
    whole_figure: FigureFacts,
    whole: Mention,
    mentions: dict[int, Mention],
) -> None:
    """Link to the whole the top-up told just before its base, when a sentence adds the two up
    (`rules.totalled_with_it`: "... releases €3 billion. Together with the €4 billion already
    planned, €7 billion is thus available"): the top-up is the whole's other part when it and the
    base make the whole, within reach and unlinked."""
    if base_at < 1:
        return
    base_figure, base = stated[base_at]
    rise_figure, rise = stated[base_at - 1]
    if (
        mentions[rise_figure.start].link is None
        and rise.block == whole.block
        and base_figure.start - rise_figure.end <= _PART_REACH
        and (rise.period == whole.period or None in (rise.period, whole.period))
        and _add_up(rise, base, whole)
    ):
        _link_part(mentions, rise_figure, whole_figure)


def _add_up(one: Mention, other: Mention, whole: Mention) -> bool:
    """Whether two sums make the whole (within `_SUM_TOLERANCE`): its two parts."""
    if one.amount is None or other.amount is None or whole.amount is None:
        return False
    return abs(one.amount + other.amount - whole.amount) <= _SUM_TOLERANCE * whole.amount


def _block_pairs(
    stated: Sequence[tuple[FigureFacts, Mention]],
) -> Iterator[tuple[tuple[FigureFacts, Mention], tuple[FigureFacts, Mention]]]:
    """Each stated figure with the next one: of its block, for a budget (a share told between a
    budget's rise and the budget, "to reach 2% of GDP", stands aside); the very next, else."""
    for index, (figure, mention) in enumerate(stated[:-1]):
        if mention.block.kind != Kind.BUDGET:
            yield (figure, mention), stated[index + 1]
            continue
        following = next((s for s in stated[index + 1 :] if s[1].block == mention.block), None)
        if following is not None:
            yield (figure, mention), following


def _drawn_from_later(
    text: str, stated: Sequence[tuple[FigureFacts, Mention]], mentions: dict[int, Mention]
) -> None:
    """Link a payment said to be drawn from a facility or fund (`rules.drawn_from`: "a versé
    3,05 milliards d'euros à l'Ukraine au titre de la facilité pour l'Ukraine") to the larger sum
    of that facility named later in its report ("La facilité pour l'Ukraine, dotée de 50
    milliards d'euros pour la période 2024-2027"): a disbursement from an allocation already
    counted is its part. The facility's name ties the two, so paragraphs may stand between them,
    and the payment's year lies in the facility's years."""
    for index, (part_figure, part) in enumerate(stated):
        if part.link is not None or part.block.kind != Kind.INCREMENT or part.amount is None:
            continue
        after = _around(text, part_figure)[1]
        for whole_figure, whole in stated[index + 1 :]:
            if whole_figure.start - part_figure.end > _DRAWN_REACH:
                break
            if (
                whole.block == part.block
                and whole.amount is not None
                and part.amount < whole.amount
                and donors_compatible(part.donor, whole.donor)
                and _within_years(part.period, whole.period)
                and drawn_from(after, whole_figure.sentence)
            ):
                _link_part(mentions, part_figure, whole_figure)
                break


def _year_of_range(
    text: str, stated: Sequence[tuple[FigureFacts, Mention]], mentions: dict[int, Mention]
) -> None:
    """Link a year's sum to the sum over several years told right before it, of its block and
    giver, whose years hold its own (2026.11.28): "lend Ukraine €90 billion over the next two
    years ... About €45 billion would be paid out next year", "NOK 75 billion over the five years
    from 2023 to 2027 ... Of the programme, NOK 15 billion is proposed for 2023", "De l'enveloppe
    de 3 milliards pour 2025-2027, 1 milliard sera versé cette année". The year's money is drawn
    from the sum over the years, already counted: its part (clusters README: a Ukraine Facility
    tranche is part_of the facility). Only the very next figure stated, in a later sentence within
    reach, and only money of the whole's kind (a running total is no whole)."""
    for (whole_figure, whole), (part_figure, part) in itertools.pairwise(stated):
        if (
            part.link is None
            and part.block == whole.block
            and whole.block.kind == Kind.INCREMENT
            and whole.period is not None
            and len(whole.period) == 9
            and part.period is not None
            and len(part.period) == 4
            and _within_years(part.period, whole.period)
            # in a sentence after it: in its own, a sum beside it is another ("the EUR 50 billion
            # Ukraine Facility for 2024-2027 and the EUR 18.1 billion disbursed in 2025")
            and part_figure.sentence != whole_figure.sentence
            and part_figure.start - whole_figure.end <= _PART_REACH
            # its sentence dates it: the year is the point ("a first payment of €4.5 billion in
            # March" after a facility for 2024-2027 tells no year of its own)
            and _dates_its_year(part_figure.sentence, part.period)
            and donors_compatible(part.donor, whole.donor)
            and categories_compatible(part.claim_category, whole.claim_category)
            and part.amount is not None
            and whole.amount is not None
            and part.amount < whole.amount
            and not compares(_around(text, part_figure)[0])
        ):
            _link_part(mentions, part_figure, whole_figure)


def _dates_its_year(sentence: str, year: str) -> bool:
    """Whether a sentence names the year: by its number, or relative to the report ("next year",
    "im kommenden Jahr", "cette année": the extractor's `RELATIVE_TIME`)."""
    return (
        re.search(rf"\b{year}\b", sentence) is not None
        or RELATIVE_TIME.search(sentence) is not None
    )


def _within_years(part: str | None, whole: str | None) -> bool:
    """Whether a sum's period lies in a larger one's: the same, one unsaid, or a year of its
    range ("2025" in "2024-2027")."""
    if part is None or whole is None or part == whole:
        return True
    first, _, last = whole.partition("-")
    return bool(last) and len(part) == 4 and first <= part <= last


# Words that date a sum in its paragraph: relative to its report ("next year", "im kommenden
# Jahr", "cette année") or by a month, which ties it to a year said before ("In December, ...
# two more drawdown packages in the same month").
_DATED = re.compile(
    r"\b(?:(?i:(?:next|this|last|coming|current|previous) year|"
    r"(?:nächste|kommende|laufende|diese|vergangene|letzte|selbe)[nms]? Jahr|Vorjahr|"
    r"(?:the )?same (?:period|month|year)|selben Zeitraum|même période|"
    r"(?:l'an|l'année) (?:prochaine?|dernière?|passée?)|cette année)|"
    # months, capitalised in English and German ("may" is a verb)
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Januar|Februar|März|Juni|Juli|Oktober|Dezember|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b",
)


def _year(
    text: str,
    figure: FigureFacts,
    figures: Sequence[FigureFacts],
    kind: Kind,
    published: datetime.date | None,
) -> int | None:
    """The year of a figure, unless it is another giver's. A package whose giver its sentence
    names, and whose year, other than its report's, was read from context that its paragraph
    does not date (no year, "next year", month...), took the year of another giver's figure
    before it ("Sweden will set aside SEK 40 billion ... next year." then, a paragraph on,
    "Helsinki had approved its 30th package, worth €124 million"): the package has no year of
    its own, and counts in its report's year."""
    year = figure.year
    if kind is not Kind.INCREMENT or year is None or published is None or year == published.year:
        return year
    if not weakly_attributed(figure.attribution.get("year")) or not _named(
        figure.attribution.get("donor")
    ):
        return year
    start = text.rfind("\n\n", 0, figure.start)
    end = text.find("\n\n", figure.end)
    paragraph = text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]
    if str(year) in paragraph or _DATED.search(paragraph):
        return year
    dated = [
        f
        for f in figures
        if f.start < figure.start and f.year == year and _named(f.attribution.get("year"))
    ]
    if dated and dated[-1].donor is not None and dated[-1].donor != figure.donor:
        return None
    return year


def _main_recipient(figures: Sequence[FigureFacts]) -> str | None:
    """The receiver most of the document's aid figures name, if any."""
    named = Counter(f.recipient for f in figures if f.recipient and f.category in AID_CATEGORIES)
    return named.most_common(1)[0][0] if named else None


def _links(
    text: str, figures: Sequence[FigureFacts], published_year: int | None = None
) -> dict[int, tuple[Link, int]]:
    """figure start → (link, start of the figure it belongs to): conversions first, since a part
    and its whole are compared without them."""
    links: dict[int, tuple[Link, int]] = {}
    for prior, figure in itertools.pairwise(figures):
        gap = text[prior.end : figure.start]
        currencies = "percent" not in (prior.unit, figure.unit)  # "€2 billion, or 4.7% of GDP"
        if (
            prior.sentence == figure.sentence
            and currencies
            and converts(
                gap,
                same_unit=prior.unit == figure.unit
                and not another_dollar(
                    text[prior.start : prior.end], text[figure.start : figure.end]
                ),
                agree=amounts_agree(
                    prior.value_eur,
                    prior.qualifier,
                    prior.unit,
                    figure.value_eur,
                    figure.qualifier,
                    figure.unit,
                ),
            )
        ):
            root = links[prior.start][1] if prior.start in links else prior.start
            links[figure.start] = (Link.CONVERTS, root)
    sums = [f for f in figures if f.start not in links]  # one figure per amount stated
    references = {
        f.start
        for index, f in enumerate(sums)
        if given_for_reference(_since(_around(text, f)[0], f, sums[index - 1] if index else None))
    }
    shares: set[int] = set()  # parts named as shares ("Of this amount, €4 million ...")
    listed: set[int] = set()  # parts a cue names, shares or not ("comprend 250 millions")
    for index, figure in enumerate(sums):
        before, after = _around(text, figure)
        further = _further_part(text, sums, index, links, before)
        if further is not None:
            links[figure.start] = (Link.PART_OF, sums[further].start)
            listed.add(figure.start)
            continue
        whole = _whole_before(sums, index, links, references, fitting=refers_back(after))
        # A list of shares goes on with its first share's whole, past a smaller sum between
        # them: "€300 million loan ... complemented by a €139 million grant ... Of the loan, €220
        # million will finance ... and €80 million the restoration of" (2026.11.16).
        listed_whole = _listed_whole(sums, index, links, shares)
        if listed_whole is None:
            listed_whole = _bulleted_whole(text, sums, index, links)
        if listed_whole is not None:
            whole = listed_whole
        givers_whole = (
            _givers_whole(sums, index, links, references)
            if _GIVERS_WHOLE_OPENING.match(before)
            else None
        )
        if givers_whole is not None:
            whole = givers_whole
        passed_over: set[int] = set()
        # "This year's package includes": not next year's sum before it (2026.11.17)
        named_year = _named_year(before, published_year)
        while whole is not None and sums[whole].year not in (None, named_year or sums[whole].year):
            passed_over.add(sums[whole].start)
            whole = _whole_before(
                sums, index, links, references | passed_over, fitting=refers_back(after)
            )
        if whole is not None and _new_against_earlier(text, before, sums[whole]):
            passed_over.add(sums[whole].start)
            whole = _whole_before(
                sums, index, links, references | passed_over, fitting=refers_back(after)
            )
        # "Of the new money, about NOK 2 billion": the new sum, not the running total it brings
        # aid to (2026.11.18)
        while (
            whole is not None and _OF_THE_NEW.search(before) and _running_total(text, sums[whole])
        ):
            passed_over.add(sums[whole].start)
            whole = _whole_before(
                sums, index, links, references | passed_over, fitting=refers_back(after)
            )
        if whole is None:
            # shares of one sentence that add up to a share before them break it down ("5% of
            # GDP by 2035 ... at least 3.5% on core defence and up to 1.5% on related spending")
            broken = (
                _whole_before(sums, index, links, references, shares=True)
                if figure.unit == "percent"
                else None
            )
            if (
                broken is not None
                and _sums_to(sums, index, broken)
                and can_be_part(figure, sums[broken])
            ):
                links[figure.start] = (Link.PART_OF, sums[broken].start)
            continue
        since_prior = _since(before, figure, sums[index - 1])
        drawn = drawn_from(after, sums[whole].sentence)
        share = names_a_share(before, after) or _next_share(
            sums, index, whole, links, shares, since_prior
        )
        # 2026.11.9: the later sums of a list a weaker cue opens ("Ce montant comprend 250
        # millions d'euros pour ..., 100 millions d'euros pour ... et 70 millions d'euros");
        # whatever giver was read for them, as for shares (2026.11.11: "The package includes
        # NZ$7.5 million for the drone coalition ..., NZ$5 million in humanitarian assistance")
        listed_next = _LIST_NEXT.search(since_prior) is not None and _next_share(
            sums, index, whole, links, listed, since_prior
        )
        # an item of a bulleted list that a line ending in a colon opens after the whole ("The
        # funding will be allocated as follows:", "Die Mittel verteilen sich wie folgt:"): a
        # part whatever was read for it, as long as the list stays within the whole
        bulleted = _bulleted_part(text, sums, index, whole, links)
        share = share or bulleted
        if not (share or drawn) and not can_be_part(figure, sums[whole], any_giver=listed_next):
            continue
        if share:
            shares.add(figure.start)
        named = share or names_a_part(before) or listed_next or allotted(after)
        if named:
            listed.add(figure.start)
        if (
            drawn
            or named
            or names_a_part_after(since_prior, after)
            or (
                (
                    (_sums_to(sums, index, whole, passed_over) and not compares(since_prior))
                    or _split_into(text, sums, index, whole, links)
                )
                and not _total_beside_sum(text, figure, sums[whole])
            )
            or (
                sums[whole].sentence == figure.sentence
                and introduces_parts(_around(text, sums[whole])[0])
            )
        ):
            links[figure.start] = (Link.PART_OF, sums[whole].start)
    return links


# A sentence that opens by naming a giver's sum, then gives what it includes: "Spain's
# contribution includes €15 million channelled through the World Food Programme", two paragraphs
# after "Italy pledged €40 million and Spain another €40 million".
_GIVERS_WHOLE_OPENING = re.compile(
    r"^\s*(?:[\w-]+(?:'s|’s)|the|this|its|their) (?:new |latest )?"
    r"(?:contribution|package|donation|allocation|aid|support|assistance)\s+"
    r"(?:includes|comprises|consists of|is made up of)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)


def _givers_whole(
    sums: Sequence[FigureFacts],
    index: int,
    links: dict[int, tuple[Link, int]],
    references: set[int],
) -> int | None:
    """The index of the nearest larger sum before `index`, however far, that its giver (named
    for both, in their sentences) gives: the whole a part names by its giver's sum
    (`_GIVERS_WHOLE_OPENING`, 2026.11.17)."""
    figure = sums[index]
    amount = _amount(figure)
    if amount is None or not figure.donor or weakly_attributed(figure.attribution.get("donor")):
        return None
    for prior_index in range(index - 1, -1, -1):
        prior = sums[prior_index]
        prior_amount = _amount(prior)
        if (
            prior.start in links
            or prior.start in references
            or prior_amount is None
            or prior.donor != figure.donor
            or weakly_attributed(prior.attribution.get("donor"))
            or prior.unit != figure.unit
        ):
            continue
        return prior_index if amount < prior_amount else None
    return None


# Words right after a whole that announce it is shared out next: "Seoul's humanitarian package
# ..., worth about 147 billion won, will be split among U.N. agencies, demining teams and power
# grid repairs" (2026.11.17).
_SPLIT_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:will be|is to be|is|are) (?:split|divided|shared out|broken down|"
    r"distributed)\s+(?:among|between|across|into)\b",
    re.IGNORECASE,
)


def _split_into(
    text: str,
    sums: Sequence[FigureFacts],
    index: int,
    whole: int,
    links: dict[int, tuple[Link, int]],
) -> bool:
    """Whether the whole's own words announce it is shared out (`_SPLIT_AFTER`) and the sum is
    one more share of it: the shares so far and this one stay within it, in EUR whatever
    currency each is given in ("Some 44 billion won ... Another $20 million")."""
    if not _SPLIT_AFTER.match(_around(text, sums[whole])[1]):
        return False
    return _parts_within(sums, index, whole, links)


def _parts_within(
    sums: Sequence[FigureFacts],
    index: int,
    whole: int,
    links: dict[int, tuple[Link, int]],
) -> bool:
    """Whether the parts of the whole so far and the sum at `index` stay within the whole, in EUR
    whatever currency each is given in."""
    start = sums[whole].start
    parts = [f for f in sums[:index] if links.get(f.start) == (Link.PART_OF, start)]
    amounts = [_amount(f) for f in (*parts, sums[index])]
    whole_amount = _amount(sums[whole])
    if whole_amount is None or any(a is None for a in amounts):
        return False
    return sum(a for a in amounts if a is not None) <= whole_amount * (1 + _SUM_TOLERANCE)


# A bulleted list's item ("- ", "• ", "* ", "– " opening its line) and the line ending in a colon
# that opens the list.
_BULLET_LINE = re.compile(r"^[ \t]*[-•*–][ \t]")
_LIST_OPENER = re.compile(r":[ \t]*$")


def _item_line(text: str, at: int) -> int | None:
    """Where the line of the figure at `at` starts, when that line is a bulleted item up to it."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start if _BULLET_LINE.match(text[line_start:at]) else None


def _bulleted_part(
    text: str,
    sums: Sequence[FigureFacts],
    index: int,
    whole: int,
    links: dict[int, tuple[Link, int]],
) -> bool:
    """Whether the sum is an item of a bulleted list that a line ending in a colon opens, with
    the whole before that line, and the list's items so far and this one stay within the whole
    (in EUR): a release breaking a package or budget down ("The package contains the
    following:", "Cette aide comprend :"), the rest often left unsaid."""
    figure, whole_figure = sums[index], sums[whole]
    if figure.unit == "percent" or whole_figure.unit == "percent":
        return False
    line_start = _item_line(text, figure.start)
    if line_start is None:
        return False
    # up past the list's earlier items and blank lines to the line that opens it
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET_LINE.match(line):
            if not _LIST_OPENER.search(line) or whole_figure.end > end:
                return False
            break
        end = start - 1
    else:
        return False
    return _parts_within(sums, index, whole, links)


def _bulleted_whole(
    text: str, sums: Sequence[FigureFacts], index: int, links: dict[int, tuple[Link, int]]
) -> int | None:
    """The index of the whole the bulleted item before a sum's item is a part of, when the sum
    is the next item of the same list: a release's breakdown goes on with its whole however long
    the list runs (`_bulleted_part` checks the items stay within it)."""
    if index == 0:
        return None
    prior, figure = sums[index - 1], sums[index]
    link = links.get(prior.start)
    if link is None or link[0] is not Link.PART_OF:
        return None
    line_start = _item_line(text, figure.start)
    prior_line = _item_line(text, prior.start)
    if not (
        line_start is not None
        and prior_line is not None
        # nothing but the prior item's line and blank lines between the two items
        and all(
            not line.strip() or _BULLET_LINE.match(line)
            for line in text[prior_line:line_start].split("\n")
        )
        and text[prior_line:line_start].count("\n") <= 2
    ):
        return None
    return _index_before(sums, index, link[1])


# A sum a rise comes on top of: "an additional £500 million ..., taking the UK's military support
# this year to £3 billion ... the extra funding comes on top of the £2.5 billion already committed
# for this year" (2026.11.17).
_ON_TOP_OF = re.compile(
    r"\b(?:on top of|in addition to|zusätzlich zu|en plus d)\s*(?:the|den|des|de la|du|les)?\s*$",
    re.IGNORECASE,
)


def _base_of_rise(
    text: str,
    stated: Sequence[tuple[FigureFacts, Mention]],
    at: int,
    rise: Mention,
    whole: Mention,
    mentions: dict[int, Mention],
) -> None:
    """Link to the whole the sum after it that its rise comes on top of (`_ON_TOP_OF`), within
    reach and unlinked, when the rise and it add up to the whole: the whole's other part."""
    whole_figure = stated[at][0]
    for figure, mention in stated[at + 1 :]:
        if figure.start - whole_figure.end > _PART_REACH:
            return
        if (
            mention.link is None
            and mention.block == whole.block
            and mention.unit == whole.unit
            and _ON_TOP_OF.search(_around(text, figure)[0])
            and _add_up(rise, mention, whole)
        ):
            mentions[figure.start] = replace(
                mention, link=Link.PART_OF, link_start=whole_figure.start
            )
            return


# A sentence that opens with the year's package, of the year its words name: "This year's
# package includes €50 million for ..." after "€126 million ... this year and at least €220
# million next year".
_YEARS_OPENING = re.compile(
    r"^\s*(this|next|last) year['’]s (?:[\w-]+ ){0,2}?(?:package|aid|funding|money|contribution|"
    r"allocation|support)\b",
    re.IGNORECASE,
)
_YEAR_OFFSETS = {"this": 0, "next": 1, "last": -1}


def _named_year(before: str, published_year: int | None) -> int | None:
    """The year a part's opening words name (`_YEARS_OPENING`), from its report's year."""
    found = _YEARS_OPENING.match(before)
    if found is None or published_year is None:
        return None
    return published_year + _YEAR_OFFSETS[found.group(1).lower()]


_QUESTION_AFTER = re.compile(r"^[^.!?\n]{0,120}\?")


def _asked_about(
    text: str, figure: FigureFacts, stated: Sequence[tuple[FigureFacts, Mention]]
) -> Mention | None:
    """The latest mention before a figure of the same amount, when the figure is in a question
    ("Is EUR 40bn enough?"): a question restates the sum it asks about, of its kind."""
    if not _QUESTION_AFTER.match(text[figure.end :]):
        return None
    return next(
        (
            mention
            for prior, mention in reversed(stated)
            if (prior.value, prior.unit) == (figure.value, figure.unit)
        ),
        None,
    )


# A sentence about the new package, after an earlier one told apart from it: "The 46th package,
# delivered in December, was also worth PLN 1.3 billion. The new package includes ...".
_NEW_PACKAGE_OPENING = re.compile(
    r"^\s*(?:the|this|its) (?:new|latest|current) (?:[\w'’-]+ ){0,2}?"
    r"(?:package|tranche|allocation|aid)\b|"
    r"^\s*(?:le|ce) nouveau (?:paquet|programme)\b|^\s*(?:das|dieses) neue (?:Paket|Hilfspaket)\b",
    re.IGNORECASE,
)


# A part named of the new sum: "Of the new money,", "Sur la nouvelle enveloppe,", "Von den neuen
# Mitteln" (2026.11.18).
_OF_THE_NEW = re.compile(
    r"\b(?:of|out of) (?:the|this|its|their) new\b|\bsur (?:ce|cette|le|la) nouv|"
    r"\bvon (?:dem|den|der|diesem|diesen) neuen\b",
    re.IGNORECASE,
)


def _running_total(text: str, figure: FigureFacts) -> bool:
    """Whether a figure is a running total by its own words (`rules.kind_of`)."""
    before, after = _around(text, figure)
    kind = kind_of(
        unit=figure.unit,
        category=figure.category,
        qualifier=figure.qualifier,
        before=before,
        after=after,
    )
    return kind is Kind.CUMULATIVE


def _total_beside_sum(text: str, figure: FigureFacts, whole: FigureFacts) -> bool:
    """Whether a figure is a running total by its own words and the larger sum before it is not:
    amounts that merely add up do not make it a part ("around EUR 45bn to Ukraine in 2025 so
    far" beside the loan's EUR 90bn and its first tranche of EUR 45bn)."""
    return _running_total(text, figure) and not _running_total(text, whole)


def _new_against_earlier(text: str, before: str, whole: FigureFacts) -> bool:
    """Whether a part's sentence is about the new package and the whole before it is one the
    text tells apart from an equal one ("also worth", "An earlier package of"): that whole is
    the earlier package, no whole of the new one's parts (2026.11.17)."""
    return bool(_NEW_PACKAGE_OPENING.match(before)) and names_another(_around(text, whole)[0])


# A sentence that opens with one more sum: "A further NOK 1.2 billion is set aside for radars".
_FURTHER_OPENING = re.compile(
    r"^\s*(?:a further|another|an additional|weitere|zusätzliche|un autre|une autre)\s*$",
    re.IGNORECASE,
)


def _index_before(sums: Sequence[FigureFacts], index: int, start: int) -> int | None:
    """The index of the sum before `index` that starts at `start` (a link's target), if any."""
    return next((i for i in range(index) if sums[i].start == start), None)


def _further_part(
    text: str,
    sums: Sequence[FigureFacts],
    index: int,
    links: dict[int, tuple[Link, int]],
    before: str,
) -> int | None:
    """The index of the whole a sum is one more part of: its sentence opens with "A further" or
    "Another", and the sum before it, in the sentence before and the same paragraph, is a part
    of that whole, which the parts so far and this one stay within ("Of the total, NOK 2.95
    billion ..., and NOK 1.9 billion .... A further NOK 1.2 billion is set aside for radars",
    2026.11.16). Otherwise None: "another" opens a package of its own as often."""
    if index == 0 or not _FURTHER_OPENING.match(before):
        return None
    prior, figure = sums[index - 1], sums[index]
    link = links.get(prior.start)
    if (
        link is None
        or link[0] is not Link.PART_OF
        or prior.sentence == figure.sentence
        or "\n" in text[prior.end : figure.start]
        or figure.unit == "percent"
    ):
        return None
    whole = _index_before(sums, index, link[1])
    if whole is None or sums[whole].unit != figure.unit:
        return None
    parts = [f for f in sums[:index] if links.get(f.start) == (Link.PART_OF, link[1])]
    total = sum((f.value for f in parts), figure.value)
    return whole if total <= sums[whole].value * (1 + _SUM_TOLERANCE) else None


def _listed_whole(
    sums: Sequence[FigureFacts],
    index: int,
    links: dict[int, tuple[Link, int]],
    shares: set[int],
) -> int | None:
    """The index of the whole of the share right before a figure in its sentence, if any."""
    if index == 0:
        return None
    prior, figure = sums[index - 1], sums[index]
    amount = _amount(figure)
    if (
        prior.start not in shares
        or prior.sentence != figure.sentence
        or figure.unit == "percent"
        or amount is None
    ):
        return None
    whole_start = links[prior.start][1]
    whole = _index_before(sums, index, whole_start)
    whole_amount = _amount(sums[whole]) if whole is not None else None
    return whole if whole_amount is not None and amount < whole_amount else None


def _next_share(
    sums: Sequence[FigureFacts],
    index: int,
    whole: int,
    links: dict[int, tuple[Link, int]],
    shares: set[int],
    since_prior: str,
) -> bool:
    """Whether a figure goes on a list of shares of the same whole in its sentence: "Of this
    amount, €4 million will go to the Red Cross ..., and €3 million to the World Food Programme"
    (the cue opens the list; whatever giver was read for the later ones, they are shares too),
    as long as the shares stay within the whole."""
    prior = sums[index - 1]
    if (
        prior.start not in shares
        or links[prior.start][1] != sums[whole].start
        or prior.sentence != sums[index].sentence
        or compares(since_prior)
    ):
        return False
    listed = [
        _amount(f) or Decimal(0)
        for f in sums[:index]
        if f.start in shares and links[f.start][1] == sums[whole].start
    ]
    total = sum(listed, _amount(sums[index]) or Decimal(0))
    return total <= (_amount(sums[whole]) or Decimal(0)) * (1 + _SUM_TOLERANCE)


def _since(before: str, figure: FigureFacts, prior: FigureFacts | None) -> str:
    """The words before a figure (in its sentence) since the figure before it, if any."""
    return before if prior is None else before[max(0, len(before) - (figure.start - prior.end)) :]


def _whole_before(
    figures: Sequence[FigureFacts],
    index: int,
    links: dict[int, tuple[Link, int]],
    references: set[int],
    *,
    fitting: bool = False,
    shares: bool = False,
) -> int | None:
    """The index of the nearest figure before `index`, within reach, that is no part itself,
    no reference for another (`references`) and is larger; `fitting`: and that the figure can be
    a part of (`rules.can_be_part`: "€250 million of it" is the Dutch package's, not the Belgian
    sum between). A share has such a whole only when `shares` is asked, a share then."""
    figure = figures[index]
    amount = _amount(figure)
    share = figure.unit == "percent"
    if amount is None or (share and not shares):
        return None
    for prior_index in range(index - 1, -1, -1):
        prior = figures[prior_index]
        if figure.start - prior.end > _PART_REACH:
            return None
        prior_amount = _amount(prior)
        # a share is part of a share only, and only as one of shares that add up to it
        # (`_sums_to`); a sum of money of a sum of money
        if (
            prior.start in links
            or prior.start in references
            or prior_amount is None
            or (prior.unit == "percent") != share
        ):
            continue
        if amount < prior_amount and (not fitting or can_be_part(figure, prior)):
            return prior_index
    return None


def _sums_to(
    figures: Sequence[FigureFacts], index: int, whole_index: int, skip: set[int] | None = None
) -> bool:
    """Whether the figures right after the whole, this one among them, add up to it: the whole
    broken down ("€50 billion ... €33 billion in loans and €17 billion in grants"). Figures at
    `skip` (an earlier package between: `_new_against_earlier`) are not among them."""
    target = _amount(figures[whole_index])
    if target is None:
        return False
    # A percentage between ("PLN 186.6 billion ..., 4.7% of GDP. PLN 124.3 billion ...; the
    # rest, PLN 62.3 billion") is no part of a sum of money.
    whole = figures[whole_index]
    after = [
        f
        for f in figures[whole_index + 1 :]
        if (f.unit == "percent") == (whole.unit == "percent") and f.start not in (skip or ())
    ]
    total = Decimal(0)
    for count, sibling in enumerate(after[:4], start=1):
        # a breakdown is given in its whole's currency: "64 milliards d'euros" is not 57,1
        # milliards d'euros and a Swiss "6 milliards de francs" a paragraph on
        if sibling.unit != whole.unit:
            return False
        # shares break a share down in one sentence ("at least 3.5% on core defence and up to
        # 1.5% on related spending"), not by chance a paragraph on ("3.5% ... 1.5% ... 2% by 2024")
        if sibling.unit == "percent" and sibling.sentence != after[0].sentence:
            return False
        amount = _amount(sibling)
        # Sums that add up by chance: "€3.5 billion for 2026 ... Belgium has committed €1
        # billion ... an additional €2.5 billion for humanitarian aid".
        # (a share's kind is read from its sentence's words, not its category: `claim_group`)
        if (
            amount is None
            or not can_be_part(sibling, whole)
            or (sibling.unit != "percent" and not _same_money(sibling, whole))
        ):
            return False
        total += amount
        if count >= 2 and abs(total - target) <= _SUM_TOLERANCE * target:
            return figures[index] in after[:count]
    return False


def _same_money(part: FigureFacts, whole: FigureFacts) -> bool:
    """Whether a part can add up to a whole: the same category group, or unqualified aid."""
    return category_group(part.category) == category_group(whole.category) or "aid_total" in (
        part.category,
        whole.category,
    )


def _amount(figure: FigureFacts) -> Decimal | None:
    return figure.value if figure.unit == "percent" else figure.value_eur


def _bounds(
    text: str, figures: Sequence[FigureFacts], links: dict[int, tuple[Link, int]]
) -> dict[int, tuple[int, int]]:
    """figure start → (end of the figure before it, start of the figure after it): the words
    between belong to this figure. "EUR 198 million and the 28th at EUR 90 million, EUR 288
    million together for the year to date": the running total's words are not the packages'.
    Figures listed with a bare "and" ("€28 billion and €20 billion since 2022") and a figure with
    its conversion share their words: the bounds are those of the run they make."""
    ordered = sorted(figures, key=lambda f: f.start)
    runs: list[list[FigureFacts]] = []
    for figure in ordered:
        prior = runs[-1][-1] if runs else None
        if prior is not None and (
            links.get(figure.start, (None, -1))[0] is Link.CONVERTS
            or _LIST_GAP.match(text[prior.end : figure.start])
        ):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    bounds: dict[int, tuple[int, int]] = {}
    for index, run in enumerate(runs):
        low = runs[index - 1][-1].end if index else 0
        high = runs[index + 1][0].start if index + 1 < len(runs) else -1
        for figure in run:
            bounds[figure.start] = (low, high)
    return bounds


def _around(text: str, figure: FigureFacts, low: int = 0, high: int = -1) -> tuple[str, str]:
    """The figure's sentence before it and after it (the sentence as stored, else a window),
    within `low` and `high` (text offsets; -1: no bound) when given."""
    offset = _offset_in_sentence(text, figure)
    if offset >= 0:
        surface_end = offset + figure.end - figure.start
        before, after = figure.sentence[:offset], figure.sentence[surface_end:]
    else:
        before = text[max(0, figure.start - 200) : figure.start]
        after = text[figure.end : figure.end + 120]
    before = before[max(0, len(before) - (figure.start - low)) :]
    if high >= 0:
        after = after[: max(0, high - figure.end)]
    return before, after


def _offset_in_sentence(text: str, figure: FigureFacts) -> int:
    """Where the figure stands in its sentence: the occurrence of its surface that lines the
    sentence up with the text ("Après 2 milliards d'euros en 2024, ... avec 2 milliards d'euros
    en 2025": the second is the second), else the first; -1 when it is not there."""
    surface = text[figure.start : figure.end]
    sentence = figure.sentence
    offset = sentence.find(surface)
    first = offset
    while offset >= 0:
        if text.startswith(sentence, figure.start - offset):
            return offset
        offset = sentence.find(surface, offset + 1)
    return first


def _mention(
    document_id: int,
    document_key: str,
    figure: FigureFacts,
    block: ClaimBlock,
    group: str | None,
    recipient: str | None,
    period: str | None,
    published: datetime.date | None,
    link: Link | None,
    link_start: int | None,
    text: str,
    named: "_NamedInText",
) -> Mention:
    givers, years = named.contrasts(figure)
    before = words_before(figure.sentence, text[figure.start : figure.end])
    return Mention(
        document_id=document_id,
        document_key=document_key,
        start=figure.start,
        end=figure.end,
        block=block,
        group=group,
        published=published,
        value=figure.value,
        unit=figure.unit,
        qualifier=figure.qualifier,
        value_eur=figure.value_eur,
        category=figure.category,
        donor=named_giver(figure.donor, figure.attribution.get("donor")),
        recipient=recipient,
        period=period,
        link=link,
        link_start=link_start,
        donor_weak=weakly_attributed(figure.attribution.get("donor")),
        currency_giver=giver_from_currency(figure.donor, figure.unit, before),
        another=names_another(before),
        period_weak=weak_period(period, figure.attribution.get("year")),
        other_givers=givers,
        other_years=years,
        giver_named=named.names_giver(figure),
        kind_weak=weakly_attributed(figure.attribution.get("category")),
    )


class _NamedInText:
    """What a document names for its aid figures in their own sentences (not read from context),
    indexed once per document so that each mention's look-ups cost what its equals cost, not a
    pass over every figure. The store reads the same (`shared.store.claims`, `other_givers`,
    `other_years` and `giver_named`)."""

    def __init__(self, text: str, figures: Sequence[FigureFacts]) -> None:
        self._text = text
        self._by_amount: dict[tuple[Decimal, str], list[FigureFacts]] = {}
        # figures by their digits and whether a share, a sum's whatever its currency (`contrasts`)
        self._by_digits: dict[tuple[Decimal, bool], list[FigureFacts]] = {}
        self._giver_starts: dict[str, set[int]] = {}
        self._name_ends: dict[str, int | None] = {}  # where the text first names a giver, ends
        for f in figures:
            if not f.aid_related:
                continue
            self._by_amount.setdefault((f.value, f.unit), []).append(f)
            self._by_digits.setdefault((f.value, f.unit == "percent"), []).append(f)
            if (
                f.donor
                and _named(f.attribution.get("donor"))
                and not giver_from_currency(
                    f.donor, f.unit, words_before(f.sentence, text[f.start : f.end])
                )
            ):
                self._giver_starts.setdefault(f.donor, set()).add(f.start)

    def contrasts(self, figure: FigureFacts) -> tuple[frozenset[str], frozenset[str]]:
        """The givers and the years the document names for its other aid figures of the very
        same amount (the years: of the same giver's): what the text says this figure's giver
        and year are not, when two equal figures stand side by side. The givers also of its
        other sums of the same digits in another currency: a report that gives "30 Millionen
        Euro" to Vienna and "30 Millionen Franken" to Bern gives two givers' sums, not one sum
        twice (a conversion changes the digits)."""
        equal = [
            f
            for f in self._by_amount.get((figure.value, figure.unit), ())
            if f.start != figure.start
        ]
        givers = frozenset(
            f.donor
            for f in self._by_digits.get((figure.value, figure.unit == "percent"), ())
            if f.start != figure.start and f.donor and _named(f.attribution.get("donor"))
        )
        # two years of one giver's equal sums ("20 Millionen Euro" for 2025, and for 2024)
        years = frozenset(
            str(f.year)
            for f in equal
            if f.year and f.donor == figure.donor and _named(f.attribution.get("year"))
        )
        return givers, years

    def names_giver(self, figure: FigureFacts) -> bool:
        """Whether the document names the figure's giver before it: its name is in the text
        ("Portugal"), or the extractor read it in the own sentence of another of its aid figures,
        not from that figure's currency alone ("560 Millionen Franken" names no Swiss giver). A
        giver read from context is then the document's subject, not a guess. A giver named only
        after the figure is no antecedent of it: "The country's military support ... now exceeds
        €280 million", read as Poland's from a paragraph on Warsaw's budget further down."""
        donor = figure.donor
        if donor is None:
            return False
        if donor not in self._name_ends:
            at = self._text.find(donor)
            self._name_ends[donor] = at + len(donor) if at >= 0 else None
        # (the store reads the same: `shared.store.claims`, `giver_named`)
        name_end = self._name_ends[donor]
        return (name_end is not None and name_end <= figure.start) or any(
            start < figure.start for start in self._giver_starts.get(donor, ())
        )


def _named(source: str | None) -> bool:
    """Whether an attribute was read in the figure's own words (sentence or title)."""
    return source is not None and not weakly_attributed(source)
