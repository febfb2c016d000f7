"""The embedded default after a crash: `aidledger up` SIGKILLed leaves no process behind, a new
`up` starts cleanly, a second `up` on the same data folder is refused, and `replay` uses the
running `up`'s worker. Real processes, real PostgreSQL (pgserver) and Redis; no mocks.

Each wait below is bounded (a deadline polled), never an assertion on how long something took.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil  # type: ignore[import-untyped]
import pytest

from tests.support.processes import LISTENING

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
UP_TIMEOUT_S = 180  # a first start runs initdb
GONE_TIMEOUT_S = 60


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A data folder for this test's embedded services. Not under pytest's tmp: as root, pgserver
    runs postgres as its own user, which must be able to traverse every parent folder."""
    path = Path(tempfile.mkdtemp(prefix="aidledger-up-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        _stop_leftovers(path)
        shutil.rmtree(path, ignore_errors=True)


def _environment(data_dir: Path) -> dict[str, str]:
    """The embedded default: no database or broker URL, this data folder; `up`'s web ledger on
    a port the system picks."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIDLEDGER_")}
    return {**env, "AIDLEDGER_DATA_DIR": str(data_dir), "AIDLEDGER_WEB_PORT": "0"}


def _cli(data_dir: Path, *args: str, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "services.cli", *args],
        env=_environment(data_dir),
        cwd=ROOT,
        text=True,
        **popen,
    )


def _wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} not within {timeout_s:.0f} s")
        time.sleep(0.2)


def _start_up(data_dir: Path, log: Path) -> subprocess.Popen[str]:
    with log.open("w") as out:
        process = _cli(data_dir, "up", "--concurrency", "1", stdout=out, stderr=subprocess.STDOUT)

    def is_up() -> bool:
        assert process.poll() is None, log.read_text()
        return "aidledger is up" in log.read_text()

    _wait_until(is_up, UP_TIMEOUT_S, "`aidledger up` ready")
    return process


def _processes(up: subprocess.Popen[str], data_dir: Path) -> list[psutil.Process]:
    """`up` and everything it runs: its descendants (worker, its pool, beat, Redis, the guard)
    and the PostgreSQL server (pg_ctl detaches it, so it is found by its pid file)."""
    found = [psutil.Process(up.pid), *psutil.Process(up.pid).children(recursive=True)]
    postmaster = data_dir / "postgres" / "postmaster.pid"
    found.append(psutil.Process(int(postmaster.read_text().split()[0])))
    return found


def _cmdline(process: psutil.Process) -> str:
    """The command line, or "" once the process has gone."""
    try:
        return " ".join(process.cmdline())
    except psutil.Error:
        return ""


def _alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    """Those still running (a zombie has ended: it only waits for its parent to reap it)."""
    alive = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            pass
    return alive


def _stop_leftovers(data_dir: Path) -> None:
    """Whatever a failed test left running on this data folder."""
    for process in psutil.process_iter(["cmdline"]):
        try:
            if str(data_dir) in " ".join(process.info["cmdline"] or []):
                process.kill()
        except psutil.Error:
            pass


def test_sigkilled_up_leaves_no_process_and_a_new_up_starts(data_dir: Path) -> None:
    up = _start_up(data_dir, data_dir / "up-1.log")
    started = _processes(up, data_dir)
    names = " ".join(_cmdline(p) for p in started)
    assert "celery" in names
    assert "beat" in names
    assert "redis-server" in names
    assert "postgres" in names

    up.send_signal(signal.SIGKILL)
    up.wait()

    _wait_until(lambda: not _alive(started), GONE_TIMEOUT_S, "every process of the killed up gone")
    # The killed command's pid is no user of PostgreSQL any more.
    assert (data_dir / "postgres" / ".handle_pids.json").read_text() in ("", "[]")

    again = _start_up(data_dir, data_dir / "up-2.log")
    try:
        assert "already running" not in (data_dir / "up-2.log").read_text()
    finally:
        again.send_signal(signal.SIGTERM)
        assert again.wait(timeout=GONE_TIMEOUT_S) == 0


def test_a_later_command_prunes_a_dead_pid_and_stops_postgres(data_dir: Path) -> None:
    up = _start_up(data_dir, data_dir / "up.log")
    started = _processes(up, data_dir)
    postmaster = started[-1]
    # Without its guard (killed first), a SIGKILLed up leaves PostgreSQL running with its dead
    # pid in pgserver's handle file, as before the guard existed.
    [guard] = [p for p in started if "shared.guard" in _cmdline(p)]
    guard.kill()
    up.send_signal(signal.SIGKILL)
    up.wait()
    # Redis too: only the guard stops it (another command may still hold it).
    servers = [p for p in started if p is postmaster or "redis-server" in _cmdline(p)]
    _wait_until(
        lambda: set(_alive(started)) <= set(servers), GONE_TIMEOUT_S, "all but the servers gone"
    )
    assert str(up.pid) in (data_dir / "postgres" / ".handle_pids.json").read_text()

    later = _cli(
        data_dir, "figures", "--format", "jsonl", stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _, err = later.communicate(timeout=120)
    assert later.returncode == 0, err

    # The later command found itself the only live user, and stopped the server when done.
    _wait_until(lambda: not _alive([postmaster]), GONE_TIMEOUT_S, "PostgreSQL stopped")
    assert (data_dir / "postgres" / ".handle_pids.json").read_text() in ("", "[]")


def test_second_up_is_refused_and_replay_uses_the_running_one(data_dir: Path) -> None:
    up = _start_up(data_dir, data_dir / "up.log")
    try:
        second = _cli(data_dir, "up", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = second.communicate(timeout=120)
        assert second.returncode == 2
        assert out == ""
        [line] = err.splitlines()
        assert line.startswith("aidledger: error: aidledger up is already running")
        assert f"(pid {up.pid})" in line
        assert str(data_dir) in line

        replay = _cli(
            data_dir,
            "replay",
            "--format",
            "jsonl",
            str(SEEDS),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = replay.communicate(timeout=300)
        assert replay.returncode == 0, err
        assert out.strip()
        # The chain ran on up's worker (its log is at INFO; a worker of replay's own logs
        # nothing at that level): both articles cleaned and extracted there.
        log = (data_dir / "up.log").read_text()
        assert log.count("cleaner.clean[") >= 2
        assert log.count("] succeeded in") >= 4
        # As root (containers, CI), Celery's superuser warning is filtered for our own workers.
        assert "superuser privileges" not in log
        # up's web ledger serves the same ledger: the seeds' 2024 security aid, counted once.
        found = LISTENING.search(log)
        assert found, log
        query = "by=year&category=security_aid&recipient=Ukraine"
        with urllib.request.urlopen(f"{found.group(1)}/api/totals?{query}", timeout=30) as got:
            totals = json.load(got)
        assert {"year": 2024, "value_eur": 50000000000} in [
            {"year": t["year"], "value_eur": t["value_eur"]} for t in totals
        ]
    finally:
        started = _processes(up, data_dir)
        up.send_signal(signal.SIGTERM)
        assert up.wait(timeout=GONE_TIMEOUT_S) == 0
    _wait_until(lambda: not _alive(started), GONE_TIMEOUT_S, "every process of up stopped")


def test_missing_embedded_extra_is_one_line(tmp_path: Path) -> None:
    # The extra's package made unimportable, as on an install without `aidledger[embedded]`.
    fake = tmp_path / "site" / "pgserver"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('not installed')\n")
    env = {
        **_environment(tmp_path / "data"),
        "PYTHONPATH": f"{fake.parent}{os.pathsep}{ROOT}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "services.cli", "figures"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "aidledger[embedded]" in line
    assert "AIDLEDGER_DATABASE_URL" in line
