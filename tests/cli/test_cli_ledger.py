"""The ledger commands after a real replay (real worker, PostgreSQL, Redis): status, failures,
reprocess."""

import json
import re
import subprocess
from pathlib import Path
from typing import Any

from services.cleaner.clean import CLEANER_VERSION
from services.extractor.figures import EXTRACTOR_VERSION
from shared import db
from tests.support.processes import CliRunner

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
PAGES = ROOT / "tests" / "fixtures" / "pages"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
FAILURE_KEYS = {
    "id",
    "task",
    "entity",
    "entity_id",
    "error_class",
    "cause",
    "code",
    "message",
    "attempts",
    "first_seen",
    "last_seen",
}
# Over the cleaner's body limit set for the replay below: a Permanent failure, not a crash.
BODY_LIMIT = 100_000


def jsonl(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def replay(cli: CliRunner, *paths: Path, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    result = cli(
        "replay",
        "--worker",
        "--timeout",
        "180",
        "--format",
        "jsonl",
        *map(str, paths),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return jsonl(result.stdout)


def stored_figures() -> list[dict[str, Any]]:
    with db.transaction() as conn:
        return conn.execute(
            """
            SELECT document_id, extractor_version, start_offset, end_offset, value, unit,
                   qualifier, category, donor, recipient, year
            FROM figures ORDER BY document_id, start_offset, end_offset
            """
        ).fetchall()


def document_versions() -> list[tuple[str, str | None]]:
    with db.transaction() as conn:
        rows = conn.execute(
            "SELECT cleaner_version, extractor_version FROM documents ORDER BY id"
        ).fetchall()
    return [(r["cleaner_version"], r["extractor_version"]) for r in rows]


def reprocess_summary(result: subprocess.CompletedProcess[str]) -> tuple[int, int]:
    """(checked, changed) from reprocess's last line."""
    assert result.returncode == 0, result.stderr
    match = re.search(r"(\d+) checked, (\d+) changed", result.stderr)
    assert match is not None, result.stderr
    return int(match[1]), int(match[2])


def test_status_and_failures_after_a_replay(cli: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "too_big.txt"
    big.write_text("NATO pledged 1 billion euros to Ukraine. " * (BODY_LIMIT // 40 + 10))
    local = cli("extract", "--format", "jsonl", *(str(SEEDS / n) for n in SEED_NAMES))
    assert local.returncode == 0, local.stderr

    # The worker `replay --worker` starts inherits the environment, the body limit with it.
    figures = replay(cli, SEEDS, big, env={"AIDLEDGER_CLEAN_MAX_BODY_BYTES": str(BODY_LIMIT)})

    # The chain stores what `extract` finds on the same files.
    assert {r["doc"] for r in figures} == set(SEED_NAMES)

    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["doc"], r["start"], r["end"], r["value"], r["unit"], r["qualifier"])

    assert sorted(map(key, figures)) == sorted(map(key, jsonl(local.stdout)))

    status = cli("status", "--format", "jsonl")
    assert status.returncode == 0, status.stderr
    [summary] = jsonl(status.stdout)
    expected = {
        "feeds": 0,
        "articles": 3,
        "documents": 2,
        "figures": len(figures),
        "failures": 1,
        "articles_by_status": {"done": 2, "failed": 1},
        "feeds_by_status": {},
    }
    assert {k: summary.get(k) for k in expected} == expected

    listed = cli("failures", "list", "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    [failure] = jsonl(listed.stdout)
    assert set(failure) == FAILURE_KEYS
    assert failure["task"] == "cleaner.clean"
    assert failure["entity"] == "article"
    assert failure["error_class"] == "Permanent"
    assert (failure["cause"], failure["code"]) == ("too_large", "body_too_large")
    assert "body too large" in failure["message"]
    assert "\n" not in failure["message"]
    assert failure["attempts"] == 1

    shown = cli("failures", "show", str(failure["id"]))
    assert shown.returncode == 0, shown.stderr
    whole = json.loads(shown.stdout)
    assert whole["id"] == failure["id"]
    assert whole["entity_id"] == failure["entity_id"]
    assert whole["resolved_at"] is None

    missing = cli("failures", "show", str(failure["id"] + 1000))
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [f"aidledger: error: no failure {failure['id'] + 1000}"]

    # A second replay of the same files adds nothing.
    again = replay(cli, SEEDS, big, env={"AIDLEDGER_CLEAN_MAX_BODY_BYTES": str(BODY_LIMIT)})
    assert sorted(map(key, again)) == sorted(map(key, figures))
    [summary_again] = jsonl(cli("status", "--format", "jsonl").stdout)
    assert summary_again == summary


def test_reprocess_after_a_replay(cli: CliRunner) -> None:
    replay(cli, SEEDS)
    before = stored_figures()
    assert before
    assert document_versions() == [(CLEANER_VERSION, EXTRACTOR_VERSION)] * 2

    # Nothing is stale: nothing to do.
    assert reprocess_summary(cli("reprocess", "--stage", "extract")) == (0, 0)
    assert reprocess_summary(cli("reprocess", "--stage", "clean"))[1] == 0

    # --all re-extracts every document: the same figures, of the current version, so nothing
    # is reported changed.
    assert reprocess_summary(cli("reprocess", "--stage", "extract", "--all")) == (2, 0)
    after = stored_figures()
    assert len(after) == len(before)
    assert {r["extractor_version"] for r in after} == {EXTRACTOR_VERSION}
    assert after == before
    assert document_versions() == [(CLEANER_VERSION, EXTRACTOR_VERSION)] * 2

    # Cleaning again gives the same text: checked, not changed, figures untouched.
    assert reprocess_summary(cli("reprocess", "--stage", "clean", "--all")) == (2, 0)
    assert stored_figures() == before
    [summary] = jsonl(cli("status", "--format", "jsonl").stdout)
    assert summary["articles_by_status"] == {"done": 2}
    assert summary["documents"] == 2


def test_reprocess_extract_picks_up_an_older_version(cli: CliRunner) -> None:
    replay(cli, SEEDS)
    before = stored_figures()
    with db.transaction() as conn:
        conn.execute(
            "UPDATE documents SET extractor_version = 'old' "
            "WHERE id = (SELECT min(id) FROM documents)"
        )

    result = cli("reprocess", "--stage", "extract")
    # Re-extracted by this version, to the same figures: brought up, not changed.
    assert reprocess_summary(result) == (1, 0)
    assert "(1 brought to this version)" in result.stderr

    assert stored_figures() == before
    assert document_versions() == [(CLEANER_VERSION, EXTRACTOR_VERSION)] * 2


def test_reprocess_clean_does_not_count_a_page_that_still_skips(cli: CliRunner) -> None:
    replay(cli, SEEDS, PAGES / "index_page.html")

    assert reprocess_summary(cli("reprocess", "--stage", "clean"))[1] == 0
