"""What each part of the cleaner's extraction buys, on the article-extraction benchmark.

    .venv/bin/python bench/cleaner_ablation.py [--limit N]

Each row adds one part to the one above (metric: the benchmark README, services/cleaner/
evaluate.py), from plain trafilatura to the cleaner's full `extract_html`, then `clean()` end to
end (normalization, verdict). The last lines count how often the merge needed readability (the
"second opinion") and the CPU time of each run. The numbers go in docs/cleaner.md.
"""

import argparse
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

import trafilatura

from services.cleaner import merge
from services.cleaner.blocks import AMOUNT, bare_text
from services.cleaner.decode import decode_body
from services.cleaner.evaluate import (
    BenchmarkPage,
    Score,
    cleaner_text,
    default_benchmark_dir,
    load_pages,
    score_system,
    trafilatura_text,
)
from services.cleaner.htmltext import (
    TRAFILATURA_OPTIONS,
    extract_html,
    link_texts,
    readability_text,
    unwrap_layout_tables,
    without_leading_title,
)
from services.cleaner.normalize import strip_controls


@dataclass
class Runs:
    """One page's raw material: the two trafilatura runs, readability, links and the title."""

    html: str
    broad: str
    strict: str
    links: frozenset[str]
    title: str | None


def prepare(page: BenchmarkPage, timings: dict[str, float]) -> Runs:
    html = strip_controls(decode_body(page.html, content_type="text/html").text)
    tree = trafilatura.load_html(html)
    unwrap_layout_tables(tree)
    links, _density = link_texts(tree)
    start = time.process_time()
    broad: Any = trafilatura.bare_extraction(
        deepcopy(tree), url=page.url, with_metadata=True, favor_recall=True, **TRAFILATURA_OPTIONS
    )
    timings["recall run (with metadata)"] += time.process_time() - start
    start = time.process_time()
    strict: Any = trafilatura.bare_extraction(
        tree, url=page.url, favor_precision=True, **TRAFILATURA_OPTIONS
    )
    timings["precision run"] += time.process_time() - start
    return Runs(
        html=html,
        broad=(broad.text or "") if broad else "",
        strict=(strict.text or "") if strict else "",
        links=links,
        title=broad.title if broad else None,
    )


@contextmanager
def no_block_filter() -> Iterator[None]:
    """The merge with its block filter switched off (only for this measurement)."""
    saved = {name: getattr(merge, name) for name in ("is_boilerplate_block", "is_promo_block")}
    for name in saved:
        setattr(merge, name, lambda *args: False)
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(merge, name, function)


def filtered_blocks(pages: list[BenchmarkPage], runs: dict[str, Runs]) -> tuple[int, int, int]:
    """Blocks the block filter drops: all, those with an amount, those with an amount that the
    hand-marked body has (a figure the filter wrongly drops)."""
    dropped = with_amount = in_truth = 0
    for page in pages:
        r = runs[page.page_id]
        kept = set(merge.blocks(merge.merge_texts(r.broad, r.strict, r.links).text))
        with no_block_filter():
            unfiltered = merge.blocks(merge.merge_texts(r.broad, r.strict, r.links).text)
        for block in unfiltered:
            if block in kept:
                continue
            dropped += 1
            if AMOUNT.search(block):
                with_amount += 1
                in_truth += bare_text(block) in page.truth
    return dropped, with_amount, in_truth


def main() -> None:
    parser = argparse.ArgumentParser(description="What each part of the cleaner buys.")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    pages = load_pages(default_benchmark_dir(), args.limit)
    timings: dict[str, float] = defaultdict(float)
    runs = {page.page_id: prepare(page, timings) for page in pages}
    hows: Counter[str] = Counter()

    def merged(page: BenchmarkPage, *, second: bool = True, title: bool = False) -> str:
        r = runs[page.page_id]
        opinion: Callable[[], str] | None = None
        if second:

            def opinion() -> str:
                start = time.process_time()
                text = readability_text(r.html)
                timings["readability (when asked)"] += time.process_time() - start
                return text

        result = merge.merge_texts(r.broad, r.strict, r.links, opinion)
        hows[result.how] += 1
        return without_leading_title(result.text, r.title) if title else result.text

    rows: list[tuple[str, Callable[[BenchmarkPage], str]]] = [
        ("trafilatura.extract(bytes), defaults", trafilatura_text),
        ("recall run alone", lambda p: runs[p.page_id].broad),
        ("precision run alone", lambda p: runs[p.page_id].strict),
        ("span merge, no block filter, no 2nd", lambda p: merged(p, second=False)),
    ]
    print(f"{'system':<40} {'F1':>6} {'P':>6} {'R':>6} {'empty':>5}")
    for name, predict in rows[:3]:
        show(name, score_system(pages, predict))
    with no_block_filter():
        show(rows[3][0], score_system(pages, rows[3][1]))
    show("+ block filter", score_system(pages, lambda p: merged(p, second=False)))
    show("+ readability as second opinion", score_system(pages, merged))
    hows.clear()
    show("+ headline line dropped", score_system(pages, lambda p: merged(p, title=True)))
    show("extract_html (the cleaner's extraction)", score_system(pages, html_text))
    show("clean() end to end", score_system(pages, cleaner_text))
    print(f"\nmerge outcomes over {len(pages)} pages: {dict(hows.most_common())}")
    dropped, with_amount, in_truth = filtered_blocks(pages, runs)
    print(
        f"block filter: {dropped} blocks dropped, {with_amount} of them with an amount "
        f"({in_truth} of those in the hand-marked bodies)"
    )
    for name, seconds in timings.items():
        print(f"{name:<30} {seconds * 1e3 / len(pages):6.2f} ms/page (CPU)")


def html_text(page: BenchmarkPage) -> str:
    html = strip_controls(decode_body(page.html, content_type="text/html").text)
    return extract_html(html, url=page.url).text


def show(name: str, score: Score) -> None:
    print(f"{name:<40} {score.f1:6.3f} {score.precision:6.3f} {score.recall:6.3f} {score.empty:5}")


if __name__ == "__main__":
    main()
