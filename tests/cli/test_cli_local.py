"""`aidledger clean` and `aidledger extract`: local files in, no database and no broker needed.

Every run here points the settings at a closed port (127.0.0.1:1): the commands must not touch it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Every test here runs `aidledger` as a subprocess.
pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "pages"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
SEED_000 = "000_f0ac4543b9476d1e.txt"
SEED_001 = "001_94711507541671b2.txt"
DEAD_SERVICES = {
    "AIDLEDGER_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/x",
    "AIDLEDGER_BROKER_URL": "redis://127.0.0.1:1/0",
}
SKIPPED_PAGES = {"empty_page.html", "index_page.html", "login_wall.html", "report.pdf"}
FIGURE_KEYS = {
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
}
# Issue 2, "What it must show": the distinct (value, unit, qualifier) of each seed, no more.
EXPECTED_SEED_FIGURES = {
    SEED_000: {
        (50_000_000_000, "EUR", "over"),
        (40_000_000_000, "EUR", "at_least"),
        (485_000_000_000, "USD", "over"),
        (20, "percent", "exact"),
    },
    SEED_001: {
        (20_000_000_000, "EUR", "over"),
        (50_000_000_000, "EUR", "approx"),
    },
}


def run_local(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """`aidledger ARGS` with services that cannot answer: local commands must not need them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIDLEDGER_")}
    env.update(DEAD_SERVICES)
    result = subprocess.run(
        [sys.executable, "-m", "services.cli", *args],
        env=env,
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8", errors="replace"),
    )


