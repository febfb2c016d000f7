"""Mentions of one block → claims: the one algorithm, for the stage and for `aidledger eval`.

A block is the mentions that could state the same fact: one family of category groups (all kinds
of aid are one, and compared within it as givers are) and kind. Within it,
mentions are taken in the order they were published (then by their document's text, then
position: never by ids, which depend on the order documents arrived in), and each
joins the claim whose first mention its amount agrees with (the closest one), if their givers,
receivers and periods are compatible (equal, or one of them unsaid; a running total read for a
year and a range that ends in it); otherwise it states a new claim. A conversion or a part
joins the claim of the figure it belongs to; a part may take along the claim an earlier report of
the week stated with its figure alone (`Clustering._adopt`). The result depends only on the
block's mentions, so rebuilding a block is idempotent and deterministic.
"""

import bisect
import datetime
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from services.extractor.currencies import HOME_COUNTRY
from services.reconciler.rules import (
    EVENT_DIGITS,
    WINDOW,
    Kind,
    Link,
    aggregate_giver,
    amounts_agree,
    categories_compatible,
    claim_category,
    currency_country,
    donor_family,
    donors_compatible,
    holds_giver,
    periods_compatible,
    same_precise_amount,
    significant_digits,
    two_exact_sums,
)
from shared.models import MEANS_OF_AID, UNSPECIFIC_AID, ClaimBlock, category_group

STATES = "states"
RESTATES = "restates"
# Reports of one news event: a few days apart (the clusters' articles are 1-8 days apart).
_SAME_EVENT_DAYS = 7
# How far back a part linked to its whole may find the claim it takes (`may_adopt`).
ADOPTION_DAYS = _SAME_EVENT_DAYS
# How far apart two reports may give one share to two precisions ("4.8%", "4.81%"): the news
# event's share rounded by an outlet, or by a weekly tracker or roundup the week after. A share
# is given anew each year, so reports more than two weeks apart give two (`_two_shares_apart`).
_SHARE_ROUNDED_DAYS = 14


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure as the reconciler sees it: where it is, what it says, and the block it is in."""

    document_id: int
    document_key: str  # the document's text_sha256: orders documents published the same day
    start: int
    end: int
    block: ClaimBlock
    published: datetime.date | None
    value: Decimal
    unit: str
    qualifier: str
    value_eur: Decimal | None
    category: str
    donor: str | None
    recipient: str | None
    period: str | None  # "2024", "2022-2025", or None when the text gives none
    link: Link | None = None  # how it belongs to the figure starting at `link_start`
    link_start: int | None = None
    donor_weak: bool = False  # its giver was read from the text around it, not its sentence
    # its giver is only its currency's country, unnamed before it (`rules.giver_from_currency`)
    currency_giver: bool = False
    another: bool = False  # its words tell it from an equal figure of its document
    period_weak: bool = False  # its period is a year read from the text around it
    # The givers and years its document names, in their own sentences, for other figures of the
    # same amount: what the text says this figure's are not (`mentions._NamedInText`).
    other_givers: frozenset[str] = frozenset()
    other_years: frozenset[str] = frozenset()
    giver_named: bool = False  # its document names its giver before it: in its text, or another
    # figure's own sentence
    # Its own category group (`rules.claim_group`): the block is that group's family (all kinds
    # of aid are one). None: its category's group.
    group: str | None = None
    kind_weak: bool = False  # its kind of aid was read from the text around it, not its sentence

    @property
    def own_group(self) -> str:
        """Its category group as read (`group`), else its category's: never the block's family."""
        return self.group or category_group(self.category)

    @property
    def claim_category(self) -> str:
        """The category it gives a claim it states: its own, unless `rules.claim_group` moved
        it to another group (unqualified aid in a document that names no other kind is military
        aid); then that group's."""
        return claim_category(self.category, self.own_group)

    @property
    def joins_as(self) -> str:
        """The kind of aid its words give it: its claim's (`claim_category`), unless they leave
        it unqualified ("aid", "support", "Hilfe", "aide"), which its document, naming no other
        kind, files as military aid when it states a claim (`rules.claim_group`). Within one
        news event such aid still joins a claim of any kind (`_unqualified_in_event`)."""
        return UNSPECIFIC_AID if self.category == UNSPECIFIC_AID else self.claim_category

    @property
    def guessed_giver(self) -> bool:
        """Its giver is a guess: read from context, or from its currency alone."""
        return self.donor_weak or self.currency_giver

    @property
    def reach(self) -> str | None:
        """The giver family of the claims it is compared with; None: every giver's. A guessed
        giver may give way to any other, and a list or NATO's allies may hold a claim's giver
        (`rules.holds_giver`, 2026.11.18), and a sum in another country's currency may be that
        country's (`_home_currency_figure`)."""
        if self.guessed_giver or aggregate_giver(self.donor, self.unit) or self.foreign_money:
            return None
        return donor_family(self.donor)

    @property
    def foreign_money(self) -> bool:
        """Its sum is in a national currency (`HOME_COUNTRY`) of another country than its giver."""
        home = HOME_COUNTRY.get(self.unit)
        return home is not None and self.donor is not None and home != self.donor

    @property
    def amount(self) -> Decimal | None:
        """What amounts are compared on: EUR, or percentage points."""
        return self.value if self.unit == "percent" else self.value_eur

    @property
    def order(self) -> tuple[datetime.date, str, int]:
        return (self.published or datetime.date.max, self.document_key, self.start)


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """A claim as computed from its block, before it is stored."""

    key: str  # the block and the stating mention's place: the same claim keeps its id
    block: ClaimBlock
    donor: str | None
    recipient: str | None
    period: str | None
    category: str
    value: Decimal
    unit: str
    qualifier: str
    value_eur: Decimal | None
    members: tuple[tuple[Mention, str], ...]  # (mention, relation), in order
    conflict: bool
    giver_guessed: bool  # its giver is a guess a named one may replace (`_Cluster.giver_guessed`)
    # A stored claim that `members` join (they are the new ones only); False: a claim of its own.
    seeded: bool = False
    # A seeded claim's mentions and documents before the new ones (documents never straddle).
    earlier_mentions: int = 0
    earlier_documents: int = 0
    reported: int | None = None  # the year its stating mention was published

    @property
    def year(self) -> int | None:
        """Its period's year; for a package that no report dates ("its 29th package, worth
        €160 million"), the year it was first reported in: news reports a package when it is
        made. Its period stays unsaid, so that a restatement of any year may still join it."""
        if self.period is None and self.block.kind == Kind.INCREMENT:
            return self.reported
        period = self.period or ""
        return int(period) if len(period) == 4 and period.isdigit() else None

    @property
    def mentions(self) -> int:
        return self.earlier_mentions + len(self.members)

    @property
    def documents(self) -> int:
        return self.earlier_documents + len({mention.document_id for mention, _ in self.members})


