"""Claims: the reconcile stage's reads and writes, and the ledger's answers (claims, totals).

The stage works per block (category group and kind): it locks the blocks a
document touches (advisory locks, in order), rewrites the document's mentions, and replaces each
block's claims by the ones computed from all of the block's mentions. A claim keeps its id while
its stating mention stays the same (its `key`).
"""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from shared.db import Connection
from shared.models import UNSPECIFIC_AID, ClaimBlock, block_family, category_group
from shared.store import row, rows, scalar


@dataclass(frozen=True, slots=True)
class BlockMention:
    """A mention of a block with its figure's values, as the clustering needs them."""

    document_id: int
    document_key: str  # its text_sha256, the clustering's order within a day
    start: int
    end: int
    published: datetime.date | None
    value: Decimal
    unit: str
    qualifier: str
    value_eur: Decimal | None
    category: str
    group: str  # its own category group (`rules.claim_group`), within the block's family
    donor: str | None
    recipient: str | None  # as the reconciler read it (the document's receiver when unsaid)
    period: str | None
    link: str | None
    link_start: int | None
    claim_id: int | None  # where it stands now
    relation: str | None
    donor_source: str | None  # where the extractor read the giver (its `attribution`)
    year_source: str | None  # and the year
    category_source: str | None  # and the kind of aid
    words_before: str  # its sentence's last words before it (`rules.words_before`)
    # Givers and years its document names in their own sentences for other aid figures of the
    # same amount (`mentions._NamedInText`).
    other_givers: list[str]
    other_years: list[str]
    giver_named: bool  # its document names its giver before it: in its text, or another figure's
    # own sentence

    @property
    def place(self) -> tuple[int, int, int]:
        return (self.document_id, self.start, self.end)


@dataclass(frozen=True, slots=True)
class MentionRow:
    """A mention to store: its place, its block and own category group, receiver and period,
    and how it links to a figure before it."""

    start: int
    end: int
    block: ClaimBlock
    group: str  # stored as its `category_group`: the block is its family
    recipient: str | None
    period: str | None
    link: str | None
    link_start: int | None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim to store, with its mentions' places and relations."""

    key: str
    block: ClaimBlock
    donor: str | None
    giver: str | None  # the donor's family
    recipient: str | None
    period: str | None
    category: str
    year: int | None
    value: Decimal
    unit: str
    qualifier: str
    value_eur: Decimal | None
    mentions: int
    documents: int
    conflict: bool
    giver_guessed: bool  # a guess that a mention naming another giver may replace
    members: Sequence[tuple[int, int, int, str]]  # (document_id, start, end, relation)
    # A stored claim that `members` join: `mentions` and `documents` are then what they add.
    seeded: bool = False


def document_blocks(conn: Connection, document_id: int) -> list[ClaimBlock]:
    """The blocks a document's stored mentions are in (before it is reconciled again)."""
    stored = rows(
        conn,
        ClaimBlock,
        """
        SELECT DISTINCT category_group, kind FROM claim_mentions
        WHERE document_id = %s
        """,
        (document_id,),
    )
    return sorted({ClaimBlock(block_family(b.category_group), b.kind) for b in stored})


def lock_blocks(conn: Connection, blocks: Iterable[ClaimBlock]) -> None:
    """Serialize the reconciliations that touch a block; sorted, so two never deadlock."""
    for block in sorted(set(blocks), key=ClaimBlock.text):
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (block.text(),))


def replace_document_mentions(
    conn: Connection,
    document_id: int,
    published: datetime.date | None,
    mentions: Sequence[MentionRow],
) -> None:
    conn.execute("DELETE FROM claim_mentions WHERE document_id = %s", (document_id,))
    with conn.cursor() as cur:
        cur.executemany(
            """
            INSERT INTO claim_mentions (document_id, start_offset, end_offset, recipient,
                                        category_group, kind, period, published, link,
                                        link_start)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
            """,
            [
                (
                    document_id,
                    m.start,
                    m.end,
                    m.recipient or "",
                    m.group,
                    m.block.kind,
                    m.period,
                    published,
                    m.link,
                    m.link_start,
                )
                for m in mentions
            ],
        )


# Where the extractor read a giver when not in the figure's own sentence (its `attribution`).
WEAK_SOURCES = ("context", "document")
# Group nouns that name no giver in particular: read from context ("Ministers met ...; the first,
# €20 million, ...") they stand for the passage, not for the giver of the figure.
UNSPECIFIC_GIVERS = ("donor countries", "European countries", "Western partners")
# A figure's giver as the reconciler reads it (`rules.named_giver`): none for such a group noun
# read from context.
_GIVER = f"""CASE WHEN f.donor IN ({", ".join(f"'{g}'" for g in UNSPECIFIC_GIVERS)})
                    AND f.attribution ->> 'donor' IN ({", ".join(f"'{s}'" for s in WEAK_SOURCES)})
               THEN NULL ELSE f.donor END"""
# A figure's sentence's last words before its surface, as `rules.words_before` reads them (the
# reconciler's module is not imported here: the store serves it).
_WORDS_BEFORE = """right(left(f.sentence, greatest(strpos(f.sentence, f.surface) - 1, 0)), 80)
               AS words_before"""
