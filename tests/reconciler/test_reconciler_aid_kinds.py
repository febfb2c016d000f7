"""Kinds of aid, one block (reconciler 2026.11.10): one outlet says "aid" for the package another
calls "military aid". The kinds of aid are clustered together and their categories compared as
givers are: equal, or one of them unspecific (`aid_total`); two specific kinds are two facts. A
claim's category is the most specific of its mentions' (the first, the stating one first)."""

import datetime
import random
from decimal import Decimal

from bench.reconcile_bench import store_documents
from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, Link, categories_compatible
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock, Figure, block_family, category_group
from shared.store import claims as claim_store
from shared.store.claims import ClaimFilter
from tests.reconciler import support
from tests.support.ledger import query

AID = ClaimBlock("aid", "increment")
RUNNING = ClaimBlock("aid", "cumulative")


def mention(
    doc: int,
    eur: str,
    category: str,
    *,
    group: str | None = None,
    block: ClaimBlock = AID,
    start: int = 0,
    link: Link | None = None,
    link_start: int | None = None,
) -> Mention:
    """A mention of Germany's aid to Ukraine in 2024, published on day `doc` of June."""
    return support.mention(
        doc,
        eur,
        eur=eur,
        category=category,
        block=block,
        group=group or category_group(category),
        published=datetime.date(2024, 6, doc),
        start=start,
        link=link,
        link_start=link_start,
    )


def categories(claims: list) -> list[tuple[str, list[int]]]:  # type: ignore[type-arg]
    return [(c.category, [m.document_id for m, _ in c.members]) for c in claims]


def test_the_kinds_of_aid_are_one_family_and_the_others_stay_apart() -> None:
    assert {block_family(g) for g in ("military", "financial_aid", "humanitarian_aid")} == {"aid"}
    assert block_family("aid_total") == "aid"
    assert block_family("defense_spending") == "defense_spending"
    assert block_family("pledge_target") == "pledge_target"


def test_kinds_of_aid_are_compared_as_givers_are() -> None:
    assert categories_compatible("military_aid", "security_aid")  # the same, said otherwise
    assert categories_compatible("aid_total", "humanitarian_aid")  # one of them unspecific
    assert categories_compatible("financial_aid", "aid_total")
    assert not categories_compatible("military_aid", "humanitarian_aid")
    assert not categories_compatible("financial_aid", "military_aid")


def test_aid_of_no_kind_joins_a_claim_of_a_kind_and_gives_it_none() -> None:
    claims = reconcile_block(
        [mention(1, "500000000", "military_aid"), mention(2, "500000000", "aid_total")]
    )
    assert categories(claims) == [("military_aid", [1, 2])]


def test_a_claim_stated_as_aid_takes_the_first_kind_a_restatement_gives() -> None:
    claims = reconcile_block(
        [
            mention(1, "500000000", "aid_total"),
            mention(2, "500000000", "security_aid"),
            mention(3, "500000000", "military_aid"),  # the same kind as security aid
        ]
    )
    assert categories(claims) == [("security_aid", [1, 2, 3])]


def test_two_specific_kinds_are_two_facts() -> None:
    claims = reconcile_block(
        [
            mention(1, "500000000", "military_aid"),
            mention(2, "500000000", "humanitarian_aid"),
            mention(3, "500000000", "financial_aid"),
        ]
    )
    assert categories(claims) == [
        ("military_aid", [1]),
        ("humanitarian_aid", [2]),
        ("financial_aid", [3]),
    ]


def test_a_claim_that_took_a_kind_keeps_other_kinds_out() -> None:
    claims = reconcile_block(
        [
            mention(1, "500000000", "aid_total"),
            mention(2, "500000000", "humanitarian_aid"),
            mention(3, "500000000", "military_aid"),  # aid, but not the humanitarian claim's
        ]
    )
    assert categories(claims) == [("humanitarian_aid", [1, 2]), ("military_aid", [3])]


def test_a_part_gives_its_claim_no_kind() -> None:
    # "€500 million in aid, of which €100 million for humanitarian demining"
    claims = reconcile_block(
        [
            mention(1, "500000000", "aid_total"),
            mention(1, "100000000", "humanitarian_aid", start=40, link=Link.PART_OF, link_start=0),
            mention(2, "500000000", "military_aid"),
        ]
    )
    assert categories(claims) == [("military_aid", [1, 1, 2])]


def test_unqualified_aid_moved_to_military_aid_is_military_aid() -> None:
    # `rules.claim_group` reads "aid" in a document that names no other kind as military aid: it
    # is then specific, and no humanitarian claim of another news event takes it (within a week,
    # one news event, it joins one: 2026.11.24, tests/reconciler/test_reconciler_week_joins.py)
    claims = reconcile_block(
        [
            mention(1, "500000000", "humanitarian_aid"),
            mention(20, "500000000", "aid_total", group="military"),
        ]
    )
    assert categories(claims) == [("humanitarian_aid", [1]), ("military_aid", [20])]


