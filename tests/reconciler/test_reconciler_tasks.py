"""reconciler.reconcile in this process, on the seed corpus: the run's real database, no broker."""

import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from services.reconciler.tasks import reconcile_and_store
from shared import db, pipeline
from shared.config import Settings
from shared.db import Connection
from shared.models import ClaimBlock
from shared.store import claims as claim_store
from shared.store.claims import ClaimFilter
from tests.support.chain import SEEDS, InProcessChain, replay_seeds, store_seed
from tests.support.ledger import query


@pytest.fixture
def seeded(clean_db: Settings, monkeypatch: pytest.MonkeyPatch) -> InProcessChain:
    """Both seed files through clean → extract → reconcile."""
    chain = InProcessChain(monkeypatch)
    replay_seeds(chain)
    return chain


def _claims(**where: Any) -> list[claim_store.ClaimSummary]:
    with db.transaction() as conn:
        return claim_store.list_claims(conn, ClaimFilter(**where))


def test_the_seeds_end_done_with_their_claims(seeded: InProcessChain) -> None:
    assert query("SELECT DISTINCT status FROM articles") == [{"status": "done"}]
    (claim_2024,) = _claims(year=2024, kind="increment", recipient="Ukraine")
    assert (claim_2024.value_eur, claim_2024.qualifier) == (Decimal(50_000_000_000), "over")
    assert (claim_2024.mentions, claim_2024.documents) == (3, 2)  # both seed files
    (claim_2025,) = _claims(year=2025, kind="increment")
    assert (claim_2025.value_eur, claim_2025.mentions, claim_2025.documents) == (
        Decimal(20_000_000_000),
        3,
        1,
    )
    with db.transaction() as conn:
        mentions = claim_store.claim_mentions(conn, claim_2025.id)
    assert [m.relation for m in mentions] == ["states", "restates", "restates"]


def test_totals_count_the_2024_aid_once(seeded: InProcessChain) -> None:
    with db.transaction() as conn:
        rows = claim_store.totals(
            conn, ["year"], ClaimFilter(category="security_aid", recipient="Ukraine")
        )
    assert [(r["year"], r["value_eur"], r["claims"], r["documents"]) for r in rows] == [
        (2024, Decimal(50_000_000_000), 1, 2),
        (2025, Decimal(20_000_000_000), 1, 1),
    ]


def test_reconciling_again_changes_nothing_and_keeps_ids(seeded: InProcessChain) -> None:
    before = _claims()
    documents = [r["id"] for r in query("SELECT id FROM documents ORDER BY id")]
    for document_id in reversed(documents):
        reconcile_and_store(document_id)
    assert _claims() == before


def test_a_document_gone_takes_its_mentions_out_of_the_claims(seeded: InProcessChain) -> None:
    first, second = (r["id"] for r in query("SELECT id FROM documents ORDER BY id"))
    with db.transaction() as conn:  # the second seed re-extracted with no figure at all
        conn.execute("DELETE FROM figures WHERE document_id = %s", (second,))
    reconcile_and_store(second)
    (claim_2024,) = _claims(year=2024, kind="increment", recipient="Ukraine")
    assert (claim_2024.mentions, claim_2024.documents) == (2, 1)
    assert _claims(year=2025) == []
    assert query("SELECT count(*) AS n FROM claim_mentions WHERE document_id = %s", second) == [
        {"n": 0}
    ]
    assert first != second


def test_appending_documents_gives_what_a_full_rebuild_gives(clean_db: Settings) -> None:
    """The stage's fast path (a later document joins the claims in reach) and rebuilding every
    block from all of its mentions agree, on coverage generated like the benchmark's."""
    import random

    from bench.reconcile_bench import DONORS, store_documents
    from services.reconciler.tasks import rebuild_block

    rng = random.Random(3)
    packages = [
        (rng.choice(DONORS[:6]), rng.randint(5, 400), "military_aid", rng.choice([2024, 2025]))
        for _ in range(30)
    ]
    for document_id in store_documents(rng, packages, 60):
        reconcile_and_store(document_id)
    appended = _snapshot()
    with db.transaction() as conn:
        blocks = {b for (doc,) in _documents() for b in claim_store.document_blocks(conn, doc)}
        for block in sorted(blocks):
            rebuild_block(conn, block)
    assert _snapshot() == appended
    assert len(appended) > 20
    assert any(claim["conflict"] for claim in appended)  # budgets of one giver and year disagree
    assert any("|share|" in claim["key"] and claim["mentions"] > 1 for claim in appended)


