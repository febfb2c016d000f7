"""Operator errors are one line on stderr, `aidledger: error: ...`, exit status 2, no traceback."""

import subprocess
from pathlib import Path

import pytest

from services.cli.replay import wait_for
from shared import db
from shared.config import Settings
from shared.runtime import OperatorError
from tests.support.ledger import articles_in
from tests.support.processes import CliRunner, run_cli_with

# Every test here runs `aidledger` as a subprocess.
pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
DEAD_DATABASE = "postgresql://nobody@127.0.0.1:1/x"
DEAD_BROKER = "redis://127.0.0.1:1/0"


def assert_one_line_error(result: subprocess.CompletedProcess[str], *mentions: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("aidledger: error:"), lines
    for mention in mentions:
        assert mention in lines[0], lines
    assert result.stdout == ""
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [("figures",), ("figures", "--format", "jsonl"), ("status",), ("feeds", "list")],
    ids=["figures", "figures-jsonl", "status", "feeds-list"],
)
def test_unreachable_database_is_one_line(args: tuple[str, ...]) -> None:
    env = {"AIDLEDGER_DATABASE_URL": DEAD_DATABASE, "AIDLEDGER_BROKER_URL": DEAD_BROKER}

    line = assert_one_line_error(run_cli_with(env, *args), "database")

    assert "127.0.0.1" in line


def test_unreachable_database_message_hides_the_password() -> None:
    env = {
        "AIDLEDGER_DATABASE_URL": "postgresql://someone:s3cret-pw@127.0.0.1:1/x",
        "AIDLEDGER_BROKER_URL": DEAD_BROKER,
    }

    line = assert_one_line_error(run_cli_with(env, "status"), "database")

    assert "s3cret-pw" not in line


def test_unreachable_broker_is_one_line(cli: CliRunner) -> None:
    result = cli("replay", "--no-wait", str(SEEDS), env={"AIDLEDGER_BROKER_URL": DEAD_BROKER})

    assert_one_line_error(result, "broker", "127.0.0.1:1")


def test_unreachable_broker_stores_nothing(cli: CliRunner) -> None:
    cli("replay", "--no-wait", str(SEEDS), env={"AIDLEDGER_BROKER_URL": DEAD_BROKER})

    status = cli("status", "--format", "jsonl")

    assert status.returncode == 0, status.stderr
    assert '"articles": 0' in status.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("failures", "show", "999999"), "no failure 999999"),
        (("feeds", "pause", "999999"), "no feed 999999"),
        (("feeds", "remove", "999999"), "no feed 999999"),
        (("feeds", "add", "https://example.org/feed.xml", "--interval", "5s"), "under a minute"),
        (("failures", "retry"), "name failure ids, or --all"),
    ],
    ids=["failure-show", "feed-pause", "feed-remove", "feed-interval", "retry-nothing"],
)
def test_operator_mistakes_are_one_line(
    cli: CliRunner, args: tuple[str, ...], message: str
) -> None:
    assert_one_line_error(cli(*args), message)


def test_malformed_database_url_is_one_line() -> None:
    env = {"AIDLEDGER_DATABASE_URL": "nonsense", "AIDLEDGER_BROKER_URL": DEAD_BROKER}

    assert_one_line_error(run_cli_with(env, "status"), "database")


def test_invalid_setting_is_one_line() -> None:
    env = {
        "AIDLEDGER_DATABASE_URL": DEAD_DATABASE,
        "AIDLEDGER_BROKER_URL": DEAD_BROKER,
        "AIDLEDGER_TASK_MAX_RETRIES": "many",
    }

    assert_one_line_error(run_cli_with(env, "status"), "AIDLEDGER_TASK_MAX_RETRIES")


def test_file_name_with_brackets_is_printed_verbatim(tmp_path: Path) -> None:
    missing = tmp_path / "page[/x].html"
    env = {"AIDLEDGER_DATABASE_URL": DEAD_DATABASE, "AIDLEDGER_BROKER_URL": DEAD_BROKER}

    result = run_cli_with(env, "clean", str(missing))

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{missing}: error: cannot read" in result.stderr


def test_replay_timeout_names_the_unfinished_articles(clean_db: Settings) -> None:
    with db.transaction() as conn:
        ids = articles_in(conn, "done", "fetched", "fetched")
    with pytest.raises(OperatorError, match=r"with 2 of 3 articles unfinished \({'fetched': 2}\)"):
        wait_for(ids, timeout_s=0, worker=None)
