"""`aidledger health`, `--version` and `config` through the real entry point."""

import json
import subprocess
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.support.processes import CliRunner, run_cli_with

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DEAD_DATABASE = "postgresql://nobody:db-s3cret@127.0.0.1:1/x"
DEAD_BROKER = "redis://:broker-s3cret@127.0.0.1:1/0"


def test_version() -> None:
    result = run_cli_with({}, "--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"aidledger {version('aidledger')}\n"


def test_health_answers_zero_when_the_services_answer(cli: CliRunner) -> None:
    result = cli("health")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: database and broker")


def test_health_is_one_line_and_one_without_the_database() -> None:
    result = run_cli_with(
        {"AIDLEDGER_DATABASE_URL": DEAD_DATABASE, "AIDLEDGER_BROKER_URL": DEAD_BROKER}, "health"
    )

    assert result.returncode == 1, (result.stdout, result.stderr)
    [line] = result.stderr.splitlines()
    assert line.startswith("aidledger: unhealthy: database")
    assert "db-s3cret" not in line
    assert result.stdout == ""


def test_health_is_one_without_the_broker(cli: CliRunner) -> None:
    result = cli("health", env={"AIDLEDGER_BROKER_URL": DEAD_BROKER})

    assert result.returncode == 1, (result.stdout, result.stderr)
    [line] = result.stderr.splitlines()
    assert line.startswith("aidledger: unhealthy: broker")
    assert "broker-s3cret" not in line


def test_config_masks_passwords_and_says_where_each_setting_came_from() -> None:
    env = {
        "AIDLEDGER_DATABASE_URL": DEAD_DATABASE + "?sslpassword=ssl-s3cret",
        "AIDLEDGER_BROKER_URL": DEAD_BROKER,
        "AIDLEDGER_METRICS_PORT": "9808",
    }

    as_env = run_cli_with(env, "config")
    as_jsonl = run_cli_with(env, "config", "--format", "jsonl")

    assert as_env.returncode == 0, as_env.stderr
    assert "s3cret" not in as_env.stdout + as_jsonl.stdout
    lines = dict(line.split("=", 1) for line in as_env.stdout.splitlines())
    assert lines["AIDLEDGER_DATABASE_URL"] == (
        "postgresql://nobody:***@127.0.0.1:1/x?sslpassword=***"
    )
    assert lines["AIDLEDGER_BROKER_URL"] == "redis://:***@127.0.0.1:1/0"
    assert lines["AIDLEDGER_METRICS_PORT"] == "9808"
    sources = {r["setting"]: r["source"] for r in map(json.loads, as_jsonl.stdout.splitlines())}
    assert sources["AIDLEDGER_METRICS_PORT"] == "environment"
    assert sources["AIDLEDGER_LOG_FORMAT"] == "default"


def test_config_refuses_an_invalid_setting_in_one_line() -> None:
    result = run_cli_with({"AIDLEDGER_LOG_FORMAT": "xml"}, "config")

    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "AIDLEDGER_LOG_FORMAT" in line


def test_health_worker_is_one_without_a_worker_on_this_host(cli: CliRunner) -> None:
    result = cli("health", "--worker")

    assert result.returncode == 1, (result.stdout, result.stderr)
    [line] = result.stderr.splitlines()
    assert line.startswith("aidledger: unhealthy: no worker on")


def test_health_worker_answers_zero_with_a_worker_running(
    worker: subprocess.Popen[bytes], cli: CliRunner
) -> None:
    # The worker answers once it has started; ask until it does (bounded: the test's timeout).
    while (result := cli("health", "--worker")).returncode != 0:
        assert worker.poll() is None, "the worker exited"
        assert result.returncode == 1, result.stderr
        time.sleep(1)

    assert result.stdout == "ok: database and broker and worker answer\n"
