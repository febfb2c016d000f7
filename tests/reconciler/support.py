"""Helpers the reconciler tests share."""

import datetime
from decimal import Decimal

from services.extractor.figures import extract_figures
from services.reconciler.clustering import Mention
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, Link, kind_of
from shared.models import ClaimBlock

AID = ClaimBlock("aid", "increment")


def military_aid_kind(before: str, after: str = "", qualifier: str = "exact") -> Kind:
    """The kind of a euro sum of military aid between `before` and `after`."""
    return kind_of(
        unit="EUR", category="military_aid", qualifier=qualifier, before=before, after=after
    )


def mention(
    doc: int,
    value: str,
    *,
    eur: str | None = None,
    unit: str = "EUR",
    qualifier: str = "exact",
    category: str = "military_aid",
    block: ClaimBlock = AID,
    group: str | None = None,
    donor: str | None = "Germany",
    recipient: str | None = "Ukraine",
    period: str | None = "2024",
    published: datetime.date | None = None,
    start: int = 0,
    link: Link | None = None,
    link_start: int | None = None,
    donor_weak: bool = False,
    currency_giver: bool = False,
    period_weak: bool = False,
    kind_weak: bool = False,
) -> Mention:
    """A five-character mention of `value` at `start` in document `doc` (its key `doc` in hex).

    `eur` is its value in euros (None: none); `published` None is an undated document."""
    return Mention(
        document_id=doc,
        document_key=f"{doc:064x}",  # in document order, as a text's hash would be for some texts
        start=start,
        end=start + 5,
        block=block,
        group=group,
        published=published,
        value=Decimal(value),
        unit=unit,
        qualifier=qualifier,
        value_eur=None if eur is None else Decimal(eur),
        category=category,
        donor=donor,
        recipient=recipient,
        period=period,
        link=link,
        link_start=link_start,
        donor_weak=donor_weak,
        currency_giver=currency_giver,
        period_weak=period_weak,
        kind_weak=kind_weak,
    )


def read_mentions(text: str, published: datetime.date) -> list[tuple[str, str, str | None]]:
    """(surface, kind, link) of each mention of the text, as the stage reads it."""
    figures = extract_figures(text, published=published)
    return [
        (text[m.start : m.end], m.block.kind, m.link)
        for m in document_mentions(1, text, figures, published)
    ]
