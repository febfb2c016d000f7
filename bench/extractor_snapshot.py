"""Every figure the extractor finds in the texts it is developed on, as JSON: a check that a
speed-up changed nothing. Run it before and after a change and compare the files byte for byte.

    .venv/bin/python -m bench.extractor_snapshot > before.json
    ... change the extractor ...
    .venv/bin/python -m bench.extractor_snapshot > after.json && cmp before.json after.json

Texts: the seeds, the regression and unseen cases, the dev and holdout article sets (never
the kept-back set, `_UNREAD` below: it stays unread), the reconciler clusters (never the
kept-back split, `_UNREAD_CLUSTERS`), the generated benchmark articles and, when
../shared/benchmarks is there, the cleaned text of the 181 pages of the article-extraction
benchmark. Each is extracted with its title and date (as the evaluation does) and without (as
the benchmark does); every field of every figure is written.
"""

import argparse
import dataclasses
import datetime
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.extractor_bench import generate_article
from services.cleaner.clean import clean
from services.cleaner.evaluate import default_benchmark_dir
from services.extractor.figures import extract_figures
from shared.errors import Skip

ROOT = Path(__file__).resolve().parent.parent
# Kept back for a blind score: never read here.
_UNREAD = re.compile(r"(?:45[7-9]|46[0-9]|47[0-4])_")  # articles 457-474 (holdout25)
_UNREAD_CLUSTERS = {"holdout23"}

Text = tuple[str, str, str | None, str | None]  # key, text, title, published


def _records(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            yield json.loads(line)


def _texts(pages: Path) -> Iterator[Text]:
    for path in sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt")):
        yield f"seed/{path.name}", path.read_text("utf-8"), None, None
    extractor = ROOT / "tests" / "extractor"
    for name in ("eval_set.jsonl", "eval_unseen.jsonl"):
        for record in _records(extractor / name):
            text = record.get("text") or (extractor / record["path"]).read_text("utf-8")
            yield f"{name}/{record['id']}", text, record.get("title"), record.get("published")
    articles = extractor / "articles"
    for path in sorted(articles.glob("*.jsonl")):  # every set; the unread articles skipped
        name = path.stem
        for record in _records(path):
            if _UNREAD.match(record["path"]):
                continue
            text = (articles / record["path"]).read_text("utf-8")
            yield f"{name}/{record['id']}", text, record.get("title"), record.get("published")
    clusters = ROOT / "tests" / "reconciler" / "clusters"
    for cluster in _records(clusters / "clusters.jsonl"):
        if cluster.get("split") in _UNREAD_CLUSTERS:
            continue
        for article in cluster["articles"]:
            text = (clusters / article["path"]).read_text("utf-8")
            yield f"cluster/{article['path']}", text, article.get("title"), article.get("published")
    for size in (2, 20, 200):
        for seed in range(5 if size < 200 else 2):
            yield f"generated/{size}/{seed}", generate_article(size * 1024, seed), None, None
    if (pages / "html").is_dir():
        for path in sorted((pages / "html").glob("*.html.gz")):
            try:
                document = clean(gzip.decompress(path.read_bytes()), content_type="text/html")
            except Skip as error:  # a page the cleaner skips has no text
                print(f"{path.name}: {error!r}", file=sys.stderr)
                continue
            published = document.published_at.date().isoformat() if document.published_at else None
            yield f"page/{path.name}", document.text, document.title, published


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # Decimal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=default_benchmark_dir())
    args = parser.parse_args()
    snapshot: dict[str, Any] = {}
    for key, text, title, published in _texts(args.pages):
        date = datetime.date.fromisoformat(published) if published else None
        with_metadata = extract_figures(text, title=title, published=date)
        snapshot[key] = _plain(with_metadata)
        snapshot[f"{key} (bare)"] = _plain(extract_figures(text))
    json.dump(snapshot, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)
    print()
    figures = sum(len(figures) for figures in snapshot.values())
    print(f"{len(snapshot)} extractions, {figures} figures", file=sys.stderr)


if __name__ == "__main__":
    main()
