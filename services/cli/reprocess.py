"""`aidledger reprocess --stage clean|extract`: re-run a stage's current version over stored input.

Runs in this process (no broker needed): extraction replaces each document's figures in one
transaction under its row lock, so a worker extracting the same document at the same time leaves
it with one version's figures, never two or none.
"""

from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import track

from services.cleaner.clean import CLEANER_VERSION
from services.cleaner.tasks import clean_and_store
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
    err = Console(stderr=True, soft_wrap=True)
    with ledger(migrate_schema=True):
        with db.transaction() as conn:
            if stage is Stage.extract:
                ids = store.stale_documents(conn, EXTRACTOR_VERSION, everything=everything)
            else:
                ids = store.stale_articles(conn, CLEANER_VERSION, everything=everything)
        changed = 0
        for entity_id in track(ids, description=f"reprocess {stage}", console=err):
            if stage is Stage.extract:
                changed += extract_and_store(entity_id, force=everything)
            else:
                changed += _re_clean(entity_id)
    version = EXTRACTOR_VERSION if stage is Stage.extract else CLEANER_VERSION
    err.print(f"{stage} {version}: {len(ids)} checked, {changed} changed")


def _re_clean(article_id: int) -> bool:
    """Clean again; when the text changed, the article moves to its new document, extracted now."""
    with db.transaction() as conn:
        before = store.article_document(conn, article_id)
    try:
        after = clean_and_store(article_id)
    except (Skip, Permanent) as exc:
        skip = str(exc) if isinstance(exc, Skip) else None
        error = exc if isinstance(exc, Permanent) else None
        record_outcome(
            task=pipeline.CLEAN_TASK, entity="article", entity_id=article_id, error=error, skip=skip
        )
        return True
    extract_and_store(after)
    if before is not None and before != after:
        with db.transaction() as conn:
            store.delete_orphan_document(conn, before)
    return before != after
