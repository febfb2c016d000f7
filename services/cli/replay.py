"""`aidledger replay`: store local files as articles and send them down the same clean → extract
chain as fetched articles. Replay is one more producer; the workers can't tell the difference."""

import hashlib
import subprocess
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from services.cli.figures import write_figures
from services.cli.local import CONTENT_TYPES
from services.cli.output import Format, err
from services.cli.worker import check_alive, run_worker_if
from shared import db, pipeline
from shared.celery_app import send
from shared.config import get_settings
from shared.pipeline import ArticleStatus
from shared.runtime import OperatorError, ledger
from shared.store import articles, views

SEED_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "seeds"


def collect_files(paths: list[Path]) -> list[Path]:
    """The files to replay: each file named, and the replayable files inside each folder named."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in CONTENT_TYPES))
        else:
            files.append(path)
    return files


@dataclass(frozen=True, slots=True)
class ReplayItem:
    """One body to replay: a file read from disk, or a page a benchmark made up."""

    name: str
    body: bytes
    content_type: str | None


def read_files(files: Iterable[Path]) -> Iterator[ReplayItem]:
    """Each readable file as a ReplayItem, read only when the consumer gets to it (a run of
    thousands of pages never holds them all in memory)."""
    for path in files:
        try:
            body = path.read_bytes()
        except OSError as exc:
            err.print(f"skipped {path}: {exc.strerror or exc}", style="red")
            continue
        yield ReplayItem(path.name, body, CONTENT_TYPES.get(path.suffix.lower()))


def store_items(conn: db.Connection, items: Iterable[ReplayItem]) -> list[int]:
    """Store each item as a replay article keyed by its content; returns their ids in order."""
    ids: list[int] = []
    for item in items:
        sha = hashlib.sha256(item.body).hexdigest()
        article_id, _ = articles.insert_article(
            conn,
            url=f"replay:sha256:{sha}",
            original_url=item.name,
            source="replay",
            raw_body=item.body,
            body_sha256=sha,
            content_type=item.content_type,
            status=ArticleStatus.FETCHED,
        )
        ids.append(article_id)
    return ids


def _to_send(conn: db.Connection, ids: list[int]) -> list[tuple[str, int]]:
    """Clean for the new articles, and for articles an earlier run left mid-chain, the task that
    takes them on (every stage is idempotent); nothing for the finished ones."""
    states = articles.article_states(conn, ids)
    resumes = (pipeline.resume_task(a.id, a.status, a.document_id) for a in states)
    return [r for r in resumes if r is not None]


def store_files(files: list[Path]) -> tuple[list[int], list[tuple[str, int]]]:
    """Store every readable file in one transaction, send nothing; returns the articles' ids and
    the tasks to send (what `store_and_send` sends batch by batch)."""
    with db.transaction() as conn:
        ids = store_items(conn, read_files(files))
        return ids, _to_send(conn, ids)


def store_and_send(items: Iterable[ReplayItem], batch_size: int) -> tuple[list[int], int]:
    """Store the items `batch_size` at a time, each batch in its own transaction, and send its
    tasks as soon as it has committed: the workers start on the first batch while the rest is
    still being stored (storing everything first kept them idle for seconds). Returns the ids and
    how many tasks were sent.

    A batch that fails to commit sends nothing; a send that fails after a commit leaves its
    articles `fetched`, where the sweeper finds them, as for any lost hand-off.
    """
    ids: list[int] = []
    seen: set[int] = set()  # a file named twice is one article, sent once
    sent = 0
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        with db.transaction() as conn:
            batch_ids = store_items(conn, batch)
            to_send = _to_send(conn, [i for i in batch_ids if i not in seen])
        for task_name, entity_id in to_send:
            send(task_name, entity_id)
        sent += len(to_send)
        seen.update(batch_ids)
        ids.extend(batch_ids)
    return ids, sent


def wait_for(
    article_ids: list[int], timeout_s: float, worker: subprocess.Popen[bytes] | None
) -> None:
    """Show progress until every article has ended (done, skipped or failed)."""
    waited = set(article_ids)
    deadline = time.monotonic() + timeout_s
    with Progress(
        TextColumn("replaying"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        bar = progress.add_task("replay", total=len(waited))
        while True:
            with db.transaction() as conn:
                unfinished = waited & views.in_flight_ids(conn)
            progress.update(bar, completed=len(waited) - len(unfinished))
            if not unfinished:
                return
            check_alive(worker)
            if time.monotonic() > deadline:
                with db.transaction() as conn:
                    statuses = views.article_statuses(conn, list(unfinished))
                raise OperatorError(
                    f"timed out after {timeout_s:.0f} s with {len(unfinished)} of {len(waited)} "
                    f"articles unfinished ({statuses}); is a worker running?"
                )
            time.sleep(0.2)


def replay(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders (.txt, .html). Default: the seed corpus."),
    ] = None,
    worker: Annotated[
        bool, typer.Option("--worker", help="Start a worker for this run (always on embedded).")
    ] = False,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="Only enqueue; don't wait for the figures.")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the chain.")] = 600,
    concurrency: Annotated[int, typer.Option(min=1, help="Processes of the run's worker.")] = 2,
    fmt: Annotated[
        Format, typer.Option("--format", help="How to print the figures.")
    ] = Format.table,
) -> None:
    """Replay files through clean → extract and print the figures found."""
    files = collect_files(paths or [SEED_DIR])
    if not files:
        raise OperatorError(f"nothing to replay in {', '.join(map(str, paths or [SEED_DIR]))}")
    own_worker = (get_settings().embedded or worker) and not no_wait
    with (
        ledger(broker=True, migrate_schema=True) as settings,
        # Started first, so that it works on the first batch while the rest is stored.
        run_worker_if(own_worker, settings, concurrency) as process,
    ):
        ids, sent = store_and_send(read_files(files), settings.replay_batch_size)
        if not ids:
            raise OperatorError("no readable file to replay")
        err.print(f"{len(ids)} article(s), {sent} sent to the chain")
        if no_wait:
            return
        wait_for(ids, timeout, process)
        with db.transaction() as conn:
            rows = views.list_figures(conn, article_ids=ids)
            statuses = views.article_statuses(conn, ids)
    write_figures(rows, fmt)
    failed = statuses.get(ArticleStatus.FAILED, 0)
    skipped = statuses.get(ArticleStatus.SKIPPED, 0)
    if failed or skipped:
        err.print(
            f"{failed} failed, {skipped} skipped: see `aidledger failures list`",
            style="yellow",
        )
