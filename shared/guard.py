"""The embedded default's guard: cleanup that survives the death of the command it guards.

`guarded(data_dir)` starts `python -m shared.guard PID DATA_DIR` in its own session, with a pipe
from the command. On a normal end the command stops its own services, then writes `done`; if the
pipe closes without it (SIGKILL, the OOM killer), the guard does the cleanup the command could not:
it waits (bounded) for the command's children to end (they got SIGTERM through `die_with_parent`,
and are killed if they linger), stops Redis when no other process holds it, removes the dead pid
from pgserver's handle file and stops PostgreSQL when no live process uses it.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from shared.embedded import pid_alive, release_postgres, stop_redis_if_unused

DONE = "done"
CHILDREN_GRACE_S = 30.0  # a warm worker shutdown; then the children are killed

_pipe: IO[bytes] | None = None


@contextmanager
def guarded(data_dir: Path) -> Iterator[None]:
    """Guard this process's embedded services for the length of the block."""
    global _pipe
    process = subprocess.Popen(
        [sys.executable, "-m", "shared.guard", str(os.getpid()), str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        start_new_session=True,  # Ctrl-C in the terminal reaches the command, not its guard
    )
    assert process.stdin is not None
    _pipe = process.stdin
    try:
        yield
    finally:
        _pipe = None
        with contextlib.suppress(OSError):
            process.stdin.write(f"{DONE}\n".encode())
            process.stdin.close()
        process.wait()


def watch(pid: int) -> None:
    """Have the guard wait for (and if need be kill) this child should the command die."""
    if _pipe is not None:
        # A guard gone (killed on its own) guards nothing more; the command goes on regardless.
        with contextlib.suppress(OSError):
            _pipe.write(f"child {pid}\n".encode())
            _pipe.flush()


def _end_children(children: list[int]) -> None:
    deadline = time.monotonic() + CHILDREN_GRACE_S
    while any(pid_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in children:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def main(argv: list[str]) -> int:
    parent, data_dir = int(argv[0]), Path(argv[1])
    children: list[int] = []
    for line in sys.stdin:
        word, _, value = line.strip().partition(" ")
        if word == DONE:
            return 0
        if word == "child":
            children.append(int(value))
    _end_children(children)  # they use the services: first let them go
    stop_redis_if_unused(data_dir / "redis")
    release_postgres(data_dir / "postgres", parent)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
