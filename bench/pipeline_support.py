"""Helpers for bench/pipeline_bench.py: the pages, a private ledger, a loopback site, worker
processes and their memory, the workers' task times.

Nothing here touches data it did not create: the ledger is a database created for the run (or an
embedded server in a temporary folder) and a broker key prefix of its own, both removed at the end.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil  # type: ignore[import-untyped]
import psycopg
import redis

from services.cli.worker import Pool, stop_worker, worker_argv
from shared import celery_app, db, migrate
from shared.config import Settings
from shared.embedded import services
from shared.runtime import worker_environment
from shared.store import operations

ROOT = Path(__file__).resolve().parents[1]
PAGES_DIR = ROOT.parent / "shared" / "benchmarks" / "article-extraction" / "html"
TABLES = ("claim_mentions", "claims", "figures", "failures", "articles", "documents", "feeds")


# --- the pages ----------------------------------------------------------------------------------


class Pages:
    """The benchmark's HTML pages, copy `i` of page `i % len` made unique by a comment with its
    number: a distinct body (so a distinct replay article) with the same text, so N can exceed the
    pages on disk. Copies are made on demand: 10,000 pages are 1.7 GB, never held at once."""

    def __init__(self, folder: Path = PAGES_DIR) -> None:
        files = sorted(folder.glob("*.html.gz"))
        self.bodies = [gzip.decompress(f.read_bytes()) for f in files]

    def __len__(self) -> int:
        return len(self.bodies)

    def page(self, i: int) -> bytes:
        return self.bodies[i % len(self.bodies)] + f"\n<!-- aidledger bench copy {i} -->\n".encode()


# --- a private ledger ---------------------------------------------------------------------------


def _with_database(url: str, name: str) -> str:
    """`url` with its database name replaced (query string kept: it may hold a socket host)."""
    base, _, query = url.partition("?")
    scheme_host = base.rsplit("/", 1)[0] if base.count("/") > 2 else base
    return f"{scheme_host}/{name}" + (f"?{query}" if query else "")


@contextlib.contextmanager
def private_ledger() -> Iterator[Settings]:
    """Settings on a database and broker prefix of this run's own, migrated and configured.

    `AIDLEDGER_BENCH_DATABASE_URL` (an admin URL: the run creates and drops its own database on
    that server) and `AIDLEDGER_BENCH_BROKER_URL`; otherwise embedded servers in a temporary
    folder. The environment's `AIDLEDGER_DATABASE_URL` is never used: it may be a real ledger.
    """
    admin_url = os.environ.get("AIDLEDGER_BENCH_DATABASE_URL")
    broker_url = os.environ.get("AIDLEDGER_BENCH_BROKER_URL")
    name = f"aidledger_bench_{uuid.uuid4().hex[:12]}"
    prefix = f"aidledger-bench-{name}:"
    with contextlib.ExitStack() as stack:
        if not (admin_url and broker_url):
            folder = Path(tempfile.mkdtemp(prefix="aidledger-bench-", dir="/tmp"))
            stack.callback(shutil.rmtree, folder, ignore_errors=True)
            embedded = stack.enter_context(services(Settings(data_dir=folder), broker=True))
            admin_url, broker_url = admin_url or embedded.database_url, embedded.broker_url
        assert admin_url is not None
        assert broker_url is not None
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        stack.callback(_drop_database, admin_url, name)
        stack.callback(delete_broker_keys, broker_url, prefix)
        url = _with_database(admin_url, name)
        migrate.migrate(url)
        settings = Settings(database_url=url, broker_url=broker_url, broker_key_prefix=prefix)
        db.configure(url)
        celery_app.configure(settings)
        stack.callback(db.reset)
        yield settings


def _drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def delete_broker_keys(broker_url: str, prefix: str, pattern: str = "*") -> None:
    client = redis.Redis.from_url(broker_url.replace("redis+socket://", "unix://"))
    try:
        keys = list(client.scan_iter(match=f"{prefix}{pattern}", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def empty_ledger(settings: Settings) -> None:
    """Truncate the run's tables and empty its queues, between runs."""
    with db.transaction() as conn:
        conn.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
    assert settings.broker_url is not None
    delete_broker_keys(settings.broker_url, settings.broker_key_prefix)


