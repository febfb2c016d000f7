"""Recall (issue 14): mentions of one claim that the reconciler kept apart.

- One package told by its money and by its purpose: the very figure, exact and of two or more
  significant digits, of one named giver and year, in another report of the week, joins the
  claim whatever kind of aid each report read in its sentence ("a second tranche of €2.1 billion"
  of windfall profits, read as financial aid, and "€2.1 billion ... to buy arms"). The claim
  takes the kind most of its reports read in their sentences; of two as often read, the purpose
  (military, humanitarian aid) over the money's form (financial aid), then the first; in the
  store as in a rebuild.
- The very figure of one news event says "about" it in one report: "the first, worth 170 billion
  yen" and "of approximately 170 billion yen" (one exact, the other approximate, not a bound)
  join whatever year each report read, as two exact ones did.
- A kind of aid read from context gives way to the claim's very figure however its qualifier
  bounds it ("more than €2.1 billion"), the amounts agreeing.
- A sum in a national currency is that country's money: "CZK 160 billion" that another report
  of the week reads as another country's joins the Czech Republic's claim of that very sum.
"""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock, category_group
from tests.reconciler import support
from tests.reconciler.test_reconciler_rules import figure
from tests.support.ledger import query, store_document

AID = ClaimBlock("aid", "increment")


def mention(
    doc: int,
    category: str,
    *,
    eur: str = "2100000000",
    unit: str = "EUR",
    qualifier: str = "exact",
    donor: str = "EU",
    period: str | None = "2025",
    period_weak: bool = False,
    kind_weak: bool = False,
    day: int | None = None,
    start: int = 0,
) -> Mention:
    """A mention of the EU's €2.1 billion to Ukraine in 2025, its kind read in its sentence,
    published on day `doc` of April."""
    return support.mention(
        doc,
        eur,
        eur=eur,
        unit=unit,
        qualifier=qualifier,
        category=category,
        block=AID,
        group=category_group(category),
        donor=donor,
        period=period,
        published=datetime.date(2025, 4, day or doc),
        start=start,
        period_weak=period_weak,
        kind_weak=kind_weak,
    )


def claims_of(mentions: list[Mention]) -> list[tuple[str, list[int]]]:
    return [(c.category, [m.document_id for m, _ in c.members]) for c in reconcile_block(mentions)]


def test_one_package_told_by_its_money_and_by_its_purpose_is_one_claim_of_its_purpose() -> None:
    # 22: the Commission's "second tranche of €2.1 billion" read as financial aid, the wire's
    # "€2.1 billion ... to buy arms for Ukraine" as military aid
    assert claims_of([mention(1, "financial_aid"), mention(2, "military_aid")]) == [
        ("military_aid", [1, 2])
    ]
    # the purpose read first stays
    assert claims_of([mention(1, "humanitarian_aid"), mention(2, "financial_aid")]) == [
        ("humanitarian_aid", [1, 2])
    ]


def test_a_claim_takes_the_kind_most_of_its_reports_read() -> None:
    reports = [
        mention(1, "humanitarian_aid"),
        mention(2, "military_aid"),
        mention(3, "humanitarian_aid", kind_weak=True),  # a guess: no reading
        mention(4, "security_aid"),  # military aid, said otherwise
    ]
    assert claims_of(reports) == [("military_aid", [1, 2, 3, 4])]
    # of two as often read, the first (neither is the money's form)
    assert claims_of(reports[:3]) == [("humanitarian_aid", [1, 2, 3])]
    # financial aid read most often
    assert claims_of(
        [mention(1, "financial_aid"), mention(2, "military_aid"), mention(3, "financial_aid")]
    ) == [("financial_aid", [1, 2, 3])]


def test_a_giver_read_from_context_may_retell_the_package() -> None:
    guessed = replace(mention(2, "military_aid"), donor_weak=True)
    assert claims_of([mention(1, "financial_aid"), guessed]) == [("military_aid", [1, 2])]
    # not another giver's, guessed or not
    other = replace(mention(2, "military_aid", donor="Japan"), donor_weak=True)
    assert len(claims_of([mention(1, "financial_aid"), other])) == 2


