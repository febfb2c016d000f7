"""Warm a worker's parent process before it forks its pool.

A stage's first task in a fresh pool process used to pay for everything its libraries load
lazily: py3langid's model (2.6 s of LZMA), the ECB rates (0.9 s), trafilatura's first parse
(0.4 s). Pool processes are replaced every `AIDLEDGER_WORKER_MAX_TASKS_PER_CHILD` tasks, so each
replacement paid it again (measured in docs/benchmarks.md). Done once in the parent instead, every
child is forked warm and recycling costs a fork.

Services register what to warm when their task module is loaded (`on_worker_start`); this module
imports no service. Celery's `worker_init` signal runs `warm()` in the parent, after the
`--include`d task modules are imported and before the pool starts (shared/celery_app.py); the
CLI, which imports the same modules, never runs it.
"""

import gc
import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

Warmer = Callable[[], None]

_warmers: list[Warmer] = []


def on_worker_start(warmer: Warmer) -> Warmer:
    """Run `warmer` in a worker's parent before it forks (usable as a decorator)."""
    if warmer not in _warmers:
        _warmers.append(warmer)
    return warmer


def warm() -> None:
    """Run every registered warmer, then freeze what they built out of the garbage collector's
    reach: a collection in a child would otherwise write to (and so copy) every shared page."""
    for warmer in _warmers:
        started = time.perf_counter()
        try:
            warmer()
        except Exception:  # a cold child is slower, never wrong: the worker must still start
            log.exception("preload: %s failed; its pool processes will load lazily", warmer)
            continue
        name = f"{warmer.__module__}.{warmer.__qualname__}"
        log.info("preload: %s in %.2f s", name, time.perf_counter() - started)
    gc.freeze()