@dataclass(frozen=True, slots=True)
class Seed:
    """A stored claim as the clustering resumes from it at a place in the order: its stating
    mention, its giver, receiver and period as they stood there, its parts from before it (in
    order), and how many mentions and documents it had there."""

    key: str
    anchor: Mention
    donor: str | None
    recipient: str | None
    period: str | None
    parts: tuple[Mention, ...]
    mentions: int = 1
    documents: int = 1
    # The kind of aid its mentions (not parts) gave there, its category then: the first specific
    # one read in its figure's sentence, else the first (`_Cluster.specific`).
    specific: str | None = None
    specific_weak: bool = False  # that kind was read from context, not its figure's sentence
    specific_document: int | None = None  # the document whose mention gave that kind
    # The kinds of aid its mentions (not parts) read in their figures' own sentences there, in
    # order (`_most_read`).
    kinds: tuple[str, ...] = ()
    # It lost mentions from the place on (they are taken again): a draft even if none rejoin.
    changed: bool = False


class _Cluster:
    def __init__(self, anchor: Mention, seed: Seed | None = None) -> None:
        self.anchor = anchor
        self.seed = seed
        # A seeded claim's members are only those added now: the stored ones stay as they are.
        self.members: list[tuple[Mention, str]] = [] if seed else [(anchor, STATES)]
        self.parts: list[Mention] = list(seed.parts) if seed else []
        self.donor = seed.donor if seed else anchor.donor
        # A giver read from context, by the stating mention, until a mention naming another
        # joins and gives its own (a seed whose giver is no longer its stating mention's).
        self.donor_weak = (
            anchor.donor is not None
            and anchor.donor_weak
            and (seed is None or seed.donor == anchor.donor)
        )
        self.recipient = seed.recipient if seed else anchor.recipient
        self.period = seed.period if seed else anchor.period
        # The kind of aid of its mentions (not parts), its category: the first specific one read
        # in its figure's sentence, else the first (2026.11.15).
        self.specific = seed.specific if seed else _specific(anchor)
        # Its kind was read from context: a kind read in a mention's own sentence replaces it.
        # (The mention that gave it: a seed's, else the stating one.)
        self.specific_weak = seed.specific_weak if seed else anchor.kind_weak
        self.specific_document = seed.specific_document if seed else anchor.document_id
        # The kinds its mentions (not parts) read in their figures' own sentences, in order.
        self.kinds: list[str] = list(seed.kinds) if seed else _read_kind(anchor)
        # Its mentions became parts of another claim (`Clustering._adopt`): no claim of its own.
        self.adopted = False

    @property
    def giver_guessed(self) -> bool:
        """Its giver is a guess that a named one may replace: read from context by its stating
        mention, whose document does not name it before the figure (it is the document's
        subject then), and no mention naming another giver has joined since."""
        return self.donor_weak and not self.anchor.giver_named

    @property
    def kind_doubted(self) -> bool:
        """Whether the report that gave its kind reads a part of it, in the part's own sentence,
        as another kind of aid (the figure as read, not the whole's group the part is filed in)."""
        return any(
            part.document_id == self.specific_document
            and not part.kind_weak
            and not categories_compatible(part.category, self.category)
            for part in self.parts
        )

    @property
    def category(self) -> str:
        """Its category: the most specific among its mentions' (parts are facts of their own),
        the first read in its figure's sentence, else the first, the stating mention's first.
        Kinds read in several figures' sentences: the one most of them read (`_most_read`)."""
        return _most_read(self.kinds) if self.kinds else self.specific or self.anchor.claim_category

    def holds_part(self, place: tuple[int, int]) -> bool:
        """Whether the figure at (document, start) is one of its parts."""
        return any((part.document_id, part.start) == place for part in self.parts)

    def part_with(self, amount: Decimal) -> Mention:
        """The first part of this claim with this amount."""
        return next(m for m in self.parts if m.amount == amount)

    def add(self, mention: Mention, relation: str) -> None:
        self.members.append((mention, relation))
        if relation == Link.PART_OF:
            self.parts.append(mention)
        if self.donor is None:
            self.donor = mention.donor
        elif relation != Link.PART_OF and _names_another(self, mention):
            # a guessed giver gives way to the one a later report names (`_giver_gives_way`)
            self.donor = mention.donor
            self.donor_weak = False
        if self.recipient is None:
            self.recipient = mention.recipient
        if self.period is None and relation != Link.PART_OF:
            self.period = mention.period
        kind = _specific(mention)
        if (
            relation != Link.PART_OF
            and kind is not None
            and (self.specific is None or (self.specific_weak and not mention.kind_weak))
        ):
            self.specific, self.specific_weak = kind, mention.kind_weak
            self.specific_document = mention.document_id
        if relation != Link.PART_OF:
            self.kinds += _read_kind(mention)


