"""Fixtures for the web ledger's tests (and the browser tests beside them): a ledger with the
seed corpus replayed through clean → extract → reconcile in this process, and the app on it."""

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.web.app import create_app
from shared.config import Settings
from tests.support.chain import SEEDS, InProcessChain, replay_seeds
from tests.support.processes import running_web

with warnings.catch_warnings():
    # starlette 0.52's testclient names anyio's deprecated `anyio.abc.BlockingPortal` alias at
    # import; pytest turns warnings into errors.
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

__all__ = ["SEEDS", "TestClient"]


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


@pytest.fixture
def web_url(seed_ledger: Settings, tmp_path: Path) -> Iterator[str]:
    """The seed ledger served by a real `aidledger web` (uvicorn) on a free port: its base URL.
    A test that uses it starts a process: mark it `integration`."""
    with running_web(seed_ledger, tmp_path / "web.log") as url:
        yield url
