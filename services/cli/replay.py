"""`aidledger replay`: store local files as articles and send them down the same clean → extract
chain as fetched articles. Replay is one more producer; the workers can't tell the difference."""

import hashlib
import subprocess
import time
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


def store_files(files: list[Path]) -> tuple[list[int], list[tuple[str, int]]]:
    """Store each readable file as a replay article keyed by its content.

    Returns the articles' ids and the tasks to send: clean for the new ones, and for articles an
    earlier run left mid-chain, the task that takes them on (every stage is idempotent).
    """
    ids: list[int] = []
    with db.transaction() as conn:
        for path in files:
            try:
                body = path.read_bytes()
            except OSError as exc:
                err.print(f"skipped {path}: {exc.strerror or exc}", style="red")
                continue
            sha = hashlib.sha256(body).hexdigest()
            article_id, _ = articles.insert_article(
                conn,
                url=f"replay:sha256:{sha}",
                original_url=path.name,
                source="replay",
                raw_body=body,
                body_sha256=sha,
                content_type=CONTENT_TYPES.get(path.suffix.lower()),
                status=ArticleStatus.FETCHED,
            )
            ids.append(article_id)
        states = articles.article_states(conn, ids)
    resumes = (pipeline.resume_task(a.id, a.status, a.document_id) for a in states)
    to_send = [r for r in resumes if r is not None]
    return ids, to_send


def wait_for(
    article_ids: list[int], timeout_s: float, worker: subprocess.Popen[bytes] | None
) -> None:
    """Show progress until every article has ended (done, skipped or failed)."""
    total = len(set(article_ids))
    deadline = time.monotonic() + timeout_s
    with Progress(
        TextColumn("replaying"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        bar = progress.add_task("replay", total=total)
        while True:
            with db.transaction() as conn:
                statuses = views.article_statuses(conn, article_ids)
            done = sum(statuses.get(s, 0) for s in pipeline.TERMINAL)
            progress.update(bar, completed=done)
            if done >= total:
                return
            check_alive(worker)
            if time.monotonic() > deadline:
                raise OperatorError(
                    f"timed out after {timeout_s:.0f} s with {total - done} of {total} articles "
                    f"unfinished ({statuses}); is a worker running?"
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
    with ledger(broker=True, migrate_schema=True) as settings:
        ids, to_send = store_files(files)
        if not ids:
            raise OperatorError("no readable file to replay")
        for task_name, entity_id in to_send:
            send(task_name, entity_id)
        err.print(f"{len(ids)} article(s), {len(to_send)} sent to the chain")
        if no_wait:
            return
        with run_worker_if(own_worker, settings, concurrency) as process:
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
