"""The reconcile stage as the ledger grows: time per document, batch after batch.

    .venv/bin/python bench/reconcile_bench.py [--documents 2000] [--batch 500]

Generates documents that report a pool of packages the way coverage does (several outlets per
package, amounts rounded or converted, running totals and budgets beside them), stores them with
their figures in a private embedded PostgreSQL (a temporary folder, removed after), then runs the
real stage (`reconcile_and_store`, one transaction per document) over them in publication order
and prints the milliseconds per document of each batch. Flat numbers mean the cost does not grow
with the ledger.
"""

import argparse
import datetime
import hashlib
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from services.reconciler.tasks import reconcile_and_store
from shared import db, migrate
from shared.config import Settings
from shared.embedded import services
from shared.models import CleanedDocument, Figure
from shared.store import articles

DONORS = [
    "Germany", "United Kingdom", "France", "Poland", "Netherlands", "Denmark", "Sweden",
    "Norway", "Finland", "Canada", "Italy", "Spain", "Belgium", "Czech Republic", "Lithuania",
    "Latvia", "Estonia", "Japan", "South Korea", "Australia", "United States", "EU",
]  # fmt: skip
CATEGORIES = ["military_aid", "financial_aid", "humanitarian_aid"]
YEARS = [2022, 2023, 2024, 2025, 2026]
Package = tuple[str, int, str, int]  # donor, millions, category, year


def sentence(donor: str, millions: int, category: str, year: int, kind: str) -> tuple[str, str]:
    """(sentence, the figure's surface in it)."""
    surface = f"€{millions} million"
    words = category.replace("_", " ")
    if kind == "cumulative":
        return f"{donor} has provided {surface} in {words} to Ukraine since 2022.", surface
    if kind == "budget":
        return f"{donor}'s defence budget for {year} is {surface}.", surface
    if kind == "share":
        surface = f"{share_of_gdp(millions)}%"
        return f"{donor} will spend {surface} of GDP on defence in {year}.", surface
    return f"{donor} will give Ukraine {surface} in {words} in {year}.", surface


def share_of_gdp(millions: int) -> Decimal:
    """A package's stand-in share of GDP (1.0-4.9%), so that shares repeat like amounts do."""
    return Decimal(10 + millions % 40) / 10


def make_document(rng: random.Random, packages: list[Package]) -> tuple[str, list[Figure]]:
    text, figures = "", []
    for _ in range(rng.randint(3, 6)):
        donor, millions, category, year = rng.choice(packages)
        kind = rng.choices(["increment", "cumulative", "budget", "share"], [8, 1, 1, 1])[0]
        if kind == "increment" and rng.random() < 0.3:
            millions = round(millions * rng.choice([0.98, 1.0, 1.02]))  # rounded by the outlet
        line, surface = sentence(donor, millions, category, year, kind)
        start = len(text) + line.index(surface)
        share = kind == "share"
        value = share_of_gdp(millions) if share else Decimal(millions) * 1_000_000
        figures.append(
            Figure(
                start=start,
                end=start + len(surface),
                surface=surface,
                sentence=line,
                value=value,
                unit="percent" if share else "EUR",
                qualifier="exact",
                category="defense_spending" if kind in ("budget", "share") else category,
                aid_related=True,
                donor=donor,
                recipient=None if kind in ("budget", "share") else "Ukraine",
                year=None if kind == "cumulative" else year,
                value_eur=None if share else value,
            )
        )
        text += line + "\n\n"
    return text, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)  # noqa: S311 (reproducible data, not crypto)
    packages = [
        (rng.choice(DONORS), rng.randint(5, 3000), rng.choice(CATEGORIES), rng.choice(YEARS))
        for _ in range(max(50, args.documents // 4))
    ]
    folder = Path(tempfile.mkdtemp(prefix="aidledger-reconcile-bench-"))
    try:
        with services(Settings(data_dir=folder), broker=False) as settings:
            assert settings.database_url is not None
            migrate.migrate(settings.database_url)
            db.configure(settings.database_url)
            ids = store_documents(rng, packages, args.documents)
            run(ids, args.batch)
            db.reset()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def store_documents(rng: random.Random, packages: list[Package], count: int) -> list[int]:
    ids = []
    day = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    with db.transaction() as conn:
        for number in range(count):
            text, figures = make_document(rng, packages)
            text = f"Report {number}.\n\n{text}"  # unique, and offsets move by the prefix
            shift = len(f"Report {number}.\n\n")
            figures = [replace(f, start=f.start + shift, end=f.end + shift) for f in figures]
            article_id, _ = articles.insert_article(
                conn,
                url=f"https://bench.example/{number}",
                original_url=str(number),
                source="manual",
            )
            sha = hashlib.sha256(text.encode()).hexdigest()
            published = day + datetime.timedelta(hours=number)
            doc = CleanedDocument(text=text, text_sha256=sha, published_at=published)
            document_id = articles.save_document(conn, article_id, doc, "bench")
            articles.replace_figures(conn, document_id, "bench", figures)
            ids.append(document_id)
    return ids


def run(ids: list[int], batch: int) -> None:
    print(f"documents: {len(ids)}, batch {batch}")
    per_batch = []
    for first in range(0, len(ids), batch):
        started = time.perf_counter()
        for document_id in ids[first : first + batch]:
            reconcile_and_store(document_id)
        ms = (time.perf_counter() - started) * 1000 / len(ids[first : first + batch])
        per_batch.append(ms)
        print(f"reconcile_ms_per_doc docs {first + 1}-{first + batch}: {ms:.1f}")
    with db.transaction() as conn:
        claims = conn.execute("SELECT count(*) AS n FROM claims").fetchone()
        mentions = conn.execute("SELECT count(*) AS n FROM claim_mentions").fetchone()
    assert claims is not None
    assert mentions is not None
    print(f"claims {claims['n']}, mentions {mentions['n']}")
    print(f"reconcile_ms_per_doc_median {statistics.median(per_batch):.1f}")
    print(f"growth_last_to_first {per_batch[-1] / per_batch[0]:.2f}")


if __name__ == "__main__":
    main()
