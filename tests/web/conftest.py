"""Fixtures for the web ledger's tests (and the browser tests beside them): a ledger with the
seed corpus replayed through clean → extract → reconcile in this process, and the app on it."""

import hashlib
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.web.app import create_app
from shared import db, pipeline
from shared.config import Settings
from shared.pipeline import ArticleStatus
from shared.store import articles
from tests.support.chain import InProcessChain

with warnings.catch_warnings():
    # starlette 0.52's testclient names anyio's deprecated `anyio.abc.BlockingPortal` alias at
    # import; pytest turns warnings into errors.
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

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