def test_a_year_one_report_leaves_unsaid_keeps_no_package_apart() -> None:
    assert claims_of([mention(1, "financial_aid"), mention(2, "military_aid", period=None)]) == [
        ("military_aid", [1, 2])
    ]
    assert claims_of([mention(1, "financial_aid", period=None), mention(2, "military_aid")]) == [
        ("military_aid", [1, 2])
    ]


def test_a_claim_of_the_mentions_own_kind_comes_first() -> None:
    found = claims_of(
        [
            mention(1, "humanitarian_aid"),
            mention(1, "military_aid", start=90),
            mention(2, "military_aid"),
        ]
    )
    assert found == [("humanitarian_aid", [1]), ("military_aid", [1, 2])]


@pytest.mark.parametrize(
    "other",
    [
        mention(2, "military_aid", eur="2000000000"),  # a round sum: one giver, two purposes
        mention(2, "military_aid", qualifier="over"),  # a bound, not the figure
        mention(2, "military_aid", donor="Japan"),  # another giver
        mention(2, "military_aid", period="2024"),  # another year
        mention(2, "military_aid", period_weak=True),  # a year read from context
        mention(2, "military_aid", day=20),  # not one news event
        mention(1, "military_aid", start=90),  # one report's two sums
    ],
)
def test_look_alikes_of_another_kind_read_in_their_sentences_stay_apart(other: Mention) -> None:
    assert len(claims_of([mention(1, "financial_aid"), other])) == 2


@pytest.mark.parametrize(("first", "second"), [("exact", "approx"), ("approx", "exact")])
def test_the_very_figure_about_it_within_a_week_joins_a_claim_dated_otherwise(
    first: str, second: str
) -> None:
    # 86: "the first of them, worth 170 billion yen" for 2025, "The first disbursement, of
    # approximately 170 billion yen" read for 2024 the next day
    wire = mention(1, "financial_aid", eur="1054000000", qualifier=first, period="2025")
    ministry = mention(2, "financial_aid", eur="1054000000", qualifier=second, period="2024")
    assert claims_of([wire, ministry]) == [("financial_aid", [1, 2])]


@pytest.mark.parametrize(
    ("first", "second", "eur"),
    [
        ("approx", "approx", "1054000000"),  # exact in neither
        ("exact", "over", "1054000000"),  # a bound, not the figure
        ("exact", "approx", "1000000000"),  # a round sum
    ],
)
def test_a_figure_given_about_or_beyond_keeps_its_year(first: str, second: str, eur: str) -> None:
    wire = mention(1, "financial_aid", eur=eur, qualifier=first, period="2025")
    ministry = mention(2, "financial_aid", eur=eur, qualifier=second, period="2024")
    assert len(claims_of([wire, ministry])) == 2


def test_a_kind_guess_joins_the_claims_figure_however_its_qualifier_bounds_it() -> None:
    claim = mention(1, "military_aid")
    assert claims_of([claim, mention(2, "financial_aid", qualifier="over", kind_weak=True)]) == [
        ("military_aid", [1, 2])
    ]
    # not another figure it may bound: "more than €2 billion" is not the claim's €2.1 billion
    bound = mention(2, "financial_aid", eur="2000000000", qualifier="over", kind_weak=True)
    assert len(claims_of([claim, bound])) == 2


def crowns(doc: int, donor: str, *, day: int | None = None, unit: str = "CZK") -> Mention:
    """The Czech Republic's CZK 160 billion (about €6.5 billion) as read in report `doc`."""
    return replace(
        mention(doc, "military_aid", donor=donor, day=day, unit=unit, eur="160000000000"),
        value_eur=Decimal("6500000000"),
    )


def givers_of(mentions: list[Mention]) -> list[tuple[str | None, int]]:
    return [(c.donor, len(c.members)) for c in reconcile_block(mentions)]


def test_a_sum_in_a_countrys_own_currency_is_its_own_whoever_another_report_names() -> None:
    # 53: the ministry's "CZK 160 billion" read as the United Kingdom's, named near the figure
    assert givers_of([crowns(1, "Czech Republic"), crowns(2, "United Kingdom")]) == [
        ("Czech Republic", 2)
    ]


