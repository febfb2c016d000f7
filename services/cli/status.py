"""`aidledger status`: a running deployment at a glance.

Per queue, the messages waiting and how long the oldest article has waited for that stage; the
workers that answer and what they consume; what each stage finished in the last 5 minutes, the
last hour and in total; feeds by status and the next poll due; open failures by cause; and the
ledger's counts. The broker's part is optional: when it does not answer, the ledger's part is
still shown, with the broker's error.
"""

import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from services.cli.output import Format, write_rows
from shared import db
from shared.config import get_settings
from shared.runtime import ledger
from shared.status import read_broker, read_ledger, status_object


class StatusFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"  # the same object as json, on one line (what `status` printed before)


def gather() -> dict[str, Any]:
    """Everything `status` shows, as one JSON-ready object."""
    # The embedded default has no broker until one is started (or `up`'s is found); a configured
    # one is read after the ledger, so that a broker that is down still leaves the ledger's view.
    embedded_broker = get_settings().broker_url is None
    with ledger(broker=embedded_broker, migrate_schema=True):
        with db.transaction() as conn:
            state = read_ledger(conn)
        broker = read_broker()
    return status_object(state, broker)


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _section(rows: list[dict[str, Any]], columns: tuple[str, ...], title: str) -> None:
    """A table, or one line when there is nothing to list (an empty table says less)."""
    if rows:
        write_rows(rows, columns, Format.table, title=title)
    else:
        typer.echo(f"{title}: none")


def print_tables(state: dict[str, Any]) -> None:
    if state["broker_error"]:
        typer.echo(f"broker: {state['broker_error']}", err=True)
    # "articles" wait in the status the stage takes; "oldest" is how long the first has waited.
    queues = [
        {**q, "articles": q["articles_waiting"], "oldest": _age(q["oldest_waiting_s"])}
        for q in state["queues"]
    ]
    _section(queues, ("queue", "messages", "stage", "articles", "oldest"), "Queues")
    workers = [
        {"worker": w["worker"], "queues": ", ".join(w["queues"])} for w in state["workers"] or []
    ]
    _section(workers, ("worker", "queues"), "Workers answering")
    _section(state["stages"], ("task", "done_5m", "done_1h", "done_total"), "Done")
    feeds = [{"feeds": status, "count": n} for status, n in state["feeds_by_status"].items()]
    if feeds:
        feeds.append({"feeds": "due now", "count": state["feeds_due_now"]})
    next_poll = state["feeds_next_poll_at"]
    _section(feeds, ("feeds", "count"), f"Feeds (next poll {next_poll})" if next_poll else "Feeds")
    _section(state["failures_by_cause"], ("task", "cause", "open"), "Open failures")
    counts = [
        {"what": k, "count": state[k]}
        for k in ("feeds", "articles", "documents", "figures", "failures")
    ]
    counts += [
        {"what": f"articles {k}", "count": v} for k, v in state["articles_by_status"].items()
    ]
    _section(counts, ("what", "count"), "Ledger")


def status(
    fmt: Annotated[
        StatusFormat, typer.Option("--format", help="table, json, or jsonl (json on one line).")
    ] = StatusFormat.table,
) -> None:
    """Queues, workers, what each stage got done lately, feeds, open failures by cause."""
    state = gather()
    if fmt is StatusFormat.json:
        sys.stdout.write(json.dumps(state, indent=2) + "\n")
    elif fmt is StatusFormat.jsonl:
        sys.stdout.write(json.dumps(state) + "\n")
    else:
        print_tables(state)
