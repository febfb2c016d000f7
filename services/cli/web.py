"""`aidledger web`: serve the read-only web ledger (services/web) until Ctrl-C or SIGTERM."""

import asyncio
import socket
from typing import Annotated

import typer
import uvicorn

from services.web.app import create_app
from shared import db
from shared.config import Settings, get_settings
from shared.runtime import OperatorError, ledger


class _Server(uvicorn.Server):
    """uvicorn's server, saying where it listens once it does (scripts wait for that line)."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            host, port = self.servers[0].sockets[0].getsockname()[:2]
            shown = f"[{host}]" if ":" in host else host
            typer.echo(f"web ledger on http://{shown}:{port}/")


def _serve(settings: Settings, host: str, port: int) -> None:
    config = uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        server_header=False,
    )
    server = _Server(config)
    asyncio.run(server.serve())
    if not server.started:  # the port is taken, or the address is not this machine's
        raise OperatorError(f"the web ledger could not listen on {host}:{port}")


def web(
    host: Annotated[
        str | None, typer.Option(help="Address to listen on [default: AIDLEDGER_WEB_HOST].")
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(
            min=0, max=65535, help="Port, 0 for any free one [default: AIDLEDGER_WEB_PORT]."
        ),
    ] = None,
) -> None:
    """Serve the web ledger: totals, claims and articles as pages, JSON and CSV, read-only."""
    settings = get_settings()
    host = host or settings.web_host
    port = settings.web_port if port is None else port
    if settings.web_database_url is not None:
        # A read-only role: nothing to start or migrate, only to check it answers.
        try:
            db.check(settings.web_database_url)
        except db.DatabaseUnavailable as exc:
            raise OperatorError(str(exc)) from exc
        _serve(settings, host, port)
        return
    # As `status` does: the embedded default's broker is started (or `up`'s found) for the
    # operations page's queue depths; a configured one is only read, and may be down.
    with ledger(broker=settings.broker_url is None, migrate_schema=True) as resolved:
        _serve(resolved, host, port)
