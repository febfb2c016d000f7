"""The web ledger's latency on a large ledger: p50 and p95 per page and API route.

    .venv/bin/python bench/web_bench.py [--figures 100000] [--repeat 40]

Builds a ledger of `--figures` figures in a private database (bench/pipeline_support.py's: created
for the run, migrated, dropped at the end): generated coverage of aid packages (the reconcile
bench's documents: several outlets per package, amounts rounded, running totals, budgets and
shares beside them) spread over donors, years, categories, outlets and publication dates, stored
through shared/store with the mentions the reconcile stage reads from them, and each block's
claims made by the stage's own rebuild (one pass per block: document by document takes half an
hour at this size, for the same claims). Then VACUUM ANALYZE, as autovacuum would have done, and
the real server (`aidledger web`) on it: every route of the contract with typical filters,
`--repeat` times each after one warm-up request, over one kept-alive connection.

Prints `web_p95_ms ROUTE MS p50_ms MS status CODE bytes N` per route, an `overall` line, the
routes over the 300 ms target and the machine's load. A status other than 200 is printed, never
hidden.
"""

import argparse
import datetime
import hashlib
import http.client
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from bench.pipeline_support import private_ledger
from bench.reconcile_bench import DONORS, Package, make_document
from services.reconciler.mentions import document_mentions
from services.reconciler.tasks import RECONCILER_VERSION, mention_row, rebuild_block
from shared import db
from shared.models import ClaimBlock, CleanedDocument, Figure
from shared.store import articles, claims
from tests.support.processes import running_web

