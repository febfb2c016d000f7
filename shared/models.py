"""Plain records that cross module boundaries: what pure stage code returns and the store writes."""

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Literal


def text_sha256(text: str) -> str:
    """A document's key: hex SHA-256 of its normalized text as UTF-8 (the cleaner's dedup key, and
    the reconciler's order between documents published the same day)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class CleanedDocument:
    """The cleaner's output for one article: normalized text plus the metadata it could find.

    `quality` is "ok", or "low" when the text was kept although it is doubtful; the reasons say
    why ("little prose ...", "text looks garbled ...") so that an operator can review them.
    """

    text: str
    text_sha256: str
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    quality: Literal["ok", "low"] = "ok"
    quality_reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PollCounts:
    """What one poll of a feed found: items_seen == items_new + items_duplicate + items_skipped."""

    items_seen: int
    items_new: int
    items_duplicate: int  # already stored before this poll, or repeated within the document
    items_skipped: int  # no usable link: each kept with its reason (ParsedFeed.skipped)


NOT_MODIFIED = PollCounts(0, 0, 0, 0)  # a 304: the feed said nothing new


@dataclass(frozen=True, slots=True)
class Figure:
    """One money or percentage figure found in a document's clean text.

    `start`/`end` index the document text (Python str offsets), so `text[start:end] == surface`.
    `attribution` says where each context attribute came from: "sentence" (the figure's own),
    "context" (an earlier sentence of its passage), "title", or "document" (the article's main
    actor or time, carried across paragraphs). Keys: category, and donor, recipient and year when
    they are set.
    """

    start: int
    end: int
    surface: str
    sentence: str
    value: Decimal
    unit: str  # ISO 4217 code or "percent"
    qualifier: str  # exact, over, under, approx, at_least, up_to
    category: str  # military_aid, security_aid, ..., other
    aid_related: bool
    donor: str | None = None
    recipient: str | None = None
    year: int | None = None
    value_eur: Decimal | None = None
    # Not hashed: a dict cannot be, and the other fields already identify the figure.
    attribution: dict[str, str] = field(default_factory=dict, hash=False)


# Near-synonyms that reporters swap for the same package: one group for claims and totals.
_CATEGORY_GROUPS = {"military_aid": "military", "security_aid": "military"}


def category_group(category: str) -> str:
    return _CATEGORY_GROUPS.get(category, category)


# The kinds of aid are one family for blocking: one outlet says "aid" for the package another
# calls "military aid" (2026.11.10). The clustering compares their categories as it compares
# givers (`rules.categories_compatible`); each claim keeps its own category and group.
AID_FAMILY = "aid"
# Aid whose kind the words leave open ("aid", "support"): compatible with any kind of aid.
UNSPECIFIC_AID = "aid_total"
# The kind of aid that names the money's form (a loan, a grant, a budget line), not what it buys:
# of two kinds a claim's reports read as often, it takes the purpose (`clustering._most_read`).
MEANS_OF_AID = "financial_aid"
_FAMILY_GROUPS = {AID_FAMILY: ("aid_total", "financial_aid", "humanitarian_aid", "military")}


def block_family(group: str) -> str:
    """The block a category group's mentions are clustered in."""
    return next((family for family, held in _FAMILY_GROUPS.items() if group in held), group)


def family_groups(family: str) -> tuple[str, ...]:
    """The category groups a block holds, as stored for its mentions and claims."""
    return _FAMILY_GROUPS.get(family, (family,))


@dataclass(frozen=True, slots=True, order=True)
class ClaimBlock:
    """The mentions that could state the same fact: one family of category groups (the kinds of
    aid are one) and kind. Receivers and periods are not part of it: a restatement often leaves
    them out."""

    category_group: str  # the family (`block_family`): "aid", "defense_spending", ...
    kind: str

    @property
    def groups(self) -> list[str]:
        """The category groups its mentions and claims are stored with."""
        return list(family_groups(self.category_group))

    def text(self) -> str:
        return f"{self.category_group}|{self.kind}"
