"""Scoring the reconciler against labelled clusters of articles (`aidledger eval --stage
reconcile`).

Each cluster (tests/reconciler/clusters/clusters.jsonl) is 2-6 articles reporting the same
packages, with every aid mention labelled with the claim it belongs to, and the totals a reader
expects. The articles go through the real extractor and the same clustering the stage runs (in
memory, no database); the score is:

- B-cubed precision, recall and F1 of the clustering, over the labelled mentions: a labelled
  mention the extractor missed, or did not make a candidate, counts as a claim of its own. A part
  ("of which ...") is a fact of its own inside its claim: parts of one claim that agree are one
  cluster, as the labels have them.
- Totals: how many labelled totals (increment claims only, in EUR) come out exact (within 0.1%).

The details list every miss: a labelled mention that is no mention, a labelled claim split over
several predicted ones (recall), predicted claims that join labelled ones (precision), and a
total that is not exact.
"""

import datetime
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from services.extractor.figures import extract_figures
from services.reconciler.clustering import ClaimDraft, Mention, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, Link
from shared.models import ClaimBlock, category_group

_EXACT_TOTAL = Decimal("0.001")
# Category names the labels use for a category of another name: holdout5 and holdout6 label
# humanitarian totals "humanitarian", a category no figure or claim has, so that no reconciler
# could ever get them exact.
_LABEL_CATEGORIES = {"humanitarian": "humanitarian_aid"}
# Givers the clusters' README writes otherwise than the extractor's canonical names (the articles'
# README): the same actor, so a total by donor compares them as one.
_LABEL_DONORS = {"CEB": "Council of Europe Development Bank", "Europe": "European countries"}