CATEGORIES = ["military_aid", "security_aid", "financial_aid", "humanitarian_aid"]
YEARS = [2022, 2023, 2024, 2025, 2026]
OUTLETS = [
    "www.reuters.com", "apnews.com", "www.bbc.co.uk", "www.dw.com", "www.lemonde.fr",
    "www.theguardian.com", "kyivindependent.com", "www.politico.eu", "www.ft.com",
    "www.spiegel.de", "www.nato.int", "www.defensenews.com",
]  # fmt: skip
TARGET_P95_MS = 300.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)  # noqa: S311 (reproducible data, not crypto)
    with private_ledger() as settings:
        started = time.perf_counter()
        blocks = store_coverage(rng, args.figures)
        stored = time.perf_counter()
        reconcile(blocks)
        # What autovacuum keeps on a ledger that grew over time: statistics (without them the
        # planner takes every freshly loaded table for nearly empty, and pages time out) and
        # the visibility map (counts read indexes only).
        assert settings.database_url is not None
        with psycopg.connect(settings.database_url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        reconciled = time.perf_counter()
        sizes = ledger_sizes()
        print(" ".join(f"{name} {n}" for name, n in sizes.items()))
        print(f"store_s {stored - started:.1f} reconcile_s {reconciled - stored:.1f}")
        samples = sample_ids(rng)
        with (
            tempfile.TemporaryDirectory(prefix="aidledger-web-bench-") as folder,
            running_web(settings, Path(folder) / "web.log") as base_url,
        ):
            measure(base_url, routes(samples), args.repeat)


# --- the ledger ---------------------------------------------------------------------------------


def store_coverage(rng: random.Random, figures: int, batch: int = 500) -> set[ClaimBlock]:
    """Documents until `figures` figures are stored, oldest first, `batch` per transaction, each
    with its mentions as the reconcile stage stores them; returns the blocks they are in."""
    packages: list[Package] = [
        (rng.choice(DONORS), rng.randint(5, 3000), rng.choice(CATEGORIES), rng.choice(YEARS))
        for _ in range(max(50, figures // 18))  # about 18 mentions per package, as coverage goes
    ]
    first_day = datetime.datetime(2022, 2, 24, tzinfo=datetime.UTC)
    span = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC) - first_day
    expected = figures // 4.5  # make_document writes 3 to 6 figures
    blocks: set[ClaimBlock] = set()
    number = stored = 0
    while stored < figures:
        with db.transaction() as conn:
            for _ in range(batch):
                number += 1
                text, found = make_document(rng, packages)
                found = found[: figures - stored]
                title = f"{found[0].donor} and Ukraine: report {number}"
                heading = f"{title}\n\n"
                text = heading + text
                found = [
                    replace(f, start=f.start + len(heading), end=f.end + len(heading))
                    for f in found
                ]
                published = first_day + span * min(number / expected, 1.0)
                outlet = rng.choice(OUTLETS)
                url = f"https://{outlet}/{published:%Y/%m/%d}/aid-report-{number}"
                article_id, _ = articles.insert_article(
                    conn, url=url, original_url=url, source="manual", title=title
                )
                sha = hashlib.sha256(text.encode()).hexdigest()
                document = CleanedDocument(
                    text=text, text_sha256=sha, title=title, published_at=published
                )
                document_id = articles.save_document(conn, article_id, document, "bench")
                articles.replace_figures(conn, document_id, "bench", found)
                blocks |= store_mentions(conn, document_id, text, found, published.date())
                stored += len(found)
                if stored >= figures:
                    break
    return blocks


def store_mentions(
    conn: db.Connection,
    document_id: int,
    text: str,
    figures: list[Figure],
    published: datetime.date,
) -> set[ClaimBlock]:
    """What `reconcile_and_store` writes for a document before it brings its blocks up to
    date: its mentions (the reconciler's own reading of its figures), and its articles done."""
    mentions = document_mentions(document_id, text, figures, published)
    claims.replace_document_mentions(
        conn, document_id, published, [mention_row(m) for m in mentions]
    )
    claims.set_reconciled(conn, document_id, RECONCILER_VERSION)
    articles.mark_reconciled(conn, document_id)
    return {m.block for m in mentions}


def reconcile(blocks: set[ClaimBlock]) -> None:
    """Each block's claims from all of its mentions at once, by the stage's own rebuild (what
    it does for a document that is not the latest): the same claims as reconciling document by
    document (the reconciler's tests compare the two), in minutes less at this size."""
    for block in sorted(blocks, key=ClaimBlock.text):
        with db.transaction() as conn:
            rebuild_block(conn, block)


def ledger_sizes() -> dict[str, int]:
    sizes = {}
    with db.transaction() as conn:
        for table in ("documents", "figures", "claims", "claim_mentions"):
            found = conn.execute(f"SELECT count(*) AS n FROM {table}").fetchone()  # noqa: S608
            assert found is not None
            sizes[table] = int(found["n"])
    return sizes


@dataclass(frozen=True, slots=True)
class Samples:
    """Ids to request: claims with many mentions (the heaviest claim pages), and documents."""

    claims: list[int]
    documents: list[int]
    donor: str
    busy_year: int


def sample_ids(rng: random.Random, count: int = 20) -> Samples:
    with db.transaction() as conn:
        claims = conn.execute(
            "SELECT id FROM claims ORDER BY mentions DESC, id LIMIT %s", (count,)
        ).fetchall()
        documents = conn.execute("SELECT id FROM documents ORDER BY id").fetchall()
        donor = conn.execute(
            "SELECT donor, count(*) AS n FROM claims WHERE donor IS NOT NULL "
            "GROUP BY donor ORDER BY n DESC, donor LIMIT 1"
        ).fetchone()
        year = conn.execute(
            "SELECT year, count(*) AS n FROM claims WHERE year IS NOT NULL "
            "GROUP BY year ORDER BY n DESC, year LIMIT 1"
        ).fetchone()
    assert donor is not None
    assert year is not None
    return Samples(
        claims=[r["id"] for r in claims],
        documents=[r["id"] for r in rng.sample(documents, min(count, len(documents)))],
        donor=donor["donor"],
        busy_year=year["year"],
    )


# --- the requests -------------------------------------------------------------------------------


def routes(s: Samples) -> list[tuple[str, list[str]]]:
    """(label, the paths requested in turn): the contract's routes with typical filters."""
    totals = "recipient=Ukraine&category=military_aid&kind=increment&from=2022&to=2026"
    donor = s.donor.replace(" ", "+")
    claim_pages = [f"/claims/{i}" for i in s.claims]
    return [
        ("/totals", [f"/totals?{totals}"]),
        ("/totals?category=financial_aid", ["/totals?recipient=Ukraine&category=financial_aid"]),
        ("/claims", ["/claims"]),
        ("/claims?donor&sort=value_eur", [f"/claims?donor={donor}&sort=value_eur&order=desc"]),
        ("/claims?year&category", [f"/claims?year={s.busy_year}&category=security_aid"]),
        ("/claims?conflicts=1", ["/claims?conflicts=1&sort=documents&order=desc"]),
        ("/claims?since", ["/claims?since=2026-01-01&sort=mentions&order=desc"]),
        ("/claims?page=20", ["/claims?page=20&per_page=50"]),
        ("/claims/{id}", claim_pages),
        ("/articles/{id}", [f"/articles/{i}" for i in s.documents]),
        ("/operations", ["/operations"]),
        ("/totals.csv", [f"/totals.csv?{totals}"]),
        ("/claims.csv?donor", [f"/claims.csv?donor={donor}"]),
        ("/figures.csv?donor&year", [f"/figures.csv?donor={donor}&year={s.busy_year}"]),
        ("/api/totals?by=donor,year", [f"/api/totals?by=donor,year&{totals}"]),
        ("/api/claims?donor", [f"/api/claims?donor={donor}&kind=increment"]),
        ("/api/claims/{id}", [f"/api/claims/{i}" for i in s.claims]),
        ("/api/figures?donor&year", [f"/api/figures?donor={donor}&year={s.busy_year}"]),
        ("/api/status", ["/api/status"]),
    ]


def measure(base_url: str, plan: list[tuple[str, list[str]]], repeat: int) -> None:
    parts = urlsplit(base_url)
    assert parts.hostname is not None
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    everything: list[float] = []
    slow: list[str] = []
    for label, paths in plan:
        _get(conn, paths[0])  # warm-up: the pool's first connection, the plan cache
        timings, statuses, size = [], set(), 0
        for i in range(repeat):
            t0 = time.perf_counter()
            status, body = _get(conn, paths[i % len(paths)])
            timings.append((time.perf_counter() - t0) * 1000)
            statuses.add(status)
            size = max(size, body)
        p50, p95 = percentile(timings, 50), percentile(timings, 95)
        everything += timings
        codes = ",".join(str(c) for c in sorted(statuses))
        print(f"web_p95_ms {label} {p95:.1f} p50_ms {p50:.1f} status {codes} bytes {size}")
        if p95 >= TARGET_P95_MS:
            slow.append(label)
    print(
        f"web_p95_ms overall {percentile(everything, 95):.1f} "
        f"p50_ms {percentile(everything, 50):.1f} requests {len(everything)}"
    )
    print(f"web_routes_over_{TARGET_P95_MS:.0f}ms {len(slow)} {' '.join(slow)}".rstrip())
    # Other work on the machine shows in every number: say how busy it was.
    print(f"load_average_1m {os.getloadavg()[0]:.1f} cpus {os.cpu_count()}")
    conn.close()


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, int]:
    """GET on the kept-alive connection (reopened if the server closed it); status and size."""
    for attempt in (1, 2):
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, len(response.read())
        except (http.client.HTTPException, ConnectionError):
            conn.close()
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def percentile(values: list[float], p: int) -> float:
    """The p-th percentile, nearest rank (of 40 samples, p95 is the 38th fastest)."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * p // 100) - 1)]


if __name__ == "__main__":
    main()