def _documents() -> list[tuple[int]]:
    return [(r["id"],) for r in query("SELECT id FROM documents ORDER BY id")]


def _snapshot() -> list[dict[str, Any]]:
    return query(
        """
        SELECT c.key, c.value_eur, c.mentions, c.documents, c.donor, c.giver, c.recipient,
               c.period, c.year, c.conflict, c.category, c.category_group,
               array_agg(m.document_id || ':' || m.start_offset || ':' || m.relation
                         ORDER BY m.document_id, m.start_offset) AS members
        FROM claims c JOIN claim_mentions m ON m.claim_id = c.id
        GROUP BY c.id ORDER BY c.key
        """
    )


def _content() -> list[dict[str, Any]]:
    """The claims as a reader sees them, without ids (which depend on the order of arrival)."""
    return query(
        """
        SELECT c.donor, c.recipient, c.category, c.kind, c.period, c.value_eur, c.qualifier,
               c.mentions, c.documents, c.conflict,
               array_agg(a.original_url || ':' || m.start_offset || ':' || m.relation
                         ORDER BY a.original_url, m.start_offset) AS members
        FROM claims c
        JOIN claim_mentions m ON m.claim_id = c.id
        JOIN articles a ON a.document_id = m.document_id
        GROUP BY c.id ORDER BY c.kind, c.period, c.value_eur
        """
    )


@pytest.mark.parametrize("schedule", ["one by one", "reversed", "extracted, then reconciled"])
def test_the_claims_do_not_depend_on_the_order_of_arrival(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch, schedule: str
) -> None:
    """Two workers finish the seeds in any order: the claims (their donors included) are the
    same as when one process takes them in file order."""
    chain = InProcessChain(monkeypatch)
    replay_seeds(chain)
    expected = _content()
    with db.transaction() as conn:
        conn.execute("TRUNCATE claim_mentions, claims, figures, articles, documents CASCADE")

    seeds = list(reversed(SEEDS)) if schedule != "one by one" else SEEDS
    if schedule == "extracted, then reconciled":
        for path in seeds:
            chain.run(pipeline.CLEAN_TASK, store_seed(path))
        while chain.sent and chain.sent[0][0] != pipeline.RECONCILE_TASK:
            chain.run(*chain.sent.pop(0)[:2])
        chain.sent.reverse()  # the later document's reconcile runs first
    else:
        for path in seeds:
            replay_seeds(chain, [path])
    chain.drain()
    assert _content() == expected


