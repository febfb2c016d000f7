"""`aidledger reprocess --stage clean|extract`: re-run a stage's current version over stored input.

Runs in this process (no broker needed): extraction replaces each document's figures in one
transaction under its row lock, so a worker extracting the same document at the same time leaves
it with one version's figures, never two or none.
"""

from dataclasses import asdict
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.progress import track

from services.cleaner.clean import CLEANER_VERSION
from services.cleaner.tasks import clean_and_store
from services.cli.output import err
from services.extractor.figures import EXTRACTOR_VERSION
from services.extractor.tasks import extract_and_store
from services.reconciler.tasks import RECONCILER_VERSION, reconcile_and_store
from shared import db, pipeline
from shared.runtime import ledger
from shared.stage import Outcome, run_stage
from shared.store import articles, claims, views


class Stage(StrEnum):
    clean = "clean"
    extract = "extract"
    reconcile = "reconcile"


def reprocess(
    stage: Annotated[Stage, typer.Option(help="The stage to re-run.")],
    everything: Annotated[
        bool, typer.Option("--all", help="Re-run over every input, not only older versions'.")
    ] = False,
) -> None:
    """Re-run the current cleaner, extractor or reconciler over stored articles or documents."""
    with ledger(migrate_schema=True):
        with db.transaction() as conn:
            if stage is Stage.extract:
                ids = articles.stale_documents(conn, EXTRACTOR_VERSION, everything=everything)
            elif stage is Stage.reconcile:
                ids = claims.stale_documents(conn, RECONCILER_VERSION, everything=everything)
            else:
                ids = articles.stale_articles(conn, CLEANER_VERSION, everything=everything)
        changed = upgraded = 0
        for entity_id in track(ids, description=f"reprocess {stage}", console=err):
            if stage is Stage.extract:
                with db.transaction() as conn:
                    upgraded += views.document_extractor_version(conn, entity_id) != (
                        EXTRACTOR_VERSION
                    )
                changed += _re_extract(entity_id, force=everything)
            elif stage is Stage.reconcile:
                changed += _re_reconcile(entity_id)
            else:
                changed += _re_clean(entity_id)
    version = {
        Stage.clean: CLEANER_VERSION,
        Stage.extract: EXTRACTOR_VERSION,
        Stage.reconcile: RECONCILER_VERSION,
    }[stage]
    # "changed" counts what a reader of the ledger would see differ, never a row rewritten as it
    # was: `--all` over unchanged input reports 0.
    summary = f"{stage} {version}: {len(ids)} checked, {changed} changed"
    if upgraded:
        summary += f" ({upgraded} brought to this version)"
    err.print(summary)


def _figures_content(document_id: int) -> list[dict[str, Any]]:
    """A document's figures as a reader sees them: everything but the version that wrote them."""
    with db.transaction() as conn:
        found = views.document_figures(conn, document_id)
    return [
        {k: v for k, v in asdict(figure).items() if k != "extractor_version"} for figure in found
    ]


def _re_extract(document_id: int, *, force: bool) -> bool:
    """Extract again, then reconcile, ending like the workers' tasks would; returns whether the
    figures differ from those stored before (a value, span, attribution, ... added, gone or
    changed)."""
    before = _figures_content(document_id)
    result = run_stage(
        pipeline.EXTRACT_TASK,
        document_id,
        lambda entity_id: extract_and_store(entity_id, force=force),
    )
    if result.outcome is Outcome.DONE:
        _re_reconcile(document_id)
    return _figures_content(document_id) != before


def _re_reconcile(document_id: int) -> bool:
    """Reconcile again, ending like a worker's task would; returns whether it ran to the end."""
    result = run_stage(pipeline.RECONCILE_TASK, document_id, reconcile_and_store)
    return result.outcome is Outcome.DONE


def _re_clean(article_id: int) -> bool:
    """Clean again, ending like a worker's task would; when the text changed, the article moves
    to its new document, extracted now. Returns whether the article's state changed (document,
    status or reason)."""
    with db.transaction() as conn:
        before = articles.article_state(conn, article_id)
    documents: list[int] = []
    result = run_stage(
        pipeline.CLEAN_TASK,
        article_id,
        lambda entity_id: documents.append(clean_and_store(entity_id)),
    )
    if result.outcome is Outcome.DONE:
        _re_extract(documents[0], force=False)
        if before.document_id is not None and before.document_id != documents[0]:
            with db.transaction() as conn:
                articles.delete_orphan_document(conn, before.document_id)
    with db.transaction() as conn:
        after = articles.article_state(conn, article_id)
    return after != before
