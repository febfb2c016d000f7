"""Schema migrations: the SQL files under infra/migrations, applied in order by yoyo-migrations.

yoyo keeps what it applied in its own tables and takes a lock, so two processes migrating at once
(compose's one-shot `migrate` and a CLI `replay`) apply each file once.
"""

from pathlib import Path

import psycopg
from yoyo import get_backend, read_migrations
from yoyo.exceptions import LockTimeout

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "infra" / "migrations"


def _yoyo_uri(database_url: str) -> str:
    # yoyo picks its driver from the scheme; ours is psycopg 3.
    scheme, sep, rest = database_url.partition("://")
    if not sep or scheme not in ("postgres", "postgresql"):
        raise ValueError(f"not a PostgreSQL URL: {scheme}://...")
    return f"postgresql+psycopg://{rest}"


class MigrationError(Exception):
    """The schema could not be brought up to date (lock held too long, missing rights...)."""


def migrate(database_url: str) -> list[str]:
    """Apply every pending migration; returns the ids applied (empty when up to date).

    Up to date, it only reads: a read-only role can run every read command.
    """
    backend = get_backend(_yoyo_uri(database_url))
    try:
        migrations = read_migrations(str(MIGRATIONS_DIR))
        if not backend.to_apply(migrations):
            return []
        with backend.lock():
            todo = backend.to_apply(migrations)
            backend.apply_migrations(todo)
        return [m.id for m in todo]
    except (LockTimeout, psycopg.Error) as exc:
        raise MigrationError(f"migrations not applied: {exc}") from exc
    finally:
        backend.connection.close()  # yoyo leaves its connection open
