"""Helpers for the reliability tests: real services that can be killed, real workers, a ledger
read straight from PostgreSQL, and a corpus whose figures are known in advance.

(A uniquely named module rather than conftest.py, so `import` finds it whatever other conftest.py
files the test tree holds.)

Everything here is bounded: every wait has a deadline, every process is stopped (its whole
process group, SIGKILL as the last word) in a `finally`, every folder lives under /tmp and is
removed. Servers go under /tmp and not pytest's tmp_path: as root, pgserver runs postgres as its
own user, which must be able to traverse every parent folder (see tests/conftest.py).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, LiteralString

import psycopg
import redis
from celery import Celery
from psycopg.rows import dict_row
from redis.backoff import NoBackoff
from redis.retry import Retry

from services.cli.worker import worker_argv
from services.extractor.figures import EXTRACTOR_VERSION
from shared import pipeline
from shared.celery_app import celery_config
from shared.config import Settings
from shared.embedded import embedded_postgres, embedded_redis
from tests.support.processes import run_cli, subprocess_env

ROOT = Path(__file__).resolve().parents[2]
TERMINAL = tuple(pipeline.TERMINAL)

# --- processes and folders --------------------------------------------------------------------


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A fresh folder under /tmp, removed afterwards."""
    base = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    try:
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)


def wait_until(
    condition: Callable[[], bool], *, timeout_s: float, what: str, every_s: float = 0.1
) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(every_s)


def live_group_members(pgid: int) -> list[int]:
    """Processes of process group `pgid` that are still alive (zombies excluded), from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so split after it.
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            members.append(int(entry.name))
    return members


class Worker:
    """A real Celery worker in its own session (so its whole process group can be killed)."""

    def __init__(
        self, settings: Settings, queues: list[str], concurrency: int, log_path: Path
    ) -> None:
        self.log_path = log_path
        with log_path.open("ab") as log:
            self.process = subprocess.Popen(
                worker_argv(queues, concurrency, "WARNING"),
                env=subprocess_env(settings),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                start_new_session=True,
            )

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL the Celery parent and its prefork children at once (one process group)."""
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with suppress(subprocess.TimeoutExpired):  # SIGKILL is not ignorable: this is quick
            self.process.wait(timeout=30)
        wait_until(
            lambda: not live_group_members(self.process.pid),
            timeout_s=30,
            what=f"every process of the worker's group {self.process.pid} to die",
        )

    def stop(self, timeout_s: float = 30) -> None:
        """Warm shutdown (finish the current tasks), then SIGKILL whatever is left of the group."""
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            with suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=timeout_s)
        self.kill()

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def log_count(self, pattern: str) -> int:
        try:
            return len(re.findall(pattern, self.log_path.read_text(errors="replace")))
        except OSError:
            return 0


@contextmanager
def running_worker(
    settings: Settings, queues: list[str], concurrency: int, log_path: Path
) -> Iterator[Worker]:
    worker = Worker(settings, queues, concurrency, log_path)
    try:
        yield worker
    finally:
        worker.stop()


def cli(settings: Settings, *args: str, timeout_s: float = 120) -> subprocess.CompletedProcess[str]:
    """`aidledger ARGS` in a subprocess against these services."""
    return run_cli(settings, *args, timeout=timeout_s)


def replay_no_wait(settings: Settings, folder: Path) -> None:
    """`aidledger replay --no-wait FOLDER`: store_files() and one cleaner.clean per article."""
    out = cli(settings, "replay", "--no-wait", str(folder), timeout_s=180)
    assert out.returncode == 0, out.stderr


def replay_corpus(settings: Settings, folder: Path, count: int) -> list[Article]:
    """`count` generated articles written to `folder` and replayed (enqueued, not waited for)."""
    articles = make_articles(count)
    write_articles(folder, articles)
    replay_no_wait(settings, folder)  # also applies the migrations
    return articles


