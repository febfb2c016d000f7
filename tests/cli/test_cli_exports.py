"""Exports and provenance through the real CLI on the seeds' ledger: exact values, a stable id for
every figure in every output (a real replay's included), `figures show`, the filters, 80-column
tables, exit statuses."""

import csv
import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from shared import db
from tests.support.chain import InProcessChain, replay_seeds
from tests.support.processes import CliRunner

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
ID = re.compile(r"^[0-9a-f]{12}$")


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def _jsonl(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line, parse_float=Decimal) for line in stdout.splitlines()]


def _one_line_error(result: subprocess.CompletedProcess[str], *mentions: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("aidledger: error:"), lines
    for mention in mentions:
        assert mention in lines[0], lines
    assert result.stdout == ""
    return lines[0]


@pytest.fixture
def replayed(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The seed corpus through the chain in this process (a worker's start costs seconds, and
    only the first test is about replay itself); its figures as `figures` lists them."""
    replay_seeds(InProcessChain(monkeypatch))
    figures = _jsonl(_ok(cli("figures", "--format", "jsonl")).stdout)
    assert figures
    return figures


def test_every_output_carries_the_same_stable_ids(cli: CliRunner) -> None:
    result = _ok(
        cli("replay", "--worker", "--timeout", "180", "--format", "jsonl", str(SEEDS), timeout=240)
    )
    replayed = _jsonl(result.stdout)
    assert replayed
    ids = [f["id"] for f in replayed]
    assert all(ID.match(i) for i in ids), ids
    assert len(set(ids)) == len(ids)

    listed = _jsonl(_ok(cli("figures", "--format", "jsonl")).stdout)
    assert sorted(f["id"] for f in listed) == sorted(ids)
    rows = list(csv.DictReader(io.StringIO(_ok(cli("figures", "--format", "csv")).stdout)))
    assert sorted(r["id"] for r in rows) == sorted(ids)
    # `extract` on the same files, with no database, gives the ids they have once stored.
    local = _jsonl(_ok(cli("extract", *map(str, sorted(SEEDS.glob("*.txt"))))).stdout)
    assert sorted(f["id"] for f in local) == sorted(ids)

    # Re-extracting replaces the rows; the ids stay.
    _ok(cli("reprocess", "--stage", "extract", "--all"))
    again = _jsonl(_ok(cli("figures", "--format", "jsonl")).stdout)
    assert sorted(f["id"] for f in again) == sorted(ids)


def test_values_are_exact_in_csv_and_json(cli: CliRunner, replayed: list[dict[str, Any]]) -> None:
    # A value that a float would round, and one it would print with an exponent.
    with db.transaction() as conn:
        conn.execute(
            "UPDATE figures SET value_eur = 434121016827.78 "
            "WHERE id = (SELECT min(id) FROM figures)"
        )
        conn.execute(
            "UPDATE figures SET value_eur = 0.0000001 WHERE id = (SELECT max(id) FROM figures)"
        )
        stored = {
            str(r["v"]) for r in conn.execute("SELECT value_eur AS v FROM figures").fetchall()
        }

    text = _ok(cli("figures", "--format", "csv")).stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert not [r for r in rows if "e" in (r["value"] + r["value_eur"]).lower()]
    values = {r["value_eur"] for r in rows}
    assert {"434121016827.78", "0.0000001"} <= values
    assert {Decimal(v) for v in values if v} == {Decimal(v) for v in stored if v != "None"}

    lines = _ok(cli("figures", "--format", "jsonl")).stdout
    assert "434121016827.78" in lines
    assert "0.0000001" in lines
    numbers = re.findall(r'"value(?:_eur)?": ([^,}]+)', lines)
    assert numbers
    assert not [n for n in numbers if "e" in n.lower()]
    decoded = {f["value_eur"] for f in _jsonl(lines)}
    assert {Decimal("434121016827.78"), Decimal("0.0000001")} <= decoded


def test_figures_show_gives_the_provenance(cli: CliRunner, replayed: list[dict[str, Any]]) -> None:
    figure = next(f for f in replayed if f["donor"] and f["year"])
    with db.transaction() as conn:
        conn.execute(
            "UPDATE articles SET published_at = '2025-03-01T10:00:00Z', title = 'Wire story'"
        )

    shown = json.loads(_ok(cli("figures", "show", figure["id"], "--format", "json")).stdout)

    assert shown["id"] == figure["id"]
    assert shown["url"] == figure["doc"]
    assert shown["source"] == "replay"
    assert shown["title"]  # the cleaner's title of the page, else the article's
    assert shown["published_at"].startswith("2025-03-01T10:00:00")
    assert shown["extractor_version"] == figure["extractor_version"]
    assert shown["attribution"] == figure["attribution"]
    assert f"[[{figure['text']}]]" in shown["sentence"]
    assert shown["sentence"].replace("[[", "").replace("]]", "") == figure["sentence"]

    text = _ok(cli("figures", "show", figure["id"])).stdout
    assert re.search(rf"^id\s+{figure['id']}$", text, re.MULTILINE)
    assert f"[[{figure['text']}]]" in text
    assert re.search(r"^published_at\s+2025-03-01", text, re.MULTILINE)


@pytest.mark.parametrize("unknown", ["000000000000", "not-an-id"])
def test_figures_show_unknown_id_is_one_line_exit_2(
    cli: CliRunner, replayed: list[dict[str, Any]], unknown: str
) -> None:
    _one_line_error(cli("figures", "show", unknown), "no figure", unknown)


def test_filters(cli: CliRunner, replayed: list[dict[str, Any]]) -> None:
    def listed(*args: str) -> list[dict[str, Any]]:
        return _jsonl(_ok(cli("figures", "--format", "jsonl", *args)).stdout)

    donor = next(f["donor"] for f in replayed if f["donor"])
    by_donor = listed("--donor", donor.upper())
    assert by_donor
    assert {f["id"] for f in by_donor} == {f["id"] for f in replayed if f["donor"] == donor}

    recipient = next(f["recipient"] for f in replayed if f["recipient"])
    assert {f["id"] for f in listed("--recipient", recipient)} == {
        f["id"] for f in replayed if f["recipient"] == recipient
    }

    year = next(f["year"] for f in replayed if f["year"])
    assert {f["id"] for f in listed("--year", str(year))} == {
        f["id"] for f in replayed if f["year"] == year
    }

    # --since is the article's publication date; undated articles are left out.
    first, second = sorted({f["doc"] for f in replayed})
    with db.transaction() as conn:
        conn.execute(
            "UPDATE articles SET published_at = '2024-01-10' WHERE original_url = %s", (first,)
        )
        conn.execute(
            "UPDATE articles SET published_at = '2025-06-01' WHERE original_url = %s", (second,)
        )
    later = listed("--since", "2025-01-01")
    assert later
    assert {f["doc"] for f in later} == {second}
    assert {f["published"] for f in later} == {"2025-06-01"}
    assert len(listed("--since", "2024-01-10")) == len(replayed)
    assert listed("--since", "2030-01-01") == []
    assert cli("figures", "--since", "yesterday").returncode == 2


def test_table_fits_80_columns_and_keeps_ids_whole(
    cli: CliRunner, replayed: list[dict[str, Any]]
) -> None:
    # Piped, as here, the table is 80 columns wide.
    table = _ok(cli("figures", env={"COLUMNS": "80"})).stdout
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in table
    for figure in replayed:
        assert figure["id"] in table
    # Each cell is there in full, if folded over lines: no letter is lost.
    header, cells = _table_cells(table)
    by_id = {row[header.index("id")]: row for row in cells}
    assert set(by_id) == {f["id"] for f in replayed}
    for figure in replayed:
        row = by_id[figure["id"]]
        for column in ("doc", "category", "donor", "recipient"):
            assert row[header.index(column)] == "".join((figure[column] or "").split()), column


def _table_cells(table: str) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of a rich table, each cell's folded lines joined, spaces dropped."""
    header: list[str] = []
    found: list[list[str]] = []
    for line in table.splitlines():
        if line.startswith("┃") and not header:
            header = [c.strip() for c in line.strip("┃").split("┃")]
        elif line.startswith("│"):
            parts = ["".join(c.split()) for c in line.strip("│").split("│")]
            if parts[0]:  # the id column starts a row
                found.append(parts)
            else:
                found[-1] = [a + b for a, b in zip(found[-1], parts, strict=True)]
    return header, found


def test_reprocess_all_reports_only_real_changes(
    cli: CliRunner, replayed: list[dict[str, Any]]
) -> None:
    result = _ok(cli("reprocess", "--stage", "extract", "--all"))
    assert "2 checked, 0 changed" in result.stderr

    # A figure edited by hand is put back by the extractor: that document changed.
    with db.transaction() as conn:
        conn.execute("UPDATE figures SET donor = 'Nobody' WHERE id = (SELECT min(id) FROM figures)")
    result = _ok(cli("reprocess", "--stage", "extract", "--all"))
    assert "2 checked, 1 changed" in result.stderr


@pytest.mark.parametrize("command", ["extract", "clean"])
def test_missing_file_is_one_line_exit_2_and_the_rest_still_runs(
    command: str, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    seed = SEEDS / "000_f0ac4543b9476d1e.txt"
    result = subprocess.run(
        [sys.executable, "-m", "services.cli", command, str(missing), str(seed)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if str(missing) in line]
    assert line.startswith(f"{missing}: error: cannot read")
    assert result.stdout.strip()  # the readable file was still handled


def test_feeds_export_writes_opml_that_imports_back(cli: CliRunner, tmp_path: Path) -> None:
    _ok(cli("feeds", "add", "https://kyiv.test/rss"))
    opml = tmp_path / "in.opml"
    opml.write_text(
        "<opml version='2.0'><body>"
        "<outline text='Wire &amp; Co' xmlUrl='https://wire.test/feed.xml'/>"
        "<outline text='Gopher' xmlUrl='gopher://old.test/feed'/>"
        "</body></opml>"
    )
    imported = _ok(cli("feeds", "import", str(opml)))
    assert "skipped 'Gopher': not an http(s) URL: gopher://old.test/feed" in imported.stderr

    exported = _ok(cli("feeds", "export")).stdout
    assert exported.startswith("<?xml")
    assert 'xmlUrl="https://kyiv.test/rss"' in exported
    assert 'title="Wire &amp; Co"' in exported
    assert "gopher" not in exported

    written = tmp_path / "out.opml"
    result = _ok(cli("feeds", "export", str(written)))
    assert result.stderr.strip() == f"2 feed(s) written to {written}"
    assert written.read_text() == exported