def test_documents_in_any_order_give_what_a_full_rebuild_gives(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stage takes a block again only from the new document's place in the clustering's
    order: with documents of the same day and earlier ones arriving in many orders (some
    reconciled twice, some figures naming no giver or year, so that a later mention fills a
    claim's), the claims are those a rebuild from all the mentions gives, and the same in every
    order."""
    import random

    from bench.reconcile_bench import DONORS, store_documents
    from services.reconciler import tasks
    from services.reconciler.tasks import rebuild_block

    rebuilt: list[ClaimBlock] = []  # the stage never falls back to a rebuild on these figures

    def counted(conn: Connection, block: ClaimBlock) -> None:
        rebuilt.append(block)
        rebuild_block(conn, block)

    monkeypatch.setattr(tasks, "rebuild_block", counted)
    rng = random.Random(11)
    packages = [
        (rng.choice(DONORS[:4]), rng.randint(60, 120), "military_aid", rng.choice([2024, 2025]))
        for _ in range(25)
    ]  # amounts close together: a mention agrees with several claims and takes the closest
    documents = store_documents(rng, packages, 50)  # an hour apart: two days and a bit
    with db.transaction() as conn:  # figures that leave their giver or year to other mentions,
        conn.execute("UPDATE figures SET donor = NULL WHERE mod(id, 4) = 0")
        conn.execute("UPDATE figures SET year = NULL WHERE mod(id, 5) = 0")
        # and rough amounts, which agree with more of them
        conn.execute("UPDATE figures SET qualifier = 'approx' WHERE mod(id, 3) = 0")
        conn.execute("UPDATE figures SET qualifier = 'over' WHERE mod(id, 7) = 0")
        # and givers read from context, which any other read so may meet
        conn.execute(
            'UPDATE figures SET attribution = attribution || \'{"donor": "context"}\''
            " WHERE mod(id, 3) = 1"
        )
        # and years read from context, which claims of another year may take
        conn.execute(
            'UPDATE figures SET attribution = attribution || \'{"year": "context"}\''
            " WHERE mod(id, 4) = 2"
        )
        # and other kinds of aid: humanitarian, never one claim with military aid, and aid of
        # no kind, which a claim of either kind may take, and which then takes its kind
        conn.execute(
            "UPDATE figures SET category = 'humanitarian_aid'"
            " WHERE category = 'military_aid' AND mod(id, 5) = 3"
        )
        conn.execute(
            "UPDATE figures SET category = 'aid_total'"
            " WHERE category = 'military_aid' AND mod(id, 3) = 2"
        )
        # (unqualified aid is military aid in a document that names no other kind: most do)
        other = "\n\nHumanitarian aid continues."
        conn.execute(
            "UPDATE documents SET text = text || %(other)s,"
            " text_sha256 = encode(sha256(convert_to(text || %(other)s, 'UTF8')), 'hex')"
            " WHERE mod(id, 4) <> 0",
            {"other": other},
        )
    first: list[dict[str, Any]] | None = None
    for attempt in range(8):
        with db.transaction() as conn:
            conn.execute("TRUNCATE claim_mentions, claims")
        order = documents[:]
        rng.shuffle(order)
        twice = rng.sample(order, 8)
        for document_id in order + twice:
            reconcile_and_store(document_id)
        arrived = _snapshot()
        with db.transaction() as conn:
            blocks = {b for (doc,) in _documents() for b in claim_store.document_blocks(conn, doc)}
            for block in sorted(blocks):
                rebuild_block(conn, block)
        assert _snapshot() == arrived, f"order {attempt}"
        assert rebuilt == []
        if first is None:
            first = arrived
        assert arrived == first, f"order {attempt}"
    assert first is not None
    assert any(claim["conflict"] for claim in first)
    assert any(claim["documents"] > 2 for claim in first)
    # aid of no kind joined claims of a kind, and claims stated by it took their kind
    kinds = query(
        """
        SELECT c.category, array_agg(DISTINCT f.category) AS read FROM claims c
        JOIN claim_mentions m ON m.claim_id = c.id AND m.relation <> 'part_of'
        JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
        GROUP BY c.id
        """
    )
    assert any(k["category"] == "humanitarian_aid" and "aid_total" in k["read"] for k in kinds)
    assert any(k["category"] == "military_aid" and "aid_total" in k["read"] for k in kinds)
    # humanitarian and military aid meet in one claim only for its very figure, one package told
    # two ways (`clustering._one_package_retold`): never another amount of the other kind
    assert not query(
        """
        SELECT c.id FROM claims c
        JOIN claim_mentions m ON m.claim_id = c.id AND m.relation <> 'part_of'
        JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
        WHERE m.category_group NOT IN ('aid_total', c.category_group)
          AND (f.value, f.unit) <> (c.value, c.unit)
        """
    )
    # givers read from context that differ met in one claim (in every order, as in the rebuild)
    assert query(
        """
        SELECT m.claim_id FROM claim_mentions m
        JOIN figures f ON f.document_id = m.document_id AND f.start_offset = m.start_offset
        WHERE f.donor IS NOT NULL GROUP BY m.claim_id HAVING count(DISTINCT f.donor) > 1
        """
    )

    # Documents extracted again with other amounts leave the claims their old figures were in.
    for document_id in rng.sample(documents, 6):
        with db.transaction() as conn:
            conn.execute(
                "UPDATE figures SET value = value * 3, value_eur = value_eur * 3"
                " WHERE document_id = %s AND unit <> 'percent'",
                (document_id,),
            )
        reconcile_and_store(document_id)
    again = _snapshot()
    assert again != first
    with db.transaction() as conn:
        for block in sorted(blocks):
            rebuild_block(conn, block)
    assert _snapshot() == again
    assert rebuilt == []


def test_the_version_bump_rebuilds_the_claims_of_the_blocks_before_it(clean_db: Settings) -> None:
    """2026.11.10 made the kinds of aid one block ("aid"): claims stored by 2026.11.9 were keyed
    by their category group's block ("military|increment|..."). The documents of an older
    version are reconciled again (`reprocess --stage reconcile`, the sweeper), oldest first, and
    their claims are then those a fresh ledger gets."""
    import random

    from bench.reconcile_bench import store_documents
    from services.reconciler.tasks import RECONCILER_VERSION

    rng = random.Random(4)
    packages = [
        ("Germany", 100, "humanitarian_aid", 2024),
        ("Germany", 300, "military_aid", 2024),
        ("France", 200, "financial_aid", 2025),
    ]
    documents = store_documents(rng, packages, 10)
    with db.transaction() as conn:
        conn.execute("UPDATE figures SET category = 'aid_total' WHERE mod(id, 3) = 0")
    for document_id in documents:
        reconcile_and_store(document_id)
    fresh = _snapshot()
    with db.transaction() as conn:  # as 2026.11.9 stored them
        conn.execute(
            "UPDATE claims SET key = category_group || substr(key, length('aid') + 1)"
            " WHERE key LIKE 'aid|%'"
        )
        conn.execute("UPDATE documents SET reconciler_version = '2026.11.9'")
    assert _snapshot() != fresh
    with db.transaction() as conn:
        stale = claim_store.stale_documents(conn, RECONCILER_VERSION, everything=False)
    assert sorted(stale) == sorted(documents)
    for document_id in stale:
        reconcile_and_store(document_id)
    assert _snapshot() == fresh


def test_a_rebuild_unlinks_the_mentions_whose_figures_are_gone(seeded: InProcessChain) -> None:
    """A document extracted again (its figures replaced) but not yet reconciled: a rebuild of its
    blocks leaves its old mentions out, and links none of them to a claim that stays."""
    from services.reconciler.tasks import rebuild_block

    (later,) = query("SELECT id FROM documents ORDER BY published_at DESC, id DESC LIMIT 1")
    document_id = later["id"]
    with db.transaction() as conn:
        blocks = claim_store.document_blocks(conn, document_id)
        conn.execute("DELETE FROM figures WHERE document_id = %s", (document_id,))
        for block in blocks:
            rebuild_block(conn, block)
    linked = "SELECT start_offset FROM claim_mentions WHERE document_id = %s AND claim_id > 0"
    assert query(linked, document_id) == []
    # the claims that stay count the mentions linked to them
    miscounted = """
        SELECT c.id FROM claims c LEFT JOIN claim_mentions m ON m.claim_id = c.id
        GROUP BY c.id HAVING count(m.*) <> max(c.mentions)
    """
    assert query(miscounted) == []


def test_a_deadlock_victim_reconciles_again(
    seeded: InProcessChain, clean_db: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """A real deadlock: another transaction holds the document's first block lock, then asks for
    the document's row, which the reconciliation holds while it waits for that block. PostgreSQL
    ends the reconciliation (the other session checks for deadlocks only after 10 s); it runs
    again once the other commits, and ends as if nothing had happened."""
    assert clean_db.database_url is not None
    with db.transaction() as conn:
        document_id = int(query("SELECT min(id) AS id FROM documents")[0]["id"])
        [first, *_] = sorted(claim_store.document_blocks(conn, document_id), key=ClaimBlock.text)
    before = _claims()
    with psycopg.connect(clean_db.database_url) as other, ThreadPoolExecutor(1) as pool:
        other.execute("SET deadlock_timeout = '10s'")
        other.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (first.text(),))
        reconciling = pool.submit(reconcile_and_store, document_id)
        time.sleep(0.5)  # the reconciliation holds the row and waits for the block
        other.execute("SELECT id FROM documents WHERE id = %s FOR UPDATE", (document_id,))
        other.commit()
        assert reconciling.result(timeout=60) >= 1
    assert "ended as a deadlock's victim" in caplog.text
    assert _claims() == before
