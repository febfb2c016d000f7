"""How a report's own wording decides a join (reconciler 2026.12): aid inside a defence budget
is a fact of its own, a sum in a currency whose country is only guessed is no conversion of a
figure its report already gave, a figure dated to an earlier month "already" is another fact
than an equal one of its report, a round share ("1%") keeps a giver read from context, and a
fiscal year named by two years is the year it starts in."""

import datetime
from decimal import Decimal

from services.extractor.figures import extract_figures
from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, names_another, period_of
from shared.models import ClaimBlock
from tests.reconciler import support

AID = ClaimBlock("aid", Kind.INCREMENT)
SHARE = ClaimBlock("defense_spending", Kind.SHARE)


def _mention(
    doc: int,
    start: int,
    value: str,
    unit: str,
    eur: str,
    category: str,
    donor: str,
    *,
    group: str | None = None,
    period: str | None = "2025",
    donor_weak: bool = False,
    currency_giver: bool = False,
    block: ClaimBlock = AID,
    recipient: str | None = "Ukraine",
) -> Mention:
    """An aid figure for Ukraine, published on day `doc` of October 2025."""
    return support.mention(
        doc,
        value,
        eur=eur,
        unit=unit,
        category=category,
        block=block,
        group=group,
        donor=donor,
        recipient=recipient,
        period=period,
        published=datetime.date(2025, 10, doc),
        start=start,
        donor_weak=donor_weak,
        currency_giver=currency_giver,
    )


def _claims(mentions: list[Mention]) -> list[list[tuple[int, int]]]:
    claims = reconcile_block(mentions)
    return [[(m.document_id, m.start) for m, _ in claim.members] for claim in claims]


def test_home_money_after_the_claims_figure_is_that_countrys_own() -> None:
    # "Austria gives twelve million euros ... the Swiss government gives 12 million francs":
    # the franc sum, whose giver is only read from its currency, is no conversion of the euro
    # figure its report gave just before
    first = _mention(1, 0, "12000000", "EUR", "12000000", "humanitarian_aid", "Austria")
    again = _mention(2, 10, "12000000", "EUR", "12000000", "humanitarian_aid", "Austria")
    francs = _mention(
        2, 90, "12000000", "CHF", "12800000", "humanitarian_aid", "Switzerland", currency_giver=True
    )
    assert _claims([first, again, francs]) == [[(1, 0), (2, 10)], [(2, 90)]]


def test_aid_to_a_named_receiver_inside_a_budget_is_no_part_of_it() -> None:
    text = (
        "The government's defence budget for 2025 is C$62.7 billion, of which C$2 billion is "
        "military aid to Ukraine. Ottawa will also spend more on Arctic radars."
    )
    published = datetime.date(2025, 6, 10)
    figures = extract_figures(text, published=published)
    mentions = {m.value: m for m in document_mentions(1, text, figures, published)}
    aid = mentions[Decimal("2000000000")]
    assert aid.link is None
    assert aid.block.kind == Kind.INCREMENT


def test_a_sum_already_given_in_an_earlier_month_is_another() -> None:
    assert names_another("It is the second such package: already in May the cabinet pledged ")
    assert names_another("Bereits im März hatte die Regierung rund ")
    assert names_another("Le gouvernement avait déjà en juin promis ")
    assert not names_another("In May the cabinet pledged ")
    assert not names_another("The package already includes ")


def test_a_round_share_keeps_a_giver_read_from_context_apart() -> None:
    # "Austria spends about 1 percent of GDP on defence"; days later a paper compares it with its
    # neighbour, whose parliament wants "1 percent" by 2032: the giver of that second 1% is
    # read from the text around it, and so common a share names no one giver's fact
    austria = _mention(
        1,
        0,
        "1",
        "percent",
        "1",
        "defense_spending",
        "Austria",
        block=SHARE,
        recipient=None,
        period=None,
    )
    neighbour = _mention(
        3,
        0,
        "1",
        "percent",
        "1",
        "defense_spending",
        "Switzerland",
        block=SHARE,
        recipient=None,
        period="2032",
        donor_weak=True,
    )
    assert _claims([austria, neighbour]) == [[(1, 0)], [(3, 0)]]


def test_a_fiscal_year_named_by_two_years_is_the_year_it_starts_in() -> None:
    def period(after: str) -> str | None:
        return period_of(
            kind=Kind.SHARE, year=2025, published_year=2025, before="Spending reaches ", after=after
        )

    assert period(" of GDP in the fiscal year 2025-2026.") == "2025"
    assert period(" of GDP au cours de l'exercice 2025-2026.") == "2025"
    assert period(" of GDP in FY2024-25.") == "2024"
    # a plan over several years stays a range
    assert period(" of GDP over 2025-2028.") == "2025-2028"
