"""The operations view: what `aidledger status` shows (shared/status.py), read through the web
ledger's read-only connection."""

from typing import Any

from starlette.requests import Request

from services.web.database import ReadOnlyDatabase
from shared.status import BrokerView, read_broker, read_ledger, status_object


def operations_state(request: Request) -> dict[str, Any]:
    database: ReadOnlyDatabase = request.app.state.database
    with database.transaction() as conn:
        state = read_ledger(conn)
    # Queue depths only: asking the workers waits a second for their answers, on every view.
    broker = (
        read_broker(workers=False)
        if request.app.state.broker
        else BrokerView(None, None, "no broker configured")
    )
    return status_object(state, broker)
