"""The README's screenshot of the web ledger's totals page, taken in headless Debian Chromium.

    .venv/bin/python docs/screenshots/make_screenshots.py [--out FOLDER]   (make screenshots)

With AIDLEDGER_DATABASE_URL set, it shows that ledger as it is. Otherwise it replays the seed
corpus (`aidledger replay --worker`, as `make demo` does) into a private ledger (the benchmarks'
helper: a database of its own on AIDLEDGER_BENCH_DATABASE_URL's server, or embedded servers in a
temporary folder), dropped at the end. Either way it starts `aidledger web` on it and saves
totals.png (1280x800).
"""

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from bench.pipeline_support import private_ledger
from shared.config import Settings
from shared.runtime import ledger
from tests.support.browser import headless_chromium, missing_browser
from tests.support.processes import ROOT, run_cli, running_web

TOTALS = "/totals?recipient=Ukraine&category=security_aid&kind=increment"


@contextmanager
def seed_or_given_ledger() -> Iterator[Settings]:
    if os.environ.get("AIDLEDGER_DATABASE_URL"):
        with ledger(broker=True) as settings:
            yield settings
        return
    with private_ledger() as settings:
        # One worker process: the documents are reconciled in one order, so the picture is the same
        # every time (which of two stating mentions names the claim depends on the order).
        replayed = run_cli(settings, "replay", "--worker", "--concurrency", "1")
        if replayed.returncode != 0:
            raise SystemExit(f"replaying the seeds failed:\n{replayed.stdout}{replayed.stderr}")
        yield settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if why := missing_browser():
        raise SystemExit(why)
    args.out.mkdir(parents=True, exist_ok=True)
    with (
        seed_or_given_ledger() as settings,
        tempfile.TemporaryDirectory(prefix="aidledger-screenshots-") as folder,
        running_web(settings, Path(folder) / "web.log") as base_url,
        headless_chromium(1280, 800) as browser,
    ):
        browser.get(base_url + TOTALS)
        browser.find_element("css selector", "svg#totals-chart rect.bar")  # drawn, or it raises
        path = args.out / "totals.png"
        browser.save_screenshot(str(path))
        print(f"{path} {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
