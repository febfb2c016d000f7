"""The web ledger as a real server process, and Debian's headless Chromium to look at it.

Used by the browser tests (the browser; their server is tests/web/conftest.py's `web_url`),
bench/web_bench.py and docs/screenshots/make_screenshots.py (both). Only the system's chromium
and chromedriver are driven: the driver's path is always given, so Selenium Manager (which
would download a browser) never runs, and SE_OFFLINE forbids it anyway.
"""

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from selenium import webdriver

from shared.config import Settings
from tests.support.processes import ROOT, subprocess_env

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
LISTENING = re.compile(r"web ledger on (http://\S+/)")


def missing_browser() -> str | None:
    """Why the browser cannot run here (None when it can)."""
    absent = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    if absent:
        return f"{' and '.join(absent)} not installed (apt-get install chromium chromium-driver)"
    return None


@contextmanager
def running_web(
    settings: Settings, log_path: Path, port: int = 0, timeout_s: float = 60
) -> Iterator[str]:
    """`aidledger web` against these settings (port 0: one the system picks); yields its base
    URL as the line it prints once listening gives it, and stops it at the end. Its output goes
    to `log_path`: a file, not a pipe (a pipe nobody reads fills up and stalls the server)."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "services.cli",
                "web",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env=subprocess_env(settings, {"PYTHONUNBUFFERED": "1"}),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        try:
            yield _wait_for_listening(process, log_path, timeout_s)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_listening(process: subprocess.Popen[bytes], log_path: Path, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = LISTENING.search(log_path.read_text(errors="replace"))
        if found:
            return found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    output = log_path.read_text(errors="replace")[-4000:]
    raise RuntimeError(
        f"`aidledger web` did not say it was listening (exit {process.poll()}):\n{output}"
    )


@contextmanager
def headless_chromium(
    width: int = 1280, height: int = 800, javascript: bool = True
) -> Iterator[webdriver.Chrome]:
    """A headless Debian Chromium driven through chromedriver, its browser console kept (for
    `browser_errors`); quit at the end."""
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        # The page's own size, as --window-size gives the window's (headless keeps room for
        # a toolbar it does not draw).
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        yield driver
    finally:
        driver.quit()


def browser_errors(driver: webdriver.Chrome) -> list[str]:
    """The console's errors since the last call: failed loads, scripts the CSP blocked. The
    browser's own guess at /favicon.ico is left out: no page asks for it."""
    entries = driver.get_log("browser")  # type: ignore[no-untyped-call]
    return [
        e["message"]
        for e in entries
        if e["level"] == "SEVERE" and not e["message"].startswith(f"{_origin(driver)}/favicon.ico ")
    ]


def _origin(driver: webdriver.Chrome) -> str:
    parts = urlsplit(driver.current_url)
    return f"{parts.scheme}://{parts.netloc}"
