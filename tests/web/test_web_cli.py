"""`aidledger web`: a real uvicorn serving the ledger, saying where once it listens."""

import subprocess
import sys

import httpx
import pytest

from shared.config import Settings
from tests.support.processes import ROOT, subprocess_env

pytestmark = pytest.mark.integration


def test_aidledger_web_serves_the_ledger_until_stopped(web_url: str) -> None:
    with httpx.Client(base_url=web_url, timeout=30) as client:
        totals = client.get("/totals?recipient=Ukraine&category=security_aid")
        assert totals.status_code == 200
        assert 'data-value-eur="50000000000"' in totals.text
        assert "script-src 'self'" in totals.headers["content-security-policy"]
        assert "server" not in totals.headers  # uvicorn's banner left out
        rows = client.get("/api/totals?by=year&category=security_aid&recipient=Ukraine").json()
        assert rows[0]["value_eur"] == 50_000_000_000
        assert client.post("/claims").status_code == 405


def test_an_unreachable_web_database_is_a_one_line_error(clean_db: Settings) -> None:
    env = {"AIDLEDGER_WEB_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    done = subprocess.run(
        [sys.executable, "-m", "services.cli", "web", "--port", "0"],
        env=subprocess_env(clean_db, env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("aidledger: error: database unreachable")
    assert len(done.stderr.strip().splitlines()) == 1
