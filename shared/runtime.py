"""What every front end stands on (the CLI, a web app, an exporter): running services, a
configured pool and Celery app.

`ledger()` resolves the settings, starts the embedded default for whatever is not configured,
checks that each service answers (one-line errors instead of tracebacks), applies pending
migrations when asked, and points `shared.db` and the Celery app at the result.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager

from kombu.exceptions import OperationalError as BrokerError

from shared import celery_app, db, migrate
from shared.config import Settings, get_settings
from shared.embedded import services
from shared.secrets import mask_url


class OperatorError(Exception):
    """Something the operator must fix (a service that does not answer, a bad argument); front
    ends show it as one line (the CLI: on stderr, exit status 2)."""


def _check_broker(url: str) -> None:
    try:
        with celery_app.app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=5)
    except (BrokerError, OSError) as exc:
        reason = " ".join(str(exc).split())
        raise OperatorError(f"broker unreachable at {mask_url(url)}: {reason}") from exc


@contextmanager
def ledger(*, broker: bool = False, migrate_schema: bool = False) -> Iterator[Settings]:
    """Yield settings whose services answer; the embedded ones stop when the block ends."""
    with services(get_settings(), broker=broker) as settings:
        assert settings.database_url is not None
        try:
            db.check(settings.database_url)
        except db.DatabaseUnavailable as exc:
            raise OperatorError(f"{exc} ({mask_url(settings.database_url)})") from exc
        if broker:
            assert settings.broker_url is not None
            celery_app.configure(settings)
            _check_broker(settings.broker_url)
        if migrate_schema:
            migrate.migrate(settings.database_url)
        db.configure(settings.database_url)
        try:
            yield settings
        finally:
            db.reset()


def worker_environment(settings: Settings) -> dict[str, str]:
    """The environment for a worker (or beat) that must run on exactly these settings."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("AIDLEDGER_")}
    return {**inherited, **settings.as_environment()}
