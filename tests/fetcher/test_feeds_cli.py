"""`aidledger feeds ...`: the feed registry through the real CLI, against this run's database."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fetcher_testing import FEEDS

from shared import db
from shared.config import Settings
from shared.store import feeds
from tests.support.processes import CliRunner


def _ok(out: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert out.returncode == 0, out.stderr
    return out


def _listed(cli: CliRunner) -> list[dict[str, Any]]:
    out = _ok(cli("feeds", "list", "--format", "jsonl"))
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def _one_line_error(out: subprocess.CompletedProcess[str], *parts: str) -> str:
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    for part in parts:
        assert part in lines[0], lines[0]
    return lines[0]


def test_add_list_pause_resume_remove(cli: CliRunner) -> None:
    added = _ok(
        cli(
            "feeds",
            "add",
            "http://News.Example.test/feed.xml?utm_source=x#top",
            "--interval",
            "15m",
        )
    )
    assert added.stderr.strip() == "feed 1 added"
    again = _ok(cli("feeds", "add", "http://news.example.test/feed.xml"))
    assert again.stderr.strip() == "feed 1 already registered"
    _ok(cli("feeds", "add", "https://wire.example.test/atom", "--interval", "2h"))

    rows = _listed(cli)
    assert len(rows) == 2
    assert rows[0]["id"] == 1
    second = rows[1]["id"]
    first = rows[0]
    assert set(first) >= {
        "id",
        "url",
        "status",
        "interval_s",
        "last_polled_at",
        "failures",
        "last_error",
        "articles_found",
    }
    assert first["url"] == "http://news.example.test/feed.xml"
    assert (first["status"], first["interval_s"], first["failures"]) == ("active", 900, 0)
    assert (first["last_polled_at"], first["last_error"], first["articles_found"]) == (
        None,
        None,
        0,
    )
    assert rows[1]["interval_s"] == 7200

    assert _ok(cli("feeds", "pause", "1")).stderr.strip() == "feed 1 paused"
    assert [r["status"] for r in _listed(cli)] == ["paused", "active"]
    assert _ok(cli("feeds", "resume", "1")).stderr.strip() == "feed 1 active"
    assert [r["status"] for r in _listed(cli)] == ["active", "active"]
    assert _ok(cli("feeds", "remove", "1")).stderr.strip() == "feed 1 removed"
    assert [r["id"] for r in _listed(cli)] == [second]


def test_list_shows_the_last_error_of_a_failing_feed(clean_db: Settings, cli: CliRunner) -> None:
    with db.transaction() as conn:
        feed_id, _ = feeds.add_feed(conn, "https://broken.example.test/feed", 900)
        for _ in range(2):
            feeds.record_poll_failure(
                conn,
                feed_id,
                "HTTP 500 Internal Server Error",
                max_failures=2,
                base_interval_s=60,
                retry_after_s=None,
            )
    (row,) = _listed(cli)
    assert row["status"] == "failing"
    assert row["failures"] == 2
    assert row["last_error"] == "HTTP 500 Internal Server Error"
    assert row["last_polled_at"] is not None
    table = _ok(cli("feeds", "list"))
    assert "failing" in table.stdout
    # Resuming forgets the failures.
    _ok(cli("feeds", "resume", str(feed_id)))
    (row,) = _listed(cli)
    assert (row["status"], row["failures"]) == ("active", 0)


def test_import_opml(cli: CliRunner) -> None:
    out = _ok(cli("feeds", "import", str(FEEDS / "subscriptions.opml")))
    # Every outline left out is named, with the reason.
    assert out.stderr.strip().splitlines() == [
        "skipped 'Duplicate': duplicate of https://news.example.test/feed.xml",
        "skipped 'Not http': not an http(s) URL: ftp://news.example.test/feed.xml",
        "skipped 'Folder without URL': no feed URL (xmlUrl)",
        "3 feed(s) in subscriptions.opml, 3 new, 3 outline(s) skipped",
    ]
    # The outlines' titles are the feeds' titles.
    assert [r["title"] for r in _listed(cli)] == ["Wire", "Atom", "RDF"]
    assert [r["url"] for r in _listed(cli)] == [
        "https://news.example.test/feed.xml",
        "http://news.example.test/atom.xml",
        "http://news.example.test/rss10.rdf",
    ]
    again = _ok(cli("feeds", "import", str(FEEDS / "subscriptions.opml")))
    assert again.stderr.strip().splitlines()[-1] == (
        "3 feed(s) in subscriptions.opml, 0 new, 3 outline(s) skipped"
    )
    assert len(_listed(cli)) == 3


def test_import_bad_files(cli: CliRunner, tmp_path: Path) -> None:
    _one_line_error(cli("feeds", "import", str(tmp_path / "missing.opml")), "cannot read")
    bad = tmp_path / "bad.opml"
    bad.write_bytes(b"<opml><body><outline")
    _one_line_error(cli("feeds", "import", str(bad)), "malformed OPML")
    rss = tmp_path / "feed.opml"
    rss.write_bytes(b"<rss version='2.0'><channel/></rss>")
    _one_line_error(cli("feeds", "import", str(rss)), "not an OPML file")
    assert _listed(cli) == []


@pytest.mark.parametrize(
    "url", ["ftp://news.example.test/feed.xml", "not a url", "http:///feed.xml"]
)
def test_bad_url_is_one_line_and_exit_2(cli: CliRunner, url: str) -> None:
    _one_line_error(cli("feeds", "add", url), "bad feed URL")
    assert _listed(cli) == []


def test_bad_interval_and_unknown_feed(cli: CliRunner) -> None:
    _one_line_error(cli("feeds", "add", "https://a.example.test/", "--interval", "10s"), "10s")
    _one_line_error(cli("feeds", "add", "https://a.example.test/", "--interval", "soon"), "soon")
    _one_line_error(cli("feeds", "pause", "99"), "no feed 99")
    _one_line_error(cli("feeds", "remove", "99"), "no feed 99")


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ("127.0.0.1:99999", "port '99999' is not a number from 1 to 65535"),
        ("10.0.0.0/33", "invalid CIDR"),
        ("http://feeds.internal/", "a URL; give the host or address only"),
    ],
)
def test_bad_allow_list_entry_stops_the_cli_at_start_up(
    cli: CliRunner, entry: str, why: str
) -> None:
    out = cli("feeds", "list", env={"AIDLEDGER_FETCH_ALLOWED_NETWORKS": f"127.0.0.1:8080,{entry}"})
    _one_line_error(
        out,
        "invalid setting: AIDLEDGER_FETCH_ALLOWED_NETWORKS: ",
        f"bad allow-list entry {entry!r}: {why}",
    )
