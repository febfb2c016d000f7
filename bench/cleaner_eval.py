"""The cleaner's article text on the article-extraction benchmark, beside plain trafilatura.

    .venv/bin/python bench/cleaner_eval.py [--dir ../shared/benchmarks/article-extraction]
                                           [--limit N] [--worst 10]

Prints F1, precision, recall and pages skipped for `clean()` and for `trafilatura.extract(bytes)`
on the same pages (metric: the benchmark README, see services/cleaner/evaluate.py), then the
cleaner's worst pages by F1, with the skip reason if any. About 10 s for the 181 pages.
"""

import argparse
from pathlib import Path

from services.cleaner.evaluate import (
    PageScore,
    default_benchmark_dir,
    format_scores,
    score_cleaner,
)


def page_f1(page: PageScore) -> float:
    precision = page.precision or 0.0
    total = precision + page.recall
    return 2 * precision * page.recall / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the cleaner on the benchmark.")
    parser.add_argument("--dir", type=Path, default=default_benchmark_dir())
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages by id")
    parser.add_argument("--worst", type=int, default=10, help="list the N worst pages")
    args = parser.parse_args()
    if not (args.dir / "ground-truth.json").is_file():
        parser.error(f"no benchmark at {args.dir}")
    scores = score_cleaner(args.dir, args.limit)
    print(format_scores(scores))
    reference = {page.page_id: page for page in scores.trafilatura.per_page}
    print(f"\nworst {args.worst} pages for the cleaner (F1 cleaner / trafilatura):")
    for page in sorted(scores.cleaner.per_page, key=page_f1)[: args.worst]:
        other = page_f1(reference[page.page_id])
        reason = f"  skipped: {page.skipped}" if page.skipped else ""
        print(f"  {page.page_id[:16]}  {page_f1(page):.3f} / {other:.3f}{reason}")


if __name__ == "__main__":
    main()