def unfinished_count() -> int:
    """Articles still mid-chain (the ledger is the run's own): counted per stage as `aidledger
    status` does, through the partial index on those statuses, not fetched."""
    with db.transaction() as conn:
        return sum(stage.waiting for stage in operations.waiting(conn))


def outcome_counts() -> dict[str, int]:
    with db.transaction() as conn:
        found = conn.execute(
            "SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY status"
        ).fetchall()
        figures = conn.execute("SELECT count(*) AS n FROM figures").fetchone()
    counts = {r["status"]: int(r["n"]) for r in found}
    counts["figures"] = int(figures["n"]) if figures else 0
    return counts


# --- workers, their memory and task times -------------------------------------------------------


@dataclass
class RssSampler:
    """Peak resident size of every process of a tree (or of a set of pids), sampled every 0.2 s
    in a thread; a pool process recycled by Celery is a new pid, so its peak is its own."""

    root: int
    peaks: dict[int, int] = field(default_factory=dict)
    parent_cpu_s: float = 0.0  # the Celery parent's CPU time (consuming, dispatching, acking)
    _cpu_before: float | None = None  # start-up and preloading are not the run's
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> RssSampler:
        self.sample()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.sample()

    def sample(self) -> None:
        try:
            root = psutil.Process(self.root)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for proc in procs:
            with contextlib.suppress(psutil.NoSuchProcess):
                rss = proc.memory_info().rss
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
        with contextlib.suppress(psutil.NoSuchProcess):
            times = root.cpu_times()
            if self._cpu_before is None:
                self._cpu_before = times.user + times.system
            self.parent_cpu_s = times.user + times.system - self._cpu_before

    def parent_peak_mb(self) -> float:
        return self.peaks.get(self.root, 0) / 2**20

    def child_peak_mb(self) -> float:
        children = [rss for pid, rss in self.peaks.items() if pid != self.root]
        return max(children, default=0) / 2**20


@contextlib.contextmanager
def running_worker(
    settings: Settings,
    queues: list[str],
    concurrency: int,
    log: Path,
    extra: dict[str, str],
    pool: Pool = Pool.prefork,
) -> Iterator[subprocess.Popen[bytes]]:
    """A real worker (`aidledger worker`'s argv) logging at INFO, which names every task's run
    time; yields once it says it is ready."""
    env = {**worker_environment(settings), **extra}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            worker_argv(queues, concurrency, "INFO", pool), env=env, stdout=sink, stderr=sink
        )
    try:
        deadline = time.monotonic() + 120
        while b" ready." not in log.read_bytes():
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the worker did not start: see {log}")
            time.sleep(0.1)
        yield process
    finally:
        stop_worker(process)


_SUCCEEDED = re.compile(rb"Task ([\w.]+)\[[^\]]+\] succeeded in ([0-9.]+)s")


def task_times(log: Path) -> dict[str, list[float]]:
    """Each task's run times (seconds), from the worker's log."""
    times: dict[str, list[float]] = {}
    for match in _SUCCEEDED.finditer(log.read_bytes()):
        times.setdefault(match[1].decode(), []).append(float(match[2]))
    return times


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# --- a site on loopback -------------------------------------------------------------------------


class LoopbackPages:
    """The pages over HTTP on 127.0.0.1: `/p/{i}.html` is copy i."""

    def __init__(self, pages: Pages) -> None:
        handler = _handler_for(pages)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LoopbackPages:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.port}/p/{i}.html"


def _handler_for(pages: Pages) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            name = self.path.rsplit("/", 1)[-1].removesuffix(".html")
            if not name.isdigit():
                self.send_error(404)
                return
            body = pages.page(int(name))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:  # quiet: one line per request otherwise
            pass

    return Handler
