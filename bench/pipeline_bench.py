"""The queued pipeline against its own limit, on the same pages, in one run.

    .venv/bin/python bench/pipeline_bench.py [--pages 1000] [--growth 10000] [--timeout 900]

- in-process: 2 processes, no broker, each storing its share of the pages and running the same
  stage functions (`clean_and_store`, `extract_and_store`, `reconcile_and_store`, through
  `run_stage`) on each at once: the same clean, extract and reconcile, the same database writes;
- queued: a real worker (`aidledger worker`'s argv: prefork, the configured recycling) on the
  clean, extract and reconcile queues, already started; the clock runs from replay's first store
  (`store_and_send`, what `aidledger replay` runs) to the last article ending;
- scaling: the queued run with 1 pool process against 2, and in-process with 1 process against 2
  (what the machine itself allows: PostgreSQL, Redis and the bench share its cores);
- no database (`nodb`): what the issue measured its limit with, two `aidledger extract` processes:
  clean and extract each page in 2 processes, nothing stored, no reconcile; the queued run against
  it is `pipeline_ratio_vs_nodb`;
- fetch path: the pages served on 127.0.0.1, stored as pending articles and sent to
  `fetcher.fetch_article` (per-host limit off, 127.0.0.1 allow-listed), fetched by a worker of
  threads and the rest by the prefork worker, as `aidledger up` runs them; against in-process;
- growth (`--growth N`): in-process and queued again at N pages, and every process's peak RSS.

Prints one `name value` line per number. Every run starts from an empty ledger: a database and a
broker key prefix of the bench's own (see bench/pipeline_support.py), dropped at the end. Every
wait is bounded by --timeout. Throughput is pages ended (done, skipped or failed) per second.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from bench.pipeline_support import (
    PAGES_DIR,
    LoopbackPages,
    Pages,
    RssSampler,
    empty_ledger,
    outcome_counts,
    percentile,
    private_ledger,
    running_worker,
    task_times,
    unfinished_count,
)
from services.cleaner.clean import clean
from services.cleaner.tasks import clean_and_store
from services.cli.replay import ReplayItem, store_and_send, store_items
from services.cli.worker import Pool
from services.extractor.figures import extract_figures
from services.extractor.tasks import extract_and_store
from services.reconciler.tasks import reconcile_and_store
from shared import db, pipeline
from shared.celery_app import send
from shared.config import Settings
from shared.errors import Permanent, Skip
from shared.stage import Outcome, run_stage
from shared.store import articles


@dataclass(frozen=True)
class RunResult:
    pages: int
    seconds: float
    stage_times: dict[str, list[float]]
    parent_rss_mb: float
    child_rss_mb: float
    outcomes: dict[str, int]
    parent_cpu_s: float = 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds


# --- in-process -------------------------------------------------------------------------------

_PAGES: Pages | None = None  # set before the fork; the children read it, never copy it
_DOCUMENTS: dict[int, int] = {}  # article → its document, as the clean task hands it on


def _clean(article_id: int) -> None:
    _DOCUMENTS[article_id] = clean_and_store(article_id)


def _extract(document_id: int) -> None:
    extract_and_store(document_id)


def _reconcile(document_id: int) -> None:
    reconcile_and_store(document_id)


def _inprocess_share(share: int, shares: int, n: int, settings: Settings) -> dict[str, object]:
    """One process's share: store each page as replay does, clean it, extract it, one by one."""
    assert _PAGES is not None
    assert settings.database_url is not None
    db.forget_after_fork()
    db.configure(settings.database_url)
    times: dict[str, list[float]] = {
        "store": [],
        pipeline.CLEAN_TASK: [],
        pipeline.EXTRACT_TASK: [],
        pipeline.RECONCILE_TASK: [],
    }
    for i in range(share, n, shares):
        item = ReplayItem(f"bench-{i}.html", _PAGES.page(i), "text/html")
        started = time.perf_counter()
        with db.transaction() as conn:  # one article per transaction, as replay's batches of 1
            [article_id] = store_items(conn, [item])
        cleaned = time.perf_counter()
        result = run_stage(pipeline.CLEAN_TASK, article_id, _clean)
        extracted = time.perf_counter()
        if result.outcome is Outcome.DONE:
            run_stage(pipeline.EXTRACT_TASK, _DOCUMENTS[article_id], _extract)
        reconciled = time.perf_counter()
        if result.outcome is Outcome.DONE:
            run_stage(pipeline.RECONCILE_TASK, _DOCUMENTS[article_id], _reconcile)
        ended = time.perf_counter()
        times["store"].append(cleaned - started)
        times[pipeline.CLEAN_TASK].append(extracted - cleaned)
        if result.outcome is Outcome.DONE:
            times[pipeline.EXTRACT_TASK].append(reconciled - extracted)
            times[pipeline.RECONCILE_TASK].append(ended - reconciled)
    db.reset()
    return {"times": times, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def run_inprocess(settings: Settings, pages: Pages, n: int, processes: int = 2) -> RunResult:
    global _PAGES
    _PAGES = pages
    empty_ledger(settings)
    db.reset()  # the children open their own pools
    seconds, times, peak_mb = _in_processes(_inprocess_share, processes, n, settings)
    return RunResult(n, seconds, times, 0.0, peak_mb, outcome_counts())


def _in_processes(
    share: Callable[..., dict[str, object]], processes: int, *args: object
) -> tuple[float, dict[str, list[float]], float]:
    """`share(s, processes, *args)` in `processes` forked processes at once: the wall time,
    every stage's times, the largest peak RSS (MB)."""
    started = time.monotonic()
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(share, s, processes, *args) for s in range(processes)]
        results = [f.result() for f in futures]
    seconds = time.monotonic() - started
    times: dict[str, list[float]] = {}
    for result in results:
        for stage, values in result["times"].items():  # type: ignore[attr-defined]
            times.setdefault(stage, []).extend(values)
    peak_mb = max(int(r["maxrss_kb"]) for r in results) / 1024  # type: ignore[call-overload]
    return seconds, times, peak_mb