class _AmountIndex:
    """The amounts of every claim's first mention and of its parts, by giver family and sorted,
    so that a mention is compared only with claims of compatible givers in reach of its amount.
    A claim whose giver is unnamed is filed under None, and moves when a mention names it."""

    def __init__(self) -> None:
        self.families: dict[str | None, list[tuple[Decimal, int, int]]] = {}

    def add(self, family: str | None, amount: Decimal, cluster: int, part: bool) -> None:
        bisect.insort(self.families.setdefault(family, []), (amount, cluster, int(part)))

    def move(self, cluster: int, old: str | None, new: str | None) -> None:
        entries = self.families.get(old, [])
        moving = [entry for entry in entries if entry[1] == cluster]
        self.families[old] = [entry for entry in entries if entry[1] != cluster]
        for amount, index, part in moving:
            self.add(new, amount, index, bool(part))

    def remove(self, cluster: int, family: str | None) -> None:
        entries = self.families.get(family, [])
        self.families[family] = [entry for entry in entries if entry[1] != cluster]

    def near(self, family: str | None, amount: Decimal) -> list[tuple[Decimal, int, int]]:
        """Entries within reach of `amount`, of this family and of unnamed givers (of every
        family when the mention names none)."""
        wanted = self.families if family is None else (family, None)
        low, high = amount * (1 - WINDOW), amount * (1 + WINDOW)
        found = []
        for name in wanted:
            entries = self.families.get(name, [])
            start = bisect.bisect_left(entries, (low, -1, 0))
            for entry in entries[start:]:
                if entry[0] > high:
                    break
                found.append(entry)
        return found


