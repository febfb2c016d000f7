"""`aidledger db ...`: schema migrations."""

import typer

from services.cli.output import err
from services.cli.runtime import ledger
from shared import migrate

app = typer.Typer(help="The database schema.", no_args_is_help=True)


@app.command("migrate")
def migrate_command() -> None:
    """Apply pending migrations from infra/migrations."""
    with ledger() as settings:
        assert settings.database_url is not None
        applied = migrate.migrate(settings.database_url)
    err.print(f"applied {len(applied)} migration(s){': ' + ', '.join(applied) if applied else ''}")
