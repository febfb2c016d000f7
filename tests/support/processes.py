"""The CLI and Celery workers as real subprocesses against this run's services."""

import os
import re
import subprocess
import sys
import time
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


LISTENING = re.compile(r"web ledger on (http://\S+?)/")


@contextmanager
def running_web(
    settings: Settings, log_path: Path, port: int = 0, timeout_s: float = 60
) -> Iterator[str]:
    """`aidledger web` against these settings (port 0: one the system picks); yields its base
    URL (no trailing slash) from the line it prints once listening, and stops it at the end. Its
    output goes to `log_path`: a file, not a pipe (a pipe nobody reads fills up and stalls the
    server)."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "services.cli",
                "web",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env=subprocess_env(settings, {"PYTHONUNBUFFERED": "1"}),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        try:
            yield _wait_for_listening(process, log_path, timeout_s)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_listening(process: subprocess.Popen[bytes], log_path: Path, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = LISTENING.search(log_path.read_text(errors="replace"))
        if found:
            return found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    output = log_path.read_text(errors="replace")[-4000:]
    raise RuntimeError(
        f"`aidledger web` did not say it was listening (exit {process.poll()}):\n{output}"
    )
