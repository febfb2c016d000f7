"""The operator CLI's root: `aidledger COMMAND`. Each noun lives in its own module."""

import logging
import sys
from importlib.metadata import version
from typing import Annotated, NoReturn

import psycopg
import typer
from kombu.exceptions import OperationalError as BrokerError
from pydantic import ValidationError

from services.cli import (
    claims,
    clean,
    config,
    database,
    evaluate,
    extract,
    failures,
    feeds,
    figures,
    health,
    poll,
    replay,
    reprocess,
    status,
    sweep,
    web,
    worker,
)
from services.cli.output import err
from shared import logs
from shared.db import DatabaseUnavailable
from shared.embedded import ServiceUnavailable
from shared.migrate import MigrationError
from shared.runtime import OperatorError

app = typer.Typer(
    name="aidledger",
    help="A ledger of NATO and Ukraine aid figures from the news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(replay.replay)
app.command()(worker.worker)
app.command("extract")(extract.extract_command)
app.command("clean")(clean.clean_command)
app.command()(reprocess.reprocess)
app.command()(poll.poll)
app.command()(worker.beat)
app.command()(worker.up)
app.command()(status.status)
app.command()(health.health)
app.command()(config.config)
app.command()(sweep.sweep)
app.command("eval")(evaluate.eval_command)
app.add_typer(figures.app, name="figures")
app.add_typer(claims.app, name="claims")
app.command()(claims.totals)
app.command()(web.web)
app.add_typer(feeds.app, name="feeds")
app.add_typer(failures.app, name="failures")
app.add_typer(database.app, name="db")


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"aidledger {version('aidledger')}")
        raise typer.Exit


@app.callback()
def _root(
    _version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version, exit."
        ),
    ] = False,
) -> None:
    """A ledger of NATO and Ukraine aid figures from the news."""


def _fail(message: str) -> NoReturn:
    """One line, unwrapped whatever the terminal's width (scripts grep it), and exit status 2."""
    err.print(f"aidledger: error: {' '.join(message.split())}", style="red")
    sys.exit(2)


def main() -> None:
    """Entry point: operator errors are one line on stderr and exit status 2, never a traceback."""
    try:
        logs.configure(logging.WARNING)  # reads the settings: an invalid one is reported below
        app()
    except (OperatorError, DatabaseUnavailable, ServiceUnavailable) as exc:
        _fail(str(exc))
    except ValidationError as exc:
        problems = "; ".join(
            (f"AIDLEDGER_{'_'.join(map(str, e['loc'])).upper()}: " if e["loc"] else "")
            + e["msg"].removeprefix("Value error, ")
            for e in exc.errors()
        )
        _fail(f"invalid setting: {problems}")
    except BrokerError as exc:
        _fail(f"broker: {exc}")
    except (psycopg.Error, MigrationError) as exc:
        _fail(f"database: {exc}")
    except KeyboardInterrupt:
        sys.exit(130)
