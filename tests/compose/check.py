"""`make compose-test`: the deployment end to end on this machine, then torn down.

Builds what is missing (stand-in images, the application image), brings the compose stack up with
the CI override, waits on the healthchecks, replays the seeds through the running workers
(`docker-compose run --rm migrate replay`), prints the figures and removes the stack with its
volumes. Exit 0 only when the figures are exactly the seeds'. Each step's time is printed.

    .venv/bin/python -m tests.compose.check [--keep]
"""

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.compose.seeds import parse_jsonl, seed_figure_problems
from tests.compose.stack import Stack, StackError, engine_answers


@contextmanager
def step(name: str) -> Iterator[None]:
    started = time.monotonic()
    print(f"compose-test: {name} ...", flush=True)
    yield
    print(f"compose-test: {name}: {time.monotonic() - started:.1f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="Leave the stack up (debugging).")
    args = parser.parse_args()
    if not engine_answers():
        print("compose-test: no Docker engine answers (infra/compose/ensure-engine.sh starts one)")
        return 2
    with step("images"):
        stack = Stack.create("aidledger-compose-test")
        stack.build()
    try:
        with step("stack up, healthy"):
            stack.up()
            stack.wait_healthy()
        with step("replay the seeds through the workers"):
            output = stack.run("replay", "--format", "jsonl", "--timeout", "300")
        rows = parse_jsonl(output)
        for row in rows:
            figure = f"{row['value']} {row['unit']} ({row['qualifier']})"
            print(f"  {row['doc']}  {figure}: {row['text']}")
        problems = seed_figure_problems(rows)
        for problem in problems:
            print(f"compose-test: FAIL: {problem}")
        print(f"compose-test: {len(rows)} figures, {'exact' if not problems else 'NOT exact'}")
        return 1 if problems or not rows else 0
    except StackError as exc:
        print(f"compose-test: FAIL: {exc}")
        print(stack.compose("logs", "--no-color", "--tail", "30", check=False).stdout)
        return 1
    finally:
        if not args.keep:
            with step("down (volumes included)"):
                stack.down(volumes=True)


if __name__ == "__main__":
    sys.exit(main())
