"""`aidledger health`: exit 0 when the ledger's services answer, else 1 with one line.

For container healthchecks (compose) and scripts: it starts no worker and changes nothing. With
the embedded default it checks the embedded services (started if they are not running).
`--worker` also asks that a worker on this host answer a ping: a worker container's check.
"""

import socket
import sys
from typing import Annotated

import typer
from kombu.exceptions import OperationalError as BrokerError

from services.cli.output import err
from shared.broker_state import INSPECT_TIMEOUT_S
from shared.celery_app import app as celery
from shared.config import get_settings
from shared.db import DatabaseUnavailable
from shared.embedded import ServiceUnavailable
from shared.runtime import OperatorError, ledger

# Exit status of an unhealthy check: 1, as Docker's HEALTHCHECK expects (2 is reserved there).
UNHEALTHY = 1


class Unhealthy(Exception):
    """A check that did not pass; the message says which, in one line."""


def _local_worker_answers(host: str) -> None:
    # Worker names end in "@HOST" (`aidledger worker` names them QUEUES.PID@HOST).
    answers = celery.control.ping(timeout=INSPECT_TIMEOUT_S) or []
    names = [name for answer in answers for name in answer]
    if not any(name.endswith(f"@{host}") for name in names):
        raise Unhealthy(
            f"no worker on {host} answered a ping within {INSPECT_TIMEOUT_S:.0f} s"
            + (f" (others did: {', '.join(sorted(names))})" if names else "")
        )


def health(
    worker: Annotated[
        bool,
        typer.Option("--worker", help="Also require a worker on this host to answer a ping."),
    ] = False,
) -> None:
    """Exit 0 when the database (and the broker, when one is configured) answer; else 1."""
    settings = get_settings()
    with_broker = settings.broker_url is not None or worker
    try:
        with ledger(broker=with_broker):
            if worker:
                _local_worker_answers(socket.gethostname())
    except (
        OperatorError,
        DatabaseUnavailable,
        ServiceUnavailable,
        BrokerError,
        OSError,
        Unhealthy,
    ) as exc:
        err.print(f"aidledger: unhealthy: {' '.join(str(exc).split())}")
        sys.exit(UNHEALTHY)
    answered = (
        "database" + (" and broker" if with_broker else "") + (" and worker" if worker else "")
    )
    typer.echo(f"ok: {answered} answer" + ("" if with_broker else "s"))
