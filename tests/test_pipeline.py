"""The walking skeleton end to end: seed corpus → real Celery worker → rows in PostgreSQL."""

import json
import subprocess
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from shared import db, pipeline
from shared.celery_app import send
from shared.config import Settings
from shared.store import views
from tests.support.ledger import counts as ledger_counts
from tests.support.processes import CliRunner

# Not imported from conftest: every conftest.py is a module named "conftest" to pytest.
SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
SEED_000 = "000_f0ac4543b9476d1e.txt"
SEED_001 = "001_94711507541671b2.txt"


def _counts() -> dict[str, int]:
    return ledger_counts()


def _figures() -> list[dict[str, Any]]:
    with db.transaction() as conn:
        return [asdict(r) for r in views.list_figures(conn)]


def _has(rows: list[dict[str, Any]], doc: str, value: int, unit: str, qualifier: str) -> bool:
    return any(
        r["doc"] == doc
        and r["value"] == Decimal(value)
        and r["unit"] == unit
        and r["qualifier"] == qualifier
        for r in rows
    )


def test_chain_through_a_real_worker(worker: subprocess.Popen[bytes], cli: CliRunner) -> None:
    from services.cli.replay import store_files, wait_for

    ids, to_send = store_files(sorted(SEEDS.glob("*.txt")))
    assert len(ids) == 2
    assert to_send == [(pipeline.CLEAN_TASK, article_id) for article_id in ids]
    for task_name, article_id in to_send:
        send(task_name, article_id)
    wait_for(ids, timeout_s=120, worker=worker)

    with db.transaction() as conn:
        assert views.article_statuses(conn, ids) == {"done": 2}
        documents = conn.execute("SELECT id, text, extractor_version FROM documents").fetchall()
    assert len(documents) == 2
    assert all(d["extractor_version"] for d in documents)
    rows = _figures()
    for doc in (SEED_000, SEED_001):
        text = (SEEDS / doc).read_text()
        for row in (r for r in rows if r["doc"] == doc):
            assert text[row["start"] : row["end"]] == row["text"]
    assert _has(rows, SEED_000, 50_000_000_000, "EUR", "over")
    assert _has(rows, SEED_000, 40_000_000_000, "EUR", "at_least")
    assert _has(rows, SEED_000, 485_000_000_000, "USD", "over")
    assert _has(rows, SEED_000, 20, "percent", "exact")
    assert _has(rows, SEED_001, 20_000_000_000, "EUR", "over")
    assert _has(rows, SEED_001, 50_000_000_000, "EUR", "approx")


def test_replay_twice_adds_nothing(cli: CliRunner) -> None:
    first = cli("replay", "--worker", "--format", "jsonl")
    assert first.returncode == 0, first.stderr
    after_first = _counts()
    printed = [json.loads(line) for line in first.stdout.splitlines() if line.strip()]
    assert len(printed) == after_first["figures"] > 0

    second = cli("replay", "--worker", "--format", "jsonl")
    assert second.returncode == 0, second.stderr
    assert _counts() == after_first
    assert after_first["articles"] == 2
    assert after_first["documents"] == 2


def test_no_wait_only_enqueues(cli: CliRunner) -> None:
    out = cli("replay", "--no-wait")
    assert out.returncode == 0, out.stderr
    with db.transaction() as conn:
        assert conn.execute("SELECT status FROM articles").fetchall() == [
            {"status": "fetched"},
            {"status": "fetched"},
        ]
    assert _counts()["figures"] == 0


def test_figures_jsonl_fields(cli: CliRunner) -> None:
    replayed = cli("replay", "--worker", "--format", "csv")
    assert replayed.returncode == 0, replayed.stderr
    out = cli("figures", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows
    for field in (
        "doc",
        "value",
        "unit",
        "qualifier",
        "category",
        "donor",
        "recipient",
        "year",
        "start",
        "end",
        "text",
    ):
        assert all(field in row for row in rows), field
    security = [r for r in rows if r["doc"] == SEED_000 and r["value"] == 50_000_000_000]
    assert security
    assert security[0]["category"] == "security_aid"
    assert security[0]["recipient"] == "Ukraine"
    assert security[0]["year"] == 2024


def test_sweeper_resends_lost_messages(worker: subprocess.Popen[bytes]) -> None:
    """Messages lost before a worker saw them: the sweeper finds the articles in PostgreSQL."""
    from services.cli.replay import store_files, wait_for
    from shared.sweep import sweep_once

    ids, _ = store_files(sorted(SEEDS.glob("*.txt")))  # stored, never sent: as if lost
    assert sweep_once(older_than_s=3600) == {}  # not idle long enough yet
    assert sweep_once(older_than_s=0) == {"fetched": 2}
    wait_for(ids, timeout_s=120, worker=worker)
    with db.transaction() as conn:
        assert views.article_statuses(conn, ids) == {"done": 2}
    assert sweep_once(older_than_s=0) == {}  # nothing left mid-chain


def test_sweeper_gives_up_on_an_article_that_never_gets_through(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An input that kills its worker every time must end in `failures`, not loop forever."""
    from services.cli.replay import store_files
    from shared import sweep

    monkeypatch.setattr(sweep, "send", lambda *args: None)  # no worker: the messages vanish
    monkeypatch.setattr(
        sweep, "get_settings", lambda: clean_db.model_copy(update={"sweep_max_resends": 2})
    )
    ids, _ = store_files(sorted(SEEDS.glob("*.txt")))
    assert sweep.sweep_once(older_than_s=0) == {"fetched": 2}
    assert sweep.sweep_once(older_than_s=0) == {"fetched": 2}
    assert sweep.sweep_once(older_than_s=0) == {"given_up": 2}
    assert sweep.sweep_once(older_than_s=0) == {}
    with db.transaction() as conn:
        assert views.article_statuses(conn, ids) == {"failed": 2}
        rows = conn.execute("SELECT task, entity, attempts, message FROM failures").fetchall()
    assert [(r["task"], r["entity"], r["attempts"]) for r in rows] == [
        (pipeline.CLEAN_TASK, "article", 1)
    ] * 2
    assert all(r["message"].startswith("stuck at fetched after 2 re-sends") for r in rows)
