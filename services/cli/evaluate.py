"""`aidledger eval`: the extractor against the labeled evaluation sets, as precision/recall/F1.

With no file given it scores three sets apart, since they answer different questions:
- regression: the sentence-level cases (eval_set.jsonl + eval_unseen.jsonl), which must stay exact;
- articles, in-sample: whole articles the rules were developed against (articles/dev.jsonl, and
  articles/holdout.jsonl to holdout24.jsonl, earlier kept-back sets, in-sample once scored);
- articles, kept back: the last set written blind (articles/holdout25.jsonl), scored once before
  any rule is written on it.

`--stage reconcile` scores the clusters the same way: in-sample (splits dev and holdout to
holdout22, the last twenty-two scored once) and kept back (holdout23).
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from services.cleaner.evaluate import default_benchmark_dir, format_scores, score_cleaner
from services.extractor.evaluate import Case, evaluate, format_report, load_cases
from services.reconciler.evaluate import format_score, load_clusters
from services.reconciler.evaluate import score as reconcile_score
from shared.runtime import OperatorError

_TESTS = Path(__file__).resolve().parents[2] / "tests" / "extractor"
EVAL_SET = _TESTS / "eval_set.jsonl"
SETS: dict[str, tuple[str, list[Path]]] = {
    "regression": ("regression set", [EVAL_SET, _TESTS / "eval_unseen.jsonl"]),
    "dev": (
        "articles, in-sample (dev + earlier holdouts)",
        [
            _TESTS / "articles" / name
            for name in (
                "dev.jsonl",
                "holdout.jsonl",
                "holdout2.jsonl",
                "holdout3.jsonl",
                "holdout4.jsonl",
                "holdout5.jsonl",
                "holdout6.jsonl",
                "holdout7.jsonl",
                "holdout8.jsonl",
                "holdout9.jsonl",
                "holdout10.jsonl",
                "holdout11.jsonl",
                "holdout12.jsonl",
                "holdout13.jsonl",
                "holdout14.jsonl",
                "holdout15.jsonl",
                "holdout16.jsonl",
                "holdout17.jsonl",
                "holdout18.jsonl",
                "holdout19.jsonl",
                "holdout20.jsonl",
                "holdout21.jsonl",
                "holdout22.jsonl",
                "holdout23.jsonl",
                "holdout24.jsonl",
            )
        ],
    ),
    "holdout": (
        "articles, last kept back (holdout25, scored once)",
        [_TESTS / "articles" / "holdout25.jsonl"],
    ),
}


def _load(paths: list[Path]) -> list[Case]:
    return [case for path in paths if path.exists() for case in load_cases(path)]


class Stage(StrEnum):
    extract = "extract"
    clean = "clean"
    reconcile = "reconcile"


CLUSTERS = Path(__file__).resolve().parents[2] / "tests" / "reconciler" / "clusters"
# (--sets name, heading, the clusters.jsonl splits it scores)
CLUSTER_SETS = (
    (
        "dev",
        "clusters, in-sample (dev + holdouts, scored once)",
        (
            "dev",
            "holdout",
            "holdout2",
            "holdout3",
            "holdout4",
            "holdout5",
            "holdout6",
            "holdout7",
            "holdout8",
            "holdout9",
            "holdout10",
            "holdout11",
            "holdout12",
            "holdout13",
            "holdout14",
            "holdout15",
            "holdout16",
            "holdout17",
            "holdout18",
            "holdout19",
            "holdout20",
            "holdout21",
            "holdout22",
        ),
    ),
    ("holdout", "clusters, kept back (holdout23)", ("holdout23",)),
)


def eval_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="JSONL evaluation sets; default: the three below.")
    ] = None,
    sets: Annotated[
        str, typer.Option(help="Without files: which of regression, dev, holdout to score.")
    ] = "regression,dev,holdout",
    details: Annotated[bool, typer.Option(help="List every miss and wrong attribute.")] = True,
    stage: Annotated[
        Stage,
        typer.Option(
            help="extract: the labelled sets; clean: the extraction benchmark; reconcile: the "
            "labelled clusters (B-cubed F1, totals exact)."
        ),
    ] = Stage.extract,
    benchmark: Annotated[
        Path | None, typer.Option(help="With --stage clean: the benchmark folder.")
    ] = None,
) -> None:
    """Score the extractor (precision, recall, F1, accuracy per attribute) or the cleaner."""
    if stage is Stage.clean:
        folder = benchmark or default_benchmark_dir()
        if not (folder / "ground-truth.json").is_file():
            raise OperatorError(f"no article-extraction benchmark at {folder}")
        typer.echo(format_scores(score_cleaner(folder)))
        return
    if stage is Stage.reconcile:
        labelled = (paths or [CLUSTERS / "clusters.jsonl"])[0]
        if not labelled.is_file():
            raise OperatorError(f"no labelled clusters at {labelled}")
        for index, (name, label, splits) in enumerate(CLUSTER_SETS):
            if name not in sets:
                continue
            clusters = [c for split in splits for c in load_clusters(labelled, split)]
            result = reconcile_score(clusters, labelled.parent)
            typer.echo(("\n" if index else "") + format_score(label, result, details=details))
        return
    if paths:
        sections = [(str(path), [path]) for path in paths]
    else:
        names = [name.strip() for name in sets.split(",") if name.strip()]
        unknown = [name for name in names if name not in SETS]
        if unknown:
            raise typer.BadParameter(f"unknown set {unknown[0]!r}; use {', '.join(SETS)}")
        sections = [SETS[name] for name in names]
    for index, (label, files) in enumerate(sections):
        cases = _load(files)
        if index:
            typer.echo("")
        typer.echo(f"== {label}: {', '.join(path.name for path in files)}")
        if not cases:
            typer.echo("no cases")
            continue
        typer.echo(format_report(evaluate(cases), details=details))