class Clustering:
    """The clustering of one block, mention after mention in order (see the module's docstring).

    It starts empty (a block rebuilt), or from stored claims as they stood at a place in the
    order (`seeds`): the mentions from that place on then join them exactly as in a rebuild, as
    long as every claim they could join is seeded.
    """

    def __init__(self, seeds: Sequence[Seed] = ()) -> None:
        self.clusters: list[_Cluster] = []
        self.index = _AmountIndex()
        self.unpriced: list[int] = []  # clusters whose anchor has no amount (no ECB rate)
        self.placed: dict[tuple[int, int], int] = {}  # (document, start) → cluster index
        # (document, start) of a figure not placed yet → the mentions linked to it
        self.waiting: defaultdict[tuple[int, int], list[Mention]] = defaultdict(list)
        for seed in sorted(seeds, key=lambda s: s.anchor.order):
            number = self._start(_Cluster(seed.anchor, seed))
            for part in seed.parts:
                if part.amount is not None:
                    self.index.add(_filed(self.clusters[number]), part.amount, number, part=True)

    def add(self, mention: Mention) -> None:
        place = (mention.document_id, mention.start)
        target = (mention.document_id, mention.link_start or 0)
        if (
            mention.link is not None
            and target not in self.placed
            and (mention.start < target[1] or target in self.waiting)
        ):
            # a part before its whole (`mentions._parts_before_wholes`), or a conversion of
            # such a part: it joins when the whole is placed, further on in its document
            self.waiting[target].append(mention)
            self.waiting.setdefault(place, [])
            return
        linked = self.placed.get(target)
        if mention.link is not None and linked is not None:
            relation: str = mention.link
            if relation == Link.CONVERTS and self.clusters[linked].holds_part(target):
                # a part in another currency is that part again ("the first ¥150 billion, about
                # $960 million"), not the whole converted
                relation = Link.PART_OF
        else:
            found = _closest(self.clusters, self.index, self.unpriced, mention)
            if found is None:
                self.placed[place] = self._start(_Cluster(mention))
                self._release(place)
                return
            linked, part = found
            relation = Link.PART_OF if part else RESTATES
        cluster = self.clusters[linked]
        family = _filed(cluster)
        cluster.add(mention, relation)
        if _filed(cluster) != family:
            self.index.move(linked, family, _filed(cluster))
        if relation == Link.PART_OF and mention.amount is not None:
            self.index.add(_filed(cluster), mention.amount, linked, part=True)
        self.placed[place] = linked
        if mention.link == Link.PART_OF and relation == Link.PART_OF:
            self._adopt(linked, mention)
        self._release(place)

    def _adopt(self, whole: int, part: Mention) -> None:
        """A part that its report places in a whole, whose figure an earlier report gave alone (a
        claim of its own then): that claim's mentions are parts of the whole. The left fold
        files a part given alone after its whole there (`_closest` finds parts); this is the
        other order, so that the claims do not depend on which report came first."""
        amount = part.amount
        if amount is None:
            return
        found = [
            number
            for _, number, is_part in self.index.near(None, amount)
            if not is_part
            and number != whole
            and _adoptable(self.clusters[number], self.clusters[whole], part)
        ]
        if not found:
            return
        # the closest figure (the earliest of equals)
        number = min(found, key=lambda n: (abs((self.clusters[n].anchor.amount or 0) - amount), n))
        alone = self.clusters[number]
        cluster = self.clusters[whole]
        family = _filed(alone)
        for member, _ in alone.members:
            cluster.add(member, Link.PART_OF)
            self.placed[(member.document_id, member.start)] = whole
            if member.amount is not None:
                self.index.add(_filed(cluster), member.amount, whole, part=True)
        self.index.remove(number, family)
        alone.members = []
        alone.adopted = True

    def _release(self, place: tuple[int, int]) -> None:
        """Add the mentions that waited for the one just placed at `place`."""
        for waiting in self.waiting.pop(place, []):
            self.add(waiting)

    def _start(self, cluster: _Cluster) -> int:
        number = len(self.clusters)
        self.clusters.append(cluster)
        if cluster.anchor.amount is None:
            self.unpriced.append(number)
        else:
            self.index.add(_filed(cluster), cluster.anchor.amount, number, part=False)
        return number

    def drafts(self) -> list[ClaimDraft]:
        """The claims: every one started here, and the seeded ones that mentions joined."""
        while self.waiting:  # a whole never placed: its parts stand as figures of their own
            for mention in self.waiting.pop(next(iter(self.waiting))):
                self.add(replace(mention, link=None, link_start=None))
        return _drafts(self.clusters)


def reconcile_block(mentions: Sequence[Mention]) -> list[ClaimDraft]:
    """The claims of one block's mentions (see the module's docstring)."""
    clustering = Clustering()
    for mention in sorted(mentions, key=lambda m: m.order):
        clustering.add(mention)
    return clustering.drafts()


