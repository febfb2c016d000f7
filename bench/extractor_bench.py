"""Extractor throughput on one core: the seed articles repeated, and generated articles of 2, 20
and 200 KB. Prints documents/s, MB/s and µs per KB; a flat µs/KB column means linear cost.

    .venv/bin/python bench/extractor_bench.py [--seconds 2]
"""

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from services.extractor.figures import extract_figures

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"

# News-like sentences, most with a figure, some without (as in real articles).
_TEMPLATES = [
    "{donor} pledged {qual}{money} in {kind} to Ukraine in {year}.",
    "In {year}, {donor} provided {qual}{money} in {kind} to Kyiv, officials said.",
    "{donor} increased their defence spending by {pct}% in {year} compared to {prev}.",
    "Allies agreed to spend {pct}% of GDP on defence by 2035, the summit declaration says.",
    "Of this amount, {money} came from {donor}.",
    "The package includes air defence systems, artillery shells and {count} armoured vehicles.",
    "Analysts expect between {low} and {high} billion euros in {kind} next year.",
    "Ministers met in Brussels on {day} June {year} to discuss the war.",
    "Rutte said the 32 member states must do more, and do it faster.",
    "Die Bundesregierung stellt der Ukraine {year} rund {de} Mrd. Euro an Militärhilfe bereit.",
    "La France a fourni {fr} milliards d'euros d'aide militaire à l'Ukraine en {year}.",
    "About {count} million people remain displaced inside the country.",
]
_DONORS = ["Germany", "The United States", "The EU", "NATO allies", "Canada", "Sweden", "The U.K."]
_KINDS = ["military aid", "security assistance", "humanitarian aid", "financial support"]
_QUALS = ["", "over ", "more than ", "about ", "at least ", "up to ", "nearly "]
_MONEY = ["€{n}bn", "${n} billion", "{n} billion euros", "£{n}bn", "SEK {n} billion", "€{n}m"]


def _sentence(rng: random.Random) -> str:
    number = rng.randint(1, 90)
    year = rng.randint(2022, 2026)
    low = rng.randint(10, 40)
    return rng.choice(_TEMPLATES).format(
        donor=rng.choice(_DONORS),
        qual=rng.choice(_QUALS),
        money=rng.choice(_MONEY).format(n=number),
        kind=rng.choice(_KINDS),
        year=year,
        prev=year - 1,
        pct=rng.randint(2, 30),
        count=rng.randint(2, 900),
        low=low,
        high=low + rng.randint(5, 20),
        day=rng.randint(1, 28),
        de=f"{rng.randint(1, 9)},{rng.randint(1, 9)}",
        fr=rng.randint(1, 9),
    )


def generate_article(size: int, seed: int) -> str:
    """A deterministic article of about `size` characters, in paragraphs of a few sentences."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test text, not secrets
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(paragraphs)[:size]


def _measure(documents: list[str], seconds: float, clock: Callable[[], float]) -> tuple[int, float]:
    """(documents processed, elapsed seconds), cycling over `documents` for about `seconds`."""
    done = 0
    started = clock()
    while True:
        for document in documents:
            extract_figures(document)
            done += 1
        elapsed = clock() - started
        if elapsed >= seconds:
            return done, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time spent per corpus")
    args = parser.parse_args()

    seeds = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    corpora = {"seeds": seeds}
    for size in (2, 20, 200):
        corpora[f"generated {size} KB"] = [generate_article(size * 1024, seed) for seed in range(5)]
    extract_figures(seeds[0])  # load the ECB rates once, outside the timings

    print(f"{'corpus':<20}{'doc KB':>8}{'figures/doc':>13}{'docs/s':>10}{'MB/s':>8}{'µs/KB':>9}")
    for name, documents in corpora.items():
        figures = sum(len(extract_figures(d)) for d in documents) / len(documents)
        characters = sum(len(d) for d in documents) / len(documents)
        count, elapsed = _measure(documents, args.seconds, time.process_time)
        kilobytes = characters / 1024
        per_second = count / elapsed
        megabytes = per_second * characters / 1_000_000
        micros_per_kb = elapsed / count / kilobytes * 1_000_000
        print(
            f"{name:<20}{kilobytes:>8.1f}{figures:>13.1f}{per_second:>10.1f}"
            f"{megabytes:>8.2f}{micros_per_kb:>9.0f}"
        )


if __name__ == "__main__":
    main()