@dataclass(slots=True)
class Score:
    clusters: int = 0
    mentions: int = 0
    found: int = 0  # labelled mentions the extractor made candidates of
    precision_sum: float = 0.0
    recall_sum: float = 0.0
    totals: int = 0
    totals_exact: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.precision_sum / self.mentions if self.mentions else 0.0

    @property
    def recall(self) -> float:
        return self.recall_sum / self.mentions if self.mentions else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_clusters(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    clusters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [c for c in clusters if split is None or c.get("split") == split]


def score(clusters: Iterable[dict[str, Any]], folder: Path) -> Score:
    result = Score()
    for cluster in clusters:
        _score_cluster(cluster, folder, result)
    return result


def _score_cluster(cluster: dict[str, Any], folder: Path, result: Score) -> None:
    result.clusters += 1
    texts: dict[str, str] = {}
    mentions: list[Mention] = []
    for number, article in enumerate(cluster["articles"], start=1):
        text = (folder / article["path"]).read_text(encoding="utf-8")
        texts[article["path"]] = text
        published = (
            datetime.date.fromisoformat(article["published"]) if article.get("published") else None
        )
        figures = extract_figures(text, title=article.get("title"), published=published)
        mentions += document_mentions(number, text, figures, published)
    claims = _claims(mentions)
    predicted = _predicted_clusters(claims)
    numbers = {a["path"]: n for n, a in enumerate(cluster["articles"], start=1)}

    gold: list[tuple[str, str]] = []  # (gold cluster, predicted cluster) per labelled mention
    where: list[str] = []  # each labelled mention, as `--details` names it
    for index, label in enumerate(cluster["mentions"]):
        where.append(f"{label['article'].rsplit('/', 1)[-1]} {label['surface']!r}")
        start = _nth(texts[label["article"]], label["surface"], label["occurrence"])
        place = next(
            (
                key
                for (doc, begin, end), key in predicted.items()
                if doc == numbers[label["article"]]
                and start is not None
                and begin < start + len(label["surface"])
                and start < end
            ),
            None,
        )
        if place is None:
            result.misses.append(
                f"{cluster['id']}: {label['article']} {label['surface']!r} not a mention"
            )
        else:
            result.found += 1
        gold.append((_part_aware(label["claim"], label["relation"]), place or f"missed-{index}"))
    _bcubed(gold, result)
    result.misses += _splits(cluster["id"], gold, where)
    for total in cluster.get("totals", []):
        result.totals += 1
        got = _total(claims, total)
        want = Decimal(total["value_eur"])
        if abs(got - want) <= _EXACT_TOTAL * want:
            result.totals_exact += 1
        else:
            result.misses.append(f"{cluster['id']}: total {total['by']} {got} != {want}")
    result.mentions += len(gold)


def _claims(mentions: Sequence[Mention]) -> list[ClaimDraft]:
    blocks: dict[ClaimBlock, list[Mention]] = defaultdict(list)
    for mention in mentions:
        blocks[mention.block].append(mention)
    return [claim for block in sorted(blocks) for claim in reconcile_block(blocks[block])]


def _predicted_clusters(claims: Sequence[ClaimDraft]) -> dict[tuple[int, int, int], str]:
    """(document, start, end) → predicted cluster: the claim, or the parts of it."""
    return {
        (mention.document_id, mention.start, mention.end): _part_aware(claim.key, relation)
        for claim in claims
        for mention, relation in claim.members
    }


def _part_aware(claim: str, relation: str) -> str:
    """A part ("of which ...") is a fact inside its claim: parts of one claim are one cluster,
    apart from the claim's own mentions."""
    return f"{claim}#parts" if relation == Link.PART_OF else claim


def _bcubed(pairs: list[tuple[str, str]], result: Score) -> None:
    for gold, predicted in pairs:
        same_gold = [p for g, p in pairs if g == gold]
        same_predicted = [g for g, p in pairs if p == predicted]
        both = sum(1 for g, p in pairs if g == gold and p == predicted)
        result.precision_sum += both / len(same_predicted)
        result.recall_sum += both / len(same_gold)


def _splits(cluster: str, pairs: list[tuple[str, str]], where: list[str]) -> list[str]:
    """The recall and precision losses, one line each: a labelled claim (or its parts) spread
    over several predicted claims, and a predicted claim that joins several labelled ones. A
    mention the extractor missed is reported above, not here."""
    lines = []
    for kind, key, other in (("split", 0, 1), ("joined", 1, 0)):
        groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for pair, name in zip(pairs, where, strict=True):
            if not pair[1].startswith("missed-"):
                groups[pair[key]][pair[other]].append(name)
        for label, parts in groups.items():
            if len(parts) > 1:
                spread = " | ".join(", ".join(names) for names in parts.values())
                what = label if key == 0 else "one claim"
                lines.append(f"{cluster}: {what} {kind}: {spread}")
    return lines


def _group(category: str) -> str:
    """A labelled category's group, by the name the extractor gives it."""
    return category_group(_LABEL_CATEGORIES.get(category, category))


def _total(claims: Sequence[ClaimDraft], total: dict[str, Any]) -> Decimal:
    wanted_group = _group(total["category"]) if total.get("category") else None
    sum_eur = Decimal(0)
    for claim in claims:
        if claim.block.kind != Kind.INCREMENT or claim.value_eur is None:
            continue
        # the claim's own category, not its block's (all kinds of aid are one block)
        if wanted_group and category_group(claim.category) != wanted_group:
            continue
        if total.get("recipient") and claim.recipient != total["recipient"]:
            continue
        values = {
            "donor": claim.donor,
            "recipient": claim.recipient,
            "year": claim.year,
            "category": category_group(claim.category),
        }
        wanted = {k: _wanted(k, v) for k, v in total["by"].items()}
        if all(values.get(k) == v for k, v in wanted.items()):
            sum_eur += claim.value_eur
    return sum_eur


def _wanted(key: str, label: Any) -> Any:
    """A total's labelled key by the name the extractor and reconciler give it."""
    if key == "category":
        return _group(label)
    return _LABEL_DONORS.get(label, label) if key == "donor" else label


def _date(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


def _nth(text: str, surface: str, occurrence: int) -> int | None:
    found = [m.start() for m in re.finditer(re.escape(surface), text)]
    return found[occurrence - 1] if len(found) >= occurrence else None


def format_score(label: str, result: Score, *, details: bool) -> str:
    lines = [
        f"== {label}: {result.clusters} clusters, {result.mentions} labelled mentions "
        f"({result.found} found by the extractor)",
        f"B-cubed precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}",
        f"totals exact: {result.totals_exact} of {result.totals}",
    ]
    if details:
        lines += [f"  {miss}" for miss in result.misses]
    return "\n".join(lines)
