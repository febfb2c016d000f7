"""The pipeline in this process: real tasks and a real database, no broker and no worker."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from services.cli.replay import ReplayItem, store_items
from shared import db, pipeline

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))


class InProcessChain:
    """Every message a task sends is captured instead of going to the broker, and `drain` runs
    them (fetch → clean → extract → reconcile) until none is left."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        # The task modules register their tasks on import.
        import services.cleaner.tasks
        import services.extractor.tasks
        import services.fetcher.tasks
        import services.reconciler.tasks  # noqa: F401
        from shared import celery_app

        self.app = celery_app.app
        self.sent: list[tuple[str, int, float | None]] = []
        monkeypatch.setattr(self.app, "send_task", self._capture)

    def _capture(self, name: str, args: list[int], **options: Any) -> None:
        self.sent.append((name, args[0], options.get("countdown")))

    def run(self, name: str, entity_id: int) -> None:
        """Run one task as a worker would (its outcome recorded, its hand-off captured)."""
        self.app.tasks[name](entity_id)

    def drain(self, limit: int = 1000) -> list[tuple[str, int]]:
        """Run what the tasks sent, in order, until nothing is left; returns what ran."""
        done: list[tuple[str, int]] = []
        while self.sent and len(done) < limit:
            name, entity_id, _ = self.sent.pop(0)
            self.run(name, entity_id)
            done.append((name, entity_id))
        return done


def store_seed(path: Path) -> int:
    """A seed file stored as a replayed article (status fetched, ready to clean): its id."""
    with db.transaction() as conn:
        [article_id] = store_items(conn, [ReplayItem(path.name, path.read_bytes(), "text/plain")])
    return article_id


def replay_seeds(chain: InProcessChain, seeds: Sequence[Path] = tuple(SEEDS)) -> list[int]:
    """The seed files through clean → extract → reconcile in this process: their article ids."""
    ids = [store_seed(path) for path in seeds]
    for article_id in ids:
        chain.run(pipeline.CLEAN_TASK, article_id)
    chain.drain()
    return ids
