"""`aidledger eval`: the extractor against the labeled evaluation set, as precision/recall/F1."""

from pathlib import Path
from typing import Annotated

import typer

from services.extractor.evaluate import evaluate, format_report, load_cases

EVAL_SET = Path(__file__).resolve().parents[2] / "tests" / "extractor" / "eval_set.jsonl"


def eval_command(
    path: Annotated[Path, typer.Argument(help="A JSONL evaluation set.")] = EVAL_SET,
    details: Annotated[bool, typer.Option(help="List every miss and wrong attribute.")] = True,
) -> None:
    """Score the extractor: detection precision, recall, F1 and accuracy per attribute."""
    typer.echo(format_report(evaluate(load_cases(path)), details=details))
