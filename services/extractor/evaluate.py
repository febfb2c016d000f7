"""Scoring the extractor against hand-labelled gold figures (`aidledger eval`).

Gold cases are JSON lines: {"id", "text" (or "path" to a file, relative to the JSONL file),
"published": "YYYY-MM-DD" | null, "title": optional headline (given to the extractor apart from
the text, as the cleaner's metadata gives it), "lang" and "genre" (optional, for reports),
"figures": [{"surface", "value", "unit", "qualifier", "category", "donor", "recipient", "year",
"aid_related"}], "known_gap": optional reason}.
Gold figures are listed in text order; each one's span is the next occurrence of its surface
that stands on word boundaries (or an explicit "start").

Matching: a predicted figure matches a gold figure when their spans overlap and value and unit are
equal; pairs are taken greedily in text order, each figure used once. Detection precision, recall
and F1 count matches; attribute accuracy is measured on matched pairs only. A unit error therefore
shows up as a detection miss (and a spurious figure), so unit accuracy on matches is 1.0 by
construction.
"""

import datetime
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from services.extractor.figures import extract_figures
from shared.models import Figure

ATTRIBUTES = ("qualifier", "unit", "year", "category", "donor", "recipient", "aid_related")

Extract = Callable[..., list[Figure]]


@dataclass(frozen=True, slots=True)
class GoldFigure:
    start: int
    end: int
    surface: str
    value: Decimal
    unit: str
    qualifier: str
    category: str
    donor: str | None
    recipient: str | None
    year: int | None
    aid_related: bool | None = None  # None: not labelled, not scored


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    text: str
    published: datetime.date | None
    figures: tuple[GoldFigure, ...]
    known_gap: str | None = None  # why the extractor is known to miss this case
    title: str | None = None
    lang: str | None = None
    genre: str | None = None


@dataclass(slots=True)
class CaseResult:
    case: Case
    predicted: list[Figure]
    pairs: list[tuple[GoldFigure, Figure]]
    missed: list[GoldFigure]
    spurious: list[Figure]

    def problems(self) -> list[str]:
        """Every difference from the gold, one line each; empty when the case is exact."""
        lines = [f"missed {g.surface!r} ({g.value} {g.unit}) at {g.start}" for g in self.missed]
        lines += [
            f"spurious {p.surface!r} ({p.value} {p.unit}) at {p.start}" for p in self.spurious
        ]
        for gold, predicted in self.pairs:
            for name in ATTRIBUTES:
                expected, got = getattr(gold, name), getattr(predicted, name)
                scored = expected is not None or name != "aid_related"
                if scored and expected != got:
                    lines.append(f"{gold.surface!r}: {name} {got!r}, gold {expected!r}")
        return lines


@dataclass(slots=True)
class Report:
    cases: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: dict[str, int] = field(default_factory=dict)
    scored: dict[str, int] = field(default_factory=dict)
    results: list[CaseResult] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def accuracy(self, attribute: str) -> float:
        scored = self.scored.get(attribute, 0)
        return self.correct.get(attribute, 0) / scored if scored else 1.0


def _find_span(text: str, surface: str, cursor: int) -> int:
    position = text.find(surface, cursor)
    while position >= 0:
        before = text[position - 1] if position > 0 else " "
        after_index = position + len(surface)
        after = text[after_index] if after_index < len(text) else " "
        if not (before.isalnum() or (surface[0].isalnum() and before in ".,")) and not (
            after.isalnum() or (surface[-1].isdigit() and after.isdigit())
        ):
            return position
        position = text.find(surface, position + 1)
    raise ValueError(f"gold surface {surface!r} not found after offset {cursor}")


def parse_case(record: dict[str, Any], base: Path) -> Case:
    """One JSONL record as a Case; `base` is the folder `path` entries are relative to."""
    text = record["text"] if "text" in record else (base / record["path"]).read_text("utf-8")
    published = record.get("published")
    figures: list[GoldFigure] = []
    cursor = 0
    for gold in record["figures"]:
        surface = gold["surface"]
        start = gold["start"] if "start" in gold else _find_span(text, surface, cursor)
        if text[start : start + len(surface)] != surface:
            raise ValueError(f"{record['id']}: {surface!r} is not at {start}")
        cursor = start + len(surface)
        figures.append(
            GoldFigure(
                start=start,
                end=start + len(surface),
                surface=surface,
                value=Decimal(gold["value"]),
                unit=gold["unit"],
                qualifier=gold["qualifier"],
                category=gold["category"],
                donor=gold.get("donor"),
                recipient=gold.get("recipient"),
                year=gold.get("year"),
                aid_related=gold.get("aid_related"),
            )
        )
    return Case(
        id=record["id"],
        text=text,
        published=datetime.date.fromisoformat(published) if published else None,
        figures=tuple(figures),
        known_gap=record.get("known_gap"),
        title=record.get("title"),
        lang=record.get("lang"),
        genre=record.get("genre"),
    )


def load_cases(path: Path) -> list[Case]:
    """The gold cases of a JSONL file (blank lines and lines starting with // are skipped)."""
    cases = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            cases.append(parse_case(json.loads(line), path.parent))
    return cases


def match(case: Case, predicted: Sequence[Figure]) -> CaseResult:
    """Pairs gold with predicted figures: overlapping spans, equal value and unit, in order."""
    free = list(predicted)
    pairs: list[tuple[GoldFigure, Figure]] = []
    missed: list[GoldFigure] = []
    for gold in case.figures:
        for index, figure in enumerate(free):
            overlaps = figure.start < gold.end and gold.start < figure.end
            if overlaps and figure.value == gold.value and figure.unit == gold.unit:
                pairs.append((gold, free.pop(index)))
                break
        else:
            missed.append(gold)
    return CaseResult(case, list(predicted), pairs, missed, free)


def evaluate(cases: Iterable[Case], extract: Extract = extract_figures) -> Report:
    """Detection precision/recall/F1 and per-attribute accuracy of `extract` on `cases`."""
    report = Report()
    for case in cases:
        result = match(case, extract(case.text, title=case.title, published=case.published))
        report.cases += 1
        report.gold += len(case.figures)
        report.predicted += len(result.predicted)
        report.matched += len(result.pairs)
        for gold, predicted in result.pairs:
            for name in ATTRIBUTES:
                expected = getattr(gold, name)
                if name == "aid_related" and expected is None:
                    continue
                report.scored[name] = report.scored.get(name, 0) + 1
                if expected == getattr(predicted, name):
                    report.correct[name] = report.correct.get(name, 0) + 1
        report.results.append(result)
    return report


def format_report(report: Report, *, details: bool = True) -> str:
    """The report as plain text: totals, detection scores, attribute accuracy, then each miss."""
    lines = [
        f"cases {report.cases}  gold figures {report.gold}  predicted {report.predicted}  "
        f"matched {report.matched}",
        f"detection  precision {report.precision:.3f}  recall {report.recall:.3f}  "
        f"F1 {report.f1:.3f}",
        "attribute accuracy on matched figures:",
    ]
    for name in ATTRIBUTES:
        correct, scored = report.correct.get(name, 0), report.scored.get(name, 0)
        lines.append(f"  {name:<12} {report.accuracy(name):.3f}  ({correct}/{scored})")
    if details:
        for result in report.results:
            problems = result.problems()
            if problems:
                gap = f"  [known gap: {result.case.known_gap}]" if result.case.known_gap else ""
                lines.append(f"{result.case.id}:{gap}")
                lines.extend(f"  {problem}" for problem in problems)
    return "\n".join(lines)
