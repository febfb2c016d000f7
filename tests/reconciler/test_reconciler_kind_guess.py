"""A kind of aid read from context is a guess: it gives way to the kind another report reads for
the very figure in its own sentence, within a week, when the giver and the year are the claim's;
the claim takes the kind read in a sentence. Two kinds read in their sentences, another giver,
another year, another amount or a report weeks later stay apart; two kinds both read from context
are two guesses at one figure, in the store as in a rebuild."""

import datetime
from dataclasses import replace

import pytest

from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.rules import Link
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock, Figure, category_group
from tests.reconciler import support
from tests.reconciler.test_reconciler_rules import figure
from tests.support.ledger import query, store_document

AID = ClaimBlock("aid", "increment")


def mention(
    doc: int,
    category: str,
    *,
    weak: bool = False,
    eur: str = "10000000",
    donor: str = "Italy",
    period: str = "2025",
    day: int | None = None,
    start: int = 0,
    link: Link | None = None,
) -> Mention:
    """A mention of €10 million of Italy's to Ukraine in 2025, published on day `doc` of June."""
    return support.mention(
        doc,
        eur,
        eur=eur,
        category=category,
        block=AID,
        group=category_group(category),
        donor=donor,
        period=period,
        published=datetime.date(2025, 6, day or doc),
        start=start,
        link=link,
        link_start=0 if link else None,
        kind_weak=weak,
    )


def claims_of(mentions: list[Mention]) -> list[tuple[str, list[int]]]:
    return [(c.category, [m.document_id for m, _ in c.members]) for c in reconcile_block(mentions)]


def test_a_kind_read_from_context_joins_the_figure_another_report_reads_in_its_sentence() -> None:
    # 21: "Rome's ... military packages ... Its EUR 10 million for the energy fund", read as
    # military aid from the paragraph, after two reports of €10 million in humanitarian aid
    assert claims_of([mention(1, "humanitarian_aid"), mention(2, "military_aid", weak=True)]) == [
        ("humanitarian_aid", [1, 2])
    ]


def test_the_kind_read_in_a_sentence_replaces_a_guess() -> None:
    assert claims_of(
        [
            mention(1, "humanitarian_aid", weak=True),
            mention(2, "financial_aid"),
            mention(3, "humanitarian_aid"),  # a reading, but the claim's is one too now
        ]
    ) == [("financial_aid", [1, 2]), ("humanitarian_aid", [3])]


@pytest.mark.parametrize(
    "other",
    [
        mention(2, "military_aid"),  # two kinds read in their sentences: two facts
        mention(2, "military_aid", weak=True, donor="Spain"),  # another giver
        mention(2, "military_aid", weak=True, period="2024"),  # another year
        mention(2, "military_aid", weak=True, eur="10200000"),  # not the very figure
        mention(2, "military_aid", weak=True, day=20),  # not one news event
        mention(1, "military_aid", weak=True, start=90),  # the same report: its two sums
    ],
)
def test_look_alikes_of_another_kind_stay_apart(other: Mention) -> None:
    assert len(claims_of([mention(1, "humanitarian_aid"), other])) == 2


def test_a_guess_joins_a_claim_of_its_own_kind_before_one_of_another() -> None:
    found = claims_of(
        [
            mention(1, "humanitarian_aid"),
            mention(1, "military_aid", start=90),
            mention(2, "military_aid", weak=True),
        ]
    )
    assert found == [("humanitarian_aid", [1]), ("military_aid", [1, 2])]


def test_a_kind_its_own_report_contradicts_for_a_part_takes_no_guess() -> None:
    # 22: "The first tranche, of €1.5 billion" read as financial aid; "Of this amount, €1.4
    # billion was used to finance air defence" as military aid: the report's kind is no better
    # than the wire's guess, military aid from the paragraph around its "€1.5 billion"
    whole = mention(1, "financial_aid", eur="1500000000")
    part = replace(
        mention(1, "military_aid", eur="1400000000", start=60, link=Link.PART_OF),
        group="financial_aid",  # a part is filed in its whole's group
    )
    wire = mention(2, "military_aid", weak=True, eur="1500000000")
    assert claims_of([whole, part, wire]) == [("financial_aid", [1, 1]), ("military_aid", [2])]


RELEASE = "Report {n}. Italy gives €10 million in humanitarian aid to Ukraine's energy fund. "
REVIEW = "Report {n}. Rome hides its military packages. Its €10 million for the fund is modest. "


def _store(number: int, day: int, template: str, category: str, source: str) -> int:
    text = template.format(n=number)
    found = figure(text, "€10 million", "10000000", category=category, donor="Italy")
    attribution = {"category": source, "donor": "sentence", "year": "context"}
    return store_document(
        number, text, [replace(found, attribution=attribution)], datetime.date(2025, 6, day)
    )


