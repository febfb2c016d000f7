"""Real PostgreSQL and Redis for the tests, never mocks.

Where they come from, in order: `AIDLEDGER_TEST_DATABASE_URL` / `AIDLEDGER_TEST_BROKER_URL`; else a
compose stack (infra/compose/test.yml) through pytest-docker when a Docker engine answers; else the
embedded servers the CLI itself uses, started in a temporary folder. Each run creates its own
database and its own broker key prefix, and removes both at the end: nothing else is touched.
"""

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import psycopg
import pytest
import redis

from services.fetcher.ratelimit import redis_url
from shared import celery_app, db, migrate, pipeline
from shared.config import Settings
from shared.embedded import embedded_postgres, embedded_redis
from tests.compose.stack import compose_command, free_port, image_variables
from tests.support.processes import CliRunner, run_cli, running_worker

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
TABLES = ("claim_mentions", "claims", "figures", "failures", "articles", "documents", "feeds")


def _docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "info"], capture_output=True, timeout=20, check=False)
    return probe.returncode == 0


@pytest.fixture(scope="session")
def docker_compose_file() -> str:
    return str(ROOT / "infra" / "compose" / "test.yml")


@pytest.fixture(scope="session")
def docker_compose_command() -> str:
    # Debian ships Compose v1 (`docker-compose`) only; pytest-docker assumes v2.
    return " ".join(compose_command())


@pytest.fixture(scope="session")
def docker_setup() -> list[str]:
    # v1 has no `up --wait`; the fixture below waits for PostgreSQL and Redis itself.
    return ["up -d"]


@pytest.fixture(scope="session")
def server_urls(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(admin database URL, broker URL) of running servers, by the order above."""
    admin_url = os.environ.get("AIDLEDGER_TEST_DATABASE_URL")
    broker_url = os.environ.get("AIDLEDGER_TEST_BROKER_URL")
    with ExitStack() as stack:
        if (admin_url is None or broker_url is None) and _docker_answers():
            # Host networking on free ports (infra/compose/test.yml says why), and images that
            # exist here: the variables', else the local stand-ins (built once, then cached).
            pg_port, redis_port = free_port(), free_port()
            os.environ |= {"TEST_POSTGRES_PORT": str(pg_port), "TEST_REDIS_PORT": str(redis_port)}
            os.environ |= image_variables()
            services = request.getfixturevalue("docker_services")
            compose_db = f"postgresql://postgres@127.0.0.1:{pg_port}/postgres"
            compose_broker = f"redis://127.0.0.1:{redis_port}/0"
            services.wait_until_responsive(
                timeout=120,
                pause=0.5,
                check=lambda: _pg_answers(compose_db) and _redis_answers(compose_broker),
            )
            admin_url = admin_url or compose_db
            broker_url = broker_url or compose_broker
        # Not under pytest's tmp: as root, pgserver runs postgres as its own user, which must be
        # able to traverse every parent folder, and pytest keeps its base folder private.
        base = Path(tempfile.mkdtemp(prefix="aidledger-test-"))
        stack.callback(shutil.rmtree, base, ignore_errors=True)
        if admin_url is None:
            admin_url = stack.enter_context(embedded_postgres(base / "pg", database="postgres"))
        if broker_url is None:
            broker_url = stack.enter_context(embedded_redis(base / "redis"))
        yield admin_url, broker_url


def _pg_answers(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=2):
            return True
    except psycopg.OperationalError:
        return False


def _redis_answers(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


def _with_database(url: str, name: str) -> str:
    """`url` with its database name replaced (query string kept: it may hold a socket host)."""
    base, _, query = url.partition("?")
    scheme_host = base.rsplit("/", 1)[0] if base.count("/") > 2 else base
    return f"{scheme_host}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def test_settings(server_urls: tuple[str, str]) -> Iterator[Settings]:
    """Settings for this run: its own database (migrated) and its own broker key prefix."""
    admin_url, broker_url = server_urls
    name = f"aidledger_test_{uuid.uuid4().hex[:12]}"
    prefix = f"aidledger-test-{name}:"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = _with_database(admin_url, name)
    migrate.migrate(url)
    settings = Settings(
        database_url=url,
        broker_url=broker_url,
        broker_key_prefix=prefix,
        task_max_retries=2,
        retry_backoff_max_s=2,
    )
    db.configure(url)
    celery_app.configure(settings)
    try:
        yield settings
    finally:
        db.reset()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _delete_broker_keys(broker_url, prefix)


def _delete_broker_keys(broker_url: str, prefix: str, patterns: tuple[str, ...] = ("*",)) -> None:
    client = redis.Redis.from_url(redis_url(broker_url) or "")
    try:
        for pattern in patterns:
            keys = list(client.scan_iter(match=f"{prefix}{pattern}", count=1000))
            if keys:
                client.delete(*keys)
    finally:
        client.close()


@pytest.fixture
def clean_db(test_settings: Settings) -> Settings:
    """An empty ledger for this test: the run's own tables truncated, and its queues emptied
    (ids restart, so a message an earlier test left queued would name this test's rows)."""
    with db.transaction() as conn:
        conn.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
    assert test_settings.broker_url is not None
    queues = (*(f"{queue}*" for queue in pipeline.QUEUES), "unacked*")
    _delete_broker_keys(test_settings.broker_url, test_settings.broker_key_prefix, queues)
    return test_settings


@pytest.fixture
def worker(clean_db: Settings) -> Iterator[subprocess.Popen[bytes]]:
    """A real Celery worker process on every queue, against this run's services."""
    with running_worker(clean_db) as process:
        yield process


@pytest.fixture
def cli(clean_db: Settings) -> CliRunner:
    """Run `aidledger ARGS` in a subprocess against this run's services (or `env` overrides)."""

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        return run_cli(clean_db, *args, env=env, timeout=timeout)

    return run


# Fixtures that start processes: a test that uses one is an integration test (`make test-fast`
# leaves those out).
PROCESS_FIXTURES = frozenset({"cli", "worker"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if PROCESS_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)
    # Longest first, so that `make test`'s two processes end together instead of one waiting on
    # the other's last slow file: the compose stack (minutes to build and run), then the slow
    # fault tests, then the tests that start processes. A file runs where its first test sorts
    # (`--dist loadfile --no-loadscope-reorder`: xdist keeps this order).
    items.sort(key=_expected_length)


def _expected_length(item: pytest.Item) -> int:
    if "compose" in item.path.relative_to(ROOT).parts[:2]:
        return 0
    if item.get_closest_marker("slow"):
        return 1
    return 2 if item.get_closest_marker("integration") else 3