def _closest(
    clusters: list[_Cluster],
    index: _AmountIndex,
    unpriced: list[int],
    mention: Mention,
) -> tuple[int, bool] | None:
    """(cluster, whether as a part) the mention agrees with best, if any."""
    amount = mention.amount
    candidates: list[tuple[Decimal, int, int, Mention]] = []
    if amount is None:  # comparable only with the very same amount in the same currency
        candidates = [
            (Decimal(0), i, 0, clusters[i].anchor)
            for i in unpriced
            if clusters[i].anchor.unit == mention.unit and clusters[i].anchor.value == mention.value
        ]
    else:
        # A giver read from context may give way to any other: look in every family.
        for value, number, part in index.near(mention.reach, amount):
            cluster = clusters[number]
            other = cluster.part_with(value) if part else cluster.anchor
            candidates.append((abs(value - amount), number, part, other))
    best: tuple[Decimal, bool, bool, bool, int, int] | None = None
    for distance, number, part, other in candidates:
        cluster = clusters[number]
        other_family = not donors_compatible(cluster.donor, mention.donor)
        if other_family and not _giver_gives_way(cluster, other, mention, bool(part)):
            continue
        # A year read from context is a guess, and a precise amount names its fact whatever year
        # was read for it: a claim of another year may take the mention then, unless the text
        # gives the one year to another figure of the amount ("194 million euros" for 2025 and,
        # a year before, "194 million euros"); of two equally close, the claim of its own year.
        # So may the very figure again, exact, of two significant digits or more and within a
        # week: one news event, whose year an outlet read otherwise ("DKK 4.2 billion" for
        # 2025, and the next day for 2024).
        other_year = not periods_compatible(cluster.period, mention.period, mention.block.kind)
        if other_year and (
            _years_told_apart(cluster, other if part else None, mention)
            or not (
                same_precise_amount(other, mention)
                or mention.period_weak
                or _same_figure_within_event(other, mention)
            )
            # two guesses at once: a giver and a year read from context, both other than the
            # claim's ("3,02 milliards de dollars" of Canada's 2024 aid, a paragraph after
            # France's 2,1 milliards of 2023)
            or other_family
        ):
            continue
        if not _same_or_unsaid(cluster.recipient, mention.recipient):
            continue
        # kinds of aid compared as givers are (2026.11.10): "aid" joins a "military aid" claim,
        # "humanitarian aid" does not, unless one of the two kinds is a guess (2026.11.15) and
        # the giver and the year are the claim's
        against = other.claim_category if part else cluster.category
        other_kind = not categories_compatible(
            against, mention.claim_category
        ) and not _unqualified_in_event(other, mention, bool(part))
        if other_kind and (
            part or other_family or other_year or not _kind_gives_way(cluster, other, mention)
        ):
            continue
        if _told_apart(cluster, mention) or (not part and _two_sums_in_report(cluster, mention)):
            continue
        if _two_shares_apart(other, mention):
            continue
        if amount is not None and not amounts_agree(
            other.amount, other.qualifier, other.unit, amount, mention.qualifier, mention.unit
        ):
            continue
        other_giver = donor_family(cluster.donor) != donor_family(mention.donor)
        rank = (distance, other_year and mention.period_weak, other_giver, other_kind, number, part)
        if best is None or rank < best:
            best = rank
    return None if best is None else (best[4], bool(best[5]))


def _unqualified_in_event(other: Mention, mention: Mention, part: bool) -> bool:
    """Whether a mention whose words leave its kind of aid open ("aid", "support"), read as
    military aid only because its document names no other kind, joins a claim of another kind
    (2026.11.24): one outlet calls "a winter package worth about £26 million" what another report
    of the week calls humanitarian aid. Only within a news event (another report, within a week
    of the claim's figure it is compared with): across months, the document's own reading of
    such aid (military) is the better guess, and a claim's kind and year are not to be taken from
    a report about another time. Not a part: a whole's parts are sums of their own kinds."""
    return (
        not part
        and mention.joins_as == UNSPECIFIC_AID
        and other.document_id != mention.document_id
        and _within(other.published, mention.published, _SAME_EVENT_DAYS)
    )


def _adoptable(alone: _Cluster, whole: _Cluster, part: Mention) -> bool:
    """Whether a claim is a figure that a later report gives as a part of another claim
    (`Clustering._adopt`): givers, year and receiver as a part's are compared (equal, or one
    unsaid; a giver's family), kinds of aid as a join compares them (one group, or one of the
    two unqualified aid: `rules.categories_compatible`), and `may_adopt`. Not a claim with parts
    of its own (a whole), nor a seeded one: the stage takes again the mentions of every claim a
    part may take (`tasks._before_adoptions`)."""
    return (
        alone.seed is None
        and not alone.adopted
        and not alone.parts
        and donors_compatible(alone.donor, part.donor)
        and donors_compatible(whole.donor, part.donor)
        and categories_compatible(alone.category, part.claim_category)
        and (
            periods_compatible(alone.period, part.period, part.block.kind)
            # the year its figure's report read from the text around it, a guess: it does not
            # keep the figure from a whole of another year, as in a join (`_closest`)
            or alone.anchor.period_weak
        )
        and _same_or_unsaid(alone.recipient, part.recipient)
        and may_adopt(alone.anchor, part)
    )


def may_adopt(anchor: Mention, part: Mention) -> bool:
    """Whether a part, linked to its whole by its report, may take the claim that `anchor`
    states: the amounts agree, in an earlier report of the week (one news event)."""
    return (
        anchor.document_id != part.document_id
        and anchor.order < part.order
        and amounts_agree(
            anchor.amount, anchor.qualifier, anchor.unit, part.amount, part.qualifier, part.unit
        )
        and _within(anchor.published, part.published, ADOPTION_DAYS)
    )