@pytest.mark.parametrize(
    "mentions",
    [
        # a giver read first for another country's money keeps its claim: the reverse is no proof
        [crowns(1, "United Kingdom"), crowns(2, "Czech Republic")],
        # euros and dollars are paid by many
        [crowns(1, "Czech Republic", unit="EUR"), crowns(2, "United Kingdom", unit="EUR")],
        [crowns(1, "Czech Republic"), crowns(2, "United Kingdom", day=20)],  # weeks later
        [crowns(1, "Czech Republic"), crowns(1, "United Kingdom")],  # one report's two sums
    ],
)
def test_other_givers_of_a_sum_keep_their_claims(mentions: list[Mention]) -> None:
    assert len(givers_of(mentions)) == 2


def test_a_national_sum_read_as_another_countrys_looks_for_every_giver() -> None:
    # so that the store finds the claim of the currency's country (`claims_near`)
    assert crowns(2, "United Kingdom").reach is None
    assert crowns(1, "Czech Republic").reach == "Czech Republic"
    assert crowns(2, "United Kingdom", unit="EUR").reach == "United Kingdom"


MINISTRY = "Report {n}. Defence spending will rise to CZK 160 billion next year."


def _crowns(number: int, day: int, donor: str) -> int:
    text = MINISTRY.format(n=number)
    found = figure(text, "CZK 160 billion", "160000000000", unit="CZK", donor=donor, year=2025)
    found = replace(
        found,
        value_eur=Decimal("6500000000"),
        attribution={"category": "sentence", "donor": "sentence", "year": "sentence"},
    )
    return store_document(number, text, [found], datetime.date(2025, 4, day))


@pytest.mark.parametrize("order", [(0, 1), (1, 0), (0, 1, 0), (1, 0, 1)])
def test_the_stage_finds_the_claim_of_the_currencys_country(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    documents = [_crowns(1, 1, "Czech Republic"), _crowns(2, 2, "United Kingdom")]
    for index in order:
        reconcile_and_store(documents[index])
    stored = query("SELECT donor, mentions FROM claims ORDER BY id")
    assert [(r["donor"], r["mentions"]) for r in stored] == [("Czech Republic", 2)]
    with db.transaction() as conn:
        rebuild_block(conn, AID)
    again = query("SELECT donor, mentions FROM claims ORDER BY id")
    assert [(r["donor"], r["mentions"]) for r in again] == [("Czech Republic", 2)]


COMMISSION = "Report {n}. The Commission made available a tranche of €2.1 billion for Ukraine."
WIRE = "Report {n}. The EU transferred €2.1 billion to buy arms for Ukraine."


def _store(number: int, day: int, template: str, category: str) -> int:
    text = template.format(n=number)
    found = figure(text, "€2.1 billion", "2100000000", category=category, donor="EU", year=2025)
    attribution = {"category": "sentence", "donor": "sentence", "year": "sentence"}
    return store_document(
        number, text, [replace(found, attribution=attribution)], datetime.date(2025, 4, day)
    )


def _claims() -> list[tuple[str, int]]:
    return [
        (r["category"], r["mentions"])
        for r in query("SELECT category, mentions FROM claims ORDER BY category, mentions")
    ]


@pytest.mark.parametrize(
    "order", [(0, 1, 2, 3), (3, 2, 1, 0), (1, 3, 0, 2, 1), (0, 1, 2, 3, 3), (0, 1, 3, 2)]
)
def test_the_stage_gives_the_kind_a_rebuild_gives(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    """Through the stage, in and out of order and again, as a rebuild: the claim as it stood
    before a place holds the kinds its reports read as the clustering does (two readings each,
    the purpose before financial aid; the last report taken again must not see only its own)."""
    documents = [
        _store(1, 1, WIRE, "military_aid"),
        _store(2, 2, COMMISSION, "financial_aid"),
        _store(3, 3, WIRE, "military_aid"),
        _store(4, 4, COMMISSION, "financial_aid"),
    ]
    for index in order:
        reconcile_and_store(documents[index])
    stored = _claims()
    assert stored == [("military_aid", 4)]
    with db.transaction() as conn:
        rebuild_block(conn, AID)
    assert _claims() == stored