# The country of a currency, and the words that name it (case-insensitive regular expressions).
# An outlet gives a figure in its readers' currency ("Das entspricht rund 7,7 Milliarden Franken",
# "$8.7 billion" in a US paper), and the extractor may read that country as the giver: a giver
# that is only its figure's currency's country, unnamed in the words before it, is a guess
# (`services.reconciler.rules.giver_from_currency`; in SQL, `_currency_giver`).
CURRENCY_COUNTRIES: dict[str, tuple[str, str]] = {
    "CHF": ("Switzerland", r"Switzerland|Swiss|Schweiz|Suisse|Bern\b|Bundesrat"),
    "SEK": ("Sweden", r"Swed|Schwed|Suède|suédois|Stockholm"),
    "NOK": ("Norway", r"Norw|Norweg|Norvège|Oslo"),
    "USD": ("United States", r"United States|U\.S\.|\bUS\b|Americ|Washington|Pentagon|USA"),
    "GBP": ("United Kingdom", r"United Kingdom|\bUK\b|Brit|London|Großbritannien|Royaume"),
    "CAD": ("Canada", r"Canad|Kanad|Ottawa"),
}


def _currency_giver(alias: str) -> str:
    """SQL: whether figure `alias`'s giver is only its currency's country, as
    `rules.giver_from_currency` reads it from the words before it (`rules.words_before`)."""
    words = (
        f"right(left({alias}.sentence, greatest(strpos({alias}.sentence, {alias}.surface) - 1, 0)),"
        " 80)"
    )
    cases = " ".join(
        f"WHEN '{unit}' THEN {alias}.donor = '{country}' AND {words} !~* "
        f"'{pattern.replace(chr(92) + 'b', chr(92) + 'y')}'"
        for unit, (country, pattern) in CURRENCY_COUNTRIES.items()
    )
    return f"coalesce(CASE {alias}.unit {cases} ELSE false END, false)"


# The givers and years a document names, in the figures' own sentences (an attribution that is
# not context or document), for its other aid figures of the same amount as a mention's, as
# `services.reconciler.mentions._NamedInText` reads them.
_WEAK = "IN ({})".format(", ".join(f"'{source}'" for source in WEAK_SOURCES))
_NAMED = "NOT IN ({})".format(", ".join(f"'{source}'" for source in WEAK_SOURCES))
_OTHER_FIGURES = """FROM figures o
                 WHERE o.document_id = f.document_id AND o.start_offset <> f.start_offset
                   AND o.aid_related"""
_EQUAL_FIGURES = f"{_OTHER_FIGURES} AND o.value = f.value AND o.unit = f.unit"
# ... and for the givers, its other figures of the same digits, both shares or both sums in
# any currency (`_NamedInText._by_digits`; the unit is never null)
_SAME_DIGITS = (
    f"{_OTHER_FIGURES} AND o.value = f.value AND (o.unit = 'percent') = (f.unit = 'percent')"
)
_CONTRASTS = f"""
               ARRAY(SELECT DISTINCT o.donor {_SAME_DIGITS}
                       AND o.donor IS NOT NULL AND o.attribution ->> 'donor' {_NAMED})
               AS other_givers,
               ARRAY(SELECT DISTINCT o.year::text {_EQUAL_FIGURES}
                       AND o.donor IS NOT DISTINCT FROM f.donor
                       AND o.year IS NOT NULL AND o.attribution ->> 'year' {_NAMED})
               AS other_years,
               (coalesce(strpos(left(d.text, f.start_offset), f.donor) > 0, false)
                OR EXISTS(SELECT 1 {_OTHER_FIGURES} AND o.start_offset < f.start_offset
                          AND o.donor = f.donor AND o.attribution ->> 'donor' {_NAMED}
                          AND NOT {_currency_giver("o")}))
               AS giver_named"""  # noqa: S608 (constant expressions)
# A mention with its figure, as the clustering reads it (`BlockMention`), and the joins that
# give them (a mention whose figure is gone is left out).
_MENTION_COLUMNS = f"""
               m.document_id, d.text_sha256 AS document_key, m.start_offset AS start,
               m.end_offset AS "end", m.published,
               f.value, f.unit, f.qualifier, f.value_eur, f.category,
               m.category_group AS "group", {_GIVER} AS donor,
               nullif(m.recipient, '') AS recipient, m.period,
               m.link, m.link_start, m.claim_id, m.relation,
               f.attribution ->> 'donor' AS donor_source,
               f.attribution ->> 'year' AS year_source,
               f.attribution ->> 'category' AS category_source, {_WORDS_BEFORE}, {_CONTRASTS}
"""
_MENTION_JOINS = """
        JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
                      AND f.end_offset = m.end_offset
        JOIN documents d ON d.id = m.document_id
"""
_BLOCK_MENTIONS = f"SELECT {_MENTION_COLUMNS} FROM claim_mentions m {_MENTION_JOINS}"  # noqa: S608


def block_mentions(conn: Connection, block: ClaimBlock) -> list[BlockMention]:
    """Every mention of a block, with its figure (a mention whose figure is gone is left out)."""
    return rows(
        conn,
        BlockMention,
        _BLOCK_MENTIONS
        + """
        WHERE m.category_group = ANY(%s) AND m.kind = %s
        """,
        (block.groups, block.kind),
    )


# A mention's place in the clustering's order, as SQL (undated documents last, as date.max is;
# document keys compared bytewise, as Python compares them).
_ORDER = """(coalesce(m.published, DATE '9999-12-31'), d.text_sha256 COLLATE "C")"""

Since = tuple[datetime.date, str]  # (publication date, document key): a place in that order


def mentions_since(conn: Connection, block: ClaimBlock, since: Since) -> list[BlockMention]:
    """The block's mentions from `since` on (documents at or after it, in the clustering's
    order), with their figures, in that order."""
    day, key = since
    return rows(
        conn,
        BlockMention,
        _BLOCK_MENTIONS
        + f"""
        WHERE m.category_group = ANY(%(groups)s) AND m.kind = %(kind)s
          -- the two ranges of claim_mentions_latest_idx: dated from `day` on, and undated
          AND ((m.published IS NULL) = false AND m.published >= %(day)s
               OR (m.published IS NULL) = true)
          AND {_ORDER} >= (%(day)s, %(key)s)
        ORDER BY {_ORDER}, m.start_offset
        """,
        {
            "groups": block.groups,
            "kind": block.kind,
            "day": day,
            "key": key,
        },
    )


