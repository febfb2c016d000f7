"""Cleaner throughput on real news pages beside trafilatura, and on generated pages of 20-2,000 KB.

    .venv/bin/python bench/cleaner_bench.py [--seconds 3] [--sizes 20,200,2000] [--rounds 3]

First, on the 181 real pages of the article-extraction benchmark (../shared/benchmarks, skipped
when absent): pages/s of `clean()` beside `trafilatura.extract(html_bytes, with_metadata=True)`
on the same pages, in alternating rounds, per CPU second of the process (the machine is shared:
the median round counts), and their ratio. The issue's bound is a ratio of 0.7 or more.

Each page is a realistic article (paragraphs with aid figures, a data table) wrapped in the usual
boilerplate (scripts, navigation, ads, related links, comments, footer); bigger pages repeat the
article paragraphs and the boilerplate blocks in the same proportions. For each size it prints
pages/s and MB/s of `clean()`, where the time goes (decoding, trafilatura, normalization, language)
and, when the extractor is importable, the cleaner's share of clean + extract time (the fetch is
network time and is left out). Pure CPU, one process, no database.
"""

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import trafilatura

from services.cleaner.clean import clean
from services.cleaner.decode import decode_body
from services.cleaner.evaluate import BenchmarkPage, default_benchmark_dir, load_pages
from services.cleaner.htmltext import extract_html
from services.cleaner.language import detect_language
from services.cleaner.normalize import normalize_text, strip_controls
from shared.errors import Skip

PARAGRAPHS = [
    "NATO member states granted Ukraine more than €{n} billion in security aid in 2024, "
    "exceeding the target they set at the summit in Washington, an Alliance spokeswoman said.",
    "European allies and Canada contributed more than half of the total. Leaders of the 32 member "
    "states had pledged a baseline of €40 billion a year “with proportional contributions”.",
    "Germany alone provided about {n}\u202fbillion euros, while the Netherlands and the Nordic "
    "countries announced new packages worth between 2–3 billion euros each.",
    "Ukraine's own defence budget fell by \u2212{n}% in real terms as inflation ate into spending, "
    "the ministry in Kyiv said on Wednesday, calling for faster deliveries of air defence.",
    "Diplomats said the figure would be used to show Washington that Europe carries a larger "
    "share of the burden\u00a0— a message several capitals want to deliver before the summit.",
]
NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
RELATED = "".join(
    f'<li><a href="/world/2025/02/{i:02d}/story-{i}">Allies discuss defence plan {i}</a></li>'
    for i in range(10)
)
COMMENTS = "".join(
    f'<div class="comment"><p class="author">reader{i}</p><p>Comment {i}: more aid is needed, '
    "and quickly, before the next winter arrives in the east.</p></div>"
    for i in range(6)
)
SCRIPT = (
    "<script>window.__STATE__ = {" + ",".join(f'"k{i}": {i}' for i in range(150)) + "};</script>"
)


def article_block(index: int) -> str:
    paragraphs = "".join(f"<p>{p.format(n=index % 90 + 10)}</p>" for p in PARAGRAPHS)
    table = (
        "<table><tr><th>Country</th><th>Aid</th></tr>"
        f"<tr><td>Germany</td><td>€{index % 9 + 1}.1 billion</td></tr>"
        "<tr><td>Denmark</td><td>€3.5 billion</td></tr></table>"
    )
    return paragraphs + (table if index % 4 == 0 else "")


def boilerplate_block(index: int) -> str:
    return (
        f'<div class="ad-slot">Advertisement {index}: cheap flights from €19</div>'
        f'<aside class="related"><h2>Related:</h2><ul>{RELATED}</ul></aside>'
        f'<section class="comments">{COMMENTS}</section>'
    )


def make_page(target_kb: int) -> bytes:
    """A UTF-8 news page of about `target_kb` KB."""
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>NATO allies exceed pledge | Ledger</title>"
        '<meta property="og:site_name" content="Ledger">'
        '<meta property="article:published_time" content="2025-02-12T09:30:00+01:00">'
        f"{SCRIPT}</head><body><header><nav><ul>{NAV}</ul></nav></header>"
        '<main><article><h1>NATO allies exceed pledge</h1><div class="story-body">'
    )
    tail = "</main><footer><p>© 2025 Ledger. All rights reserved.</p></footer></body></html>"
    body: list[str] = []
    extra: list[str] = []
    size = len(head) + len(tail)
    index = 0
    while size < target_kb * 1024:
        block = article_block(index)
        noise = boilerplate_block(index) if index % 3 == 0 else ""
        body.append(block)
        extra.append(noise)
        size += len(block.encode()) + len(noise.encode())
        index += 1
    page = head + "".join(body) + "</div></article>" + "".join(extra) + tail
    return page.encode("utf-8")


