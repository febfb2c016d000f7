"""What the seed corpus must yield in the ledger, checked on the figures `aidledger replay --format
jsonl` prints (the compose check and tests compare a containerised run against these)."""

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
SEED_000 = "000_f0ac4543b9476d1e.txt"
SEED_001 = "001_94711507541671b2.txt"
# (document, value, unit, qualifier): the figures the seeds state (as tests/test_pipeline.py).
KNOWN_FIGURES = (
    (SEED_000, Decimal(50_000_000_000), "EUR", "over"),
    (SEED_000, Decimal(40_000_000_000), "EUR", "at_least"),
    (SEED_000, Decimal(485_000_000_000), "USD", "over"),
    (SEED_000, Decimal(20), "percent", "exact"),
    (SEED_001, Decimal(20_000_000_000), "EUR", "over"),
    (SEED_001, Decimal(50_000_000_000), "EUR", "approx"),
)


def parse_jsonl(output: str) -> list[dict[str, Any]]:
    """The figures of `--format jsonl` output (values as exact Decimals)."""
    return [json.loads(line, parse_float=Decimal) for line in output.splitlines() if line.strip()]


def figure_key(row: dict[str, Any]) -> tuple[str, int, int, Decimal, str, str]:
    """What identifies a figure across runs: where it is in which document, and what it says."""
    return (
        row["doc"], row["start"], row["end"], Decimal(str(row["value"])), row["unit"],
        row["qualifier"],
    )  # fmt: skip


def seed_figure_problems(rows: list[dict[str, Any]]) -> list[str]:
    """Why `rows` are not exactly the seeds' figures; empty when they are."""
    problems: list[str] = []
    keys = [figure_key(row) for row in rows]
    if len(set(keys)) != len(keys):
        problems.append(f"duplicate figures: {len(keys) - len(set(keys))}")
    for doc, value, unit, qualifier in KNOWN_FIGURES:
        if not any(k[0] == doc and k[3:] == (value, unit, qualifier) for k in keys):
            problems.append(f"missing {doc}: {value} {unit} ({qualifier})")
    texts = {doc: (SEEDS / doc).read_text() for doc in (SEED_000, SEED_001)}
    for row in rows:
        text = texts.get(row["doc"])
        if text is None:
            problems.append(f"figure of an unknown document: {row['doc']}")
        elif text[row["start"] : row["end"]] != row["text"]:
            problems.append(f"{row['doc']}[{row['start']}:{row['end']}] is not {row['text']!r}")
    return problems