def _told_apart(cluster: _Cluster, mention: Mention) -> bool:
    """Whether the claim holds a figure of the mention's document that one of the two is told
    apart from ("the first, €20 million ... the second, another €20 million"). A seeded claim's
    stored mentions are of earlier documents: a document's mentions are all taken again."""
    return any(
        other.document_id == mention.document_id
        and (other.another or mention.another)
        and (other.value, other.unit) == (mention.value, mention.unit)
        for other, _ in cluster.members
    )


def _two_sums_in_report(cluster: _Cluster, mention: Mention) -> bool:
    """Whether the claim's own figure (stated or restated, not a part or conversion) is given in
    the mention's report as another exact sum ("$571.3 million in December ... $567 million in
    September"): a report gives a fact once precisely, so the two are two facts (2026.11.17)."""
    return any(
        other.document_id == mention.document_id
        and relation in (STATES, RESTATES)
        and two_exact_sums(other, mention)
        for other, relation in cluster.members
    )


def _giver_gives_way(cluster: _Cluster, other: Mention, mention: Mention, part: bool) -> bool:
    """Whether a mention may join a claim of another giver: its giver was read from context, a
    guess, and the text does not give the two givers to two figures of the amount; and either
    the claim's giver was read from context too (2026.11.4), or (2026.11.5) the mention's
    document names its giver for no other figure and it restates the figure it joins in its
    currency, within a week of it (one news event: "Nearly €3.5 billion for next year" in a
    local outlet, read as another country's from the text around it), or (2026.11.8) its giver
    is its currency's country, read from that currency, and the figure it joins is in another
    currency, within a week of it. Or (2026.11.12) the mention names its giver and the claim's
    is a guess (`_Cluster.giver_guessed`): the named giver takes the claim's own sum, in its
    currency, within a week."""
    if _givers_told_apart(cluster, mention):
        return False
    if _home_currency_figure(cluster, other, mention, part):
        return True
    if holds_giver(mention.donor, cluster.donor) or (
        mention.unit == "percent" and holds_giver(cluster.donor, mention.donor)
    ):
        # 2026.11.18: givers named as a group that holds the claim's ("Estonia and Latvia",
        # NATO's allies for a member's share) restate the claim's very figure in another report
        # of the week, not one of its parts: one news event, whose giver an outlet named with
        # others
        return not part and _retold(other, mention)
    if _names_another(cluster, mention):
        # 2026.11.12: the claim's own sum in its own currency, not one of its parts, and no
        # share (many givers reach the same share: "2.3%" of two countries); two currencies of
        # one value in EUR are two givers' sums as often as one ("1 milliard de dollars
        # américains" of a coalition, Australia's "$1.5 billion")
        return (
            not part
            and mention.unit == other.unit != "percent"
            and _within(other.published, mention.published, _SAME_EVENT_DAYS)
        )
    if not mention.guessed_giver:
        return False
    if not _within(other.published, mention.published, _SAME_EVENT_DAYS):
        return mention.donor_weak and cluster.donor_weak
    if mention.donor_weak and (
        cluster.donor_weak
        or (not mention.giver_named and other.unit == mention.unit and not _round_share(other))
    ):
        return True
    # 2026.11.8: a giver read from the mention's currency, another than the claim's: the outlet
    # converted the figure for its readers ("rund 7,7 Milliarden Franken"). Such a guess gives
    # way to that only, not to any other guess; and not where its own report gives the claim's
    # figure in the claim's currency: a report converts a figure beside it, so a sum further on
    # in its currency's country's money is that country's ("zwölf Millionen Euro" from Austria,
    # then "12 Millionen Franken" from the Swiss government).
    return (
        other.unit != mention.unit
        and currency_country(mention.unit) == mention.donor
        and not _given_in_report(cluster, mention)
    )


def _given_in_report(cluster: _Cluster, mention: Mention) -> bool:
    """Whether the mention's report gives the claim's own figure (stated or restated, in the
    claim's currency) before the mention, with no link to it."""
    return any(
        other.document_id == mention.document_id
        and relation in (STATES, RESTATES)
        and other.unit == cluster.anchor.unit
        and other.value == mention.value
        and other.start < mention.start
        for other, relation in cluster.members
    )


def _round_share(figure: Mention) -> bool:
    """Whether a figure is a share of one significant digit ("1%", "2 Prozent"): many givers
    reach it, for a year or as a goal, so it names no one giver's fact."""
    return figure.unit == "percent" and significant_digits(figure.value) < EVENT_DIGITS


