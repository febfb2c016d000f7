"""The deployment's compose stack, run for real: docker-compose.yml with the CI override.

Shared by the compose tests, `make compose-test` (tests/compose/check.py) and bench/soak.py. Every
stack has its own project name and free ports on 127.0.0.1 (infra/compose/ci.yml explains why), so
it neither meets the machine's own PostgreSQL/Redis/RabbitMQ nor another stack. Images: the
variables POSTGRES_IMAGE / REDIS_IMAGE / PYTHON_IMAGE when set, else the local stand-ins that
infra/images/build-local.sh builds (cached by tag).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILES = (ROOT / "docker-compose.yml", ROOT / "infra" / "compose" / "ci.yml")
BUILD_LOCAL = ROOT / "infra" / "images" / "build-local.sh"
IMAGE_VARIABLES = ("POSTGRES_IMAGE", "REDIS_IMAGE", "PYTHON_IMAGE")
WORKERS = ("fetcher", "cleaner", "extractor", "reconciler")
# The services that keep running, each with a healthcheck; migrate runs once and exits 0.
# web-ci: the web ledger on the host network (infra/compose/ci.yml says why not `web`).
LONG_RUNNING = ("postgres", "redis", *WORKERS, "beat", "web-ci")
PORT_VARIABLES = (
    "AIDLEDGER_CI_POSTGRES_PORT",
    "AIDLEDGER_CI_REDIS_PORT",
    "AIDLEDGER_CI_WEB_PORT",
    *(f"AIDLEDGER_CI_METRICS_PORT_{worker.upper()}" for worker in WORKERS),
)


class StackError(RuntimeError):
    """The stack did not reach the state asked for (the message says which service, and why)."""


def engine_answers() -> bool:
    """Whether a Docker engine answers `docker info` (the compose tests skip otherwise)."""
    if shutil.which("docker") is None:
        return False
    try:
        probe = subprocess.run(["docker", "info"], capture_output=True, timeout=20, check=False)
    except subprocess.TimeoutExpired:
        return False
    return probe.returncode == 0


def compose_command() -> list[str]:
    """Compose v2 (`docker compose`) when the CLI has it, else Debian's docker-compose (v1)."""
    v2 = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    if v2.returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    raise StackError("neither `docker compose` nor `docker-compose` is installed")