def test_running_totals_of_two_kinds_are_no_conflict() -> None:
    # "total support since 2022" and "military aid since 2022": two facts of one giver and period
    claims = reconcile_block(
        [
            mention(1, "9000000000", "aid_total", block=RUNNING),
            mention(2, "4000000000", "military_aid", block=RUNNING),
        ]
    )
    assert [c.conflict for c in claims] == [False, False]
    disagree = reconcile_block(
        [
            mention(1, "4000000000", "military_aid", block=RUNNING),
            mention(2, "6000000000", "security_aid", block=RUNNING),
        ]
    )
    assert [c.conflict for c in disagree] == [True, True]


def _figure(text: str, surface: str, category: str, millions: int) -> Figure:
    """A figure of Germany's to Ukraine for 2024, in its sentence of `text`."""
    start = text.index(surface)
    sentence_start = text.rfind(".", 0, start) + 1
    sentence_end = text.index(".", start + len(surface)) + 1
    return Figure(
        start=start,
        end=start + len(surface),
        surface=surface,
        sentence=text[sentence_start:sentence_end].strip(),
        value=Decimal(millions) * 1_000_000,
        unit="EUR",
        qualifier="exact",
        category=category,
        aid_related=True,
        donor="Germany",
        recipient=None if category == "defense_spending" else "Ukraine",
        year=2024,
        value_eur=Decimal(millions) * 1_000_000,
    )


def test_a_document_puts_its_kinds_of_aid_in_one_block_with_their_own_groups() -> None:
    text = (
        "Germany will send €500 million in humanitarian aid to Ukraine in 2024. "
        "Berlin adds €300 million in aid. Its defence budget is €52000 million in 2024."
    )
    figures = [
        _figure(text, "€500 million", "humanitarian_aid", 500),
        _figure(text, "€300 million", "aid_total", 300),
        _figure(text, "€52000 million", "defense_spending", 52000),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2024, 6, 1))
    assert [(m.block.category_group, m.group, m.claim_category) for m in mentions] == [
        ("aid", "humanitarian_aid", "humanitarian_aid"),
        ("aid", "aid_total", "aid_total"),  # the document names another kind: unspecific
        ("defense_spending", "defense_spending", "defense_spending"),
    ]
    assert mentions[2].block.kind == Kind.BUDGET


def test_totals_take_each_claims_own_kind_of_aid(clean_db: Settings) -> None:
    """Stored claims keep their own category and group within the one block of aid, so that
    `totals --category` and the claims filter find them by it, not by the block's."""
    rng = random.Random(3)
    packages = [
        ("Germany", 100, "humanitarian_aid", 2024),
        ("Germany", 300, "military_aid", 2024),
        ("France", 200, "financial_aid", 2024),
    ]
    documents = store_documents(rng, packages, 12)
    with db.transaction() as conn:  # aid of no kind, here and there: it takes its claim's
        conn.execute(
            "UPDATE figures SET category = 'aid_total'"
            " WHERE category <> 'defense_spending' AND mod(id, 3) = 0"
        )
    for document_id in documents:
        reconcile_and_store(document_id)
    stored = query("SELECT category, category_group, kind, value_eur FROM claims")
    assert {c["category_group"] for c in stored} >= {"humanitarian_aid", "military"}
    assert all(c["category_group"] == category_group(c["category"]) for c in stored)
    with db.transaction() as conn:
        for category in ("humanitarian_aid", "security_aid", "financial_aid"):
            where = ClaimFilter(category=category)
            (total,) = claim_store.totals(conn, ["category"], where)
            summed = sum(
                c["value_eur"]
                for c in stored
                if c["kind"] == "increment"
                and category_group(c["category"]) == category_group(category)
            )
            assert total["value_eur"] == summed
            listed = claim_store.list_claims(conn, where)
            assert {category_group(c.category) for c in listed} == {category_group(category)}
    joined = query(
        """
        SELECT c.category FROM claims c
        JOIN claim_mentions m ON m.claim_id = c.id
        JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
        WHERE f.category = 'aid_total' AND c.category <> 'aid_total'
        """
    )
    assert joined  # aid of no kind stands in claims of a kind, counted under that kind


def test_the_stage_finds_a_claim_of_a_kind_for_aid_of_none(clean_db: Settings) -> None:
    """Aid of no kind reported days later joins the stored claim of a kind: the incremental
    update reaches claims of every kind for it (`claims_near`), as a rebuild does."""
    rng = random.Random(2)
    first, later = store_documents(rng, [("Germany", 500, "humanitarian_aid", 2024)], 2)
    with db.transaction() as conn:
        conn.execute(
            "UPDATE documents SET published_at = published_at + interval '3 days' WHERE id = %s",
            (later,),
        )
        conn.execute(
            "UPDATE figures SET category = 'aid_total'"
            " WHERE document_id = %s AND category = 'humanitarian_aid'",
            (later,),
        )
    reconcile_and_store(first)
    reconcile_and_store(later)
    both = """
        SELECT c.category, c.kind, count(DISTINCT m.document_id) AS documents FROM claims c
        JOIN claim_mentions m ON m.claim_id = c.id GROUP BY c.id ORDER BY c.id
    """
    stored = query(both)
    assert {"category": "humanitarian_aid", "kind": "increment", "documents": 2} in stored
    with db.transaction() as conn:
        for block in claim_store.document_blocks(conn, later):
            rebuild_block(conn, block)
    assert sorted(query(both), key=str) == sorted(stored, key=str)