def _nodb_share(share: int, shares: int, n: int) -> dict[str, object]:
    """What `aidledger extract` does to each page of one process's share: clean and extract."""
    assert _PAGES is not None
    times: dict[str, list[float]] = {pipeline.CLEAN_TASK: [], pipeline.EXTRACT_TASK: []}
    for i in range(share, n, shares):
        started = time.perf_counter()
        try:
            document = clean(_PAGES.page(i), content_type="text/html")
        except (Skip, Permanent):  # a skipped or failed page ends there, as in the chain
            times[pipeline.CLEAN_TASK].append(time.perf_counter() - started)
            continue
        cleaned = time.perf_counter()
        published = document.published_at.date() if document.published_at else None
        extract_figures(document.text, title=document.title, published=published)
        times[pipeline.CLEAN_TASK].append(cleaned - started)
        times[pipeline.EXTRACT_TASK].append(time.perf_counter() - cleaned)
    return {"times": times, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def run_nodb(pages: Pages, n: int, processes: int = 2) -> RunResult:
    global _PAGES
    _PAGES = pages
    seconds, times, peak_mb = _in_processes(_nodb_share, processes, n)
    return RunResult(n, seconds, times, 0.0, peak_mb, {})


# --- queued -----------------------------------------------------------------------------------


def _replay_items(pages: Pages, n: int) -> Iterator[ReplayItem]:
    for i in range(n):
        yield ReplayItem(f"bench-{i}.html", pages.page(i), "text/html")


def _wait_all_ended(n: int, deadline: float, worker_alive: object) -> None:
    """Until none of the `n` pages stored is mid-chain (every one done, skipped or failed)."""
    while unfinished := unfinished_count():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out with {unfinished} of {n} pages unfinished")
        if getattr(worker_alive, "poll")() is not None:  # noqa: B009 (a Popen)
            raise SystemExit("the worker exited during the run")
        time.sleep(0.2)


def run_queued(
    settings: Settings, pages: Pages, n: int, concurrency: int, timeout_s: float, logs: Path
) -> RunResult:
    empty_ledger(settings)
    log = logs / f"worker-queued-{n}-c{concurrency}.log"
    queues = [pipeline.CLEAN, pipeline.EXTRACT, pipeline.RECONCILE]
    with (
        running_worker(settings, queues, concurrency, log, {}) as worker,
        RssSampler(worker.pid) as rss,
    ):
        started = time.monotonic()
        ids, _ = store_and_send(_replay_items(pages, n), settings.replay_batch_size)
        _wait_all_ended(len(set(ids)), started + timeout_s, worker)
        seconds = time.monotonic() - started
    return RunResult(
        n,
        seconds,
        task_times(log),
        rss.parent_peak_mb(),
        rss.child_peak_mb(),
        outcome_counts(),
        rss.parent_cpu_s,
    )


def run_fetch(
    settings: Settings, pages: Pages, n: int, concurrency: int, timeout_s: float, logs: Path
) -> RunResult:
    """Articles to fetch from 127.0.0.1, stored and sent in batches as replay does its pages.

    The workers are laid out as `aidledger up` and compose run them: fetch on a worker of
    threads (downloads wait), clean, extract and reconcile on `concurrency` processes."""
    empty_ledger(settings)
    log = logs / f"worker-fetch-{n}-c{concurrency}.log"
    fetch_log = logs / f"worker-fetch-threads-{n}.log"
    extra = {
        "AIDLEDGER_FETCH_HOST_INTERVAL_S": "0",
        "AIDLEDGER_FETCH_ALLOWED_NETWORKS": "127.0.0.1",
    }
    stages = [q for q in pipeline.QUEUES if q != pipeline.FETCH]
    with (
        LoopbackPages(pages) as site,
        running_worker(
            settings,
            [pipeline.FETCH],
            settings.fetch_concurrency,
            fetch_log,
            extra,
            Pool.threads,
        ) as fetcher,
        running_worker(settings, stages, concurrency, log, extra) as worker,
        RssSampler(worker.pid) as rss,
    ):
        started = time.monotonic()
        batch = settings.replay_batch_size
        for first in range(0, n, batch):
            with db.transaction() as conn:
                ids = [
                    articles.insert_article(
                        conn, url=site.url(i), original_url=site.url(i), source="manual"
                    )[0]
                    for i in range(first, min(n, first + batch))
                ]
            for article_id in ids:
                send(pipeline.FETCH_ARTICLE_TASK, article_id)
        _wait_all_ended(n, started + timeout_s, worker)
        if fetcher.poll() is not None:
            raise SystemExit(f"the fetch worker exited during the run: see {fetch_log}")
        seconds = time.monotonic() - started
    return RunResult(
        n,
        seconds,
        {**task_times(log), **task_times(fetch_log)},
        rss.parent_peak_mb(),
        rss.child_peak_mb(),
        outcome_counts(),
        rss.parent_cpu_s,
    )


# --- output -----------------------------------------------------------------------------------


def emit(name: str, value: float | str) -> None:
    text = f"{value:.2f}" if isinstance(value, float) else value
    print(f"{name} {text}", flush=True)


def emit_run(label: str, result: RunResult) -> None:
    emit(f"{label}_pages_per_s", result.pages_per_s)
    emit(f"{label}_seconds", result.seconds)
    for stage, values in sorted(result.stage_times.items()):
        short = stage.rsplit(".", 1)[-1]
        emit(f"{label}_{short}_p50_ms", percentile(values, 0.5) * 1000)
        emit(f"{label}_{short}_p95_ms", percentile(values, 0.95) * 1000)
    if result.parent_rss_mb:
        emit(f"{label}_worker_parent_rss_mb", result.parent_rss_mb)
        emit(f"{label}_worker_parent_cpu_s", result.parent_cpu_s)
    emit(f"{label}_peak_process_rss_mb", result.child_rss_mb)
    if result.outcomes:
        emit(f"{label}_outcomes", " ".join(f"{k}={v}" for k, v in result.outcomes.items()))


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cpus, {model}, Python {platform.python_version()}, load {load}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--growth", type=int, default=0, help="also run at this many pages")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per run, at most")
    parser.add_argument("--skip", default="", help="comma-separated: nodb,scaling,fetch")
    parser.add_argument("--pages-dir", type=Path, default=PAGES_DIR, help="*.html.gz pages")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))

    if not args.pages_dir.is_dir():
        print(f"pipeline bench skipped: no pages in {args.pages_dir}")
        return
    pages = Pages(args.pages_dir)
    print(f"# {machine()}; {len(pages)} distinct pages, {args.pages} copies", flush=True)
    logs = Path(tempfile.mkdtemp(prefix="aidledger-pipeline-bench-"))
    print(f"# worker logs in {logs}", flush=True)
    with private_ledger() as settings:
        inproc = run_inprocess(settings, pages, args.pages)
        emit_run("inprocess", inproc)
        queued = run_queued(settings, pages, args.pages, 2, args.timeout, logs)
        emit_run("pipeline", queued)
        emit("inprocess_pages_per_s", inproc.pages_per_s)
        emit("pipeline_pages_per_s", queued.pages_per_s)
        emit("pipeline_ratio", queued.pages_per_s / inproc.pages_per_s)
        if "nodb" not in skip:
            nodb = run_nodb(pages, args.pages)
            emit_run("nodb", nodb)
            emit("pipeline_ratio_vs_nodb", queued.pages_per_s / nodb.pages_per_s)
        peaks = [queued.child_rss_mb]
        if "scaling" not in skip:
            single = run_queued(settings, pages, args.pages, 1, args.timeout, logs)
            emit_run("pipeline_c1", single)
            emit("scaling_1_to_2", queued.pages_per_s / single.pages_per_s)
            peaks.append(single.child_rss_mb)
            # The machine's own ceiling: the same in-process work in 1 process against 2.
            alone = run_inprocess(settings, pages, args.pages, processes=1)
            emit_run("inprocess_1", alone)
            emit("inprocess_scaling_1_to_2", inproc.pages_per_s / alone.pages_per_s)
        if "fetch" not in skip:
            fetched = run_fetch(settings, pages, args.pages, 2, args.timeout, logs)
            emit_run("fetch", fetched)
            emit("fetch_pipeline_ratio", fetched.pages_per_s / inproc.pages_per_s)
            peaks.append(fetched.child_rss_mb)
        emit("peak_worker_rss_mb", max(peaks))
        if args.growth:
            big_inproc = run_inprocess(settings, pages, args.growth)
            emit_run(f"inprocess_{args.growth}", big_inproc)
            big = run_queued(settings, pages, args.growth, 2, args.timeout, logs)
            emit_run(f"pipeline_{args.growth}", big)
            emit(f"pipeline_ratio_{args.growth}", big.pages_per_s / big_inproc.pages_per_s)
            emit(f"peak_worker_rss_mb_{args.growth}", big.child_rss_mb)
            emit("peak_worker_rss_growth", big.child_rss_mb / queued.child_rss_mb)


if __name__ == "__main__":
    main()
