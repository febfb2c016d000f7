"""Log lines: readable by default, one JSON object a line with `AIDLEDGER_LOG_FORMAT=json`.

A JSON line carries what a log search filters on: the task, its Celery id, the entity and its id
(bound by `shared.stage.run_stage` for the length of a stage) and the URL (bound by the fetcher),
beside the time, level, logger, process and message. The context lives in a `ContextVar`, so a
line logged anywhere below a stage (the fetcher's HTTP code, the cleaner) carries it too.

The worker: Celery configures its loggers, then `after_setup_logger` (the root) and
`after_setup_task_logger` (`celery.task`) let this module swap in the JSON formatter. The CLI
calls `configure` itself.
"""

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from celery import current_task
from celery.signals import after_setup_logger, after_setup_task_logger

from shared.config import get_settings

# The fields a stage binds; absent ones are left out of the line.
CONTEXT_FIELDS = ("task", "task_id", "entity", "entity_id", "url")

_context: ContextVar[dict[str, Any]] = ContextVar("aidledger_log_context", default={})  # noqa: B039 (bind() replaces it, never mutates it)

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextmanager
def bind(**fields: Any) -> Iterator[None]:
    """Add `fields` (task, entity, entity_id, url...) to every line logged inside the block."""
    token = _context.set({**_context.get(), **fields})
    try:
        yield
    finally:
        _context.reset(token)


def add(**fields: Any) -> None:
    """Add `fields` until the enclosing `bind` ends (a stage's: its failure line carries them)."""
    _context.set({**_context.get(), **fields})


def context() -> dict[str, Any]:
    """The bound fields, with the running Celery task's id when there is one."""
    fields = dict(_context.get())
    task = current_task
    request = getattr(task, "request", None) if task else None
    task_id = getattr(request, "id", None)
    if task_id is not None:  # inside a Celery task: Celery's own lines get its name and id too
        fields.setdefault("task_id", task_id)
        fields.setdefault("task", task.name)
    return fields


class JsonFormatter(logging.Formatter):
    """One JSON object a line: never a raw newline, whatever the message or traceback holds."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "process": record.processName,
            "pid": record.process,
            "message": record.getMessage(),
        }
        line.update({k: v for k, v in context().items() if k in CONTEXT_FIELDS})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def formatter(log_format: str) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)


def configure(level: int = logging.WARNING) -> None:
    """The CLI's logging: lines on stderr at `level`, in the configured format."""
    handler = logging.StreamHandler()
    handler.setFormatter(formatter(get_settings().log_format))
    logging.basicConfig(level=level, handlers=[handler], force=True)


def _use_json(logger: logging.Logger) -> None:
    if get_settings().log_format != "json":
        return  # Celery's readable lines stay as they are
    for handler in logger.handlers:
        handler.setFormatter(JsonFormatter())


@after_setup_logger.connect
def _json_root_logger(logger: logging.Logger, **_: Any) -> None:
    _use_json(logger)


@after_setup_task_logger.connect
def _json_task_logger(logger: logging.Logger, **_: Any) -> None:
    _use_json(logger)
