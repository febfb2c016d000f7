"""Regression guard on a sample of the article-extraction benchmark (../shared/benchmarks).

Every sixth page by id (31 of 181) is cleaned and scored with the benchmark's metric. The sample
scored F1 0.975 (P 0.970, R 0.981, 0 skipped) when this test was written; plain trafilatura scores
0.962 on it. A change that costs more than `MARGIN` fails here; run bench/cleaner_eval.py for the
full benchmark and the worst pages.
"""

import json

import pytest

from services.cleaner.evaluate import (
    cleaner_text,
    default_benchmark_dir,
    load_pages,
    page_score,
    score_system,
)

REACHED_F1 = 0.975
MARGIN = 0.01
BENCHMARK = default_benchmark_dir()

pytestmark = pytest.mark.skipif(
    not (BENCHMARK / "ground-truth.json").is_file(),
    reason=f"the shared article-extraction benchmark is not at {BENCHMARK}",
)


def sample_ids() -> list[str]:
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    return sorted(truth)[::6]


def test_sample_f1_does_not_regress() -> None:
    pages = load_pages(BENCHMARK, ids=sample_ids())
    score = score_system(pages, cleaner_text)
    assert score.pages == 31
    assert score.skipped == 0, [page.skipped for page in score.per_page if page.skipped]
    assert score.f1 >= REACHED_F1 - MARGIN, (score.f1, score.precision, score.recall)


def test_metric_follows_the_readme() -> None:
    # 4-token shingles as a multiset: 5 tokens make 2 shingles.
    assert page_score("a b c d e", "a b c d e") == (1.0, 1.0)
    assert page_score("a b c d", "a b c d e") == (1.0, 0.5)
    assert page_score("x a b c d", "a b c d") == (0.5, 1.0)
    # Fewer than 4 tokens: one shingle of what there is.
    assert page_score("a b", "a b") == (1.0, 1.0)
    # An empty prediction has no precision (left out of the mean) and recall 0.
    assert page_score("", "a b c d") == (None, 0.0)
