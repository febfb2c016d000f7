"""`aidledger reprocess --stage clean|extract`: re-run a stage's current version over stored input.

Runs in this process (no broker needed): extraction replaces each document's figures in one
transaction under its row lock, so a worker extracting the same document at the same time leaves
it with one version's figures, never two or none.
"""

from enum import StrEnum
from typing import Annotated

import typer
from rich.progress import track

from services.cleaner.clean import CLEANER_VERSION
from services.cleaner.tasks import clean_and_store
from services.cli.output import err
from services.cli.runtime import ledger
from services.extractor.figures import EXTRACTOR_VERSION
from services.extractor.tasks import extract_and_store
from shared import db, pipeline, store
from shared.errors import Permanent, Skip
from shared.stage import record_outcome


class Stage(StrEnum):
    clean = "clean"
    extract = "extract"


def reprocess(
    stage: Annotated[Stage, typer.Option(help="The stage to re-run.")],
    everything: Annotated[
        bool, typer.Option("--all", help="Re-run over every input, not only older versions'.")
    ] = False,
) -> None:
    """Re-run the current cleaner or extractor over stored articles or documents."""
    with ledger(migrate_schema=True):
        with db.transaction() as conn:
            if stage is Stage.extract:
                ids = store.stale_documents(conn, EXTRACTOR_VERSION, everything=everything)
            else:
                ids = store.stale_articles(conn, CLEANER_VERSION, everything=everything)
        changed = 0
        for entity_id in track(ids, description=f"reprocess {stage}", console=err):
            if stage is Stage.extract:
                changed += _re_extract(entity_id, force=everything)
            else:
                changed += _re_clean(entity_id)
    version = EXTRACTOR_VERSION if stage is Stage.extract else CLEANER_VERSION
    err.print(f"{stage} {version}: {len(ids)} checked, {changed} changed")


def _re_extract(document_id: int, *, force: bool) -> bool:
    """Extract again; a document that fails is recorded like a worker's failure, and the run
    goes on."""
    try:
        return extract_and_store(document_id, force=force)
    except Exception as exc:  # one bad document must not stop the run
        record_outcome(
            task=pipeline.EXTRACT_TASK, entity="document", entity_id=document_id, error=exc
        )
        return False


def _re_clean(article_id: int) -> bool:
    """Clean again; when the text changed, the article moves to its new document, extracted now.
    Returns whether anything changed (document, or skip/failure and its reason)."""
    with db.transaction() as conn:
        before = store.article_state(conn, article_id)
    try:
        after = clean_and_store(article_id)
    except (Skip, Permanent) as exc:
        skip = str(exc) if isinstance(exc, Skip) else None
        error = exc if isinstance(exc, Permanent) else None
        record_outcome(
            task=pipeline.CLEAN_TASK, entity="article", entity_id=article_id, error=error, skip=skip
        )
        with db.transaction() as conn:
            return store.article_state(conn, article_id)[:2] != before[:2]
    with db.transaction() as conn:
        store.resolve_failure(
            conn, task=pipeline.CLEAN_TASK, entity="article", entity_id=article_id
        )
    _re_extract(after, force=False)
    if before[2] is not None and before[2] != after:
        with db.transaction() as conn:
            store.delete_orphan_document(conn, before[2])
    return before[2] != after
