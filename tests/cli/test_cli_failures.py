"""`aidledger failures list|summary|show|retry` through the real entry point: causes shown and
grouped, unknown ids refused with one line and exit status 2."""

import json
import subprocess

import pytest

from shared import db, pipeline
from shared.errors import Permanent, Transient
from shared.store import failures
from tests.support.processes import CliRunner


def _record(task: str, entity_id: int, error: BaseException) -> None:
    with db.transaction() as conn:
        failures.record_failure(
            conn, task=task, entity=pipeline.TASK_ENTITIES[task], entity_id=entity_id, error=error
        )


@pytest.fixture
def three_failures(cli: CliRunner) -> CliRunner:
    _record(pipeline.FETCH_ARTICLE_TASK, 1, Permanent("HTTP 404", code="http_client_error"))
    _record(pipeline.FETCH_ARTICLE_TASK, 2, Permanent("HTTP 410", code="http_client_error"))
    _record(pipeline.POLL_FEED_TASK, 3, Transient("DNS", code="dns_unavailable"))
    return cli


def _one_line_error(result: subprocess.CompletedProcess[str], *mentions: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("aidledger: error:")
    for mention in mentions:
        assert mention in lines[0]


def test_summary_groups_open_failures_by_task_and_cause(three_failures: CliRunner) -> None:
    result = three_failures("failures", "summary", "--format", "jsonl")

    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["task"], r["cause"], r["open"]) for r in rows] == [
        (pipeline.FETCH_ARTICLE_TASK, "http_4xx", 2),
        (pipeline.POLL_FEED_TASK, "dns", 1),
    ]


def test_summary_table_names_the_causes(three_failures: CliRunner) -> None:
    result = three_failures("failures", "summary")

    assert result.returncode == 0, result.stderr
    assert "http_4xx" in result.stdout
    assert "dns" in result.stdout


def test_list_shows_the_cause(three_failures: CliRunner) -> None:
    as_csv = three_failures("failures", "list", "--format", "csv")
    table = three_failures("failures", "list")

    assert as_csv.returncode == 0, as_csv.stderr
    header, *lines = as_csv.stdout.splitlines()
    assert "cause" in header.split(",")
    assert sorted(line.split(",")[header.split(",").index("cause")] for line in lines) == [
        "dns",
        "http_4xx",
        "http_4xx",
    ]
    assert table.returncode == 0, table.stderr
    assert "http_4xx" in table.stdout


def test_show_an_unknown_id_is_one_line(cli: CliRunner) -> None:
    _one_line_error(cli("failures", "show", "999"), "no failure 999")


def test_retry_an_unknown_id_is_one_line(three_failures: CliRunner) -> None:
    result = three_failures("failures", "retry", "1", "999")

    _one_line_error(result, "no open failure 999")
    assert "sent again" not in result.stderr