def jsonl(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


# --- clean ------------------------------------------------------------------------------------


def test_clean_json_one_object_per_file_and_a_missing_file_does_not_stop_the_rest() -> None:
    pages = sorted(p for p in PAGES.iterdir() if p.suffix in (".html", ".pdf"))
    missing = "tests/fixtures/pages/no_such_page.html"
    seeds = sorted(SEEDS.glob("*.txt"))
    # The missing file sits in the middle: the files after it must still be cleaned.
    names = [rel(p) for p in pages] + [missing] + [rel(p) for p in seeds]

    result = run_local("clean", "--format", "json", *names)

    # A file that cannot be read is the operator's mistake: exit status 2.
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    records = jsonl(result.stdout)
    assert [r["file"] for r in records] == names
    by_name = {Path(r["file"]).name: r for r in records}
    assert set(by_name[Path(missing).name]) == {"file", "error"}
    assert "cannot read" in by_name[Path(missing).name]["error"]
    for name in SKIPPED_PAGES:
        record = by_name[name]
        assert set(record) == {"file", "skipped"}, record
        assert isinstance(record["skipped"], str)
        assert record["skipped"]
    cleaned = [r for r in records if "text" in r]
    assert len(cleaned) == len(names) - len(SKIPPED_PAGES) - 1
    for record in cleaned:
        assert {"file", "text", "title", "date", "language"} <= set(record), record
        assert record["text"].strip()
        assert "error" not in record
        assert "skipped" not in record

    nato = by_name["nato_article.html"]
    assert nato["language"] == "en"
    assert nato["title"].startswith("NATO allies exceed pledge")
    assert nato["date"].startswith("2025-02-12")
    assert by_name["de_article_utf8.html"]["language"] == "de"
    assert by_name["fr_article_utf8.html"]["language"] == "fr"
    assert by_name["ukr_article_utf8.html"]["language"] == "uk"
    # The same page in other encodings (one with a lying <meta charset>) cleans to the same text.
    ukr = by_name["ukr_article_utf8.html"]["text"]
    assert by_name["ukr_article_cp1251.html"]["text"] == ukr
    assert by_name["ukr_article_cp1251_wrong_meta.html"]["text"] == ukr
    assert by_name["fr_article_latin1.html"]["text"] == by_name["fr_article_utf8.html"]["text"]
    assert by_name["de_article_utf16.html"]["text"] == by_name["de_article_utf8.html"]["text"]
    # Plain text is kept as it is.
    for seed in seeds:
        assert by_name[seed.name]["text"].strip() == seed.read_text("utf-8").strip()
        assert by_name[seed.name]["language"] == "en"


def test_clean_text_prints_the_text() -> None:
    seed = SEEDS / SEED_000
    as_json = jsonl(run_local("clean", "--format", "json", rel(seed)).stdout)[0]

    result = run_local("clean", rel(seed))  # text is the default

    assert result.returncode == 0, result.stderr
    assert result.stdout == as_json["text"] + "\n"
    explicit = run_local("clean", "--format", "text", rel(PAGES / "nato_article.html"))
    assert explicit.returncode == 0, explicit.stderr
    assert "50 billion" in explicit.stdout
    assert not explicit.stdout.lstrip().startswith("<")


def test_clean_text_reports_skips_and_errors_on_stderr() -> None:
    missing = "tests/fixtures/pages/no_such_page.html"
    result = run_local("clean", rel(PAGES / "index_page.html"), missing, rel(SEEDS / SEED_001))

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("NATO Secretary-General confirms over 20 billion euros")
    lines = [line for line in result.stderr.splitlines() if not line.startswith("WARNING ")]
    assert f"{rel(PAGES / 'index_page.html')}: skipped: no article text (index page?)" in lines
    assert any(line.startswith(f"{missing}: error: cannot read") for line in lines), lines


def test_clean_only_skips_exits_zero() -> None:
    result = run_local("clean", "--format", "json", rel(PAGES / "login_wall.html"))

    assert result.returncode == 0, result.stderr
    assert jsonl(result.stdout) == [
        {"file": rel(PAGES / "login_wall.html"), "skipped": "no article text (login wall?)"}
    ]


def test_clean_reads_stdin() -> None:
    body = (SEEDS / SEED_001).read_bytes()

    result = run_local("clean", "--format", "json", "-", stdin=body)

    assert result.returncode == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["file"] == "-"
    assert record["text"].startswith("NATO Secretary-General confirms")


# --- extract ----------------------------------------------------------------------------------


def _distinct(records: list[dict[str, Any]], doc: str) -> set[tuple[int, str, str]]:
    return {(r["value"], r["unit"], r["qualifier"]) for r in records if r["doc"] == doc}


def _has(records: list[dict[str, Any]], doc: str, **want: Any) -> bool:
    return any(r["doc"] == doc and all(r[k] == v for k, v in want.items()) for r in records)


def test_extract_seeds_exact_figures_with_offsets_into_the_file() -> None:
    result = run_local("extract", "--format", "jsonl", rel(SEEDS / SEED_000), rel(SEEDS / SEED_001))

    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert records
    for record in records:
        assert set(record) >= FIGURE_KEYS, record
        # Named by the file name, as `figures` names a replayed file.
        assert record["doc"] in (SEED_000, SEED_001)
        # Plain text in: the offsets index the file itself, and the figure is what is there.
        text = (SEEDS / record["doc"]).read_text("utf-8")
        assert text[record["start"] : record["end"]] == record["text"], record
        assert isinstance(record["value"], int | float)
    for doc, expected in EXPECTED_SEED_FIGURES.items():
        assert _distinct(records, doc) == expected, doc

    assert _has(
        records,
        SEED_000,
        value=50_000_000_000,
        unit="EUR",
        qualifier="over",
        category="security_aid",
        year=2024,
        recipient="Ukraine",
    )
    assert _has(records, SEED_000, value=40_000_000_000, unit="EUR", qualifier="at_least")
    assert _has(
        records,
        SEED_000,
        value=485_000_000_000,
        unit="USD",
        qualifier="over",
        category="defense_spending",
    )
    assert _has(records, SEED_000, value=20, unit="percent")
    assert _has(records, SEED_001, value=20_000_000_000, unit="EUR", qualifier="over", year=2025)
    assert _has(records, SEED_001, value=50_000_000_000, unit="EUR", qualifier="approx", year=2024)


def test_extract_reads_stdin_like_the_file() -> None:
    seed = SEEDS / SEED_001
    from_file = jsonl(run_local("extract", "--format", "jsonl", rel(seed)).stdout)

    result = run_local("extract", "--format", "jsonl", "-", stdin=seed.read_bytes())

    assert result.returncode == 0, result.stderr
    from_stdin = jsonl(result.stdout)
    assert from_stdin
    assert {r["doc"] for r in from_stdin} == {"-"}

    def strip_doc(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "doc"} for r in rows]

    assert strip_doc(from_stdin) == strip_doc(from_file)


def test_extract_missing_file_is_one_error_line_and_the_rest_still_runs() -> None:
    missing = "tests/fixtures/seeds/no_such_seed.txt"

    result = run_local("extract", "--format", "jsonl", missing, rel(SEEDS / SEED_001))

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith(missing)]
    assert len(errors) == 1
    assert errors[0].startswith(f"{missing}: error: cannot read")
    assert _distinct(jsonl(result.stdout), SEED_001) == EXPECTED_SEED_FIGURES[SEED_001]


def test_extract_skipped_page_is_reported_but_not_an_error() -> None:
    result = run_local("extract", "--format", "jsonl", rel(PAGES / "index_page.html"))

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert f"{rel(PAGES / 'index_page.html')}: skipped:" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_extract_other_formats(fmt: str) -> None:
    result = run_local("extract", "--format", fmt, rel(SEEDS / SEED_001))

    assert result.returncode == 0, result.stderr
    if fmt == "csv":
        header, *rows = result.stdout.splitlines()
        assert set(header.split(",")) >= FIGURE_KEYS
        assert rows
        # Each row: the figure's id, then its document.
        assert all(row.split(",")[1] == SEED_001 for row in rows)
        assert "20000000000" in result.stdout
    else:
        assert "Figures" in result.stdout
        assert "Ukraine" in result.stdout
