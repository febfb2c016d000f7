"""The extractor's donor, category and year on the reconciler's labelled clusters: a second check
of attribution, on 400 articles written by other authors for another purpose.

    .venv/bin/python -m bench.cluster_attributes [--details]

Every labelled mention of an in-sample cluster (tests/reconciler/clusters, never the kept-back
split) that the extractor finds is compared with the claim it is labelled with: its donor always;
its family and its year when the mention states, restates or converts the claim (a part may be of
another kind, and a claim over a range of years fixes no one year). The family is aid, defence
spending or other, not the category: the clusters name kinds of aid by other conventions than
the article sets (no financial aid, a target's category is what it targets). The article sets'
own scores (`aidledger eval`) are what rules are tuned on; a rule that raises them and lowers
these reads its examples, not the news.
"""

import argparse
import datetime
import re
from collections import Counter
from typing import Any

from services.cli.evaluate import CLUSTER_SETS, CLUSTERS
from services.extractor.figures import extract_figures
from services.reconciler.evaluate import load_clusters
from shared.models import Figure, block_family, category_group

_WHOLE = {"states", "restates", "converts"}
# A pledge target is the defence spending it pledges, as the clusters label it.
_FAMILIES = {"pledge_target": "defense_spending", "humanitarian": "aid"}


def _family(category: str) -> str:
    return _FAMILIES.get(category) or block_family(category_group(category))


def _figure_at(figures: list[Figure], text: str, surface: str, occurrence: int) -> Figure | None:
    starts = [m.start() for m in re.finditer(re.escape(surface), text)]
    if len(starts) < occurrence:
        return None
    start = starts[occurrence - 1]
    end = start + len(surface)
    return next((f for f in figures if f.start < end and start < f.end), None)


def compare(cluster: dict[str, Any], tally: Counter[str], details: list[str]) -> None:
    claims = {claim["id"]: claim for claim in cluster["claims"]}
    extracted: dict[str, tuple[str, list[Figure]]] = {}
    for article in cluster["articles"]:
        text = (CLUSTERS / article["path"]).read_text(encoding="utf-8")
        published = article.get("published")
        extracted[article["path"]] = (
            text,
            extract_figures(
                text,
                title=article.get("title"),
                published=datetime.date.fromisoformat(published) if published else None,
            ),
        )
    for label in cluster["mentions"]:
        text, figures = extracted[label["article"]]
        figure = _figure_at(figures, text, label["surface"], label["occurrence"])
        if figure is None:
            continue
        claim = claims[label["claim"]]
        period = str(claim.get("period") or "")
        checks: dict[str, tuple[object, object]] = {"donor": (figure.donor, claim.get("donor"))}
        if label["relation"] in _WHOLE:
            checks["family"] = (_family(figure.category), _family(claim["category"]))
            if re.fullmatch(r"\d{4}", period):
                checks["year"] = (figure.year, int(period))
        for attribute, (got, want) in checks.items():
            tally[f"{attribute} checked"] += 1
            if got == want:
                tally[f"{attribute} right"] += 1
            else:
                details.append(
                    f"{label['article']} {label['surface']!r} {attribute}: {got} != {want}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="List every disagreement.")
    args = parser.parse_args()
    splits = next(splits for name, _, splits in CLUSTER_SETS if name == "dev")
    tally: Counter[str] = Counter()
    details: list[str] = []
    for split in splits:
        for cluster in load_clusters(CLUSTERS / "clusters.jsonl", split):
            compare(cluster, tally, details)
    if args.details:
        print("\n".join(details))
    for attribute in ("donor", "family", "year"):
        right, checked = tally[f"{attribute} right"], tally[f"{attribute} checked"]
        print(f"cluster_{attribute}_accuracy {right / checked:.3f}  ({right}/{checked})")


if __name__ == "__main__":
    main()
