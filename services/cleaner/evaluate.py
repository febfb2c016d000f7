"""Score the cleaner on the article-extraction benchmark, beside plain trafilatura.

The benchmark folder (``../shared/benchmarks/article-extraction`` beside the repository) holds
``html/<id>.html.gz`` pages and ``ground-truth.json`` with each page's hand-marked article body.
Its README fixes the metric, implemented here exactly so that scores compare with the published
table:

- tokens are the matches of ``\\w+`` (Unicode); shingles are runs of 4 consecutive tokens (a text
  of fewer than 4 tokens is one shingle of what it has), counted as a multiset;
- per page: tp = multiset intersection, fp = predicted beyond the truth, fn = true beyond the
  prediction; precision = tp / (tp + fp), recall = tp / (tp + fn); both 1 when fp = fn = 0;
- an empty prediction (the cleaner skipped the page, or found no text) is left out of the
  precision mean and counts 0 in the recall mean;
- precision and recall are means over pages, F1 = 2PR / (P + R).

Pure apart from reading the folder: no database, no network. ``score_cleaner`` is what
``aidledger eval --stage clean`` and ``bench/cleaner_eval.py`` call.
"""

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from services.cleaner.clean import clean
from shared.errors import Permanent, Skip

_TOKEN = re.compile(r"\w+")
_SHINGLE = 4


@dataclass(frozen=True, slots=True)
class BenchmarkPage:
    """One benchmark page: its raw bytes (the gzip unpacked), the true body and the page URL."""

    page_id: str
    html: bytes
    truth: str
    url: str | None


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's result; precision is None for an empty prediction (left out of the mean)."""

    page_id: str
    precision: float | None
    recall: float
    skipped: str | None = None  # the Skip/Permanent reason when the system gave no text


@dataclass(frozen=True, slots=True)
class Score:
    """Means over the pages, as the benchmark README defines them."""

    f1: float
    precision: float
    recall: float
    pages: int
    skipped: int  # pages the system refused (Skip/Permanent); empty texts count in `empty`
    empty: int  # pages with an empty prediction, the skipped ones included
    per_page: tuple[PageScore, ...]


@dataclass(frozen=True, slots=True)
class CleanerScores:
    """The cleaner and plain ``trafilatura.extract(html_bytes)`` on the same pages."""

    cleaner: Score
    trafilatura: Score


def default_benchmark_dir() -> Path:
    """Where the shared benchmark lives: ``../shared/benchmarks/article-extraction`` of the repo."""
    return Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "article-extraction"


def load_pages(
    benchmark_dir: Path, limit: int | None = None, ids: Iterable[str] | None = None
) -> list[BenchmarkPage]:
    """The benchmark's pages in id order: the first `limit`, or those named in `ids`."""
    truth = json.loads((benchmark_dir / "ground-truth.json").read_text(encoding="utf-8"))
    wanted = sorted(truth) if ids is None else list(ids)
    if limit is not None:
        wanted = wanted[:limit]
    pages = []
    for page_id in wanted:
        html = gzip.decompress((benchmark_dir / "html" / f"{page_id}.html.gz").read_bytes())
        entry = truth[page_id]
        pages.append(BenchmarkPage(page_id, html, entry.get("articleBody") or "", entry.get("url")))
    return pages


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of `text` (fewer than 4 tokens: one shingle)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < _SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1))


def page_score(predicted: str, truth: str) -> tuple[float | None, float]:
    """(precision, recall) of one page; precision None when the prediction is empty."""
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    if tp + fp == 0:
        return None, recall
    return tp / (tp + fp), recall


def score_system(pages: Iterable[BenchmarkPage], predict: Callable[[BenchmarkPage], str]) -> Score:
    """Score `predict` (page -> text; raising Skip/Permanent means skipped) on `pages`."""
    results = []
    for page in pages:
        try:
            text, skipped = predict(page), None
        except (Skip, Permanent) as exc:
            text, skipped = "", str(exc) or type(exc).__name__
        precision, recall = page_score(text, page.truth)
        results.append(PageScore(page.page_id, precision, recall, skipped))
    return summarize(results)


def summarize(results: list[PageScore]) -> Score:
    """Means over pages and F1, by the README's rules."""
    precisions = [r.precision for r in results if r.precision is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(r.recall for r in results) / len(results) if results else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        f1=f1,
        precision=precision,
        recall=recall,
        pages=len(results),
        skipped=sum(1 for r in results if r.skipped is not None),
        empty=len(results) - len(precisions),
        per_page=tuple(results),
    )


def cleaner_text(page: BenchmarkPage) -> str:
    """The cleaner's text for a page, with the page URL as the fetcher would pass it."""
    return clean(page.html, content_type="text/html", url=page.url).text


def trafilatura_text(page: BenchmarkPage) -> str:
    """Plain trafilatura with its defaults on the page bytes: the reference the issue names."""
    return trafilatura.extract(page.html) or ""


def score_cleaner(
    benchmark_dir: Path, limit: int | None = None, *, with_trafilatura: bool = True
) -> CleanerScores:
    """The cleaner and plain trafilatura on the benchmark (the first `limit` pages by id).

    With `with_trafilatura=False` the reference is not run (half the time) and its score is
    that of an empty system.
    """
    pages = load_pages(benchmark_dir, limit)
    cleaner = score_system(pages, cleaner_text)
    reference = score_system(pages if with_trafilatura else [], trafilatura_text)
    return CleanerScores(cleaner=cleaner, trafilatura=reference)


def format_scores(scores: CleanerScores) -> str:
    """The cleaner beside plain trafilatura, one line each: F1, precision, recall, skips."""
    lines = [
        f"{'system':<22} {'F1':>6} {'precision':>9} {'recall':>6} {'skipped':>10} {'empty':>5}"
    ]
    for name, score in (
        ("aidledger clean", scores.cleaner),
        ("trafilatura.extract", scores.trafilatura),
    ):
        lines.append(
            f"{name:<22} {score.f1:>6.3f} {score.precision:>9.3f} {score.recall:>6.3f} "
            f"{score.skipped:>3} of {score.pages:<4} {score.empty:>5}"
        )
    return "\n".join(lines)
