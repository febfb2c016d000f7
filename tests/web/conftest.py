"""Fixtures for the web ledger's tests (and the browser tests beside them): a ledger with the
seed corpus replayed through clean → extract → reconcile in this process, and the app on it."""

import hashlib
import re
import subprocess
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from services.web.app import create_app
from shared import db, pipeline
from shared.config import Settings
from shared.pipeline import ArticleStatus
from shared.store import articles
from tests.support.chain import InProcessChain
from tests.support.processes import ROOT, subprocess_env

with warnings.catch_warnings():
    # starlette 0.52's testclient names anyio's deprecated `anyio.abc.BlockingPortal` alias at
    # import; pytest turns warnings into errors.
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

__all__ = ["SEEDS", "TestClient", "replay_seeds", "served"]

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))


def replay_seeds(chain: InProcessChain) -> list[int]:
    """Store the seed files as replayed articles and run them through the chain; their ids."""
    ids = []
    for path in SEEDS:
        body = path.read_bytes()
        sha = hashlib.sha256(body).hexdigest()
        with db.transaction() as conn:
            article_id, _ = articles.insert_article(
                conn,
                url=f"replay:sha256:{sha}",
                original_url=path.name,
                source="replay",
                raw_body=body,
                body_sha256=sha,
                content_type="text/plain",
                status=ArticleStatus.FETCHED,
            )
        chain.run(pipeline.CLEAN_TASK, article_id)
        ids.append(article_id)
    chain.drain()
    return ids


@pytest.fixture
def seed_ledger(clean_db: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """This run's database holding the seed corpus, done to its claims."""
    replay_seeds(InProcessChain(monkeypatch))
    return clean_db


@pytest.fixture
def web(seed_ledger: Settings) -> Iterator[TestClient]:
    """The web ledger on the seed ledger, through Starlette's TestClient (real HTTP semantics,
    in this process)."""
    with TestClient(create_app(seed_ledger), follow_redirects=False) as client:
        yield client


@pytest.fixture
def empty_web(clean_db: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(clean_db), follow_redirects=False) as client:
        yield client


@contextmanager
def served(settings: Settings, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """`aidledger web --port 0` in a subprocess on these settings: yields its base URL
    (http://127.0.0.1:PORT) once it listens, and stops it (SIGTERM) after."""
    with subprocess.Popen(
        [sys.executable, "-m", "services.cli", "web", "--host", "127.0.0.1", "--port", "0"],
        env=subprocess_env(settings, extra_env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stderr is not None
            line = process.stdout.readline()  # the one line it prints once listening
            found = re.fullmatch(r"web ledger on (http://127\.0\.0\.1:\d+)/\n", line)
            assert found, f"{line!r} {process.stderr.read() if process.poll() is not None else ''}"
            yield found.group(1)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def web_url(seed_ledger: Settings) -> Iterator[str]:
    """The seed ledger served by a real `aidledger web` (uvicorn) on a free port: its base URL.
    A test that uses it starts a process: mark it `integration`."""
    with served(seed_ledger) as url:
        yield url
