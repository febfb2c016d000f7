"""The web ledger as a real server process, and Debian's headless Chromium to look at it.

Used by the browser tests, bench/web_bench.py and docs/screenshots/make_screenshots.py, which
serve the ledger with tests/support/processes.py's `running_web`. Only the system's chromium
and chromedriver are driven: the driver's path is always given, so Selenium Manager (which
would download a browser) never runs, and SE_OFFLINE forbids it anyway.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from selenium import webdriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def missing_browser() -> str | None:
    """Why the browser cannot run here (None when it can)."""
    absent = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    if absent:
        return f"{' and '.join(absent)} not installed (apt-get install chromium chromium-driver)"
    return None


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
