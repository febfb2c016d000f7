"""`aidledger worker`, `beat` and `up`, and the worker that `replay` and `poll` start for a run."""

import fcntl
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer

from services.cli.output import err
from shared import guard, pipeline
from shared.config import Settings, get_settings
from shared.embedded import die_with_parent
from shared.runtime import OperatorError, ledger, worker_environment

UP_LOCK = "up.lock"
# Celery warns on every start as root ("superuser privileges"); C_FORCE_ROOT only matters for
# pickle, which we never accept (JSON only), and does not silence it. The embedded default is run
# as root in containers and CI sandboxes on purpose, so for the workers and beat this CLI starts
# as root, and only for them, the warning is filtered by its text. Deployments run the image's
# non-root user and never see it.
_ROOT_WARNING_FILTER = "ignore:You're running the worker with superuser privileges"


def parse_queues(queues: str) -> list[str]:
    names = [q.strip() for q in queues.split(",") if q.strip()]
    unknown = sorted(set(names) - set(pipeline.QUEUES))
    if not names or unknown:
        raise OperatorError(
            f"unknown queue {', '.join(unknown) or '(none)'}: use {pipeline.QUEUES}"
        )
    return names


class Pool(StrEnum):
    """How a worker runs its tasks: processes for work that computes, threads for waiting."""

    prefork = "prefork"
    threads = "threads"


def worker_argv(
    queues: list[str], concurrency: int, loglevel: str = "INFO", pool: Pool = Pool.prefork
) -> list[str]:
    """A worker that consumes `queues` and loads only the services that own them."""
    return [
        sys.executable,
        "-m",
        "celery",
        "--app",
        "shared.celery_app:app",
        "worker",
        "--queues",
        ",".join(queues),
        "--include",
        ",".join(pipeline.QUEUE_MODULES[q] for q in queues),
        "--concurrency",
        str(concurrency),
        "--pool",
        pool,
        "--hostname",
        f"{'-'.join(queues)}.{os.getpid()}@%h",
        "--loglevel",
        loglevel,
        "--without-gossip",
        "--without-mingle",
    ]


def child_environment(settings: Settings) -> dict[str, str]:
    """The environment of a worker or beat this CLI starts (see `_ROOT_WARNING_FILTER`)."""
    env = worker_environment(settings)
    if os.geteuid() == 0:
        env["PYTHONWARNINGS"] = ",".join(
            filter(None, [env.get("PYTHONWARNINGS"), _ROOT_WARNING_FILTER])
        )
    return env


def start_child(
    argv: list[str], settings: Settings, stdout: int | None = None
) -> subprocess.Popen[bytes]:
    """A worker or beat that dies with this process, however it dies (SIGTERM through
    PR_SET_PDEATHSIG, then killed by the guard if it lingers)."""
    process = subprocess.Popen(
        argv,
        env=child_environment(settings),
        preexec_fn=die_with_parent,  # noqa: PLW1509 (no threads run yet: prctl only)
        stdout=stdout,
    )
    guard.watch(process.pid)
    return process


def start_worker(
    settings: Settings,
    queues: list[str],
    concurrency: int,
    loglevel: str = "WARNING",
    pool: Pool = Pool.prefork,
) -> subprocess.Popen[bytes]:
    # Its banner would mix with the command's output; its log (stderr) stays visible.
    return start_child(
        worker_argv(queues, concurrency, loglevel, pool), settings, stdout=subprocess.DEVNULL
    )