def mentions_in_reach_before(
    conn: Connection,
    block: ClaimBlock,
    day: datetime.date,
    before: Since,
    low: Decimal,
    high: Decimal,
) -> list[BlockMention]:
    """The block's mentions dated from `day` on and placed before `before`, whose amount (EUR,
    or percentage points) lies in [low, high], in the clustering's order: the figures a part
    may take (`tasks._before_adoptions`)."""
    return rows(
        conn,
        BlockMention,
        _BLOCK_MENTIONS
        + f"""
        WHERE m.category_group = ANY(%(groups)s) AND m.kind = %(kind)s
          AND (m.published IS NULL) = false AND m.published >= %(day)s
          AND {_ORDER} < (%(before_day)s, %(before_key)s)
          AND (CASE WHEN f.unit = 'percent' THEN f.value ELSE f.value_eur END)
              BETWEEN %(low)s AND %(high)s
        ORDER BY {_ORDER}, m.start_offset
        """,
        {
            "groups": block.groups,
            "kind": block.kind,
            "day": day,
            "before_day": before[0],
            "before_key": before[1],
            "low": low,
            "high": high,
        },
    )


@dataclass(frozen=True, slots=True)
class _Place:
    published: datetime.date
    document_key: str


def first_part_between(
    conn: Connection, claim_ids: Sequence[int], day: datetime.date, before: Since
) -> Since | None:
    """The place of the first part of these claims dated from `day` on and placed before
    `before`, if any: a part a document reconciled again may have made theirs
    (`tasks._before_adoptions`)."""
    found = row(
        conn,
        _Place,
        f"""
        SELECT m.published, d.text_sha256 AS document_key
        FROM claim_mentions m JOIN documents d ON d.id = m.document_id
        WHERE m.claim_id = ANY(%(ids)s) AND m.relation = 'part_of'
          AND (m.published IS NULL) = false AND m.published >= %(day)s
          AND {_ORDER} < (%(before_day)s, %(before_key)s)
        ORDER BY {_ORDER}
        LIMIT 1
        """,  # noqa: S608 (constant expressions)
        {"ids": list(claim_ids), "day": day, "before_day": before[0], "before_key": before[1]},
    )
    return None if found is None else (found.published, found.document_key)


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a document's mentions stood before it is reconciled again: the claims they were
    mentions of (and how many of each), and the earliest date (undated: date.max) they were
    published on."""

    claim_ids: list[int]
    counts: list[int]
    earliest: datetime.date | None

    def held(self) -> dict[int, int]:
        return dict(zip(self.claim_ids, self.counts, strict=True))


def document_standing(conn: Connection, document_id: int) -> Standing:
    found = row(
        conn,
        Standing,
        """
        SELECT coalesce(array_agg(claim_id ORDER BY claim_id)
                            FILTER (WHERE claim_id IS NOT NULL), '{}') AS claim_ids,
               coalesce(array_agg(n ORDER BY claim_id)
                            FILTER (WHERE claim_id IS NOT NULL), '{}') AS counts,
               min(earliest) AS earliest
        FROM (
            SELECT claim_id, count(*) AS n,
                   min(coalesce(published, DATE '9999-12-31')) AS earliest
            FROM claim_mentions WHERE document_id = %s GROUP BY claim_id
        ) held
        """,
        (document_id,),
    )
    assert found is not None
    return found


@dataclass(frozen=True, slots=True)
class Window:
    """What a mention can join: claims whose amount (EUR, or percentage points), or one of whose
    parts', lies in [low, high], and whose giver, receiver and period are its own or unsaid
    (either side), unless the amount is the very same `value` (a precise figure joins whatever
    the year read). A cumulative block's periods are not compared (a year and a range can
    agree). Its category group (of aid) is the claim's, or a part's, or one of the two is
    unqualified aid (`rules.categories_compatible`). A superset of the claims the clustering can
    choose is enough: it decides."""

    low: Decimal
    high: Decimal
    giver: str | None
    recipient: str | None
    period: str | None
    value: Decimal
    group: str  # the mention's own category group


def claims_near(conn: Connection, block: ClaimBlock, windows: Sequence[Window]) -> list[int]:
    """Claims of a block in reach of one of the windows, as they stand now; a claim whose giver
    is a guess is in reach of every giver (a named one may replace it)."""
    found = rows(
        conn,
        _Id,
        """
        WITH w AS (
            SELECT * FROM unnest(%(lows)s::numeric[], %(highs)s::numeric[], %(givers)s::text[],
                                 %(recipients)s::text[], %(periods)s::text[],
                                 %(values)s::numeric[], %(window_groups)s::text[])
                AS w(low, high, giver, recipient, period, value, "group")
        ), near AS (
            SELECT w.*, c.id, CASE WHEN c.giver_guessed THEN NULL ELSE c.giver END AS c_giver,
                   c.recipient AS c_recipient,
                   c.period AS c_period, c.value AS c_value, c.category_group AS c_group
            FROM w CROSS JOIN LATERAL (
                -- one range of claims_block_idx per window (percentages are shares, EUR the rest)
                SELECT * FROM claims c
                WHERE c.category_group = ANY(%(groups)s) AND c.kind = %(kind)s
                  AND c.unit <> 'percent'
                  AND c.value_eur BETWEEN w.low AND w.high
                UNION ALL
                SELECT * FROM claims c
                WHERE %(kind)s = 'share' AND c.category_group = ANY(%(groups)s)
                  AND c.kind = %(kind)s
                  AND c.unit = 'percent' AND c.value BETWEEN w.low AND w.high
            ) c
            UNION ALL
            SELECT w.*, c.id, CASE WHEN c.giver_guessed THEN NULL ELSE c.giver END,
                   c.recipient, c.period, f.value, m.category_group
            FROM claim_mentions m
            JOIN claims c ON c.id = m.claim_id
            JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
                          AND f.end_offset = m.end_offset
            JOIN w ON (CASE WHEN f.unit = 'percent' THEN f.value ELSE f.value_eur END)
                      BETWEEN w.low AND w.high
            WHERE m.category_group = ANY(%(groups)s) AND m.kind = %(kind)s
              AND m.relation = 'part_of'
        )
        SELECT DISTINCT id FROM near
        WHERE (giver IS NULL OR c_giver IS NULL OR c_giver = giver)
          AND (recipient IS NULL OR c_recipient IS NULL OR c_recipient = recipient)
          AND (%(kind)s = 'cumulative' OR period IS NULL OR c_period IS NULL
               OR c_period = period OR c_value = value)
          -- another kind of aid only for the claim's very figure (`clustering._kind_gives_way`)
          AND ("group" = c_group OR %(unspecific)s IN ("group", c_group) OR c_value = value)
        """,
        {
            "lows": [w.low for w in windows],
            "highs": [w.high for w in windows],
            "givers": [w.giver for w in windows],
            "recipients": [w.recipient for w in windows],
            "periods": [w.period for w in windows],
            "values": [w.value for w in windows],
            "window_groups": [w.group for w in windows],
            "unspecific": UNSPECIFIC_AID,
            "groups": block.groups,
            "kind": block.kind,
        },
    )
    return [r.id for r in found]


# What a stored claim must match to be left as it is.
_COMPARED = (
    "donor", "giver", "recipient", "period", "category", "year", "value", "unit", "qualifier",
    "value_eur", "mentions", "documents", "conflict",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _StoredClaim:
    id: int
    key: str
    donor: str | None
    giver: str | None
    recipient: str | None
    period: str | None
    category: str
    year: int | None
    value: Decimal
    unit: str
    qualifier: str
    value_eur: Decimal | None
    mentions: int
    documents: int
    conflict: bool
    reconciler_version: str

    def same_as(self, claim: ClaimRow, version: str) -> bool:
        return self.reconciler_version == version and all(
            getattr(self, name) == getattr(claim, name) for name in _COMPARED
        )


def replace_block_claims(
    conn: Connection,
    block: ClaimBlock,
    claims: Sequence[ClaimRow],
    version: str,
    mentions: Sequence[BlockMention],
) -> None:
    """Make the block's claims these: upserted by key (ids kept), the others deleted. Only what
    changed is written. The block's stored mentions left out of `mentions` (their figure is
    gone: extracted again, not yet reconciled) are linked to no claim."""
    where = {"groups": block.groups, "kind": block.kind}
    stored = {
        c.key: c
        for c in rows(
            conn,
            _StoredClaim,
            f"""
            SELECT {", ".join(_StoredClaim.__dataclass_fields__)} FROM claims
            WHERE category_group = ANY(%(groups)s) AND kind = %(kind)s
            """,  # noqa: S608 (constant columns)
            where,
        )
    }
    wanted = {claim.key for claim in claims}
    gone = [c.id for key, c in stored.items() if key not in wanted]
    if gone:
        conn.execute("DELETE FROM claims WHERE id = ANY(%s)", (gone,))
    links = {m.place: m for m in mentions}  # where each mention of the block stands now
    changed_links = []
    for claim in claims:
        known = stored.get(claim.key)
        claim_id = (
            known.id
            if known and known.same_as(claim, version)
            else _upsert(conn, block, claim, version)
        )
        for doc, start, end, relation in claim.members:
            link = links.get((doc, start, end))
            if link is None or (link.claim_id, link.relation) != (claim_id, relation):
                changed_links.append((claim_id, relation, doc, start, end))
    with conn.cursor() as cur:
        cur.executemany(
            """
            UPDATE claim_mentions SET claim_id = %s, relation = %s
            WHERE document_id = %s AND start_offset = %s AND end_offset = %s
            """,
            changed_links,
        )
    conn.execute(
        """
        UPDATE claim_mentions m SET claim_id = NULL, relation = NULL
        WHERE m.category_group = ANY(%(groups)s) AND m.kind = %(kind)s AND m.claim_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.document_id = m.document_id
                          AND f.start_offset = m.start_offset AND f.end_offset = m.end_offset)
        """,
        where,
    )


def _upsert(conn: Connection, block: ClaimBlock, claim: ClaimRow, version: str) -> int:
    found = row(
        conn,
        _Id,
        """
        INSERT INTO claims (key, recipient, category_group, kind, period, year, donor, giver,
                            category, value, unit, qualifier, value_eur, mentions, documents,
                            conflict, giver_guessed, reconciler_version)
        VALUES (%(key)s, %(recipient)s, %(group)s, %(kind)s, %(period)s, %(year)s,
                %(donor)s, %(giver)s, %(category)s, %(value)s, %(unit)s, %(qualifier)s,
                %(value_eur)s,
                %(mentions)s, %(documents)s, %(conflict)s, %(giver_guessed)s, %(version)s)
        ON CONFLICT (key) DO UPDATE SET
            donor = EXCLUDED.donor, giver = EXCLUDED.giver, recipient = EXCLUDED.recipient,
            giver_guessed = EXCLUDED.giver_guessed,
            period = EXCLUDED.period,
            category = EXCLUDED.category, category_group = EXCLUDED.category_group,
            year = EXCLUDED.year, value = EXCLUDED.value, unit = EXCLUDED.unit,
            qualifier = EXCLUDED.qualifier, value_eur = EXCLUDED.value_eur,
            mentions = EXCLUDED.mentions, documents = EXCLUDED.documents,
            conflict = EXCLUDED.conflict, reconciler_version = EXCLUDED.reconciler_version,
            updated_at = now()
        RETURNING id
        """,
        {
            "key": claim.key,
            "recipient": claim.recipient,
            "group": category_group(claim.category),
            "kind": block.kind,
            "period": claim.period,
            "year": claim.year,
            "donor": claim.donor,
            "giver": claim.giver,
            "category": claim.category,
            "value": claim.value,
            "unit": claim.unit,
            "qualifier": claim.qualifier,
            "value_eur": claim.value_eur,
            "mentions": claim.mentions,
            "documents": claim.documents,
            "conflict": claim.conflict,
            "giver_guessed": claim.giver_guessed,
            "version": version,
        },
    )
    assert found is not None
    return found.id


@dataclass(frozen=True, slots=True)
class ClaimSoFar:
    """A stored claim, and its giver, receiver and period as they stood when the block's
    mentions before a place were clustered: the first its mentions from before it named."""

    id: int
    key: str
    giver: str | None  # as stored now, before the block is brought up to date
    mentions: int  # as stored now
    documents: int
    donor: str | None
    recipient: str | None
    period: str | None
    # The mention (not a part) that gave it its kind of aid before the place, if any: the first
    # one whose kind was read in its own sentence, else the first (`_Cluster.specific`). Its
    # figure's category, its own category group, where the kind was read, and its document.
    kind_category: str | None
    kind_group: str | None
    kind_source: str | None
    kind_document: int | None
    # The figures' categories and own groups of its mentions (not parts) whose kind was read in
    # their own sentences before the place, in order (`clustering._Cluster.kinds`).
    kind_categories: list[str]
    kind_groups: list[str]


# The stating mention of a claim `c`, found by its place, which the claim's key ends with.
_STATING = """
    m.document_id = split_part(split_part(c.key, '|', -1), ':', 1)::bigint
    AND m.start_offset = split_part(split_part(c.key, '|', -1), ':', 2)::integer
    AND m.claim_id = c.id AND m.relation = 'states'
