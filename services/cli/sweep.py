"""`aidledger sweep`: re-send articles idle mid-chain, once (beat does it every minute)."""

from typing import Annotated

import typer

from services.cli.output import err
from shared.runtime import ledger
from shared.sweep import sweep_once


def sweep(
    older_than: Annotated[
        float | None, typer.Option(help="Seconds idle (default: AIDLEDGER_SWEEP_AFTER_S).")
    ] = None,
) -> None:
    """Re-send articles idle mid-chain (beat does this every minute)."""
    with ledger(broker=True, migrate_schema=True):
        counts = sweep_once(older_than)
    err.print(f"re-sent {sum(counts.values())} article(s) {counts or ''}".strip())
