"""Run a pure-Python call with a wall-clock bound.

Why SIGALRM: trafilatura is Python code over an lxml tree; it cannot be cancelled from outside, and
a subprocess per page would cost more than the cleaning itself. A real-time interval timer
(`setitimer(ITIMER_REAL)`) raises into the running code at the next bytecode, which works both in a
CLI main thread and in a Celery prefork pool child, where tasks run in the child's main thread.
Celery does not use SIGALRM there (its soft time limit is SIGUSR1, its hard limit a SIGKILL from
the parent), and a timer armed by someone else is put back afterwards with its remaining time.

The exception raised into the call derives from BaseException, like KeyboardInterrupt, because
trafilatura and htmldate catch `Exception` in many places and would swallow a plain one.

Elsewhere (a non-main thread, e.g. a threads/gevent pool, or a platform without setitimer) signals
cannot be used: the call runs in a daemon thread and the caller stops waiting after the bound.
The abandoned thread keeps its CPU until trafilatura returns on its own (bounded by the body size
bound), which is acceptable for a rare pathological page and is logged by the caller's failure.
"""

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

T = TypeVar("T")


class DeadlineExceeded(Exception):
    """The call ran past its bound."""


class _Alarm(BaseException):
    """Raised by the signal handler; BaseException so that `except Exception` does not eat it."""


def run_with_deadline(fn: Callable[[], T], timeout_s: float) -> T:
    """Return `fn()`, or raise DeadlineExceeded once it has run for `timeout_s` seconds."""
    if timeout_s <= 0:
        return fn()
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return _with_alarm(fn, timeout_s)
    return _with_thread(fn, timeout_s)


def _with_alarm(fn: Callable[[], T], timeout_s: float) -> T:
    armed = True

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        # A signal that was already pending when the timer was disarmed must not fire later.
        if armed:
            raise _Alarm

    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            armed = False
    except _Alarm:
        raise DeadlineExceeded(f"ran past {timeout_s:g} s") from None
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay > 0:
            remaining = max(previous_delay - (time.monotonic() - started), 1e-3)
            signal.setitimer(signal.ITIMER_REAL, remaining, previous_interval)


def _with_thread(fn: Callable[[], T], timeout_s: float) -> T:
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # handed to the waiting thread below
            error.append(exc)

    worker = threading.Thread(target=target, name="cleaner-deadline", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        raise DeadlineExceeded(f"ran past {timeout_s:g} s (left running in a daemon thread)")
    if error:
        raise error[0]
    return result[0]