def _home_currency_figure(cluster: _Cluster, other: Mention, mention: Mention, part: bool) -> bool:
    """Whether a mention gives, in another report within a week, the very sum of a claim in the
    national currency of the claim's giver (`HOME_COUNTRY`: "CZK 160 billion" of the Czech
    Republic's), whatever other giver was read for it: only that country pays in its crown or
    złoty, and the outlet's giver is a misreading (a country named near the figure). Not the
    other way round: a giver read for a sum in another country's currency keeps its claim."""
    return (
        not part
        and mention.foreign_money
        and HOME_COUNTRY.get(mention.unit) == cluster.donor
        and _retold(other, mention)
    )


def _kind_gives_way(cluster: _Cluster, other: Mention, mention: Mention) -> bool:
    """Whether a mention may join a claim of another kind of aid (2026.11.15): one of the two
    kinds was read from the text around its figure, not its own sentence (a guess), the other
    in its sentence or around its figure too (2026.11.17), and the mention gives the claim's
    very figure (amount and currency; its qualifier may bound it, "more than €2 billion", as
    long as the amounts agree) in another report, within a week of it. Not when the claim's
    kind is contradicted by a part of it read in its own sentence ("€1.5 billion" read as
    financial aid, "Of this amount, €1.4 billion ... to finance air defence"): no reading is
    better than the guess then. Two kinds both read in their sentences: `_one_package_retold`."""
    if not (mention.kind_weak or cluster.specific_weak) and _one_package_retold(
        cluster, other, mention
    ):
        return True
    # 2026.11.17: both kinds read from context are two guesses, which say nothing either
    if not (mention.kind_weak or cluster.specific_weak) or (
        mention.kind_weak and cluster.kind_doubted
    ):
        return False
    return _retold(other, mention)


def _one_package_retold(cluster: _Cluster, other: Mention, mention: Mention) -> bool:
    """Whether a mention whose kind of aid its own sentence gives, another than the claim's (read
    in its figure's sentence too), still retells the claim's package: the claim's very figure,
    exact and of two or more significant digits ("€2.1 billion", not "€10 million"), of one giver
    (however each report read it, as for a kind read from context) and the year both give (or
    one leaves unsaid, not read from context), in another report within a week: one news event,
    as for a year (`_same_figure_within_event`). Outlets name one package by its money or by its
    purpose ("a second tranche of €2.1 billion" of windfall profits, read as financial aid, "to
    buy arms"). A round sum says too little: one giver sends it for two purposes."""
    return (
        mention.donor is not None
        and donor_family(cluster.donor) == donor_family(mention.donor)
        and not mention.period_weak
        and _same_or_unsaid(cluster.period, mention.period)
        and _same_figure_within_event(other, mention)
    )


def _filed(cluster: _Cluster) -> str | None:
    """The giver family a claim is indexed under: None while its giver is unnamed or a guess,
    which a mention of any giver may then join."""
    return None if cluster.giver_guessed else donor_family(cluster.donor)


def _names_another(cluster: _Cluster, mention: Mention) -> bool:
    """Whether the mention names a giver, another than the claim's guess."""
    return (
        cluster.giver_guessed
        and not mention.guessed_giver
        and mention.donor is not None
        and donor_family(mention.donor) != donor_family(cluster.donor)
        and not holds_giver(mention.donor, cluster.donor)
    )


# Qualifiers of a figure as given, not a bound: "about 170 billion yen" is the figure of
# "170 billion yen", rounded by neither.
_FIGURE_AS_GIVEN = frozenset({"exact", "approx"})


def _same_figure_within_event(other: Mention, mention: Mention) -> bool:
    """Whether a mention gives the very figure of another report's, of two or more significant
    digits, exact in one of the two (the other may say "about" it: "the first, worth 170 billion
    yen" and "of approximately 170 billion yen"), within a week of it: one news event, however
    each outlet dated it. In one report, two years read in the figures' own sentences are two
    facts."""
    return (
        _retold(other, mention)
        and "exact" in (other.qualifier, mention.qualifier)
        and {other.qualifier, mention.qualifier} <= _FIGURE_AS_GIVEN
        and significant_digits(other.value) >= EVENT_DIGITS
    )


def _retold(other: Mention, mention: Mention) -> bool:
    """Whether a mention gives the sum of another report's figure (amount and currency, whatever
    the qualifiers) within a week of it: the same news event told by another outlet."""
    return (
        other.document_id != mention.document_id
        and (other.value, other.unit) == (mention.value, mention.unit)
        and _within(other.published, mention.published, _SAME_EVENT_DAYS)
    )


def _two_shares_apart(other: Mention, mention: Mention) -> bool:
    """Whether two exact shares given to different precision ("4.8%", "4.81%"), which
    `rules.amounts_agree` lets agree when the finer rounds to the coarser, are two figures: in
    one report (it gives a share once, to the precision it has), or in reports more than two
    weeks apart (a share is given anew each year, and next year's may round to this year's).
    Within two weeks, an outlet rounds the share another report of the news event gave, or a
    weekly roundup does the week after (2026.11.22; a week in 2026.11.21)."""
    return (
        mention.unit == other.unit == "percent"
        and mention.qualifier == other.qualifier == "exact"
        and mention.value != other.value
        and (
            other.document_id == mention.document_id
            or not _within(other.published, mention.published, _SHARE_ROUNDED_DAYS)
        )
    )


