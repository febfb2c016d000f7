"""The compose deployment, run for real: docker-compose.yml with the CI override on this machine.

One stack for the module (building and starting it is most of the cost): it comes up healthy, a
killed worker comes back by its restart policy and the ledger ends exact, the seeds replay into
its PostgreSQL through its workers, and `down` then `up` keeps the ledger. Skipped, saying why,
when no Docker engine answers (`infra/compose/ensure-engine.sh` starts one; CI does).
"""

import json
import os
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest
from psycopg.rows import dict_row

from tests.compose.seeds import figure_key, parse_jsonl, seed_figure_problems
from tests.compose.stack import LONG_RUNNING, Stack, engine_answers
from tests.reliability.reliability_testing import (
    assert_exact_ledger,
    make_articles,
    scratch_dir,
    summary,
    write_articles,
)

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.timeout(900)]
NO_ENGINE = "no Docker engine answers (infra/compose/ensure-engine.sh starts one)"

ARTICLES = 300
KILL_AFTER_DONE = 60


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    if not engine_answers():
        # CI sets AIDLEDGER_COMPOSE_TESTS=required: there, a missing engine is a failure.
        if os.environ.get("AIDLEDGER_COMPOSE_TESTS") == "required":
            pytest.fail(NO_ENGINE)
        pytest.skip(NO_ENGINE)
    # Idle mid-chain articles are re-sent after 60 s (not 15 min): what a killed worker held
    # comes back within the test. On a busy machine an article merely queued that long is re-sent
    # too (a duplicate message, which the stages ignore), so resends are not capped at 5 here.
    # Its own project name: parallel runs do not meet.
    project = f"aidledger-pytest-{uuid.uuid4().hex[:8]}"
    sweep = {"AIDLEDGER_SWEEP_AFTER_S": "60", "AIDLEDGER_SWEEP_MAX_RESENDS": "1000"}
    stack = Stack.create(project, sweep)
    stack.build()
    try:
        stack.up()
        stack.wait_healthy()
        yield stack
    finally:
        stack.down(volumes=True)


def wait_until(check: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not {what} after {timeout_s:.0f} s")
        time.sleep(0.5)


def inspect(container: str) -> dict[str, object]:
    out = subprocess.run(
        ["docker", "inspect", container], capture_output=True, text=True, check=True, timeout=30
    )
    found: list[dict[str, object]] = json.loads(out.stdout)
    return found[0]


def test_stack_comes_up_healthy_on_the_host_network(stack: Stack) -> None:
    assert {service: stack.health(service) for service in LONG_RUNNING} == dict.fromkeys(
        LONG_RUNNING, "healthy"
    )
    migrate = stack.state("migrate")
    assert (migrate["Status"], migrate["ExitCode"]) == ("exited", 0)
    # Host networking everywhere: no bridge, no private address, all traffic on 127.0.0.1.
    for service in (*LONG_RUNNING, "migrate"):
        (container,) = stack.container_ids(service)
        host_config = inspect(container)["HostConfig"]
        assert isinstance(host_config, dict)
        assert host_config["NetworkMode"] == "host", service


def test_killed_worker_restarts_and_the_ledger_ends_exact(stack: Stack) -> None:
    url = stack.database_url
    assert summary(url)["articles"] == 0
    with scratch_dir("aidledger-compose-kill-") as folder:
        articles = make_articles(ARTICLES)
        write_articles(folder, articles)
        # The container runs as its own user: the corpus must be readable by others.
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.chmod(0o644)
        stack.run("replay", "--no-wait", "/corpus", volumes=(f"{folder}:/corpus:ro",))
    wait_until(lambda: summary(url)["done"] >= KILL_AFTER_DONE, 300, f"{KILL_AFTER_DONE} done")

    container = stack.crash("cleaner")
    done_at_kill = summary(url)["done"]
    assert done_at_kill < ARTICLES, "the replay ended before the kill: nothing was tested"
    # A crash (not a stop): `restart: unless-stopped` starts the same container again.
    wait_until(lambda: stack.restarts("cleaner") >= 1, 60, "restarted")
    assert stack.container_ids("cleaner") == [container]
    wait_until(lambda: stack.health("cleaner") == "healthy", 120, "healthy again")
    wait_until(lambda: summary(url)["done"] >= ARTICLES, 420, f"{ARTICLES} articles done")
    assert_exact_ledger(url, articles)


def test_seeds_replay_into_the_compose_postgres(stack: Stack) -> None:
    rows = parse_jsonl(stack.run("replay", "--format", "jsonl", "--timeout", "300"))
    assert rows
    assert seed_figure_problems(rows) == []
    # What was printed is what the stack's own PostgreSQL holds, read from the host.
    with psycopg.connect(stack.database_url, row_factory=dict_row) as conn:
        stored = conn.execute(
            "SELECT count(*) AS n FROM figures f JOIN documents d ON d.id = f.document_id "
            "JOIN articles a ON a.document_id = d.id WHERE a.source = 'replay' "
            "AND a.original_url = ANY(%s)",
            (sorted({row["doc"] for row in rows}),),
        ).fetchone()
    assert stored is not None
    assert stored["n"] == len({figure_key(row) for row in rows})
    # The web service reads the same ledger: the seeds' 2024 security aid, counted once.
    port = stack.env["AIDLEDGER_CI_WEB_PORT"]
    query = "by=year&category=security_aid&recipient=Ukraine"
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/totals?{query}", timeout=30) as got:
        totals = {row["year"]: row["value_eur"] for row in json.load(got)}
    assert totals[2024] == 50_000_000_000


def test_down_then_up_keeps_the_ledger(stack: Stack) -> None:
    before = summary(stack.database_url)
    assert before["figures"] > 0
    stack.down(volumes=False)
    assert all(not stack.container_ids(service) for service in LONG_RUNNING)
    stack.up()
    stack.wait_healthy()
    assert summary(stack.database_url) == before