def free_port() -> int:
    """A TCP port nothing listens on now on 127.0.0.1 (the kernel's pick)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def image_variables() -> dict[str, str]:
    """POSTGRES_IMAGE, REDIS_IMAGE and PYTHON_IMAGE: from the environment when all are set, else
    the local stand-ins (built now if missing; a no-op when cached)."""
    if all(os.environ.get(name) for name in IMAGE_VARIABLES):
        return {name: os.environ[name] for name in IMAGE_VARIABLES}
    built = subprocess.run(
        [str(BUILD_LOCAL)], capture_output=True, text=True, timeout=1800, check=False
    )
    if built.returncode != 0:
        raise StackError(f"infra/images/build-local.sh failed:\n{built.stderr[-3000:]}")
    pairs = (line.split("=", 1) for line in built.stdout.splitlines() if "=" in line)
    return {name: value for name, value in pairs if name in IMAGE_VARIABLES}


def parse_size(text: str) -> float:
    """Bytes in a `docker stats` size such as `41.2MiB` or `1.5GB`."""
    match = re.fullmatch(r"([\d.]+)\s*([KMGT]?i?B)", text.strip())
    if match is None:
        raise ValueError(f"not a size: {text!r}")
    units = {"B": 1, "KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40}
    units |= {"kB": 10**3, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12}
    return float(match[1]) * units[match[2]]


@dataclass
class Stack:
    """One compose project: its name and the variables its files read."""

    project: str
    env: dict[str, str] = field(default_factory=dict)
    command: list[str] = field(default_factory=compose_command)

    @classmethod
    def create(cls, project: str, extra_env: dict[str, str] | None = None) -> Stack:
        """A stack with fresh free ports, a random database password and the images to use."""
        env = {name: str(free_port()) for name in PORT_VARIABLES}
        env["POSTGRES_PASSWORD"] = secrets.token_hex(16)
        env |= image_variables()
        return cls(project=project, env=env | (extra_env or {}))

    def compose(
        self, *args: str, timeout: float = 600, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        files = [arg for path in COMPOSE_FILES for arg in ("-f", str(path))]
        argv = [*self.command, "--project-directory", str(ROOT), *files, "-p", self.project]
        result = subprocess.run(
            [*argv, *args],
            cwd=ROOT,
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            what = f"compose {' '.join(args)} exited {result.returncode}"
            raise StackError(f"{what}:\n{result.stderr}")
        return result

    def build(self) -> None:
        """The application image (layers cached: only changed code is copied again)."""
        self.compose("build", "migrate", timeout=1800)

    def up(self, *services: str) -> None:
        self.compose("up", "-d", "--no-build", *services)

    def down(self, volumes: bool = True) -> None:
        self.compose("down", "--timeout", "30", *(["--volumes"] if volumes else []))

    def container_ids(self, service: str) -> list[str]:
        """The service's containers, running or not."""
        found = subprocess.run(
            [
                "docker", "ps", "-aq",
                "--filter", f"label=com.docker.compose.project={self.project}",
                "--filter", f"label=com.docker.compose.service={service}",
            ],
            capture_output=True, text=True, check=True, timeout=30,
        )  # fmt: skip
        return found.stdout.split()

    def state(self, service: str) -> dict[str, object]:
        """`docker inspect`'s State of the service's first container ({} when there is none)."""
        ids = self.container_ids(service)
        if not ids:
            return {}
        out = subprocess.run(
            ["docker", "inspect", "--format", "{{json .State}}", ids[0]],
            capture_output=True, text=True, check=True, timeout=30,
        )  # fmt: skip
        state: dict[str, object] = json.loads(out.stdout)
        return state

    def health(self, service: str) -> str:
        """healthy / starting / unhealthy, or the container's status when it has no healthcheck."""
        state = self.state(service)
        health = state.get("Health")
        if isinstance(health, dict):
            return str(health.get("Status"))
        return str(state.get("Status", "missing"))

    def wait_healthy(self, services: tuple[str, ...] = LONG_RUNNING, timeout: float = 300) -> None:
        """Until migrate exited 0 and every service's healthcheck passes; StackError otherwise."""
        deadline = time.monotonic() + timeout
        waiting: dict[str, str] = {}
        while time.monotonic() < deadline:
            migrate = self.state("migrate")
            if migrate.get("Status") == "exited" and migrate.get("ExitCode") != 0:
                logs = self.compose("logs", "--no-color", "migrate", check=False).stdout
                raise StackError(f"migrate exited {migrate.get('ExitCode')}:\n{logs[-3000:]}")
            waiting = {s: h for s in services if (h := self.health(s)) != "healthy"}
            if migrate.get("Status") != "exited":
                waiting["migrate"] = str(migrate.get("Status", "missing"))
            if not waiting:
                return
            time.sleep(2)
        raise StackError(f"not healthy after {timeout:.0f} s: {waiting}")

    def run(self, *argv: str, volumes: tuple[str, ...] = (), timeout: float = 600) -> str:
        """`aidledger ARGV` in a one-off container of the application image; its stdout."""
        mounts = [arg for volume in volumes for arg in ("-v", volume)]
        return self.compose(
            "run", "--rm", "--no-deps", *mounts, "migrate", *argv, timeout=timeout
        ).stdout

    def crash(self, service: str) -> str:
        """SIGKILL the service's main process from the host, as the OOM killer would: a crash,
        which the restart policy answers. (`docker kill` is not one on every engine: Debian's
        20.10 counts it as a manual stop and leaves the container down.)"""
        (container, *_) = self.container_ids(service)
        pid = self.state(service)["Pid"]
        if not isinstance(pid, int) or pid <= 1:
            raise StackError(f"{service} is not running (pid {pid})")
        os.kill(pid, signal.SIGKILL)
        return container

    def restarts(self, service: str) -> int:
        ids = self.container_ids(service)
        out = subprocess.run(
            ["docker", "inspect", "--format", "{{.RestartCount}}", ids[0]],
            capture_output=True, text=True, check=True, timeout=30,
        )  # fmt: skip
        return int(out.stdout.strip())

    def memory(self) -> dict[str, float]:
        """Bytes of memory each running container of the stack uses now, by service."""
        names = {
            container: service
            for service in LONG_RUNNING
            for container in self.container_ids(service)
        }
        if not names:
            return {}
        out = subprocess.run(
            ["docker", "stats", "--no-stream", "--format", "{{.ID}} {{.MemUsage}}", *names],
            capture_output=True, text=True, check=True, timeout=60,
        )  # fmt: skip
        usage: dict[str, float] = {}
        for line in out.stdout.splitlines():
            short_id, used = line.split(" ", 1)
            service = next(s for c, s in names.items() if c.startswith(short_id))
            usage[service] = usage.get(service, 0.0) + parse_size(used.split("/")[0])
        return usage

    def process_memory(self, service: str) -> float:
        """Bytes of RSS of the service's own processes, summed (a prefork worker's children
        included), leaving out the healthcheck's `aidledger health`, which comes and goes."""
        (container, *_) = self.container_ids(service)
        out = subprocess.run(
            ["docker", "top", container, "-o", "pid,rss,args"],  # the engine needs the pid
            capture_output=True, text=True, check=True, timeout=30,
        )  # fmt: skip
        rows = (line.split(None, 2) for line in out.stdout.splitlines()[1:])
        return sum(float(row[1]) * 1024 for row in rows if "aidledger health" not in row[-1])

    @property
    def database_url(self) -> str:
        """The stack's PostgreSQL as seen from the host (host networking: 127.0.0.1)."""
        password = self.env["POSTGRES_PASSWORD"]
        port = self.env["AIDLEDGER_CI_POSTGRES_PORT"]
        return f"postgresql://aidledger:{password}@127.0.0.1:{port}/aidledger"

    @property
    def broker_url(self) -> str:
        return f"redis://127.0.0.1:{self.env['AIDLEDGER_CI_REDIS_PORT']}/0"
