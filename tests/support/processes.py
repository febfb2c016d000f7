"""The CLI and Celery workers as real subprocesses against this run's services."""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from services.cli.worker import Pool, stop_worker, worker_argv
from shared import pipeline
from shared.config import Settings
from shared.runtime import worker_environment

ROOT = Path(__file__).resolve().parents[2]

# The `cli` fixture: run `aidledger ARGS` (env overrides, timeout) and return the finished process.
CliRunner = Callable[..., subprocess.CompletedProcess[str]]


def subprocess_env(settings: Settings, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a CLI or worker subprocess on these services, plus `extra`."""
    return {**worker_environment(settings), **(extra or {})}


def run_cli(
    settings: Settings, *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """`aidledger ARGS` in a subprocess against these services."""
    return subprocess.run(
        [sys.executable, "-m", "services.cli", *args],
        env=subprocess_env(settings, env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )


def run_cli_with(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """`aidledger ARGS` with only `env`'s AIDLEDGER_* settings (nothing embedded is started when
    both URLs are set)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("AIDLEDGER_")}
    return subprocess.run(
        [sys.executable, "-m", "services.cli", *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


@contextmanager
def running_worker(
    settings: Settings,
    extra: dict[str, str] | None = None,
    concurrency: int = 2,
    queues: list[str] | None = None,
    pool: Pool = Pool.prefork,
) -> Iterator[subprocess.Popen[bytes]]:
    """A real Celery worker process (on every queue by default), stopped (warm, then cold) at
    the end."""
    process = subprocess.Popen(
        worker_argv(queues or list(pipeline.QUEUES), concurrency, "WARNING", pool),
        env=subprocess_env(settings, extra),
    )
    try:
        yield process
    finally:
        stop_worker(process)