def stop_worker(process: subprocess.Popen[bytes], timeout_s: float = 30) -> None:
    """Warm shutdown (finish the current tasks), then cold if it takes too long."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def run_worker_if(
    enabled: bool, settings: Settings, concurrency: int = 2
) -> Iterator[subprocess.Popen[bytes] | None]:
    """A worker on every queue for the length of a command, when `enabled` (the embedded default
    or --worker); otherwise the deployment's running workers do the work. On the embedded broker,
    an `aidledger up` running on this data folder has a worker on it already: that one does the
    work (a configured broker may not be the one `up` was given)."""
    if not enabled or (get_settings().broker_url is None and up_running(settings.data_dir)):
        yield None
        return
    process = start_worker(settings, list(pipeline.QUEUES), concurrency)
    try:
        yield process
    finally:
        stop_worker(process)


def check_alive(process: subprocess.Popen[bytes] | None) -> None:
    if process is not None and process.poll() is not None:
        raise OperatorError(f"the worker exited with status {process.returncode}")


def worker(
    queues: Annotated[str, typer.Option(help="Comma-separated queues to consume.")] = ",".join(
        pipeline.QUEUES
    ),
    concurrency: Annotated[int, typer.Option(min=1, help="Worker processes (or threads).")] = 2,
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
    pool: Annotated[
        Pool,
        typer.Option(help="prefork (processes) for clean/extract/reconcile; threads for fetch."),
    ] = Pool.prefork,
) -> None:
    """Run a worker until stopped (on the embedded default, its services run as long)."""
    names = parse_queues(queues)
    if not get_settings().embedded:
        # Configured services: become the worker, so signals (docker stop) reach Celery directly.
        argv = worker_argv(names, concurrency, loglevel, pool)
        os.execv(argv[0], argv)  # noqa: S606 (fixed argv, no shell)
    with ledger(broker=True, migrate_schema=True) as settings:
        process = start_worker(settings, names, concurrency, loglevel, pool)
        signal.signal(signal.SIGTERM, lambda *_: process.send_signal(signal.SIGTERM))
        try:
            code = process.wait()
        except KeyboardInterrupt:
            stop_worker(process)
            code = 0
    if code:
        raise typer.Exit(code)


def beat_argv(settings: Settings) -> list[str]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return [
        sys.executable,
        "-m",
        "celery",
        "--app",
        "shared.celery_app:app",
        "beat",
        "--schedule",
        str(settings.data_dir / "celerybeat-schedule"),
        "--loglevel",
        "INFO",
    ]


def beat() -> None:
    """Run the scheduler: every minute it sends the due feeds to be polled and sweeps."""
    settings = get_settings()
    if settings.embedded:
        raise OperatorError("beat needs a configured broker and database (or use `aidledger up`)")
    argv = beat_argv(settings)
    os.execv(argv[0], argv)  # noqa: S606 (fixed argv, no shell)


def up_running(data_dir: Path) -> bool:
    """Whether an `aidledger up` holds this data folder (its lock dies with it)."""
    path = data_dir / UP_LOCK
    if not path.exists():
        return False
    with path.open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(lock, fcntl.LOCK_UN)
        return False


@contextmanager
def up_lock(data_dir: Path) -> Iterator[None]:
    """One `up` per data folder: a second would start a second worker and beat on one ledger.

    An flock, released by the kernel however `up` ends, so a crash leaves nothing stale; the file
    holds the pid for the message."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / UP_LOCK
    with path.open("a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OperatorError(
                f"aidledger up is already running on {data_dir} (pid {_holder(lock)}); "
                "stop it first (SIGTERM), or use AIDLEDGER_DATA_DIR for another ledger"
            ) from None
        lock.truncate(0)
        lock.write(f"{os.getpid()}\n")
        lock.flush()
        yield


def _holder(lock: IO[str]) -> str:
    lock.seek(0)
    return lock.read().strip() or "unknown"


def up(
    concurrency: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 2,
    web: Annotated[
        bool, typer.Option(help="Serve the web ledger too (AIDLEDGER_WEB_HOST, _PORT).")
    ] = True,
) -> None:
    """Everything locally until stopped (Ctrl-C, or SIGTERM in scripts): services (embedded
    unless configured), a worker on every queue, beat, and the web ledger."""
    with up_lock(get_settings().data_dir), ledger(broker=True, migrate_schema=True) as settings:
        # Downloads wait, the rest computes: fetch runs on threads, so that slow servers never
        # hold the processes that clean and extract.
        fetcher = start_worker(
            settings, [pipeline.FETCH], settings.fetch_concurrency, "INFO", Pool.threads
        )
        computing = [q for q in pipeline.QUEUES if q != pipeline.FETCH]
        worker_process = start_worker(settings, computing, concurrency, "INFO")
        beat_process = start_child(beat_argv(settings), settings)
        children = (fetcher, worker_process, beat_process)
        # The web ledger only reads: if it cannot serve (its port taken), the pipeline goes on.
        web_process = (
            start_child([sys.executable, "-m", "services.cli", "web"], settings) if web else None
        )
        stopping: list[int] = []
        # SIGTERM (docker stop, kill, a script) ends `up` like Ctrl-C: children first, warm.
        signal.signal(signal.SIGTERM, lambda signum, _: stopping.append(signum))
        err.print(
            "aidledger is up: a fetch worker on threads, a worker on the other queues, beat"
            + (" and the web ledger" if web_process else "")
            + " (Ctrl-C or SIGTERM stops)"
        )
        try:
            while not stopping and all(child.poll() is None for child in children):
                if web_process is not None and web_process.poll() is not None:
                    err.print(
                        f"the web ledger stopped (exit {web_process.returncode}); the rest runs on"
                    )
                    web_process = None
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for child in (*children, *([web_process] if web_process else [])):
                stop_worker(child)