def wait_for_done(url: str, count: int, worker: Worker) -> None:
    """Until `count` articles are done (or the worker died: the test then says why)."""
    wait_until(
        lambda: summary(url)["done"] >= count or not worker.alive(),
        timeout_s=120,
        what=f"{count} documents done",
    )


def sweep(settings: Settings, older_than_s: float) -> int | None:
    """`aidledger sweep --older-than S`: how many articles it re-sent (None: it could not run)."""
    try:
        out = cli(settings, "sweep", "--older-than", str(older_than_s), timeout_s=60)
    except subprocess.TimeoutExpired:
        return None
    found = re.search(r"re-sent (\d+) article", out.stderr)
    if out.returncode != 0 or found is None:
        return None
    return int(found.group(1))


# --- services that can be killed --------------------------------------------------------------


class OwnRedis:
    """The test's own Redis (shared.embedded's, AOF on), which can crash and come back."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._stack = ExitStack()
        self.url = ""

    def __enter__(self) -> OwnRedis:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stack.close()

    @property
    def socket(self) -> Path:
        return self.directory / "redis.sock"

    def client(self) -> redis.Redis:
        # No retries: redis-py's default (3, with backoff) makes a dead server take ~4 s to say so.
        return redis.Redis(
            unix_socket_path=str(self.socket), socket_timeout=5, retry=Retry(NoBackoff(), 0)
        )

    def start(self) -> None:
        """Start (or start again, on the same socket and the same AOF file)."""
        url = self._stack.enter_context(embedded_redis(self.directory))
        assert not self.url or url == self.url
        self.url = url

    def pid(self) -> int:
        client = self.client()
        try:
            return int(client.info("server")["process_id"])
        finally:
            client.close()

    def crash(self) -> None:
        """SIGKILL the server: whatever the AOF had not synced yet (up to a second) is lost.

        Then leave embedded_redis's block, which reaps the dead process (a later block must not
        find this one still holding the shared lock that says "in use": it would then leave the
        new server running at exit).
        """
        os.kill(self.pid(), signal.SIGKILL)
        wait_until(lambda: not self._answers(), timeout_s=15, what="Redis to die")
        # The dead server's socket file stays; embedded_redis would probe it (slowly) first.
        self.socket.unlink(missing_ok=True)
        self._stack.close()
        self._stack = ExitStack()

    def _answers(self) -> bool:
        client = self.client()
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False
        finally:
            client.close()

    def queue_lengths(self, prefix: str = "") -> dict[str, int]:
        """Messages waiting per queue, and those delivered but not acknowledged (`unacked`)."""
        client = self.client()
        try:
            lengths = {q: int(client.llen(f"{prefix}{q}")) for q in pipeline.QUEUES}
            lengths["unacked"] = int(client.hlen(f"{prefix}unacked"))
            return lengths
        finally:
            client.close()


class OwnPostgres:
    """The test's own PostgreSQL (shared.embedded's pgserver), which can be stopped and started."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._stack = ExitStack()
        self.url = ""
        self._server: Any = None

    def __enter__(self) -> OwnPostgres:
        from pgserver.postgres_server import get_server

        self.url = self._stack.enter_context(embedded_postgres(self.directory))
        self._server = get_server(self.directory)  # the instance embedded_postgres started
        return self

    def __exit__(self, *_: object) -> None:
        self._stack.close()

    def stop(self) -> None:
        """`pg_ctl stop -m fast`: open sessions are ended, the socket goes away."""
        # pg_ctl is made at import time, one function per binary: invisible to mypy.
        from pgserver._commands import pg_ctl  # type: ignore[attr-defined]

        pg_ctl(
            ["-w", "-m", "fast", "stop"],
            pgdata=self._server.pgdata,
            user=self._server.system_user,
            timeout=60,
        )

    def start(self) -> None:
        """Start again on the same data and socket (what get_server does on a stopped server)."""
        from pgserver.postgres_server import PostgresServer

        with PostgresServer._lock:
            self._server.ensure_postgres_running()
        url = str(self._server.get_uri("aidledger"))
        assert url == self.url, (url, self.url)

    def answers(self) -> bool:
        try:
            with psycopg.connect(self.url, connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.OperationalError:
            return False


def sender(settings: Settings) -> Celery:
    """A Celery app of its own for the test's sends, so the shared app's pool is never touched."""
    app = Celery("aidledger-reliability", set_as_current=False)
    app.conf.update(celery_config(settings))
    return app


def send_all(app: Celery, task_name: str, entity_ids: list[int]) -> None:
    """One message per id, in this order, over one connection."""
    queue = pipeline.TASK_QUEUES[task_name]
    with app.connection_for_write() as conn:
        for entity_id in entity_ids:
            app.send_task(task_name, args=[entity_id], queue=queue, connection=conn)


# --- the corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    figures: tuple[tuple[Decimal, str], ...]  # (value, unit), in text order


def make_articles(count: int) -> list[Article]:
    """`count` distinct short articles with 1, 2 or 3 figures each (in turn), values distinct."""
    articles = []
    for i in range(count):
        n = 100 + i
        paragraphs = [
            f"Briefing {i} on allied support.",
            f"NATO allies pledged {n} billion euros in military aid to Ukraine in 2025.",
        ]
        figures: list[tuple[Decimal, str]] = [(Decimal(n) * 10**9, "EUR")]
        if i % 3 >= 1:
            paragraphs.append(
                f"Germany announced a further {n + 1000} million euros of humanitarian "
                "assistance for Ukraine in 2025."
            )
            figures.append((Decimal(n + 1000) * 10**6, "EUR"))
        if i % 3 == 2:
            paragraphs.append(f"Defence spending rose by {i % 50 + 1} percent, officials said.")
            figures.append((Decimal(i % 50 + 1), "percent"))
        paragraphs.append("Officials said the package would be delivered over the coming months.")
        articles.append(
            Article(f"article_{i:04d}.txt", "\n\n".join(paragraphs) + "\n", tuple(figures))
        )
    return articles


def write_articles(folder: Path, articles: list[Article]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / article.name
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def expected_figures(articles: list[Article]) -> int:
    return sum(len(a.figures) for a in articles)


# --- reading the ledger -----------------------------------------------------------------------


def query(url: str, sql: LiteralString, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """One statement on a fresh connection (works while the service pool is broken)."""
    with psycopg.connect(url, connect_timeout=5, autocommit=True, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


def statuses(url: str) -> dict[str, int]:
    rows = query(url, "SELECT status, count(*) AS n FROM articles GROUP BY status")
    return {r["status"]: int(r["n"]) for r in rows}


def summary(url: str) -> dict[str, int]:
    """The counts every fault test asserts exactly."""
    rows = query(
        url,
        """
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM articles WHERE status = 'done') AS done,
               (SELECT count(*) FROM documents) AS documents,
               (SELECT count(*) FROM figures) AS figures,
               (SELECT count(*) FROM (SELECT 1 FROM figures GROUP BY document_id, start_offset
                                      HAVING count(*) > 1) AS d) AS duplicated_offsets,
               (SELECT count(DISTINCT extractor_version) FROM figures) AS figure_versions,
               (SELECT count(*) FROM documents
                 WHERE extractor_version IS DISTINCT FROM %s) AS documents_not_current,
               (SELECT count(*) FROM failures WHERE resolved_at IS NULL) AS open_failures
        """,
        (EXTRACTOR_VERSION,),
    )
    return {k: int(v) for k, v in rows[0].items()}


def figures_by_article(url: str) -> dict[str, tuple[tuple[Decimal, str], ...]]:
    """Each article's (file name's) stored figures as (value, unit), in text order."""
    rows = query(
        url,
        """
        SELECT a.original_url AS name, f.value, f.unit
        FROM articles a JOIN figures f ON f.document_id = a.document_id
        ORDER BY a.original_url, f.start_offset
        """,
    )
    found: dict[str, list[tuple[Decimal, str]]] = {}
    for r in rows:
        found.setdefault(r["name"], []).append((Decimal(r["value"]), r["unit"]))
    return {name: tuple(values) for name, values in found.items()}


def assert_exact_ledger(url: str, articles: list[Article]) -> dict[str, int]:
    """Every article done with exactly its figures, once: the outcome every fault must leave."""
    total = len(articles)
    figures = expected_figures(articles)
    got = summary(url)
    unfinished = query(
        url,
        """
        SELECT a.id, a.original_url, a.status, a.status_reason, a.document_id,
               (SELECT count(*) FROM failures f WHERE f.entity = 'article' AND f.entity_id = a.id
                   OR f.entity = 'document' AND f.entity_id = a.document_id) AS failure_rows
        FROM articles a WHERE a.status <> 'done' ORDER BY a.id LIMIT 5
        """,
    )
    assert got == {
        "articles": total,
        "done": total,
        "documents": total,
        "figures": figures,
        "duplicated_offsets": 0,
        "figure_versions": 1,
        "documents_not_current": 0,
        "open_failures": 0,
    }, (got, unfinished)
    stored = figures_by_article(url)
    wrong = {a.name: stored.get(a.name) for a in articles if stored.get(a.name) != a.figures}
    assert not wrong, f"{len(wrong)} articles with other figures than written: {list(wrong)[:5]}"
    return got


@dataclass
class Run:
    """What it took to bring every article to an end."""

    elapsed_s: float = 0.0
    sweeps: list[int | None] = field(default_factory=list)  # articles re-sent per sweep

    @property
    def resent(self) -> int:
        return sum(n or 0 for n in self.sweeps)


def drive_to_end(
    url: str,
    total: int,
    *,
    worker: Worker,
    broker: OwnRedis,
    timeout_s: float,
    sweeper: Callable[[], int | None] | None = None,
    stall_s: float = 3.0,
    settle_s: float = 3.0,
) -> Run:
    """Wait until all `total` articles are terminal and the chain has settled, sweeping whenever
    work is stuck.

    Settled: every article terminal, no message waiting on any queue, and nothing (statuses,
    queues, unacknowledged messages) changing for `settle_s`, so that no duplicate delivery still
    on its way can move an article after the test has looked.

    Stuck: articles mid-chain, no message waiting on any queue, nothing changing for `stall_s`:
    what is mid-chain lost its message, and the sweeper (beat's job in a deployment, after
    AIDLEDGER_SWEEP_AFTER_S) re-sends it. A service that does not answer counts as no change.
    (Settling also lets a late duplicate delivery land before the test looks.)
    """
    run = Run()
    start = time.monotonic()
    deadline = start + timeout_s
    last: tuple[dict[str, int], dict[str, int]] | None = None
    last_change = start
    while True:
        try:
            state: tuple[dict[str, int], dict[str, int]] | None = (
                statuses(url),
                broker.queue_lengths(),
            )
        except (psycopg.OperationalError, redis.RedisError):
            state = None
        now = time.monotonic()
        if state is not None and state != last:
            last, last_change = state, now
        quiet_s = now - last_change
        if last is not None and state is not None:
            article_statuses, queues = state
            terminal = sum(article_statuses.get(s, 0) for s in TERMINAL)
            waiting = sum(queues[q] for q in pipeline.QUEUES)
            if terminal >= total and waiting == 0 and quiet_s >= settle_s:
                run.elapsed_s = now - start
                return run
            if sweeper is not None and terminal < total and waiting == 0 and quiet_s > stall_s:
                run.sweeps.append(sweeper())
                last_change = time.monotonic()
        if not worker.alive():
            raise AssertionError(
                f"the worker exited ({worker.process.returncode}):\n{worker.log_tail()}"
            )
        if now > deadline:
            raise AssertionError(
                f"timed out after {timeout_s:.0f} s at {last} (sweeps {run.sweeps}); worker log:\n"
                f"{worker.log_tail()}"
            )
        time.sleep(0.25)