def timed(fn: Callable[[], Any], seconds: float, min_runs: int = 3) -> tuple[float, int]:
    """Median seconds per call of `fn`, repeated for about `seconds` (at least `min_runs` times)."""
    runs: list[float] = []
    deadline = time.perf_counter() + seconds
    while len(runs) < min_runs or time.perf_counter() < deadline:
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), len(runs)


def load_extractor() -> Callable[[str], object] | None:
    """The extractor's entry point when it is importable (it is another module's work)."""
    try:
        from services.extractor.figures import extract_figures  # noqa: PLC0415 - optional
    except Exception:
        return None
    return extract_figures


def bench_size(kb: int, seconds: float, extractor: Callable[[str], object] | None) -> None:
    """Measure and print one line (two with the extractor) for pages of about `kb` KB."""
    page = make_page(kb)
    feed_date = datetime(2025, 2, 12, tzinfo=UTC)
    per_page, runs = timed(lambda: clean(page, fallback_date=feed_date), seconds)
    doc = clean(page)

    html = strip_controls(decode_body(page).text)
    raw_text = extract_html(html).text
    t_decode, _ = timed(lambda: decode_body(page), seconds / 6)
    t_extract, _ = timed(lambda: extract_html(html), seconds / 3)
    t_norm, _ = timed(lambda: normalize_text(raw_text), seconds / 6)
    t_lang, _ = timed(lambda: detect_language(doc.text), seconds / 6)
    print(
        f"{len(page) / 1024:>6.0f}KB {1 / per_page:>9.1f} {len(page) / 1e6 / per_page:>7.2f} "
        f"{per_page * 1e3:>9.1f} {runs:>5}  decode {t_decode * 1e3:.1f}, trafilatura "
        f"{t_extract * 1e3:.1f}, normalize {t_norm * 1e3:.1f}, language {t_lang * 1e3:.1f}; "
        f"text {len(doc.text) / 1024:.0f} KB"
    )
    if extractor is not None:
        t_fig, _ = timed(lambda: extractor(doc.text), seconds)
        share = per_page / (per_page + t_fig)
        print(f"{'':>8} extractor {t_fig * 1e3:.1f} ms/page; cleaner share of both {share:.0%}")


def pages_per_second(pages: list[BenchmarkPage], fn: Callable[[BenchmarkPage], object]) -> float:
    """Pages per CPU second of this process: other agents on a shared machine do not count."""
    start = time.process_time()
    for page in pages:
        fn(page)
    return len(pages) / (time.process_time() - start)


def clean_page(page: BenchmarkPage) -> None:
    # A skip is an outcome too: it took its time like any other page.
    with contextlib.suppress(Skip):
        clean(page.html, content_type="text/html", url=page.url)


def reference_page(page: BenchmarkPage) -> None:
    trafilatura.extract(page.html, with_metadata=True)


def bench_real_pages(rounds: int) -> None:
    """clean() beside trafilatura.extract(with_metadata=True) on the benchmark's real pages."""
    folder = default_benchmark_dir()
    if not (folder / "ground-truth.json").is_file():
        print(f"no benchmark pages at {folder}: real-page comparison skipped")
        return
    pages = load_pages(folder)
    clean_page(pages[0])
    reference_page(pages[0])
    ratios, ours, theirs = [], [], []
    for _ in range(rounds):
        ours.append(pages_per_second(pages, clean_page))
        theirs.append(pages_per_second(pages, reference_page))
        ratios.append(ours[-1] / theirs[-1])
    print(
        f"{len(pages)} real pages, {rounds} rounds (median): clean {statistics.median(ours):.1f} "
        f"pages/s, trafilatura.extract(with_metadata=True) {statistics.median(theirs):.1f} "
        f"pages/s, ratio {statistics.median(ratios):.2f} (rounds: "
        + ", ".join(f"{ratio:.2f}" for ratio in ratios)
        + ")\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Cleaner throughput on generated pages.")
    parser.add_argument("--seconds", type=float, default=3.0, help="time budget per measurement")
    parser.add_argument("--sizes", default="20,200,2000", help="page sizes in KB")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the real pages")
    args = parser.parse_args()
    bench_real_pages(args.rounds)
    extractor = load_extractor()
    clean(make_page(20))  # warm-up: py3langid model, lxml, trafilatura imports
    print(f"{'size':>8} {'pages/s':>9} {'MB/s':>7} {'ms/page':>9} {'runs':>5}  breakdown (ms)")
    for kb in (int(size) for size in args.sizes.split(",")):
        bench_size(kb, args.seconds, extractor)
    if extractor is None:
        print("extractor not importable: the cleaner's share of the pipeline is not measured")


if __name__ == "__main__":
    main()
