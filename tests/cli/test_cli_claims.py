"""`aidledger claims`, `claims show` and `totals` through the real CLI, after a replay."""

import json
from typing import Any

from tests.support.processes import CliRunner


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_claims_show_and_totals_after_replaying_the_seeds(cli: CliRunner) -> None:
    replay = cli("replay", "--worker", "--format", "jsonl")
    assert replay.returncode == 0, replay.stderr

    listed = cli("claims", "--recipient", "Ukraine", "--year", "2024", "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    (claim,) = [c for c in _jsonl(listed.stdout) if c["kind"] == "increment"]
    assert list(claim) == [
        "id", "donor", "recipient", "category", "kind", "value", "unit", "qualifier",
        "value_eur", "year", "period", "mentions", "documents", "conflict",
    ]  # fmt: skip
    assert (claim["value_eur"], claim["mentions"], claim["documents"]) == (50_000_000_000, 3, 2)

    shown = cli("claims", "show", str(claim["id"]))
    assert shown.returncode == 0, shown.stderr
    detail = json.loads(shown.stdout)
    assert {m["source"] for m in detail["mentions_list"]} == {
        "000_f0ac4543b9476d1e.txt",
        "001_94711507541671b2.txt",
    }
    assert all("[" in m["sentence"] for m in detail["mentions_list"])  # the figure marked

    totals = cli(
        "totals", "--by", "year", "--category", "security_aid", "--recipient", "Ukraine",
        "--format", "jsonl",
    )  # fmt: skip
    assert totals.returncode == 0, totals.stderr
    rows = _jsonl(totals.stdout)
    assert rows[0] == {
        "year": 2024,
        "value_eur": 50_000_000_000,
        "claims": 1,
        "documents": 2,
        "reported_cumulative_eur": None,
    }


def test_unknown_claim_and_bad_grouping_are_one_line_errors(cli: CliRunner) -> None:
    missing = cli("claims", "show", "999999")
    assert (missing.returncode, missing.stderr.strip()) == (2, "aidledger: error: no claim 999999")
    bad = cli("totals", "--by", "colour")
    assert bad.returncode == 2
    assert bad.stderr.startswith("aidledger: error: --by takes donor, recipient, category, year")
