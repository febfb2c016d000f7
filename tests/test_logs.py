"""Log lines: JSON with the stage's context when AIDLEDGER_LOG_FORMAT=json, readable otherwise;
in a real worker, a failed stage's line carries its task, task id, entity and entity id."""

import json
import logging
import subprocess
import time
from pathlib import Path

import pytest

from services.cli.worker import stop_worker, worker_argv
from shared import logs, pipeline
from shared.celery_app import send
from shared.config import Settings, get_settings
from tests.support.ledger import query
from tests.support.processes import subprocess_env


def _record(message: str, exc: BaseException | None = None) -> logging.LogRecord:
    return logging.LogRecord(
        "services.test",
        logging.WARNING,
        __file__,
        1,
        message,
        None,
        (type(exc), exc, None) if exc else None,
    )


def test_a_json_line_carries_the_bound_context() -> None:
    with logs.bind(task=pipeline.FETCH_ARTICLE_TASK, entity="article", entity_id=7):
        logs.add(url="https://a.example/x")
        line = logs.JsonFormatter().format(_record("failed:\nHTTP 404"))
    outside = json.loads(logs.JsonFormatter().format(_record("later")))

    parsed = json.loads(line)
    assert "\n" not in line
    assert parsed["message"] == "failed:\nHTTP 404"
    assert parsed["level"] == "warning"
    assert (parsed["task"], parsed["entity"], parsed["entity_id"], parsed["url"]) == (
        pipeline.FETCH_ARTICLE_TASK,
        "article",
        7,
        "https://a.example/x",
    )
    assert "task" not in outside
    assert "url" not in outside


def test_a_traceback_stays_in_the_line() -> None:
    try:
        raise ValueError("boom")
    except ValueError as exc:
        record = _record("crashed", exc)
        record.exc_info = (type(exc), exc, exc.__traceback__)
    line = logs.JsonFormatter().format(record)

    assert len(line.splitlines()) == 1
    assert "ValueError: boom" in json.loads(line)["exception"]


@pytest.mark.parametrize(("setting", "json_lines"), [("json", True), ("text", False)])
def test_the_cli_logs_in_the_configured_format(
    monkeypatch: pytest.MonkeyPatch, setting: str, json_lines: bool
) -> None:
    monkeypatch.setenv("AIDLEDGER_LOG_FORMAT", setting)
    get_settings.cache_clear()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        logs.configure()
        [handler] = root.handlers
        assert isinstance(handler.formatter, logs.JsonFormatter) is json_lines
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
        get_settings.cache_clear()


@pytest.mark.integration
def test_a_worker_logs_json_lines_with_the_task(clean_db: Settings, tmp_path: Path) -> None:
    stderr = tmp_path / "worker.log"
    with stderr.open("wb") as sink:
        process = subprocess.Popen(
            worker_argv(list(pipeline.QUEUES), concurrency=1, loglevel="INFO"),
            env=subprocess_env(clean_db, {"AIDLEDGER_LOG_FORMAT": "json"}),
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )
        try:
            send(pipeline.CLEAN_TASK, 424242)  # no such article: the stage fails
            while not query("SELECT id FROM failures"):
                assert process.poll() is None, stderr.read_text()
                time.sleep(0.2)
        finally:
            stop_worker(process)

    lines = [json.loads(line) for line in stderr.read_text().splitlines() if line.startswith("{")]
    [failed] = [line for line in lines if line["logger"] == "shared.stage"]
    assert failed["task"] == pipeline.CLEAN_TASK
    assert (failed["entity"], failed["entity_id"]) == ("article", 424242)
    assert failed["task_id"]
    assert failed["level"] == "warning"
    # Celery's own lines are JSON too, its task lines with the task's name and id.
    [traced] = [line for line in lines if "raised expected" in line["message"]]
    assert (traced["task"], traced["task_id"]) == (pipeline.CLEAN_TASK, failed["task_id"])