def _within(a: datetime.date | None, b: datetime.date | None, days: int) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= days


def _givers_told_apart(cluster: _Cluster, mention: Mention) -> bool:
    """Whether the text gives the claim's giver and the mention's, which differ and were read
    from context, to two figures of one amount: the claim's stating document names the
    mention's giver for another of its figures ("Belgium ... €100 million. Portugal matched it
    with €100 million"), or the mention's document names the claim's."""
    return donor_family(mention.donor) in _families(cluster.anchor.other_givers) or donor_family(
        cluster.donor
    ) in _families(mention.other_givers)


def _years_told_apart(cluster: _Cluster, part: Mention | None, mention: Mention) -> bool:
    """Whether the text gives the claim's year and the mention's to two figures of one amount
    ("20 Millionen Euro" for 2025, and for 2024 "20 Millionen Euro"), in the claim's stating
    document or in the mention's: the year then tells them apart, even when read from context.
    A mention compared with a part of the claim is compared with that part's figure, not the
    whole's: "ISK 1.5 billion in 2025, matching the ISK 1.5 billion provided in 2024" tells the
    two packages apart, not their parts."""
    figure, period = (part, part.period) if part is not None else (cluster.anchor, cluster.period)
    return (mention.period is not None and mention.period in figure.other_years) or (
        period is not None and period in mention.other_years
    )


def _families(givers: frozenset[str]) -> set[str | None]:
    return {donor_family(giver) for giver in givers}


def _read_kind(mention: Mention) -> list[str]:
    """Its kind of aid, if specific and read in its figure's own sentence."""
    kind = _specific(mention)
    return [kind] if kind is not None and not mention.kind_weak else []


def _most_read(kinds: Sequence[str]) -> str:
    """A claim's kind of aid when its reports read several in their figures' own sentences (one
    package told by its money and by its purpose, `_one_package_retold`): the one most of them
    read, one outlet's reading outvoted; of two as often read, a purpose (military,
    humanitarian aid) over financial aid, the money's form, then the first read. Its category
    is the first of that kind's readings."""
    count = Counter(category_group(kind) for kind in kinds)
    first: dict[str, int] = {}
    for index, kind in enumerate(kinds):
        first.setdefault(category_group(kind), index)
    group = max(count, key=lambda g: (count[g], g != MEANS_OF_AID, -first[g]))
    return kinds[first[group]]


def _specific(mention: Mention) -> str | None:
    """Its kind of aid if specific (military, financial, humanitarian aid), else None."""
    kind = mention.claim_category
    return None if kind == UNSPECIFIC_AID else kind


def _same_or_unsaid(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _drafts(clusters: list[_Cluster]) -> list[ClaimDraft]:
    # Two claims of one giver that disagree on a running total, a target, a budget or a share are
    # a conflict: such a fact has one value per giver, period and category group (total support
    # since 2022 and military aid since 2022 are two facts). Increments are not: a giver sends
    # several packages a year.
    per_giver: dict[tuple[str | None, str | None, str], int] = {}
    for cluster in clusters:
        if cluster.adopted:  # a part now: no figure of its own to disagree with
            continue
        giver = _conflict_key(cluster)
        per_giver[giver] = per_giver.get(giver, 0) + 1
    drafts = []
    for cluster in clusters:
        seed = cluster.seed
        if cluster.adopted or (seed is not None and not cluster.members and not seed.changed):
            continue
        anchor = cluster.anchor
        conflict = (
            anchor.block.kind != Kind.INCREMENT
            and cluster.donor is not None
            and cluster.period is not None
            and per_giver[_conflict_key(cluster)] > 1
        )
        drafts.append(
            ClaimDraft(
                key=seed.key
                if seed
                else f"{anchor.block.text()}|{anchor.document_id}:{anchor.start}",
                block=anchor.block,
                donor=cluster.donor,
                recipient=cluster.recipient,
                period=cluster.period,
                category=cluster.category,
                value=anchor.value,
                unit=anchor.unit,
                qualifier=anchor.qualifier,
                value_eur=anchor.value_eur,
                members=tuple(cluster.members),
                conflict=conflict,
                giver_guessed=cluster.giver_guessed,
                seeded=seed is not None,
                earlier_mentions=seed.mentions if seed else 0,
                earlier_documents=seed.documents if seed else 0,
                reported=anchor.published.year if anchor.published else None,
            )
        )
    return drafts


def _conflict_key(cluster: _Cluster) -> tuple[str | None, str | None, str]:
    return (donor_family(cluster.donor), cluster.period, category_group(cluster.category))