def _claims() -> list[tuple[str, int]]:
    return [
        (r["category"], r["mentions"])
        for r in query("SELECT category, mentions FROM claims ORDER BY category, mentions")
    ]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0, 1)])
def test_the_stage_gives_what_a_rebuild_gives(clean_db: Settings, order: tuple[int, ...]) -> None:
    """Through the stage, in and out of order and again, as a rebuild: the guess of day 1 joins
    the claim the reading of day 2 gives its kind (`claims_near` reaches a claim of another kind
    for its very figure; the claim as it stood before a place keeps where its kind was read)."""
    documents = [
        _store(1, 1, REVIEW, "military_aid", "context"),
        _store(2, 2, RELEASE, "humanitarian_aid", "sentence"),
        _store(3, 3, REVIEW, "financial_aid", "context"),
    ]
    for index in order:
        reconcile_and_store(documents[index])
    stored = _claims()
    assert stored == [("humanitarian_aid", 3)]
    with db.transaction() as conn:
        rebuild_block(conn, AID)
    assert _claims() == stored


COMMISSION = (
    "Report 4. The first tranche, of €1.5 billion, was transferred in July. Of this amount, €1.4 "
    "billion was used to finance air defence. "
)
WIRE = "Report 5. It is the second payment, after €1.5 billion last July, to arm Ukraine. "


def _eu(text: str, surface: str, value: str, category: str, source: str) -> Figure:
    found = figure(text, surface, value, category=category, donor="EU", year=2024)
    return replace(found, attribution={"category": source, "donor": "sentence", "year": "sentence"})


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_kind_its_report_contradicts_takes_no_guess_in_the_store(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    """The claim as it stood before the wire keeps which report gave its kind, so that its part
    of another kind in that report still keeps the wire's guess out, as in a rebuild."""
    documents = [
        store_document(
            4,
            COMMISSION,
            [
                _eu(COMMISSION, "€1.5 billion", "1500000000", "financial_aid", "sentence"),
                _eu(COMMISSION, "€1.4 billion", "1400000000", "military_aid", "sentence"),
            ],
            datetime.date(2025, 6, 1),
        ),
        store_document(
            5,
            WIRE,
            [_eu(WIRE, "€1.5 billion", "1500000000", "military_aid", "context")],
            datetime.date(2025, 6, 2),
        ),
    ]
    for index in order:
        reconcile_and_store(documents[index])
    stored = _claims()
    assert stored == [("financial_aid", 2), ("military_aid", 1)]
    with db.transaction() as conn:
        rebuild_block(conn, AID)
    assert _claims() == stored


def test_two_kinds_read_from_context_are_two_guesses_of_one_figure() -> None:
    assert claims_of(
        [mention(1, "military_aid", weak=True), mention(2, "financial_aid", weak=True)]
    ) == [("military_aid", [1, 2])]
    # not another sum, nor weeks later, nor in the same report
    assert (
        len(
            claims_of(
                [
                    mention(1, "military_aid", weak=True),
                    mention(2, "financial_aid", weak=True, eur="10300000"),
                ]
            )
        )
        == 2
    )
    assert (
        len(
            claims_of(
                [
                    mention(1, "military_aid", weak=True),
                    mention(2, "financial_aid", weak=True, day=20),
                ]
            )
        )
        == 2
    )
    assert (
        len(
            claims_of(
                [
                    mention(1, "military_aid", weak=True),
                    mention(1, "financial_aid", weak=True, start=90),
                ]
            )
        )
        == 2
    )


GUESS = "Report {n}. Tokyo keeps its {kind} programmes quiet. Its €10 million is a small sum. "


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_two_guessed_kinds_in_the_store_as_in_a_rebuild(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    documents = []
    for number, kind in ((6, "military_aid"), (7, "financial_aid")):
        text = GUESS.format(n=number, kind=kind.split("_")[0])
        found = figure(text, "€10 million", "10000000", category=kind, donor="Japan")
        attribution = {"category": "context", "donor": "sentence", "year": "context"}
        documents.append(
            store_document(
                number,
                text,
                [replace(found, attribution=attribution)],
                datetime.date(2025, 6, number),
            )
        )
    for index in order:
        reconcile_and_store(documents[index])
    stored = [
        (r["category"], r["mentions"]) for r in query("SELECT category, mentions FROM claims")
    ]
    assert stored == [("military_aid", 2)]
    with db.transaction() as conn:
        rebuild_block(conn, AID)
    assert [
        (r["category"], r["mentions"]) for r in query("SELECT category, mentions FROM claims")
    ] == stored
