"""`aidledger status` through the real entry point: queues from the broker, workers that answer,
throughput and failures from the ledger; formats and the broker being down."""

import json
import subprocess
import time
from typing import Any

from shared import db, pipeline
from shared.celery_app import send
from shared.errors import Permanent
from shared.pipeline import ArticleStatus
from shared.store import articles, failures
from tests.support.processes import CliRunner

DEAD_BROKER = "redis://127.0.0.1:1/0"


def _status(cli: CliRunner, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    result = cli("status", "--format", "json", *args, env=env)
    assert result.returncode == 0, result.stderr
    state: dict[str, Any] = json.loads(result.stdout)
    return state


def _fetched_articles(n: int) -> list[int]:
    ids = []
    with db.transaction() as conn:
        for i in range(n):
            article_id, _ = articles.insert_article(
                conn,
                url=f"https://a.example/{i}",
                original_url=f"{i}",
                source="replay",
                status=ArticleStatus.FETCHED,
            )
            ids.append(article_id)
    return ids


def test_queues_failures_and_counts_without_a_worker(cli: CliRunner) -> None:
    for article_id in _fetched_articles(2):
        send(pipeline.CLEAN_TASK, article_id)
    with db.transaction() as conn:
        failures.record_failure(
            conn,
            task=pipeline.FETCH_ARTICLE_TASK,
            entity="article",
            entity_id=99,
            error=Permanent("HTTP 404", code="http_client_error"),
        )

    state = _status(cli)

    queues = {q["queue"]: q for q in state["queues"]}
    assert set(queues) == set(pipeline.QUEUES)
    assert queues["clean"]["messages"] == 2
    assert queues["clean"]["articles_waiting"] == 2
    assert queues["clean"]["oldest_waiting_s"] >= 0
    assert queues["fetch"]["messages"] == 0
    assert queues["fetch"]["oldest_waiting_s"] is None
    assert state["workers"] == []
    assert state["broker_error"] is None
    assert state["failures_by_cause"] == [
        {"task": pipeline.FETCH_ARTICLE_TASK, "cause": "http_4xx", "open": 1}
    ]
    assert {s["task"] for s in state["stages"]} >= {s.task for s in pipeline.STAGES}
    assert state["articles_by_status"] == {"fetched": 2}
    assert state["failures"] == 1


def test_jsonl_is_the_same_object_on_one_line(cli: CliRunner) -> None:
    as_json = _status(cli)
    result = cli("status", "--format", "jsonl")

    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert json.loads(line).keys() == as_json.keys()


def test_table_names_every_section(cli: CliRunner) -> None:
    result = cli("status")

    assert result.returncode == 0, result.stderr
    for section in ("Queues", "Workers answering", "Done", "Open failures", "Ledger"):
        assert section in result.stdout


def test_csv_is_refused(cli: CliRunner) -> None:
    result = cli("status", "--format", "csv")

    assert result.returncode == 2
    assert "csv" in result.stderr
    assert result.stdout == ""


def test_a_broker_that_is_down_leaves_the_ledgers_part(cli: CliRunner) -> None:
    _fetched_articles(1)

    state = _status(cli, env={"AIDLEDGER_BROKER_URL": DEAD_BROKER})

    assert state["broker_error"]
    assert state["workers"] is None
    assert {q["messages"] for q in state["queues"]} == {None}
    assert state["articles_by_status"] == {"fetched": 1}


def test_a_running_worker_answers_with_its_queues(
    worker: subprocess.Popen[bytes], cli: CliRunner
) -> None:
    # A worker answers once it has started; ask until it does (bounded: the test's timeout).
    for _ in range(60):
        workers = _status(cli)["workers"]
        if workers:
            break
        assert worker.poll() is None, "the worker exited"
        time.sleep(1)

    [found] = workers
    assert found["queues"] == sorted(pipeline.QUEUES)