"""


def _named_before(claim: str, field: str, since: str) -> str:
    """SQL: whether a mention of `claim` before `since` names `field` (a figure's `f.`, or a
    mention's `m.` column), so that the claim's value of it stood as it stands."""
    return f"""EXISTS (
        SELECT 1 FROM claim_mentions m
        JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
                      AND f.end_offset = m.end_offset
        JOIN documents d ON d.id = m.document_id
        WHERE m.claim_id = {claim}.id AND {field} AND {_ORDER} < {since})"""  # noqa: S608


def claims_so_far(
    conn: Connection,
    block: ClaimBlock,
    claim_ids: Sequence[int],
    held: Sequence[int],
    since: Since,
) -> tuple[list[ClaimSoFar], list[BlockMention]]:
    """These claims of the block, with their giver, receiver and period as they stood before
    `since`, and their stating mentions and parts from before it, in the clustering's order.
    Only the `held` claims (which hold mentions from `since` on) can have stood otherwise than
    they stand now; a value stands if a mention before `since` named one (the first naming
    mention gives it). Mentions whose figure is gone are left out, as a rebuild leaves them."""
    params = {
        "ids": list(claim_ids),
        "held": list(held),
        "day": since[0],
        "key": since[1],
        "groups": block.groups,
        "kind": block.kind,
    }
    at = "(%(day)s, %(key)s)"
    donor = _named_before("c", f"({_GIVER}) IS NOT NULL", at)
    # a guessed giver replaced by a named one (`clustering._Cluster.add`): by the first mention
    # that named it, not a part, neither read from context nor from its currency alone
    replaced = _named_before(
        "c",
        f"({_GIVER}) = c.donor AND m.relation <> 'part_of' "
        f"AND coalesce(f.attribution ->> 'donor', '') {_NAMED} AND NOT {_currency_giver('f')}",
        at,
    )
    recipient = _named_before("c", "m.recipient <> ''", at)
    period = _named_before("c", "m.period IS NOT NULL AND m.relation <> 'part_of'", at)
    standing = rows(
        conn,
        ClaimSoFar,
        f"""
        SELECT c.id, c.key, c.giver, c.mentions, c.documents,
               CASE WHEN NOT k.held OR c.donor IS NULL OR a.donor = c.donor THEN c.donor
                    WHEN a.donor IS NOT NULL THEN CASE WHEN {replaced} THEN c.donor
                                                       ELSE a.donor END
                    WHEN {donor} THEN c.donor END AS donor,
               CASE WHEN NOT k.held OR c.recipient IS NULL OR a.recipient <> '' THEN c.recipient
                    WHEN {recipient} THEN c.recipient END AS recipient,
               CASE WHEN NOT k.held OR c.period IS NULL OR a.period IS NOT NULL THEN c.period
                    WHEN {period} THEN c.period END AS period,
               s.kind_category, s.kind_group, s.kind_source, s.kind_document,
               r.kind_categories, r.kind_groups
        FROM claims c
        CROSS JOIN LATERAL (SELECT c.id = ANY(%(held)s) AS held) k
        LEFT JOIN LATERAL (
            SELECT {_GIVER} AS donor, m.recipient, m.period, m.category_group
            FROM claim_mentions m
            JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
                          AND f.end_offset = m.end_offset
            WHERE {_STATING}
        ) a ON true
        LEFT JOIN LATERAL (
            -- a mention's category is unspecific exactly when its own group is (`claim_category`)
            SELECT f.category AS kind_category, m.category_group AS kind_group,
                   f.attribution ->> 'category' AS kind_source, m.document_id AS kind_document
            FROM claim_mentions m
            JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
                          AND f.end_offset = m.end_offset
            JOIN documents d ON d.id = m.document_id
            WHERE m.claim_id = c.id AND m.relation <> 'part_of'
              AND m.category_group <> '{UNSPECIFIC_AID}' AND {_ORDER} < {at}
            ORDER BY coalesce(f.attribution ->> 'category' {_WEAK}, false), {_ORDER},
                     m.start_offset
            LIMIT 1
        ) s ON true
        LEFT JOIN LATERAL (
            -- the kinds its mentions (not parts) read in their own sentences, in order
            -- (`clustering._Cluster.kinds`)
            SELECT coalesce(array_agg(f.category ORDER BY {_ORDER}, m.start_offset), '{{}}')
                       AS kind_categories,
                   coalesce(array_agg(m.category_group ORDER BY {_ORDER}, m.start_offset), '{{}}')
                       AS kind_groups
            FROM claim_mentions m
            JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
                          AND f.end_offset = m.end_offset
            JOIN documents d ON d.id = m.document_id
            WHERE m.claim_id = c.id AND m.relation <> 'part_of'
              AND m.category_group <> '{UNSPECIFIC_AID}' AND {_ORDER} < {at}
              AND NOT coalesce(f.attribution ->> 'category' {_WEAK}, false)
        ) r ON true
        WHERE c.id = ANY(%(ids)s) AND c.category_group = ANY(%(groups)s) AND c.kind = %(kind)s
        ORDER BY c.id
        """,  # noqa: S608 (constant expressions)
        params,
    )
    anchors = rows(
        conn,
        BlockMention,
        f"""
        SELECT {_MENTION_COLUMNS}
        FROM claims c JOIN claim_mentions m ON {_STATING} {_MENTION_JOINS}
        WHERE c.id = ANY(%(ids)s) AND {_ORDER} < {at}
        UNION ALL
        SELECT {_MENTION_COLUMNS} FROM claim_mentions m {_MENTION_JOINS}
        WHERE m.category_group = ANY(%(groups)s) AND m.kind = %(kind)s AND m.relation = 'part_of'
          AND m.claim_id = ANY(%(ids)s) AND {_ORDER} < {at}
        """,  # noqa: S608 (constant expressions)
        params,
    )
    return standing, anchors


def refold_claims(
    conn: Connection,
    claims: Sequence[ClaimRow],
    dropped: Sequence[ClaimSoFar],
    refolded: Sequence[BlockMention],
    version: str,
) -> None:
    """Store a block brought up to date from a place on: the claims the mentions from there on
    make or join (a seeded one's `mentions` and `documents` are its whole counts), the claims
    stated from there on that are not made again deleted, and the mentions relinked where
    they moved."""
    keys = {claim.key for claim in claims}
    gone = [c.id for c in dropped if c.key not in keys]
    if gone:
        conn.execute("DELETE FROM claims WHERE id = ANY(%s)", (gone,))
    was = {m.place: (m.claim_id, m.relation) for m in refolded}
    links = []
    for claim in claims:
        if claim.seeded:
            found = row(
                conn,
                _Id,
                """
                UPDATE claims SET mentions = %(mentions)s, documents = %(documents)s,
                       donor = %(donor)s, giver = %(giver)s, recipient = %(recipient)s,
                       giver_guessed = %(giver_guessed)s, period = %(period)s,
                       year = %(year)s, conflict = %(conflict)s,
                       category = %(category)s, category_group = %(group)s,
                       reconciler_version = %(version)s, updated_at = now()
                WHERE key = %(key)s
                RETURNING id
                """,
                {
                    "mentions": claim.mentions,
                    "documents": claim.documents,
                    "donor": claim.donor,
                    "giver": claim.giver,
                    "giver_guessed": claim.giver_guessed,
                    "recipient": claim.recipient,
                    "period": claim.period,
                    "year": claim.year,
                    "conflict": claim.conflict,
                    "category": claim.category,
                    "group": category_group(claim.category),
                    "version": version,
                    "key": claim.key,
                },
            )
            assert found is not None, f"claim {claim.key} was seeded, so it is stored"
            claim_id = found.id
        else:
            claim_id = _upsert(conn, claim.block, claim, version)
        links += [
            (claim_id, relation, doc, start, end)
            for doc, start, end, relation in claim.members
            if was.get((doc, start, end)) != (claim_id, relation)
        ]
    with conn.cursor() as cur:
        cur.executemany(
            """
            UPDATE claim_mentions SET claim_id = %s, relation = %s
            WHERE document_id = %s AND start_offset = %s AND end_offset = %s
            """,
            links,
        )


def refresh_conflicts(conn: Connection, block: ClaimBlock, givers: Iterable[str | None]) -> None:
    """Flag the claims of these givers that share a period and a category group (their own,
    not the block's) with another claim of theirs: the sources disagree (see
    services/reconciler/clustering.py)."""
    conn.execute(
        """
        UPDATE claims c SET conflict = g.n > 1
        FROM (
            SELECT id, count(*) OVER (PARTITION BY giver, period, category_group) AS n
            FROM claims
            WHERE category_group = ANY(%s) AND kind = %s AND giver = ANY(%s)
              AND period IS NOT NULL
        ) g
        WHERE c.id = g.id AND c.conflict IS DISTINCT FROM (g.n > 1)
        """,
        (block.groups, block.kind, sorted({g for g in givers if g is not None})),
    )


def set_reconciled(conn: Connection, document_id: int, version: str) -> None:
    conn.execute(
        "UPDATE documents SET reconciler_version = %s, reconciled_at = now() WHERE id = %s",
        (version, document_id),
    )


def stale_documents(conn: Connection, version: str, *, everything: bool) -> list[int]:
    """Extracted documents whose claims are not this reconciler version's, oldest story first."""
    found = rows(
        conn,
        _Id,
        """
        SELECT id FROM documents
        WHERE extractor_version IS NOT NULL
          AND (%(everything)s OR reconciler_version IS DISTINCT FROM %(version)s)
        ORDER BY published_at NULLS LAST, id
        """,
        {"everything": everything, "version": version},
    )
    return [r.id for r in found]


@dataclass(frozen=True, slots=True)
class _Id:
    id: int


# --- the ledger's answers -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    id: int
    donor: str | None
    recipient: str | None
    category: str
    kind: str
    value: Decimal
    unit: str
    qualifier: str
    value_eur: Decimal | None
    year: int | None
    period: str | None
    mentions: int
    documents: int
    conflict: bool


CLAIM_COLUMNS = tuple(ClaimSummary.__dataclass_fields__)


# The kinds a claim can have (the claims table's CHECK; services/reconciler/rules.py decides them).
CLAIM_KINDS = ("increment", "cumulative", "target", "budget", "share")


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    donor: str | None = None
    recipient: str | None = None
    category: str | None = None
    kind: str | None = None
    year: int | None = None
    since: datetime.date | None = None  # a mention published on or after
    conflicts_only: bool = False
    year_from: int | None = None  # a year range, both ends included
    year_to: int | None = None
    # Only claims whose donor, or single year, is unknown (a total's "unnamed donor" or "no
    # single year" group, whose claims `donor` and `year` cannot select).
    no_donor: bool = False
    no_year: bool = False

    def params(self) -> dict[str, Any]:
        return {
            "donor": self.donor,
            "recipient": self.recipient,
            # security_aid and military_aid are one group: reporters swap them for one package.
            "category": category_group(self.category) if self.category else None,
            "kind": self.kind,
            "year": self.year,
            "since": self.since,
            "conflicts": self.conflicts_only,
            "year_from": self.year_from,
            "year_to": self.year_to,
            "no_donor": self.no_donor,
            "no_year": self.no_year,
        }


_CLAIM_WHERE = """
    (%(donor)s::text IS NULL OR c.donor = %(donor)s)
    AND (%(recipient)s::text IS NULL OR c.recipient = %(recipient)s)
    AND (%(category)s::text IS NULL OR c.category_group = %(category)s)
    AND (%(kind)s::text IS NULL OR c.kind = %(kind)s)
    AND (%(year)s::int IS NULL OR c.year = %(year)s)
    AND (%(year_from)s::int IS NULL OR c.year >= %(year_from)s)
    AND (%(year_to)s::int IS NULL OR c.year <= %(year_to)s)
    AND (NOT %(conflicts)s OR c.conflict)
    AND (NOT %(no_donor)s OR c.donor IS NULL)
    AND (NOT %(no_year)s OR c.year IS NULL)
    AND (%(since)s::date IS NULL OR EXISTS (
        SELECT 1 FROM claim_mentions m
        WHERE m.claim_id = c.id AND m.published >= %(since)s::date))
"""


def list_claims(conn: Connection, where: ClaimFilter) -> list[ClaimSummary]:
    return rows(
        conn,
        ClaimSummary,
        f"""
        SELECT {", ".join(CLAIM_COLUMNS)} FROM claims c
        WHERE {_CLAIM_WHERE}
        ORDER BY c.year NULLS LAST, c.donor NULLS LAST, c.value_eur DESC NULLS LAST, c.id
        """,  # noqa: S608 (constant columns and clause)
        where.params(),
    )


# What a page of claims can be sorted by (a front end's choice, checked against this).
CLAIM_SORTS = ("value_eur", "year", "donor", "documents", "mentions")


def claim_page(
    conn: Connection,
    where: ClaimFilter,
    *,
    sort: str = "year",
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[ClaimSummary], int]:
    """One page of the claims `list_claims` gives, sorted by one of CLAIM_SORTS (then id, so
    pages never overlap), and how many claims match in all."""
    if sort not in CLAIM_SORTS:
        raise ValueError(f"sort by one of {', '.join(CLAIM_SORTS)}")
    order = f"c.{sort} {'DESC' if descending else 'ASC'} NULLS LAST, c.id"
    params = where.params() | {"limit": limit, "offset": offset}
    found = rows(
        conn,
        ClaimSummary,
        f"""
        SELECT {", ".join(CLAIM_COLUMNS)} FROM claims c
        WHERE {_CLAIM_WHERE}
        ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s
        """,  # noqa: S608 (constant columns and clause; the sort key is checked above)
        params,
    )
    total: int = scalar(
        conn,
        f"SELECT count(*) FROM claims c WHERE {_CLAIM_WHERE}",  # noqa: S608 (constant clause)
        params,
    )
    return found, total


@dataclass(frozen=True, slots=True)
class ClaimMention:
    """One mention of a claim, with its source."""

    relation: str
    document_id: int
    source: str  # the first article's URL, or the replayed file's name
    title: str | None
    published_at: datetime.datetime | None
    sentence: str
    surface: str
    value: Decimal
    unit: str
    qualifier: str
    donor: str | None
    figure_id: int
    start: int  # the figure's place in its document's text
    end: int

    def sentence_parts(self) -> tuple[str, str, str]:
        """The sentence as (before, the figure, after), to mark the figure where it stands."""
        before, found, after = self.sentence.partition(self.surface)
        return (before, found, after) if found else (self.sentence, "", "")


def claim(conn: Connection, claim_id: int) -> ClaimSummary | None:
    return row(
        conn,
        ClaimSummary,
        f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claims WHERE id = %s",  # noqa: S608
        (claim_id,),
    )


def claim_mentions(conn: Connection, claim_id: int) -> list[ClaimMention]:
    return rows(
        conn,
        ClaimMention,
        """
        SELECT m.relation, m.document_id, a.original_url AS source, d.title, d.published_at,
               f.sentence, f.surface, f.value, f.unit, f.qualifier, f.donor, f.id AS figure_id,
               m.start_offset AS start, m.end_offset AS "end"
        FROM claim_mentions m
        JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
                      AND f.end_offset = m.end_offset
        JOIN documents d ON d.id = m.document_id
        JOIN LATERAL (
            SELECT original_url FROM articles WHERE document_id = m.document_id ORDER BY id LIMIT 1
        ) a ON true
        WHERE m.claim_id = %s
        ORDER BY d.published_at NULLS LAST, m.document_id, m.start_offset
        """,
        (claim_id,),
    )


TOTAL_KEYS = ("donor", "recipient", "category", "year")


def total_keys(by: str) -> list[str]:
    """The grouping keys of a comma-separated `by` (`donor,year`); ValueError names the bad ones."""
    keys = [key.strip() for key in by.split(",") if key.strip()]
    unknown = [key for key in keys if key not in TOTAL_KEYS]
    if not keys or unknown or len(set(keys)) != len(keys):
        raise ValueError(f"takes {', '.join(TOTAL_KEYS)}, not {', '.join(unknown) or repr(by)}")
    return keys


def total_columns(by: Sequence[str]) -> tuple[str, ...]:
    """The columns of a `totals` row, in order."""
    return (*by, "value_eur", "claims", "documents", "reported_cumulative_eur")


# Kinds a totals row can chart: increments are summed; the others are never added (each group
# shows the largest value reported). Shares are percentages, with no amount in EUR.
TOTAL_KINDS = ("increment", "cumulative", "target", "budget")


def totals(conn: Connection, by: Sequence[str], where: ClaimFilter) -> list[dict[str, Any]]:
    """value_eur summed over increment claims only, per group of `by`, with how many claims and
    documents, and beside it the largest running total (cumulative claim) the sources give for
    the same group: reported, never added.

    With another kind in `where` (TOTAL_KINDS), value_eur is the group's largest claim of that
    kind instead of a sum, and there is no running total beside it."""
    unknown = set(by) - set(TOTAL_KEYS)
    if not by or unknown:
        raise ValueError(f"group by one or more of {', '.join(TOTAL_KEYS)}")
    kind = where.kind or "increment"
    if kind not in TOTAL_KINDS:
        raise ValueError(f"totals chart one of {', '.join(TOTAL_KINDS)}")
    aggregate = "sum" if kind == "increment" else "max"
    keys = ", ".join(f"c.{key}" for key in by)
    same_group = " AND ".join(f"r.{key} IS NOT DISTINCT FROM t.{key}" for key in by)
    params = where.params() | {"kind": kind, "cumulative": "cumulative"}
    columns = ", ".join(f"t.{key}" for key in by)
    # Each side grouped once and joined (groups are few), rather than a lookup per group.
    return conn.execute(
        f"""
        WITH t AS (
            SELECT {keys}, {aggregate}(c.value_eur) AS value_eur, count(*) AS claims,
                   array_agg(c.id) AS ids
            FROM claims c
            WHERE {_CLAIM_WHERE}
            GROUP BY {keys}
        ), r AS (
            SELECT {keys}, max(c.value_eur) AS value_eur
            FROM claims c
            WHERE %(kind)s = 'increment' AND c.kind = %(cumulative)s
              AND (%(category)s::text IS NULL OR c.category_group = %(category)s)
              AND (%(recipient)s::text IS NULL OR c.recipient = %(recipient)s)
              AND (%(donor)s::text IS NULL OR c.donor = %(donor)s)
              AND (%(year_from)s::int IS NULL OR c.year >= %(year_from)s)
              AND (%(year_to)s::int IS NULL OR c.year <= %(year_to)s)
            GROUP BY {keys}
        )
        SELECT {columns}, t.value_eur, t.claims,
               (SELECT count(DISTINCT m.document_id) FROM claim_mentions m
                WHERE m.claim_id = ANY(t.ids)) AS documents,
               r.value_eur AS reported_cumulative_eur
        FROM t LEFT JOIN r ON {same_group}
        ORDER BY {", ".join(f"t.{key} NULLS LAST" for key in by)}
        """,  # noqa: S608 (keys are checked against TOTAL_KEYS, the aggregate is a constant)
        params,
    ).fetchall()


@dataclass(frozen=True, slots=True)
class ClaimFacets:
    """The values a claims filter can take, for a front end's choices."""

    recipients: list[str]
    categories: list[str]
    years: list[int]


def claim_facets(conn: Connection) -> ClaimFacets:
    found = row(
        conn,
        ClaimFacets,
        """
        SELECT array(SELECT DISTINCT recipient FROM claims WHERE recipient IS NOT NULL
                     ORDER BY 1) AS recipients,
               array(SELECT DISTINCT category FROM claims ORDER BY 1) AS categories,
               array(SELECT DISTINCT year FROM claims WHERE year IS NOT NULL ORDER BY 1) AS years
        """,
    )
    assert found is not None
    return found


@dataclass(frozen=True, slots=True)
class MentionClaim:
    """Where one figure of a document stands among the claims."""

    start: int
    end: int
    claim_id: int
    relation: str


def document_claims(conn: Connection, document_id: int) -> list[MentionClaim]:
    """The claim each of a document's figures is a mention of (figures of no claim left out)."""
    return rows(
        conn,
        MentionClaim,
        """
        SELECT start_offset AS start, end_offset AS "end", claim_id, relation
        FROM claim_mentions
        WHERE document_id = %s AND claim_id IS NOT NULL AND relation IS NOT NULL
        ORDER BY start_offset
        """,
        (document_id,),
    )
