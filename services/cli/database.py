"""`aidledger db ...`: schema migrations."""

import typer

from services.cli.output import err
from shared import migrate
from shared.runtime import ledger

app = typer.Typer(help="The database schema.", no_args_is_help=True)


@app.command("migrate")
def migrate_command() -> None:
    """Apply pending migrations from infra/migrations."""
    with ledger() as settings:
        assert settings.database_url is not None
        applied = migrate.migrate(settings.database_url)
    err.print(f"applied {len(applied)} migration(s){': ' + ', '.join(applied) if applied else ''}")
