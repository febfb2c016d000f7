"""`aidledger health`: exit 0 when the ledger's services answer, else 1 with one line.

For container healthchecks (compose) and scripts: it starts no worker and changes nothing. With
the embedded default it checks the embedded services (started if they are not running).
"""

import sys

import typer
from kombu.exceptions import OperationalError as BrokerError

from services.cli.output import err
from shared.config import get_settings
from shared.db import DatabaseUnavailable
from shared.embedded import ServiceUnavailable
from shared.runtime import OperatorError, ledger

# Exit status of an unhealthy check: 1, as Docker's HEALTHCHECK expects (2 is reserved there).
UNHEALTHY = 1


def health() -> None:
    """Exit 0 when the database (and the broker, when one is configured) answer; else 1."""
    settings = get_settings()
    with_broker = settings.broker_url is not None
    try:
        with ledger(broker=with_broker):
            pass
    except (OperatorError, DatabaseUnavailable, ServiceUnavailable, BrokerError, OSError) as exc:
        err.print(f"aidledger: unhealthy: {' '.join(str(exc).split())}")
        sys.exit(UNHEALTHY)
    typer.echo("ok: database" + (" and broker answer" if with_broker else " answers"))
