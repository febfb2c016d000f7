"""`aidledger worker`, `beat` and `up`, and the worker that `replay` and `poll` start for a run."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from services.cli.output import err
from shared import pipeline
from shared.config import Settings, get_settings
from shared.runtime import OperatorError, ledger, worker_environment


def parse_queues(queues: str) -> list[str]:
    names = [q.strip() for q in queues.split(",") if q.strip()]
    unknown = sorted(set(names) - set(pipeline.QUEUES))
    if not names or unknown:
        raise OperatorError(
            f"unknown queue {', '.join(unknown) or '(none)'}: use {pipeline.QUEUES}"
        )
    return names


def worker_argv(queues: list[str], concurrency: int, loglevel: str = "INFO") -> list[str]:
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
        "--hostname",
        f"{'-'.join(queues)}.{os.getpid()}@%h",
        "--loglevel",
        loglevel,
        "--without-gossip",
        "--without-mingle",
    ]


def start_worker(
    settings: Settings, queues: list[str], concurrency: int, loglevel: str = "WARNING"
) -> subprocess.Popen[bytes]:
    # Its banner would mix with the command's output; its log (stderr) stays visible.
    return subprocess.Popen(
        worker_argv(queues, concurrency, loglevel),
        env=worker_environment(settings),
        stdout=subprocess.DEVNULL,
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
    or --worker); otherwise the deployment's running workers do the work."""
    if not enabled:
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
    concurrency: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 2,
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
) -> None:
    """Run a worker until stopped (on the embedded default, its services run as long)."""
    names = parse_queues(queues)
    if not get_settings().embedded:
        # Configured services: become the worker, so signals (docker stop) reach Celery directly.
        argv = worker_argv(names, concurrency, loglevel)
        os.execv(argv[0], argv)  # noqa: S606 (fixed argv, no shell)
    with ledger(broker=True, migrate_schema=True) as settings:
        process = start_worker(settings, names, concurrency, loglevel)
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


def up(
    concurrency: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 2,
) -> None:
    """Everything locally until stopped: services (embedded unless configured), a worker on
    every queue, and beat."""
    with ledger(broker=True, migrate_schema=True) as settings:
        worker_process = start_worker(settings, list(pipeline.QUEUES), concurrency, "INFO")
        beat_process = subprocess.Popen(beat_argv(settings), env=worker_environment(settings))
        children = (worker_process, beat_process)
        signal.signal(signal.SIGTERM, lambda *_: worker_process.send_signal(signal.SIGTERM))
        err.print("aidledger is up: a worker on every queue, and beat (Ctrl-C stops)")
        try:
            while all(child.poll() is None for child in children):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for child in children:
                stop_worker(child)
